"""The hall's systems: the web 資料請求 form's export (JSON lines, with the sender's IP), the
fair booking SQLite (reservations, staff logins with bcrypt hashes), the old CRM's MySQL dump,
the zip of 2019-2021 couples (CP932 CSVs, 和暦 dates, a survey excerpt), the planners' chat
export and the booking app's log.

Hard negatives: the dump's order numbers pass the My Number check; an attacker's IP in the log
is nobody's; the staff's password hashes and names as 表示名 are neutral.
"""

from __future__ import annotations

import json
import sqlite3
import zipfile

from .share import csv_text, sql_create
from .wedding_hall_people import Hall, wareki

MESSAGES = ["", "見学の際に駐車場はありますか？", "マタニティ婚を考えています。",
            "ペット同伴は可能でしょうか。"]
FAIR_NOTES = ["", "", "えびアレルギーあり（試食）", "車で来場",
              "妊娠中のため試食はノンアルコールで"]
FAIRS = ["模擬挙式＆試食フェア", "ナイトウェディング見学会", "少人数婚相談会"]
DUMP_HEAD = ["-- MySQL dump 10.13  Distrib 5.7.38", "-- Host: 192.168.10.5    Database: bridal_crm",
             "SET NAMES utf8mb4;", ""]
HASH_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123456789./"
CUSTOMERS = ("id int NOT NULL, name varchar(64), kana varchar(64), birthday date, zip varchar(8), "
             "address varchar(255), tel varchar(20), mail varchar(128), wedding_date date, "
             "memo text")


def web_form(h: Hall) -> None:
    """資料請求: twelve inquirers (four later couples), each with an IP."""
    rng, path = h.rng, "WEB/資料請求フォーム_export_202602.jsonl"
    lines = []
    for i, p in enumerate(h.inquiries):
        ip = (f"{rng.choice([126, 133, 153, 180, 219])}.{rng.randint(0, 255)}."
              f"{rng.randint(0, 255)}.{rng.randint(1, 254)}")
        at = f"2026-01-{i + 3:02d}T{rng.randint(8, 23):02d}:{rng.randint(0, 59):02d}:00+09:00"
        rec = {"id": 50000 + i, "submitted_at": at, "form": "資料請求", "name": p.name(" "),
               "kana": p.kana(), "email": p.mail, "tel": h.phone(p.tel, rng.choice([0, 1, 2])),
               "zip": p.zip, "address": p.address(),
               "wedding_month": f"2026-{rng.randint(4, 12):02d}",
               "guests": rng.choice(["~30", "30~60", "60~"]), "message": rng.choice(MESSAGES),
               "remote_addr": ip,
               "user_agent": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X)"}
        lines.append(json.dumps(rec, ensure_ascii=False))
        h.named(path, p)
        h.t(path, "person_name", p.last_kana + p.first_kana, p, True)
        h.t(path, "email_address", p.mail, p)
        h.t(path, "phone_number", p.tel, p)
        h.t(path, "postal_code", p.zip, p)
        h.t(path, "address", p.address(), p)
        h.t(path, "ip_address", ip, p)
        if "マタニティ" in rec["message"]:
            h.t(path, "sensitive", "マタニティ婚", p, True)
    h.share.write(path, "\n".join(lines) + "\n")


def fair_db(h: Hall) -> None:
    """The fair booking system: three fairs, ten reservations, three staff logins."""
    rng, path = h.rng, "システム/fair_reserve.sqlite3"
    db = sqlite3.connect(h.share.path(path))
    db.execute("CREATE TABLE fairs(id INTEGER PRIMARY KEY, title TEXT, held_on TEXT, "
               "capacity INTEGER)")
    db.execute("CREATE TABLE reservations(id INTEGER PRIMARY KEY, fair_id INTEGER, name TEXT, "
               "name_kana TEXT, tel TEXT, email TEXT, party_size INTEGER, note TEXT, "
               "created_at TEXT)")
    db.execute("CREATE TABLE admin_users(id INTEGER PRIMARY KEY, login TEXT, display_name TEXT, "
               "password_hash TEXT)")
    for i, title in enumerate(FAIRS):
        db.execute("INSERT INTO fairs VALUES(?,?,?,?)", (i + 1, title, f"2026-0{i + 2}-1{i}", 10))
    for i, p in enumerate(h.fair_people):
        note = rng.choice(FAIR_NOTES)
        db.execute("INSERT INTO reservations VALUES(?,?,?,?,?,?,?,?,?)",
                   (i + 1, rng.randint(1, 3), p.name("　"), p.kana("　"), h.phone(p.tel, 1),
                    p.mail, rng.randint(1, 4), note, f"2026-01-{i + 5:02d} 12:00:00"))
        h.named(path, p)
        h.t(path, "person_name", p.last_kana + p.first_kana, p, True)
        h.t(path, "phone_number", p.tel, p)
        h.t(path, "email_address", p.mail, p)
        if "アレルギー" in note:
            h.t(path, "sensitive", "えびアレルギー", p)
        if "妊娠" in note:
            h.t(path, "sensitive", "妊娠中", p, True)
    for i, s in enumerate(h.staff[:3]):
        ph = "$2b$12$" + "".join(rng.choice(HASH_CHARS) for _ in range(53))
        db.execute("INSERT INTO admin_users VALUES(?,?,?,?)",
                   (i + 1, s.work.split("@")[0], s.full, ph))
        h.named(path, s, neutral=True)
        h.t(path, "credential", ph, s, True)
    db.commit()
    db.execute("VACUUM")
    db.close()


