"""What the insurance agency's systems hold: May's web quote requests (JSONL: IP addresses,
form ids passing Luhn, 現契約 証券番号 passing the My Number check), the agency's SQLite CRM
(customers, their families, the contact log naming the 募集人) and the 2024 claims zip (a
deceased insured's death claim with the beneficiary's 個人番号 in full-width digits, a CP932
入院給付金 list with 傷病名, a repair estimate)."""

from __future__ import annotations

import json
import sqlite3
import zipfile
from datetime import timedelta

from .insurance_agency_people import SHOPS, Agency
from .japanese import FULL_WIDTH, wareki
from .share import csv_text

PRODUCTS = ["自動車保険", "火災保険", "がん保険", "医療保険"]
CONTACT_NOTES = ["満期案内送付済。電話で更改意向確認。", "車両入替の相談あり。",
                 "奥様から住所変更の連絡。", "がん保険のパンフレット送付希望。"]
INPATIENT = ["肺炎", "大腸ポリープ", "椎間板ヘルニア", "乳がん", "胆石症"]


def web_quotes(a: Agency) -> None:
    """見積りフォーム: the ten prospects and three customers (a mail address drawn for one who
    had none, kept as theirs), every other one's 〒 and phone bare."""
    path = "07_web/estimate_form_2024-05.jsonl"
    R, add = a.rng, a.add
    lines = []
    for i, p in enumerate(a.prospects + R.sample(a.customers[:40], 3)):
        ip = (f"{R.choice([126, 153, 180, 219, 60])}.{R.randint(0, 255)}.{R.randint(0, 255)}."
              f"{R.randint(1, 254)}")
        p.email = p.email or a.mail_address()
        received = (f"2024-05-{R.randint(1, 31):02d}T{R.randint(8, 23):02d}:"
                    f"{R.randint(0, 59):02d}:11+09:00")
        form_id = a.luhn("4", 16) if i % 3 == 0 else f"EST-{R.randint(100000, 999999)}"
        bare = i % 2
        record = {"received_at": received, "form_id": form_id, "name": p.name(),
                  "name_kana": p.kana(), "birthday": p.born.isoformat(),
                  "zip": p.addr.postal.replace("-", "") if bare else p.addr.postal,
                  "address": p.addr.full(), "tel": p.mobile.replace("-", "") if bare else p.mobile,
                  "email": p.email, "product": R.choice(PRODUCTS),
                  "current_policy_no": a.my_number(), "grade": R.randint(6, 20),
                  "remote_ip": ip, "ua": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)"}
        lines.append(json.dumps(record, ensure_ascii=False))
        for category, value in [("person_name", p.name()), ("person_name", p.kana()),
                                ("date_of_birth", p.born.isoformat()),
                                ("postal_code", p.addr.postal), ("address", p.addr.full()),
                                ("phone_number", p.mobile), ("email_address", p.email),
                                ("ip_address", ip)]:
            add(path, category, value, p)
    a.share.write(path, "\n".join(lines) + "\n")


def crm(a: Agency) -> None:
    """agency_crm.sqlite3: 36 customers, their families' names and birth dates, a contact log
    row each naming the 募集人."""
    path = "01_顧客管理/crm/agency_crm.sqlite3"
    R, add = a.rng, a.add
    db = sqlite3.connect(a.share.path(path))
    db.execute("create table customer (id text primary key, name text, kana text, birth text, "
               "zip text, addr text, tel text, email text, memo text)")
    db.execute("create table family (customer_id text, relation text, name text, birth text)")
    db.execute("create table contact_log (id integer primary key, customer_id text, "
               "contacted_on text, staff text, note text)")
    for c in a.customers[8:44]:
        db.execute("insert into customer values (?,?,?,?,?,?,?,?,?)",
                   (c.cno, c.name(), c.kana(), c.born.isoformat(), c.addr.postal.replace("-", ""),
                    c.addr.full(), c.mobile, c.email, f"満期 {c.end.isoformat()} 更改予定"))
        for category, value in [("person_name", c.name()), ("person_name", c.kana()),
                                ("date_of_birth", c.born.isoformat()),
                                ("postal_code", c.addr.postal), ("address", c.addr.full()),
                                ("phone_number", c.mobile)]:
            add(path, category, value, c)
        if c.email:
            add(path, "email_address", c.email, c)
        for rel, f in c.family:
            db.execute("insert into family values (?,?,?,?)",
                       (c.cno, rel, f.name(), f.born.isoformat()))
            add(path, "person_name", f.name(), f)
            add(path, "date_of_birth", f.born.isoformat(), f)
        s = R.choice(a.staff)
        db.execute("insert into contact_log (customer_id, contacted_on, staff, note) "
                   "values (?,?,?,?)", (c.cno, (c.end - timedelta(days=60)).isoformat(), s.name(),
                                        R.choice(CONTACT_NOTES)))
        add(path, "person_name", s.name(), s)
    db.commit()
    db.close()


