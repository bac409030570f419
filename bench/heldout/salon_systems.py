"""The salon's systems: the LINE official account's chat export (JSON), the point card app's
SQLite (Luhn-valid member numbers, password hashes), the 2019 POS's MySQL dump (conditions in
its memo column, receipt numbers passing the My Number check), the closed 自由が丘店's customers
(a zip: a CP932 CSV and a handover note) and the web booking form's log (JSONL, IPs).
"""

from __future__ import annotations

import io
import json
import sqlite3
import unicodedata
import zipfile

from .identifiers import luhn_number, my_number
from .salon_people import SENS, STAMP, Salon
from .share import csv_text

HEX = "0123456789abcdef"


def chat(h: Salon) -> None:
    """LINE/line_official_chat_export_202410.json: eight customers' chats, some naming a mail."""
    rng, path = h.rng, "LINE/line_official_chat_export_202410.json"
    chats = []
    for c in rng.sample(h.cust[40:100], 8):
        stamp = (f"2024-10-{rng.randint(1, 28):02d}T{rng.randint(9, 21):02d}:"
                 f"{rng.randint(0, 59):02d}:00+09:00")
        texts = [f"{c.full}です。来週土曜の午前空いてますか？",
                 f"予約お願いします。{c.name(' ')}、電話は{h.tel(c.mobile)}です",
                 f"まつエクの予約を。{c.last}です。まつ毛が抜けやすいのですが大丈夫でしょうか"]
        msgs = [{"timestamp": stamp, "from": "user", "type": "text", "text": rng.choice(texts)},
                {"timestamp": "2024-10-29T10:00:00+09:00", "from": "account", "type": "text",
                 "text": f"{c.last}様 お問い合わせありがとうございます。"
                         "11/9 10:30でお取りできます。"}]
        if rng.random() < 0.4:
            msgs.append({"timestamp": "2024-10-29T10:05:00+09:00", "from": "user",
                         "type": "text",
                         "text": f"ありがとうございます！念のためメールは {c.email} です"})
            h.rec(path, "email_address", c.email, c.id)
        user = "U" + "".join(rng.choice(HEX) for _ in range(32))
        shown = rng.choice([c.first_roman.lower(), f"{c.first}♪", c.full, c.last_kana])
        chats.append({"userId": user, "displayName": shown, "messages": msgs})
        txt = json.dumps(chats[-1], ensure_ascii=False)
        if shown != c.full:
            h.rec(path, "person_name", shown.rstrip("♪"), c.id, True)
        if c.full in txt or c.name(" ") in txt:
            h.rec(path, "person_name", c.full, c.id)
        else:
            h.rec(path, "person_name", c.last, c.id, True)
        h.rec(path, "person_name", c.last, c.id, True)
        if c.mobile in "".join(ch for ch in _plain(txt) if ch.isdigit()):
            h.rec(path, "phone_number", c.mobile, c.id)
    h.share.write(path, json.dumps({"account": "Hair Make LUMIERE",
                                    "exportedAt": "2024-10-31T23:59:00+09:00", "chats": chats},
                                   ensure_ascii=False, indent=1))


def _plain(text: str) -> str:
    """gen.py's nfkc(): NFKC, spaces and ideographic spaces dropped."""
    return unicodedata.normalize("NFKC", text).replace(" ", "").replace("\u3000", "")


def pointcard(h: Salon) -> None:
    """アプリ/pointcard.db: 60 members (Luhn-valid card numbers, password hashes) and their
    point log (receipt numbers passing the My Number check)."""
    rng, path = h.rng, "アプリ/pointcard.db"
    db = sqlite3.connect(h.share.path(path))
    db.execute("CREATE TABLE members (member_id TEXT PRIMARY KEY, name TEXT, kana TEXT, "
               "birthday TEXT, tel TEXT, mail TEXT, points INTEGER, rank TEXT, "
               "password_hash TEXT)")
    db.execute("CREATE TABLE point_log (id INTEGER PRIMARY KEY, member_id TEXT, ts TEXT, "
               "delta INTEGER, receipt_no TEXT)")
    lid = 1
    for c in h.cust[:20] + h.cust[50:90]:
        mid = luhn_number(rng, "88", 16)  # member card no.: passes Luhn, not a credit card
        points, rank = rng.randint(0, 3000), rng.choice(["Silver", "Gold", "Regular"])
        hsh = "".join(rng.choice(HEX) for _ in range(64))
        db.execute("INSERT INTO members VALUES (?,?,?,?,?,?,?,?,?)",
                   (mid, c.name(" "), c.kana(" "), c.born.isoformat(), c.mobile, c.email,
                    points, rank, hsh))
        h.facts(path, c, "name kana dob phone email")
        h.rec(path, "credential", hsh, c.id, True)  # a scanner may or may not report it
        for _ in range(rng.randint(1, 3)):
            ts = f"2024-{rng.randint(1, 10):02d}-{rng.randint(1, 28):02d} 12:00:00"
            delta = rng.randint(10, 200)
            db.execute("INSERT INTO point_log VALUES (?,?,?,?,?)",
                       (lid, mid, ts, delta, my_number(rng)))
            lid += 1
    db.commit()
    db.execute("VACUUM")
    db.close()


