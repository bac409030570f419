"""What the car dealer's systems hold: the web 車検予約 (JSONL: IPs; 予約番号 passing the My
Number check), the 整備 SQLite (customers, vehicles, work orders: the mechanic's full name, the
inspector's surname alone, neutral; 作業番号 passing the My Number check) and the scanned
保管場所証明 zip (six OCR'd PDFs and a CP932 index; 受付番号 passing the My Number check)."""

from __future__ import annotations

import json
import sqlite3
import zipfile
from datetime import date

from .car_dealer_letters import pdf_lines
from .car_dealer_people import Dealer, tel
from .japanese import wareki

WORK = ["車検整備 ブレーキパッド交換", "12ヶ月点検", "オイル・エレメント交換", "バッテリー交換"]
TABLES = ["create table customers(cust_no text, name text, kana text, tel text, zip text, "
          "address text)",
          "create table vehicles(cust_no text, car text, plate text, vin text, first_reg text, "
          "shaken_expiry text)",
          "create table work_orders(wo_no text, cust_no text, received date, mechanic text, "
          "inspector text, content text, amount int)"]


def reservations(d: Dealer) -> None:
    """shaken_reservations.jsonl: eighteen customers book a 車検 from the web."""
    path = "web/shaken_reservations.jsonl"
    R, a = d.rng, d.add
    lines = []
    for p in d.customers[40:58]:
        ip = (f"{R.choice([126, 153, 180, 210])}.{R.randint(0, 255)}.{R.randint(0, 255)}."
              f"{R.randint(1, 254)}")
        at = (f"2026-10-{R.randint(1, 28):02d}T{R.randint(8, 22):02d}:"
              f"{R.randint(0, 59):02d}:00+09:00")
        record = {"reserved_at": at, "reservation_id": d.my_number(), "name": p.name(""),
                  "kana": p.kana(), "tel": tel(p.mobile, R.choice(["hy", "none", "intl"])),
                  "email": p.email, "plate": p.plate, "shaken_expiry": p.shaken.isoformat(),
                  "wish_date": d.between(date(2026, 11, 10), date(2026, 12, 20)).isoformat(),
                  "menu": R.choice(["車検基本", "12ヶ月点検", "オイル交換"]), "client_ip": ip}
        lines.append(json.dumps(record, ensure_ascii=False) + "\n")
        for category, value in [("person_name", p.name()), ("person_name", p.kana()),
                                ("phone_number", p.mobile), ("email_address", p.email),
                                ("ip_address", ip)]:
            a(path, category, value, p)
    d.share.write(path, "".join(lines))


def service_db(d: Dealer) -> None:
    """seibi.sqlite3: the first thirty customers, their cars and one to three work orders."""
    path = "整備/seibi.sqlite3"
    R, a = d.rng, d.add
    db = sqlite3.connect(d.share.path(path))
    for table in TABLES:
        db.execute(table)
    for p in d.customers[:30]:
        db.execute("insert into customers values(?,?,?,?,?,?)",
                   (p.cno, p.name(), p.kana(""), tel(p.mobile, "none"), p.addr.postal,
                    p.addr.full()))
        for category, value in [("person_name", p.name()), ("person_name", p.kana()),
                                ("phone_number", p.mobile), ("postal_code", p.addr.postal),
                                ("address", p.addr.full())]:
            a(path, category, value, p)
        db.execute("insert into vehicles values(?,?,?,?,?,?)",
                   (p.cno, p.car, p.plate, p.vin, f"{p.first_reg:%Y-%m}", p.shaken.isoformat()))
        for _ in range(R.randint(1, 3)):
            mechanic, inspector = R.choice(d.mechanics), R.choice(d.mechanics)
            db.execute("insert into work_orders values(?,?,?,?,?,?,?)",
                       (d.my_number(), p.cno,
                        d.between(date(2025, 1, 1), date(2026, 10, 31)).isoformat(),
                        mechanic.name(), inspector.last, R.choice(WORK), R.randint(3000, 150000)))
            a(path, "person_name", mechanic.name(), mechanic)
            a(path, "person_name", inspector.last, None, True)
    db.commit()
    db.close()


def scans(d: Dealer) -> None:
    """scan_202610.zip (deflated): six 保管場所証明申請書 as OCR'd PDFs and their CP932 index."""
    path = "スキャン/scan_202610.zip"
    a = d.add
    applicants = d.customers[46:52]
    members = []
    for p in applicants:
        inner = f"scan_{p.cno}.pdf"
        members.append((inner, pdf_lines([
            "自動車保管場所証明申請書（OCR）", f"申請者氏名 {p.name()}", f"フリガナ {p.kana()}",
            f"住所 {p.addr.kanji()}", f"電話 {tel(p.mobile)}", f"生年月日 {wareki(p.born)}",
            f"車名 {p.car} 車台番号 {p.vin}", f"保管場所 {p.addr.kanji()}",
            f"受付番号 {d.my_number()}"])))
        for category, value in [("person_name", p.name()), ("person_name", p.kana()),
                                ("address", p.addr.kanji()), ("phone_number", p.mobile),
                                ("date_of_birth", p.born.isoformat())]:
            a(f"{path}!{inner}", category, value, p)
    inner = "ocr_index.csv"
    rows = ["ファイル,氏名,電話,受付日"]
    for p in applicants:
        received = d.between(date(2026, 10, 1), date(2026, 10, 30))
        rows.append(f"scan_{p.cno}.pdf,{p.name('')},{p.mobile},{received.isoformat()}")
        a(f"{path}!{inner}", "person_name", p.name(), p)
        a(f"{path}!{inner}", "phone_number", p.mobile, p)
    members.append((inner, "\n".join(rows).encode("cp932")))
    d.share.write_zip(path, members, zipfile.ZIP_DEFLATED)
