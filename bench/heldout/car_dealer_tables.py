"""The car dealer's tables: the CP932 顧客台帳, the オートローン審査 workbook (申込書 sheets with
licences; 受付番号 passing the My Number check, 注文番号 the 法人番号 check, 証券番号 Luhn), the
印鑑証明・住民票 受領簿 (TSV), the staff's 年末調整 workbook (個人番号, 基礎年金番号, dependants),
the 全銀 refund file (half-width kana), the 点検案内 addresses (UTF-8 with a BOM), the stock
list (hard negatives and the suppliers' neutral phones and 法人番号) and the licence records."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from .car_dealer_people import MAKERS, SHOP_NAME, Dealer, Person, tel
from .identifiers import licence_number
from .japanese import half_width_kana, wareki
from .share import csv_text, padded, workbook

LEDGER_HEAD = ["顧客番号", "氏名", "フリガナ", "生年月日", "性別", "郵便番号", "住所", "電話番号",
               "携帯電話", "車名", "登録番号", "車台番号", "初度登録年月", "車検満了日", "担当"]
LOAN_HEAD = ["受付番号", "申込者", "生年月日", "勤務先", "勤続年数", "年収(万円)", "他社借入",
             "審査結果"]
STAFF_HEAD = ["社員番号", "氏名", "フリガナ", "生年月日", "入社日", "職種", "住所", "電話",
              "個人番号", "基礎年金番号"]
LICENCE_CODES = ["30", "30", "45", "46", "50", "54", "55", "62", "10"]  # 公安委員会
ZENGIN_HEAD = ("1210" + "0" + "1234567890" + padded("ｶ)ﾐﾅﾄｵｰﾄ", 40) + "1030" + "0001"
               + padded("ﾐｽﾞﾎ", 15) + "020" + padded("ｼﾅｶﾞﾜ", 15) + "1" + "1234567")


def _reg(day: date) -> str:
    return f"{day.year}年{day.month}月"


def ledger(d: Dealer) -> None:
    """顧客台帳: a customer a row, the address in 丁目番号 or dashes (drawn), the 担当's surname
    alone (neutral)."""
    path = "顧客管理/顧客台帳_20261101.csv"
    R, a = d.rng, d.add
    rows = [LEDGER_HEAD]
    for p in d.customers:
        st = R.choice(d.sales)
        addr = a(path, "address", p.addr.kanji() if R.choice([0, 1]) == 0 else p.addr.full(), p)
        rows.append([p.cno, p.name(), p.kana(" "), wareki(p.born), "男" if p.sex == "M" else "女",
                     p.addr.zip(), addr, tel(p.home), tel(p.mobile, R.choice(["hy", "none"])),
                     p.car, p.plate, p.vin, _reg(p.first_reg), wareki(p.shaken), st.last])
        for category, value in [("person_name", p.name()), ("person_name", p.kana()),
                                ("date_of_birth", p.born.isoformat()),
                                ("postal_code", p.addr.postal), ("phone_number", p.home),
                                ("phone_number", p.mobile)]:
            a(path, category, value, p)
    for s in d.sales:
        a(path, "person_name", s.last, None, True)
    d.share.write(path, csv_text(rows), "cp932")


def loans(d: Dealer) -> None:
    """オートローン審査申込: fourteen applicants listed, the first six with an 申込書 sheet."""
    path = "ローン/オートローン審査申込_2026年10月.xlsx"
    R, a = d.rng, d.add
    wb, ws0 = workbook("一覧", "オートローン審査申込一覧（信販会社送付分）", "A1:H1")
    ws0.append(LOAN_HEAD)
    for i, p in enumerate(d.customers[6:20]):
        year = R.randint(80, 99) if p.born.year < 1975 else R.randint(0, 20)
        p.lic = licence_number(R, R.choice(LICENCE_CODES), year)
        p.work = d.faker.company()
        p.work_tel = f"03{R.randint(10000000, 99999999):08d}"
        ws0.append([d.my_number(), p.name(), f"{p.born:%Y/%m/%d}", p.work, R.randint(1, 30),
                    R.randint(250, 900), R.choice(["なし", "1件 30万円", "2件 120万円"]),
                    R.choice(["承認", "承認", "保留", "否決"])])
        a(path, "person_name", p.name(), p)
        a(path, "date_of_birth", p.born.isoformat(), p)
        if i < 6:
            _application(d, path, wb.create_sheet(f"申込書_{p.last}"), p)
    d.share.save(path, wb)


def _application(d: Dealer, path: str, ws: Any, p: Person) -> None:
    """An applicant's 申込書 sheet: the address in dashes, licence, employer (its phone neutral)."""
    R, a = d.rng, d.add
    ws.merge_cells("A1:D1")
    ws["A1"] = "オートローン申込書"
    ws.merge_cells("A2:B2")
    ws["A2"] = "■お申込者"
    rows = [("お名前", p.name()), ("フリガナ", p.kana()), ("生年月日", wareki(p.born)),
            ("郵便番号", p.addr.zip()), ("ご住所", a(path, "address", p.addr.full(), p)),
            ("携帯電話", tel(p.mobile)), ("運転免許証番号", p.lic), ("勤務先名", p.work),
            ("勤務先電話", tel(p.work_tel)), ("勤続年数", f"{R.randint(1, 30)}年"),
            ("年収", f"{R.randint(250, 900)}万円"), ("他社借入件数", f"{R.randint(0, 3)}件"),
            ("車両本体価格", "2,980,000"), ("注文番号", d.corporate_number()),
            ("証券番号（残価保証）", d.luhn("4"))]
    for r, (label, value) in enumerate(rows, start=3):
        ws.cell(r, 1, label)
        ws.cell(r, 2, value)
    for category, value in [("person_name", p.kana()), ("postal_code", p.addr.postal),
                            ("phone_number", p.mobile), ("drivers_license_number", p.lic)]:
        a(path, category, value, p)
    a(path, "phone_number", p.work_tel, None, True)


