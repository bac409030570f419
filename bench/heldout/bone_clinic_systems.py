"""The reservation system and the clinic's other data: the booking app's JSON export, its SQLite
database (customers, bookings, staff logins with bcrypt-looking hashes), the 分院's old MySQL
dump (coupon serials passing Luhn), the LINE official account's chat export, the web form's log
(client IPs) and the 2019-2020 archive (a CP932 patient ledger and a closing memo).

Hashes, symptoms and a reserved injury are neutral, as is the log's own 10.0.0.5.
"""

from __future__ import annotations

import json
import sqlite3
import tempfile
import zipfile
from datetime import datetime, timedelta
from pathlib import Path

from .bone_clinic_letters import symptoms
from .bone_clinic_people import INJ, Clinic, nk, wareki
from .identifiers import luhn_number
from .share import csv_text

SCHEMA = ("CREATE TABLE customers(id INTEGER PRIMARY KEY, last_name TEXT, first_name TEXT, "
          "last_kana TEXT, first_kana TEXT,\n birth_date TEXT, tel TEXT, email TEXT, zip TEXT, "
          "address TEXT, note TEXT, created_at TEXT);\nCREATE TABLE reservations(id INTEGER "
          "PRIMARY KEY, customer_id INTEGER, start_at TEXT, menu TEXT, staff_id INTEGER, "
          "status TEXT);\nCREATE TABLE staff(id INTEGER PRIMARY KEY, name TEXT, role TEXT, "
          "login TEXT, password_hash TEXT);")
DUMP_TABLE = ("CREATE TABLE `patients` (`id` int NOT NULL, `name` varchar(64), `kana` varchar(64), "
              "`birthday` date, `tel` varchar(20), `mail` varchar(128), `address` varchar(255), "
              "`card_last4` char(4), PRIMARY KEY (`id`));")
HASH_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789./"
NOTES = ["", "", "腰痛持ち", "妊娠中のため仰向け不可", "要注意：クレーム歴あり"]


def jsonl(objects: list[dict]) -> str:
    return "\n".join(json.dumps(o, ensure_ascii=False) for o in objects) + "\n"


def export(c: Clinic) -> None:
    """reservations_202410.json: forty patients' bookings (birth date six times in ten)."""
    rng, path = c.rng, "予約システム/export/reservations_202410.json"
    res, rid = [], 50000
    for p in rng.sample(c.patients, 40):
        rid += rng.randint(1, 30)
        start = datetime(2024, 10, rng.randint(1, 31), rng.randint(9, 19), rng.choice([0, 30]))
        res.append({"reservation_id": rid,
                    "store": "sakae-honin" if p.branch == "本院" else "sakae-warabi",
                    "start_at": start.isoformat() + "+09:00",
                    "menu": rng.choice(["保険施術", "骨盤矯正(自費)", "鍼灸", "交通事故施術"]),
                    "customer": {"name": c.name(p, " "), "name_kana": p.kana(" "),
                                 "tel": c.phone(p.phone, rng.choice([0, 1])), "email": p.email,
                                 "birthday": p.born.isoformat() if rng.random() < 0.6 else None},
                    "memo": rng.choice(["", "初回", f"{p.inj}の続き", "駐車場利用"]),
                    "status": rng.choice(["confirmed", "cancelled", "visited"])})
        c.t_std(path, p,
                "name kana phone email" + (" dob" if res[-1]["customer"]["birthday"] else ""))
        if p.inj in res[-1]["memo"]:
            c.t(path, "sensitive", p.inj, p, neutral=True)
    c.share.write(path, json.dumps({"exported_at": "2024-11-01T03:00:00Z", "count": len(res),
                                    "reservations": res}, ensure_ascii=False, indent=2))


