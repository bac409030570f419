"""The hospital's tables: the ward's CP932 admission list and family contacts, care managers'
and nurses' workbooks, 高額療養費 forms, レセプト and 全銀 files, the 予約 system's log and SQL
dump, a 健診 zip and the 死亡退院 list (deceased patients, their values neutral)."""

from __future__ import annotations

import json
import zipfile
from datetime import datetime, timedelta

import openpyxl
from openpyxl.styles import Alignment, Font

from .hospital_people import HOSP_SHORT, TODAY, Hospital, age, bare, era, kn, nm, sl
from .identifiers import card_number, luhn_number
from .japanese import half_width_kana
from .share import csv_text, workbook


def admissions(h: Hospital) -> None:
    """入院患者一覧 (CP932): who lies where, 主病名, 保険者番号 (the insurer's: neutral) and
    被保険者記号・番号 joined by 「・」."""
    path = "病棟/入院患者一覧_20261127.csv"
    rows = [["患者ID", "氏名", "フリガナ", "性別", "生年月日", "年齢", "病棟", "病室", "入院日",
             "主病名", "主治医", "保険者番号", "被保険者記号・番号", "住所", "電話番号"]]
    for p in [p for p in h.living if p.adm <= TODAY <= p.dis][:40]:
        rows.append([p.pt_id, nm(p), kn(p), "男" if p.sex == "M" else "女", sl(p.dob), age(p.dob),
                     p.ward, p.room, sl(p.adm), p.dx, nm(p.doctor, " "), p.ins[1], p.hin_raw,
                     p.addr.full(), p.tel])
        h.add(path, "person_name", nm(p), p.id)
        h.add(path, "person_name", kn(p), p.id)
        h.born(path, sl(p.dob), p)
        h.add(path, "sensitive", p.dx, p.id)
        h.add(path, "person_name", nm(p.doctor, " "), p.doctor.id)
        h.add(path, "health_insurance_number", p.ins[1], None, neutral=True)
        h.add(path, "health_insurance_number", p.hin_raw, p.id)
        h.add(path, "address", p.addr.full(), p.id)
        h.add(path, "phone_number", p.tel, p.id)
    h.share.write(path, csv_text(rows), "cp932")


def family_contacts(h: Hospital) -> None:
    """家族連絡先 (TSV): key persons, 「同上（患者住所）」 where they live with the patient."""
    R = h.rng
    path = "病棟/家族連絡先.tsv"
    rows = [["患者ID", "患者氏名", "キーパーソン", "続柄", "連絡先1", "連絡先2", "住所", "メール",
             "備考"]]
    for p in h.patients:
        k = p.kp
        if not k:
            continue
        tel1 = bare(k.mobile) if R.random() < 0.5 else k.mobile
        tel2 = k.tel if not k.same_addr else ""
        addr = "同上（患者住所）" if k.same_addr else k.addr.mid()
        note = R.choice(["", "日中は仕事のため夕方以降に連絡", "遠方在住",
                         "死亡退院 " + sl(p.dis) if p.dead else "", "入院中の洗濯物対応あり"])
        rows.append([p.pt_id, p.last + p.first, k.last + " " + k.first, k.rel, tel1, tel2, addr,
                     k.email or "", note])
        h.add(path, "person_name", p.last + p.first, p.id)
        h.add(path, "person_name", k.last + " " + k.first, k.id)
        h.add(path, "phone_number", tel1, k.id)
        if tel2:
            h.add(path, "phone_number", tel2, k.id)
        if not k.same_addr:
            h.add(path, "address", k.addr.mid(), k.id)
        if k.email:
            h.add(path, "email_address", k.email, k.id)
    h.share.write(path, csv_text(rows, "\t", "\n"))


