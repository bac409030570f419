"""The station's workbooks: November's visit schedule (a sheet a week), the doctors' and care
managers' contacts and the staff roster (bank accounts, My Numbers, 基礎年金番号).

Doctors' and care managers' office numbers and addresses, their work mails, kana names,
surnames alone and the station's numbers are neutral.
"""

from __future__ import annotations

from datetime import date, datetime

import openpyxl
from openpyxl.styles import Font

from . import home_nursing_names as names
from .home_nursing_people import Station, era
from .share import workbook


def schedule(w: Station) -> None:
    """スケジュール/訪問スケジュール_2024年11月.xlsx: four weeks of six nurses' and two
    therapists' visits, a patient's full name or surname (and care) a slot."""
    r = w.rng
    path = "スケジュール/訪問スケジュール_2024年11月.xlsx"
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    cols = w.nurses[:6] + [s for s in w.staff if s.role in ("理学療法士", "作業療法士")][:2]
    for wk in range(4):
        ws = wb.create_sheet(f"第{wk + 1}週")
        ws["A1"] = f"訪問スケジュール 2024年11月 第{wk + 1}週"
        ws["A1"].font = Font(bold=True, size=14)
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(cols) + 2)
        ws.append([])
        ws.append(["日付", "時間"] + [w.nm(s, 0) for s in cols])
        for s in cols:
            w.tp(path, s)
        row = 4
        for dday in range(5):
            n = 4 + 7 * wk + dday
            day = date(2024, 11, n) if n <= 30 else date(2024, 11, 29)
            ws.cell(row, 1, f"{day.month}/{day.day}（{'月火水木金'[dday]}）")
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(cols) + 2)
            row += 1
            for tm in ["9:00", "10:30", "13:30", "15:00"]:
                ws.cell(row, 2, tm)
                for ci in range(len(cols)):
                    if r.random() < .55:
                        _slot(w, path, ws.cell(row, 3 + ci))
                row += 1
    for ws in wb.worksheets:
        ws.column_dimensions["A"].width = 14
    wb.properties.creator = "office"
    wb.properties.created = wb.properties.modified = datetime(2024, 11, 1)
    w.save(path, wb)


def _slot(w: Station, path: str, cell: object) -> None:
    """A visit: the patient's full name a time in four, else the surname and maybe the care."""
    r = w.rng
    p = r.choice(w.pts)
    if r.random() < .25:
        cell.value = f"{w.nm(p, 0)}様"
        w.tp(path, p)
        return
    care = f"（{names.CARE[p.dx]}）" if p.dx in names.CARE and r.random() < .5 else ""
    cell.value = txt = f"{p.last}様" + care
    w.tsur(path, p)
    w.tcare(path, p, txt)


def contacts(w: Station) -> None:
    """連絡先/医療機関・ケアマネ連絡先一覧.xlsx: the clinics, the care offices, the school."""
    path = "連絡先/医療機関・ケアマネ連絡先一覧.xlsx"
    wb, ws = workbook("医療機関", "医療機関 連絡先一覧（2024/10更新）")
    ws.append(["医療機関名", "医師名", "電話", "FAX", "住所", "メール"])
    for d in w.doctors:
        ca = w.addr(d.caddr, 0, True)
        ws.append([d.clinic, w.nm(d, 0), w.phone(d.ctel, 0), w.phone(d.cfax, 0), ca, d.email])
        w.tp(path, d)
        w.tstation(path, d.ctel, d.cfax)
        w.t(path, "address", ca, None, True)
        w.t(path, "email_address", d.email, d.id, True)
    ws2 = wb.create_sheet("居宅介護支援事業所")
    ws2["A1"] = "居宅介護支援事業所・ケアマネジャー"
    ws2.append(["事業所名", "事業所番号", "ケアマネジャー", "事業所電話", "携帯", "メール"])
    for c in w.cms:
        ws2.append([c.office, c.jigyo, w.nm(c, 1), w.phone(c.otel, 0), w.phone(c.mob), c.email])
        w.tp(path, c, phones=[c.mob])
        w.tstation(path, c.otel)
        w.t(path, "email_address", c.email, c.id, True)
    ws3 = wb.create_sheet("その他")
    ws3.append(["区分", "名称", "担当", "電話"])
    t = w.ext["teacher"]
    ws3.append(["学校", t.school, w.nm(t, 0) + " 先生", w.phone(t.stel, 0)])
    w.tp(path, t)
    w.tstation(path, t.stel)
    ws3.append(["自社", names.NAME, "", w.phone(names.TEL, 0)])
    w.tstation(path, names.TEL)
    wb.properties.created = wb.properties.modified = datetime(2024, 10, 1)
    w.save(path, wb)


def roster(w: Station) -> None:
    """職員/職員名簿_2024.xlsx: the staff by group (homes, mobiles), their salary accounts,
    My Numbers and 基礎年金番号."""
    r = w.rng
    path = "職員/職員名簿_2024.xlsx"
    wb, ws = workbook("職員一覧", f"{names.NAME} 職員名簿（2024年4月1日現在）", "A1:H1")
    ws.append(["職員番号", "氏名", "フリガナ", "職種", "生年月日", "郵便番号", "住所", "携帯電話"])
    grp = None
    for s in w.staff:
        g = "看護職" if "看護" in s.role else "リハビリ職" if "療法士" in s.role else "事務職"
        if g != grp:
            ws.append([f"【{g}】"])
            ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=8)
            grp = g
        a = w.addr(s.home)
        ws.append([s.login, w.nm(s, 0), s.kana(), s.role, era(s.born, r.choice([0, 1, 5])),
                   s.home.post, a, w.phone(s.mob, 0)])
        w.tp(path, s, dob=True, addr=a, post=True, phones=[s.mob])
        w.tkana(path, s)
    ws2 = wb.create_sheet("給与振込口座")
    ws2["A1"] = "給与振込口座（経理用・持出禁止）"
    ws2.append(["氏名", "銀行", "支店", "種目", "口座番号"])
    for s in w.staff:
        (code, bank), branch, acct = s.bank
        ws2.append([w.nm(s, 1), bank + "銀行" if code != "9900" else "ゆうちょ銀行", branch, "普通",
                    acct])
        w.t(path, "bank_account", acct, s.id)
    ws3 = wb.create_sheet("マイナンバー・年金")
    ws3["A1"] = "個人番号・基礎年金番号（取扱注意）"
    ws3.append(["氏名", "個人番号", "基礎年金番号"])
    for s in w.staff:
        my = s.my if r.random() < .5 else f"{s.my[:4]} {s.my[4:8]} {s.my[8:]}"
        ws3.append([w.nm(s, 0), my, f"{s.pension[:4]}-{s.pension[4:]}"])
        w.t(path, "my_number", s.my, s.id)
        w.t(path, "basic_pension_number", s.pension, s.id)
    wb.properties.created = wb.properties.modified = datetime(2024, 4, 1)
    w.save(path, wb)

