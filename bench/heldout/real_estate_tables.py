"""The brokerage's lists and workbooks: the CRM export (CP932), the loan pre-screening forms, the
内見 schedule, the staff roster, the refund transfer file (half-width kana), the portal
inquiries (TSV) and the 買取 sellers' identity record."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import openpyxl
from openpyxl.styles import Alignment, Font

from .identifiers import corporate_number, luhn_number
from .japanese import half_width_kana, wareki
from .real_estate_people import COMPANY, COMPANY_TEL, Brokerage, digits_of
from .share import workbook


def crm_export(h: Brokerage) -> None:
    """Every buyer with birth date, income and the sales person's surname (neutral)."""
    R, path = h.rng, "CRM/顧客リスト_購入希望者_20240601.csv"
    rows = ["顧客ID,氏名,フリガナ,電話番号,メールアドレス,希望エリア,予算（万円）,年収（万円）,"
            "勤務先,家族構成,生年月日,担当者,登録日"]
    for b in h.buyers:
        style = R.choice([0, 1])
        registered = date(2024, 1, 1) + timedelta(days=R.randint(0, 150))
        rows.append(",".join([b.customer_id, b.full_name(), b.kana(), b.phone(style), b.email,
                              b.area,
                              str(b.budget), str(b.income), b.employer, b.family,
                              b.born.strftime("%Y/%m/%d"), b.staff.last,
                              registered.strftime("%Y/%m/%d")]))
        for c, v in [("person_name", b.full_name()), ("person_name", b.kana()),
                     ("phone_number", digits_of(b.mobile)), ("email_address", b.email),
                     ("date_of_birth", b.born.isoformat())]:
            h.note(path, c, v, b)
    # gen.py walked a set of ids here (an order that changes with the hash seed); first
    # appearance is this port's fixed order
    for st in dict.fromkeys(b.staff for b in h.buyers):
        h.note(path, "person_name", st.last, st, True)
    h.share.write(path, "\r\n".join(rows) + "\r\n", "cp932")


def _form_sheet(ws, title: str, pairs: list[tuple[str, str]]) -> None:
    """A bank form: a bold centred title, then one label and merged value cell a row."""
    ws.merge_cells("A1:D1")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = Alignment(horizontal="center")
    for row, (label, value) in enumerate(pairs, start=3):
        ws.cell(row, 1, label)
        ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=4)
        ws.cell(row, 2, value)


def loan_screening(h: Brokerage) -> None:
    """住宅ローン事前審査 for the first three buyers: licence, 保険証 and the 連帯債務者."""
    R = h.rng
    for b in h.buyers[:3]:
        bank = R.choice(h.banks)
        path = f"ローン/事前審査_{bank[0]}_{b.last}{b.first}.xlsx"
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = "申込人"
        _form_sheet(ws, f"住宅ローン事前審査申込書（{bank[0]} {bank[1]}）", [
            ("受付番号", corporate_number(R)), ("氏名", b.full_name()), ("フリガナ", b.kana()),
            ("生年月日", wareki(b.born)), ("郵便番号", b.home.zip), ("現住所", b.home.written(1)),
            ("携帯電話", b.phone()), ("メール", b.email), ("勤務先", b.employer),
            ("勤続年数", f"{b.years}年"), ("年収", f"{b.income}万円"),
            ("運転免許証番号", b.licence),
            ("健康保険証 記号・番号", b.insurance), ("借入希望額", f"{b.budget - 500}万円")])
        for c, v in [("person_name", b.full_name()), ("person_name", b.kana()),
                     ("date_of_birth", b.born.isoformat()), ("postal_code", digits_of(b.home.zip)),
                     ("address", b.home.written(1)), ("phone_number", digits_of(b.mobile)),
                     ("email_address", b.email), ("drivers_license_number", b.licence),
                     ("health_insurance_number", digits_of(b.insurance))]:
            h.note(path, c, v, b)
        if b.id in h.spouses:
            sp = h.spouses[b.id]
            _form_sheet(wb.create_sheet("連帯債務者"), "連帯債務者", [
                ("氏名", sp.full_name()), ("フリガナ", sp.kana()), ("続柄", "配偶者"),
                ("生年月日", wareki(sp.born)), ("勤務先", sp.employer),
                ("年収", f"{sp.income // 2}万円"), ("運転免許証番号", sp.licence),
                ("健康保険証 記号・番号", sp.insurance)])
            for c, v in [("person_name", sp.full_name()), ("person_name", sp.kana()),
                         ("date_of_birth", sp.born.isoformat()),
                         ("drivers_license_number", sp.licence),
                         ("health_insurance_number", digits_of(sp.insurance))]:
                h.note(path, c, v, sp)
        debts = wb.create_sheet("他の借入")
        debts.append(["借入先", "種類", "残高（万円）", "年間返済額（万円）", "契約番号"])
        for _ in range(R.randint(1, 3)):
            debts.append([R.choice(["トヨタファイナンス", "オリコ", "JACCS", "楽天カード"]),
                          R.choice(["自動車ローン", "カードローン", "奨学金"]),
                          R.randint(20, 300), R.randint(10, 60), luhn_number(R, "35", 16)])
        contacts = wb.create_sheet("担当")
        contacts.append(["取扱", f"{bank[0]} {bank[1]}", bank[3]])
        contacts.append(["仲介業者", COMPANY, COMPANY_TEL])
        contacts.append(["仲介担当", b.staff.name(" "), b.staff.work_mail])
        h.note(path, "phone_number", digits_of(bank[3]), None, True)
        h.note(path, "phone_number", digits_of(COMPANY_TEL), None, True)
        h.note(path, "person_name", b.staff.name(" "), b.staff)
        h.note(path, "email_address", b.staff.work_mail, b.staff)
        h.share.save(path, wb)


