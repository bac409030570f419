"""The scrivener's systems: the web inquiry form's JSON (IPs), the fee database (SQLite;
invoice numbers passing Luhn), the old case system's MySQL dump (受付番号 passing the My
Number check), the closed cases' zip, the office chat's export and the case system's access
log (the office's own addresses, neutral).
"""

from __future__ import annotations

import io
import json
import sqlite3
import zipfile
from datetime import date, datetime, timedelta

from .identifiers import luhn_number, my_number
from .scrivener_people import (
    JST,
    OFFICE_ADDR,
    OFFICE_BANK,
    OFFICE_NAME,
    OFFICE_REG,
    Office,
    era,
)
from .share import csv_text

TOPICS = {"相続登記": "父が亡くなり実家の名義変更をしたいです。兄弟は3人です。",
          "遺言": "公正証書遺言の作成について相談したいです。",
          "成年後見": "母が認知症と診断され、預金の管理ができなくなりました。",
          "借金の相談": "カードローン3社で合計200万円ほどあります。",
          "会社設立": "来年4月に株式会社を設立予定です。"}


def jsonl(records: list[dict]) -> str:
    """JSON Lines, non-ASCII kept."""
    return "\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n"


def webform(w: Office) -> None:
    """07_web/お問い合わせフォーム_2024.json: the eight new inquirers, two inheritances'
    clients and a debtor (their IPs; an unnamed mother's dementia neutral)."""
    rng, path = w.rng, "07_web/お問い合わせフォーム_2024.json"
    recs = []
    for i, p in enumerate([*w.web_new, w.inh[8].client, w.inh[9].client, w.debt[3].p]):
        if not p.email:
            p.email = f"web{rng.randint(1000, 9999)}@gmail.com"
        ip = (f"{rng.choice([126, 153, 180, 219, 60])}.{rng.randint(0, 255)}."
              f"{rng.randint(0, 255)}.{rng.randint(1, 254)}")
        topic = rng.choice(list(TOPICS))
        rid = 2400 + i * 3 + rng.randint(0, 2)
        received = (f"2024-{rng.randint(1, 10):02d}-{rng.randint(1, 28):02d}"
                    f"T{rng.randint(8, 22):02d}:{rng.randint(0, 59):02d}:00+09:00")
        recs.append({"id": rid, "received_at": received,
                     "name": p.name(rng.choice([" ", "　", ""])), "kana": p.kana(" "),
                     "email": p.email, "tel": w.tel(p.mobile, rng.choice([0, 1])),
                     "pref": p.addr.pref, "topic": topic, "message": TOPICS[topic],
                     "consent": True, "remote_addr": ip,
                     "user_agent": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)"})
        w.tp(path, p, kana=True, email=True, phone=p.mobile)
        w.t(path, "ip_address", ip, p.id)
        if topic == "成年後見":
            w.t(path, "sensitive", "認知症", None, True)
    w.share.write(path, json.dumps(recs, ensure_ascii=False, indent=2))


def fees(w: Office) -> None:
    """08_報酬/houshu.sqlite: the office's details, 16 clients, their invoices and every third
    one's payment (the payer's kana)."""
    rng, path = w.rng, "08_報酬/houshu.sqlite"
    db = sqlite3.connect(w.share.path(path))
    db.executescript("""
    CREATE TABLE office(key TEXT PRIMARY KEY, value TEXT);
    CREATE TABLE clients(id INTEGER PRIMARY KEY, name TEXT, kana TEXT, zip TEXT, address TEXT, tel TEXT, email TEXT);
    CREATE TABLE invoices(invoice_no TEXT PRIMARY KEY, client_id INTEGER, issued TEXT, fee INTEGER, tax INTEGER, jippi INTEGER, status TEXT);
    CREATE TABLE payments(id INTEGER PRIMARY KEY, invoice_no TEXT, paid TEXT, method TEXT, payer TEXT, note TEXT);
    """)  # noqa: E501
    bank = f"{OFFICE_BANK[0]} {OFFICE_BANK[1]} 普通 {OFFICE_BANK[3]}"
    for k, v in [("office_name", OFFICE_NAME), ("tel", "03-5421-0876"), ("address", OFFICE_ADDR),
                 ("invoice_registration_no", w.tno), ("bank", bank),
                 ("shihoushoshi_reg", OFFICE_REG)]:
        db.execute("INSERT INTO office VALUES(?,?)", (k, v))
    w.office(path, bank=True)
    w.t(path, "corporate_number", w.tno[1:], None, True)
    clients = ([c.client for c in w.inh[:10]] + [c.rep for c in w.comp[:3]]
               + [d.p for d in w.debt[:3]])
    for i, p in enumerate(clients):
        cid = w.client_ids[p.id]
        a = p.addr.text(0)
        db.execute("INSERT INTO clients VALUES(?,?,?,?,?,?,?)",
                   (cid, p.name(), p.kana(), p.addr.postal(1), a, w.tel(p.phone, 0), p.email))
        w.tp(path, p, kana=True, zipc=True, addr=a, phone=p.phone, email=bool(p.email))
        inv = luhn_number(rng, "4", 16)
        fee = rng.randint(5, 30) * 10000
        issued = f"2024-{rng.randint(2, 10):02d}-{rng.randint(1, 28):02d}"
        db.execute("INSERT INTO invoices VALUES(?,?,?,?,?,?,?)",
                   (inv, cid, issued, fee, fee // 10, rng.randint(3, 60) * 1000,
                    rng.choice(["入金済", "未入金", "入金済"])))
        if i % 3 == 0:
            db.execute("INSERT INTO payments(invoice_no,paid,method,payer,note) VALUES(?,?,?,?,?)",
                       (inv, "2024-10-31", "振込", p.kana(""),
                        f"振込先 {OFFICE_BANK[0]} {OFFICE_BANK[1]} {OFFICE_BANK[3]}"))
            w.t(path, "person_name", p.kana(""), p.id, True)
    db.commit()
    db.execute("VACUUM")
    db.close()


def dump(w: Office) -> None:
    """09_旧システム/jimusho_case_2016.sql: eight old clients and the third inheritance's last
    heir, and two staff."""
    rng, path, chief, clerk = w.rng, "09_旧システム/jimusho_case_2016.sql", *w.staff[:2]
    sq = ["-- MySQL dump 10.13  Distrib 5.5.62, for Win64 (x86_64)",
          "-- Host: localhost    Database: jimusho", "-- Server version\t5.5.62", "",
          "DROP TABLE IF EXISTS `kokyaku`;",
          "CREATE TABLE `kokyaku` (\n  `kokyaku_id` int(11) NOT NULL,\n  `shimei` varchar(64),\n"
          "  `furigana` varchar(64),\n  `seinengappi` date,\n  `yubin` varchar(8),\n"
          "  `jusho` varchar(255),\n  `tel` varchar(20),\n  `jiken_shubetsu` varchar(32),\n"
          "  `uketsuke_no` varchar(20),\n  PRIMARY KEY (`kokyaku_id`)\n"
          ") ENGINE=InnoDB DEFAULT CHARSET=utf8;",
          "", "LOCK TABLES `kokyaku` WRITE;"]
    vals = []
    for i, p in enumerate([*w.old[:8], w.inh[2].heirs[-1]]):
        a = p.addr.text(0)
        kind = rng.choice(["相続登記", "抵当権抹消", "遺言書作成支援", "贈与登記"])
        vals.append(f"({201 + i},'{p.name()}','{p.kana()}','{p.born.isoformat()}',"
                    f"'{p.addr.postal(1)}','{a}','{w.tel(p.phone, 0)}','{kind}',"
                    f"'{my_number(rng, zero_lead='3')}')")
        w.tp(path, p, kana=True, dob=True, zipc=True, addr=a, phone=p.phone)
    sq.append("INSERT INTO `kokyaku` VALUES " + ",".join(vals) + ";")
    sq += ["UNLOCK TABLES;", "", "DROP TABLE IF EXISTS `tanto`;",
           "CREATE TABLE `tanto` (`id` int, `name` varchar(32), `mail` varchar(64));",
           f"INSERT INTO `tanto` VALUES (1,'{chief.name()}','{chief.email}'),"
           f"(2,'{clerk.name()}','{clerk.email}');", ""]
    w.tp(path, chief)
    w.tp(path, clerk)
    w.t(path, "email_address", str(chief.email), chief.id, True)
    w.t(path, "email_address", str(clerk.email), clerk.id, True)
    w.share.write(path, "\n".join(sq))


def closed(w: Office) -> None:
    """10_終了案件/終了案件_2018-2020.zip: the 10th to 16th and first two old clients (a CP932
    list) and a memo of the 10th's mobile, dated 31 March 2021."""
    rng, path = w.rng, "10_終了案件/終了案件_2018-2020.zip"
    rows: list[list] = [["終了日", "依頼者", "ﾌﾘｶﾞﾅ", "生年月日", "住所", "電話", "事件", "報酬"]]
    for p in w.old[9:] + w.old[:2]:
        a = p.addr.text(1)
        rows.append([f"{rng.randint(2018, 2020)}/{rng.randint(1, 12)}/{rng.randint(1, 28)}",
                     p.name(""), p.kana(), era(p.born, 1), a, w.tel(p.phone, 0),
                     rng.choice(["相続登記", "抵当権抹消", "住所変更登記"]),
                     rng.randint(3, 15) * 10000])
        w.tp(path + "!2018-2020/終了案件一覧.csv", p, kana=True, dob=True, addr=a, phone=p.phone)
    p = w.old[9]
    memo = (f"【保存期間満了後 廃棄予定】\n{p.name()}様 相続登記 完了 "
            f"{era(date(2019, 11, 5))}\n"
            f"登記識別情報通知 本人へ手渡し済。受領書あり。\n連絡先 {w.tel(p.mobile, 4)}\n")
    w.tp(path + "!2018-2020/メモ_完了案件.txt", p, phone=p.mobile)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in [("2018-2020/終了案件一覧.csv", csv_text(rows).encode("cp932")),
                           ("2018-2020/メモ_完了案件.txt", memo.encode())]:
            member = zipfile.ZipInfo(name, (2021, 3, 31, 18, 0, 0))
            member.flag_bits |= 0x800
            member.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(member, data)
    w.share.write(path, buffer.getvalue())


def chat(w: Office) -> None:
    """13_チャット/事務所チャット_export.jsonl: the staff on an heir's new address, a company's
    president's mobile and a ward's dementia."""
    path, s = "13_チャット/事務所チャット_export.jsonl", w.staff
    c, g, cm = w.inh[13], w.guard[3], w.comp[3]
    ts = datetime(2024, 10, 7, 9, 12, tzinfo=JST)
    home = c.client.addr.text(1)
    talk = [(s[2], f"{c.client.name('')}さんから電話、戸籍の郵送先を {home} に変更したいとのこと"),
            (s[1], "了解です。住所変更届も出してもらいましょう"),
            (s[0], f"{cm.name}の役員変更、{cm.rep.name('')}社長の就任承諾書まだ？"),
            (s[2], f"明日届きます。社長の携帯 {w.tel(cm.rep.mobile, 0)}"),
            (s[1], f"{g.ward.name('')}さんの施設から連絡。"
                   f"{g.ward.diag}が進んで入院になるかもとのこと"),
            (s[0], "了解。家裁への報告を準備して"),
            (s[2], "お昼の弁当注文します。030-1234-5678 じゃなくて、いつもの店です笑")]
    msgs = []
    for i, (who, text) in enumerate(talk):
        msgs.append({"ts": (ts + timedelta(minutes=17 * i)).isoformat(), "channel": "#案件連絡",
                     "user": str(who.email).split("@")[0], "display_name": who.name(""),
                     "text": text})
        w.tp(path, who)
    w.tp(path, c.client, addr=home)
    w.tp(path, cm.rep, phone=cm.rep.mobile)
    w.tp(path, g.ward)
    w.t(path, "sensitive", g.ward.diag, g.ward.id)
    w.share.write(path, jsonl(msgs))


def access_log(w: Office) -> None:
    """14_ログ/casesys_access.jsonl: twelve staff events from the office's LAN (neutral)."""
    rng, path = w.rng, "14_ログ/casesys_access.jsonl"
    t0 = datetime(2024, 10, 28, 8, 55, tzinfo=JST)
    logs = []
    for i in range(12):
        logs.append({"time": (t0 + timedelta(minutes=37 * i)).isoformat(), "level": "INFO",
                     "event": rng.choice(["login", "view_case", "export_csv"]),
                     "user": w.staff[i % 3].email, "src_ip": f"192.168.10.{21 + i % 3}",
                     "case_id": f"24-{rng.randint(100, 999)}"})
    for s in w.staff:
        w.t(path, "email_address", str(s.email), s.id, True)
    for i in range(3):
        w.t(path, "ip_address", f"192.168.10.{21 + i}", None, True)
    w.share.write(path, jsonl(logs))
