"""The branch's systems and notes: the CRM (SQLite, its activity notes with elderly customers'
conditions), the web trading login dump (plain and bcrypt passwords, login IPs, an attack),
the API access log (an API key), the 2019 closed accounts zip, a salesman's handover memo,
the web form's requests, the sales chat and the compliance list of expired ID documents.

bcrypt hashes, staff mail addresses, the branch's servers, the attackers' IPs, the branch's
numbers and surnames alone are neutral.
"""

from __future__ import annotations

import json
import sqlite3
import zipfile
from datetime import datetime

from .japanese import FULL_WIDTH, half_width_kana
from .securities_branch_names import romaji
from .securities_branch_people import BR, CO_FAX, CO_TEL, H_TRUTH, HY, Branch, era, phone
from .share import csv_text, sql_create

_NOTES = ["NISA枠の確認。成長投資枠の残りを説明。", "債券の償還案内。再投資の意向あり。",
          "不在。留守電にメッセージ。",
          "配当金の受取方法変更の相談。", "相場急落についての問い合わせ。"]
_UA = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)"


def crm(b: Branch) -> None:
    """CRM/crm_shinjuku.sqlite: customers 31 to 86, their activity, the staff."""
    rng = b.rng
    rel = "CRM/crm_shinjuku.sqlite"
    db = sqlite3.connect(b.share.path(rel))
    db.execute("CREATE TABLE customer (id INTEGER PRIMARY KEY, account_no TEXT, name TEXT, "
               "name_kana TEXT, birth TEXT, tel TEXT, email TEXT, rank TEXT, staff_code TEXT)")
    db.execute("CREATE TABLE activity (id INTEGER PRIMARY KEY, customer_id INTEGER, ts TEXT, "
               "channel TEXT, note TEXT)")
    db.execute("CREATE TABLE staff (code TEXT PRIMARY KEY, name TEXT, reg_no TEXT, mail TEXT)")
    customers = b.customers[30:86]
    for i, c in enumerate(customers, 1):
        db.execute("INSERT INTO customer VALUES (?,?,?,?,?,?,?,?,?)",
                   (i, c.acct, c.full, c.reading, c.born.isoformat(), c.mob, c.mail,
                    rng.choice("ABC"), c.rep.code))
        b.name(rel, c)
        b.kana(rel, c)
        b.x(rel, "date_of_birth", c.born.isoformat(), c)
        b.x(rel, "phone_number", c.mob, c)
        if c.mail:
            b.x(rel, "email_address", c.mail, c)
    aid = 1
    for i, _ in enumerate(customers, 1):
        for _ in range(rng.randint(0, 2)):
            channel = rng.choice(["電話", "来店", "訪問", "メール"])
            note = rng.choice(_NOTES)
            ts = (f"2024-{rng.randint(7, 10):02d}-{rng.randint(1, 28):02d} {rng.randint(9, 17)}:"
                  f"{rng.randint(0, 59):02d}")
            db.execute("INSERT INTO activity VALUES (?,?,?,?,?)", (aid, i, ts, channel, note))
            aid += 1
    for a in b.agents:  # the elderly customers' conditions, where the CRM holds them
        o = a.of
        if o in customers:
            note = (f"{a.rel}様より連絡。{b.health[o.id]}。今後は{a.rel}様経由で連絡すること"
                    f"（携帯 {phone(a.mob)}）。")
            db.execute("INSERT INTO activity VALUES (?,?,?,?,?)",
                       (aid, customers.index(o) + 1, "2024-10-20 14:00", "電話", note))
            aid += 1
            b.x(rel, "sensitive", H_TRUTH[b.health[o.id]], o)
            b.x(rel, "phone_number", a.mob, a)
    for s in b.staff:
        db.execute("INSERT INTO staff VALUES (?,?,?,?)", (s.code, s.full, s.regno, s.work))
        b.name(rel, s)
        b.x(rel, "email_address", s.work, s, True)
    db.commit()
    db.close()


