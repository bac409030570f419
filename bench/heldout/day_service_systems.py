"""The systems: the guardians' LINE-style group chat (JSON), the attendance app's SQLite
(children, visits, logins with passwords), the 2023 guardians dump (MySQL), the 2018-2021
former children's zip (a CP932 list and the R3 申し送り), the 見学 web form's export and the
連絡 app's access log (JSON lines).

A guardian or child called by given name alone, a staff surname alone, the office's phone and
the app server's private IPs are neutral.
"""

from __future__ import annotations

import json
import sqlite3
import zipfile
from datetime import datetime, timedelta

from .day_service_people import TEL, DayService, wareki_style
from .share import csv_text

CHAT_LINES = ["{k}、明日はお休みします。よろしくお願いします🙇",
              "明日のお迎え、17時半でお願いできますか？{k}の通院があるので。",
              "今日{k}が持ち帰った水筒、{k2}のものでした💦", "運動会の写真、共有します！",
              "{k}、熱が37.8度あるので明日休みます。",
              "連絡先変わりました→{ph}　よろしくお願いします"]
SCHEMA = """CREATE TABLE children(id INTEGER PRIMARY KEY, name TEXT, kana TEXT, birthday TEXT, site INTEGER, guardian_name TEXT, guardian_tel TEXT, guardian_mail TEXT, note TEXT);
CREATE TABLE attendance(id INTEGER PRIMARY KEY, child_id INTEGER, date TEXT, status TEXT, in_time TEXT, out_time TEXT, staff TEXT);
CREATE TABLE users(id INTEGER PRIMARY KEY, login TEXT, password TEXT, role TEXT, last_ip TEXT);"""  # noqa: E501
GUARDIANS_TABLE = ("CREATE TABLE `guardians` (`id` int, `name` varchar(64), `tel` varchar(20), "
                   "`email` varchar(128), `zip` varchar(8), `address` varchar(255), "
                   "`child` varchar(64));")
ASKS = ["見学を希望します。", "空き状況を教えてください。"]
IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)"


def chat(h: DayService) -> None:
    """保護者グループ_トーク履歴: 30 messages from ten guardians, then a staff member's."""
    rng, rel = h.rng, "07_連絡/保護者グループ_トーク履歴.json"
    msgs, t0 = [], datetime(2024, 10, 3, 18, 2)
    members = rng.sample(h.guardians, 10)
    for _ in range(30):
        g = rng.choice(members)
        c = g.kids[0]
        t0 += timedelta(minutes=rng.randint(3, 600))
        text = rng.choice(CHAT_LINES)
        k2 = rng.choice(h.children).first + "ちゃん"
        text = text.format(k=c.called(), k2=k2, ph=h.phone(g.phone, 3))
        sender = g.full(" ") if rng.random() < .5 else f"{g.first}（{c.first}ママ）"
        msgs.append({"time": t0.strftime("%Y/%m/%d %H:%M"), "from": sender, "text": text})
        if sender == g.full(" "):
            h.t(rel, "person_name", g.full(), g)
        else:
            h.t(rel, "person_name", g.first, g, True)
        h.t(rel, "person_name", c.first, c, True)
        if "連絡先" in text:
            h.t(rel, "phone_number", g.phone, g)
    st = h.staff[1]
    msgs.append({"time": "2024/10/20 09:00", "from": f"みらい教室 {st.full(' ')}",
                 "text": f"10月の予定表をお送りします。ご不明点は教室（{TEL}）までお願いします。"})
    h.named(rel, st)
    h.t(rel, "phone_number", TEL, None, True)
    h.share.write(rel, json.dumps({"group": "みらい教室 保護者連絡", "exported": "2024/11/01",
                                   "members": len(members) + 1, "messages": msgs},
                                  ensure_ascii=False, indent=1))


def attendance(h: DayService) -> None:
    """attendance.sqlite: every child and guardian, two October visits each, four logins."""
    rng, rel = h.rng, "10_システム/attendance.sqlite"
    db = sqlite3.connect(h.share.path(rel))
    db.executescript(SCHEMA)
    for i, c in enumerate(h.children, 1):
        g = c.g
        note = c.diag if rng.random() < .5 else ""
        db.execute("INSERT INTO children VALUES(?,?,?,?,?,?,?,?,?)",
                   (i, c.full(), c.reading(" "), c.born.isoformat(), c.site, g.full(" "),
                    g.phone.replace("-", ""), g.email, note))
        h.named(rel, c)
        h.read(rel, c)
        h.born(rel, c)
        h.reached(rel, g)
        h.t(rel, "email_address", g.email, g)
        if note:
            h.diagnosed(rel, c)
        for day in rng.sample(range(1, 31), 2):
            stf = rng.choice(h.staff)
            db.execute("INSERT INTO attendance(child_id,date,status,in_time,out_time,staff) "
                       "VALUES(?,?,?,?,?,?)", (i, f"2024-10-{day:02d}",
                                               rng.choice(["出席", "欠席", "出席"]), "14:35",
                                               "17:20", stf.last))
            h.t(rel, "person_name", stf.last, stf, True)
    for i, s in enumerate(h.staff[:4], 1):
        pw, ip = f"Mirai{rng.randint(1000, 9999)}!", f"192.168.10.{10 + i}"
        db.execute("INSERT INTO users VALUES(?,?,?,?,?)",
                   (i, s.mail.split("@")[0], pw, "admin" if i == 1 else "staff", ip))
        h.t(rel, "credential", pw, s)
        h.t(rel, "ip_address", ip, None, True)
    db.commit()
    db.execute("VACUUM")
    db.close()


