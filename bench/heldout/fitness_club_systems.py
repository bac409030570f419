"""The club's systems: a week of gate logs (app QR entries' IPs), the web trial form export,
the app's SQLite database (password hashes and push tokens neutral, legacy plain passwords),
the 2023 reservation dump, the 2019 old members' zip (CP932) and the front desk's chat export.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import sqlite3
import unicodedata
import zipfile
from datetime import date, datetime, timedelta

from .fitness_club_people import BRANCHES, HY, Club, jdate, phone
from .share import sql_create

MESSAGES = ["", "初心者です。", "膝が悪いのですが大丈夫でしょうか。", "産後のダイエット目的です。"]
APP_SCHEMA = """CREATE TABLE users(id INTEGER PRIMARY KEY, member_no TEXT, display_name TEXT, \
email TEXT, tel TEXT, password_hash TEXT, created_at TEXT);
CREATE TABLE legacy_users(id INTEGER PRIMARY KEY, email TEXT, password TEXT);
CREATE TABLE reservations(id INTEGER PRIMARY KEY, user_id INTEGER, lesson TEXT, starts_at TEXT, \
note TEXT);
CREATE TABLE push_tokens(user_id INTEGER, token TEXT, last_ip TEXT);"""


def gate_logs(club: Club) -> None:
    """300 gate events of 45 members; two in five use the app, whose entries carry their IP."""
    rng, path = club.rng, "ゲートログ/gate_2024-10-01_07.jsonl"
    members = rng.sample(club.members, 45)
    ips: dict[str, str] = {}
    for p in members:
        if rng.random() < 0.4:
            forms = [f"126.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                     f"153.{rng.randint(128, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                     f"2400:4051:{rng.randint(0, 65535):x}:{rng.randint(0, 65535):x}::"
                     f"{rng.randint(1, 65535):x}"]
            ips[p.id] = rng.choice(forms)
    events = []
    for _ in range(300):
        p, site = rng.choice(members), rng.choice(BRANCHES)
        ts = datetime(2024, 10, 1) + timedelta(seconds=rng.randint(0, 7 * 86400))
        event = {"ts": ts.strftime("%Y-%m-%dT%H:%M:%S+09:00"), "site": site[1],
                 "gate": rng.choice(["G1", "G2"]), "member_id": p.mno, "card_id": p.card_id,
                 "dir": rng.choice(["in", "out"]), "result": "granted"}
        if p.id in ips and rng.random() < 0.6:
            event["via"], event["client_ip"] = "app_qr", ips[p.id]
        events.append(event)
    events.sort(key=lambda e: e["ts"])
    club.share.write(path, "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in events))
    seen: set[str] = set()
    for e in events:
        if "client_ip" in e and e["client_ip"] not in seen:
            seen.add(e["client_ip"])
            who = next(p for p in members if ips.get(p.id) == e["client_ip"])
            club.t(path, "ip_address", e["client_ip"], who)


def web_form(club: Club) -> None:
    """The trial form's October submissions: five inquirers and four members, with IPs."""
    rng, path = club.rng, "web/trial_form_export_2024-10.json"
    submissions = []
    for i, p in enumerate(club.trials[5:] + rng.sample(club.members[78:88], 4)):
        tel = phone(p.mobile, rng.choice(["h", "n", "z"]), rng.choice(HY))
        fields = {"name": p.name(), "kana": p.kana(), "tel": tel, "email": p.email,
                  "birthday": p.born.isoformat() if i % 2 else jdate(p.born, "slash"),
                  "store": rng.choice(BRANCHES)[0],
                  "message": rng.choice(MESSAGES)}
        ip = (f"1{rng.randint(10, 99)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}."
              f"{rng.randint(1, 254)}")
        submissions.append({"id": 5000 + i,
                            "submitted_at": f"2024-10-{i + 1:02d}T2{i % 4}:1{i % 6}:00+09:00",
                            "form": "trial_lesson", "fields": fields, "ip": ip,
                            "ua": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)"})
        club.t(path, "person_name", p.name(), p)
        club.t(path, "person_name", p.kana(), p, True)
        club.t(path, "phone_number", p.mobile, p)
        club.t(path, "email_address", p.email, p)
        club.t(path, "date_of_birth", p.born.isoformat(), p)
        club.t(path, "ip_address", ip, p)
    club.share.write(path, json.dumps({"exported": "2024-10-31T09:00:00+09:00",
                                       "count": len(submissions), "submissions": submissions},
                                      ensure_ascii=False, indent=2))


def app_database(club: Club) -> None:
    """club_app.sqlite3: forty app users (hashes neutral), reservations (妊娠中), push tokens
    (neutral) with IPs, six legacy users' plain passwords."""
    rng, path, seed = club.rng, "app/club_app.sqlite3", club.seed
    db = sqlite3.connect(club.share.path(path))
    db.executescript(APP_SCHEMA)
    users = rng.sample(club.members, 40)
    for i, p in enumerate(users, 1):
        digest = "$2b$12$" + hashlib.sha256(f"{seed}{i}".encode()).hexdigest()[:53]
        db.execute("INSERT INTO users VALUES(?,?,?,?,?,?,?)",
                   (i, p.mno, p.name(), p.email, p.mobile, digest,
                    f"2023-0{1 + i % 9}-1{i % 10} 10:00:00"))
        club.t(path, "credential", digest, p, True)
        club.t(path, "person_name", p.name(), p)
        club.t(path, "email_address", p.email, p)
        club.t(path, "phone_number", p.mobile, p)
        if i % 3 == 0:
            db.execute("INSERT INTO reservations VALUES(NULL,?,?,?,?)",
                       (i, rng.choice(["ヨガ", "ピラティス", "HIIT", "ZUMBA"]), "2024-10-12 19:00",
                        "妊娠中のため軽め" if p.preg else ""))
            if p.preg:
                club.t(path, "sensitive", "妊娠", p)
        if i % 4 == 0:
            ip = f"60.{rng.randint(64, 127)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
            token = "fcm:" + hashlib.md5(f"{seed}{i}".encode()).hexdigest()
            db.execute("INSERT INTO push_tokens VALUES(?,?,?)", (i, token, ip))
            club.t(path, "credential", token, p, True)
            club.t(path, "ip_address", ip, p)
    for j, p in enumerate(users[:6]):
        password = rng.choice(["fitness", "Active1", "gym"]) + str(rng.randint(100, 9999))
        db.execute("INSERT INTO legacy_users VALUES(?,?,?)", (j + 1, p.email, password))
        club.t(path, "credential", password, p)
    db.commit()
    db.execute("VACUUM")
    db.close()


def reservation_dump(club: Club) -> None:
    """The 2023 guest reservations (fifteen members, three inquirers) and the admin password."""
    rng, path = club.rng, "app/backup/reservation_dump_20231231.sql"
    out = ["-- MySQL dump 10.13  Distrib 8.0.35", "-- Host: localhost    Database: reserve", "",
           sql_create("guest_reservation", "id int NOT NULL, name varchar(64), kana varchar(64), "
                      "tel varchar(20), email varchar(128), birthday date, lesson varchar(32), "
                      "memo text", key="id"),
           "INSERT INTO `guest_reservation` VALUES"]
    values = []
    for i, p in enumerate(rng.sample(club.members, 15) + club.trials[:3]):
        memo = rng.choice(["", "", "腰痛あり", "初回"])
        values.append(f"({i + 1},'{p.name()}','{p.kana()}','{phone(p.mobile)}','{p.email}',"
                      f"'{p.born.isoformat()}','{rng.choice(['ヨガ', 'ボクササイズ', '加圧'])}',"
                      f"'{memo}')")
        club.t(path, "person_name", p.name(), p)
        club.t(path, "person_name", p.kana(), p, True)
        club.t(path, "phone_number", p.mobile, p)
        club.t(path, "email_address", p.email, p)
        club.t(path, "date_of_birth", p.born.isoformat(), p)
        if memo == "腰痛あり":
            club.t(path, "sensitive", "腰痛", p)
    out.append(",\n".join(values) + ";")
    out.append(sql_create("admin", "id int, login varchar(32), pass varchar(64)"))
    password = f"Act1ve!{rng.randint(1000, 9999)}"
    out.append(f"INSERT INTO `admin` VALUES (1,'admin','{password}');")
    club.t(path, "credential", password)
    club.share.write(path, "\n".join(out) + "\n")


def old_members(club: Club) -> None:
    """old_members_2019.zip: twelve old members (new people) and four current ones (CP932,
    和暦), and the migration memo (a surname, neutral, and a phone)."""
    rng, path = club.rng, "旧会員/old_members_2019.zip"
    listed = ([club.person("old_member", (1945, 1998)) for _ in range(12)]
              + rng.sample(club.members[:40], 4))
    ledger, memo = "old_members_2019/旧会員台帳.csv", "old_members_2019/移行メモ.txt"
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(["旧会員No", "氏名", "ﾌﾘｶﾞﾅ", "生年月日", "TEL", "住所", "退会日"])
    inner = f"{path}!{ledger}"
    for i, p in enumerate(listed):
        a = p.addr.line("hy", pref=rng.random() < 0.5)
        writer.writerow([f"{19000 + i}", p.name(""), unicodedata.normalize("NFKC", p.kana()),
                         jdate(p.born, "s"), phone(p.mobile), a,
                         jdate(date(2019, rng.randint(1, 12), 1), "s")])
        club.t(inner, "person_name", p.name(), p)
        club.t(inner, "person_name", p.kana(), p, True)
        club.t(inner, "date_of_birth", p.born.isoformat(), p)
        club.t(inner, "phone_number", p.mobile, p)
        club.t(inner, "address", a, p)
    first = listed[0]
    text = (f"旧システムからの移行メモ\n2019年度退会者分。{first.last}様は再入会希望あり"
            f"（{phone(first.mobile, 'h', 'ー')}）。\n")
    club.t(f"{path}!{memo}", "person_name", first.last, first, True)
    club.t(f"{path}!{memo}", "phone_number", first.mobile, first)
    club.share.write_zip(path, [(ledger, buffer.getvalue().encode("cp932")),
                                (memo, text.encode("cp932"))], zipfile.ZIP_DEFLATED,
                         datetime(2020, 3, 31, 18, 0, 0))


def chat(club: Club) -> None:
    """The front desk channel: a member's number, an account, a condition, a new mobile, an
    inquirer's mail and the admin password."""
    rng, path = club.rng, "スタッフ/chat_export_frontdesk_202410.json"
    cp = rng.sample(club.members, 6)
    inquirer = club.trials[6]
    st1, st2, st3 = club.staff[7], club.staff[8], club.staff[0]
    password = f"Gym#{rng.randint(1000, 9999)}"
    messages = [(st1, f"{cp[0].name()}さん（{cp[0].mno}）からカード再発行の依頼です、"
                      "手数料1,100円いただきました", "2024-10-02T10:12:00"),
                (st2, f"了解です。あと{cp[1].last}様の口座変更、新しい口座は{cp[1].bank[0]} 普通 "
                      f"{cp[1].acct} とのこと", "2024-10-02T10:20:00"),
                (st3, f"{cp[2].name('')}さん、{cp[2].cond or '高血圧'}で医師から"
                      "運動制限が出ているので、マシンの負荷に注意してください",
                 "2024-10-03T09:01:00"),
                (st1, f"{cp[3].name()}様の携帯変わったそうです → {phone(cp[3].mobile, 'h', '－')}",
                 "2024-10-04T18:30:00"),
                (st2, f"体験の件、{inquirer.name()}さん明日19時来館予定です。"
                      f"連絡先 {inquirer.email}",
                 "2024-10-05T12:00:00"),
                (st3, "システムの管理者パスワード変わりました。"
                      f"ID: admin / PW: {password} 他に漏らさないで",
                 "2024-10-06T08:00:00")]
    msgs = [{"ts": ts + "+09:00", "user": st.work.split("@")[0], "user_name": st.name(),
             "text": text} for st, text, ts in messages]
    club.share.write(path, json.dumps({"channel": "frontdesk", "messages": msgs},
                                      ensure_ascii=False, indent=1))
    for st in (st1, st2, st3):
        club.t(path, "person_name", st.name(), st)
        club.t(path, "email_address", st.work, st, True)
    club.t(path, "person_name", cp[0].name(), cp[0])
    club.t(path, "person_name", cp[1].last, cp[1], True)
    club.t(path, "bank_account", cp[1].acct, cp[1])
    club.t(path, "person_name", cp[2].name(), cp[2])
    club.t(path, "sensitive", cp[2].cond or "高血圧", cp[2])
    club.t(path, "person_name", cp[3].name(), cp[3])
    club.t(path, "phone_number", cp[3].mobile, cp[3])
    club.t(path, "person_name", inquirer.name(), inquirer)
    club.t(path, "email_address", inquirer.email, inquirer)
    club.t(path, "credential", password)