def dump(b: Branch) -> None:
    """システム/webtrade_auth_dump_20241029.sql: customers 41 to 75's logins (12 plain
    passwords), their login IPs and eight credential-stuffing attempts."""
    rng = b.rng
    rel = "システム/webtrade_auth_dump_20241029.sql"
    lines = ["-- MySQL dump 10.13  Distrib 5.7.44, for Linux (x86_64)",
             "-- Host: 10.20.1.15    Database: webtrade", "SET NAMES utf8mb4;", "",
             sql_create("users", "user_id varchar(16), account_no varchar(12), email varchar(128), "
                                 "password varchar(128), pw_scheme varchar(8)"),
             "INSERT INTO `users` VALUES"]
    b.t(rel, "ip_address", "10.20.1.15", None, True)
    web = b.ext["web"] = b.customers[40:75]
    vals = []
    for k, c in enumerate(web):
        if k < 12:
            pw = (rng.choice(["sakura", "tokyo", "yama", "pass", "kabu", "money"])
                  + str(rng.randint(1000, 9999)) + rng.choice(["", "!", "#"]))
            scheme = "plain"
            b.t(rel, "credential", pw, c.id)
        else:
            letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789./"
            pw = "$2y$10$" + "".join(rng.choice(letters) for _ in range(53))
            scheme = "bcrypt"
            b.t(rel, "credential", pw, c.id, True)
        em = c.mail or ""
        vals.append(f"('{c.uid}','{c.acct}','{em}','{pw}','{scheme}')")
        if em:
            b.x(rel, "email_address", em, c)
    lines.append(",\n".join(vals) + ";")
    lines += ["", sql_create("login_log", "id int, user_id varchar(16), login_at datetime, "
                                          "src_ip varchar(45), result varchar(8), ua varchar(255)"),
              "INSERT INTO `login_log` VALUES"]
    ipmap = b.ext["ipmap"] = {}
    for c in web:
        ipmap[c.id] = (f"{rng.choice([126, 133, 153, 180, 219, 60])}.{rng.randint(0, 255)}."
                       f"{rng.randint(0, 255)}.{rng.randint(1, 254)}")
    vals = []
    for lid in range(1, 91):
        c = rng.choice(web)
        res = "OK" if rng.random() < .8 else "NG"
        when = (f"2024-10-{rng.randint(1, 28):02d} {rng.randint(0, 23):02d}:"
                f"{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}")
        vals.append(f"({lid},'{c.uid}','{when}','{ipmap[c.id]}','{res}','{_UA}')")
    for c in web:
        if any(f"'{c.uid}'" in v for v in vals):
            b.x(rel, "ip_address", ipmap[c.id], c)
    for k in range(8):  # credential stuffing: no one's
        c = rng.choice(web)
        ip = f"45.142.{rng.randint(100, 120)}.{rng.randint(2, 250)}"
        vals.append(f"({91 + k},'{c.uid}','2024-10-29 03:{10 + k:02d}:11','{ip}','NG',"
                    "'python-requests/2.31')")
    lines.append(",\n".join(vals) + ";")
    for v in vals[-8:]:
        b.t(rel, "ip_address", v.split("'")[5], None, True)
    b.share.write(rel, "\n".join(lines) + "\n")


def api_log(b: Branch) -> None:
    """システム/api_access_20241029.jsonl: 60 calls by 20 web customers (profile updates with
    phone and mail), then a debug line with the market data API key."""
    rng = b.rng
    rel = "システム/api_access_20241029.jsonl"
    web, ipmap = b.ext["web"], b.ext["ipmap"]
    out = []
    api_key = "mk_live_" + "".join(rng.choice("0123456789abcdef") for _ in range(32))
    for _ in range(60):
        c = rng.choice(web[:20])
        ev = {"ts": f"2024-10-29T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:"
                    f"{rng.randint(0, 59):02d}+09:00",
              "level": "INFO", "method": rng.choice(["GET", "POST"]),
              "path": rng.choice(["/api/v2/portfolio", "/api/v2/orders", "/api/v2/profile"]),
              "user_id": c.uid, "client_ip": ipmap[c.id], "status": 200,
              "latency_ms": rng.randint(20, 900)}
        if ev["path"] == "/api/v2/profile" and ev["method"] == "POST":
            ev["body"] = {"tel": phone(c.mob), "email": c.mail}
            b.x(rel, "phone_number", c.mob, c)
            if c.mail:
                b.x(rel, "email_address", c.mail, c)
        out.append(ev)
        b.x(rel, "ip_address", ipmap[c.id], c)
    out.append({"ts": "2024-10-29T03:15:00+09:00", "level": "DEBUG",
                "msg": "market data upstream auth", "api_key": api_key, "upstream": "10.20.3.7"})
    b.t(rel, "credential", api_key)
    b.t(rel, "ip_address", "10.20.3.7", None, True)
    b.share.write(rel, "".join(json.dumps(ev, ensure_ascii=False) + "\n" for ev in out))


