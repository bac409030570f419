"""The tax office's systems: the accounting tool's SQL dump (clients, invoices with T-numbers),
the client portal's JSONL access log and the 個人 SQLite database (heirs and the dead client)."""

from __future__ import annotations

import json
import sqlite3

from .japanese import fphone
from .tax_office_people import TaxOffice, kn, nm


def accounting_dump(t: TaxOffice) -> None:
    """kaikei_backup.sql: companies (phone and address neutral), individual clients with their
    16-digit 利用者識別番号, invoices whose issuer T-numbers are businesses' (neutral)."""
    R = t.rng
    path = "08_システム/kaikei_backup.sql"
    lines = ["-- accounting tool dump",
             "CREATE TABLE clients (id INTEGER, kind TEXT, name TEXT, kana TEXT, corp_no TEXT, "
             "etax_id TEXT, tel TEXT, zip TEXT, address TEXT);"]
    for i, c in enumerate(t.companies, 1):
        lines.append(f"INSERT INTO clients VALUES ({i},'法人','{c.name}',NULL,'{c.cn}','{c.uid}',"
                     f"'{c.tel}',NULL,'{c.addr}');")
        t.add(path, "corporate_number", c.cn)
        t.add(path, "phone_number", c.tel, neutral=True)
        t.add(path, "address", c.addr, neutral=True)
    for i, p in enumerate(t.clients, 100):
        lines.append(f"INSERT INTO clients VALUES ({i},'個人','{nm(p, False)}','{kn(p)}',NULL,"
                     f"'{p.uid}','{p.tel}','{p.postal}','{p.addr}');")
        for value, category in [(nm(p), "person_name"), (kn(p), "person_name"),
                                (p.tel, "phone_number"), (p.postal, "postal_code"),
                                (p.addr, "address")]:
            t.add(path, category, value, p.id)
    lines.append("CREATE TABLE invoices (no TEXT, client_id INTEGER, issuer_reg TEXT, "
                 "amount INTEGER, issued TEXT, due TEXT);")
    for i in range(15):
        client = R.randint(1, 6)
        number = t.corporate_number()
        t.add(path, "corporate_number", number, neutral=True)
        lines.append(f"INSERT INTO invoices VALUES ('INV-{2024000 + i}',{client},'T{number}',"
                     f"{R.randint(3, 30) * 11000},'2024-{R.randint(1, 12):02d}-25','2025-01-31');")
    t.share.write(path, "\n".join(lines) + "\n")


def portal_log(t: TaxOffice) -> None:
    """portal_access.jsonl: clients uploading receipts, their mail and IP; a request id that
    passes the My Number check."""
    R = t.rng
    path = "08_システム/portal_access.jsonl"
    events = []
    for _ in range(12):
        p = R.choice(t.clients)
        ip = f"{R.randint(1, 223)}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
        events.append(json.dumps({"ts": f"2024-12-{R.randint(1, 28):02d}T{R.randint(0, 23):02d}"
                                        ":10:00+09:00", "user": p.mail, "ip": ip,
                                  "action": "upload", "file": "医療費の領収書.pdf",
                                  "request_id": t.my_number()}, ensure_ascii=False))
        t.add(path, "email_address", p.mail, p.id)
        t.add(path, "ip_address", ip, p.id)
    t.share.write(path, "\n".join(events) + "\n")


def personal_db(t: TaxOffice) -> None:
    """kojin.sqlite: ten clients and the heirs, then the dead client (neutral) marked 死亡."""
    path = "08_システム/kojin.sqlite"
    db = sqlite3.connect(t.share.path(path))
    db.execute("create table kojin(id int, shimei text, seinengappi text, mynumber text, "
               "email text, keitai text, biko text)")
    for i, p in enumerate(t.clients[:10] + t.heirs):
        db.execute("insert into kojin values(?,?,?,?,?,?,?)",
                   (i, nm(p), p.born.isoformat(), p.mn, p.mail, fphone(p.tel), "住民税特徴"))
        for value, category in [(nm(p), "person_name"), (p.born.isoformat(), "date_of_birth"),
                                (p.mn, "my_number"), (p.mail, "email_address"),
                                (p.tel, "phone_number")]:
            t.add(path, category, value, p.id)
    dec = t.dead
    db.execute("insert into kojin values(?,?,?,?,?,?,?)",
               (99, nm(dec), dec.born.isoformat(), dec.mn, None, None,
                f"死亡 {dec.died.isoformat()} 相続案件へ"))
    for value, category in [(nm(dec), "person_name"), (dec.born.isoformat(), "date_of_birth"),
                            (dec.mn, "my_number")]:
        t.add(path, category, value, neutral=True)  # the dead client: nobody's
    db.commit()
    db.close()