def claims_zip(a: Agency) -> None:
    """請求書類一式_2024.zip (members deflated): the death claim, the 入院給付金 list, the
    repair estimate; the deceased's values and cause of death neutral."""
    path = "09_保険金請求/請求書類一式_2024.zip"
    R, add = a.rng, a.add
    dead, ben = a.dead, a.dead_owner
    name = "死亡保険金/請求受付票.txt"
    number = a.my_number()
    bank = ben.bank
    death = (f"死亡保険金 請求受付票\n受付日：{wareki(dead.died + timedelta(days=12))}\n"
             f"被保険者（故人）：{dead.name()}　生年月日：{wareki(dead.born)}　"
             f"死亡日：{wareki(dead.died)}\n死因：急性心筋梗塞（死亡診断書写し添付）\n"
             f"受取人：{ben.name()}（続柄：子）　生年月日：{wareki(ben.born)}\n"
             f"受取人住所：{ben.addr.kanji()}\n受取人電話：{ben.mobile}\n"
             f"受取人個人番号（支払調書用）：{number.translate(FULL_WIDTH)}\n"
             f"振込先：{bank.bank} {bank.branch}支店 {bank.kind} {bank.number}\n"
             f"証券番号：{ben.policy}\n請求受付番号：{a.corporate_number()}\n")
    members = [(name, death.encode())]
    inner = f"{path}!{name}"
    add(inner, "person_name", dead.name(), None, True)
    add(inner, "date_of_birth", dead.born.isoformat(), None, True)
    add(inner, "sensitive", "急性心筋梗塞", None, True)
    add(inner, "sensitive", "心筋梗塞", None, True)  # (post-blind fix: the inner term too)
    for category, value in [("person_name", ben.name()), ("date_of_birth", ben.born.isoformat()),
                            ("address", ben.addr.kanji()), ("phone_number", ben.mobile),
                            ("my_number", number), ("bank_account", bank.number)]:
        add(inner, category, value, ben)
    name = "入院給付金/請求一覧.csv"
    inner = f"{path}!{name}"
    rows = [["請求番号", "被保険者", "生年月日", "傷病名", "入院日", "退院日", "入院日数",
             "振込口座", "電話"]]
    for c in R.sample(a.customers[10:40], 5):
        ill = R.choice(INPATIENT)
        admitted = a.day(2024, 2024)
        rows.append([a.luhn("35", 16), c.name(), f"{c.born:%Y/%m/%d}", ill, admitted.isoformat(),
                     (admitted + timedelta(days=9)).isoformat(), 10,
                     f"{c.bank.code}-{c.bank.branch}-{c.bank.number}", c.mobile])
        for category, value in [("person_name", c.name()), ("date_of_birth", c.born.isoformat()),
                                ("sensitive", ill), ("bank_account", c.bank.number),
                                ("phone_number", c.mobile)]:
            add(inner, category, value, c)
    members.append((name, csv_text(rows).encode("cp932")))
    name = "車両/修理見積_写.txt"
    inner = f"{path}!{name}"
    c, shop = a.autos()[3], SHOPS[0]
    estimate = (f"御見積書\n{c.name()} 様\n車名 {c.car.model}　登録番号 {c.car.plate}　"
                f"車台番号 {c.car.vin}\n見積番号 {a.luhn('5', 16)}\n"
                f"合計 ¥{R.randint(150, 900)},000-\n\n{shop[0]}\nTEL {shop[1]}\n")
    members.append((name, estimate.encode()))
    add(inner, "person_name", c.name(), c)
    add(inner, "person_name", shop[0], None, True)
    add(inner, "phone_number", shop[1], None, True)
    a.share.write_zip(path, members, zipfile.ZIP_DEFLATED)