def closed(b: Branch) -> None:
    """過去データ/解約口座_2019.zip: twelve closed accounts (CP932) and a memo naming one."""
    rng = b.rng
    rel = "過去データ/解約口座_2019.zip"
    people = []
    for _ in range(12):
        c = b.person("closed", y0=1935, y1=1990)
        c.acct = f"{BR}-{rng.randint(100000, 999999):06d}"
        people.append(c)
    inner = "解約口座/解約口座一覧_H31.csv"
    rows = [["口座番号", "氏名", "ﾌﾘｶﾞﾅ", "生年月日", "住所", "電話番号", "解約日", "解約理由"]]
    q = rel + "!" + inner
    for c in people:
        tel = c.tel or c.mob
        rows.append([c.acct, c.name(), half_width_kana(c.kana()), era(c.born, 1), c.home,
                     phone(tel), era(b.rand_date(2018, 2019), 2),
                     rng.choice(["他社へ移管", "本人死亡", "資金需要", "転居"])])
        b.name(q, c)
        b.kana(q, c)
        b.x(q, "date_of_birth", c.born.isoformat(), c)
        b.x(q, "address", c.home, c)
        b.x(q, "phone_number", tel, c)
    s0, c0 = b.staff[0], people[0]
    memo = (f"解約口座データ　保管メモ\n保存期間：10年（2029年3月まで）\n"
            f"問い合わせ：{s0.full}（内線{s0.naisen}）\n"
            f"{c0.full}様は再開設の可能性あり。連絡先 {phone(c0.mob, '－')}\n")
    b.share.write_zip(rel, [(inner, csv_text(rows).encode("cp932")),
                            ("解約口座/保管メモ.txt", memo.encode("cp932"))],
                      zipfile.ZIP_DEFLATED, datetime(2019, 4, 1, 9, 0, 0))
    q = rel + "!解約口座/保管メモ.txt"
    b.name(q, s0, c0)
    b.x(q, "phone_number", c0.mob, c0)


def handover(b: Branch) -> None:
    """引継ぎ/引継ぎメモ_*.txt: the first salesman's customers handed to the second, one
    agent's parent's condition."""
    rng = b.rng
    s0, s1 = b.sales[0], b.sales[1]
    rel = f"引継ぎ/引継ぎメモ_{s0.last}.txt"
    hs = [c for c in b.customers if c.rep is s0][:6] or b.customers[:6]
    t = [f"引継ぎメモ　{s0.full} → {s1.full}", "（異動のため。11/1付）", ""]
    b.name(rel, s0, s1)
    for c in hs:
        ph = c.tel or c.mob
        st = rng.choice([0, 1, 2])
        if st == 0:
            t.append(f"・{c.full}さん　{phone(ph, rng.choice(HY)).translate(FULL_WIDTH)}　"
                     f"{era(c.born, 0).split('年')[0]}年生まれ。夕方以降の電話を希望。")
            b.x(rel, "phone_number", ph, c)
        elif st == 1:
            t.append(f"・{c.name()}様（{era(c.born, 1)}生） 〒{c.postal} {c.rest}  "
                     "国債の償還金の件、11月中に連絡。")
            b.x(rel, "date_of_birth", c.born.isoformat(), c)
            b.x(rel, "postal_code", c.postal, c)
            b.x(rel, "address", c.rest, c)
        else:
            t.append(f"・{c.full}様 携帯{phone(c.mob, '')} 奥様が窓口。NISAの買付は毎月10日。")
            b.x(rel, "phone_number", c.mob, c)
        b.name(rel, c)
    a = b.agents[2]
    t += ["", f"※{a.of.full}様はご家族（{a.rel} {a.full}様 {phone(a.mob)}）経由で連絡すること。"
              f"{b.health.get(a.of.id, '')}。",
          "※WEBの初期パスワードは口座開設時に郵送済み。再発行はシステム部へ。",
          "支店代表 03-5321-1100 / FAX 03-5321-1199"]
    b.name(rel, a.of, a)
    b.x(rel, "phone_number", a.mob, a)
    b.x(rel, "sensitive", H_TRUTH[b.health[a.of.id]], a.of)
    b.t(rel, "phone_number", CO_TEL, None, True)
    b.t(rel, "phone_number", CO_FAX, None, True)
    b.share.write(rel, "\n".join(t) + "\n")


