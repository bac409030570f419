"""The centre's systems: the 健診 SQLite, the 妊婦 MySQL backup (EPDS scores), the 接種券 issue
log (coupon numbers passing the My Number check), the web booking export (IPs neutral), the
係's chat export and the H30 mothers' zip.
"""

from __future__ import annotations

import io
import json
import sqlite3
import zipfile

from .health_center_people import Center, era
from .identifiers import my_number
from .share import sql_quote

NORMAL = "異常なし"
QUESTIONS = ["", "", "アレルギーが心配です（卵）", "上の子も連れて行ってよいですか"]


def kenshin_db(c: Center) -> None:
    """04_乳幼児健診/kenshin_sys.db: the staff, every baby with the mother's phone and address,
    and their 4か月 and 1歳6か月 results."""
    rel = "04_乳幼児健診/kenshin_sys.db"
    con = sqlite3.connect(c.share.path(rel))
    con.executescript(
        "CREATE TABLE child(child_id INTEGER PRIMARY KEY, atena_no TEXT, name_kanji TEXT, "
        "name_kana TEXT, birth_date TEXT, sex TEXT, guardian_name TEXT, guardian_tel TEXT, "
        "address TEXT);\nCREATE TABLE result(result_id INTEGER PRIMARY KEY, child_id INTEGER, "
        "exam_type TEXT, exam_date TEXT, finding TEXT, judgment TEXT, staff TEXT);\n"
        "CREATE TABLE staff(staff_id INTEGER PRIMARY KEY, name TEXT, ext TEXT, mail TEXT);")
    for k, st in enumerate(c.staff):
        con.execute("INSERT INTO staff VALUES(?,?,?,?)", (k + 1, st.nm(), st.ext, st.mail))
        c.name(rel, st)
        c.t(rel, "email_address", st.mail, st, True)
    rid = 0
    for k, f in enumerate(c.families):
        b, m = f.baby, f.mom
        addr = c.addr_str(m, False)
        con.execute("INSERT INTO child VALUES(?,?,?,?,?,?,?,?,?)",
                    (k + 1, b.atena, b.nm(False), b.kn(), b.born.isoformat(), b.sex,
                     m.nm(False), m.tel, addr))
        c.name(rel, b, kana=True)
        c.bd(rel, b)
        c.name(rel, m)
        c.t(rel, "phone_number", m.tel, m)
        c.t(rel, "address", addr, m)
        for et, s in [("4M", b.s4), ("18M", b.s18)]:
            if s is not None:
                rid += 1
                st = c.staff[rid % 6]
                con.execute("INSERT INTO result VALUES(?,?,?,?,?,?,?)",
                            (rid, k + 1, et, "2024-09-01", s[0], s[1], st.last))
                if s[1] != NORMAL:
                    c.t(rel, "sensitive", s[0], b)
                c.t(rel, "person_name", st.last, st, True)
    con.commit()
    con.execute("VACUUM")
    con.close()


def ninpu_dump(c: Center) -> None:
    """04_乳幼児健診/backup/kenshin_20240331.sql: thirty mothers with an EPDS score each."""
    rel = "04_乳幼児健診/backup/kenshin_20240331.sql"
    sq = ["-- MySQL dump 10.13  Distrib 5.7.44", "-- Host: 10.20.1.15    Database: boshi_kenshin",
          "SET NAMES utf8mb4;", "",
          "CREATE TABLE `ninpu` (`id` int NOT NULL, `shimei` varchar(40), `kana` varchar(60), "
          "`seinengappi` date, `tel` varchar(20), `email` varchar(80), `yotei_bi` date, "
          "`epds` int, `biko` text);"]
    vals = []
    for k, m in enumerate(c.moms[:30]):
        ep = c.rng.choice([2, 4, 5, 7, 9, 11, 13, 15, 18])
        m.epds = ep
        bik = "EPDS高値・要フォロー" if ep >= 9 else ""
        mail = sql_quote(m.mail) if m.mail else "NULL"
        vals.append(f"({k + 1},'{m.nm()}','{m.kn()}','{m.born.isoformat()}',"
                    f"'{c.phone(m.tel, 0)}',{mail},'{m.edd.isoformat()}',{ep},'{bik}')")
        c.name(rel, m, kana=True)
        c.bd(rel, m)
        c.t(rel, "phone_number", m.tel, m)
        if m.mail:
            c.t(rel, "email_address", m.mail, m)
        if ep >= 9:
            c.t(rel, "sensitive", f"EPDS {ep}点", m)
    sq.append("INSERT INTO `ninpu` VALUES " + ",\n".join(vals) + ";")
    c.share.write(rel, "\n".join(sq) + "\n")


def coupon_log(c: Center) -> None:
    """05_予防接種/logs/sesshuken_issue.log.json: fifteen coupons sent to babies' homes."""
    rel = "05_予防接種/logs/sesshuken_issue.log.json"
    rng = c.rng
    logs = []
    for k, f in enumerate(rng.sample(c.families, 15)):
        b, m = f.baby, f.mom
        op = rng.choice(c.staff).last_roman.lower()
        addr = c.addr_str(m)
        logs.append({"ts": f"2024-10-{k + 1:02d}T10:{k:02d}:00+09:00", "level": "INFO", "op": op,
                     "event": "coupon_issued", "atena_no": b.atena, "target": b.nm(False),
                     "birth": b.born.isoformat(), "send_to": addr, "coupon_no": my_number(rng),
                     "client_ip": f"10.20.3.{rng.randint(2, 250)}"})
        c.name(rel, b)
        c.bd(rel, b)
        c.t(rel, "address", addr, m)
    c.share.write(rel, "\n".join(json.dumps(x, ensure_ascii=False) for x in logs) + "\n")