def care_managers(h: Hospital) -> None:
    """ケアマネ連絡先一覧: offices (法人番号 expected, the rest the office's: neutral) and their
    care managers, then patients with 管理番号 that pass the 法人番号 check."""
    R = h.rng
    path = "地域連携室/ケアマネ連絡先一覧.xlsx"
    wb, ws = workbook("事業所一覧")
    ws.append(["居宅介護支援事業所 連絡先一覧（令和8年度）"])
    ws.merge_cells("A1:H1")
    ws.append(["事業所名", "法人番号", "介護保険事業所番号", "所在地", "電話", "FAX",
               "担当ケアマネ", "メール"])
    for c in h.cms:
        ws.append([c.office, c.corp, c.office_id, c.addr.full(), c.office_tel, c.office_fax,
                   nm(c, " "), c.email])
        h.add(path, "person_name", c.office, c.company_pid, neutral=True)
        h.add(path, "corporate_number", c.corp, c.company_pid)
        h.add(path, "address", c.addr.full(), c.company_pid, neutral=True)
        h.add(path, "phone_number", c.office_tel, c.company_pid, neutral=True)
        h.add(path, "phone_number", c.office_fax, c.company_pid, neutral=True)
        h.add(path, "person_name", nm(c, " "), c.id)
        h.add(path, "email_address", c.email, c.id)
    ws2 = wb.create_sheet("担当患者")
    ws2.append(["管理番号", "登録日", "患者氏名", "担当事業所", "ケアマネ", "要介護度"])
    for p in R.sample([q for q in h.living if not q.nat], 8):
        c = R.choice(h.cms)
        number = h.corporate_number()  # passes the 法人番号 check: a hard negative
        ws2.append([number, sl(p.adm - timedelta(days=R.randint(100, 900))),
                    p.last + " " + p.first, c.office, c.last,
                    R.choice(["要支援2", "要介護1", "要介護2", "要介護3", "要介護4"])])
        h.add(path, "person_name", p.last + " " + p.first, p.id)
        h.add(path, "person_name", c.last, c.id, neutral=True)
    h.share.save(path, wb)


def nursing_roster(h: Hospital) -> None:
    """The 4階東 ward's 勤務表 workbook: the roster, a 職員台帳 with 個人番号 and accounts, a
    給与振込 sheet in half-width kana and a training plan."""
    R = h.rng
    path = "看護部/勤務表_令和8年12月_4階東.xlsx"
    wb, ws = workbook("勤務表")
    ws.cell(1, 1, "令和8年12月 勤務表　4階東病棟")
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=34)
    ws.cell(2, 1, "職員番号")
    ws.cell(2, 2, "氏名")
    ws.cell(2, 3, "職種")
    ws.merge_cells(start_row=2, start_column=4, end_row=2, end_column=34)
    ws.cell(2, 4, "日付")
    for d in range(1, 32):
        ws.cell(3, 3 + d, d)
    for r, n in enumerate(h.nurses, start=4):
        ws.cell(r, 1, n.staff_no)
        ws.cell(r, 2, nm(n, " "))
        ws.cell(r, 3, R.choice(["看護師", "看護師", "准看護師", "主任"]))
        for d in range(1, 32):
            ws.cell(r, 3 + d, R.choice(["日", "日", "夜", "明", "休", "休", "有"]))
        h.add(path, "person_name", nm(n, " "), n.id)
    ws3 = wb.create_sheet("職員台帳")
    ws3.append(["職員番号", "氏名", "フリガナ", "生年月日", "入職日", "郵便番号", "住所",
                "電話番号", "個人番号", "銀行名", "支店名", "種別", "口座番号"])
    for n in h.nurses:
        ws3.append([n.staff_no, nm(n, " "), kn(n, " "), n.dob, n.hired, n.addr.postal,
                    n.addr.full(), n.mobile, n.mn, n.bank[0], n.branch[0], "普通", n.acct])
        h.add(path, "person_name", kn(n, " "), n.id)
        h.born(path, n.dob.isoformat(), n)
        h.add(path, "postal_code", n.addr.postal, n.id)
        h.add(path, "address", n.addr.full(), n.id)
        h.add(path, "phone_number", n.mobile, n.id)
        h.add(path, "my_number", n.mn, n.id)
        h.add(path, "bank_account", n.acct, n.id)
    ws3.column_dimensions["D"].width = 12
    for row in ws3.iter_rows(min_row=2):
        row[3].number_format = "yyyy/mm/dd"
        row[4].number_format = "yyyy/mm/dd"
    ws4 = wb.create_sheet("給与振込")
    ws4.append(["銀行コード", "支店コード", "預金種目", "口座番号", "受取人名", "振込金額"])
    for n in h.nurses:
        hk = half_width_kana(n.last_kana + " " + n.first_kana)
        ws4.append([n.bank[1], n.branch[1], "1", n.acct, hk, R.randint(210000, 380000)])
        h.add(path, "person_name", hk, n.id)
    ws5 = wb.create_sheet("研修予定")
    ws5.append(["日付", "研修名", "担当"])
    for t in ["感染症対策研修（標準予防策）", "認知症ケア加算算定要件研修",
              "糖尿病看護認定看護師による勉強会", "がん性疼痛緩和ケア研修",
              "身体拘束最小化委員会報告"]:
        ws5.append([f"12/{R.randint(1, 28)}", t, "看護部教育委員会"])
    h.share.save(path, wb)


