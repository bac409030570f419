"""The clinic's spreadsheets and CSVs: the レセコン's CP932 patient ledgers (one a branch), the
療養費 claim TSV, the 本院's 施術録 (.xlsx: merged month rows, one patient's 個票), the 自賠責
case book (.xlsx) and its adjusters, the card payments for 回数券 and 自費 menus, the staff book
(免許番号, 個人番号, salary accounts, emergency contacts, the company's 法人番号), the vendor list
(CP932) and the child patients' guardians.

Hard negatives: every payment's 伝票番号 passes Luhn; kana readings, a staff member's surname,
card expiry and CVV, the insurers' and vendors' phones and addresses are neutral.
"""

from __future__ import annotations

from datetime import timedelta

from openpyxl.styles import Font

from .bone_clinic_people import (
    ADDR,
    ADDR2,
    KIOU,
    TEL,
    TEL2,
    TOWNS,
    Clinic,
    nk,
    wareki,
)
from .identifiers import card_groups, corporate_number, digits, luhn_number
from .japanese import hiragana
from .share import csv_text, workbook

MENUS = ["回数券10回(骨盤矯正)", "鍼灸5回券", "猫背矯正", "産後骨盤ケア"]
VENDORS = ["メディカルシステム株式会社", "株式会社テーピング商会", "整骨院サプライ株式会社",
           "株式会社川口リネン"]


def ledgers(c: Clinic) -> None:
    """患者台帳 a branch (CP932): name, kana, 和暦 birth date, home, insurance, injury."""
    for br, path in (("本院", "レセコン/患者台帳_本院_20241031.csv"),
                     ("分院", "レセコン/患者台帳_蕨分院_20241031.csv")):
        rows = [["患者番号", "氏名", "フリガナ", "性別", "生年月日", "郵便番号", "住所", "電話番号",
                 "保険者番号", "記号", "番号", "本人家族", "被保険者氏名", "負傷名", "初検日"]]
        for p in c.branch(br):
            ins = p.insured
            rows.append([p.no, c.name(p, "\u3000"), p.kana(" "), "男" if p.sex == "M" else "女",
                         wareki(p.born, 1 if br == "本院" else 2), p.pc[:3] + "-" + p.pc[3:],
                         c.addr(p), c.phone(p.phone, 0), p.hokensha, p.kigo, p.bango, p.honnin,
                         c.name(ins, "\u3000") if ins else "", p.inj, wareki(p.shoken, 1)])
            c.t_std(path, p, "name kana dob pc addr phone inj ins")
            if ins:
                c.t_name(path, ins)
        c.share.write(path, csv_text(rows).encode("cp932", errors="replace"))


def claims(c: Clinic) -> None:
    """療養費支給申請書 data (TSV, LF): about half the patients not in an accident case."""
    rng, path = c.rng, "療養費/支給申請書データ_2024年10月施術分.tsv"
    rows = [["申請書番号", "保険者番号", "保険者名", "被保険者記号", "被保険者番号", "被保険者氏名",
             "受療者氏名", "続柄", "受療者生年月日", "負傷名", "負傷年月日", "負傷原因", "初検日",
             "施術日数", "請求金額"]]
    seq = 0
    for p in c.patients:
        if p.age >= 18 and p.claim:
            continue
        if rng.random() < 0.45:
            seq += 1
            ins = p.insured or p
            injured = p.shoken - timedelta(days=rng.randint(0, 3))
            rel = (p.honnin if p.honnin == "本人"
                   else "子" if p.guardian else "妻" if p.sex == "F" else "夫")
            rows.append([f"2410{seq:05d}", p.hokensha, p.hoken_name, p.kigo, p.bango,
                         c.name(ins, " "), c.name(p, " "), rel, wareki(p.born, 0), p.inj,
                         wareki(injured, 0), p.cause, wareki(p.shoken, 0),
                         str(rng.randint(2, 12)), str(rng.randint(1500, 9800))])
            c.t_std(path, p, "name dob inj ins")
            c.t(path, "sensitive", p.cause, p, neutral=True)
            if ins is not p:
                c.t_name(path, ins)
    c.share.write(path, csv_text(rows, "\t", "\n"))