def crm_dump(h: Hall) -> None:
    """The old CRM's backup: six past couples, and orders numbered to pass the My Number check."""
    rng, path = h.rng, "旧CRM/crm_backup_20220331.sql"
    vals = []
    for c in h.old[:6]:
        for p in (c.g, c.b):
            memo = rng.choice(["", "", "紹介：ゼクシィ", "新婦父 車椅子", "リピーター候補"])
            vals.append(f"({len(vals) + 1},'{p.name(' ')}','{p.kana()}','{p.born.isoformat()}',"
                        f"'{p.zip}','{p.address()}','{h.phone(p.tel, 1)}','{p.mail}',"
                        f"'{c.date.isoformat()}','{memo}')")
            h.named(path, p)
            h.t(path, "person_name", p.last_kana + p.first_kana, p, True)
            h.t(path, "date_of_birth", p.born.isoformat(), p)
            h.t(path, "postal_code", p.zip, p)
            h.t(path, "address", p.address(), p)
            h.t(path, "phone_number", p.tel, p)
            h.t(path, "email_address", p.mail, p)
    orders = ",".join(f"('{h.my_number()}',{i + 1},{rng.randint(100, 400) * 10000})"
                      for i in range(6))
    out = [*DUMP_HEAD, sql_create("customers", CUSTOMERS, key="id"),
           "", "INSERT INTO `customers` VALUES " + ",\n".join(vals) + ";", "",
           sql_create("orders", "order_no varchar(20), customer_id int, amount int"),
           f"INSERT INTO `orders` VALUES {orders};"]
    h.share.write(path, "\n".join(out) + "\n")


def archive(h: Hall) -> None:
    """成約者_2019-2021.zip: a CP932 CSV a year (和暦 dates), the 2021 survey excerpt."""
    zpath = "過去データ/成約者_2019-2021.zip"
    members = []
    for year in (2019, 2020, 2021):
        inner = f"{year}/成約者_{year}.csv"
        p = zpath + "!" + inner
        rows = [["No", "挙式日", "新郎", "新婦", "生年月日(新郎)", "生年月日(新婦)", "住所", "TEL"]]
        for c in [x for x in h.old if x.date.year == year]:
            g, b = c.g, c.b
            rows.append([c.no, wareki(c.date, 1), g.full, b.full, wareki(g.born, 1),
                         wareki(b.born, 2), g.address(False), h.phone(g.tel, 1)])
            for x in (g, b):
                h.named(p, x)
                h.t(p, "date_of_birth", x.born.isoformat(), x)
            h.t(p, "address", g.address(False), g)
            h.t(p, "phone_number", g.tel, g)
        members.append((inner, csv_text(rows).encode("cp932")))
    memo = "2021年度 アンケート回答（抜粋）\n"
    inner = "2021/アンケート抜粋.txt"
    for c in h.old[6:9]:
        memo += f"・{c.b.full}様：スタッフの対応がよかった。連絡先 {c.b.mail}\n"
        h.named(zpath + "!" + inner, c.b)
        h.t(zpath + "!" + inner, "email_address", c.b.mail, c.b)
    members.append((inner, memo.encode("utf-8")))
    h.share.write_zip(zpath, members, zipfile.ZIP_DEFLATED)


def chat(h: Hall) -> None:
    """The planners' room: a bride's 和暦 birth date and mobile, a groom's depression."""
    path = "スタッフチャット/export_planner-room.json"
    b, g2 = h.couples[9].b, h.couples[10].g
    p1, p2, boss = h.planners[1], h.planners[2], h.staff[7]
    texts = [(p1, f"{b.last}様の新婦さん、生年月日が{wareki(b.born, 1)}で登録されてたけど"
                  "合ってます？"),
             (p2, f"合ってます。{b.full}さんの携帯は{h.phone(b.tel, 1)}です"),
             (p1, f"了解。あと{g2.full}様（新郎）はうつ病で通院中らしいので、"
                  "打合せは短めに、とのこと"),
             (boss, "そういう情報はチャットに書かないように。")]
    minutes = ["01", "03", "05", "06"]
    msgs = [{"ts": f"2026-02-20T10:{m}:00+09:00", "user": s.full, "text": text}
            for m, (s, text) in zip(minutes, texts, strict=True)]
    export = {"room": "プランナー部屋", "members": [p1.full, p2.full, boss.full],
              "messages": msgs}
    h.share.write(path, json.dumps(export, ensure_ascii=False, indent=1))
    h.named(path, b, b.last, neutral=True)
    h.t(path, "date_of_birth", b.born.isoformat(), b)
    h.named(path, b)
    h.t(path, "phone_number", b.tel, b)
    h.named(path, g2)
    h.t(path, "sensitive", "うつ病", g2)
    for s in (p1, p2, boss):
        h.named(path, s, neutral=True)


def app_log(h: Hall) -> None:
    """The booking app's log: six reservations (mail and IP), one failed admin login."""
    rng, path = h.rng, "システム/app.log.jsonl"
    lines = []
    for i, p in enumerate(h.fair_people[:6]):
        ip = (f"{rng.choice([60, 101, 114, 122])}.{rng.randint(0, 255)}.{rng.randint(0, 255)}."
              f"{rng.randint(1, 254)}")
        lines.append(json.dumps({"time": f"2026-01-{i + 5:02d}T12:00:0{i}+09:00", "level": "INFO",
                                 "event": "reservation.created", "email": p.mail, "client_ip": ip,
                                 "reservation_id": i + 1}, ensure_ascii=False))
        h.t(path, "email_address", p.mail, p)
        h.t(path, "ip_address", ip, p)
    lines.append(json.dumps({"time": "2026-01-20T03:12:44+09:00", "level": "WARN",
                             "event": "admin.login_failed", "login": "admin",
                             "client_ip": "203.0.113.45"}))
    h.share.write(path, "\n".join(lines) + "\n")
