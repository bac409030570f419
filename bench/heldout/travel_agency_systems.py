"""What the travel agency's systems hold: the booking SQLite (customers, bookings, payments with
cards and, on every fourth, the CVC; 予約番号 passing Luhn), June's web inquiries (JSONL: IPs,
health questions, a debug line's plain password; receipt numbers passing the My Number check)
and the visa zip (the CP932 applicant list in half-width kana, three ESTA data sheets; employers
are companies, neutral)."""

from __future__ import annotations

import json
import sqlite3
import zipfile
from datetime import timedelta

from .japanese import half_width_kana
from .share import csv_text
from .travel_agency_people import TravelAgency, phone

SCHEMA = [  # (as the blind generator created them, in one script)
    "CREATE TABLE customers(id INTEGER PRIMARY KEY, name TEXT, name_kana TEXT, birthday TEXT, "
    "tel TEXT, email TEXT, zip TEXT, address TEXT, created_at TEXT);",
    "CREATE TABLE bookings(booking_no TEXT PRIMARY KEY, customer_id INTEGER, tour_code TEXT, "
    "depart_date TEXT, pax INTEGER, amount INTEGER, status TEXT);",
    "CREATE TABLE payments(id INTEGER PRIMARY KEY, booking_no TEXT, brand TEXT, card_number TEXT, "
    "expiry TEXT, holder TEXT, cvc TEXT, auth_code TEXT, paid_at TEXT);"]
QUESTIONS = ["ハワイツアーの空き状況を教えてください。", "子連れでも参加できますか。",
             "台湾ツアーの見積もりをお願いします。",
             "アレルギー対応メニューのあるホテルはありますか。"]
ASKED = {"妊娠中": "現在妊娠中（6か月）ですが参加は可能でしょうか。",
         "車椅子": "車椅子を利用しています。"}
STATUSES = ["confirmed", "confirmed", "paid", "cancelled"]


def booking_db(t: TravelAgency) -> None:
    """booking.sqlite3: a customer a booking (its representative), the booking, the payment."""
    path = "システム/booking.sqlite3"
    R, a = t.rng, t.add
    db = sqlite3.connect(t.share.path(path))
    db.executescript("\n" + "\n".join(SCHEMA) + "\n")
    for i, b in enumerate(t.bookings, 1):
        r = b.rep
        db.execute("INSERT INTO customers VALUES(?,?,?,?,?,?,?,?,?)",
                   (i, r.name(""), r.kana(), r.born.isoformat(), phone(r.mobile, "no"), r.email,
                    r.addr.postal, r.addr.full(), b.applied.isoformat() + " 10:00:00"))
        for category, value in [("person_name", r.name()), ("person_name", r.kana()),
                                ("date_of_birth", r.born.isoformat()), ("phone_number", r.mobile),
                                ("email_address", r.email), ("postal_code", r.addr.postal),
                                ("address", r.addr.full())]:
            a(path, category, value, r)
        db.execute("INSERT INTO bookings VALUES(?,?,?,?,?,?,?)",
                   (b.number, i, b.tour.code, b.tour.dep.isoformat(), len(b.members),
                    b.price * len(b.members), R.choice(STATUSES)))
        keep_cvc = i % 4 == 0
        holder = f"{r.first_roman.upper()} {r.last_roman.upper()}"
        db.execute("INSERT INTO payments(booking_no,brand,card_number,expiry,holder,cvc,auth_code,"
                   "paid_at) VALUES(?,?,?,?,?,?,?,?)",
                   (b.number, b.card[0], b.card[1], b.expiry, holder, b.cvc if keep_cvc else None,
                    f"{R.randint(0, 999999):06d}", b.applied.isoformat()))
        a(path, "credit_card_number", b.card[1], r)
        a(path, "card_expiry", b.expiry, r, normal=b.expiry)
        a(path, "person_name", holder, r)
        if keep_cvc:
            a(path, "card_security_code", b.cvc, r)
    db.commit()
    db.close()


