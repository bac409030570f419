"""The association's chat, form and app: the officers' LINE export (a hospitalised 要支援者's
illness, a 班長's mobile), the residents' Google Form answers, the members app's SQLite and
its MySQL dump (the admin password, login IPs), its access log and the R4 roster zip (CP932,
households since moved away).
"""

from __future__ import annotations

import json
import sqlite3
import zipfile
from datetime import datetime, timedelta

from .neighbourhood_people import TOWN, Association, Person, era
from .share import csv_text


def line(a: Association) -> None:
    """09_LINE/[LINE] 霞ケ丘二丁目 役員会のトーク.txt (CRLF)."""
    path = "09_LINE/[LINE] 霞ケ丘二丁目 役員会のトーク.txt"
    kaicho, bosai, fuku, kaikei, kankyo, shoki = (a.o(r) for r in (
        "会長", "防災部長", "副会長", "会計", "環境部長", "書記"))
    sick, b, h5 = a.support[2], a.ext["B"], a.hancho[5]
    lines = ["[LINE] 霞ケ丘二丁目 役員会のトーク履歴", "保存日時：2024/10/01 22:10", "",
             "2024/09/28(土)",
             f"19:02\t{kaicho.name(' ')}\t来週の訓練、テント設営は8時集合でお願いします",
             f"19:05\t{bosai.name(' ')}\t了解です。要支援者の名簿は印刷して持っていきます",
             f"19:07\t{fuku.name(' ')}\t{sick.hh.han}班の{sick.name('')}さん、{sick.byoki}"
             "で先週から入院してるそうです。訓練は欠席で",
             f"19:10\t{kaikei.name(' ')}\t[写真]",
             f"19:11\t{kaikei.name(' ')}\t祭りの会計報告です。{b.last}さんの件、会長お願いします",
             "2024/09/29(日)",
             f"08:15\t{kankyo.name(' ')}\t清掃の件で{h5.last}さんに"
             "連絡したいので携帯教えてください",
             f"08:20\t{kaicho.name(' ')}\t{h5.last}さんは {a.phone(h5.mobile, 'plain')} です",
             f"08:21\t{kankyo.name(' ')}\tありがとうございます！",
             f"21:40\t{shoki.name(' ')}\t{shoki.name(' ')}がメッセージの送信を取り消しました"]
    a.share.write(path, "\r\n".join(lines) + "\r\n")
    a.name(path, kaicho, bosai, fuku, kaikei, kankyo, shoki, sick)
    a.tp(path, sick, "sensitive", sick.byoki)
    a.surname(path, b)
    a.surname(path, h5)
    a.tp(path, h5, "phone_number", h5.mobile)


def survey(a: Association) -> None:
    """10_アンケート/住民アンケート2024（回答）.csv: heads with mail and four without, some
    mobiles; a neighbour's surname in a complaint (neutral)."""
    rng, path = a.rng, "10_アンケート/住民アンケート2024（回答）.csv"
    rows = [["タイムスタンプ", "メールアドレス", "お名前", "班", "年代",
             "町内会の活動に満足していますか",
             "自由記述（ご意見・ご要望）", "連絡先（任意）"]]
    heads = a.heads
    resp = [p for p in heads if p.alive and p.email]
    resp += rng.sample([p for p in heads if p.alive and not p.email], 4)
    for i, p in enumerate(resp):
        ts = datetime(2024, 6, 1, 8, 0) + timedelta(minutes=97 * i + rng.randint(0, 60))
        nb = rng.choice(heads)
        free = rng.choice(["", "回覧板をLINEにしてほしい", "ゴミ集積所のカラス対策をお願いします",
                           f"隣の{nb.last}さんの犬の鳴き声が気になります", "役員のなり手がいない"])
        if nb.last + "さんの犬" in free:
            a.surname(path, nb)
        ph = p.mobile if rng.random() < 0.5 and p.mobile else None
        em = p.email or ""
        rows.append([ts.strftime("%Y/%m/%d %H:%M:%S"), em, a.nm(p, rng.choice([" ", ""])),
                     f"{p.hh.han}班", f"{(2024 - p.born.year) // 10 * 10}代",
                     rng.choice(["満足", "やや満足", "普通", "やや不満"]), free,
                     a.phone(ph) if ph else ""])
        a.name(path, p)
        if em:
            a.tp(path, p, "email_address", em)
        if ph:
            a.tp(path, p, "phone_number", ph)
    a.share.write(path, csv_text(rows))


