"""The school's systems: the Google-form survey (students' mails, troubles: sensitive), the
校務支援 SQLite (students, guardians, health; four teachers' logins), the guardians' app dump
(passwords, IPs), its absence log, the 3学年会 chat export and the R5 graduates' zip (a CP932
CSV and the reunion contacts).

Kana readings, teachers' logins and surnames alone are neutral.
"""

from __future__ import annotations

import json
import sqlite3
import zipfile
from datetime import date, timedelta

from .junior_high_people import CITY, HS, TOWNS, Person, School, era
from .share import csv_text

TROUBLES = ["特になし", "特になし", "部活の先輩が怖い", "夜眠れない", "友達に無視されている",
            "家に居場所がない"]
HASH = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789./"
GRADS = "13_卒業生/R5卒業生名簿.zip"


def survey(c: School) -> None:
    """11_アンケート/学校生活アンケート（回答）.csv: twelve students' answers."""
    rng = c.rng
    p = "11_アンケート/学校生活アンケート（回答）.csv"
    rows = [["タイムスタンプ", "メールアドレス", "学年", "組", "名前", "困っていること",
             "相談したい先生"]]
    for s in rng.sample(c.students, 12):
        trouble = rng.choice(TROUBLES)
        smail = f"s{s.id[1:]}{c.seed}{rng.randint(100, 999)}@st.kawaguchi-edu.example.jp"
        stamp = (f"2024/09/{rng.randint(2, 13)} {rng.randint(8, 20)}:{rng.randint(0, 59):02d}:"
                 f"{rng.randint(0, 59):02d}")
        rows.append([stamp, smail, s.grade, s.kumi, s.full(False), trouble,
                     rng.choice(["担任", "スクールカウンセラー", "なし"])])
        c.rec(p, s)
        c.t(p, "email_address", smail, s)
        if trouble in ("友達に無視されている", "家に居場所がない", "夜眠れない"):
            c.t(p, "sensitive", trouble, s)
    c.share.write(p, csv_text(rows))


def koumu(c: School) -> None:
    """12_システム/koumu_shien.sqlite3: every student, guardian and condition."""
    p = "12_システム/koumu_shien.sqlite3"
    con = sqlite3.connect(c.share.path(p))
    con.executescript(
        "CREATE TABLE seito(id INTEGER PRIMARY KEY, gakunen INT, kumi INT, bango INT, shimei TEXT,"
        " kana TEXT, seibetsu TEXT, seinengappi TEXT, jusho TEXT, yubin TEXT);"
        "CREATE TABLE hogosha(id INTEGER PRIMARY KEY, seito_id INT, shimei TEXT, zokugara TEXT,"
        " keitai TEXT, mail TEXT, kinmusaki TEXT);"
        "CREATE TABLE hoken(seito_id INT, kubun TEXT, naiyo TEXT);"
        "CREATE TABLE users(login TEXT, pw_hash TEXT, last_login TEXT);")
    for i, s in enumerate(c.students, 1):
        G = s.g
        con.execute("INSERT INTO seito VALUES(?,?,?,?,?,?,?,?,?,?)",
                    (i, s.grade, s.kumi, s.no, s.full(), s.kana(), s.sex, s.born.isoformat(),
                     CITY + s.addr, s.zip))
        con.execute("INSERT INTO hogosha VALUES(?,?,?,?,?,?,?)",
                    (i, i, G.full(), G.rel, G.mobile, G.email, G.work))
        c.rec(p, s, bd=True, addr=CITY + s.addr, zipc=True)
        c.kn(p, s, s.kana())
        c.t(p, "person_name", G.full(), G)
        c.t(p, "phone_number", G.mobile, G)
        c.t(p, "email_address", G.email, G)
        for kind, cond in c.health.get(s.id, []):
            con.execute("INSERT INTO hoken VALUES(?,?,?)", (i, kind, cond))
            c.t(p, "sensitive", cond, s)
    for t in c.teachers[:4]:
        pw_hash = "$2b$12$" + "".join(c.rng.choice(HASH) for _ in range(53))
        con.execute("INSERT INTO users VALUES(?,?,?)", (t.roman, pw_hash, "2024-09-30 18:02:11"))
        c.t(p, "person_name", t.roman, t, True)
    con.commit()
    con.execute("VACUUM")
    con.close()


def app_dump(c: School) -> None:
    """12_システム/renraku_app_dump.sql: fifteen guardians' accounts, passwords and last IPs."""
    rng = c.rng
    p = "12_システム/renraku_app_dump.sql"
    lines = ["-- MySQL dump 10.13  Distrib 8.0.36", "-- Host: localhost    Database: renraku",
             "SET NAMES utf8mb4;",
             "CREATE TABLE `hogosha_account` (`id` int NOT NULL, `name` varchar(64), `email`"
             " varchar(128), `tel` varchar(20), `password` varchar(64), `last_ip` varchar(45),"
             " PRIMARY KEY (`id`));",
             "INSERT INTO `hogosha_account` VALUES "]
    rows = []
    for i, s in enumerate(rng.sample(c.students, 15), 1):
        G = s.g
        pw = "".join(rng.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(10))
        ip = (f"{rng.choice([126, 133, 153, 182])}.{rng.randint(0, 255)}.{rng.randint(0, 255)}."
              f"{rng.randint(1, 254)}")
        rows.append(f"({i},'{G.full(False)}','{G.email}','{c.phone(G.mobile, 0)}','{pw}','{ip}')")
        c.t(p, "person_name", G.full(), G)
        c.t(p, "email_address", G.email, G)
        c.t(p, "phone_number", G.mobile, G)
        c.t(p, "credential", pw, G)
        c.t(p, "ip_address", ip, G)
    lines.append(",\n".join(rows) + ";")
    c.share.write(p, "\n".join(lines) + "\n")


