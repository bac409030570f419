"""The temple's mails: five 法要 requests answered with the request quoted, three 通夜・葬儀
schedules forwarded from the 葬儀社 and its invoice with a CSV attached."""

from __future__ import annotations

from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formataddr

from .temple_people import FUNERAL, TEMPLE, Temple, addr_str


def eml(t: Temple, rel: str, frm: str, to: str, subj: str, body: str, date: str, cc: str = "",
        attach: list[tuple[str, bytes]] | None = None) -> None:
    """An .eml as gen.py's email.mime wrote it (base64 UTF-8 body), its Message-ID and a
    multipart's boundary naming the seed and the count of truth records so far."""
    if attach:
        m = MIMEMultipart()
        m.attach(MIMEText(body, "plain", "utf-8"))
        for fn, data in attach:
            a = MIMEApplication(data, Name=fn)
            a["Content-Disposition"] = f'attachment; filename="{fn}"'
            m.attach(a)
        m.set_boundary(f"==b{t.seed}{t.added}==")
    else:
        m = MIMEText(body, "plain", "utf-8")
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = str(Header(subj, "utf-8"))
    m["Date"] = date
    m["Message-ID"] = f"<{t.seed}.{t.added}@mail.jonenji>"
    t.share.write(rel, m.as_bytes())


def fa(name: str, mail: str) -> str:
    """A From/To address, the name RFC 2047-encoded by formataddr."""
    return formataddr((str(Header(name, "utf-8")), mail))


def signature(t: Temple) -> str:
    """The office's mail signature: the 事務員, the temple's address, phone, fax and mail."""
    return (f"\n--\n{TEMPLE['name']}\n寺務所 {t.jimu.name}\n{TEMPLE['addr']}\n"
            f"TEL {t.phone(TEMPLE['tel'], 0)} / FAX {t.phone(TEMPLE['fax'], 0)}\n"
            f"{TEMPLE['mail']}\n")


def _sig_truth(t: Temple, rel: str) -> None:
    """The signature's truth: all neutral."""
    t.name(rel, t.jimu, neutral=True)
    t.add(rel, "email_address", TEMPLE["mail"], None, True)
    t.temple(rel)
    t.add(rel, "phone_number", TEMPLE["fax"], None, True)


def requests(t: Temple) -> None:
    """The first five heads with mail ask for a 法要; the office's reply quotes them."""
    rng = t.rng
    for k, h in enumerate([h for h in t.danka if h.mail][:5]):
        d = [x for x in t.dead if x.head is h]
        kind = rng.choice(["四十九日", "一周忌", "三回忌", "七回忌"])
        rel = f"04_法要予約/メール/{k + 1:02d}_{kind}法要のお願い.eml"
        dn = d[0] if d else None
        bd = f"浄念寺 寺務所 御中\n\nいつもお世話になっております。{h.sur}です。\n"
        if dn:
            bd += (f"亡{'父' if dn.sex == 'M' else '母'} {dn.name}（{dn.homyo}）の{kind}法要を"
                   "お願いしたく、ご連絡いたしました。\n")
        else:
            bd += f"{kind}の法要をお願いしたく、ご連絡いたしました。\n"
        dd = t.rdate(2024, 2025)
        bd += (f"希望日：{dd.month}月{dd.day}日（土）午前10時頃\n参列予定：{rng.randint(5, 15)}名\n"
               f"会食はなしで考えております。\n\n連絡先：{t.phone(h.tel)}\n"
               f"住所：{addr_str(h, rng.random() < .5, True)}\n\n{h.name}\n")
        if rng.random() < .5 and h.fam:
            f = h.fam[0]
            bd += f"\n※当日は{f.rel}の{f.name}（{t.phone(f.tel)}）が受付をいたします。\n"
            t.record(rel, f, "name", "tel")
        reply = (f"{h.name} 様\n\nご連絡ありがとうございます。\n{dd.month}月{dd.day}日 10時より"
                 "本堂にて承りました。\nお塔婆をご希望の場合は前週までにお申し付けください。\n"
                 + signature(t))
        body = reply + "\n" + "\n".join("> " + line for line in bd.splitlines())
        date = f"Mon, {rng.randint(1, 28)} Oct 2024 10:{rng.randint(10, 59)}:00 +0900"
        eml(t, rel, fa(t.jimu.name, TEMPLE["mail"]), fa(h.name, h.mail or ""),
            f"Re: {kind}法要のお願い（{h.sur}）", body, date)
        t.name(rel, h, h.sur, neutral=True)
        t.record(rel, h, "name", "mail", "tel")
        t.record(rel, h, "addr", pref=body.count(h.addr.pref + h.addr.rest) > 0)
        t.record(rel, h, "zip")
        _sig_truth(t, rel)
        if dn:
            t.name(rel, dn)


