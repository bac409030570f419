"""The shop's systems: the web 宅配買取 form's JSONL export, the POS's SQLite backup, the point
card's MySQL dump, the POS app's log, the buying team's chat export and the 2023-2024 ledger
archive (a CP932 CSV and a visit memo in a zip whose members are flagged UTF-8).

Hard negatives: member numbers passing Luhn, the staff's password hashes and the shop LAN's
addresses (neutral).
"""

from __future__ import annotations

import io
import json
import sqlite3
import zipfile

from .buyback_shop_people import ITEMS, STAMP, Shop, wareki
from .identifiers import luhn_number
from .japanese import FULL_WIDTH
from .share import csv_text

SCHEMA = '''CREATE TABLE customer(id INTEGER PRIMARY KEY, name TEXT, kana TEXT, birth TEXT, zip TEXT, address TEXT, tel TEXT, job TEXT, id_type TEXT, id_no TEXT, blacklist INTEGER DEFAULT 0, note TEXT);
    CREATE TABLE purchase(id INTEGER PRIMARY KEY, txn_no TEXT, customer_id INTEGER, ts TEXT, branch TEXT, item TEXT, serial TEXT, price INTEGER, staff_code TEXT);
    CREATE TABLE staff(code TEXT PRIMARY KEY, name TEXT, branch TEXT, login TEXT, pw_hash TEXT);'''  # noqa: E501
MEMBERS = ("CREATE TABLE `members` (\n  `member_no` varchar(16) NOT NULL,\n"
           "  `last_name` varchar(32),\n  `first_name` varchar(32),\n  `last_kana` varchar(32),\n"
           "  `first_kana` varchar(32),\n  `gender` char(1),\n  `birthday` date,\n"
           "  `email` varchar(255),\n  `tel` varchar(20),\n  `zip` char(8),\n"
           "  `address` varchar(255),\n  `points` int,\n  `created_at` datetime,\n"
           "  PRIMARY KEY (`member_no`)\n) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;")
HASH_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789./"
REASONS = ["買取", "販売", "失効"]  # a point_log row's


def web_form(s: Shop) -> None:
    """Thirty 宅配買取 applications: name, kana, contacts, birthday, bank account, ID and IP."""
    rng, rel = s.rng, "04_宅配買取/web申込_export_20261031.jsonl"
    out = []
    for p in s.takuhai:
        ip = (f"{rng.choice([126, 153, 180, 219, 60])}.{rng.randint(0, 255)}."
              f"{rng.randint(0, 255)}.{rng.randint(1, 254)}")
        rec = {"application_id": f"TK-2026{rng.randint(100000, 999999)}",
               "submitted_at": f"2026-10-{rng.randint(1, 30):02d}T{rng.randint(0, 23):02d}:"
                               f"{rng.randint(0, 59):02d}:00+09:00",
               "name": p.last + " " + p.first, "name_kana": p.last_kana + " " + p.first_kana,
               "email": p.email, "tel": s.hy(p.mobile, 0.2), "zip": p.zip, "pref": p.pref,
               "address1": p.city + p.town + p.banchi, "address2": p.bldg,
               "birthday": p.born.isoformat(), "occupation": p.occ,
               "items": [{"category": rng.choice(ITEMS)[0], "qty": rng.randint(1, 5)}],
               "payment": "bank", "bank": {"name": p.bank, "branch": p.branch,
                                           "type": p.acct_type, "number": p.acct,
                                           "holder": p.last_kana + " " + p.first_kana},
               "id_document": {"type": p.doc, "number": p.docno if p.doc != "健康保険証"
                               else p.hk[0] + "-" + p.hk[1]},
               "remote_addr": ip,
               "user_agent": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)"}
        out.append(json.dumps(rec, ensure_ascii=False))
        s.t(rel, "person_name", p.full, p)
        s.t(rel, "email_address", p.email, p)
        s.t(rel, "phone_number", p.mobile, p)
        s.t(rel, "postal_code", p.zip, p)
        s.t(rel, "address", p.pref + p.city + p.town + p.banchi, p)
        s.t(rel, "date_of_birth", p.born.isoformat(), p)
        s.t(rel, "bank_account", p.acct, p)
        s.doc_truth(rel, p)
        s.t(rel, "ip_address", ip, p)
        s.t(rel, "person_name", p.kana_full, p, neutral=True)
    s.share.write(rel, "\n".join(out) + "\n")


