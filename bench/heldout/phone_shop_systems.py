"""The shop's systems: the web 来店予約 (JSON Lines, client IPs), the support chat's export, the
CRM's SQLite (a 成年後見 note), the billing table's MySQL dump (cards and accounts), the 2019
zip (a CP932 ledger with cards and security codes, a stock list) and the MNP API's log.

The branches' phones and addresses are neutral; MNP 予約番号, IMEIs and ICCIDs stand in the
files with no record.
"""

from __future__ import annotations

import json
import sqlite3
import zipfile

from .phone_shop_people import ADDR_K, ADDR_S, KOSUGI, SANGENJAYA, TEL_K, TEL_S, Shop, dashed, era
from .share import csv_text
from .truth import squeeze

PURPOSES = ["機種変更", "MNP転入", "故障相談", "料金プラン相談"]


def reservations(c: Shop) -> None:
    """来店予約_2024-05.jsonl: 25 customers' bookings, with the IP each came from."""
    rng, path = c.rng, "web/来店予約_2024-05.jsonl"
    lines = []
    for p in rng.sample(c.customers, 25):
        rec = {"reserve_id": f"RSV{rng.randint(0, 10**8):08d}", "shop": p.branch,
               "datetime": f"2024-05-{rng.randint(1, 31):02d}T{rng.randint(10, 19)}:00:00+09:00",
               "name": p.full(rng.random() < 0.5), "kana": p.reading, "tel": p.mobile,
               "email": p.email, "purpose": rng.choice(PURPOSES),
               "ip": f"{rng.choice([126, 60, 114, 153])}.{rng.randint(1, 254)}."
                     f"{rng.randint(0, 254)}.{rng.randint(1, 254)}"}
        lines.append(json.dumps(rec, ensure_ascii=False))
        c.core(path, p, "name mobile email kana")
        c.t(path, "ip_address", rec["ip"], p)
    c.share.write(path, "\n".join(lines) + "\n")


def chat(c: Shop) -> None:
    """サポートチャット_export.json: ten customers' chats, half giving an MNP number and their
    birth date."""
    rng, path = c.rng, "chat/サポートチャット_export.json"
    conv = []
    for p in rng.sample(c.customers, 10):
        st = rng.choice(c.staff)
        msgs = [{"from": "customer", "name": p.full(False),
                 "text": f"機種変更の予約をしたいです。{p.full(False)}です。"
                         f"電話は{dashed(p.mobile)}です。"},
                {"from": "agent", "name": st.last,
                 "text": f"{p.last}様、お問い合わせありがとうございます。担当の{st.last}です。"
                         "ご予約番号をお送りします。"}]
        if rng.random() < 0.5:
            b = p.born
            msgs.append({"from": "customer", "name": p.full(False),
                         "text": f"MNP予約番号は{p.mnp or c.mnp()}です。"
                                 f"生年月日は{b.year}年{b.month}月{b.day}日です。"})
            c.t(path, "date_of_birth", b.isoformat(), p)
        conv.append({"conversation_id": f"c-{rng.randint(0, 999999):06d}",
                     "started": "2024-05-02T11:00:00+09:00", "messages": msgs})
        c.core(path, p, "name mobile")
        c.t(path, "person_name", st.last, st, True)
        c.t(path, "person_name", p.last, p, True)
    c.share.write(path, json.dumps({"export": "chat", "conversations": conv},
                                   ensure_ascii=False, indent=1))


def crm(c: Shop) -> None:
    """crm.sqlite3, written in place as gen.py did: 70 customers and their lines, then the six
    elderly customers with a note naming their representative."""
    rng, path = c.rng, "system/crm.sqlite3"
    db = sqlite3.connect(c.share.path(path))
    db.execute("create table customers(id integer primary key, name text, kana text, "
               "birth text, tel text, email text, zip text, address text, branch text)")
    db.execute("create table lines(id integer primary key, customer_id int, msisdn text, "
               "imei text, iccid text, plan text)")
    db.execute("create table notes(id integer primary key, customer_id int, body text)")
    people = [(p, p.email, p.branch) for p in c.customers[:70]]
    people += [(old, None, SANGENJAYA) for old, _ in c.elders]
    for i, (p, mail, branch) in enumerate(people, 1):
        db.execute("insert into customers values(?,?,?,?,?,?,?,?,?)",
                   (i, p.full(False), p.reading, p.born.isoformat(), p.mobile, mail,
                    p.addr[3], p.address(), branch))
        if i <= 70:
            db.execute("insert into lines values(?,?,?,?,?,?)",
                       (i, i, p.mobile, p.imei, p.iccid,
                        rng.choice(["ギガMAX", "ミニプラン", "5Gプレミア"])))
            c.core(path, p, "name dob mobile email pc addr kana")
            continue
        rep = c.elders[i - 71][1]
        db.execute("insert into notes values(?,?,?)",
                   (i, i, f"{rep.title} {rep.full()}様 同席。連絡は{rep.title[:3]}の携帯 "
                          f"{rep.mobile} へ。"))
        c.core(path, p, "name dob mobile pc addr kana")
        c.core(path, rep, "name mobile")
        if "後見" in rep.title:  # (not itself 要配慮 under APPI: neutral)
            c.t(path, "sensitive", "成年後見", p, True)
    db.commit()
    db.close()


