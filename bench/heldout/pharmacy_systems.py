"""What the chain's systems hold: November's salary transfer (全銀, CP932 fixed width), the
online 処方箋送信 app's SQLite database (users, cards, logins, uploads; coupon codes passing
the My Number and Luhn checks) and the old レセコン's 2023 export zip (記号 and 番号 in two
columns, a deceased patient's row neutral)."""

from __future__ import annotations

import hashlib
import sqlite3
import zipfile

from .japanese import bank_kana
from .pharmacy_people import CONDITIONS, STORES, Person, Pharmacy, age
from .share import csv_text

BRANCH_KANA = {"相模大野": "ｻｶﾞﾐｵｵﾉ", "町田": "ﾏﾁﾀﾞ", "淵野辺": "ﾌﾁﾉﾍﾞ",
               "本店営業部": "ﾎﾝﾃﾝｴｲｷﾞﾖｳﾌﾞ", "大和": "ﾔﾏﾄ"}
APP_SCHEMA = """
CREATE TABLE users (id INTEGER PRIMARY KEY, member_no TEXT, name TEXT, name_kana TEXT, email TEXT, tel TEXT,
  birthday TEXT, password_hash TEXT, password_plain TEXT, created_at TEXT, store TEXT);
CREATE TABLE payments (id INTEGER PRIMARY KEY, user_id INTEGER, order_no TEXT, brand TEXT, card_number TEXT,
  card_exp TEXT, cvc TEXT, amount INTEGER, paid_at TEXT);
CREATE TABLE login_log (id INTEGER PRIMARY KEY, user_id INTEGER, ip TEXT, ua TEXT, at TEXT);
CREATE TABLE rx_uploads (id INTEGER PRIMARY KEY, user_id INTEGER, image_path TEXT, note TEXT, uploaded_at TEXT);
"""  # noqa: E501 (the app's schema as it was written)


def transfer(o: Pharmacy) -> None:
    rel = "06_総務/給与振込_202511.txt"
    records = [("1" + "21" + "0" + "1234567890" + "ｶ)ﾐﾄﾞﾘﾁﾖｳｻﾞｲ".ljust(40) + "1125" + "0138"
                + "ﾖｺﾊﾏ".ljust(15) + "101" + "ｻｶﾞﾐｵｵﾉ".ljust(15) + "1" + "7654321").ljust(120)]
    for s in o.staff:
        kana = bank_kana(s.kana())
        record = ("2" + s.bank[0] + s.bank[2].ljust(15) + s.branch[0]
                  + BRANCH_KANA[s.branch[1]].ljust(15) + "0000" + "1" + s.acct + kana.ljust(30)
                  + f"{s.salary:010d}" + "0" + " " * 29)
        records.append(record[:120].ljust(120))
        o.add(rel, "person_name", kana, s)
        o.add(rel, "bank_account", s.acct, s)
    total = sum(s.salary for s in o.staff)
    records += [("8" + f"{len(o.staff):06d}" + f"{total:012d}").ljust(120), "9".ljust(120)]
    o.share.write(rel, "\r\n".join(records) + "\r\n", "cp932")


def app_db(o: Pharmacy) -> None:
    """Sixteen adult patients and up to four parents: member numbers passing the My Number
    check, +81 phones, a plain password for half, cards (some masked), login IPs and the
    notes of uploaded prescriptions (「いつもの高血圧症の薬です」)."""
    rel = "07_アプリ/rxsend_prod.sqlite3"
    R = o.rng
    db = sqlite3.connect(o.share.path(rel))
    db.executescript(APP_SCHEMA)
    users = (R.sample([p for p in o.live if 18 <= age(p.born) < 80], 16)
             + R.sample(o.guardians, min(4, len(o.guardians))))
    for uid, p in enumerate(dict.fromkeys(users), 1):
        p.email = p.email or o.mail_address(p)
        tel = (p.mobile or p.addr.tel).replace("-", "")
        if R.random() < 0.3:
            tel = "+81" + tel[1:]
        plain = R.choice([None, None, f"{p.first_roman.lower()}{p.born.year}",
                          f"{p.last_roman.lower()}{R.randint(100, 999)}!"])
        digest = "sha256$" + hashlib.sha256((plain or str(R.random())).encode()).hexdigest()
        member = o.my_number()
        created = f"2024-{R.randint(1, 12):02d}-{R.randint(1, 28):02d} 10:{R.randint(10, 59)}:00"
        db.execute("INSERT INTO users VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                   (uid, member, p.name(), p.kana(), p.email, tel, p.born.isoformat(), digest,
                    plain, created, STORES[p.store][0]))
        o.add(rel, "person_name", p.name(), p)
        o.add(rel, "person_name", p.kana(), p)
        o.add(rel, "email_address", p.email, p)
        o.add(rel, "phone_number", tel, p)
        o.add(rel, "date_of_birth", p.born.isoformat(), p, value=p.born)
        o.add(rel, "credential", digest, p, True)
        if plain:
            o.add(rel, "credential", plain, p)
        if R.random() < 0.6:
            _payment(o, db, rel, uid, p)
        for _ in range(R.randint(1, 3)):
            ip = (f"{R.choice([126, 153, 180, 219, 114, 60])}.{R.randint(0, 255)}."
                  f"{R.randint(0, 255)}.{R.randint(1, 254)}")
            db.execute("INSERT INTO login_log (user_id, ip, ua, at) VALUES (?,?,?,?)",
                       (uid, ip, R.choice(["iPhone; iOS 17.5", "Android 14; SH-M26",
                                           "Windows NT 10.0"]),
                        f"2025-11-{R.randint(1, 19):02d} {R.randint(7, 22):02d}:"
                        f"{R.randint(0, 59):02d}:00"))
            o.add(rel, "ip_address", ip, p)
        if p.role == "patient" and p.conds:
            c = p.conds[0]
            usual = R.random() < 0.5
            note = (f"いつもの{c}の薬です。ジェネリック希望" if usual
                    else f"{CONDITIONS[c][0][0]}の処方箋です")
            db.execute("INSERT INTO rx_uploads (user_id, image_path, note, uploaded_at) "
                       "VALUES (?,?,?,?)",
                       (uid, f"/uploads/2025/11/{R.randint(10**7, 10**8)}.jpg", note,
                        "2025-11-10 12:00:00"))
            if usual:
                o.add(rel, "sensitive", c, p)
    db.execute("CREATE TABLE coupons (code TEXT, order_ref TEXT, issued TEXT)")
    for _ in range(8):
        db.execute("INSERT INTO coupons VALUES (?,?,?)",
                   (o.my_number(), o.card("VISA"), "2025-10-01"))
    db.commit()
    db.close()


