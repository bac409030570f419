"""The nursery's systems: the 連絡帳 app's export (JSON) and access log (JSON lines), the
登降園 SQLite, the old system's MySQL dump, the 2023 graduates' zip (a CP932 list and the 文集
memo) and the autumn 見学 form's submissions (JSON lines).

The teachers replying in the app are neutral; the dump's admin password is no one's.
"""

from __future__ import annotations

import json
import sqlite3
import zipfile
from datetime import date

from .nursery_names import ADULT_F, CHILD_F, CHILD_M, SURNAMES
from .nursery_people import Nursery, katakana, wareki
from .share import csv_text, sql_create

ABSENCES = [("発熱のため欠席します。昨夜38.5℃ありました。", "発熱"),
            ("インフルエンザA型と診断されたためお休みします。", "インフルエンザA型"),
            ("家族旅行のため欠席します。", None), ("通院のため10時登園します。", None),
            ("溶連菌感染症で抗生剤を飲んでいます。", "溶連菌感染症"),
            ("咳がひどく、喘息の発作が出たので休ませます。", "喘息の発作")]
IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X)"


def app_export(h: Nursery) -> None:
    """24 absence notes from guardians, each answered by a teacher."""
    rng, path = h.rng, "07_連絡帳/renrakucho_export_202410.json"
    messages = []
    for i in range(24):
        c = rng.choice(h.children)
        fam = c.fam
        g = rng.choice([fam.mother] + ([fam.father] if fam.father else []))
        text, sensitive = rng.choice(ABSENCES)
        day = rng.randint(1, 31)
        teacher = h.staff[rng.randint(2, 9)]
        messages.append({
            "id": 10000 + i, "child": {"id": c.no, "name": c.name(), "class": c.cls},
            "sender": {"name": g.name(""), "relation": g.rel, "tel": g.mobile},
            "date": f"2024-10-{day:02d}", "body": f"{c.first}の{g.rel}です。{text}",
            "temperature": "38.5" if "熱" in text else None,
            "reply": {"staff": teacher.name(), "body": "承知しました。お大事になさってください。"}})
        h.named(path, c)
        h.named(path, g)
        h.t(path, "phone_number", g.mobile, g)
        if sensitive:
            h.t(path, "sensitive", sensitive, c)
        # gen.py gave a teacher's name the last staff member of that name
        namesake = [s for s in h.staff if s.name() == teacher.name()][-1]
        h.t(path, "person_name", teacher.name(), namesake, True)
    h.share.write(path, json.dumps({"app": "こどもノート", "exported": "2024-11-01T08:00:00+09:00",
                                    "facility": "ひだまり保育園", "messages": messages},
                                   ensure_ascii=False, indent=1))


def access_log(h: Nursery) -> None:
    """Eighteen guardians' logins, from one address each, and a health check."""
    rng, path = h.rng, "07_連絡帳/app_access_log_202410.jsonl"
    out = []
    for g in rng.sample(h.guardians, 18):
        ip = (f"{rng.choice([126, 60, 114, 153, 220])}.{rng.randint(0, 255)}."
              f"{rng.randint(0, 255)}.{rng.randint(1, 254)}")
        for _ in range(rng.randint(1, 3)):
            ts = (f"2024-10-{rng.randint(1, 31):02d}T{rng.randint(6, 22):02d}:"
                  f"{rng.randint(0, 59):02d}:00+09:00")
            out.append(json.dumps({"ts": ts, "event": "login", "user": g.email, "ip": ip,
                                   "ua": IPHONE}, ensure_ascii=False))
        h.t(path, "email_address", g.email, g)
        h.t(path, "ip_address", ip, g)
    out.append(json.dumps({"ts": "2024-10-31T23:59:00+09:00", "event": "healthcheck",
                           "user": "system", "ip": "10.0.0.12"}))
    h.share.write(path, "\n".join(out) + "\n")


