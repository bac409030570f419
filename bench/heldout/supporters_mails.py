"""The association's mail and messages: a supporter's message, a forwarded complaint (quoted), the
printer's reply (a signature), a volunteer's list (a CSV attached), a member's absence (糖尿病);
the LINE official account's export and the web form's inquiries (IP addresses).
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta

from .supporters_people import OFFICE_MAIL, PRINTER_MAIL, PRINTER_NAME, STAFF_MAIL, Association

ANSWER = "ありがとうございます。担当より折り返しご連絡いたします。"  # the office's LINE reply
USER_AGENT = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)"


def _mailed(w: Association) -> list:
    """The members with a mail, in the roster's order."""
    return [m for m in w.members if m.email]


def _neutral_mails(w: Association, path: str, *staff: int) -> None:
    """The staff's work mail (each its owner's) or, where none given, the office's, neutral."""
    for k in staff:
        w.t(path, "email_address", STAFF_MAIL[k], w.staff[k], True)
    if not staff:
        w.t(path, "email_address", OFFICE_MAIL, None, True)


def cheer(w: Association) -> None:
    """09_メール/20241105_応援メッセージ.eml: the first member with a mail, to the councillor."""
    path, s1, giin = "09_メール/20241105_応援メッセージ.eml", _mailed(w)[0], w.giin
    body = (f"{giin.last}先生\n\nいつも市政報告を楽しみに拝見しております。"
            f"{s1.town}の{s1.last}です。\n"
            "先日の駅前での演説、妻と一緒に聞きました。高根台の公園整備の件、よろしくお願いいたします。\n"
            f"次回の集会にも参加します。\n\n{s1.name()}\n{s1.addr}\n携帯 {s1.mob or ''}\n")
    w.mail(path, f"{s1.name()} <{s1.email}>", OFFICE_MAIL, "応援しています", body,
           (2024, 11, 5, 21, 3, 0))
    w.tp(path, s1, addr="city", mob=True, email=True)
    w.tp(path, s1, False, sei=True)
    w.tp(path, giin, False, sei=True)
    _neutral_mails(w, path)


def complaint(w: Association) -> None:
    """09_メール/20241112_Fwd_苦情.eml: a resident's complaint about the loudspeaker car,
    forwarded between the staff."""
    path, cp, chief, clerk = "09_メール/20241112_Fwd_苦情.eml", w.outsiders[10], *w.staff[:2]
    cp.email = cp.email or "k.tanaka.9981@yahoo.co.jp"
    body = (f"{chief.last}さん\n\n下記、議員宛てに届いた苦情です。対応をお願いします。\n"
            f"{clerk.name()}\n\n"
            "---------- Forwarded message ---------\n"
            f"From: {cp.name()} <{cp.email}>\nDate: 2024年11月11日 22:14\n"
            "Subject: 街宣車の音量について\n\n"
            f"> 毎週土曜の朝8時から自宅前（{cp.addr}）で演説の音がうるさくて困っています。\n"
            f"> 夜勤明けで寝ているのに起こされます。こちらは{cp.job}です。\n"
            f"> 改善がなければ選挙管理委員会に言います。\n> {cp.name()}\n"
            f"> 電話 {cp.tel or cp.mob or ''}\n")
    w.mail(path, f"{clerk.name()} <{STAFF_MAIL[1]}>", STAFF_MAIL[0], "Fwd: 街宣車の音量について",
           body, (2024, 11, 12, 9, 30, 0))
    w.tp(path, cp, addr="city", tel=True, email=True)
    if not cp.tel:
        w.tp(path, cp, mob=True)
    w.tp(path, clerk)
    w.tp(path, chief, False, sei=True)
    _neutral_mails(w, path, 1, 0)


def printer(w: Association) -> None:
    """09_メール/20241118_Re_会報印刷の件.eml: the printer's salesperson accepting the 会報."""
    path, pr, chief = "09_メール/20241118_Re_会報印刷の件.eml", w.printer, w.staff[0]
    mob = pr.mob or "080-1234-9876"
    body = (f"{w.name}\n{chief.name()}様\n\nいつもお世話になっております。"
            f"東葉印刷の{pr.last}です。\n"
            "会報第42号、2,300部の印刷を11月25日納品で承りました。"
            "宛名ラベルのデータ（CSV）を頂ければ封入まで対応します。\n"
            f"お見積り番号：Q-2024-1187\n\n> {chief.last}です。会報の印刷をお願いできますか。\n\n"
            f"--\n{PRINTER_NAME} 営業部\n{pr.name()}\nTEL {w.printer_tel} / 携帯 {mob}\n"
            f"Mail {PRINTER_MAIL}\n")
    w.mail(path, f"{pr.name()} <{PRINTER_MAIL}>", STAFF_MAIL[0], "Re: 会報印刷の件", body,
           (2024, 11, 18, 14, 2, 0))
    w.tp(path, pr)
    w.tp(path, chief)
    w.tp(path, pr, False, sei=True)
    w.tp(path, chief, False, sei=True)
    w.t(path, "phone_number", w.printer_tel, None, True)
    w.t(path, "email_address", PRINTER_MAIL, pr, True)
    w.t(path, "phone_number", mob, pr)
    _neutral_mails(w, path, 0)