def app_log(c: School) -> None:
    """12_システム/renraku_app_access.jsonl: eight absence reports by guardians."""
    rng = c.rng
    p = "12_システム/renraku_app_access.jsonl"
    lines = []
    for s in rng.sample(c.students, 8):
        ts = f"2024-10-0{rng.randint(1, 9)}T0{rng.randint(6, 9)}:{rng.randint(10, 59)}:00+09:00"
        lines.append(json.dumps({"ts": ts, "event": "absence_report", "user": s.g.email,
                                 "student": s.full(False),
                                 "reason": rng.choice(["発熱", "通院", "家庭の事情"]),
                                 "ua": "Mozilla/5.0 (iPhone)"}, ensure_ascii=False))
        c.t(p, "email_address", s.g.email, s.g)
        c.t(p, "person_name", s.full(), s)
    c.share.write(p, "\n".join(lines) + "\n")


def chat(c: School) -> None:
    """13_連絡/学年会チャット_export.json: a family's hardship and a student's clinic visits."""
    p = "13_連絡/学年会チャット_export.json"
    hrs = [c.homeroom[(3, 1)], c.homeroom[(3, 2)], c.teachers[1]]
    x, y = c.rng.choice(c.grade(3)), c.rng.choice(c.grade(3))
    msgs = [{"user": hrs[0].full(False), "time": "2024-10-15 16:20",
             "text": f"{x.full(False)}の母親から電話。父親が失業して家計が苦しいとのこと。"
                     "就学援助の案内お願いします。"},
            {"user": hrs[1].full(False), "time": "2024-10-15 16:25",
             "text": f"了解です。{x.last}さんの家、{x.addr2}でしたっけ？"},
            {"user": hrs[2].full(False), "time": "2024-10-15 16:40",
             "text": f"{y.full(False)}は心療内科に通院中なので、"
                     f"面談はSCの{c.counselor.last}さん同席で。"}]
    chat_log = {"room": "3学年会", "messages": msgs}
    c.share.write(p, json.dumps(chat_log, ensure_ascii=False, indent=1))
    for t in hrs:
        c.t(p, "person_name", t.full(), t)
    c.t(p, "person_name", x.full(), x)
    c.t(p, "person_name", x.last, x, True)
    c.t(p, "address", x.addr2, x)
    c.t(p, "sensitive", "父親が失業して家計が苦しい", x)
    c.t(p, "person_name", y.full(), y)
    c.t(p, "sensitive", "心療内科に通院中", y)
    c.t(p, "person_name", c.counselor.last, c.counselor, True)


def graduate(c: School) -> Person:
    rng, fk = c.rng, c.faker
    ln = fk.last_name_pair()
    male = rng.random() < 0.5
    fn = fk.first_name_male_pair() if male else fk.first_name_female_pair()
    g = Person(c.pid(), "graduate", "", ln[0], fn[0], ln[1], fn[1])
    g.born = date(2008, 4, 2) + timedelta(days=rng.randint(0, 364))
    g.addr = (CITY + rng.choice(TOWNS)
              + f"{rng.randint(1, 5)}－{rng.randint(1, 30)}－{rng.randint(1, 20)}")
    g.home, g.hs = c.landline(), rng.choice(HS)
    return g


def graduates(c: School) -> None:
    """13_卒業生/R5卒業生名簿.zip: fourteen graduates' CP932 list and the reunion contacts."""
    grads = [graduate(c) for _ in range(14)]
    ip = GRADS + "!R5卒業生/卒業生名簿_R5.csv"
    rows = [["卒業年度", "氏名", "カナ", "生年月日", "住所", "電話", "進学先"]]
    for g in grads:
        rows.append(["R5", g.full(), g.kana(), era(g.born, 1), g.addr, c.phone(g.home, 0), g.hs])
        c.kn(ip, g, g.kana())
        c.t(ip, "person_name", g.full(), g)
        c.t(ip, "date_of_birth", g.born.isoformat(), g)
        c.t(ip, "address", g.addr, g)
        c.t(ip, "phone_number", g.home, g)
    ip2 = GRADS + "!R5卒業生/同窓会連絡.txt"
    txt = (f"同窓会幹事：{grads[0].full()}（{c.phone(grads[0].home, 2)}）\n"
           f"副幹事：{grads[1].full(False)}\n")
    c.t(ip2, "person_name", grads[0].full(), grads[0])
    c.t(ip2, "phone_number", grads[0].home, grads[0])
    c.t(ip2, "person_name", grads[1].full(), grads[1])
    members = [("R5卒業生/卒業生名簿_R5.csv", csv_text(rows).encode("cp932")),
               ("R5卒業生/同窓会連絡.txt", txt.encode("utf-8"))]
    c.share.write_zip(GRADS, members, zipfile.ZIP_DEFLATED)
