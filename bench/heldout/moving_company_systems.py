"""The company's systems: the web quote form's JSON Lines (client IPs, now and then a parent's
dialysis), the LINE window's export, the 2021-2022 orders zip (a CP932 ledger and a mail-list
text), the web quote tool's SQLite and access log, the CRM's MySQL dump (a 身体障害者手帳) and
the quote app's log.

The log's LAN IP 10.0.0.5 and the staff's work mail are neutral or in no record; 伝票番号
passing the My Number check and Luhn-valid 見積番号 stand in the files with no record.
"""

from __future__ import annotations

import json
import sqlite3
import zipfile
from datetime import date, datetime

from .identifiers import my_number
from .moving_company_people import Mover, jp_era
from .share import csv_text, sql_create

FAMILIES = ["単身", "夫婦2人", "夫婦+子1人", "夫婦+子2人", "4人家族（祖母同居）"]
REMARKS = ["", "", "エレベーターなし3階", "駐車スペースなし", "午前中希望"]
FURNITURE = ["冷蔵庫", "洗濯機", "タンス", "ベッド", "ソファ", "食器棚"]
DIALYSIS = "父が人工透析で週3回通院しています。通院日を避けたいです。"
WHEELCHAIR = "車椅子利用（身体障害者手帳1級）のためスロープ必要"
WEB_IPS = [126, 153, 180, 219]
ARCHIVED = datetime(2023, 1, 10, 9, 0, 0)  # the old zip's members' date
LEDGER = "2021-2022/受注台帳_2021-2022.csv"
MAILING = "2021-2022/メルマガ登録者.txt"


def webform(c: Mover) -> None:
    """見積依頼_2024-10.jsonl: the first 45 customers' web quote requests (both addresses,
    furniture, the client IP)."""
    rng, path = c.rng, "Web見積/見積依頼_2024-10.jsonl"
    lines = []
    for p in c.customers[:45]:
        fam, note = rng.choice(FAMILIES), rng.choice(REMARKS)
        at = (f"2024-10-{rng.randint(1, 28):02d}T{rng.randint(8, 22):02d}:"
              f"{rng.randint(0, 59):02d}:00+09:00")
        rec = {"request_id": p.qno, "submitted_at": at, "name": c.nm(p), "name_kana": p.kana(),
               "email": p.email, "tel": c.phone(p.phone, rng.choice([0, 1])),
               "old_address": {"zip": p.old.zip, "pref": p.old.pref, "address1": p.old.body},
               "new_address": {"zip": p.new.zip, "pref": p.new.pref, "address1": p.new.body},
               "move_date": p.move.isoformat(), "family": fam, "piano": rng.random() < .15,
               "large_furniture": rng.sample(FURNITURE, 2), "remarks": note,
               "client_ip": c.ip([*WEB_IPS, 60])}
        if rng.random() < .08:
            rec["remarks"] = DIALYSIS
            c.t(path, "sensitive", "人工透析", p)
        lines.append(json.dumps(rec, ensure_ascii=False))
        c.t_std(path, p, "name kana email phone zold znew obody nbody")
        c.t(path, "ip_address", rec["client_ip"], p)
    c.share.write(path, "\n".join(lines) + "\n")


def line_chat(c: Mover) -> None:
    """トーク履歴_お客様窓口_2024-10.json: seven customers ask on LINE, giving their old address,
    name and mobile in separate messages."""
    rng, path = c.rng, "LINE/トーク履歴_お客様窓口_2024-10.json"
    msgs = []
    for p in c.customers[63:70]:
        ts = (f"2024-10-{rng.randint(1, 28):02d}T{rng.randint(8, 21):02d}:"
              f"{rng.randint(0, 59):02d}:00+09:00")
        who = p.name("")
        msgs.append({"time": ts, "from": who, "type": "text",
                     "text": f"見積りお願いしたいです。{p.old.full()}から引越し予定です"})
        msgs.append({"time": ts, "from": "さくら引越センター", "type": "text",
                     "text": "ありがとうございます！お名前とお電話番号をお願いします。"})
        msgs.append({"time": ts, "from": who, "type": "text",
                     "text": f"{p.full}です　{c.phone(p.phone)}"})
        msgs.append({"time": ts, "from": who, "type": "image", "text": "[写真] リビングの家具"})
        c.t_std(path, p, "name old phone")
    export = {"chat": "お客様窓口", "exported_at": "2024-11-01T09:00:00+09:00", "messages": msgs}
    c.share.write(path, json.dumps(export, ensure_ascii=False, indent=1))