def seals(d: Dealer) -> None:
    """印鑑証明・住民票 受領簿 (TSV): fourteen customers, then the 使用者 of the 7th to 18th."""
    path = "登録/印鑑証明_住民票_受領簿.tsv"
    R, a = d.rng, d.add
    rows = [["受領日", "書類", "名義人", "住所（証明書記載）", "生年月日", "有効期限", "登録予定"]]
    for p in d.customers[20:34]:
        received = d.between(date(2026, 8, 1), date(2026, 10, 31))
        kind = R.choice(["印鑑登録証明書", "住民票", "印鑑登録証明書・住民票"])
        rows.append([received.isoformat(), kind, p.name(""),
                     a(path, "address", p.addr.kanji(), p), wareki(p.born),
                     (received + timedelta(days=90)).isoformat(), p.plate])
        a(path, "person_name", p.name(), p)
        a(path, "date_of_birth", p.born.isoformat(), p)
    for f in d.family[6:]:
        received = d.between(date(2026, 8, 1), date(2026, 10, 31))
        rows.append([received.isoformat(), "住民票（使用者）", f.name(),
                     a(path, "address", f.addr.full(), f), wareki(f.born),
                     (received + timedelta(days=90)).isoformat(), ""])
        a(path, "person_name", f.name(), f)
        a(path, "date_of_birth", f.born.isoformat(), f)
    d.share.write(path, "".join("\t".join(r) + "\n" for r in rows))


def staff_register(d: Dealer) -> None:
    """社員名簿 (年末調整用): 個人番号 and 基礎年金番号, the dependants' sheet, the 資格 sheet
    (登録番号 passing the My Number check)."""
    path = "総務/社員名簿_年末調整2026.xlsx"
    R, a = d.rng, d.add
    wb, ws = workbook("社員名簿", f"{SHOP_NAME} 社員名簿（年末調整用・取扱注意）", "A1:J1")
    ws.append(STAFF_HEAD)
    for i, s in enumerate(d.staff):
        s.pension = f"{R.randint(1000, 9999):04d}{R.randint(0, 999999):06d}"
        ws.append([f"E{100 + i}", s.name(), s.kana(), s.born, s.hired, s.role, s.addr.full(),
                   tel(s.mobile), s.my_number, f"{s.pension[:4]}-{s.pension[4:]}"])
        for category, value in [("person_name", s.name()), ("person_name", s.kana()),
                                ("date_of_birth", s.born.isoformat()),
                                ("address", s.addr.full()), ("phone_number", s.mobile),
                                ("my_number", s.my_number), ("basic_pension_number", s.pension)]:
            a(path, category, value, s)
    ws2 = wb.create_sheet("扶養親族")
    ws2.append(["社員氏名", "扶養親族氏名", "続柄", "生年月日", "個人番号"])
    for s in d.staff:
        dep = s.dependant
        if dep:
            ws2.append([s.name(), dep.name(), dep.rel, wareki(dep.born), dep.my_number])
            a(path, "person_name", dep.name(), dep)
            a(path, "date_of_birth", dep.born.isoformat(), dep)
            a(path, "my_number", dep.my_number, dep)
    ws3 = wb.create_sheet("資格一覧")
    ws3.append(["社員番号", "資格", "登録番号", "取得日"])
    for i in range(8):  # the first eight staff
        qualification = R.choice(["二級自動車整備士", "自動車検査員", "中古自動車査定士"])
        ws3.append([f"E{100 + i}", qualification, d.my_number(),
                    d.between(date(2000, 1, 1), date(2024, 1, 1)).isoformat()])
    d.share.save(path, wb)