def treatment_book(c: Clinic) -> None:
    """施術録: the 本院's patients under a merged row a month of 初検, one adult's 個票 (label |
    value) and the monthly counts."""
    rng, path = c.rng, "施術録/施術録_本院_2024.xlsx"
    wb, ws = workbook("施術録一覧", "さかえ接骨院 本院　施術録一覧（2024年）", "A1:I1")
    ws["A1"].font = Font(bold=True, size=14)
    ws.append(["カルテNo", "氏名", "ふりがな", "生年月日", "年齢", "負傷名", "負傷原因", "初検日",
               "担当"])
    main = c.branch("本院")
    for month in range(1, 11):
        group = [p for p in main if p.shoken.month == month]
        if not group:
            continue
        ws.append([f"■ {month}月 初検"])
        ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=9)
        for p in group:
            tanto = rng.choice(c.staff[:5])
            ws.append([p.no, c.name(p, " "), hiragana(p.kana(" ")),
                       wareki(p.born, rng.choice([0, 1, 6])), p.age, p.inj, p.cause, p.shoken,
                       tanto.last])
            c.t_std(path, p, "name dob inj")
            c.t(path, "person_name", hiragana(p.kana("")), p, neutral=True)
            c.t(path, "person_name", tanto.last, tanto, neutral=True)
    sheet = wb.create_sheet("個票")
    fp = rng.choice([p for p in main if p.age >= 18])
    ins = fp.insured or fp
    for row in [("施術録（個票）", ""), ("氏名", c.name(fp, "\u3000")),
                ("フリガナ", fp.kana("\u3000")), ("生年月日", wareki(fp.born, 0)),
                ("住所", f"〒{fp.pc[:3]}-{fp.pc[3:]} " + c.addr(fp)),
                ("電話", c.phone(fp.phone, 0)), ("保険者番号", fp.hokensha),
                ("記号・番号", f"{fp.kigo}・{fp.bango}"),
                ("被保険者", c.name(ins, " ") + f"（{fp.honnin}）"), ("負傷名", fp.inj),
                ("負傷原因", fp.cause), ("初検日", wareki(fp.shoken, 0)),
                ("既往歴", (history := rng.choice(KIOU))),
                ("施術内容", "整復・固定・後療法（温罨法）")]:
        sheet.append(row)
    c.t_std(path, fp, "kana addr pc phone ins")
    c.t(path, "sensitive", history, fp)
    if ins is not fp:
        c.t_name(path, ins)
    counts = wb.create_sheet("集計")
    counts.append(["月", "初検数", "再検数", "施術回数"])
    for month in range(1, 11):
        counts.append([f"{month}月", rng.randint(20, 60), rng.randint(5, 30),
                       rng.randint(300, 700)])
    c.save(path, wb)


def accident_cases(c: Clinic) -> None:
    """自賠責案件管理: the nine accident cases with their adjuster, and the adjusters' sheet."""
    rng, path = c.rng, "交通事故/自賠責案件管理.xlsx"
    wb, ws = workbook("案件一覧", "交通事故（自賠責）案件管理表　※取扱注意", "A1:J1")
    ws.append(["患者番号", "患者氏名", "生年月日", "電話", "事故日", "負傷名", "損保会社", "担当者",
               "担当者連絡先", "事故受付番号"])
    for p in c.jibai:
        a = p.adj
        accident = p.shoken - timedelta(days=rng.randint(0, 5))
        ws.append([p.no, c.name(p), wareki(p.born, 4), c.phone(p.phone),
                   accident.strftime("%Y/%m/%d"), p.inj, a.company, f"{a.last} {a.first} 様",
                   c.phone(a.cotel, 0) + f" 内線{rng.randint(100, 999)}", p.claim])
        c.t_std(path, p, "name dob phone inj")
        c.t_name(path, a)
        c.t(path, "phone_number", a.cotel, None, neutral=True)
    sheet = wb.create_sheet("損保担当者")
    sheet.append(["会社", "部署", "担当者", "電話", "FAX", "メール"])
    for a in c.adjusters:
        sheet.append([a.company, "損害サービス課", c.name(a, " "), c.phone(a.cotel, 0),
                      c.phone(a.cofax, 0), a.email])
        c.t_name(path, a)
        c.t(path, "email_address", a.email, a, neutral=True)
        c.t(path, "phone_number", a.cofax, None, neutral=True)
        c.t(path, "phone_number", a.cotel, None, neutral=True)
    c.save(path, wb)


def card_payments(c: Clinic) -> None:
    """回数券・自費メニュー決済 (UTF-8 with BOM): every card patient's payment, its 伝票番号
    passing Luhn."""
    rng, path = c.rng, "会計/回数券・自費メニュー決済_2024下期.csv"
    rows = [["伝票番号", "決済日", "患者番号", "氏名", "メニュー", "金額", "支払方法", "カード番号",
             "有効期限", "セキュリティコード", "承認番号"]]
    for p in c.patients:
        if not p.card:
            continue
        slip = luhn_number(rng, "8" + str(rng.randint(1, 9)), 16)
        rows.append([slip, f"2024/{rng.randint(7, 10)}/{rng.randint(1, 28)}", p.no, c.name(p, " "),
                     rng.choice(MENUS), str(rng.choice([33000, 27500, 5500, 8800])), "クレジット",
                     card_groups(p.card, " " if len(p.card) == 15 else rng.choice([" ", "-", ""])),
                     p.exp, p.cvv, str(rng.randint(100000, 999999))])
        c.t_std(path, p, "name card")
        c.t(path, "card_expiry", p.exp, p, neutral=True)
        c.t(path, "card_security_code", p.cvv, p, neutral=True)
    c.share.write(path, "\ufeff" + csv_text(rows))