def _member(a: Association, path: str, p: Person) -> str | None:
    """The name, birth date and kana (neutral) gen.py recorded for an app member; the phone."""
    a.name(path, p)
    a.tp(path, p, "date_of_birth", p.born.isoformat())
    return p.mobile or p.hh.tel


def app(a: Association) -> None:
    """11_アプリ/chonai_app.sqlite3: thirty members (birth dates), the 会長's admin password
    and a push log."""
    rng, path = a.rng, "11_アプリ/chonai_app.sqlite3"
    kaicho = a.o("会長")
    con = sqlite3.connect(a.share.path(path))
    con.executescript(
        "CREATE TABLE members(id INTEGER PRIMARY KEY, han INTEGER, name TEXT, name_kana TEXT, "
        "birth_date TEXT, tel TEXT, email TEXT, created_at TEXT);\n"
        "CREATE TABLE admin_users(id INTEGER PRIMARY KEY, login TEXT, password TEXT, "
        "member_id INTEGER);\n"
        "CREATE TABLE push_log(id INTEGER PRIMARY KEY, member_id INTEGER, sent_at TEXT, "
        "title TEXT);")
    users = a.ext["appusers"] = [p for p in a.heads if p.alive and (p.email or p.mobile)][:30]
    for i, p in enumerate(users, 1):
        con.execute("INSERT INTO members VALUES(?,?,?,?,?,?,?,?)",
                    (i, p.hh.han, p.name(" "), p.kana(), p.born.isoformat(),
                     p.mobile or p.hh.tel, p.email,
                     f"2023-0{rng.randint(1, 9)}-1{rng.randint(0, 9)} 10:00:00"))
        tel = _member(a, path, p)
        a.tk(path, p)
        a.reach(path, p, tel)
    pw = a.ext["admin_pw"] = "Kasumi2chome!" + str(rng.randint(10, 99))
    kid = users.index(kaicho) + 1 if kaicho in users else 1
    con.execute("INSERT INTO admin_users VALUES(1,?,?,?)", ("kaicho", pw, kid))
    a.t(path, "credential", pw, (kaicho if kaicho in users else users[0]).id)
    for i in range(1, 40):
        con.execute("INSERT INTO push_log VALUES(?,?,?,?)",
                    (i, rng.randint(1, len(users)), f"2024-09-{rng.randint(1, 28):02d} 12:00:00",
                     "回覧板が届きました"))
    con.commit()
    con.close()


def dump(a: Association) -> None:
    """11_アプリ/backup/chonai_app_20240901.sql: 25 members with their last login IPs."""
    rng, path = a.rng, "11_アプリ/backup/chonai_app_20240901.sql"
    users, pw, kaicho = a.ext["appusers"], a.ext["admin_pw"], a.o("会長")
    out = ["-- MySQL dump 10.13  Distrib 8.0.36", "-- Host: localhost    Database: chonai", "",
           "DROP TABLE IF EXISTS `members`;",
           "CREATE TABLE `members` (`id` int NOT NULL, `han` int, `name` varchar(64), "
           "`name_kana` varchar(64), `birth_date` date, `tel` varchar(20), `email` varchar(128), "
           "`last_login_ip` varchar(45), PRIMARY KEY (`id`)) "
           "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;",
           "LOCK TABLES `members` WRITE;"]
    vals = []
    for i, p in enumerate(users[:25], 1):
        ip = (f"{rng.choice([126, 114, 60, 153, 220])}.{rng.randint(1, 254)}."
              f"{rng.randint(1, 254)}.{rng.randint(1, 254)}")
        tel = p.mobile or p.hh.tel
        mail = repr(p.email) if p.email else "NULL"
        vals.append(f"({i},{p.hh.han},'{p.name(' ')}','{p.kana()}','{p.born.isoformat()}',"
                    f"'{a.phone(tel, 'h') if tel else ''}',{mail},'{ip}')")
        _member(a, path, p)
        a.tp(path, p, "ip_address", ip)
        a.tk(path, p)
        a.reach(path, p, tel)
    out.append("INSERT INTO `members` VALUES " + ",".join(vals) + ";")
    out += ["UNLOCK TABLES;", "", "DROP TABLE IF EXISTS `admin_users`;",
            "CREATE TABLE `admin_users` (`id` int, `login` varchar(32), `password` varchar(64));",
            f"INSERT INTO `admin_users` VALUES (1,'kaicho','{pw}');",
            "-- Dump completed on 2024-09-01  3:00:01"]
    a.t(path, "credential", pw, (kaicho if kaicho in users else users[0]).id)
    a.share.write(path, "\n".join(out) + "\n")