def billing_dump(c: Shop) -> None:
    """crm_dump_20240301.sql: 45 customers' billing (card numbers and expiry, or bank
    accounts) and the branches."""
    path = "system/backup/crm_dump_20240301.sql"
    s = ["-- MySQL dump 10.13  Distrib 8.0.36", "SET NAMES utf8mb4;",
         "CREATE TABLE `billing` (`id` int, `name` varchar(64), `tel` varchar(20), "
         "`pay` varchar(8), `card_no` varchar(20), `exp` varchar(5), `bank` varchar(40), "
         "`acct` varchar(10));"]
    vals = []
    for i, p in enumerate(c.customers[30:75], 1):
        head = f"({i},'{p.full(False)}','{p.mobile}'"
        if p.card:
            vals.append(f"{head},'card','{p.card}','{p.exp[1]:02d}/{p.exp[0] % 100:02d}',"
                        "NULL,NULL)")
            c.core(path, p, "name mobile card exp")
        elif p.bank:
            vals.append(f"{head},'bank',NULL,NULL,'{p.bank[0]} {p.bank[1]}','{p.bank[2]}')")
            c.core(path, p, "name mobile bank")
    s.append("INSERT INTO `billing` VALUES " + ",\n".join(vals) + ";")
    s.append(f"INSERT INTO `shop` VALUES (1,'{KOSUGI}','{TEL_K}','{ADDR_K}'),"
             f"(2,'{SANGENJAYA}','{TEL_S}','{ADDR_S}');")
    c.branch_tels(path)
    c.t(path, "address", squeeze(ADDR_K), None, True)
    c.t(path, "address", squeeze(ADDR_S), None, True)
    c.share.write(path, "\n".join(s) + "\n")


def old_zip(c: Shop) -> None:
    """2019_旧店舗データ.zip: fifteen customers and eight former ones (drawn now) with a card,
    its expiry and security code in the CP932 ledger, and twenty handsets in the stock list."""
    rng, path = c.rng, "old/2019_旧店舗データ.zip"
    rows: list[list[object]] = [["顧客番号", "氏名", "生年月日", "電話", "住所", "カード番号",
                                 "有効期限", "セキュリティコード"]]
    inner = path + "!顧客台帳_2019.csv"
    for p in rng.sample(c.customers, 15) + [c.person("former") for _ in range(8)]:
        number = p.card or c.card("4")
        cvv = f"{rng.randint(0, 999):03d}"
        rows.append([f"{rng.randint(0, 10**8):08d}", p.full(), era(p.born, 0), p.mobile,
                     p.address(), number, f"{p.exp[1]:02d}/{p.exp[0] % 100:02d}", cvv])
        c.core(inner, p, "name dob mobile addr")
        c.t(inner, "credit_card_number", number, p)
        c.t(inner, "card_security_code", cvv, p)
        c.core(inner, p, "exp")
    stock = "".join(f"{c.imei()},{c.iccid()},SH-M{rng.randint(10, 30)}\n" for _ in range(20))
    c.share.write_zip(path, [("顧客台帳_2019.csv", csv_text(rows).encode("cp932")),
                             ("在庫_2019.csv", ("IMEI,ICCID,型番\n" + stock).encode())],
                      zipfile.ZIP_DEFLATED)


def mnp_log(c: Shop) -> None:
    """mnp_api_202405.log: fifteen MNP reservations verified (the line's number, a staff id)."""
    rng, path = c.rng, "system/logs/mnp_api_202405.log"
    lines = []
    for p in [x for x in c.customers if x.mnp][:15]:
        ts = (f"2024-05-{rng.randint(1, 28):02d}T{rng.randint(9, 20):02d}:"
              f"{rng.randint(0, 59):02d}:11+09:00")
        lines.append(json.dumps({"ts": ts, "level": "INFO", "event": "mnp_reserve_verify",
                                 "mnp_no": p.mnp, "msisdn": p.mobile, "imei": p.imei,
                                 "staff": rng.choice(c.staff).id.lower(),
                                 "client_ip": f"10.1.{rng.randint(0, 3)}.{rng.randint(2, 250)}"},
                                ensure_ascii=False))
        c.t(path, "phone_number", p.mobile, p)
    c.share.write(path, "\n".join(lines) + "\n")
