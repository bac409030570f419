"""The private school's systems: the web form's JSONL log, the parents' portal's SQL dump
(plain-text passwords, cards with expiry and CVV, Luhn-valid order numbers), the club app's
SQLite database and last year's backup zip (a roster and the 保健室 log)."""

from __future__ import annotations

import json
import sqlite3
import zipfile

from .private_school_people import School, tel
from .private_school_tables import roster_text
from .share import sql_create

PASSWORDS = ["Sakura2026!", "seiryo1234", "hanako0405", "Tennis#77", "pass1234word", "Mikan_0908"]
MESSAGES = ["学校説明会の日程を教えてください。",
            "子どもに軽度の難聴があります。配慮は可能でしょうか。",
            "特待生制度について知りたいです。"]
VISITS = ["頭痛", "腹痛", "過呼吸（パニック障害の既往あり）", "捻挫"]


def _ip(s: School, first: list[int]) -> str:
    R = s.rng
    return f"{R.choice(first)}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"


def inquiries(s: School) -> None:
    """inquiry_form_log.jsonl: five 資料請求 with name, reading, mail, phone and IP, a ticket
    passing the My Number check, a child's 難聴 (neutral: the child is not named); a healthcheck
    from 127.0.0.1."""
    R = s.rng
    path = "10_web/inquiry_form_log.jsonl"
    events = []
    for i, q in enumerate(s.inquirers):
        ip = _ip(s, [126, 153, 180, 210, 219])
        record = {"received_at": f"2026-05-{10 + i:02d}T{R.randint(8, 22):02d}:"
                                 f"{R.randint(0, 59):02d}:11+09:00",
                  "form": "資料請求", "ticket": s.my_number(), "name": q.name(), "kana": q.kana(),
                  "email": q.email, "tel": tel(q.mobile, i % 2), "child_grade": "小6",
                  "message": R.choice(MESSAGES), "remote_addr": ip,
                  "ua": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)"}
        events.append(json.dumps(record, ensure_ascii=False))
        for value, category in [(q.name(""), "person_name"), (q.kana(""), "person_name"),
                                (q.email, "email_address"), (q.mobile, "phone_number"),
                                (ip, "ip_address")]:
            s.add(path, category, value, q)
        if "難聴" in record["message"]:
            s.add(path, "sensitive", "難聴", neutral=True)  # the child's, who is not named
    events.append(json.dumps({"received_at": "2026-05-20T03:12:00+09:00", "form": "healthcheck",
                              "remote_addr": "127.0.0.1", "status": 200}))
    s.share.write(path, "\n".join(events) + "\n")
    s.add(path, "ip_address", "127.0.0.1", neutral=True)


