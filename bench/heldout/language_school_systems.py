"""The school's systems: the office's chat with absent students (JSON), the LMS (SQLite and
its SQL backup: password hashes, last IPs), its access log (JSONL), the graduates' old zip
(CP932 roster, a memo) and the web inquiry form (five new people).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import zipfile
from datetime import date, datetime, timedelta

from .language_school_names import NAT_EN, jp_mobile, passport, phone_abroad, zairyu
from .language_school_people import School, era
from .share import csv_text


def chat(a: School) -> None:
    """08_チャット/line_export_学生連絡_2025-10.json: the clerk asks eight absent students."""
    rng, path = a.rng, "08_チャット/line_export_学生連絡_2025-10.json"
    clerk = a.jimu
    msgs = []
    picked = rng.sample(a.students, 8)
    ts = datetime(2025, 10, 1, 8, 0)
    for s in picked:
        ts += timedelta(minutes=rng.randint(20, 300))
        ask = f"{s['roman'].split()[-1].title()}さん、今日欠席ですか？連絡してください。"
        msgs.append({"time": ts.isoformat(), "from": clerk["sp"], "text": ask})
        ts += timedelta(minutes=7)
        text = rng.choice([
            f"すみません 熱があります。病院いきます。電話 {a.phone(s['phone'], 1)}",
            f"sensei sorry, i am at hospital. my new number {a.phone(s['phone'], 3)}",
            "バイトでおそくなりました。あしたいきます。"])
        msgs.append({"time": ts.isoformat(), "from": s["roman"], "text": text})
        a.t(path, "person_name", s["roman"], s["pid"])
        if "電話" in text or "number" in text:
            a.t(path, "phone_number", s["phone"], s["pid"])
    a.t(path, "person_name", clerk["kanji"], clerk["pid"])
    export = {"chat_name": "東都 事務局⇔学生 連絡", "exported_at": "2025-10-31T18:00:00+09:00",
              "members": [clerk["sp"]] + [s["roman"] for s in picked], "messages": msgs}
    a.share.write(path, json.dumps(export, ensure_ascii=False, indent=1))


def _hash(a: School, pid: str) -> str:
    return "$2b$12$" + hashlib.sha256((pid + str(a.seed)).encode()).hexdigest()[:53]


def lms(a: School) -> None:
    """09_LMS/lms.sqlite and 09_LMS/lms_backup_20250930.sql: 30 students and three teachers."""
    rng = a.rng
    a.lms_users = rng.sample(a.students, 30)
    for s in a.lms_users:
        a.ips[s["pid"]] = (rng.choice(["126.", "60.", "153.", "219."])
                           + f"{rng.randint(1, 254)}.{rng.randint(1, 254)}.{rng.randint(1, 254)}")
    path, backup = "09_LMS/lms.sqlite", "09_LMS/lms_backup_20250930.sql"
    users = ("CREATE TABLE users (id INTEGER PRIMARY KEY, login TEXT, display_name TEXT, "
             "email TEXT, password_hash TEXT, role TEXT, last_ip TEXT)")
    db = sqlite3.connect(a.share.path(path))
    db.execute(users)
    db.execute("CREATE TABLE scores (user_id INTEGER, test TEXT, score INTEGER, taken_at TEXT)")
    dump = ["BEGIN TRANSACTION;", users + ";"]
    insert = "INSERT INTO users VALUES(%d,'%s','%s','%s','%s','%s','%s');"
    k = 0
    for k, s in enumerate(a.lms_users, start=1):
        h = _hash(a, s["pid"])
        row = (k, s["sid"], s["roman"], s["email"], h, "student", a.ips[s["pid"]])
        db.execute("INSERT INTO users VALUES (?,?,?,?,?,?,?)", row)
        db.execute("INSERT INTO scores VALUES (?,?,?,?)",
                   (k, "JLPT模試N3", rng.randint(40, 180), "2025-09-21"))
        dump.append(insert % row)
        for p in (path, backup):
            a.each(p, s["pid"], [("person_name", s["roman"]), ("email_address", s["email"]),
                                 ("credential", h), ("ip_address", a.ips[s["pid"]])])
    for t in a.staff[:3]:
        k += 1
        h = _hash(a, t["pid"])
        row = (k, t["mail"].split("@")[0], t["sp"], t["mail"], h, "teacher", "203.0.113.10")
        db.execute("INSERT INTO users VALUES (?,?,?,?,?,?,?)", row)
        dump.append(insert % row)
        for p in (path, backup):
            a.t(p, "person_name", t["kanji"], t["pid"])
            a.t(p, "email_address", t["mail"], t["pid"], True)
            a.t(p, "credential", h, t["pid"])
            a.t(p, "ip_address", "203.0.113.10", None, True)
    db.commit()
    db.close()
    dump.append("COMMIT;")
    a.share.write(backup, "\n".join(dump) + "\n")


def access_log(a: School) -> None:
    """10_ログ/lms_access_202510.jsonl: 120 requests; each logged student's IP."""
    rng, path = a.rng, "10_ログ/lms_access_202510.jsonl"
    lines = []
    ts = datetime(2025, 10, 5, 0, 0, 0)
    logged = set()
    for _ in range(120):
        s = rng.choice(a.lms_users)
        ts += timedelta(seconds=rng.randint(30, 3000))
        url = rng.choice(["/course/view.php?id=3", "/login/index.php", "/mod/quiz/attempt.php"])
        lines.append(json.dumps({
            "@timestamp": ts.isoformat() + "+09:00", "source.ip": a.ips[s["pid"]],
            "user.name": s["sid"], "http.request.method": "GET", "url.original": url,
            "http.response.status_code": 200,
            "user_agent.original": "Mozilla/5.0 (Linux; Android 13)"}))
        logged.add(s["pid"])
    for pid in sorted(logged):
        a.t(path, "ip_address", a.ips[pid], pid)
    a.share.write(path, "\n".join(lines) + "\n")