def dump(h: DayService) -> None:
    """backup_guardians_20230331.sql: the first 24 guardians in one INSERT."""
    rel = "10_システム/backup_guardians_20230331.sql"
    lines = ["-- MySQL dump 10.13  Distrib 5.7.42", "-- Host: localhost    Database: mirai_renraku",
             "", GUARDIANS_TABLE, "LOCK TABLES `guardians` WRITE;"]
    values = []
    for i, g in enumerate(h.guardians[:24], 1):
        a, kid = g.addr, g.kids[0]
        values.append(f"({i},'{g.full()}','{g.phone}','{g.email}','{a.zip_code()[1:]}',"
                      f"'{a.full()}','{kid.full()}')")
        h.named(rel, g)
        h.t(rel, "phone_number", g.phone, g)
        h.t(rel, "email_address", g.email, g)
        h.t(rel, "postal_code", a.postal, g)
        h.t(rel, "address", a.full(), g)
        h.named(rel, kid)
    lines += ["INSERT INTO `guardians` VALUES " + ",".join(values) + ";", "UNLOCK TABLES;"]
    h.share.write(rel, "\n".join(lines) + "\n")


def old_zip(h: DayService) -> None:
    """旧利用者_H30-R3.zip: five former children and six current ones (CP932 list) and the R3
    申し送り on the first former child's move."""
    rel = "11_過去データ/旧利用者_H30-R3.zip"
    inner1, inner2 = "旧利用者/退所児童一覧.csv", "旧利用者/申し送り_R3.txt"
    zp, zp2 = f"{rel}!{inner1}", f"{rel}!{inner2}"
    rows = [["氏名", "生年月日", "保護者", "電話", "住所", "障害", "退所日"]]
    for c, m in h.retired:
        ad = m.addr.full()
        rows.append([c.full(), wareki_style(c.born, 0), m.full(), m.phone, ad, c.diag, "R3.3.31"])
        h.named(zp, c)
        h.born(zp, c)
        h.named(zp, m)
        h.t(zp, "phone_number", m.phone, m)
        h.t(zp, "address", ad, m)
        h.diagnosed(zp, c)
    for c in h.children[:6]:
        g = c.g
        rows.append([c.full(), wareki_style(c.born, 0), g.full(), g.phone, g.addr.full(), c.diag,
                     ""])
        h.named(zp, c)
        h.born(zp, c)
        h.named(zp, g)
        h.t(zp, "phone_number", g.phone, g)
        h.t(zp, "address", g.addr.full(), g)
        h.diagnosed(zp, c)
    c, m = h.retired[0]
    memo = (f"R3年度末 申し送り\n{c.full()}くん（高等部進学）→ 生活介護事業所へ移行。"
            f"母 {m.full()}さん 携帯{m.phone}\n退所児童の書類は5年保存（R8.3まで）。\n")
    h.named(zp2, c)
    h.named(zp2, m)
    h.t(zp2, "phone_number", m.phone, m)
    h.share.write_zip(rel, [(inner1, csv_text(rows).encode("cp932")),
                            (inner2, memo.encode("cp932"))], zipfile.ZIP_DEFLATED,
                      when=datetime(2021, 4, 1, 10, 0, 0))


def web_form(h: DayService) -> None:
    """見学申込フォーム_export: six families asking to visit (a diagnosis, the sender's IP)."""
    rng, rel = h.rng, "07_連絡/見学申込フォーム_export.jsonl"
    lines = []
    for i, (g, c) in enumerate(h.prospects):
        a = g.addr
        rec = {"id": f"F2024{1000 + i}",
               "submitted_at": f"2024-10-{5 + i * 3:02d}T20:{10 + i}:00+09:00",
               "parent_name": g.full(" "), "child_name": c.full(),
               "child_birthday": c.born.strftime("%Y/%m/%d"),
               "tel": h.phone(g.phone, rng.choice([0, 1, 5])),
               "email": g.email.upper() if i == 2 else g.email, "zip": a.postal,
               "address": a.full(),
               "message": f"{c.diag}の診断があります。{rng.choice(ASKS)}",
               "ip": f"126.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"}
        lines.append(json.dumps(rec, ensure_ascii=False))
        h.named(rel, g)
        h.named(rel, c)
        h.born(rel, c)
        h.t(rel, "phone_number", g.phone, g)
        h.t(rel, "email_address", g.email, g)
        h.t(rel, "postal_code", a.postal, g)
        h.t(rel, "address", a.full(), g)
        h.t(rel, "sensitive", c.diag, c)
        h.t(rel, "ip_address", rec["ip"], g)
    h.share.write(rel, "\n".join(lines) + "\n")


def access_log(h: DayService) -> None:
    """renraku_app_access.log: twenty guardians' logins from their phones' IPs."""
    rng, rel = h.rng, "10_システム/renraku_app_access.log.jsonl"
    lines = []
    for i in range(20):
        g = rng.choice(h.guardians)
        ip = (f"{rng.choice(['60', '106', '126', '153'])}.{rng.randint(0, 255)}."
              f"{rng.randint(0, 255)}.{rng.randint(1, 254)}")
        lines.append(json.dumps({"ts": f"2024-10-{1 + i:02d}T07:{i:02d}:11+09:00",
                                 "event": rng.choice(["login", "view_notice", "post_absence"]),
                                 "user": g.email, "ip": ip, "ua": IPHONE}, ensure_ascii=False))
        h.t(rel, "email_address", g.email, g)
        h.t(rel, "ip_address", ip, g)
    h.share.write(rel, "\n".join(lines) + "\n")