def dump(h: Salon) -> None:
    """旧POS/oldpos_backup_2019.sql: the last 40 customers (a quarter with a condition noted),
    and sales whose receipt numbers pass the My Number check."""
    rng, path = h.rng, "旧POS/oldpos_backup_2019.sql"
    lines = ["-- MySQL dump 10.13  Distrib 5.7.30", "-- Host: localhost    Database: salonpos",
             "SET NAMES utf8mb4;", "", "DROP TABLE IF EXISTS `customer`;",
             "CREATE TABLE `customer` (`cust_id` int NOT NULL, `name_kanji` varchar(40), "
             "`name_kana` varchar(40), `sex` char(1), `birth` date, `tel` varchar(20), "
             "`zip` varchar(8), `addr` varchar(200), `memo` text, PRIMARY KEY (`cust_id`));", ""]
    vals = []
    for i, c in enumerate(h.cust[60:100]):
        memo = ""
        if rng.random() < 0.25:
            s = rng.choice(SENS)
            memo = f"{s}（本人申告）"
            h.rec(path, "sensitive", s, c.id)
        ad = c.addr.text(style="dash")
        vals.append(f"({1000 + i},'{c.name(' ')}','{c.kana(' ')}','{c.sex}',"
                    f"'{c.born.isoformat()}','{h.tel(c.mobile, '-')}','{c.addr.zip}','{ad}',"
                    f"'{memo}')")
        h.facts(path, c, "name kana dob phone zip")
        h.rec(path, "address", ad, c.id)
    lines.append("INSERT INTO `customer` VALUES " + ",".join(vals) + ";")
    lines += ["", "CREATE TABLE `sales` (`receipt_no` varchar(20), `cust_id` int, "
              "`amount` int, `jan` varchar(13));"]
    sv = []
    for _ in range(15):
        receipt, cust = my_number(rng), 1000 + rng.randint(0, 39)
        amount = rng.randint(30, 200) * 100
        sv.append(f"('{receipt}',{cust},{amount},'49{rng.randint(10**10, 10**11 - 1)}')")
    lines.append("INSERT INTO `sales` VALUES " + ",".join(sv) + ";")
    h.share.write(path, "\n".join(lines) + "\n")


def closed_shop(h: Salon) -> None:
    """旧データ/自由が丘店_閉店時顧客データ_2021.zip: the closed shop's 12 customers (CP932,
    deflated) and its handover note (stored; an atopy)."""
    rng, path, old = h.rng, "旧データ/自由が丘店_閉店時顧客データ_2021.zip", h.old
    rows: list[list] = [["No", "氏名", "かな", "生年月日", "TEL", "E-mail", "住所"]]
    ip = path + "!jiyugaoka/customers.csv"
    for i, o in enumerate(old):
        pref = rng.random() < 0.5
        ad = o.addr.text(pref, "fw" if i % 3 == 0 else "kanji")
        rows.append([i + 1, h.name(o), h.kana(o), h.era(o.born), h.tel(o.mobile), o.email, ad])
        h.facts(ip, o, "name kana dob phone email")
        h.rec(ip, "address", ad, o.id)
    memo = (f"閉店に伴い顧客は中目黒店へ引継ぎ。{old[0].full}様、{old[1].full}様は"
            "三軒茶屋店希望。\n"
            f"{old[2].last}様はアトピーのため薬剤注意。\n")
    ip = path + "!jiyugaoka/引継ぎ.txt"
    h.rec(ip, "person_name", old[0].full, old[0].id)
    h.rec(ip, "person_name", old[1].full, old[1].id)
    h.rec(ip, "person_name", old[2].last, old[2].id, True)
    h.rec(ip, "sensitive", "アトピー", old[2].id)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        member = zipfile.ZipInfo("jiyugaoka/customers.csv", STAMP.timetuple()[:6])
        member.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(member, csv_text(rows).encode("cp932"))
        z.writestr(zipfile.ZipInfo("jiyugaoka/引継ぎ.txt", STAMP.timetuple()[:6]),
                   memo.encode("utf-8"))
    h.share.write(path, buffer.getvalue())


def webform(h: Salon) -> None:
    """Web/予約フォーム送信ログ.jsonl: six eyelash bookings and the last minor's (IPs)."""
    rng, path = h.rng, "Web/予約フォーム送信ログ.jsonl"
    out = []
    for c in [*rng.sample(h.cust[70:100], 6), h.minors[4]]:
        sent = (f"2024-10-{rng.randint(1, 31):02d}T{rng.randint(0, 23):02d}:"
                f"{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}+09:00")
        tel = h.tel(c.mobile, rng.choice(["-", "none", "fw"]))
        ip = (f"{rng.choice([126, 133, 153, 219])}.{rng.randint(0, 255)}.{rng.randint(0, 255)}."
              f"{rng.randint(1, 254)}")
        rec = {"submitted_at": sent, "form": "reserve", "name": c.name(" "),
               "kana": c.kana(" "), "tel": tel, "email": c.email,
               "birthday": c.born.isoformat(), "menu": "まつエク", "remote_addr": ip,
               "message": rng.choice(["", "コンタクト使用中です",
                                      "まぶたが荒れやすいです（アトピー）"])}
        out.append(json.dumps(rec, ensure_ascii=False))
        h.facts(path, c, "name kana phone email dob")
        h.rec(path, "ip_address", ip, c.id)
        if "アトピー" in rec["message"]:
            h.rec(path, "sensitive", "アトピー", c.id)
    h.share.write(path, "\n".join(out) + "\n")