def funerals(t: Temple) -> None:
    """The 葬儀社's schedule for the last three dead, forwarded to the 副住職, then its
    invoice (登録番号, account) with a CSV."""
    rng, fc, fc2, fuku, jimu = t.rng, t.others["fc"], t.others["fc2"], t.fuku, t.jimu
    for k, d in enumerate(t.dead[-3:]):
        h, rel = d.head, f"09_葬儀社/さくら典礼_{k + 1}_通夜葬儀日程.eml"
        orig = (f"浄念寺 ご住職様\n\nいつも大変お世話になっております。さくら典礼の{fc.sur}です。\n"
                f"このたび{h.sur}家より、{d.name}様（享年{d.age}）ご逝去のご連絡がございました。\n"
                f"喪主：{h.name}様（{t.phone(h.tel)}）\n喪主住所：{addr_str(h, False)}\n"
                f"通夜：{rng.randint(1, 28)}日18時　葬儀：翌日11時　会場：さくら典礼 川越ホール\n"
                f"ご遺族の希望で法名は「{d.homyo}」を考えておられるとのことです。\n\n"
                f"株式会社さくら典礼\n葬祭ディレクター {fc.name}\n"
                f"TEL {t.phone(FUNERAL['tel'], 0)} 携帯 {t.phone(fc.tel, 0)}\n{fc.workmail}\n")
        body = (f"{fuku.sur}副住職\n\n葬儀社から下記の連絡がありました。日程ご確認ください。\n"
                f"{jimu.sur}\n\n---------- Forwarded message ---------\n"
                f"From: {fc.name} <{fc.workmail}>\nDate: 2024年10月{rng.randint(1, 28)}日\n"
                f"Subject: 通夜・葬儀日程のご連絡\nTo: {TEMPLE['mail']}\n\n" + orig)
        date = f"Tue, {rng.randint(1, 28)} Oct 2024 15:00:00 +0900"
        eml(t, rel, fa(jimu.name, TEMPLE["mail"]), fa(fuku.name, fuku.workmail),
            "Fwd: 通夜・葬儀日程のご連絡", body, date, cc=fa(fc2.name, fc2.workmail))
        t.name(rel, d)
        t.record(rel, h, "name", "tel")
        t.add(rel, "address", h.addr.rest, h.id)
        t.name(rel, fc)
        t.add(rel, "email_address", fc.workmail, fc.id, True)
        t.record(rel, fc, "tel")
        t.name(rel, fc2)
        t.add(rel, "email_address", fc2.workmail, fc2.id, True)
        t.add(rel, "phone_number", FUNERAL["tel"], None, True)
        t.add(rel, "email_address", TEMPLE["mail"], None, True)
        t.add(rel, "email_address", fuku.workmail, fuku.id, True)
        t.name(rel, fuku, neutral=True)
        t.name(rel, jimu, neutral=True)
        for p in (fc, fuku, jimu):
            t.name(rel, p, p.sur, neutral=True)
    rel = "09_葬儀社/請求書_さくら典礼_R6-10.eml"
    eml(t, rel, fa(fc2.name, fc2.workmail), TEMPLE["mail"], "10月分 ご請求書送付の件",
        f"浄念寺 御中\n\n10月分の請求書をお送りします。\n登録番号 T{t.funeral_corp}\n"
        f"振込先：武蔵野銀行 脇田支店 普通 7654321 カ）サクラテンレイ\n\n"
        f"株式会社さくら典礼 経理 {fc2.name}\n〒350-1123 {FUNERAL['addr']}\n"
        f"TEL {t.phone(FUNERAL['tel'], 0)}\n",
        "Thu, 31 Oct 2024 17:20:00 +0900",
        attach=[("請求書_R6-10.csv",
                 "品目,金額\n寝台車使用料,22000\n会場使用料,110000\n".encode("cp932"))])
    t.name(rel, fc2)
    t.add(rel, "email_address", fc2.workmail, fc2.id, True)
    t.add(rel, "corporate_number", t.funeral_corp, None, True)
    t.add(rel, "bank_account", "7654321", None, True)
    t.add(rel, "address", FUNERAL["addr"], None, True)
    t.add(rel, "phone_number", FUNERAL["tel"], None, True)
    t.add(rel, "email_address", TEMPLE["mail"], None, True)
