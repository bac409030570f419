"""The clinic's exports and spreadsheets: the booking system's CP932 予約一覧, the counselling
record and medical loan forms (.xlsx), the card payments CSV, the staff register, the
suppliers' TSV and the June shift table.

Hard negatives: 予約番号 and 受付番号 passing the My Number check, 会員番号 passing Luhn,
PAYTEST rows' test cards (neutral), カルテ番号 passing the 法人番号 check.
"""

from __future__ import annotations

import openpyxl
from openpyxl.styles import Font

from .beauty_clinic_people import (
    ALLERGIES,
    BRANCHES,
    CLINIC,
    MEDICINES,
    TREATMENTS,
    VISITS,
    Clinic,
    Person,
    menu,
)
from .identifiers import card_number, corporate_number, digits, licence_number, luhn_check
from .identifiers import my_number as check_number
from .japanese import fphone, half_width_kana, wareki, wareki_short
from .share import csv_text, workbook

TEST_CARDS = ["4111111111111111", "5555555555554444", "3530111333300000"]
SUPPLIES = {"アラガン・ジャパン株式会社": ["ジュビダームビスタ ボリューマXC",
                                     "ボトックスビスタ 50単位"],
            "ガルデルマ株式会社": ["レスチレン リフト リド", "レスチレン キス"],
            "株式会社オリエントコーポレーション": ["医療ローン申込書（用紙）"],
            "キュテラ株式会社": ["ジェネシス ハンドピース"]}


def reservations(clinic: Clinic) -> None:
    """The 新宿院 and 横浜院 May bookings, four patients in both."""
    for branch, patients in (("新宿院", clinic.patients[0:34]), ("横浜院", clinic.patients[30:58])):
        booking_list(clinic, f"予約システム/予約一覧_{branch}_202405.csv", patients, branch)


def booking_list(clinic: Clinic, path: str, patients: list[Person], branch: str) -> None:
    """One branch's bookings: 予約番号 (My Number check), name, kana, birth, phone, mail."""
    rng = clinic.rng
    rows = [["予約番号", "予約日", "予約時間", "氏名", "カナ", "生年月日", "電話", "メール",
             "来院区分", "メニュー", "担当医", "院"]]
    for p in patients:
        number = check_number(rng, nonzero_lead=True)
        day = clinic.day(2023, 2024)
        phone = fphone(p.mobile, rng.choice(["hy", "none", "paren"]))
        rows.append([number, day.strftime("%Y/%m/%d"),
                     f"{rng.randint(10, 19)}:{rng.choice(['00', '30'])}",
                     p.name(" " if rng.random() < .7 else ""), p.kana(),
                     p.born.strftime("%Y/%m/%d"), phone, p.email, rng.choice(VISITS),
                     menu(rng.choice(TREATMENTS)), p.doctor.name(""), branch])
        clinic.t(path, "person_name", p.name(""), p)
        clinic.t(path, "person_name", p.kana(""), p)
        clinic.t(path, "date_of_birth", p.born.isoformat(), p)
        clinic.t(path, "phone_number", p.mobile, p)
        clinic.t(path, "email_address", p.email, p)
    clinic.share.write(path, csv_text(rows), "cp932")


def counselling_record(clinic: Clinic) -> None:
    """A sheet a branch (not 大宮院) of up to 14 counselled patients: 既往歴, 服薬, 妊娠."""
    rng, path = clinic.rng, "カウンセリングシート/カウンセリング記録_2024上期.xlsx"
    wb = openpyxl.Workbook()
    for n, branch in enumerate(BRANCHES[:3]):
        ws = wb.create_sheet() if n else wb.active
        ws.title = branch
        ws.merge_cells("A1:J1")
        ws["A1"] = f"{CLINIC} {branch} カウンセリング記録（2024年上期）"
        ws["A1"].font = Font(bold=True)
        for span, label in (("A2:C2", "患者情報"), ("D2:G2", "問診"), ("H2:J2", "対応")):
            ws.merge_cells(span)
            ws[span[:2]] = label
        ws.append(["カルテ番号", "氏名", "生年月日", "既往歴", "アレルギー", "服薬", "妊娠",
                   "カウンセリング日", "担当", "備考"])
        for p in [q for q in clinic.patients[6:60] if q.branch == branch][:14]:
            day = clinic.day(2024, 2024)
            ws.append([p.karte, p.name(), p.born, p.disease or "なし",
                       rng.choice(ALLERGIES + ["なし"] * 5), rng.choice(MEDICINES + ["なし"] * 4),
                       "妊娠中" if p.pregnant else "", day, rng.choice(clinic.counsellors).name(""),
                       rng.choice(["ヒアルロン酸 ジュビダーム 1cc 見積", "ボトックス 額・眉間",
                                   "医療ローン希望", "他院修正希望", ""])])
            ws.cell(ws.max_row, 3).number_format = "yyyy/mm/dd"
            ws.cell(ws.max_row, 8).number_format = "yyyy/mm/dd"
            clinic.t(path, "person_name", p.name(""), p)
            clinic.t(path, "date_of_birth", p.born.isoformat(), p)
            if p.disease:
                clinic.t(path, "sensitive", p.disease, p)
            if p.pregnant:
                clinic.t(path, "sensitive", "妊娠中", p)
    clinic.share.save(path, wb)


