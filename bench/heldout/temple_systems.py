"""The temple's systems: the LINE talk export, the 平成20年 台帳 zip, the 霊園 web reservation
SQLite with its SQL backup and form log (IPs, a bcrypt hash), and the 檀家 app's JSON export."""

from __future__ import annotations

import csv
import datetime
import io
import json
import sqlite3
import zipfile

from .japanese import FULL_WIDTH
from .share import csv_text, sql_quote
from .temple_people import TEMPLE, Temple, addr_str, luhn, mynumber, wareki_style

RESERVATIONS = ("CREATE TABLE reservations(id INTEGER PRIMARY KEY, created_at TEXT, kind TEXT, "
                "name TEXT, kana TEXT, email TEXT, tel TEXT, zip TEXT, address TEXT, "
                "visit_date TEXT, message TEXT, remote_addr TEXT, receipt_no TEXT);")
CHAT_CONDITIONS = {"入院中": "入院中", "透析中": "透析", "認知症で施設に入所中": "認知症"}


def chat(t: Temple) -> None:
    """LINE talk with eight heads (none of the mail writers): a phone each, a husband's
    condition for some (neutral where no husband is on record)."""
    rng, rel = t.rng, "04_法要予約/[LINE]浄念寺 寺務所とのトーク.txt"
    lines = ["[LINE] 浄念寺 寺務所のトーク履歴", "保存日時：2024/11/20 18:02", ""]
    mailers = [h for h in t.danka if h.mail][:5]
    day = datetime.date(2024, 9, 1)
    for h in rng.sample([h for h in t.danka if h not in mailers], 8):
        day += datetime.timedelta(days=rng.randint(2, 9))
        lines.append(f"{day.strftime('%Y/%m/%d')}({'月火水木金土日'[day.weekday()]})")
        nm = h.sur + h.given if rng.random() < .5 else h.sur + " " + h.given
        who = rng.choice(["母", "父", "祖母"])
        msgs = [(nm, f"お世話になります。{h.sur}です。{who}の一周忌の件でご相談です"),
                ("浄念寺 寺務所",
                 f"{h.sur}さん、ご連絡ありがとうございます。ご希望の日はありますか？")]
        when = f"{rng.randint(1, 12)}/{rng.randint(1, 28)}"
        tel = t.phone(h.tel, rng.choice([0, 1, 3]))
        msgs.append((nm, f"{when}の午後は空いていますか？電話だと{tel}です"))
        cond = ""
        if rng.random() < .4:
            state = rng.choice(list(CHAT_CONDITIONS))
            msgs.append((nm, f"主人が{state}なので、私だけで伺います"))
            cond = CHAT_CONDITIONS[state]
        msgs.append(("浄念寺 寺務所", "承知しました。副住職が伺います🙏"))
        for who, text in msgs:
            lines.append(f"{rng.randint(9, 20)}:{rng.randint(0, 59):02d}\t{who}\t{text}")
            if cond and text.startswith("主人が"):
                hus = [f for f in h.fam if f.rel == "夫"]
                t.add(rel, "sensitive", cond, hus[0].id if hus else None, not hus)
        lines.append("")
        t.record(rel, h, "name", "tel")
        t.name(rel, h, h.sur, neutral=True)
    t.share.write(rel, "\n".join(lines))


def old_ledger(t: Temple) -> None:
    """The 平成20年 台帳 zip: 25 heads in CP932 (full-width addresses), a migration memo naming
    six dead."""
    rng, rel = t.rng, "11_旧データ/旧檀家台帳_H20.zip"
    inner = f"{rel}!旧台帳/檀家台帳_H20.csv"
    oldh = rng.sample(t.danka, 25)
    rows = [["番号", "氏名", "住所", "TEL", "生年月日", "宗旨"]]
    for h in oldh:
        home = addr_str(h, rng.random() < .5).translate(FULL_WIDTH)
        rows.append([h.no, h.sur + "　" + h.given, home, t.phone(h.tel, 1),
                     wareki_style(h.dob, 1), h.sect])
        t.name(inner, h)
    data = csv_text(rows)
    memo = "平成20年 台帳移行メモ\n旧システム（寺院さん）からの移行。\n" + "\n".join(
        f"{d.sur}家 {d.name} 様 H{rng.randint(10, 19)}年没 法名{d.homyo}" for d in t.dead[:6])
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        for name, body, kind in [
                ("旧台帳/檀家台帳_H20.csv", data.encode("cp932"), zipfile.ZIP_DEFLATED),
                ("旧台帳/移行メモ.txt", memo.encode("utf-8"), zipfile.ZIP_STORED)]:
            zi = zipfile.ZipInfo(name, (2008, 4, 1, 0, 0, 0))
            zi.flag_bits |= 0x800
            zi.compress_type = kind
            z.writestr(zi, body)
    t.share.write(rel, buffer.getvalue())
    for row in list(csv.reader(io.StringIO(data)))[1:]:
        h = next(x for x in oldh if x.no == row[0])
        t.name(inner, h)
        t.add(inner, "address", row[2], h.id)
        t.record(inner, h, "tel", "dob", "sect")
    for d in t.dead[:6]:
        t.name(f"{rel}!旧台帳/移行メモ.txt", d)


