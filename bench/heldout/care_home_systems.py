"""The home's systems: the reception tablet's visitor log (JSON lines), the care tablet's
SQLite (residents, vitals, logins with their passwords), the day service's MySQL dump, the
former residents' zip (a CP932 list and the 看取り記録), the staff chat export and the
vendors' CSV.

Hard negatives: the dump's invoice numbers pass the My Number check and Luhn; the vendors'
法人番号 are expected, their phones and addresses neutral; the dead are neutral.
"""

from __future__ import annotations

import json
import sqlite3
import zipfile
from datetime import datetime

from .care_home_people import Home, wareki
from .identifiers import corporate_number
from .share import csv_text, sql_create

DUMP_HEAD = "-- MySQL dump 10.13  Distrib 8.0.36\n-- Host: localhost    Database: dayservice\n\n"
VENDORS = ["linen", "food", "med", "care", "clean", "it"]


def visitor_log(h: Home) -> None:
    """October's visitors to twenty residents, and three linen deliveries."""
    rng, path = h.rng, "07_受付/visitor_log_202410.jsonl"
    out = []
    for _ in range(40):
        r = rng.choice(h.residents[:20])
        g = r.g
        t = datetime(2024, 10, rng.randint(1, 31), rng.randint(10, 17), rng.choice([0, 15, 30, 45]))
        out.append({"ts": t.isoformat() + "+09:00", "visitor": h.name(g), "relation": g.rel,
                    "resident_room": r.room, "resident": r.last + "様", "tel": h.phone(g.mobile, 1),
                    "people": rng.randint(1, 3), "temp": round(rng.uniform(35.8, 36.9), 1),
                    "kiosk": "tablet-01"})
        h.t(path, "person_name", h.name(g), g)
        h.t(path, "phone_number", g.mobile, g)
        h.t(path, "person_name", r.last, r, neutral=True)
    for i in range(3):
        out.append({"ts": f"2024-10-{5 + i:02d}T10:00:00+09:00", "visitor": "業者（リネン交換）",
                    "relation": "業者", "resident_room": None, "tel": "0120-123-456", "people": 2,
                    "kiosk": "tablet-01"})
    h.t(path, "phone_number", "0120123456", None, neutral=True)
    h.share.write(path, "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in out))


def tablet(h: Home) -> None:
    """The care tablet's database: twenty residents and their vitals, eight staff logins."""
    rng, path = h.rng, "09_タブレット/care_tablet.db"
    con = sqlite3.connect(h.share.path(path))
    con.executescript(
        "CREATE TABLE residents(id INTEGER PRIMARY KEY, name TEXT, kana TEXT, birthday TEXT, "
        "room TEXT, allergy TEXT);\nCREATE TABLE vitals(id INTEGER PRIMARY KEY, resident_id INT, "
        "measured_at TEXT, bp TEXT, pulse INT, temp REAL, note TEXT);\nCREATE TABLE users(id "
        "INTEGER PRIMARY KEY, login TEXT, display_name TEXT, password TEXT, last_login_ip TEXT);")
    for i, r in enumerate(h.residents[:20]):
        con.execute("INSERT INTO residents VALUES(?,?,?,?,?,?)",
                    (i + 1, r.name(" "), r.kana(" "), r.born.isoformat(), r.room,
                     rng.choice(["", "そば", "卵", "ペニシリン系"])))
        h.t(path, "person_name", h.name(r), r)
        h.t(path, "person_name", r.kana(), r)
        h.t(path, "date_of_birth", r.born.isoformat(), r)
        for j in range(3):
            con.execute("INSERT INTO vitals(resident_id,measured_at,bp,pulse,temp,note) "
                        "VALUES(?,?,?,?,?,?)", (i + 1, f"2024-10-{j + 1:02d} 09:{i:02d}",
                         f"{rng.randint(110, 160)}/{rng.randint(60, 95)}", rng.randint(60, 95),
                         round(rng.uniform(36.0, 37.2), 1),
                         rng.choice(["", "食欲低下", "夜間覚醒"])))
    for i, s in enumerate(h.staff[3:11]):
        pw = rng.choice(["sakura2024", f"Kaigo#{rng.randint(0, 9999):04d}", "machida1234"])
        ip = f"192.168.10.{20 + i}"
        con.execute("INSERT INTO users(login,display_name,password,last_login_ip) VALUES(?,?,?,?)",
                    (s.work_mail.split("@")[0], s.name(""), pw, ip))
        h.t(path, "person_name", h.name(s), s)
        h.t(path, "credential", pw, s)
        h.t(path, "ip_address", ip, s, neutral=True)
    con.commit()
    con.close()


def dayservice_dump(h: Home) -> None:
    """The day-service billing system's backup: its users, and invoices passing both checks."""
    rng, path = h.rng, "09_タブレット/dayservice_backup_20241031.sql"
    users = sql_create("users", "id int NOT NULL, name varchar(64), kana varchar(64), birth date, "
                       "tel varchar(20), hihoken_no char(10), kaigo varchar(8)", key="id",
                       lines=True)
    values = []
    for i, u in enumerate(h.day_users):
        row = (i + 1, u.name(" "), u.kana(" "), u.born.isoformat(), h.phone(u.tel, 0), u.hihoken,
               u.kaigo)
        values.append(f"({row[0]}," + ",".join(f"'{x}'" for x in row[1:]) + ")")
        h.t(path, "person_name", h.name(u), u)
        h.t(path, "person_name", u.kana(), u)
        h.t(path, "date_of_birth", u.born.isoformat(), u)
        h.t(path, "phone_number", u.tel, u)
        h.t(path, "health_insurance_number", u.hihoken, u)
    invoices = ",\n".join(f"('{h.check_number('3')}',{i + 1},{rng.randint(3000, 12000)})"
                          for i in range(len(h.day_users)))
    h.share.write(path, f"{DUMP_HEAD}{users}\n\nINSERT INTO `users` VALUES " + ",\n".join(values)
                  + ";\n\n" + sql_create("invoices", "invoice_no char(12), user_id int, amount int")
                  + f"\nINSERT INTO `invoices` VALUES {invoices};\n")


def former_residents(h: Home) -> None:
    """退去者データ: the twelve who left in 2022-2023 (eight died: neutral) and their
    guarantors; the 看取り記録 of four who died."""
    path = "11_過去データ/退去者データ_2022-2023.zip"
    listing, notes = path + "!退去者一覧.csv", path + "!看取り記録/看取り介護記録_2023.txt"
    rows = [["氏名", "フリガナ", "生年月日", "要介護度", "被保険者番号", "退去日", "退去理由",
             "身元引受人", "続柄", "連絡先", "住所"]]
    for o in h.former:
        g = o.g
        a = h.address(g.addr)
        rows.append([h.name(o), o.kana("　"), wareki(o.born, 1), o.kaigo, o.hihoken,
                     o.out.strftime("%Y/%m/%d"), o.reason, h.name(g), g.rel, h.phone(g.mobile), a])
        h.t(listing, "person_name", h.name(o), o, neutral=o.dead)
        h.t(listing, "person_name", o.kana(), o, neutral=o.dead)
        h.t(listing, "date_of_birth", o.born.isoformat(), o, neutral=o.dead)
        h.t(listing, "health_insurance_number", o.hihoken, o, neutral=o.dead)
        h.t(listing, "person_name", h.name(g), g)
        h.t(listing, "phone_number", g.mobile, g)
        h.t(listing, "address", a, g)
    text = "看取り介護記録（2023年）\n\n"
    for o in h.former[:4]:
        text += (f"{h.name(o)}様　{o.out.strftime('%Y/%m/%d')} 永眠。病名：{o.dx[0]}。"
                 f"{o.g.rel}の{h.name(o.g)}様立ち会い。\n")
        h.t(notes, "person_name", h.name(o), o, neutral=True)
        h.t(notes, "sensitive", o.dx[0], o, neutral=True)
        h.t(notes, "person_name", h.name(o.g), o.g)
    h.share.write_zip(path, [("退去者一覧.csv", csv_text(rows).encode("cp932")),
                             ("看取り記録/看取り介護記録_2023.txt", text.encode("utf-8"))],
                      zipfile.ZIP_DEFLATED)


def chat(h: Home) -> None:
    """The care floor's chat: fevers, calls from families (their mobile), bath refusals."""
    rng, path = h.rng, "12_その他/chat_export_介護フロア.json"
    messages = []
    for i in range(14):
        s, r = rng.choice(h.staff[2:16]), rng.choice(h.residents)
        text = rng.choice([f"{r.room}の{r.last}さん、今朝から37.8℃です。"
                           f"{r.doc.name('')}先生に連絡しました",
                           f"{r.last}様のご家族（{r.g.rel}）から電話あり、折り返しお願いします "
                           f"{h.phone(r.g.mobile, 0)}",
                           f"{r.name('')}さん 本日入浴拒否、明日に変更します",
                           "夜勤明け、特変なしです"])
        time = f"2024-10-{10 + i:02d}T{7 + i % 12:02d}:{i * 3 % 60:02d}:00+09:00"
        messages.append({"id": i + 1, "time": time,
                         "user": {"name": s.name(" "), "email": s.work_mail}, "text": text})
        h.t(path, "person_name", h.name(s), s)
        h.t(path, "email_address", s.work_mail, s, neutral=True)
        if "先生" in text:
            h.t(path, "person_name", h.name(r.doc), r.doc)
            h.t(path, "person_name", r.last, r, neutral=True)
        elif "電話あり" in text:
            h.t(path, "phone_number", r.g.mobile, r.g)
            h.t(path, "person_name", r.last, r, neutral=True)
        elif "入浴" in text:
            h.t(path, "person_name", h.name(r), r)
    export = {"room": "介護フロア連絡", "exported_at": "2024-11-01T09:00:00+09:00",
              "messages": messages}
    h.share.write(path, json.dumps(export, ensure_ascii=False, indent=1))


def vendors(h: Home) -> None:
    """取引業者一覧: six companies' 法人番号 (expected), phones and addresses (neutral), and
    the person in charge."""
    rng, faker, path = h.rng, h.faker, "12_その他/取引業者一覧.csv"
    rows = [["業者名", "法人番号", "住所", "代表電話", "担当者", "担当者メール"]]
    for i in range(6):
        number = corporate_number(rng)
        tel = "03" + f"{rng.randint(0, 99999999):08d}"
        who = h.person(f"V{i + 1:03d}", (1960, 1990))
        company = faker.company()
        mail = f"tantou{i + 1}@{VENDORS[i]}.co.jp"
        address = faker.prefecture() + faker.city() + faker.town() + "1-2-3"
        rows.append([company, number, address, h.phone(tel, 0), h.name(who), mail])
        h.t(path, "address", address, None, neutral=True)
        h.t(path, "corporate_number", number)
        h.t(path, "phone_number", tel, None, neutral=True)
        h.t(path, "person_name", h.name(who), who)
        h.t(path, "email_address", mail, who, neutral=True)
    h.share.write(path, csv_text(rows))
