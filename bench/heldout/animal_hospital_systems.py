"""What the animal hospital's systems hold: October's web and phone bookings (JSONL; a family
member booking for the owner), the 全銀 salary and refund transfer (129-byte records, half-width
kana), the booking site's SQLite (bcrypt hashes, a few plain passwords, cards; order numbers
passing Luhn) and the 2019 migration zip (the old customer list, the staff's phone tree with a
former trimmer)."""

from __future__ import annotations

import json
import sqlite3
import zipfile
from datetime import date, datetime, timedelta

from .animal_hospital_people import Hospital
from .japanese import half_width_kana
from .share import csv_text, padded

MENUS = ["混合ワクチン", "狂犬病予防注射", "フィラリア検査", "健康診断", "皮膚の診察",
         "再診（血液検査）", "歯石除去の相談", "避妊手術の相談", "爪切り"]
HASH = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789./"
REFUND_BANKS = [("0005", "", "ﾐﾂﾋﾞｼUFJ"), ("9900", "", "ﾕｳﾁﾖ"), ("0001", "", "ﾐｽﾞﾎ")]
PAYEES = ["ｶ)ﾍﾟﾂﾄﾒﾃﾞｲｶﾙｻﾌﾟﾗｲ", "ｶ)ﾄﾞｳﾌﾞﾂﾔｸﾋﾝｼﾖｳｶｲ"]  # suppliers: companies


def _ip(h: Hospital, heads: list[int]) -> str:
    R = h.rng
    return f"{R.choice(heads)}.{R.randint(1, 254)}.{R.randint(0, 254)}.{R.randint(1, 254)}"


def reservations(h: Hospital) -> None:
    """45 bookings sorted by time: the visitor (the owner or a family member, then the owner
    too), the animal, the vet's surname (neutral); a web booking's mail and IP."""
    path = "予約/reservations_202410.jsonl"
    R, a = h.rng, h.add
    start = datetime(2024, 10, 1, 9, 0)
    lines = []
    for o in R.sample(h.owners, 45):
        t = start + timedelta(hours=R.randint(0, 24 * 30), minutes=R.choice([0, 15, 30, 45]))
        p = R.choice(o.pets)
        visitor = o.family[0] if o.family and R.random() < 0.5 else o
        number = h.my_number() if R.random() < 0.5 else f"{R.randint(10**11, 10**12 - 1)}"
        record = {"ts": t.isoformat(timespec="seconds") + "+09:00", "受付番号": number,
                  "channel": R.choice(["web", "web", "tel", "LINE"]),
                  "customer": {"name": visitor.name(R.choice([" ", ""])), "kana": visitor.kana(""),
                               "tel": h.phone(visitor.mobile, R.choice(["hy", "none", "intl"]))},
                  "pet": {"name": h.call(p), "species": p.species, "birthday": p.born.isoformat()},
                  "menu": R.choice(MENUS), "doctor": R.choice(h.vets).last + "先生"}
        customer = record["customer"]
        a(path, "person_name", customer["name"], visitor)
        a(path, "person_name", customer["kana"], visitor)
        a(path, "phone_number", customer["tel"], visitor)
        a(path, "person_name", record["doctor"][:-2], None, True)
        if visitor is not o:
            record["owner"] = a(path, "person_name", o.name(""), o)
        if record["channel"] == "web":
            record["email"] = a(path, "email_address", visitor.email, visitor)
            record["client_ip"] = a(path, "ip_address",
                                    _ip(h, [49, 60, 106, 126, 153, 180, 203, 219]), visitor)
        if p.ill and R.random() < 0.5:
            record["note"] = f"{h.call(p)} {p.ill[0]}の経過観察"
        lines.append((t, json.dumps(record, ensure_ascii=False)))
    h.share.write(path, "\n".join(line for _, line in sorted(lines)) + "\n")