def loans(clinic: Clinic) -> None:
    """Six オリコ medical loan applications, a sheet each: 免許証番号, employer (neutral)."""
    rng, path = clinic.rng, "医療ローン/医療ローン申込書_2024.xlsx"
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for p in clinic.patients[20:26]:
        ws = wb.create_sheet(f"{p.last}様")
        ws.merge_cells("A1:D1")
        ws["A1"] = "医療ローン お申込書（オリコ メディカルローン）"
        licence = licence_number(rng, rng.choice([10, 30, 45, 46, 49, 54, 62, 66, 71, 97]))
        spaced = licence[:4] + " " + licence[4:8] + " " + licence[8:]
        work_phone = f"03-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
        clinic.t(path, "phone_number", work_phone.replace("-", ""), None, neutral=True)
        employer = clinic.faker.company()
        income = rng.choice([280, 320, 350, 420, 510, 600])
        phone = fphone(p.mobile, rng.choice(["hy", "none"]))
        rows = [("お名前", p.name()), ("フリガナ", half_width_kana(p.kana())),
                ("生年月日", wareki_short(p.born, padded=False)),
                ("郵便番号", p.addr.zip_hyphen()), ("ご住所", p.addr.line()), ("携帯電話", phone),
                ("勤務先", employer), ("勤務先電話", work_phone), ("年収", f"{income}万円"),
                ("勤続年数", f"{rng.randint(1, 15)}年"), ("運転免許証番号", spaced),
                ("お支払回数", f"{rng.choice([12, 24, 36, 60])}回"),
                ("ご利用金額", f"{rng.randint(20, 90) * 10000:,}円"),
                ("受付番号", check_number(rng, nonzero_lead=True)),
                ("申込日", wareki(clinic.day(2024, 2024)))]
        for row, (label, value) in enumerate(rows, start=3):
            ws.cell(row, 1, label)
            ws.cell(row, 2, value)
        clinic.t(path, "person_name", p.name(""), p)
        clinic.t(path, "person_name", half_width_kana(p.kana("")), p)
        clinic.t(path, "date_of_birth", p.born.isoformat(), p)
        clinic.t(path, "postal_code", p.addr.postal, p)
        clinic.t(path, "address", p.addr.line(), p)
        clinic.t(path, "phone_number", p.mobile, p)
        clinic.t(path, "drivers_license_number", licence, p)
        clinic.t(path, "person_name", employer, None, neutral=True)
    clinic.share.save(path, wb)


def card_payments(clinic: Clinic) -> None:
    """May's card payments: over half with a full number and expiry, the rest masked; every
    row's 会員番号 passes Luhn; three terminal test payments (neutral)."""
    rng, path = clinic.rng, "経理/カード決済履歴_202405.csv"
    rows = [["決済ID", "決済日", "患者氏名", "カード番号", "有効期限", "会員番号", "金額", "院",
             "備考"]]
    for p in clinic.patients[10:40]:
        day = clinic.day(2024, 2024)
        member = (rng.choice(["4", "35", "5"]) + digits(rng, 14))[:15]
        member += luhn_check(member)
        if rng.random() < .55:
            number = card_number(rng)
            expiry = f"{rng.randint(1, 12):02d}/{rng.randint(25, 30)}"
            shown = (" ".join(number[i:i + 4] for i in range(0, len(number), 4))
                     if rng.random() < .5 else number)
            clinic.t(path, "credit_card_number", number, p)
            clinic.t(path, "card_expiry", expiry, p)
        else:
            number = card_number(rng)
            shown = (number[:4] + "-****-****-" + number[-4:] if len(number) == 16
                     else number[:4] + "-******-*" + number[-4:])
            expiry = "**/**"
        rows.append([f"PAY{day:%Y%m%d}{rng.randint(1000, 9999)}", day.strftime("%Y/%m/%d"),
                     p.name(), shown, expiry, member, f"{rng.randint(3, 60) * 1100}", p.branch,
                     rng.choice(["", "分割3回", "ボトックス", "ヒアルロン酸 レスチレン"])])
        clinic.t(path, "person_name", p.name(""), p)
    for test in TEST_CARDS:
        rows.append([f"PAYTEST{rng.randint(100, 999)}", "2024/05/01", "テスト 決済", test, "12/30",
                     "", "1", "新宿院", "端末テスト（テストカード）"])
        clinic.t(path, "credit_card_number", test, None, neutral=True)
        clinic.t(path, "card_expiry", "12/30", None, neutral=True)
    clinic.share.write(path, csv_text(rows), "cp932")


