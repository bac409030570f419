"""What the funeral home's systems hold: the web shop's 供花・供物 orders (JSONL: 注文番号
passing Luhn, IPs, a debug line's card on every fifth), the web inquiries' SQL dump (eight
inquirers drawn as it is written) and the zip of 2023-2024 (the archive's 施行台帳 with four
older 施行 drawn as it is written, and a 香典帳 in CP932)."""

from __future__ import annotations

import json
import zipfile

from .funeral_home_people import FuneralHome, old_case
from .funeral_home_tables import ledger_csv
from .identifiers import luhn_number
from .share import csv_text, sql_create, sql_quote

ITEMS = ["供花 1基 15,000円", "供花 1対 30,000円", "盛籠 20,000円"]
QUESTIONS = ["家族葬の費用を知りたい", "母が入院中で、もしもの時の流れを相談したい",
             "互助会の解約について", "直葬は可能ですか"]


def flower_orders(h: FuneralHome) -> None:
    """kyoka_orders_2025.jsonl: a web customer an order for a 施行 drawn; a third of the 名札
    a company's (its name and the customer's surname neutral)."""
    path = "web/kyoka_orders_2025.jsonl"
    R, F, a = h.rng, h.faker, h.add
    companies = [F.last_name() for _ in h.web]
    lines = []
    for i, p in enumerate(h.web):
        c = R.choice(h.cases)
        order = {"order_no": luhn_number(R, "9", 16),
                 "ordered_at": f"2025-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}T"
                               f"{R.randint(8, 22):02d}:{R.randint(0, 59):02d}:00+09:00",
                 "item": R.choice(ITEMS), "for_ceremony": f"故 {c.dec.name()} 儀",
                 "nafuda": p.name() if i % 3 else f"株式会社{companies[i]}工業 代表 {p.last}",
                 "customer": {"name": p.name(), "kana": p.kana(), "email": p.email,
                              "tel": p.mobile.replace("-", "") if i % 2 else p.mobile,
                              "zip": p.postal, "address": p.addr.full()},
                 "florist": h.florists[i % 2][0],
                 "ip": f"{R.randint(1, 223)}.{R.randint(0, 255)}.{R.randint(0, 255)}."
                       f"{R.randint(1, 254)}"}
        if i % 5 == 1:
            card = luhn_number(R, R.choice(["4", "52", "3530"]), 16)
            debug = {"card_no": card, "exp": f"{R.randint(1, 12):02d}/{R.randint(27, 31)}",
                     "cvc": f"{R.randint(100, 999)}"}
            order["payment_debug"] = debug
            a(path, "credit_card_number", card, p)
            a(path, "card_expiry", debug["exp"], p, normal=debug["exp"])
            a(path, "card_security_code", debug["cvc"], p)
        lines.append(json.dumps(order, ensure_ascii=False))
        h.name(path, p)
        h.name(path, p, p.kana())
        a(path, "email_address", p.email, p)
        a(path, "phone_number", p.mobile, p)
        a(path, "postal_code", p.postal, p)
        a(path, "address", p.addr.full(), p)
        a(path, "ip_address", order["ip"], p)
        a(path, "person_name", c.dec.name(), None, True)
        if not i % 3:
            a(path, "person_name", p.last, p, True)
            a(path, "person_name", f"株式会社{companies[i]}工業", None, True)
    h.share.write(path, "\n".join(lines) + "\n")


def inquiry_dump(h: FuneralHome) -> None:
    """inquiry_dump.sql: the web form's inquiries, one INSERT each."""
    path = "web/inquiry_dump.sql"
    R = h.rng
    inquirers = [h.person(age=(30, 80)) for _ in range(8)]
    sql = ["-- MySQL dump 10.13  Host: localhost  Database: sakura_web",
           sql_create("inquiry", "id int, name varchar(64), email varchar(128), tel varchar(20), "
                                 "body text, created datetime")]
    for i, p in enumerate(inquirers, 1):
        body = R.choice(QUESTIONS)
        created = f"2025-0{R.randint(1, 9)}-1{R.randint(0, 9)} 10:00:00"
        values = ",".join(sql_quote(v) for v in (p.name(), p.email, p.mobile, body, created))
        sql.append(f"INSERT INTO `inquiry` VALUES ({i},{values});")
        h.name(path, p)
        h.add(path, "email_address", p.email, p)
        h.add(path, "phone_number", p.mobile, p)
    h.share.write(path, "\n".join(sql) + "\n")


def archive(h: FuneralHome) -> None:
    """施行記録_2023-2024.zip: the 2024 施行台帳 (four older 施行 and the first two of 2025)
    and one 施行's 香典帳 (ten attendees)."""
    zpath = "過去分/施行記録_2023-2024.zip"
    old = [old_case(h) for _ in range(4)]
    ledger_name = "施行台帳_2024.csv"
    ledger = ledger_csv(h, f"{zpath}!{ledger_name}", old + h.cases[:2])
    koden_name = f"香典帳_2024_{old[0].dec.last}家.csv"
    path = f"{zpath}!{koden_name}"
    rows: list[list[object]] = [["No", "氏名", "住所", "金額"]]
    for j, p in enumerate(h.attendees[20:30]):
        rows.append([j + 1, p.name(), p.addr.full(), h.rng.choice([3000, 5000, 10000])])
        h.name(path, p)
        h.add(path, "address", p.addr.full(), p)
    h.share.write_zip(zpath, [(ledger_name, ledger), (koden_name, csv_text(rows).encode("cp932"))],
                      zipfile.ZIP_DEFLATED)
