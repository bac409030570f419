"""The inn's systems: the card guarantee log, LINE chats, the 常連 SQLite, the old 台帳 zip, the
web booking MySQL dump, the contact form JSONL and the check-in kiosk's log."""

from __future__ import annotations

import datetime
import json
import sqlite3
import zipfile

from .identifiers import luhn_number
from .japanese import wareki, wareki_short
from .onsen_inn_people import INN, Inn, addr, zen
from .share import csv_text


def payments(n: Inn) -> None:
    """card_guarantee log: 38 guarantees, every third card masked, a debug CVC every seventh;
    the transaction ids pass Luhn (hard negatives)."""
    rng, path = n.rng, "決済/card_guarantee_2024-10.log"
    lines = []
    for i, p in enumerate(n.guests[:30] + n.foreign[:8]):
        txn = luhn_number(rng, "20241", 16)
        holder = p.rom if not p.foreign else p.name.upper()
        mm, yy = p.exp
        when = p.cin - datetime.timedelta(days=rng.randint(3, 30))
        ts = (f"{when.isoformat()}T{rng.randint(8, 23):02d}:{rng.randint(0, 59):02d}:"
              f"{rng.randint(0, 59):02d}+09:00")
        pan = p.card if i % 3 != 2 else p.card[:6] + "*" * (len(p.card) - 10) + p.card[-4:]
        rec = {"ts": ts, "event": "guarantee.authorize", "txn_id": txn,
               "reservation_no": p.res, "holder": holder, "pan": pan,
               "exp": f"{mm:02d}/{yy:02d}", "amount": rng.choice([0, 1, 15400, 32000]),
               "result": "approved", "client_ip": p.ip}
        if i % 7 == 3:
            rec["debug_cvc"] = p.cvc
        lines.append(json.dumps(rec, ensure_ascii=False))
        n.t(path, "person_name", holder, p)
        expiry = f"20{yy:02d}-{mm:02d}"
        if i % 3 != 2:
            n.t(path, "credit_card_number", p.card, p)
        n.t(path, "card_expiry", expiry, p, i % 3 == 2)
        if i % 7 == 3:
            n.t(path, "card_security_code", p.cvc, p)
        n.t(path, "ip_address", p.ip, p)
    n.share.write(path, "\n".join(lines) + "\n")


def chats(n: Inn) -> None:
    """Two LINE talk exports (a child's allergy, a new address) and the official account's JSON
    (a late arrival, a mail address, a wheelchair)."""
    for k, p in enumerate(n.guests[55:57]):
        path = f"LINE/[LINE] {p.name}とのトーク.txt"
        disp = p.mei if k == 0 else p.sei + " " + p.mei[0] + "."
        need = n.needs.get(p.id) or "卵アレルギー"
        txt = f"""[LINE] {p.name}とのトーク履歴
保存日時：2024/10/20 22:14

2024/10/0{k + 2}(水)
10:15\t{disp}\t来週の土曜に2名で予約している{p.sei}です
10:16\t{disp}\t子どもの分の食事について相談したくて
10:20\t湯元 川瀬旅館\tお問い合わせありがとうございます。ご予約番号かお電話番号を教えていただけますか？
10:22\t{disp}\t{n.phone(p.tel, 1)}です
10:23\t{disp}\t娘が{need}で、エピペンを持っていきます
10:30\t湯元 川瀬旅館\t承知いたしました。調理場と確認してご連絡いたします。
2024/10/0{k + 3}(木)
09:02\t湯元 川瀬旅館\t{p.sei}様、お子様のお料理は除去食でご用意いたします。
09:05\t{disp}\t[スタンプ]
09:06\t{disp}\tありがとうございます！到着は15時ごろです。住所変わったので宿泊者名簿は {addr(p, pref=False)} でお願いします
"""  # noqa: E501
        n.share.write(path, txt)
        n.tn(path, p)
        n.sur(path, p)
        n.t(path, "phone_number", p.tel, p)
        n.t(path, "sensitive", need, p)
        n.t(path, "address", addr(p, pref=False), p)
    path = "LINE/line_oa_export_2024-10.json"
    chat = []
    for p in [*n.guests[57:60], n.foreign[12]]:
        if p.foreign:
            msgs = [{"from": "user",
                     "text": f"Hi, this is {p.name}. We booked for {p.cin.isoformat()}."},
                    {"from": "user", "text": "My husband uses a wheelchair. Is there an accessible"
                                             f" room? My number is {p.tel}"},
                    {"from": "shop",
                     "text": "Yes, we have one barrier-free room on the 1st floor."}]
            n.t(path, "person_name", p.name, p)
            n.t(path, "phone_number", p.telnorm, p)
            n.t(path, "sensitive", "uses a wheelchair", p)
        else:
            msgs = [{"from": "user", "text": f"{p.name}です。チェックインが21時過ぎになりそうです"},
                    {"from": "shop", "text": "承知しました。夕食は22時までにお願いいたします。"},
                    {"from": "user", "text": f"メール届かないので {p.email} に送ってください"}]
            n.t(path, "person_name", p.name, p)
            n.t(path, "email_address", p.email, p)
        chat.append({"chat_id": f"U{n.rng.getrandbits(128):032x}",
                     "display_name": p.name if p.foreign else p.mei, "messages": msgs})
        if not p.foreign:
            n.t(path, "person_name", p.mei, p, True)
    n.share.write(path, json.dumps({"account": INN["name"],
                                    "exported_at": "2024-10-31T09:00:00+09:00", "chats": chat},
                                   ensure_ascii=False, indent=1))