def inquiries(t: TravelAgency) -> None:
    """inquiry_log_2026-06.jsonl: ten customers and the prospects ask (most of those with a
    condition say so); a third log in on a debug line that writes the password."""
    path = "web/inquiry_log_2026-06.jsonl"
    R, a = t.rng, t.add
    lines = []
    for p in R.sample([b.rep for b in t.bookings], 10) + t.prospects:
        ip = (f"{R.choice([126, 133, 153, 180, 203, 219])}.{R.randint(0, 255)}."
              f"{R.randint(0, 255)}.{R.randint(1, 254)}")
        message = R.choice(QUESTIONS)
        if p.health and R.random() < 0.8:
            message += ASKED.get(p.health, f"{p.health}があるのですが大丈夫でしょうか。")
            a(path, "sensitive", p.health, p)
        stamp = (f"2026-06-{R.randint(1, 30):02d}T{R.randint(0, 23):02d}:"
                 f"{R.randint(0, 59):02d}:11+09:00")
        record = {"ts": stamp, "remote_addr": ip, "form_id": "contact", "receipt_no": t.my_number(),
                  "fields": {"name": p.name(), "kana": p.kana(), "email": p.email,
                             "tel": phone(p.mobile, R.choice(["hy", "no"])), "message": message}}
        lines.append(record)
        a(path, "ip_address", ip, p)
        for category, value in [("person_name", p.name()), ("person_name", p.kana()),
                                ("email_address", p.email), ("phone_number", p.mobile)]:
            a(path, category, value, p)
        if R.random() < 0.35:
            password = (R.choice(["hawaii", "sakura", "Tabi", "pass"]) + str(R.randint(1000, 9999))
                        + R.choice(["!", "#", ""]))
            lines.append({"ts": stamp, "remote_addr": ip, "event": "member_login_debug",
                          "params": {"login_id": p.email, "password": password}})
            a(path, "credential", password, p)
    R.shuffle(lines)
    t.share.write(path, "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines))


def visa_zip(t: TravelAgency) -> None:
    """ビザ申請_TP_HW_2026.zip (deflated): the first eight adults of the first six bookings
    abroad (本籍 and 勤務先; passports issued ten years before expiry) and three ESTA sheets
    (the romaji names alone: neutral; the address in English order)."""
    path = "ビザ/ビザ申請_TP_HW_2026.zip"
    R, a = t.rng, t.add
    applicants = [m for b in t.abroad[:6] for m in b.members if not m.child][:8]
    listing = "申請書類/申請者一覧.csv"
    inner = f"{path}!{listing}"
    rows = [["No", "氏名", "ｼﾒｲ", "SURNAME GIVEN", "生年月日", "旅券番号", "発行日", "有効期限",
             "本籍", "勤務先"]]
    for k, m in enumerate(applicants, 1):
        employer = t.faker.company()
        rows.append([k, m.name(), half_width_kana(m.kana()), m.roman(), f"{m.born:%Y.%m.%d}",
                     m.passport, f"{m.expiry - timedelta(days=3652):%Y.%m.%d}",
                     f"{m.expiry:%Y.%m.%d}", m.addr.pref, employer])
        a(inner, "person_name", employer, None, True)
        a(inner, "person_name", m.name(), m)
        a(inner, "person_name", half_width_kana(m.kana()), m)
        a(inner, "person_name", m.roman(), m)
        a(inner, "date_of_birth", m.born.isoformat(), m)
        a(inner, "passport_number", m.passport, m)
    members = [(listing, csv_text(rows).encode("cp932"))]
    for m in applicants[:3]:
        sheet = f"申請書類/ESTA_{m.last_roman.upper()}_{m.first_roman.upper()}.txt"
        inner = f"{path}!{sheet}"
        text = "\n".join([
            "ESTA APPLICATION - DATA SHEET (agency copy)", "",
            f"Family Name: {m.last_roman.upper()}", f"First (Given) Name: {m.first_roman.upper()}",
            f"Date of Birth: {m.born:%d/%m/%Y}", f"Sex: {m.sex}", "Country of Citizenship: JAPAN",
            f"Passport Number: {m.passport}", f"Passport Expiration Date: {m.expiry:%d/%m/%Y}",
            f"Home Address: {m.addr.english()}", f"Telephone: {phone(m.mobile, 'intl')}",
            f"Email: {m.email}", "Have you ever been arrested or convicted for a crime? NO",
            "Do you have a communicable disease? NO",
            f"Application Number: {R.randint(1000000000000000, 9999999999999999)}", ""])
        members.append((sheet, text.encode("utf-8")))
        a(inner, "person_name", m.last_roman.upper(), m, True)
        a(inner, "person_name", m.first_roman.upper(), m, True)
        a(inner, "date_of_birth", m.born.isoformat(), m)
        a(inner, "passport_number", m.passport, m)
        a(inner, "phone_number", m.mobile, m)
        a(inner, "email_address", m.email, m)
        a(inner, "address", m.addr.english(), m)
    t.share.write_zip(path, members, zipfile.ZIP_DEFLATED)