def staff_register(clinic: Clinic) -> None:
    """名簿 (個人番号, licences), salary accounts (half-width kana) and health checks."""
    rng, path = clinic.rng, "人事/スタッフ名簿_2024.xlsx"
    wb, ws = workbook("名簿", "スタッフ名簿（取扱注意）", "A1:M1")
    ws.append(["社員番号", "氏名", "フリガナ", "職種", "所属", "生年月日", "入社日", "住所", "携帯",
               "個人番号", "看護師免許番号", "医籍登録番号", "社用メール"])
    for s in clinic.staff:
        phone = fphone(s.mobile)
        nurse = f"第{rng.randint(1000000, 1999999)}号" if s.role == "看護師" else ""
        doctor = f"{rng.randint(400000, 560000)}" if s.role in ("院長", "医師") else ""
        ws.append([s.emp, s.name(), s.kana(), s.role, s.branch, s.born, clinic.day(2012, 2023),
                   s.addr.line(), phone, s.my_number, nurse, doctor, s.work_mail])
        ws.cell(ws.max_row, 6).number_format = "yyyy/mm/dd"
        ws.cell(ws.max_row, 7).number_format = "yyyy/mm/dd"
        clinic.t(path, "person_name", s.name(""), s)
        clinic.t(path, "person_name", s.kana(""), s)
        clinic.t(path, "date_of_birth", s.born.isoformat(), s)
        clinic.t(path, "address", s.addr.line(), s)
        clinic.t(path, "phone_number", s.mobile, s)
        clinic.t(path, "my_number", s.my_number, s)
        clinic.t(path, "email_address", s.work_mail, s, neutral=True)
    accounts = wb.create_sheet("給与振込口座")
    accounts.append(["社員番号", "氏名", "口座名義（ｶﾅ）", "銀行", "支店番号", "種別", "口座番号"])
    for s in clinic.staff:
        bank, branch, account = s.bank
        accounts.append([s.emp, s.name(""), half_width_kana(s.kana()), bank, branch, "普通",
                         account])
        clinic.t(path, "bank_account", account, s)
        clinic.t(path, "person_name", half_width_kana(s.kana("")), s)
    checks = wb.create_sheet("健康診断")
    checks.append(["社員番号", "氏名", "受診日", "所見", "就業上の措置"])
    for s in clinic.staff[:10]:
        finding = rng.choice(["異常なし", "異常なし", "高血圧症", "適応障害（通院中）", "異常なし"])
        checks.append([s.emp, s.name(), clinic.day(2024, 2024), finding,
                       "通常勤務" if finding == "異常なし" else "要経過観察"])
        if finding != "異常なし":
            clinic.t(path, "sensitive", finding.split("（")[0], s)
    clinic.share.save(path, wb)


def suppliers(clinic: Clinic) -> None:
    """Suppliers and stock: four 法人番号; each lot's 管理番号 passes the My Number check."""
    rng, path = clinic.rng, "経理/取引先・薬剤在庫.tsv"
    numbers = {company: corporate_number(rng) for company in SUPPLIES}
    lines = ["取引先\t法人番号\t品名\t規格\tロット\t在庫数\t管理番号\t最終入荷日"]
    for company, products in SUPPLIES.items():
        for product in products:
            lines.append(f"{company}\t{numbers[company]}\t{product}\t1本\t"
                         f"LOT{rng.randint(100000, 999999)}\t{rng.randint(0, 40)}\t"
                         f"{check_number(rng, nonzero_lead=True)}\t{clinic.day(2024, 2024)}")
        clinic.t(path, "corporate_number", numbers[company])
    clinic.share.write(path, "\n".join(lines) + "\n")


def shifts(clinic: Clinic) -> None:
    """June's shifts: staff named in their role only, so no truth."""
    rng = clinic.rng
    lines = ["日付,院,医師,看護師,カウンセラー,受付"]
    for d in range(1, 31):
        lines.append(f"2024/06/{d:02d},{BRANCHES[d % 4]},{rng.choice(clinic.doctors).name('')},"
                     f"{rng.choice(clinic.nurses).name('')},{rng.choice(clinic.counsellors).last},"
                     f"{rng.choice(clinic.reception).last}")
    clinic.share.write("シフト/2024年6月シフト表.csv", "\n".join(lines) + "\n")