def regulars(n: Inn) -> None:
    """常連客 SQLite: 26 regulars (a heart condition, a depression in a note), their visits;
    the member numbers pass Luhn (hard negatives)."""
    rng, path = n.rng, "常連客/regulars.sqlite"
    db = sqlite3.connect(n.share.path(path))
    db.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT, kana TEXT, birthday "
               "TEXT, tel TEXT, email TEXT, zip TEXT, address TEXT, preference TEXT, note TEXT, "
               "member_no TEXT)")
    db.execute("CREATE TABLE visits (customer_id INTEGER, visit_date TEXT, room TEXT, "
               "amount INTEGER)")
    for i, p in enumerate(n.guests[:20] + n.guests[79:85]):
        bd = wareki_short(p.dob, padded=False) if i % 3 == 0 else p.dob.isoformat()
        memno = luhn_number(rng, "3", 16)
        note = rng.choice(["", "ご主人 心臓病（ペースメーカー）", "奥様 うつ病で通院中、静かな部屋",
                           "", "日本酒好き", "結婚記念日 11/3"])
        db.execute("INSERT INTO customers VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                   (i + 1, p.name, p.kana, bd, p.home or p.tel, p.email, p.zip, addr(p),
                    rng.choice(["和室", "洋室", "離れ"]), note, memno))
        n.tn(path, p, kana=True)
        n.t(path, "date_of_birth", p.dob.isoformat(), p)
        n.t(path, "phone_number", p.home or p.tel, p)
        n.t(path, "email_address", p.email, p)
        n.t(path, "postal_code", p.zip, p)
        n.t(path, "address", addr(p), p)
        for c in ("心臓病", "うつ病"):
            if c in note:
                n.t(path, "sensitive", c, p)
        for _ in range(rng.randint(1, 4)):
            db.execute("INSERT INTO visits VALUES (?,?,?,?)", (
                i + 1,
                f"20{rng.randint(18, 24):02d}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                rng.choice(["松", "竹", "離れ"]), rng.randint(20, 90) * 1000))
    db.commit()
    db.execute("VACUUM")
    db.close()


def archive(n: Inn) -> None:
    """宿泊台帳 2017-2019 zip: the old ledger's twelve guests (和暦, full-width addresses) and
    the former owner's memo of five more."""
    rng, path = n.rng, "旧データ/宿泊台帳_2017-2019.zip"
    inner, memo_name = "台帳/宿泊台帳_H29-R1.csv", "台帳/先代メモ.txt"
    rows = [["宿泊日", "氏名", "年齢", "生年月日", "住所", "電話", "同行者"]]
    q = path + "!" + inner
    for p in n.guests[0:6] + n.guests[79:85]:
        d0 = datetime.date(rng.choice([2017, 2018, 2019]), rng.randint(1, 4), rng.randint(1, 28))
        born = zen(wareki(p.dob)) if rng.random() < 0.5 else wareki(p.dob)
        home = zen(addr(p)) if rng.random() < 0.5 else addr(p)
        rows.append([wareki_short(d0, padded=False), p.name, "", born, home,
                     n.phone(p.home or p.tel, 2), ""])
        n.tn(q, p)
        n.t(q, "date_of_birth", p.dob.isoformat(), p)
        n.t(q, "address", addr(p), p)
        n.t(q, "phone_number", p.home or p.tel, p)
    old = n.guests[30:35]
    memo = "旧台帳メモ（先代記入分を手入力）\n" + "\n".join(
        "{}様　{}　{}　{}".format(p.name.replace(" ", ""), p.pref + p.city, p.tel,
                             "要注意：以前に無断キャンセル" if i == 0 else "")
        for i, p in enumerate(old))
    for p in old:
        q = path + "!" + memo_name
        n.tn(q, p)
        n.t(q, "phone_number", p.tel, p)
        n.t(q, "address", p.pref + p.city, p, True)
    n.share.write_zip(path, [(inner, csv_text(rows).encode("cp932", errors="replace")),
                             (memo_name, memo.encode("cp932"))],
                      zipfile.ZIP_DEFLATED, datetime.datetime(2019, 12, 28, 18, 0, 0))


def dump(n: Inn) -> None:
    """The web booking site's MySQL dump: 20 members (every fourth password in clear, a name
    and birth year), their last IPs, and a test row."""
    rng, path = n.rng, "backup/yoyaku_web_20241001.sql"
    sq = ["-- MySQL dump 10.13  Distrib 8.0.36", "-- Host: localhost    Database: kawase_yoyaku",
          "SET NAMES utf8mb4;",
          "CREATE TABLE `web_members` (`id` int NOT NULL AUTO_INCREMENT, `name` varchar(64), "
          "`kana` varchar(64), `email` varchar(128), `password` varchar(128), `tel` varchar(20), "
          "`zip` char(8), `addr` varchar(255), `birthday` date, `last_login_ip` varchar(45), "
          "PRIMARY KEY (`id`));",
          "INSERT INTO `web_members` VALUES "]
    vals = []
    chars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789./"
    for i, p in enumerate(n.guests[30:50]):
        pw = ("$2y$10$" + "".join(rng.choice(chars) for _ in range(53)) if i % 4
              else p.mrom.lower() + str(p.dob.year))
        vals.append(f"({i + 1},'" + "','".join([p.name, p.kana, p.email, pw, p.tel, p.zip, addr(p),
                                                 p.dob.isoformat(), p.ip]) + "')")
        n.tn(path, p, kana=True)
        n.t(path, "email_address", p.email, p)
        n.t(path, "phone_number", p.tel, p)
        n.t(path, "postal_code", p.zip, p)
        n.t(path, "address", addr(p), p)
        n.t(path, "date_of_birth", p.dob.isoformat(), p)
        n.t(path, "ip_address", p.ip, p)
        n.t(path, "credential", pw, p, bool(i % 4))
    sq.append(",\n".join(vals) + ";")
    sq.append("INSERT INTO `web_members` VALUES (999,'テスト ユーザー','テスト','test@example.com',"
              "'password','090-0000-0000','000-0000','テスト','2000-01-01','127.0.0.1');")
    n.share.write(path, "\n".join(sq) + "\n")


def web_form(n: Inn) -> None:
    """The contact form's JSONL: nine inquiries with the sender's IP (a father's wheelchair)."""
    rng, path = n.rng, "web/contact_form_2024-10.jsonl"
    out = []
    for p in [*n.guests[40:48], n.guests[73]]:
        msg = rng.choice(["貸切風呂の空き状況を教えてください。",
                          "父が車椅子なのですが大浴場は利用できますか。",
                          "ペット同伴は可能でしょうか。", "領収書の宛名を会社名にしてください。"])
        rec = {"submitted_at": p.cin.isoformat() + "T08:12:00+09:00", "form": "contact",
               "name": p.name, "name_kana": p.kana, "email": p.email, "tel": p.tel,
               "message": msg, "remote_addr": p.ip,
               "ua": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)"}
        out.append(json.dumps(rec, ensure_ascii=False) + "\n")
        n.tn(path, p, kana=True)
        n.t(path, "email_address", p.email, p)
        n.t(path, "phone_number", p.tel, p)
        n.t(path, "ip_address", p.ip, p)
        if "車椅子" in msg:
            n.t(path, "sensitive", "父が車椅子", p, True)
    n.share.write(path, "".join(out))


def kiosk(n: Inn) -> None:
    """The business hotel's check-in kiosk log: ten check-ins by phone, three passports scanned;
    the kiosks' LAN addresses neutral."""
    rng, path = n.rng, "ホテル/kiosk/checkin-kiosk.log"
    kl = []
    for p in n.guests[20:30] + n.foreign[13:16]:
        t = p.cin.isoformat() + f" 15:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
        if p.foreign:
            kl.append(f'{t} INFO  [kiosk-02 192.168.10.22] passport scanned: '
                      f'name="{p.name.upper()}" no={p.passport} nationality={p.cc} '
                      f"dob={p.dob.isoformat()}")
            n.t(path, "person_name", p.name.upper(), p)
            n.t(path, "passport_number", p.passport, p)
            n.t(path, "date_of_birth", p.dob.isoformat(), p)
        else:
            kl.append(f'{t} INFO  [kiosk-01 192.168.10.21] checkin ok res={p.res} guest="{p.name}" '
                      f'tel={p.tel.replace("-", "")} room={rng.randint(501, 812)}')
            n.tn(path, p)
            n.t(path, "phone_number", p.tel, p)
        kl.append(f"{t} DEBUG [kiosk-01 192.168.10.21] card key issued, printer ok")
    n.t(path, "ip_address", "192.168.10.21", None, True)
    n.t(path, "ip_address", "192.168.10.22", None, True)
    n.share.write(path, "\n".join(kl) + "\n")