def graduates(a: School) -> None:
    """11_旧データ/卒業生_2019-2021.zip: the 2019 to 2021 graduates (CP932 roster) and a memo of
    where five went."""
    rng, zpath = a.rng, "11_旧データ/卒業生_2019-2021.zip"
    grads = []
    for k in range(12):
        nat = rng.choice(["ベトナム", "ネパール", "中国", "スリランカ"])
        n = a.uniq(nat)
        g = dict(n, pid=f"O{k + 1:02d}", nat=nat, dob=a.days(date(1994, 1, 1), 6))
        g.update(passport=passport(rng, nat), card=zairyu(rng), phone=jp_mobile(rng))
        g["dest"] = rng.choice(["〇〇専門学校 ITビジネス科", "△△大学 経済学部", "帰国",
                                "就職（介護）"])
        grads.append(g)
    rows = [["学籍番号", "氏名", "カナ", "国籍", "生年月日", "旅券番号", "在留カード番号", "携帯",
             "進路"]]
    for k, g in enumerate(grads):
        rows.append([f"2019{k:03d}", g["roman"], g["kana"], g["nat"], era(g["dob"], 1),
                     g["passport"], g["card"], a.phone(g["phone"], 0), g["dest"]])
        a.each(zpath + "!卒業生/卒業生名簿.csv", g["pid"], [
            ("person_name", g["roman"]), ("person_name", g["kana"]),
            ("date_of_birth", g["dob"].isoformat()), ("passport_number", g["passport"]),
            ("residence_card_number", g["card"]), ("phone_number", g["phone"])])
    memo = "進学先メモ\n" + "".join(f"{g['roman']} → {g['dest']}\n" for g in grads[:5])
    for g in grads[:5]:
        a.t(zpath + "!卒業生/進路メモ.txt", "person_name", g["roman"], g["pid"])
    a.share.write_zip(zpath, [("卒業生/卒業生名簿.csv", csv_text(rows).encode("cp932")),
                              ("卒業生/進路メモ.txt", memo.encode("utf-8"))],
                      zipfile.ZIP_DEFLATED, datetime(2021, 3, 31, 17, 0, 0))


def inquiries(a: School) -> None:
    """10_ログ/webform_inquiry_2025.jsonl: five new people (W01 to W05)."""
    rng, path = a.rng, "10_ログ/webform_inquiry_2025.jsonl"
    lines = []
    for k in range(5):
        nat = rng.choice(["ネパール", "インドネシア", "ミャンマー"])
        n = a.uniq(nat)
        cc, gen = phone_abroad(rng, nat)
        pn = gen()
        em = n["roman"].split()[0].lower() + str(rng.randint(1990, 2006)) + "@gmail.com"
        dob = a.days(date(1999, 1, 1), 7)
        ip = (f"{rng.choice([27, 36, 103, 110])}.{rng.randint(1, 254)}.{rng.randint(1, 254)}."
              f"{rng.randint(1, 254)}")
        fields = {"name": n["roman"].title(), "country": NAT_EN[nat], "birthday": dob.isoformat(),
                  "phone": f"+{cc}{pn}", "email": em,
                  "message": "I want to study Japanese from April. Please send me the fee."}
        lines.append(json.dumps({"submitted_at": f"2025-0{k + 3}-1{k}T1{k}:22:05+09:00",
                                 "form": "inquiry", "remote_addr": ip, "fields": fields},
                                ensure_ascii=False))
        a.each(path, f"W{k + 1:02d}", [
            ("person_name", n["roman"].title()), ("date_of_birth", dob.isoformat()),
            ("phone_number", cc + pn), ("email_address", em), ("ip_address", ip)])
    a.share.write(path, "\n".join(lines) + "\n")