def attendance(h: Nursery) -> None:
    """登降園: the children, their guardians' mobiles, mails and PINs, ten days' check-ins."""
    rng, path = h.rng, "10_登降園/tokoen.sqlite3"
    db = sqlite3.connect(h.share.path(path))
    db.executescript(
        "CREATE TABLE children(id TEXT PRIMARY KEY, class TEXT, name TEXT, kana TEXT, "
        "birthday TEXT, qr_code TEXT);\nCREATE TABLE guardians(id INTEGER PRIMARY KEY, "
        "child_id TEXT, name TEXT, relation TEXT, tel TEXT, email TEXT, login_pin TEXT);\n"
        "CREATE TABLE attendance(id INTEGER PRIMARY KEY, child_id TEXT, date TEXT, "
        "checkin TEXT, checkout TEXT, pickup_by TEXT, note TEXT);")
    gid = 0
    for c in h.children:
        db.execute("INSERT INTO children VALUES(?,?,?,?,?,?)",
                   (c.no, c.cls, c.name(), c.kana(), c.born.isoformat(),
                    f"QR{rng.randint(10**11, 10**12 - 1)}"))
        h.named(path, c, "hira")
        h.t(path, "date_of_birth", c.born, c)
        for g in (c.fam.mother, c.fam.father):
            if not g:
                continue
            gid += 1
            db.execute("INSERT INTO guardians VALUES(?,?,?,?,?,?,?)",
                       (gid, c.no, g.name(""), g.rel, g.mobile, g.email,
                        f"{rng.randint(0, 9999):04d}"))
            h.named(path, g)
            h.t(path, "phone_number", g.mobile, g)
            h.t(path, "email_address", g.email, g)
    aid = 0
    for day in range(1, 11):
        for c in rng.sample(h.children, 20):
            aid += 1
            fam = c.fam
            pk = rng.choice([fam.mother] + ([fam.grand] if fam.grand else []))
            db.execute("INSERT INTO attendance VALUES(?,?,?,?,?,?,?)",
                       (aid, c.no, f"2024-10-{day:02d}",
                        f"0{rng.randint(7, 9)}:{rng.randint(0, 59):02d}",
                        f"1{rng.randint(6, 8)}:{rng.randint(0, 59):02d}",
                        pk.rel if pk.kind == "guardian" else pk.name(), ""))
            if pk.kind == "grand":
                h.named(path, pk)
    db.commit()
    db.close()


def old_dump(h: Nursery) -> None:
    """The old system's 保護者 table (twenty mothers) and its two logins."""
    rng, path = h.rng, "10_登降園/old_system_dump_20240331.sql"
    columns = ("id int NOT NULL, jido_no varchar(8), shimei varchar(64), kana varchar(64), "
               "yubin varchar(8), jusho varchar(255), tel varchar(16), kinmusaki varchar(128)")
    lines = ["-- MySQL dump 10.13  Distrib 5.7.44", "-- Host: localhost    Database: hoiku_old",
             "SET NAMES utf8mb4;", "", sql_create("hogosha", columns, key="id"),
             "INSERT INTO `hogosha` VALUES "]
    values = []
    for i, fam in enumerate(h.families[:20]):
        g, a = fam.mother, fam.addr
        values.append(f"({i + 1},'{fam.kids[0].no}','{g.name()}','{katakana(g.kana())}',"
                      f"'{a.zip_code()}','{a.line()}','{h.phone(g.mobile, 1)}','{g.work[0]}')")
        h.named(path, g, "kata")
        h.t(path, "postal_code", a.postal, g)
        h.t(path, "address", a.line(), g)
        h.t(path, "phone_number", g.mobile, g)
    lines.append(",\n".join(values) + ";")
    clerk = h.staff[13]
    password = clerk.last_kana + "0" + str(rng.randint(100, 999))
    lines += ["", sql_create("users", "id int, login varchar(32), pass varchar(64)"),
              f"INSERT INTO `users` VALUES (1,'admin','Hidamari2019!'),"
              f"(2,'{clerk.emp.lower()}','{password}');"]
    h.t(path, "credential", password, clerk)
    h.t(path, "credential", "Hidamari2019!", None)
    h.share.write(path, "\n".join(lines) + "\n")


