"""The office's systems: the payroll SQLite (clients 1 to 8: employees, banks, dependants, pay
slips), its 2023 SQL backup (with a login), the e-Gov submission log (JSON Lines), the web
form's 入社連絡 export (JSON), the Slack export and the zip of 2019's leavers (CP932 CSV and memo).

The clients' phones and addresses are neutral, their 法人番号 not; 到達番号 and 受付番号 built
from numbers passing the My Number check are in no record.
"""

from __future__ import annotations

import json
import sqlite3
import zipfile
from datetime import datetime

from .identifiers import my_number
from .japanese import FULL_WIDTH
from .labour_consultant_people import Office, jp_date
from .share import csv_text

PROCEDURES = ["健康保険・厚生年金保険被保険者資格取得届", "雇用保険被保険者資格取得届",
              "健康保険被扶養者(異動)届", "算定基礎届", "雇用保険被保険者資格喪失届"]
SCHEMA = """CREATE TABLE company(id INTEGER PRIMARY KEY, name TEXT, houjin_no TEXT, seiri_kigo TEXT, tel TEXT);
CREATE TABLE employee(id INTEGER PRIMARY KEY, company_id INT, emp_code TEXT, name TEXT, kana TEXT, birth TEXT, sex TEXT, zip TEXT, address TEXT, tel TEXT, mail TEXT, kojin_no TEXT, kiso_nenkin TEXT, hoken_kigo TEXT, hoken_bango TEXT, koyo_no TEXT);
CREATE TABLE bank(emp_id INT, bank_code TEXT, bank_name TEXT, branch_code TEXT, kind TEXT, account_no TEXT, holder_kana TEXT);
CREATE TABLE dependent(emp_id INT, name TEXT, relation TEXT, birth TEXT, kojin_no TEXT);
CREATE TABLE pay_slip(emp_id INT, ym TEXT, base INT, overtime INT, health INT, pension INT, koyo INT, tax INT);"""  # noqa: E501
OLD_ZIP = "99_旧データ/2019_退職者データ.zip"


def payroll(c: Office) -> None:
    """payroll.sqlite: clients 1 to 8, every employee's numbers, bank and dependants and ten
    months' pay slips, vacuumed; written in place as gen.py did."""
    rng, rel = c.rng, "02_給与計算/db/payroll.sqlite"
    db = sqlite3.connect(c.share.path(rel))
    db.executescript(SCHEMA)
    eid = 0
    for co in c.companies[:8]:
        db.execute("INSERT INTO company VALUES(?,?,?,?,?)",
                   (co["idx"] + 1, co["name"], co["corp"], co["seiri"], co["tel"]))
        c.t_company(rel, co)
        c.t(rel, "address", co["addr"], None, True)
        for k, e in enumerate(co["emps"]):
            eid += 1
            e.db_id = eid
            db.execute("INSERT INTO employee VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                       (eid, co["idx"] + 1, f"{101 + k:04d}", e.name(), e.kana(),
                        e.born.isoformat(), e.sex, e.zip, e.full_addr, e.phone, e.email or None,
                        e.mn, e.pension, e.hi_kigo, e.hi_ban, e.koyo))
            db.execute("INSERT INTO bank VALUES(?,?,?,?,?,?,?)",
                       (eid, e.bank[0], e.bank[1], e.branch, "普通", e.acct, e.kana()))
            c.t_emp(rel, e, "kana dob zip addr phone email mn pension hi bank")
            for d in e.deps:
                db.execute("INSERT INTO dependent VALUES(?,?,?,?,?)",
                           (eid, d.name(), d.rel, d.born.isoformat(), d.mn))
                c.t_emp(rel, d, "dob mn")
            for m in range(1, 11):
                db.execute("INSERT INTO pay_slip VALUES(?,?,?,?,?,?,?,?)",
                           (eid, f"2024-{m:02d}", e.salary, rng.randint(0, 60000),
                            e.salary * 5 // 100, e.salary * 915 // 10000, e.salary * 6 // 1000,
                            rng.randint(3000, 20000)))
    db.commit()
    db.execute("VACUUM")
    db.close()


def backup(c: Office) -> None:
    """backup_20230331.sql: clients 1 to 4's employees hired by 2022, then a login."""
    rel = "02_給与計算/db/backup_20230331.sql"
    lines = ["-- payroll tool backup 2023-03-31", "BEGIN TRANSACTION;",
             "CREATE TABLE employee(id INTEGER PRIMARY KEY, company_id INT, name TEXT, kana TEXT, "
             "birth TEXT, address TEXT, tel TEXT, kojin_no TEXT, kiso_nenkin TEXT);"]
    for co in c.companies[:4]:
        for e in co["emps"]:
            if e.hired.year > 2022:
                continue
            lines.append(f"INSERT INTO employee VALUES({e.db_id},{co['idx'] + 1},'{e.name()}',"
                         f"'{e.kana()}','{e.born.isoformat()}','{e.full_addr}','{e.phone}',"
                         f"'{e.mn}','{e.pension}');")
            c.t_emp(rel, e, "kana dob addr phone mn pension")
    lines += ["CREATE TABLE login(user TEXT, pass TEXT);",
              "INSERT INTO login VALUES('saeki','Minato#2019');", "COMMIT;"]
    c.t(rel, "credential", "Minato#2019")
    c.share.write(rel, "\n".join(lines) + "\n")