def database(c: Clinic) -> None:
    """reserve.sqlite3: 45 customers (妊娠中 in a note), their bookings and the staff logins,
    built in a scratch file, vacuumed, then copied in (as gen.py did)."""
    rng, path = c.rng, "予約システム/db/reserve.sqlite3"
    with tempfile.TemporaryDirectory() as scratch:
        db = Path(scratch) / "r.db"
        con = sqlite3.connect(db)
        con.executescript(SCHEMA)
        for k, p in enumerate(rng.sample(c.patients, 45)):
            note = rng.choice(NOTES)
            con.execute("INSERT INTO customers VALUES(?,?,?,?,?,?,?,?,?,?,?,?)",
                        (k + 1, p.last, p.first, p.last_kana, p.first_kana, p.born.isoformat(),
                         p.phone, p.email, p.pc[:3] + "-" + p.pc[3:], c.addr(p), note,
                         f"2024-0{rng.randint(1, 9)}-1{rng.randint(0, 9)} 10:00:00"))
            c.t_std(path, p, "name kana dob phone email pc addr")
            if note == "妊娠中のため仰向け不可":
                c.t(path, "sensitive", "妊娠中", p)
            for _ in range(rng.randint(1, 3)):
                con.execute("INSERT INTO reservations(customer_id,start_at,menu,staff_id,status) "
                            "VALUES(?,?,?,?,?)",
                            (k + 1, f"2024-10-{rng.randint(1, 31):02d} {rng.randint(9, 19)}:00",
                             rng.choice(["保険施術", "鍼灸", "骨盤矯正"]), rng.randint(1, 8),
                             "done"))
        for k, s in enumerate(c.staff):
            digest = "$2b$10$" + "".join(rng.choice(HASH_CHARS) for _ in range(53))
            con.execute("INSERT INTO staff VALUES(?,?,?,?,?)",
                        (k + 1, c.name(s, " "), s.title, s.last_roman + str(k), digest))
            c.t(path, "credential", digest, s, neutral=True)
            c.t_name(path, s)
        con.commit()
        con.execute("VACUUM")
        con.close()
        c.share.write(path, db.read_bytes())


def dump(c: Clinic) -> None:
    """warabi_reserve_20240401.sql: the 分院's patients (a card's last four), three coupon
    serials passing Luhn."""
    rng, path = c.rng, "予約システム/backup/warabi_reserve_20240401.sql"
    values = []
    for k, p in enumerate(c.branch("分院")):
        last4 = repr(p.card[-4:]) if p.card else "NULL"
        values.append(f"({k + 1},'{c.name(p, '')}','{p.kana(' ')}','{p.born.isoformat()}',"
                      f"'{c.phone(p.phone, 0)}','{p.email}','{c.addr(p, pref=False)}',{last4})")
        c.t_std(path, p, "name kana dob phone email addr", written_addr=nk(c.addr(p, pref=False)))
    coupons = ",".join(f"('{luhn_number(rng, '4', 16)}','回数券シリアル')" for _ in range(3))
    lines = ["-- MySQL dump 10.13  Distrib 8.0.36",
             "-- Host: localhost    Database: warabi_reserve",
             "SET NAMES utf8mb4;", "", DUMP_TABLE,
             "INSERT INTO `patients` VALUES " + ",\n".join(values) + ";",
             "", "CREATE TABLE `coupons` (`code` varchar(20), `note` varchar(64));",
             "INSERT INTO `coupons` VALUES " + coupons + ";"]
    c.share.write(path, "\n".join(lines) + "\n")


def chat(c: Clinic) -> None:
    """LINE chat export: eight patients write in (a name, phone or injury in the text), the
    clinic answers each."""
    rng, path = c.rng, "予約システム/line_official/chat_export_202410.jsonl"
    out = []
    for p in rng.sample(c.patients, 8):
        uid = "U" + "".join(rng.choice("0123456789abcdef") for _ in range(32))
        shown = rng.choice([p.first, p.full, "🌸" + p.first])
        ts = datetime(2024, 10, rng.randint(1, 30), rng.randint(8, 22), rng.randint(0, 59))
        text = rng.choice([f"{p.last}です。{symptoms(p)}がまだ痛むので明日予約取れますか？",
                           f"予約変更お願いします。{c.name(p, '')}、"
                           f"電話は{c.phone(p.phone, 1)}です",
                           f"こんにちは、{p.last}です。"
                           f"子供の件でお電話ください {c.phone(p.phone, 0)}"])
        out.append({"timestamp": ts.isoformat() + "+09:00", "userId": uid, "displayName": shown,
                    "type": "message", "direction": "in", "text": text})
        answered = ts + timedelta(minutes=rng.randint(5, 90))
        out.append({"timestamp": answered.isoformat() + "+09:00",
                    "userId": "staff", "displayName": "さかえ接骨院", "type": "message",
                    "direction": "out",
                    "text": f"{p.last}様 ご連絡ありがとうございます。承知しました。"})
        c.t(path, "person_name", p.last, p, neutral=True)
        if shown.endswith(p.full) or c.name(p, "") in text:
            c.t_name(path, p)
        elif shown.endswith(p.first):
            c.t(path, "person_name", p.first, p, neutral=True)
        if p.phone[:3] + "-" in text or p.phone in text:
            c.t(path, "phone_number", p.phone, p)
        if "まだ痛む" in text:
            c.t(path, "sensitive", symptoms(p), p, neutral=True)
    c.share.write(path, jsonl(out))