def graduates(h: Nursery) -> None:
    """Last year's ten graduates: their list (CP932) and who has handed in the 文集."""
    rng, path = h.rng, "11_卒園児/2023年度卒園児_データ.zip"
    grads = []
    for _ in range(10):
        sex = rng.choice("男女")
        given, last = h.child_name(sex), rng.choice(SURNAMES)
        born = h.between(date(2017, 4, 2), date(2018, 4, 1))
        child = h.person("grad", last, given, sex=sex, born=born)
        mother = h.person("grad_guardian", last, rng.choice(ADULT_F), mobile=h.mobile(),
                          addr=h.address())
        grads.append((child, mother))
    inner = "卒園児名簿_R5.csv"
    rows: list[list] = [["番号", "氏名", "ふりがな", "生年月日", "進学先小学校", "保護者", "住所",
                         "電話"]]
    for i, (ch, gm) in enumerate(grads):
        school = rng.choice(["川口市立芝小学校", "川口市立前川小学校", "蕨市立北小学校"])
        rows.append([i + 1, ch.name(), ch.kana(), wareki(ch.born, 2), school, gm.name(),
                     gm.addr.line(False), h.phone(gm.mobile)])
        member = f"{path}!{inner}"
        h.named(member, ch, "hira")
        h.t(member, "date_of_birth", ch.born, ch)
        h.named(member, gm)
        h.t(member, "address", gm.addr.line(False), gm)
        h.t(member, "phone_number", gm.mobile, gm)
    memo = "卒園文集 原稿提出状況\n"
    for ch, gm in grads[:6]:
        memo += f"・{ch.name('')}くん/ちゃん　{gm.name()}様　提出済\n"
        h.named(f"{path}!文集_提出状況.txt", ch)
        h.named(f"{path}!文集_提出状況.txt", gm)
    h.share.write_zip(path, [(inner, csv_text(rows).encode("cp932")),
                             ("文集_提出状況.txt", memo.encode())], zipfile.ZIP_DEFLATED)


def visit_form(h: Nursery) -> None:
    """Eight families' 見学 requests from the web form."""
    rng, path = h.rng, "12_見学/見学申込フォーム_2024秋.jsonl"
    out = []
    for i in range(8):
        last, mg, cg = rng.choice(SURNAMES), rng.choice(ADULT_F), rng.choice(CHILD_M + CHILD_F)
        par = h.person("prospect", last, mg, mobile=h.mobile())
        par.email = f"{h.user()}@{rng.choice(['gmail.com', 'yahoo.co.jp', 'icloud.com'])}"
        kid = h.person("prospect_child", last, cg,
                       born=h.between(date(2023, 4, 1), date(2024, 8, 1)))
        a = h.address()
        sent = (f"2024-{rng.randint(9, 10)}-{rng.randint(10, 28)}T{rng.randint(8, 23)}:"
                f"{rng.randint(10, 59)}:00+09:00")
        fields = {"保護者氏名": par.name("　"), "フリガナ": katakana(par.kana()),
                  "お子様のお名前": kid.name(),
                  "お子様の生年月日": kid.born.strftime("%Y年%m月%d日"),
                  "電話番号": h.phone(par.mobile, rng.choice([0, 1, 2])),
                  "メールアドレス": par.email.upper() if i == 3 else par.email}
        pref = rng.random() < .5
        fields["ご住所"] = a.line(pref, rng.choice([0, 1]))
        fields["見学希望日"] = f"2024-11-{rng.randint(1, 28):02d}"
        fields["ご質問"] = rng.choice(["", "アレルギー対応はありますか？", "駐車場はありますか",
                                     "兄弟加点について"])
        out.append(json.dumps({"form_id": "visit2024", "submitted_at": sent, "fields": fields},
                              ensure_ascii=False))
        h.named(path, par, "kata")
        h.named(path, kid)
        h.t(path, "date_of_birth", kid.born, kid)
        h.t(path, "phone_number", par.mobile, par)
        h.t(path, "email_address", par.email, par)
        h.t(path, "address", fields["ご住所"], par)
    h.share.write(path, "\n".join(out) + "\n")
