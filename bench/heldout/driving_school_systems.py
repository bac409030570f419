"""The driving school's systems: the web booking log (JSONL), the booking system's SQL dump
(students, instructors, bookings, payments) and last year's backup zip (the CP932 台帳 of
this year's and last year's students, the graduates' survey, a minor's 入校申込書)."""

from __future__ import annotations

import json
import zipfile
from datetime import datetime, timedelta

from .driving_school_people import School
from .share import csv_text, sql_create, sql_quote

SERVER = "10.0.3.15"
UA = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)"


def web_log(s: School) -> None:
    """web_booking_2026-11: 30 students, one or two events each: the client's IP, the user's
    name, mail and unhyphened mobile; 予約番号 passes Luhn, 会員番号 the My Number check."""
    R = s.rng
    path = "logs/web_booking_2026-11.jsonl"
    lines = []
    t = datetime(2026, 11, 1, 8, 0, 0)
    for st in R.sample(s.students, 30):
        for _ in range(R.randint(1, 2)):
            t += timedelta(minutes=R.randint(5, 600))
            rec = {"ts": t.isoformat() + "+09:00", "level": "INFO",
                   "event": R.choice(["booking.create", "booking.cancel", "login"]),
                   "remote_ip": s.add(path, "ip_address", st.ip, st), "server": SERVER,
                   "session": f"{R.getrandbits(128):032x}", "member_no": st.member,
                   "reservation_no": s.luhn("20261"),
                   "user": {"name": s.add(path, "person_name", st.name(""), st),
                            "email": s.add(path, "email_address", st.email, st),
                            "tel": s.add(path, "phone_number", st.mobile.replace("-", ""), st)},
                   "ua": UA}
            lines.append(json.dumps(rec, ensure_ascii=False))
    s.add(path, "ip_address", SERVER, "ORG", neutral=True)
    s.share.write(path, "".join(line + "\n" for line in lines))


def booking_dump(s: School) -> None:
    """yoyaku_system_dump: 36 students (hyphened address, 会員番号 passing the My Number
    check), the instructors, 60 bookings (予約番号 Luhn) and 30 payments (領収書番号 My
    Number)."""
    R = s.rng
    path = "db/yoyaku_system_dump.sql"
    q = sql_quote
    out = ["-- MySQL dump 10.13  Distrib 8.0.36", f"-- Host: {SERVER}    Database: hokuto_yoyaku",
           "SET NAMES utf8mb4;", "",
           sql_create("students", "id int NOT NULL AUTO_INCREMENT, genbo_no varchar(16), "
                      "name varchar(64), name_kana varchar(64), birthday date, tel varchar(20), "
                      "email varchar(128), zip char(8), address varchar(255), member_no char(12)",
                      key="id", lines=True),
           sql_create("instructors", "id int NOT NULL, staff_no char(4), name varchar(64)",
                      key="id", lines=True),
           sql_create("bookings", "id int NOT NULL AUTO_INCREMENT, student_id int NOT NULL, "
                      "instructor_id int, slot datetime, vehicle varchar(16), "
                      "reservation_no char(16)", key="id", lines=True,
                      foreign=[("student_id", "students", "id"),
                               ("instructor_id", "instructors", "id")]),
           sql_create("payments", "id int NOT NULL AUTO_INCREMENT, student_id int NOT NULL, "
                      "method varchar(16), card_last4 char(4), amount int, receipt_no char(12), "
                      "paid_at date", key="id", lines=True,
                      foreign=[("student_id", "students", "id")]), ""]
    s.add(path, "ip_address", SERVER, "ORG", neutral=True)
    chosen = R.sample(s.students, 36)
    values = []
    for i, st in enumerate(chosen, 1):
        cells = [st.genbo] + [s.add(path, category, value, st) for category, value in [
            ("person_name", st.name()), ("person_name", st.kana()),
            ("date_of_birth", st.born.isoformat()), ("phone_number", st.mobile),
            ("email_address", st.email), ("postal_code", st.addr.postal),
            ("address", st.addr.short())]] + [st.member]
        values.append(f"({i}," + ",".join(q(c) for c in cells) + ")")
    out.append("INSERT INTO `students` VALUES " + ",\n".join(values) + ";")
    ins = s.instructors()
    out.append("INSERT INTO `instructors` VALUES " + ",".join(
        f"({j},{q(x.no)},{q(s.add(path, 'person_name', x.name(), x))})"
        for j, x in enumerate(ins, 1)) + ";")
    slots = []
    for k in range(60):
        slots.append(f"({k + 1},{R.randint(1, len(chosen))},{R.randint(1, len(ins))},"
                     f"{q(f'2026-11-{R.randint(1, 30):02d} {R.randint(8, 19):02d}:00:00')},"
                     f"{q(f'AT-{R.randint(1, 30)}')},{q(s.luhn('20261'))})")
    out.append("INSERT INTO `bookings` VALUES " + ",\n".join(slots) + ";")
    paid = []
    for k in range(30):
        paid.append(f"({k + 1},{R.randint(1, len(chosen))},"
                    f"{q(R.choice(['credit', 'cash', 'loan']))},{q(f'{R.randint(0, 9999):04d}')},"
                    f"{R.choice([298000, 315000, 50000])},{q(s.my_number())},"
                    f"{q(f'2026-{R.randint(7, 11):02d}-{R.randint(1, 28):02d}')})")
    out.append("INSERT INTO `payments` VALUES " + ",\n".join(paid) + ";")
    s.share.write(path, "".join(line + "\n" for line in out))


def backup(s: School) -> None:
    """旧台帳_2025年度.zip (members deflated): the CP932 台帳 of six students and last year's
    graduates (born 1995-2007, drawn here), their half-width kana and 西暦 births; three
    graduates' survey answers with their mail; the second minor's 入校申込書."""
    R = s.rng
    path = "backup/旧台帳_2025年度.zip"
    old = [s.person("student", s.day(1995, 2007)) for _ in range(7 if s.seed % 2 else 9)]
    ledger, survey = "2025/教習生台帳_2025.csv", "2025/卒業生アンケート回答.txt"
    rows = [["原簿番号", "氏名", "カナ", "生年月日", "住所", "電話", "卒業日"]]
    inner = f"{path}!{ledger}"
    for st in R.sample(s.students, 6) + old:
        drawn = f"H25-{R.randint(1, 999):04d}"  # (drawn for every row, kept for the graduates)
        rows.append([(st.genbo or drawn).replace("26-", "25-"),
                     s.add(inner, "person_name", st.name(), st),
                     s.add(inner, "person_name", st.hkana(), st),
                     s.born(inner, st, st.born.strftime("%Y/%m/%d")),
                     s.add(inner, "address", st.addr.short(), st),
                     s.add(inner, "phone_number", st.mobile, st),
                     f"2025/{R.randint(4, 12):02d}/{R.randint(1, 28):02d}"])
    text = ["卒業生アンケート（自由記述）抜粋", ""]
    for st in old[:3]:
        text.append(f"{s.add(f'{path}!{survey}', 'person_name', st.name(), st)}"
                    f"（{s.add(f'{path}!{survey}', 'email_address', st.email, st)}）: "
                    f"指導員の{R.choice(s.staff).last}先生が丁寧でした。")
    members = [(ledger, csv_text(rows).encode("cp932")), (survey, "\n".join(text).encode("utf-8"))]
    s.share.write_zip(path, members + list(s.zipped.items()), zipfile.ZIP_DEFLATED)