def egov_log(c: Office) -> None:
    """egov_submission_log.jsonl: 24 submissions, each naming an employee and the client."""
    rng, rel = c.rng, "08_電子申請/egov_submission_log.jsonl"
    lines = []
    for _ in range(24):
        e = rng.choice(c.emps)
        co = e.company
        proc = rng.choice(PROCEDURES)
        arrive = my_number(rng, zero_lead="draw") + f"{rng.randint(0, 999999):06d}"  # 到達番号
        ts = (f"2024-{rng.randint(4, 10):02d}-{rng.randint(1, 28):02d}T{rng.randint(9, 18):02d}:"
              f"{rng.randint(0, 59):02d}:00+09:00")
        lines.append(json.dumps({
            "ts": ts, "user": rng.choice(["saeki", "onodera", "murai"]), "procedure": proc,
            "jigyosho": co["name"], "seiri_kigo": co["seiri"], "houjin_bango": co["corp"],
            "hihokensha": e.name(), "arrival_no": arrive,
            "uketsuke_no": my_number(rng, zero_lead="draw"),
            "status": rng.choice(["到達", "審査中", "手続終了"])}, ensure_ascii=False))
        c.t(rel, "person_name", e.name(), e)
        c.t(rel, "corporate_number", co["corp"])
    c.share.write(rel, "\n".join(lines) + "\n")


def webform(c: Office) -> None:
    """webform_入社連絡_export.json: eight hires of clients 3, 4 and 12 with every field."""
    rng, rel = c.rng, "08_電子申請/webform_入社連絡_export.json"
    forms = []
    for e in rng.sample([x for x in c.emps if x.company["idx"] in (2, 3, 11)], 8):
        form_id = f"nyusha-{rng.randint(0, 99999):05d}"
        forms.append({
            "form_id": form_id,
            "submitted_at": f"2024-{rng.randint(1, 10):02d}-{rng.randint(1, 28):02d} 10:00",
            "company": e.company["name"],
            "fields": {"氏名": e.name(), "ふりがな": e.kana(),
                       "生年月日": e.born.strftime("%Y-%m-%d"), "郵便番号": e.zip,
                       "住所": e.full_addr, "電話番号": e.phone,
                       "メールアドレス": e.email, "マイナンバー": e.mn,
                       "基礎年金番号": e.pension_dashed,
                       "振込先": {"銀行": e.bank[1], "支店コード": e.branch, "口座番号": e.acct}}})
        c.t_emp(rel, e, "kana dob zip addr phone email mn pension bank")
    c.share.write(rel, json.dumps(forms, ensure_ascii=False, indent=2))


def chat(c: Office) -> None:
    """slack_export_general_202410.json: a My Number, a new address, a birth date and a phone
    typed into the office's chat, and the DB's new password."""
    rng, rel = c.rng, "09_チャット/slack_export_general_202410.json"
    e1, e2, e3 = (c.companies[10]["emps"][0], c.companies[0]["emps"][2],
                  c.companies[11]["emps"][1])
    msgs = [("onodera", f"{c.companies[10]['name']}の{e1.last}さん、マイナンバー未提出でしたが"
                        f"今日届きました→ {e1.mn}"),
            ("murai", f"ありがとうございます。{e2.name()}さんの住所変更、新住所は {e2.addr} です"
                      f"（{e2.pref}は同じ）"),
            ("saeki", f"{e3.last} {e3.first}さん（{jp_date(e3.born, 'dot')}生）の扶養認定、"
                      "年収見込みの確認まだです"),
            ("onodera", "了解です。DBのパスワード変えました pw: Sr-2024winter!"),
            ("murai", f"{e3.last}さん本人から電話あり {e3.phone}、折り返しお願いします")]
    out = [{"ts": f"17{rng.randint(0, 99999999):08d}.000{i}", "user": u, "text": t}
           for i, (u, t) in enumerate(msgs)]
    c.share.write(rel, json.dumps(out, ensure_ascii=False, indent=1))
    c.t(rel, "my_number", e1.mn, e1)
    c.t(rel, "person_name", e1.last, e1, True)
    c.t(rel, "person_name", e2.name(), e2)
    c.t(rel, "address", e2.addr, e2)
    c.t(rel, "person_name", e3.name(), e3)
    c.t(rel, "date_of_birth", e3.born.isoformat(), e3)
    c.t(rel, "phone_number", e3.phone, e3)
    c.t(rel, "credential", "Sr-2024winter!")


def old_leavers(c: Office) -> None:
    """2019_退職者データ.zip (dated 10 January 2020): ten 2019 leavers' CSV and a memo of five
    phones, both CP932."""
    rng = c.rng
    old = [c.person() for _ in range(10)]
    for o in old:
        o.pension, o.left, o.company = c.pension(), c.rdate(2019, 2019), rng.choice(c.companies)
        c.real.append(o)
    rows = [["氏名", "ﾌﾘｶﾞﾅ", "生年月日", "住所", "電話", "基礎年金番号", "退職日", "事業所"]]
    rows += [[o.name2, o.kana(), jp_date(o.born, "dot"), o.full_addr, o.phone, o.pension,
              o.left.isoformat(), o.company["name"]] for o in old]
    inner = "退職者一覧_2019.csv"
    memo = "2019年退職者メモ\n" + "".join(
        f"{o.name()}　{o.phone.translate(FULL_WIDTH)}　離職票送付済\n" for o in old[:5])
    c.share.write_zip(OLD_ZIP, [(inner, csv_text(rows).encode("cp932")),
                                ("memo.txt", memo.encode("cp932"))],
                      zipfile.ZIP_DEFLATED, datetime(2020, 1, 10, 12, 0, 0))
    for o in old:
        c.t_emp(f"{OLD_ZIP}!{inner}", o, "kana dob addr phone pension", o.name2)
    for o in old[:5]:
        c.t(f"{OLD_ZIP}!memo.txt", "person_name", o.name(), o)
        c.t(f"{OLD_ZIP}!memo.txt", "phone_number", o.phone, o)