def high_cost_claims(h: Hospital) -> None:
    """高額療養費支給申請書: a label | value form a sheet, the key person as 代理人."""
    R = h.rng
    path = "医事課/高額療養費_支給申請書_202611.xlsx"
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for i, p in enumerate(R.sample([q for q in h.living if not q.nat and q.kp], 3), 1):
        ws = wb.create_sheet(f"申請{i}")
        ws["A1"] = "健康保険　高額療養費支給申請書"
        ws.merge_cells("A1:D1")
        ws["A1"].alignment = Alignment(horizontal="center")
        ws["A1"].font = Font(bold=True, size=14)
        k = p.kp
        bank = R.choice(["埼玉りそな銀行", "武蔵野銀行", "ゆうちょ銀行", "川越信用金庫"])
        acct = f"{R.randint(1000000, 9999999)}"
        mn = h.my_number()
        hin = p.hin_raw.replace("・", "-")
        rows = [("申請日", "令和8年11月" + str(R.randint(1, 26)) + "日"),
                ("保険者名", p.ins[0]), ("保険者番号", p.ins[1]), ("被保険者証の記号・番号", hin),
                ("被保険者氏名", nm(p, " ")), ("フリガナ", kn(p, " ")), ("生年月日", era(p.dob)),
                ("郵便番号", "〒" + p.addr.postal), ("住所", p.addr.full()),
                ("電話番号", bare(p.tel)),
                ("個人番号", mn), ("療養を受けた者", "被保険者本人"),
                ("療養期間", f"{era(p.adm)}～{era(p.dis)}"),
                ("医療機関名", HOSP_SHORT), ("傷病名", p.dx), ("振込先金融機関", bank),
                ("支店名", R.choice(["本店", "川越支店", "所沢駅前支店"])), ("預金種別", "普通"),
                ("口座番号", acct), ("口座名義（カナ）", kn(p, " ")),
                ("代理人（申請者）", f"{k.last} {k.first}（{k.rel}）"), ("代理人電話", k.mobile)]
        for r, (a, b) in enumerate(rows, start=3):
            ws.cell(r, 1, a)
            ws.cell(r, 2, b)
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
        h.add(path, "health_insurance_number", p.ins[1], None, neutral=True)
        h.add(path, "person_name", p.ins[0], None, neutral=True)
        h.add(path, "health_insurance_number", hin, p.id)
        h.add(path, "person_name", nm(p, " "), p.id)
        h.add(path, "person_name", kn(p, " "), p.id)
        h.born(path, era(p.dob), p)
        h.add(path, "postal_code", p.addr.postal, p.id)
        h.add(path, "address", p.addr.full(), p.id)
        h.add(path, "phone_number", bare(p.tel), p.id)
        h.add(path, "my_number", mn, p.id)
        h.add(path, "sensitive", p.dx, p.id)
        h.add(path, "bank_account", acct, p.id)
        h.add(path, "person_name", f"{k.last} {k.first}", k.id)
        h.add(path, "phone_number", k.mobile, k.id)
        h.add(path, "person_name", HOSP_SHORT, None, neutral=True)
    h.share.save(path, wb)