def access_log(a: Association) -> None:
    """11_アプリ/logs/access_202409.jsonl: thirty logins of the first twelve members."""
    rng, path = a.rng, "11_アプリ/logs/access_202409.jsonl"
    out = []
    for i in range(30):
        p = rng.choice(a.ext["appusers"][:12])
        ip = f"126.{rng.randint(1, 254)}.{rng.randint(1, 254)}.{rng.randint(1, 254)}"
        out.append(json.dumps({"ts": f"2024-09-{1 + i % 28:02d}T{8 + i % 12:02d}:{i * 7 % 60:02d}"
                                     ":00+09:00",
                               "event": "login", "user": p.email or p.mobile, "ip": ip,
                               "ua": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)"},
                              ensure_ascii=False))
        a.tp(path, p, "ip_address", ip)
        if p.email:
            a.tp(path, p, "email_address", p.email)
        else:
            a.tp(path, p, "phone_number", p.mobile)
    a.share.write(path, "\n".join(out) + "\n")


def old_roster(a: Association) -> None:
    """99_過去データ/名簿_R4.zip: the R4 roster (CP932, thirty households and the three since
    moved) and a readme naming the former 会長."""
    rng, path = a.rng, "99_過去データ/名簿_R4.zip"
    inner = "名簿_R4/会員名簿_R4年度.csv"
    ip = f"{path}!{inner}"
    rows = [["班", "氏名", "ﾌﾘｶﾞﾅ", "住所", "TEL", "生年月日", "備考"]]
    for h in a.households[:30]:
        p = h.head
        ad = a.addr(h, rng.choice(["short", "city", "hy"]))
        tel = h.tel or p.mobile
        bd = era(p.born, rng.choice(["dot", "kanji"])) if rng.random() < 0.5 else ""
        rows.append([h.han, a.nm(p), p.kana(), ad, a.phone(tel, "h") if tel else "", bd, ""])
        a.name(ip, p)
        a.tp(ip, p, "address", ad)
        a.tk(ip, p)
        if tel:
            a.tp(ip, p, "phone_number", tel)
        if bd:
            a.tp(ip, p, "date_of_birth", p.born.isoformat())
    for mv in a.moved:
        p = mv["p"]
        ad = f"{TOWN}2-{mv['ban']}-{mv['go']}"
        rows.append([mv["han"], a.nm(p), p.kana(), ad, a.phone(mv["tel"], "h"), era(p.born, "dot"),
                     "転出予定"])
        a.name(ip, p)
        a.tp(ip, p, "address", ad)
        a.tp(ip, p, "phone_number", mv["tel"])
        a.tk(ip, p)
        a.tp(ip, p, "date_of_birth", p.born.isoformat())
    former = a.moved[0]["p"]
    readme = (f"R4年度名簿（前会長 {former.name('')} さん作成）\r\n"
              "Excelで開くと文字化けする場合はメモ帳で。\r\n")
    a.name(f"{path}!名簿_R4/はじめに.txt", former)
    a.share.write_zip(path, [(inner, csv_text(rows).encode("cp932", errors="replace")),
                             ("名簿_R4/はじめに.txt", readme.encode("cp932"))],
                      zipfile.ZIP_DEFLATED, datetime(2022, 4, 10, 12, 0, 0))