def refunds(d: Dealer) -> None:
    """返金振込 (全銀, CP932, 120-byte records): twelve customers' accounts and kana names."""
    path = "経理/返金振込_20261030.txt"
    R, a = d.rng, d.add
    records = [padded(ZENGIN_HEAD, 120)]
    total = 0
    for p in d.customers[10:22]:
        account = f"{R.randint(1000000, 9999999):07d}"
        amount = R.randint(5000, 200000)
        total += amount
        kana = half_width_kana(f"{p.last_kana} {p.first_kana}")
        records.append(padded(
            f"2{R.choice([5, 9, 1, 33, 310]):04d}{padded('ｷﾞﾝｺｳ', 15)}{R.randint(1, 999):03d}"
            f"{padded('ｼﾃﾝ', 15)}00001{account}{padded(kana, 30)}{amount:010d}0"
            f"{padded(p.cno, 20)} ", 120))
        a(path, "person_name", kana, p)
        a(path, "bank_account", account, p)
    records.append(padded(f"8{len(records) - 1:06d}{total:012d}", 120))
    records.append(padded("9", 120))
    d.share.write(path, "".join(r + "\r\n" for r in records), "cp932")


def mailing(d: Dealer) -> None:
    """12ヶ月点検案内 宛名 (UTF-8, a BOM): 住所1 in dashes, the building as 住所2."""
    path = "DM/12ヶ月点検案内_宛名.csv"
    a = d.add
    rows = ["郵便番号,住所1,住所2,宛名,車名,車検満了日,初度登録年月,納車日"]
    for p in d.customers[22:40]:
        line1 = p.addr.dashed(pref=True)
        delivered = d.between(date(2015, 1, 1), date(2025, 12, 1))
        rows.append(f"{p.addr.zip()},{line1},{p.addr.bld},{p.name()} 様,{p.car},"
                    f"{p.shaken:%Y/%m/%d},{p.first_reg:%Y/%m},{delivered:%Y/%m/%d}")
        a(path, "postal_code", p.addr.postal, p)
        a(path, "address", line1, p)
        a(path, "person_name", p.name(), p)
    d.share.write(path, "\ufeff" + "".join(r + "\r\n" for r in rows))


def stock(d: Dealer) -> None:
    """在庫車一覧 (CP932): no one; 在庫番号 passing the My Number check, 型式指定番号 and
    類別区分番号, 管理番号 passing Luhn; the suppliers' phones and 法人番号 neutral."""
    path = "在庫/在庫車一覧.csv"
    R, a = d.rng, d.add
    rows = ["在庫番号,車名,型式,型式指定番号,類別区分番号,車台番号,初度登録年月,車検満了日,仕入先,"
            "仕入先電話,仕入先法人番号,管理番号"]
    for _ in range(25):
        maker, car, frame = R.choice(MAKERS)
        supplier_tel = f"03-{R.randint(1000, 9999)}-{R.randint(1000, 9999)}"
        corporate = d.corporate_number()
        number = d.my_number()
        model, category = f"{R.randint(10000, 99999):05d}", f"{R.randint(1, 9999):04d}"
        vin = f"{frame}-{R.randint(1000000, 9999999)}"
        registered = d.between(date(2015, 1, 1), date(2025, 1, 1))
        expiry = d.between(date(2026, 12, 1), date(2028, 12, 1))
        rows.append(f"{number},{car},{frame},{model},{category},{vin},{registered:%Y/%m},"
                    f"{expiry.isoformat()},{maker}モビリティ販売株式会社,{supplier_tel},"
                    f"{corporate},{d.luhn('4')}")
        a(path, "phone_number", supplier_tel, None, True)
        a(path, "corporate_number", corporate, None, True)
    d.share.write(path, "".join(r + "\n" for r in rows), "cp932")


def id_checks(d: Dealer) -> None:
    """本人確認書類 記録: the loan applicants' licences (第…号), checked by the first salesman."""
    path = "ローン/本人確認書類_記録.csv"
    R, a = d.rng, d.add
    checker = d.sales[0]
    rows = ["確認日,氏名,生年月日,免許証番号,免許の色,有効期限,確認者"]
    for p in d.customers[6:14]:
        checked = d.between(date(2026, 9, 1), date(2026, 10, 31))
        colour = R.choice(["ゴールド", "ブルー"])
        expiry = wareki(d.between(date(2027, 1, 1), date(2031, 1, 1)))
        rows.append(f"{checked.isoformat()},{p.name('')},{p.born:%Y年%m月%d日},第{p.lic}号,"
                    f"{colour},{expiry},{checker.last}")
        a(path, "person_name", p.name(), p)
        a(path, "date_of_birth", p.born.isoformat(), p)
        a(path, "drivers_license_number", p.lic, p)
    a(path, "person_name", checker.last, None, True)
    d.share.write(path, "".join(r + "\n" for r in rows))