def pos_backup(s: Shop) -> None:
    """The POS's SQLite: the first 80 sellers, their purchases and the staff's logins."""
    rel = "05_POS/pos_backup_20261031.sqlite3"
    db = sqlite3.connect(s.share.path(rel))
    db.executescript(SCHEMA)
    ids = {}
    for i, p in enumerate(s.sellers[:80]):
        ids[p.id] = i + 1
        db.execute("INSERT INTO customer VALUES(?,?,?,?,?,?,?,?,?,?,?,?)",
                   (i + 1, p.full, p.kana_full, p.born.strftime("%Y%m%d"), p.zip.replace("-", ""),
                    s.addr(p), p.mobile.replace("-", ""), p.occ, p.doc, p.docno, 0, None))
        s.t(rel, "person_name", p.full, p)
        s.t(rel, "date_of_birth", p.born.isoformat(), p)
        s.t(rel, "postal_code", p.zip, p)
        s.t(rel, "address", s.addr(p), p)
        s.t(rel, "phone_number", p.mobile, p)
        s.doc_truth(rel, p)
        s.t(rel, "person_name", p.kana_full, p, neutral=True)
    for x in s.purchases:
        if x.p.id in ids:
            db.execute("INSERT INTO purchase(txn_no,customer_id,ts,branch,item,serial,price,"
                       "staff_code) VALUES(?,?,?,?,?,?,?,?)",
                       (x.no, ids[x.p.id], x.date.isoformat() + " 14:00:00", x.branch, x.item,
                        x.serial, x.price, x.staff.empno))
    for st in s.staff:
        h = "$2b$10$" + "".join(s.rng.choice(HASH_CHARS) for _ in range(53))
        db.execute("INSERT INTO staff VALUES(?,?,?,?,?)",
                   (st.empno, st.full, st.shop, "u" + st.empno.lower(), h))
        s.t(rel, "credential", h, st, neutral=True)
        s.t(rel, "person_name", st.full, st)
    db.commit()
    db.close()


def points_dump(s: Shop) -> None:
    """The point card's members (45 sellers and the 18 who never sold) and 30 log rows."""
    rng, rel = s.rng, "06_ポイント会員/points_db_dump_20261101.sql"
    lines = ["-- MySQL dump 10.13  Distrib 8.0.36", "-- Host: localhost    Database: reuse_points",
             "", "SET NAMES utf8mb4;", "DROP TABLE IF EXISTS `members`;", MEMBERS,
             "LOCK TABLES `members` WRITE;"]
    values = []
    for p in rng.sample(s.sellers, 45) + s.members_only:
        number = luhn_number(rng, "6", 16)  # member no passes Luhn
        a = s.addr(p)
        quoted = [number, p.last, p.first, p.last_kana, p.first_kana,
                  "F" if p.sex == "女" else "M", p.born.isoformat(), p.email, p.mobile, p.zip, a]
        points, month, day = rng.randint(0, 20000), rng.randint(1, 12), rng.randint(1, 28)
        values.append("(" + ",".join(f"'{v}'" for v in quoted)
                      + f",{points},'2025-{month:02d}-{day:02d} 10:00:00')")
        s.t(rel, "person_name", p.full, p)
        s.t(rel, "date_of_birth", p.born.isoformat(), p)
        s.t(rel, "email_address", p.email, p)
        s.t(rel, "phone_number", p.mobile, p)
        s.t(rel, "postal_code", p.zip, p)
        s.t(rel, "address", a, p)
        for part in (p.kana_full, p.last_kana, p.first_kana, p.last, p.first):
            s.t(rel, "person_name", part, p, neutral=True)
    lines.append("INSERT INTO `members` VALUES " + ",\n".join(values) + ";")
    lines += ["UNLOCK TABLES;", "", "DROP TABLE IF EXISTS `point_log`;",
              "CREATE TABLE `point_log` (`id` int, `member_no` varchar(16), `delta` int, "
              "`reason` varchar(64));"]
    lines.append("INSERT INTO `point_log` VALUES " + ",".join(
        f"({i},'{values[i][2:18]}',{rng.randint(-500, 500)},'{rng.choice(REASONS)}')"
        for i in range(30)) + ";")
    lines.append("-- Dump completed on 2026-11-01  3:00:01")
    s.share.write(rel, "\n".join(lines) + "\n")