def receipts(h: Hospital) -> None:
    """レセプト一覧 (UTF-8 with BOM): レセプト番号 pass Luhn (hard negatives)."""
    R = h.rng
    path = "医事課/レセプト一覧_202610.csv"
    rows = [["レセプト番号", "患者ID", "患者氏名", "診療年月", "入外", "診療科", "請求点数",
             "保険者番号", "受付日"]]
    used: set[str] = set()
    for p in R.sample(h.patients, 25):
        while (number := luhn_number(R, R.choice(["4", "52", "3540"]), 16)) in used:
            pass
        used.add(number)
        rows.append([number, p.pt_id, p.last + "　" + p.first, "2026/10",
                     R.choice(["入院", "外来"]), p.doctor.dept, R.randint(800, 98000), p.ins[1],
                     sl(TODAY - timedelta(days=R.randint(20, 40)))])
        h.add(path, "person_name", p.last + "　" + p.first, p.id)
        h.add(path, "health_insurance_number", p.ins[1], None, neutral=True)
    h.share.write(path, csv_text(rows, ",", "\n"), "utf-8-sig")


def refunds(h: Hospital) -> None:
    """還付金の全銀 file (CP932, half-width kana, fixed width): the hospital's own account is
    neutral, each patient's a payee record."""
    R = h.rng
    path = "医事課/還付金振込_20261120.txt"
    records = ["1210" + "0000012345"
               + half_width_kana("イリヨウホウジンシヤダン ムサシノカイ").ljust(40)
               + "1120" + "0017"
               + half_width_kana("サイタマリソナ").ljust(15) + "321"
               + half_width_kana("カワゴエ").ljust(15) + "1" + "1234567"]
    payees = R.sample([q for q in h.living if not q.nat], 6)
    h.add(path, "bank_account", "1234567", None, neutral=True)
    for p in payees:
        acct = f"{R.randint(1000000, 9999999)}"
        hk = half_width_kana(p.last_kana + " " + p.first_kana)
        code, bank = R.choice([("0017", "サイタマリソナ"), ("0133", "ムサシノ"), ("0001", "ミズホ"),
                               ("9900", "ユウチヨ")])
        branch = R.randint(100, 999)
        branch_name = R.choice(["カワゴエ", "トコロザワ", "サヤマ", "ホンテン"])
        records.append("2" + code + half_width_kana(bank).ljust(15) + f"{branch}"
                       + half_width_kana(branch_name).ljust(15) + "    " + "1" + acct + hk.ljust(30)
                       + f"{R.randint(1000, 90000):010d}" + "0" + " " * 20 + " " * 9)
        h.add(path, "person_name", hk, p.id)
        h.add(path, "bank_account", acct, p.id)
    records.append("8" + f"{len(payees):06d}" + "000000123456")
    records.append("9")
    h.share.write(path, "\r\n".join(records) + "\r\n", "cp932")


def reservation_log(h: Hospital) -> None:
    """The 予約 system's JSON log: patients' IPs, kana names and +81 phones, clerks' logins,
    an attacker's failed one (neutral)."""
    R = h.rng
    path = "システム/予約/access_20261126.jsonl"
    events = []
    ts = datetime(2026, 11, 26, 8, 0, 0)
    for p in R.sample(h.living, 14):
        ts += timedelta(minutes=R.randint(1, 40), seconds=R.randint(0, 59))
        tel = "+81-" + p.mobile[1:]
        event = {"ts": ts.isoformat() + "+09:00", "level": "INFO", "event": "reserve.create",
                 "client_ip": p.ip, "card_no": p.card_no, "reception_no": h.my_number(),
                 "patient": {"name_kana": kn(p, " "), "tel": tel}, "dept": p.doctor.dept,
                 "slot": (ts + timedelta(days=R.randint(1, 14))).strftime("%Y-%m-%d %H:%M")}
        if p.email:
            event["patient"]["mail"] = p.email
            h.add(path, "email_address", p.email, p.id)
        events.append(event)
        h.add(path, "ip_address", p.ip, p.id)
        h.add(path, "person_name", kn(p, " "), p.id)
        h.add(path, "phone_number", tel, p.id)
    for s in h.clerks:
        ts += timedelta(minutes=R.randint(1, 30))
        ip = "10.20.1." + str(R.randint(10, 99))
        events.append({"ts": ts.isoformat() + "+09:00", "level": "INFO", "event": "admin.login",
                       "client_ip": ip, "user": s.email, "result": "success"})
        h.add(path, "ip_address", ip, None, neutral=True)
        h.add(path, "email_address", s.email, s.id)
    events.append({"ts": (ts + timedelta(minutes=3)).isoformat() + "+09:00", "level": "WARN",
                   "event": "admin.login", "client_ip": "185.220.101.47", "user": "admin",
                   "result": "failure"})
    h.add(path, "ip_address", "185.220.101.47", None, neutral=True)  # an attacker, no subject
    h.share.write(path, "\n".join(json.dumps(e, ensure_ascii=False) for e in events) + "\n")