def archive(c: Mover) -> None:
    """受注_2021-2022.zip: twelve past customers (drawn now) and three of this year's in the old
    CP932 ledger, the first six's mail in the mail-list text."""
    rng, path = c.rng, "過去データ/受注_2021-2022.zip"
    old = [c.person("old_customer") for _ in range(12)] + c.customers[70:73]
    rows = [["伝票No", "作業日", "顧客名", "電話", "住所(旧)", "住所(新)"]]
    member = f"{path}!{LEDGER}"
    for p in old:
        d = date(rng.choice([2021, 2022]), rng.randint(1, 12), rng.randint(1, 28))
        rows.append([my_number(rng), jp_era(d, 0), c.nm(p, "\u3000"), c.phone(p.phone, 2),
                     p.old.full(), p.new.full()])
        c.t_std(member, p, "name phone old new")
    text = "\n".join(f"{c.nm(p)}　{p.email}" for p in old[:6])
    for p in old[:6]:
        c.t_std(f"{path}!{MAILING}", p, "name email")
    c.share.write_zip(path, [(LEDGER, csv_text(rows).encode("cp932")),
                             (MAILING, text.encode("utf-8"))], zipfile.ZIP_DEFLATED, ARCHIVED)


def database(c: Mover) -> None:
    """web_quote.sqlite3: 27 customers' quotes and the access log's IP each, written in place
    as gen.py did."""
    rng, path = c.rng, "システム/web_quote.sqlite3"
    con = sqlite3.connect(c.share.path(path))
    con.execute("CREATE TABLE quotes (id INTEGER PRIMARY KEY, quote_no TEXT, name TEXT, "
                "kana TEXT, email TEXT, tel TEXT, from_zip TEXT, from_addr TEXT, to_addr TEXT, "
                "move_date TEXT, rooms TEXT, piano INTEGER, amount INTEGER, created_at TEXT)")
    con.execute("CREATE TABLE access_log (id INTEGER PRIMARY KEY, ts TEXT, ip TEXT, path TEXT, "
                "quote_id INTEGER)")
    for i, p in enumerate(c.customers[25:45] + c.customers[63:70]):
        con.execute("INSERT INTO quotes VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (i + 1, p.qno, c.nm(p), p.kana(), p.email, p.phone.replace("-", ""),
                     p.old.zip, p.old.full(), p.new.full(), p.move.isoformat(),
                     rng.choice(["1K", "2LDK", "3LDK", "4LDK"]), int(rng.random() < .2),
                     rng.randint(6, 30) * 5500, "2024-10-01 10:00:00"))
        ip = c.ip(WEB_IPS)
        con.execute("INSERT INTO access_log VALUES (?,?,?,?,?)",
                    (i + 1, "2024-10-01 10:00:00", ip, "/quote/submit", i + 1))
        c.t_std(path, p, "name kana email phone zold old new")
        c.t(path, "ip_address", ip, p)
    con.commit()
    con.close()


def dump(c: Mover) -> None:
    """crm_dump_20241031.sql: 28 customers and five transferees (new address, a memo; the
    fourth's a 身体障害者手帳), then the office staff's logins."""
    rng, path = c.rng, "システム/crm_dump_20241031.sql"
    out = ["-- MySQL dump 10.13  Distrib 8.0.36", "-- Database: sakura_crm", "SET NAMES utf8mb4;",
           "", sql_create("customers", "id int NOT NULL, name varchar(64), kana varchar(64), "
                          "tel varchar(20), email varchar(128), zip char(8), "
                          "address varchar(255), memo text", key="id"),
           "INSERT INTO `customers` VALUES"]
    vals = []
    for i, p in enumerate(c.customers[50:78] + c.transfer[:5]):
        memo = rng.choice(["", "リピーター", "法人紹介", "前回破損クレームあり"])
        if i == 3:
            memo = WHEELCHAIR
            c.t(path, "sensitive", "身体障害者手帳1級", p)
        vals.append(f"({i + 1},'{c.nm(p)}','{p.kana()}','{p.phone}','{p.email}',"
                    f"'{p.new.zip}','{p.new.full()}','{memo}')")
        c.t_std(path, p, "name kana phone email znew new")
    out.append(",\n".join(vals) + ";")
    staff = "id int, login varchar(32), name varchar(32), mail varchar(64)"
    out += ["", sql_create("staff", staff), "INSERT INTO `staff` VALUES"]
    out.append(",\n".join(f"({i + 1},'{o.last_roman.lower()}','{c.nm(o)}','{o.work}')"
                          for i, o in enumerate(c.office)) + ";")
    for o in c.office:
        c.t_std(path, o, "name work")
    c.share.write(path, "\n".join(out) + "\n")


def app_log(c: Mover) -> None:
    """quote_app.log.jsonl: ten submissions' IP and mail, then an SMTP error from the LAN."""
    path = "システム/quote_app.log.jsonl"
    lines = []
    for p in c.customers[25:35]:
        ip = c.ip(WEB_IPS)
        lines.append(json.dumps({"ts": "2024-10-02T11:00:00+09:00", "level": "INFO",
                                 "msg": "quote submitted", "remote_addr": ip,
                                 "user_email": p.email, "quote_no": p.qno}, ensure_ascii=False))
        c.t(path, "ip_address", ip, p)
        c.t_std(path, p, "email")
    lines.append(json.dumps({"ts": "2024-10-02T11:05:00+09:00", "level": "ERROR",
                             "msg": "SMTP timeout", "remote_addr": "10.0.0.5"}))
    c.share.write(path, "\n".join(lines) + "\n")