def web_export(c: Center) -> None:
    """09_Web予約/yoyaku_export_202409.jsonl: the eighteen web bookings the auto mail began."""
    rel = "09_Web予約/yoyaku_export_202409.jsonl"
    rng = c.rng
    out = []
    for k, x in enumerate(c.web):
        m, b = x.mom, x.baby
        mm = m.mail or f"{m.first_roman.lower()}{rng.randint(10, 99)}@gmail.com"
        m.mail = mm
        guardian = {"name": m.nm(rng.random() < 0.5), "kana": m.kn(),
                    "tel": c.phone(m.tel, rng.choice([0, 1])),
                    "email": mm.upper() if k % 5 == 0 else mm}
        rec = {"id": 5000 + k, "submitted_at": f"2024-09-{k + 1:02d}T2{k % 4}:1{k % 10}:00+09:00",
               "form": "kenshin_4m", "guardian": guardian,
               "child": {"name": b.nm(), "birthday": b.born.isoformat(), "sex": b.sex},
               "zip": m.home.zip, "address": c.addr_str(m, pref=rng.random() < 0.5),
               "question": rng.choice(QUESTIONS),
               "ua": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)"}
        rec["ip"] = f"126.{rng.randint(1, 250)}.{rng.randint(1, 250)}.{rng.randint(1, 250)}"
        out.append(json.dumps(rec, ensure_ascii=False))
        c.name(rel, m, kana=True)
        c.t(rel, "phone_number", m.tel, m)
        c.t(rel, "email_address", mm, m)
        c.name(rel, b)
        c.bd(rel, b)
        c.t(rel, "postal_code", m.home.zip, m)
        c.t(rel, "address", rec["address"], m)
        c.t(rel, "ip_address", rec["ip"], m, True)
        if "アレルギー" in rec["question"]:
            c.t(rel, "sensitive", "アレルギーが心配です（卵）", b, True)
    c.share.write(rel, "\n".join(out) + "\n")


def chat(c: Center) -> None:
    """10_連絡/teams_母子保健係_export.json: six 保健師 on six mothers (a callback number, a
    weight, a new address)."""
    rel = "10_連絡/teams_母子保健係_export.json"
    msgs = []
    for k, x in enumerate(c.rng.sample(c.families, 6)):
        a, m = c.staff[k % 6], x.mom
        txt = c.rng.choice([f"{m.nm(False)}さん（{c.phone(m.tel, 0)}）から折り返し希望の"
                            "電話ありました",
                            f"{m.last}さんち、{x.baby.first}ちゃんの体重増えてないので来週再訪問します",
                            f"{m.nm(False)}さん、住所変わってました→{c.addr_str(m, False)}"])
        msgs.append({"from": a.nm(), "time": f"2024-10-{k + 10}T12:0{k}:00", "text": txt})
        c.t(rel, "person_name", a.nm(False), a)
        if txt.startswith(m.nm(False)):
            c.name(rel, m)
        else:
            c.t(rel, "person_name", m.last, m, True)
            c.t(rel, "person_name", x.baby.first, x.baby, True)
        if "電話" in txt:
            c.t(rel, "phone_number", m.tel, m)
        if "住所" in txt:
            c.t(rel, "address", c.addr_str(m, False), m)
    c.share.write(rel, json.dumps({"channel": "母子保健係", "messages": msgs}, ensure_ascii=False,
                                  indent=1))


def old_zip(c: Center) -> None:
    """12_旧データ/H30_妊婦台帳.zip: the twelve H30 mothers (CP932, stored, dated 31 March 2019)
    and a readme naming its author."""
    rel = "12_旧データ/H30_妊婦台帳.zip"
    rng = c.rng
    inner = "H30/妊婦台帳_H30.csv"
    ip = f"{rel}!{inner}"
    s = "番号,氏名,ﾌﾘｶﾞﾅ,生年月日,住所,電話,備考\r\n"
    for k, m in enumerate(c.old):
        oa = c.addr_str(m, style=1)
        tel = c.phone(m.tel, rng.choice([0, 3]))
        note = rng.choice(["", "", "切迫早産で入院歴", "若年妊娠"])
        s += f"{k + 1},{m.nm()},{m.kn(False)},{era(m.born, 1)},{oa},{tel},{note}\r\n"
        c.t(ip, "person_name", m.nm(False), m)
        c.t(ip, "person_name", m.kn(False), m)
        c.bd(ip, m)
        c.t(ip, "address", oa, m)
        c.t(ip, "phone_number", m.tel, m)
        if note.startswith("切迫"):
            c.t(ip, "sensitive", "切迫早産で入院歴", m)
    author = c.staff[5]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in [(inner, s.encode("cp932")),
                           ("H30/readme.txt",
                            f"H30年度 妊婦台帳 バックアップ\n作成：{author.nm()}\n".encode())]:
            member = zipfile.ZipInfo(name, (2019, 3, 31, 17, 0, 0))
            member.flag_bits |= 0x800
            z.writestr(member, data)
    c.t(f"{rel}!H30/readme.txt", "person_name", author.nm(False), author)
    c.share.write(rel, buffer.getvalue())