def _payment(o: Pharmacy, db: sqlite3.Connection, rel: str, uid: int, p: Person) -> None:
    """A card payment: the number, expiry and code, or (three in ten) the number masked and
    no code; its order number passes Luhn."""
    R = o.rng
    brand = R.choice(["VISA", "Master", "JCB", "AMEX"])
    number = o.card(brand)
    exp = f"{R.randint(1, 12):02d}/{R.randint(26, 30)}"
    amex = brand == "AMEX"
    cvc = f"{R.randint(0, 9999 if amex else 999):0{4 if amex else 3}d}"
    masked = R.random() < 0.3
    db.execute("INSERT INTO payments (user_id, order_no, brand, card_number, card_exp, cvc, "
               "amount, paid_at) VALUES (?,?,?,?,?,?,?,?)",
               (uid, o.card(R.choice(["VISA", "JCB"])), brand,
                "*" * (len(number) - 4) + number[-4:] if masked else number, exp,
                None if masked else cvc, R.randint(300, 5000),
                f"2025-{R.randint(1, 11):02d}-{R.randint(1, 28):02d}"))
    if not masked:
        o.add(rel, "credit_card_number", number, p)
        o.add(rel, "card_expiry", exp, p)
        o.add(rel, "card_security_code", cvc, p)


def archive(o: Pharmacy) -> None:
    """The old レセコン's 患者一覧 (30 patients, the deceased one's values neutral) and the
    受付 of 2023Q4 (15 of them, their doctors), with a README."""
    rel = "08_アーカイブ/旧レセコン出力_2023.zip"
    R = o.rng
    old = R.sample(o.patients, 30)
    inner = rel + "!export/患者一覧_2023.csv"
    rows = [["患者コード", "氏名", "フリガナ", "生年月日", "性別", "住所", "TEL", "記号", "番号",
             "病名"]]
    for p in old:
        n = bool(p.dead)
        k, born = p.kana("　"), p.born.strftime("%Y/%m/%d")
        addr, tel = p.addr.written(4), p.addr.tel.replace("-", "")
        cond = p.conds[0] if p.conds else ""
        rows.append([p.no, p.name(""), k, born, p.sex, addr, tel, p.kigo, p.bango, cond])
        o.add(inner, "person_name", p.name(""), p, n)
        o.add(inner, "person_name", k, p, n)
        o.add(inner, "date_of_birth", born, p, n, p.born)
        o.add(inner, "address", addr, p, n)
        o.add(inner, "phone_number", tel, p, n)
        o.add(inner, "health_insurance_number", f"{p.kigo},{p.bango}", p, n)  # post-blind fix 1
        if cond:
            o.add(inner, "sensitive", cond, p, n)
    inner2 = rel + "!export/受付_2023Q4.tsv"
    lines = ["受付日\t処方箋番号\t患者\t医療機関コード\t処方医"]
    for p in R.sample(old, 15):
        doc = R.choice(o.doctors)
        lines.append(f"2023/{R.randint(10, 12)}/{R.randint(1, 28):02d}\t"
                     f"23{R.randint(10**7, 10**8 - 1)}\t{p.name()}\t{doc.clinic.code}\t"
                     f"{doc.name('')}")
        o.add(inner2, "person_name", p.name(), p, bool(p.dead))
        o.add(inner2, "person_name", doc.name(""), doc)
    o.share.write_zip(rel, [
        ("export/患者一覧_2023.csv", ("\ufeff" + csv_text(rows, end="\n")).encode()),
        ("export/受付_2023Q4.tsv", ("\n".join(lines) + "\n").encode()),
        ("export/README.txt",
         "旧レセコン（2023年12月入替前）からの出力。保存期間満了後に削除予定。\n".encode())],
        zipfile.ZIP_DEFLATED)