def app_log(s: Shop) -> None:
    """The POS app's log of 31 October: who looked up which customer, name and phone."""
    rng, rel = s.rng, "05_POS/pos_app_20261031.log"
    lines = []
    for i in range(40):
        st, p = rng.choice(s.staff), rng.choice(s.sellers)
        ip = f"192.168.{rng.choice([10, 20])}.{rng.randint(2, 60)}"
        lines.append(f"2026-10-31T{9 + i // 5:02d}:{(i * 7) % 60:02d}:00+09:00 INFO [{ip}] "
                     f"user=u{st.empno.lower()} action=customer.view customer=\"{p.full}\" "
                     f"tel={p.mobile.replace('-', '')}")
        s.t(rel, "person_name", p.full, p)
        s.t(rel, "phone_number", p.mobile, p)
        s.t(rel, "ip_address", ip, None, neutral=True)
    s.share.write(rel, "\n".join(lines) + "\n")


def chat(s: Shop) -> None:
    """LINE WORKS: a seller's licence and new address, another's account and birthday."""
    rel = "10_メモ/lineworks_買取チーム_export.json"
    p1, p2 = s.rng.sample(s.sellers, 2)
    staff = s.staff
    messages = [
        {"user": staff[2].full, "ts": "2026-10-21T11:02:00+09:00",
         "text": f"{p1.full}さん来店、免許証 {p1.lic} で確認しました。"
                 f"住所変わってて {s.addr(p1)} です"},
        {"user": staff[0].full, "ts": "2026-10-21T11:05:00+09:00",
         "text": "了解、台帳修正しておいて"},
        {"user": staff[3].full, "ts": "2026-10-22T15:40:00+09:00",
         "text": f"{p2.last}様の振込先、{p2.bank} {p2.branch}支店 {p2.acct} で合ってますか？"},
        {"user": staff[2].full, "ts": "2026-10-22T15:42:00+09:00",
         "text": f"合ってます。生年月日は{wareki(p2.born, 'kanji')}でした"},
        {"user": staff[3].full, "ts": "2026-10-22T15:50:00+09:00",
         "text": "テスト用の番号 090-0000-0000 は消しておきます"},
    ]
    s.t(rel, "person_name", p1.full, p1)
    s.t(rel, "drivers_license_number", p1.lic, p1)
    s.t(rel, "address", s.addr(p1), p1)
    s.t(rel, "person_name", p2.last, p2, neutral=True)
    s.t(rel, "bank_account", p2.acct, p2)
    s.t(rel, "date_of_birth", p2.born.isoformat(), p2)
    for st in staff[:4]:
        s.t(rel, "person_name", st.full, st)
    s.share.write(rel, json.dumps({"room": "買取チーム", "exported_at": "2026-11-01T09:00:00+09:00",
                                   "messages": messages}, ensure_ascii=False, indent=1))


def archive(s: Shop) -> None:
    """古物台帳_2023-2024.zip: twelve former sellers and six current ones (CP932 CSV), the
    first five's visit memo with full-width phones."""
    rng, rel = s.rng, "99_アーカイブ/古物台帳_2023-2024.zip"
    olds = [s.person(800 + i) for i in range(12)] + rng.sample(s.sellers, 6)
    rows: list[list] = [["日付", "品名", "金額", "氏名", "住所", "生年月日", "職業", "確認書類",
                         "番号"]]
    inner = rel + "!kobutsu_2023.csv"
    for p in olds:
        a = s.addr(p)
        rows.append([f"2023/{rng.randint(1, 12)}/{rng.randint(1, 28)}", rng.choice(ITEMS)[1],
                     rng.randint(1, 300) * 1000, p.full, a, p.born.strftime("%Y/%m/%d"), p.occ,
                     p.doc, p.docno])
        s.t(inner, "person_name", p.full, p)
        s.t(inner, "address", a, p)
        s.t(inner, "date_of_birth", p.born.isoformat(), p)
        s.doc_truth(inner, p)
    memo, inner = "", rel + "!2024/出張買取メモ.txt"
    for p in olds[:5]:
        a = s.addr(p, pref=False)
        memo += f"{p.full}様 ｔｅｌ：{p.mobile.translate(FULL_WIDTH)} 〒{p.zip} {a}\n"
        s.t(inner, "person_name", p.full, p)
        s.t(inner, "phone_number", p.mobile, p)
        s.t(inner, "postal_code", p.zip, p)
        s.t(inner, "address", a, p)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in [("kobutsu_2023.csv", csv_text(rows).encode("cp932", errors="replace")),
                           ("2024/出張買取メモ.txt", memo.encode("utf-8"))]:
            member = zipfile.ZipInfo(name, STAMP.timetuple()[:6])
            member.compress_type = zipfile.ZIP_DEFLATED
            member.flag_bits |= 0x800  # (UTF-8 names, though the CSV's is ASCII)
            z.writestr(member, data)
    s.share.write(rel, buffer.getvalue())