def webform(b: Branch) -> None:
    """Web/資料請求フォーム_export.json: ten prospects' requests, their IPs."""
    rng = b.rng
    rel = "Web/資料請求フォーム_export.json"
    prospects = b.ext["prospects"] = [b.person("prospect", y0=1950, y1=1998) for _ in range(10)]
    recs = []
    for k, p in enumerate(prospects):
        if not p.mail:
            p.mail = f"{romaji(p.first_kana)}{rng.randint(100, 999)}@gmail.com"
        rec = {"id": 5000 + k,
               "submitted_at": f"2024-10-{rng.randint(1, 30):02d}T"
                               f"{rng.randint(8, 23):02d}:10:00+09:00",
               "name": p.name(), "kana": p.kana(), "email": p.mail,
               "tel": phone(p.mob, rng.choice(["-", ""])), "zip": p.postal, "address": p.home,
               "age_band": f"{(2024 - p.born.year) // 10 * 10}代",
               "interest": rng.choice(["NISA", "iDeCo", "外国株", "債券"]),
               "remote_ip": f"{rng.choice([114, 126, 203])}.{rng.randint(0, 255)}."
                            f"{rng.randint(0, 255)}.{rng.randint(1, 254)}"}
        recs.append(rec)
        b.name(rel, p)
        b.kana(rel, p)
        b.x(rel, "email_address", p.mail, p)
        b.x(rel, "phone_number", p.mob, p)
        b.x(rel, "postal_code", p.postal, p)
        b.x(rel, "address", p.home, p)
        b.x(rel, "ip_address", rec["remote_ip"], p)
    b.share.write(rel, json.dumps({"form": "資料請求", "count": len(recs), "records": recs},
                                  ensure_ascii=False, indent=2))


def chat(b: Branch) -> None:
    """社内チャット/shinjuku-eigyo_export.json: five messages (a callback, an ID check, a new
    address, a My Number typed in chat, a trade number)."""
    rng = b.rng
    rel = "社内チャット/shinjuku-eigyo_export.json"
    c1, c2, c3 = b.customers[60:63]
    sales, comp = b.sales, b.compliance
    said = [
        (sales[3], f"{c1.last}様から折返し依頼です。{phone(c1.mob)} までお願いします",
         [("phone_number", c1.mob, c1)]),
        (sales[4], f"了解です。{c1.last}様の件、生年月日 {era(c1.born, 0)} で本人確認済みです",
         [("date_of_birth", c1.born.isoformat(), c1)]),
        (comp[1], f"{c2.full}様の住所変更届、新住所は{c2.home}です。システム反映お願いします",
         [("address", c2.home, c2)]),
        (sales[3],
         f"{c3.name()}様のマイナンバー、口頭で伺いました {c3.mn or b.my_number()} ←後で消します",
         [("my_number", c3.mn, c3)] if c3.mn else []),
        (sales[5], "今日の約定件数は 42件 でした。約定番号 " + b.yakujo_no() + " の訂正あり", [])]
    msgs = []
    for who, txt, items in said:
        msgs.append({"user": who.full, "user_email": who.work,
                     "ts": f"2024-10-{rng.randint(1, 28):02d}T1{rng.randint(0, 8)}:00:00",
                     "text": txt})
        b.name(rel, who)
        b.x(rel, "email_address", who.work, who, True)
        for category, value, p in items:
            b.x(rel, category, value, p)
    if not c3.mn:
        b.t(rel, "my_number", msgs[3]["text"].split("伺いました ")[1].split(" ")[0], c3.id)
    b.name(rel, c2)
    b.surname(rel, c1)
    b.name(rel, c3)
    b.share.write(rel, json.dumps({"channel": "新宿営業課", "messages": msgs},
                                  ensure_ascii=False, indent=1))


def expired_ids(b: Branch) -> None:
    """コンプライアンス/本人確認書類_不備リスト.txt: eight customers' readings with their
    licence or passport numbers."""
    rel = "コンプライアンス/本人確認書類_不備リスト.txt"
    t = ["本人確認書類　不備リスト（手入力）", "=" * 30]
    for c in [c for c in b.customers if c.lic or c.pp][:8]:
        doc = f"運転免許証 {c.lic}" if c.lic else f"旅券 {c.pp}"
        t.append(f"{c.acct}  {c.kana()}  {doc}  有効期限切れ→再提出依頼")
        b.kana(rel, c)
        if c.lic:
            b.x(rel, "drivers_license_number", c.lic, c)
        else:
            b.x(rel, "passport_number", c.pp, c)
    checker = b.compliance[2]
    t.append(f"確認者：{checker.full}")
    b.name(rel, checker)
    b.share.write(rel, "\n".join(t) + "\n")