def portal_dump(s: School) -> None:
    """portal_backup_20260601.sql: twelve families' first guardians as users (mail as login,
    plain password, last IP), seven card payments (the holder in romaji, given name first), and
    notices whose 障害 is no one's."""
    R = s.rng
    path = "10_web/portal_backup_20260601.sql"
    users, payments = [], []
    for i, fam in enumerate(s.families[:12]):
        g = fam.guardians[0]
        password = PASSWORDS[i % len(PASSWORDS)] + str(i)
        ip = _ip(s, [114, 126, 133, 202])
        users.append(f"({i + 1},'{g.email}','{password}','{g.name()}','{g.email}','parent','{ip}',"
                     f"'2025-04-{R.randint(1, 28):02d} 10:00:00')")
        for value, category in [(g.email, "email_address"), (password, "credential"),
                                (g.name(""), "person_name"), (ip, "ip_address")]:
            s.add(path, category, value, g)
    for i, fam in enumerate(s.families[:7]):
        g = fam.guardians[0]
        card = s.card()
        expiry = f"{R.randint(1, 12):02d}/{R.randint(27, 31)}"
        width = 4 if len(card) == 15 else 3
        cvv = f"{R.randint(0, 10 ** width - 1):0{width}d}"
        order = s.luhn("4")  # an order number passing Luhn: a hard negative
        payments.append(f"({i + 1},{i + 1},'制服・指定用品','{card}','{expiry}','{cvv}',"
                        f"'{g.first_roman.upper()} {g.last_roman.upper()}','{order}',"
                        f"'2026-03-{R.randint(1, 28):02d} 14:22:10')")
        for value, category in [(card, "credit_card_number"), (expiry, "card_expiry"),
                                (cvv, "card_security_code"),
                                (g.first_roman + g.last_roman, "person_name")]:
            s.add(path, category, value, g)
    lines = ["-- MySQL dump 10.13  Distrib 8.0.36", "-- Host: localhost    Database: seiryo_portal",
             "SET NAMES utf8mb4;", "",
             sql_create("users", "id int NOT NULL, login_id varchar(64), password varchar(64), "
                        "display_name varchar(64), email varchar(128), role varchar(16), "
                        "last_login_ip varchar(45), created_at datetime"),
             "INSERT INTO `users` VALUES " + ",\n".join(users) + ";", "",
             sql_create("payments", "id int, user_id int, item varchar(64), card_no varchar(20), "
                        "card_exp varchar(5), cvv varchar(4), holder varchar(64), "
                        "order_no varchar(20), paid_at datetime"),
             "INSERT INTO `payments` VALUES " + ",\n".join(payments) + ";", "",
             sql_create("notices", "id int, title varchar(128), body text"),
             "INSERT INTO `notices` VALUES (1,'システム障害のお知らせ',"
             "'6月1日にポータルの通信障害が発生しました。'),"
             "(2,'体育祭','障害物競走の参加者を募集します。');"]
    s.share.write(path, "\n".join(lines) + "\n")


def club_db(s: School) -> None:
    """club_app.sqlite3: ten members with birthday, reading and the first guardian's contacts."""
    R = s.rng
    path = "10_web/club_app.sqlite3"
    db = sqlite3.connect(s.share.path(path))
    db.execute("CREATE TABLE members (id INTEGER PRIMARY KEY, club TEXT, student_name TEXT, "
               "student_kana TEXT, birthday TEXT, parent_email TEXT, parent_tel TEXT, "
               "joined_on TEXT)")
    for st in R.sample(s.students, 10):
        g = st.g0
        db.execute("INSERT INTO members (club, student_name, student_kana, birthday, parent_email, "
                   "parent_tel, joined_on) VALUES (?,?,?,?,?,?,?)",
                   (R.choice(["吹奏楽部", "サッカー部", "美術部", "テニス部"]), st.name(""),
                    st.kana(""), st.born.isoformat(), g.email, g.mobile,
                    f"2025-04-{R.randint(10, 25)}"))
        for who, value, category in [(st, st.name(""), "person_name"),
                                     (st, st.kana(""), "person_name"),
                                     (st, st.born.isoformat(), "date_of_birth"),
                                     (g, g.email, "email_address"), (g, g.mobile, "phone_number")]:
            s.add(path, category, value, who)
    db.commit()
    db.close()


def archive(s: School) -> None:
    """2025年度_バックアップ.zip: last year's 生徒名簿 (CP932; the students then in 中2 and up) and
    the 保健室来室記録 (full-width dates; パニック障害)."""
    R = s.rng
    path = "12_アーカイブ/2025年度_バックアップ.zip"
    older = [x for x in s.students if x.grade >= 2]
    roster = "2025/生徒名簿_2025年度.csv"
    roster_bytes = roster_text(s, f"{path}!{roster}", older[:20]).encode("cp932")
    log, log_path = ["保健室来室記録（２０２５年度）", ""], f"{path}!2025/保健室来室記録.txt"
    for st in R.sample(older, 4):
        visit = R.choice(VISITS)
        log.append(f"２０２５／{R.randint(5, 12)}／{R.randint(1, 28)}　{st.name('')}　{visit}")
        s.add(log_path, "person_name", st.name(""), st)
        if "パニック障害" in visit:
            s.add(log_path, "sensitive", "パニック障害", st)
    s.share.write_zip(path, [(roster, roster_bytes),
                             ("2025/保健室来室記録.txt", ("\n".join(log) + "\n").encode())],
                      zipfile.ZIP_DEFLATED)