def viewing_schedule(h: Brokerage) -> None:
    """内見 for June and July; the plots of land and a seller's flat are written city onwards
    (a flat's neutral: whose it is does not show)."""
    R, path = h.rng, "営業/内見スケジュール_2024.xlsx"
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for month in (6, 7):
        ws = wb.create_sheet(f"{month}月")
        ws.merge_cells("A1:G1")
        ws["A1"] = f"内見予定表 2024年{month}月（二子玉川店）"
        ws.append([])
        ws.append(["日付", "時間", "物件番号", "物件所在地", "お客様名", "連絡先", "担当"])
        for b in R.sample(h.buyers, 12):
            day = date(2024, month, R.randint(1, 28))
            place = R.choice([h.land[0].written(2) + "（土地）", h.land[1].written(2) + "（土地）",
                              R.choice(h.sellers).home.written(2)])
            ws.append([day.strftime("%m/%d"), f"{R.randint(10, 17)}:00", h.property_no(), place,
                       b.name(" ") + " 様", b.phone(R.choice([0, 1])), b.staff.last])
            h.note(path, "person_name", b.name(" "), b)
            h.note(path, "phone_number", digits_of(b.mobile), b)
            h.note(path, "person_name", b.staff.last, b.staff, True)
            if "土地" not in place:
                h.note(path, "address", place, None, True)
    h.share.save(path, wb)


def staff_roster(h: Brokerage) -> None:
    """社員名簿: homes and birth dates, emergency contacts, My Numbers and licences."""
    R, path = h.rng, "総務/社員名簿_2024.xlsx"
    wb, ws = workbook("社員一覧", f"{COMPANY} 社員名簿（社外秘）", "A1:I1")
    ws.append(["社員番号", "氏名", "ふりがな", "生年月日", "入社日", "自宅住所", "郵便番号",
               "携帯電話", "宅建士登録番号"])
    for i, s in enumerate(h.staff):
        hired = date(2008, 4, 1) + timedelta(days=R.randint(0, 5000))
        ws.append([f"E{1000 + i}", s.full_name(), s.kana(), s.born, hired, s.home.written(0),
                   s.home.zip, s.mobile, s.takken or ""])
        for c, v in [("person_name", s.full_name()), ("person_name", s.kana()),
                     ("date_of_birth", s.born.isoformat()), ("address", s.home.written(0)),
                     ("postal_code", digits_of(s.home.zip)), ("phone_number", digits_of(s.mobile))]:
            h.note(path, c, v, s)
    contacts = wb.create_sheet("緊急連絡先")
    contacts.append(["社員番号", "社員氏名", "緊急連絡先氏名", "続柄", "電話"])
    for i, (s, e) in enumerate(zip(h.staff, h.emergency, strict=True)):
        contacts.append([f"E{1000 + i}", s.name(""), e.name(""), e.relation, e.phone(1)])
        h.note(path, "person_name", s.name(""), s)
        h.note(path, "person_name", e.name(""), e)
        h.note(path, "phone_number", digits_of(e.mobile), e)
    numbers = wb.create_sheet("マイナンバー")
    numbers.append(["社員番号", "氏名", "個人番号", "社用車用 運転免許証番号"])
    for i, s in enumerate(h.staff):
        numbers.append([f"E{1000 + i}", s.name(""), s.my_number, s.licence])
        h.note(path, "my_number", s.my_number, s)
        h.note(path, "drivers_license_number", s.licence, s)
    h.share.save(path, wb)