def transfer(h: Hospital) -> None:
    """振込データ: the staff's salaries, four owners' refunds and two suppliers; records of 129
    bytes (38 spaces after the new-code digit where the format has 29)."""
    path = "経理/振込データ_20241025.txt"
    R, a = h.rng, h.add
    # (the blind generator names さくら for seed 1 alone, not for every odd seed)
    clinic = half_width_kana("サクラドウブツビョウイン" if h.seed == 1
                             else "ミドリノモリドウブツビョウイン")
    records = ["1210" + "1234567890" + padded(clinic, 40) + "1025" + "0005" + padded("ﾐﾂﾋﾞｼUFJ", 15)
               + "123" + padded("ｼﾌﾞﾔ", 15) + "1" + "7654321" + " " * 17]
    a(path, "person_name", clinic, None, True)
    a(path, "bank_account", "7654321", None, True)
    payees = [(s, s.bank, R.randint(180000, 520000)) for s in h.staff]
    for o in R.sample(h.owners, 4):
        bank = (R.choice(REFUND_BANKS), f"{R.randint(100, 899):03d}",
                f"{R.randint(1000000, 9999999)}")
        payees.append((o, bank, R.randint(3000, 30000)))
    total = 0
    for who, ((code, _, kana), branch, acct), amount in payees:
        holder = a(path, "person_name", half_width_kana(who.kana()), who)
        records.append(_record(code, kana, branch, "ﾎﾝﾃﾝ", acct, holder, amount))
        a(path, "bank_account", acct, who)
        total += amount
    for payee in PAYEES:
        acct = f"{R.randint(1000000, 9999999)}"
        records.append(_record("0009", "ﾐﾂｲｽﾐﾄﾓ", "250", "ｼﾝｼﾞﾕｸ", acct, payee,
                               R.randint(50000, 900000)))
        a(path, "person_name", payee, None, True)
        a(path, "bank_account", acct, None, True)
    records += ["8" + f"{len(payees) + 2:06d}" + f"{total:012d}" + " " * 101, "9" + " " * 119]
    h.share.write(path, "\r\n".join(records) + "\r\n", "cp932")


def _record(code: str, bank: str, branch: str, branch_name: str, acct: str, holder: str,
            amount: int) -> str:
    return ("2" + code + padded(bank, 15) + branch + padded(branch_name, 15) + "    " + "1" + acct
            + padded(holder, 30) + f"{amount:010d}" + "0" + " " * 38)


