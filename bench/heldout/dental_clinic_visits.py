"""The clinic's 訪問歯科 files: the 訪問記録 workbook (an overview, then a label | value form a
patient, the キーパーソン's mobile expected, a facility's staff and phone neutral, and the
deceased's sheet, no one's), the November 申し送り (full-width digits, look-alike hyphens, a
home address typed so) and a 訪問歯科診療計画書 (PDF) for the first 訪問 patient."""

from __future__ import annotations

from datetime import date
from typing import Any

import openpyxl

from .dental_clinic_people import FACILITIES, DentalClinic, wareki_long, zenkaku
from .japanese import FULL_WIDTH, HYPHENS, fphone
from .share import pdf_bytes

CARE_LEVELS = ["要介護2", "要介護3", "要介護4", "要介護5"]
CONDITIONS = ["認知症", "脳梗塞", "パーキンソン病", "心不全", "糖尿病"]
CARE = ["口腔ケア", "義歯調整", "義歯修理", "嚥下評価", "抜歯", "PMTC"]


def records(h: DentalClinic) -> None:
    """訪問記録_2026: a sheet a 訪問 patient (the 副院長 and the 訪問 hygienist neutral), and
    終了_ the deceased's."""
    path = "訪問歯科/訪問記録_2026.xlsx"
    R, a = h.rng, h.add
    dentist, hyg = h.dentists[1], h.hygienists[-1]
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    overview = wb.create_sheet("一覧")
    overview.append(["No", "利用者", "訪問先", "曜日", "担当"])
    for i, v in enumerate(h.visits, 1):
        overview.append([i, v.name(""), v.facility or "居宅", R.choice("月火水木金"),
                         f"{dentist.last}／{hyg.last}"])
        a(path, "person_name", v.name(""), v)
        ws = wb.create_sheet(f"{i:02d}_{v.last}")
        ws.merge_cells("A1:D1")
        ws["A1"] = "訪問歯科診療 記録票"
        kp, fac = v.kp, v.facility
        conditions = R.sample(CONDITIONS, 2)
        rows = [("利用者氏名", v.name()), ("フリガナ", v.kana()), ("生年月日", wareki_long(v.born)),
                ("要介護度", R.choice(CARE_LEVELS)), ("訪問先", fac or "居宅"),
                ("住所", f"{fac}（施設入所中）" if fac else v.addr.line(1)),
                ("主病名", "、".join(conditions)), ("初回訪問日", wareki_long(v.first_visit)),
                ("キーパーソン", f"{kp.name()}（{kp.rel}）"),
                ("キーパーソン連絡先", fphone(kp.mobile))]
        if fac:
            fs = h.facility_staff[fac]
            rows += [("施設担当者", f"{fs.name()}（生活相談員）"), ("施設電話", fphone(fs.work))]
            a(path, "person_name", fs.name(), fs, True)
            a(path, "phone_number", fphone(fs.work), None, True)
        rows += [("担当医", dentist.name()), ("担当衛生士", hyg.name())]
        for r, (label, value) in enumerate(rows, 2):
            ws.cell(r, 1, label)
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
            ws.cell(r, 2, value)
        r = len(rows) + 3
        ws.cell(r, 1, "訪問日")
        ws.cell(r, 2, "処置内容")
        for k in range(R.randint(3, 6)):
            ws.cell(r + 1 + k, 1, h.day(2026, 2026).strftime("%Y/%m/%d"))
            ws.cell(r + 1 + k, 2, R.choice(CARE))
        a(path, "person_name", v.name(), v)
        a(path, "person_name", v.kana(), v)
        a(path, "date_of_birth", wareki_long(v.born), v, born=v.born)
        if not fac:
            a(path, "address", v.addr.line(1), v)
        for c in conditions:
            a(path, "sensitive", c, v)
        a(path, "person_name", kp.name(), kp)
        a(path, "phone_number", fphone(kp.mobile), kp)
        a(path, "person_name", dentist.name(), dentist, True)
        a(path, "person_name", hyg.name(), hyg, True)
    dead = h.deceased
    ws = wb.create_sheet("終了_" + dead.last)
    ending = [("利用者氏名", dead.name()), ("生年月日", wareki_long(dead.born)),
              ("死亡日", wareki_long(dead.death)), ("備考", "ご逝去により訪問終了")]
    for r, (label, value) in enumerate(ending, 1):
        ws[f"A{r}"], ws[f"B{r}"] = label, value
    a(path, "person_name", dead.name(), None, True)
    a(path, "date_of_birth", wareki_long(dead.born), None, True, born=dead.born)
    a(path, "person_name", dentist.last, dentist, True)
    a(path, "person_name", hyg.last, hyg, True)
    h.share.save(path, wb)