BANK_KANA = {"三井住友銀行": "ミツイスミトモ", "みずほ銀行": "ミズホ", "りそな銀行": "リソナ"}


def refund_transfers(h: Brokerage) -> None:
    """申込金返金 to eight buyers: 受取人 in half-width kana; the 管理番号 pass the 法人番号
    check (hard negatives)."""
    R, path = h.rng, "経理/申込金返金_振込依頼_202406.csv"
    rows = ["振込指定日,銀行名,支店名,科目,口座番号,受取人名（カナ）,金額,管理番号"]
    for b in h.buyers[20:28]:
        bank, account = R.choice(h.banks), f"{R.randint(1000000, 9999999)}"
        rows.append(",".join(["20240614", half_width_kana(BANK_KANA.get(bank[0], "ヨコハマ")),
                              half_width_kana("フタコタマガワ"), "1", account,
                              half_width_kana(b.kana()), str(R.choice([50000, 100000, 300000])),
                              corporate_number(R)]))
        h.note(path, "person_name", half_width_kana(b.kana()), b)
        h.note(path, "bank_account", account, b)
    h.share.write(path, "\r\n".join(rows) + "\r\n", "cp932")


def portal_inquiries(h: Brokerage) -> None:
    """SUUMO / HOME'S / アットホーム 反響 from the last 18 buyers."""
    R, path = h.rng, "営業/反響/ポータル反響_202405.tsv"
    rows = ["受信日時\t媒体\t物件番号\t氏名\tフリガナ\t電話\tメール\t問い合わせ内容"]
    for b in h.buyers[28:46]:
        received = datetime(2024, 5, 1) + timedelta(minutes=R.randint(0, 40000))
        rows.append("\t".join([received.strftime("%Y/%m/%d %H:%M"),
                               R.choice(["SUUMO", "HOME'S", "アットホーム"]),
                               h.property_no(), b.name(" "), b.kana(), b.phone(1), b.email,
                               R.choice(["見学希望", "資料請求", "ローンの相談もしたい",
                                         "駐車場の空き状況"])]))
        for c, v in [("person_name", b.name(" ")), ("person_name", b.kana()),
                     ("phone_number", digits_of(b.mobile)), ("email_address", b.email)]:
            h.note(path, c, v, b)
    h.share.write(path, "\n".join(rows) + "\n")


def purchase_identity(h: Brokerage) -> None:
    """買取 sellers' 本人確認 (犯収法) with licence and 個人番号 for the 支払調書; the 取引番号
    pass Luhn (hard negatives)."""
    R, path = h.rng, "買取/買取売主_本人確認_支払調書.xlsx"
    wb, ws = workbook("本人確認記録", "買取物件 売主本人確認記録（犯収法）", "A1:H1")
    ws.append(["取引番号", "氏名", "住所", "生年月日", "確認書類", "書類番号",
               "個人番号（支払調書用）", "確認日"])
    for sd in h.sellers[14:20]:
        deal_no = luhn_number(R, "4", 16)
        ws.append([deal_no, sd.name(""), sd.home.written(1), wareki(sd.born), "運転免許証",
                   sd.licence, sd.my_number, wareki(date(2024, R.randint(1, 5), R.randint(1, 28)))])
        for c, v in [("person_name", sd.name("")), ("address", sd.home.written(1)),
                     ("date_of_birth", sd.born.isoformat()), ("drivers_license_number", sd.licence),
                     ("my_number", sd.my_number)]:
            h.note(path, c, v, sd)
    company = wb.create_sheet("買取会社")
    for row in (["会社名", COMPANY], ["法人番号", h.corp], ["免許", h.licence_no],
                ["担当", h.staff[1].name("")]):
        company.append(row)
    h.note(path, "corporate_number", h.corp, None, True)
    h.note(path, "person_name", h.staff[1].name(""), h.staff[1])
    h.share.save(path, wb)