def staff_book(c: Clinic) -> None:
    """職員名簿: staff by branch (免許番号, 個人番号, salary account), five staff's emergency
    contacts, and the clinic's sheet (法人番号, phones and addresses neutral)."""
    rng, path = c.rng, "総務/職員名簿_2024.xlsx"
    wb, ws = workbook("職員一覧", "職員名簿（2024年4月1日現在）　社外秘", "A1:K1")
    ws.append(["職員番号", "氏名", "フリガナ", "役職", "所属", "生年月日", "住所", "携帯電話",
               "柔道整復師免許番号", "個人番号", "給与振込口座"])
    for br in ("本院", "分院"):
        ws.append([f"【{br}】"])
        ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=11)
        for k, s in enumerate(c.staff):
            if s.branch != br:
                continue
            n = s.mynum
            ws.append([f"S{k + 1:03d}", c.name(s, " "), s.kana(" "), s.title, br, wareki(s.born, 2),
                       c.addr(s), c.phone(s.phone, 0), s.license, f"{n[:4]} {n[4:8]} {n[8:]}",
                       s.bank.replace("|", " ")])
            c.t_std(path, s, "name kana dob addr phone")
            c.t(path, "my_number", n, s)
            c.t(path, "bank_account", s.bank.split("|")[3], s)
    contacts = wb.create_sheet("緊急連絡先")
    contacts.append(["職員", "緊急連絡先氏名", "続柄", "電話"])
    for s in c.staff[:5]:
        e = c.newp("emergency", age=rng.randint(25, 70), family=s)
        contacts.append([c.name(s, " "), c.name(e, " "), rng.choice(["妻", "夫", "母", "父"]),
                         c.phone(e.phone, 0)])
        c.t_name(path, e)
        c.t(path, "phone_number", e.phone, e)
    info = wb.create_sheet("院情報")
    for row in [("院名", "さかえ接骨院"), ("法人名", "株式会社さかえメディカル"),
                ("法人番号", c.corp), ("本院所在地", ADDR), ("本院電話", "048-255-1234"),
                ("分院所在地", ADDR2), ("分院電話", "048-430-1122")]:
        info.append(row)
    c.t(path, "corporate_number", c.corp)
    c.t(path, "phone_number", TEL, None, neutral=True)
    c.t(path, "phone_number", TEL2, None, neutral=True)
    c.t(path, "address", nk(ADDR), None, neutral=True)
    c.t(path, "address", nk(ADDR2), None, neutral=True)
    c.save(path, wb)


def vendors(c: Clinic) -> None:
    """取引先一覧 (CP932): four companies (法人番号 expected; address and phone neutral) and
    their contacts' mobiles."""
    rng, path = c.rng, "総務/取引先一覧.csv"
    rows = [["取引先", "法人番号", "住所", "電話", "担当"]]
    for company in VENDORS:
        v = c.newp("vendor", age=rng.randint(28, 60))
        number = corporate_number(rng)
        pref, city, town, _ = rng.choice(TOWNS)
        where = f"{pref}{city}{town}{rng.randint(1, 5)}-{rng.randint(1, 20)}-{rng.randint(1, 9)}"
        tel = "048" + rng.choice("2345") + digits(rng, 6)
        m = v.phone
        rows.append([company, number, where, c.phone(tel, 0),
                     f"{v.last} {v.first}（{m[:3]}-{m[3:7]}-{m[7:]}）"])
        c.t(path, "corporate_number", number)
        c.t(path, "address", nk(where), None, neutral=True)
        c.t(path, "phone_number", tel, None, neutral=True)
        c.t_name(path, v)
        c.t(path, "phone_number", v.phone, v)
    c.share.write(path, csv_text(rows), "cp932")


def guardians(c: Clinic) -> None:
    """小児患者_保護者連絡先: each child patient, their school year and guardian."""
    rng, path = c.rng, "受付/小児患者_保護者連絡先.csv"
    rows = [["患者名", "学年", "保護者名", "続柄", "保護者携帯", "メール"]]
    for p in c.patients:
        g = p.guardian
        if not g:
            continue
        rows.append([c.name(p, ""), f"{rng.choice(['小', '中'])}{rng.randint(1, 6)}",
                     c.name(g, " ") + " 様", "母" if g.sex == "F" else "父",
                     c.phone(g.phone, rng.choice([0, 3, 6])), g.email])
        c.t_name(path, p)
        c.t_name(path, g)
        c.t(path, "phone_number", g.phone, g)
        c.t(path, "email_address", g.email, g)
    c.share.write(path, csv_text(rows))