def booking_db(h: Hospital) -> None:
    """booking_site.sqlite3: forty users (owners and family members; bcrypt hashes, one in
    seven a plain password), their animals (no one) and half of them a card."""
    path = "web/booking_site.sqlite3"
    R, a = h.rng, h.add
    db = sqlite3.connect(h.share.path(path))
    c = db.cursor()
    c.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT, password_hash TEXT, "
              "tmp_password TEXT, name TEXT, name_kana TEXT, tel TEXT, birthday TEXT, "
              "created_at TEXT, last_login_ip TEXT)")
    c.execute("CREATE TABLE pets (id INTEGER PRIMARY KEY, user_id INTEGER, name TEXT, "
              "species TEXT, breed TEXT, birthday TEXT, chip_no TEXT)")
    c.execute("CREATE TABLE payments (id INTEGER PRIMARY KEY, user_id INTEGER, order_no TEXT, "
              "card_no TEXT, card_exp TEXT, card_cvc TEXT, holder TEXT, amount INTEGER, "
              "paid_at TEXT)")
    households = {f.id: o for o in h.owners for f in o.family}
    pet_id = 0
    for i, u in enumerate(R.sample(h.owners + [f for o in h.owners for f in o.family], 40), 1):
        hashed = "$2b$12$" + "".join(R.choice(HASH) for _ in range(53))
        plain = None
        if R.random() < 0.15:
            plain = R.choice([u.first_roman.lower() + str(u.born.year),
                              "pet" + str(R.randint(1000, 9999)),
                              f"{u.last_roman.lower()}{u.mobile[-4:]}", "momo0315!"])
        birthday = u.born.isoformat() if R.random() < 0.7 else None
        tel = h.phone(u.mobile, R.choice(["hy", "none", "intl"]))
        ip = _ip(h, [27, 49, 106, 114, 133, 180, 219])
        name = u.name(R.choice([" ", ""]))
        c.execute("INSERT INTO users VALUES (?,?,?,?,?,?,?,?,?,?)",
                  (i, u.email, hashed, plain, name, u.kana(), tel, birthday,
                   f"2023-{R.randint(1, 12):02d}-{R.randint(1, 28):02d} 10:00:00", ip))
        for category, value in [("email_address", u.email), ("person_name", name),
                                ("person_name", u.kana()), ("phone_number", tel),
                                ("ip_address", ip)]:
            a(path, category, value, u)
        a(path, "credential", hashed, u, True)
        if plain:
            a(path, "credential", plain, u)
        if birthday:
            a(path, "date_of_birth", birthday, u)
        for p in households.get(u.id, u).pets:
            pet_id += 1
            c.execute("INSERT INTO pets VALUES (?,?,?,?,?,?,?)",
                      (pet_id, i, p.name, p.species, p.breed, p.born.isoformat(), p.chip))
        if R.random() < 0.5:
            brand = R.choice(["4", "5" + str(R.randint(1, 5)), "35" + str(R.randint(28, 89)), "37"])
            card = h.luhn(brand, 15 if brand == "37" else 16)
            expiry = f"{R.randint(1, 12):02d}/{R.randint(25, 30)}"
            cvc = f"{R.randint(100, 999)}" if R.random() < 0.3 else None
            holder = f"{u.first_roman.upper()} {u.last_roman.upper()}"
            for _ in range(R.randint(1, 2)):
                order = h.luhn("35", 16)  # (passes Luhn: a hard negative)
                c.execute("INSERT INTO payments (user_id, order_no, card_no, card_exp, card_cvc, "
                          "holder, amount, paid_at) VALUES (?,?,?,?,?,?,?,?)",
                          (i, order, card, expiry, cvc, holder, R.randint(1500, 60000),
                           f"2024-{R.randint(1, 10):02d}-{R.randint(1, 28):02d}"))
            a(path, "credit_card_number", card, u)
            a(path, "card_expiry", expiry, u)
            if cvc:
                a(path, "card_security_code", cvc, u)
            a(path, "person_name", holder, u)
    db.commit()
    db.close()


def old_zip(h: Hospital) -> None:
    """旧システム移行_2019.zip (members deflated): 25 owners' CP932 rows (half-width kana, the
    first animal's birth date) and the 2019 phone tree (the former trimmer among the staff)."""
    path = "旧データ/旧システム移行_2019.zip"
    R, a = h.rng, h.add
    ledger, tree = "export2019/顧客一覧_2019.csv", "export2019/職員連絡網_2019.txt"
    rows = [["ｶﾙﾃNo", "氏名", "ﾌﾘｶﾞﾅ", "住所", "TEL", "動物名", "種別", "生年月日", "登録日"]]
    inner = f"{path}!{ledger}"
    for o in R.sample(h.owners, 25):
        p = o.pets[0]
        tel = h.phone(o.home, R.choice(["hy", "none", "paren"]))
        rows.append([10001 + h.owners.index(o), o.name(""), half_width_kana(o.kana()),
                     o.addr.dashed(), tel, p.name, p.species, f"{p.born:%Y.%m.%d}",
                     f"{h.day(date(2010, 1, 1), date(2019, 3, 1)):%Y.%m.%d}"])
        a(inner, "person_name", o.name(""), o)
        a(inner, "person_name", half_width_kana(o.kana()), o)
        a(inner, "address", o.addr.dashed(), o)
        a(inner, "phone_number", tel, o)
    inner = f"{path}!{tree}"
    lines = ["職員連絡網（2019年度）", "※緊急時は上から順に連絡", ""]
    for s in [*h.staff[:6], h.former]:
        lines.append(f"{s.job}\t{s.name()}\t{s.mobile}\t{s.addr.dashed()}")
        a(inner, "person_name", s.name(), s)
        a(inner, "phone_number", s.mobile, s)
        a(inner, "address", s.addr.dashed(), s)
    lines.append(f"病院代表\t{h.clinic['tel']}")
    h.clinic_fields(inner)
    h.share.write_zip(path, [(ledger, csv_text(rows).encode("cp932")),
                             (tree, "\r\n".join(lines).encode("utf-8"))], zipfile.ZIP_DEFLATED)