def reservation_dump(h: Hospital) -> None:
    """The 予約 system's SQL dump: patients, staff users' bcrypt hashes, card payments with
    reserve numbers that pass Luhn (hard negatives)."""
    R = h.rng
    path = "システム/予約/yoyaku_backup_20261125.sql"
    lines = ["-- MySQL dump 10.13  Distrib 8.0.36", "-- Host: 10.20.0.12    Database: yoyaku",
             "SET NAMES utf8mb4;",
             "CREATE TABLE `patients` (`card_no` char(12) NOT NULL, `name` varchar(64), `kana` "
             "varchar(64), `birthday` date, `tel` varchar(20), `email` varchar(128), `created_at` "
             "datetime, PRIMARY KEY (`card_no`));"]
    values = []
    in_db = R.sample(h.living, 18)
    for p in in_db:
        em = p.email
        values.append(f"('{p.card_no}','{nm(p, ' ')}','{kn(p, ' ')}','{p.dob.isoformat()}',"
                      f"'{bare(p.mobile)}'," + (f"'{em}'" if em else "NULL")
                      + f",'{sl(p.adm).replace('/', '-')} 10:12:00')")
        h.add(path, "person_name", nm(p, " "), p.id)
        h.add(path, "person_name", kn(p, " "), p.id)
        h.born(path, p.dob.isoformat(), p)
        h.add(path, "phone_number", bare(p.mobile), p.id)
        if em:
            h.add(path, "email_address", em, p.id)
    lines.append("INSERT INTO `patients` VALUES " + ",\n".join(values) + ";")
    h.add(path, "ip_address", "10.20.0.12", None, neutral=True)
    lines.append("CREATE TABLE `staff_users` (`id` int, `login_id` varchar(32), `email` "
                 "varchar(128), `password_hash` varchar(100), `role` varchar(16));")
    values = []
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789./"
    for i, s in enumerate(h.clerks + h.msws, 1):
        hsh = "$2b$12$" + "".join(R.choice(alphabet) for _ in range(53))
        values.append(f"({i},'{s.last_r.lower()}{i:02d}','{s.email}','{hsh}',"
                      f"'{'admin' if i == 1 else 'staff'}')")
        h.add(path, "email_address", s.email, s.id)
        h.add(path, "credential", hsh, s.id)
    lines.append("INSERT INTO `staff_users` VALUES " + ",\n".join(values) + ";")
    lines.append("CREATE TABLE `payments` (`reserve_no` varchar(20), `card_no` char(12), "
                 "`card_number` varchar(19), `exp` varchar(5), `cvv` varchar(4), `holder` "
                 "varchar(64), `amount` int);")
    values = []
    for p in R.sample(in_db, 5):
        cn = card_number(R)
        exp = f"{R.randint(1, 12):02d}/{R.randint(27, 31)}"
        cvv = (f"{R.randint(0, 9999):04d}" if cn.startswith("3") and len(cn) == 15
               else f"{R.randint(0, 999):03d}")
        holder = f"{p.first_r.upper()} {p.last_r.upper()}"
        reserve = luhn_number(R, "6", 16)  # passes Luhn: a hard negative
        values.append(f"('{reserve}','{p.card_no}','{cn}','{exp}','{cvv}','{holder}',"
                      f"{R.randint(3, 30) * 1000})")
        h.add(path, "credit_card_number", cn, p.id)
        h.add(path, "card_expiry", exp, p.id)
        h.add(path, "card_security_code", cvv, p.id)
        h.add(path, "person_name", holder, p.id)
    lines.append("INSERT INTO `payments` VALUES " + ",\n".join(values) + ";")
    h.share.write(path, "\n".join(lines) + "\n")