def volunteer_list(w: Association) -> None:
    """09_メール/20241120_ボランティア名簿送付.eml: a young volunteer's signature and the first
    six volunteers' mobiles attached (volunteers.csv)."""
    path, v, chief = "09_メール/20241120_ボランティア名簿送付.eml", w.vols[-1], w.staff[0]
    v.email = v.email or "yuki.volunteer22@gmail.com"
    rows = ["氏名,携帯,地区"] + [f"{x.name()},{x.mob or ''},{x.dist}" for x in w.vols[:6]]
    rule = "━" * 10
    body = (f"事務局 {chief.last}様\n\nお疲れさまです。"
            "大学の友人で手伝ってくれる人をまとめました（添付）。\n"
            f"当日は車を出せます。\n\n{rule}\n{v.name()}（{v.kana()}）\n"
            f"{w.name} 青年部ボランティア\n"
            f"TEL：{v.mob or ''}\nMAIL：{v.email}\n{rule}\n")
    w.mail(path, v.email, STAFF_MAIL[0], "ボランティア名簿", body, (2024, 11, 20, 23, 40, 0),
           attach=("volunteers.csv", "\n".join(rows) + "\n"))
    w.tp(path, v, mob=True, email=True, kana=True)
    w.tp(path, chief, False, sei=True)
    _neutral_mails(w, path, 0)
    for x in w.vols[:6]:
        w.tp(path + "!volunteers.csv", x, mob=True)


def absence(w: Association) -> None:
    """09_メール/20241122_集会欠席のご連絡.eml: a member in hospital (糖尿病) missing a meeting."""
    path = "09_メール/20241122_集会欠席のご連絡.eml"
    s2 = _mailed(w)[2]  # the second after the cheering one
    body = (f"後援会事務局 御中\n\n{s2.last}でございます。"
            "実は先月から糖尿病の治療で入院しておりまして、\n"
            "今月の集会は欠席させていただきます。会費は娘が振り込みます。\n"
            f"{w.giin.last}先生によろしくお伝えください。\n\n{s2.name()}\n")
    w.mail(path, f"{s2.name()} <{s2.email}>", OFFICE_MAIL, "集会欠席のご連絡", body,
           (2024, 11, 22, 10, 0, 0))
    w.tp(path, s2, email=True, sei=True)
    w.t(path, "sensitive", "糖尿病", s2)
    w.tp(path, w.giin, False, sei=True)
    _neutral_mails(w, path)


def line(w: Association) -> None:
    """10_LINE/line_oa_export_202411.json: five members and two residents writing in, the
    office answering each."""
    rng, path = w.rng, "10_LINE/line_oa_export_202411.json"
    msgs: list[dict] = []
    for i, p in enumerate(rng.sample(w.members, 5) + w.outsiders[11:13]):
        uid = "U" + "".join(rng.choice("0123456789abcdef") for _ in range(32))
        t0 = datetime(2024, 11, 1 + i, 19, 0)
        tx = rng.choice([f"{p.last}です。集会の場所を教えてください",
                         "ポスター貼らせてもらえますか？",
                         f"{p.name()}です。会報が届いていません。住所は{p.addr}です",
                         f"後援会に入りたいです。{p.name()} 電話{p.phone}"])
        msgs.append({"type": "message", "timestamp": t0.isoformat() + "+09:00",
                     "source": {"type": "user", "userId": uid},
                     "displayName": p.first_kana.lower() if rng.random() < 0.3 else p.name(),
                     "message": {"type": "text", "text": tx}})
        if "住所" in tx:
            w.tp(path, p, addr="city")
        if "電話" in tx:
            w.tp(path, p)
            w.phone(path, p)
        if tx.startswith(p.last + "です"):
            w.tp(path, p, False, sei=True)
        msgs.append({"type": "message",
                     "timestamp": (t0 + timedelta(minutes=12)).isoformat() + "+09:00",
                     "source": {"type": "account"}, "displayName": "事務局",
                     "message": {"type": "text", "text": ANSWER}})
        if msgs[-2]["displayName"] == p.name():
            w.tp(path, p)
        else:
            w.t(path, "person_name", p.first_kana, p, True)
    w.share.write(path, json.dumps({"account": w.name, "events": msgs}, ensure_ascii=False,
                                   indent=1))


def webform(w: Association) -> None:
    """11_Web/inquiry_form_2024.jsonl: eight inquiries, each with the sender's IP address."""
    rng, path = w.rng, "11_Web/inquiry_form_2024.jsonl"
    out = []
    for i, p in enumerate(w.outsiders[:2] + w.outsiders[12:14] + rng.sample(w.members, 4)):
        ip = (f"{rng.choice([126, 153, 114, 60, 220])}.{rng.randint(0, 255)}."
              f"{rng.randint(0, 255)}.{rng.randint(1, 254)}")
        rec = {"id": 2400 + i,
               "received_at": f"2024-{rng.randint(6, 11):02d}-{rng.randint(1, 28):02d}T"
                              f"{rng.randint(8, 23):02d}:{rng.randint(0, 59):02d}:00+09:00",
               "name": p.name(), "kana": p.kana(), "email": p.email or "", "tel": p.phone,
               "category": rng.choice(["市政への要望", "入会希望", "ボランティア", "その他"]),
               "body": rng.choice(["駅前の駐輪場を増やしてほしい。", "後援会に入会したいです。",
                                   "選挙のお手伝いをしたいです。",
                                   "議員の活動報告会の日程を教えてください。"]),
               "remote_addr": ip, "user_agent": USER_AGENT}
        out.append(json.dumps(rec, ensure_ascii=False) + "\n")
        w.tp(path, p, email=True, kana=True)
        w.t(path, "ip_address", ip, p)
        w.phone(path, p)
    w.share.write(path, "".join(out))