def web_log(c: Clinic) -> None:
    """webform_202410.log.jsonl: twelve web bookings with the client's IP, then a healthcheck."""
    rng, path = c.rng, "予約システム/logs/webform_202410.log.jsonl"
    out = []
    for p in rng.sample(c.patients, 12):
        ip = (f"{rng.choice([126, 153, 60, 114, 220])}.{rng.randint(0, 255)}.{rng.randint(0, 255)}."
              f"{rng.randint(1, 254)}")
        out.append({"ts": f"2024-10-{rng.randint(1, 31):02d}T{rng.randint(0, 23):02d}:"
                          f"{rng.randint(0, 59):02d}:11Z",
                    "level": "INFO", "event": "reservation.create", "remote_addr": ip,
                    "ua": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)",
                    "form": {"name": c.name(p, " "), "tel": p.phone, "mail": p.email,
                             "symptom": rng.choice(["腰痛", "肩こり", "足首の捻挫", "膝の痛み"])}})
        c.t_std(path, p, "name phone email")
        c.t(path, "ip_address", ip, p)
        c.t(path, "sensitive", out[-1]["form"]["symptom"], p, neutral=True)
    out.append({"ts": "2024-10-31T23:59:00Z", "level": "INFO", "event": "healthcheck",
                "remote_addr": "10.0.0.5"})
    c.t(path, "ip_address", "10.0.0.5", None, neutral=True)
    c.share.write(path, jsonl(out))


def archive(c: Clinic) -> None:
    """施術録_2019-2020.zip: the old ledger (twelve former patients, six current ones; CP932)
    and the closing memo naming two former patients."""
    rng, path = c.rng, "旧データ/施術録_2019-2020.zip"
    old = []
    for k in range(12):
        o = c.newp("patient_old", age=rng.randint(25, 80))
        o.inj, o.no = rng.choice(INJ), f"9{k:04d}"
        old.append(o)
    inner = "old/患者台帳_H31.csv"
    rows = [["No", "氏名", "カナ", "生年月日", "住所", "TEL", "負傷名", "最終来院"]]
    for o in old + rng.sample(c.patients, 6):
        rows.append([o.no, c.name(o, " "), o.kana(" "), wareki(o.born, 1), c.addr(o),
                     c.phone(o.phone, 0), o.inj, f"2019/12/2{rng.randint(0, 8)}"])
        c.t_std(path + "!" + inner, o, "name kana dob addr phone inj")
    memo = "old/メモ_閉院時の引継ぎ.txt"
    o, o2 = old[0], old[1]
    text = (f"旧システム廃止につき紙カルテは倉庫へ。\n"
            f"{o.full}様（{wareki(o.born, 0)}生）は転居予定、新住所未確認。\n"
            f"{o2.last} {o2.first}様のご家族から書類開示請求あり（{c.phone(o2.phone, 3)}）。\n")
    c.t_std(path + "!" + memo, o, "name dob")
    c.t_std(path + "!" + memo, o2, "name phone")
    c.share.write_zip(path, [(inner, csv_text(rows).encode("cp932")), (memo, text.encode())],
                      zipfile.ZIP_DEFLATED)