def checkup_zip(h: Hospital) -> None:
    """健診結果 zip: a CP932 results list (検体番号 pass Luhn) and the examinees' contacts with
    their 健保 記号 and 番号 apart."""
    R = h.rng
    zpath = "健診/健診結果_2026年度.zip"
    inner = "2026/健診結果一覧.csv"
    p1 = f"{zpath}!{inner}"
    rows = [["受診番号", "検体番号", "事業所", "氏名", "カナ", "生年月日", "性別", "受診日", "BMI",
             "血圧", "総合判定", "所見"]]
    used: set[str] = set()
    for e in h.examinees:
        while (number := luhn_number(R, R.choice(["35", "4", "5"]), 16)) in used:
            pass
        used.add(number)
        finding = R.choice(["異常なし", "高血圧", "脂質異常症", "肝機能障害", "糖尿病の疑い",
                            "異常なし"])
        rows.append([f"K26-{R.randint(10000, 99999)}", number, e.co, nm(e, " "),
                     half_width_kana(kn(e, " ")), sl(e.dob), "男" if e.sex == "M" else "女",
                     sl(TODAY - timedelta(days=R.randint(30, 200))), f"{R.uniform(17, 32):.1f}",
                     f"{R.randint(100, 170)}/{R.randint(60, 100)}", R.choice("ABCD"), finding])
        h.add(p1, "person_name", nm(e, " "), e.id)
        h.add(p1, "person_name", half_width_kana(kn(e, " ")), e.id)
        h.born(p1, sl(e.dob), e)
        h.add(p1, "person_name", e.co, None, neutral=True)
        for term in ["高血圧", "脂質異常症", "肝機能障害", "糖尿病"]:
            if term in finding:
                h.add(p1, "sensitive", term, e.id)
    inner2 = "2026/受診者連絡先.txt"
    p2 = f"{zpath}!{inner2}"
    lines = ["受診者連絡先（結果送付用）", ""]
    for e in h.examinees[:8]:
        lines.append(f"{e.last}{e.first}\t〒{e.addr.postal}\t{e.addr.short()}\tTEL:{e.tel}\t"
                     f"健保 記号{e.kig} 番号{e.ban}")
        h.add(p2, "person_name", e.last + e.first, e.id)
        h.add(p2, "postal_code", e.addr.postal, e.id)
        h.add(p2, "address", e.addr.short(), e.id)
        h.add(p2, "phone_number", e.tel, e.id)
        h.add(p2, "health_insurance_number", f"記号{e.kig} 番号{e.ban}", e.id,
              normal=e.kig + e.ban)
    h.share.write_zip(zpath, [(inner, csv_text(rows).encode("cp932")),
                              (inner2, ("\n".join(lines) + "\n").encode("utf-8"))],
                      zipfile.ZIP_DEFLATED)


def deaths(h: Hospital) -> None:
    """死亡退院 list: deceased patients (neutral) and the living relatives who reported."""
    path = "医事課/死亡退院_2026年度.csv"
    rows = [["患者ID", "氏名", "生年月日", "死亡日", "死因", "主治医", "届出人", "続柄",
             "届出人連絡先"]]
    for p in h.dead_patients:
        k = p.kp
        rows.append([p.pt_id, nm(p, ""), sl(p.dob), sl(p.dis), p.dx, nm(p.doctor, ""),
                     (k.last + k.first) if k else "", k.rel if k else "", k.mobile if k else ""])
        h.add(path, "person_name", nm(p, ""), p.id)
        h.born(path, sl(p.dob), p)
        h.add(path, "sensitive", p.dx, p.id)
        h.add(path, "person_name", nm(p.doctor, ""), p.doctor.id)
        if k:
            h.add(path, "person_name", k.last + k.first, k.id)
            h.add(path, "phone_number", k.mobile, k.id)
    h.share.write(path, csv_text(rows, ",", "\n"))