def memo(h: DentalClinic) -> None:
    """訪問メモ_11月 (CRLF): the first six 訪問 patients, by one of two hands, the キーパーソン's
    mobile in full width six times in ten; a facility's call (neutral), the deceased (no one)
    and the hygienist's surname (neutral)."""
    path = "訪問歯科/訪問メモ_11月.txt"
    R, a = h.rng, h.add
    lines = [f"訪問歯科　申し送り（{wareki_long(date(2026, 11, 1))}〜）", ""]
    for v in h.visits[:6]:
        kp = v.kp
        tel = fphone(kp.mobile, R.choice(HYPHENS))
        if R.random() < 0.6:
            tel = tel.translate(FULL_WIDTH)
        d = h.day(2026, 2026)
        style = R.random()
        condition = R.choice(["認知症", "脳梗塞", "糖尿病"])
        if style < 0.5:
            place = v.facility or "居宅"
            lines.append(f"■{zenkaku(d.month)}/{zenkaku(d.day)}　{v.name('')}様（{place}）")
            lines.append(f"　{condition}あり、義歯の着脱に介助が必要。"
                         f"キーパーソンは{kp.rel}の{kp.name(' ')}さん　{tel}")
        else:
            lines.append(f"■{d.month}月{d.day}日 {v.name(' ')} 様"
                         f" → 次回 {zenkaku(R.randint(1, 28))}日")
            lines.append(f"　ご家族（{kp.rel}）{kp.name('')}様 携帯：{tel}"
                         f"　※{condition}のため本人への説明は家族同席で")
        a(path, "person_name", v.name(""), v)
        a(path, "person_name", kp.name(""), kp)
        a(path, "phone_number", tel, kp)
        a(path, "sensitive", condition, v)
        if not v.facility:
            home = v.addr.line(3, R.choice(HYPHENS))
            lines.append(f"　訪問先住所：{home}")
            a(path, "address", home, v)
        lines.append("")
    fs = h.facility_staff[FACILITIES[0]]
    work = fphone(fs.work, "－")
    lines.append(f"{fs.facility}の{fs.last}さんより連絡あり。電話{work}（施設代表）")
    a(path, "person_name", fs.last, fs, True)
    a(path, "phone_number", work, None, True)
    dead = h.deceased
    lines.append(f"{dead.last}様は{dead.death.month}月{dead.death.day}日にご逝去。"
                 f"訪問終了（死亡日 {wareki_long(dead.death)}）。")
    a(path, "person_name", dead.last, None, True)
    hyg = h.hygienists[-1]
    lines.append(f"担当：{hyg.last}（歯科衛生士）　車両：{R.choice(['品川', '横浜'])}５００ あ "
                 f"{R.randint(10, 99)}－{R.randint(10, 99)}")
    a(path, "person_name", hyg.last, hyg, True)
    h.share.write(path, "\r\n".join(lines) + "\r\n")


def plan(h: DentalClinic) -> None:
    """訪問歯科診療計画書 (PDF) for the first 訪問 patient: the family's mobile expected, the
    home address where not at a facility, the 副院長 neutral."""
    v = h.visits[0]
    kp, dentist = v.kp, h.dentists[1]
    path = f"訪問歯科/訪問歯科診療計画書_{v.karte}.pdf"
    lines = [f"患者氏名：{v.name()}", f"生年月日：{wareki_long(v.born)}",
             f"訪問先：{v.facility or v.addr.line()}",
             f"ご家族：{kp.name()}（{kp.rel}）　連絡先 {fphone(kp.mobile)}",
             "診療方針：口腔ケア、義歯調整を月2回", f"主治医：{dentist.name()}", h.clinic]

    def draw(sheet: Any, font: str) -> None:
        sheet.setFont(font, 14)
        sheet.drawString(60, 790, "訪問歯科診療計画書")
        sheet.setFont(font, 10)
        for k, line in enumerate(lines):
            sheet.drawString(60, 760 - 18 * k, line)

    h.share.write(path, pdf_bytes(draw))
    a = h.add
    a(path, "person_name", v.name(), v)
    a(path, "date_of_birth", wareki_long(v.born), v, born=v.born)
    if not v.facility:
        a(path, "address", v.addr.line(), v)
    a(path, "person_name", kp.name(), kp)
    a(path, "phone_number", fphone(kp.mobile), kp)
    a(path, "person_name", dentist.name(), dentist, True)