def web(t: Temple) -> None:
    """The 霊園 web form: ten visitors and five heads in SQLite (receipt numbers passing Luhn
    or the My Number check, an admin's bcrypt hash), nine in the SQL backup, eight in the log."""
    rng, rel = t.rng, "12_Web予約/reien_reservation.sqlite3"
    path = t.share.path(rel)
    db = sqlite3.connect(path)
    db.executescript(RESERVATIONS + "CREATE TABLE admin_users(id INTEGER PRIMARY KEY, "
                     "login TEXT, password_hash TEXT);")
    people = t.visitors + rng.sample([h for h in t.danka if h.mail], 5)
    rows = []
    for i, v in enumerate(people, 1):
        ip = (f"{rng.choice([126, 153, 182, 220, 60])}.{rng.randint(0, 255)}."
              f"{rng.randint(0, 255)}.{rng.randint(1, 254)}")
        rn = luhn(t, "5", 12) if i % 2 else mynumber(t)
        msg = rng.choice(["樹木葬区画の見学希望です。", "永代供養墓について費用を知りたいです。",
                          "母の納骨の相談をしたいです。", "駐車場はありますか。"])
        created = (f"2024-{rng.randint(6, 11):02d}-{rng.randint(1, 28):02d} "
                   f"{rng.randint(8, 22):02d}:{rng.randint(0, 59):02d}:00")
        kind = rng.choice(["見学", "相談", "法要"])
        r = (i, created, kind, v.name, v.kana, v.mail, v.tel, v.addr.zip.replace("-", ""),
             addr_str(v), t.rdate(2024, 2025).isoformat(), msg, ip, rn)
        rows.append(r)
        db.execute("INSERT INTO reservations VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", r)
        t.record(rel, v, "name", "kana", "mail", "tel", "zip", "addr")
        t.add(rel, "ip_address", ip, v.id)
        v.ip = ip
    pw = "$2b$12$" + "".join(rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123456789./")
                             for _ in range(53))
    db.execute("INSERT INTO admin_users VALUES (1,'jimu',?)", (pw,))
    t.add(rel, "credential", pw, None, True)
    db.commit()
    db.close()
    rel = "12_Web予約/backup_20241120.sql"
    dump = ["-- reien reservation backup", RESERVATIONS]
    for r in rows[:9]:
        dump.append("INSERT INTO reservations VALUES("
                    + ",".join(str(x) if isinstance(x, int) else sql_quote(x) for x in r) + ");")
        v = people[r[0] - 1]
        t.record(rel, v, "name", "kana", "mail", "tel", "zip", "addr")
        t.add(rel, "ip_address", v.ip, v.id)
    t.share.write(rel, "\n".join(dump) + "\n")
    rel = "12_Web予約/form_access.jsonl"
    log = []
    for v in people[-8:]:
        log.append(json.dumps({
            "ts": f"2024-11-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:"
                  f"{rng.randint(0, 59):02d}:00+09:00",
            "level": "info", "event": "form_submit", "ip": v.ip,
            "fields": {"name": v.name, "email": v.mail, "tel": t.phone(v.tel, 0)}},
            ensure_ascii=False))
        t.record(rel, v, "name", "mail", "tel")
        t.add(rel, "ip_address", v.ip, v.id)
    log.append(json.dumps({"ts": "2024-11-20T03:00:00+09:00", "level": "info",
                           "event": "backup", "ip": "127.0.0.1"}))
    t.share.write(rel, "\n".join(log) + "\n")


def app_export(t: Temple) -> None:
    """The 檀家 app's JSON export: twelve heads with kana, birth, phone, mail, sect, family."""
    rel = "01_檀家管理/danka_api_export.json"
    items = []
    for h in t.rng.sample(t.danka, 12):
        items.append({"danka_no": h.no, "head": {"name": h.name, "kana": h.kana,
                                                 "birth": h.dob.isoformat(), "tel": h.tel,
                                                 "email": h.mail},
                      "sect": h.sect, "members": [{"name": f.name, "relation": f.rel,
                                                   "birth": f.dob.isoformat()} for f in h.fam]})
        t.record(rel, h, "name", "kana", "dob", "tel", "sect")
        if h.mail:
            t.record(rel, h, "mail")
        for f in h.fam:
            t.record(rel, f, "name", "dob")
    t.share.write(rel, json.dumps({"exported_at": "2024-11-20T09:00:00+09:00",
                                   "temple": TEMPLE["short"], "items": items},
                                  ensure_ascii=False, indent=1))

