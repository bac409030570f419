"""The centre's tables: the reservation system's CP932 roster, November's bookings (TSV), the
results workbook (title row, merged group rows, a label | value 個人票, a reference sheet),
the 国保 特定健診 report (CSV), the staff book with 個人番号 (.xlsx) and the client list.

The companies' and city's phones and addresses are neutral; the reference sheet's 受付番号 and
phone are samples, in no record.
"""

from __future__ import annotations

import openpyxl
from openpyxl.styles import Font

from .health_check_people import CITY_NAME, CITY_TEL, HOSP_NAME, Center, Person, phone, wareki
from .identifiers import luhn_check
from .share import csv_text

RESULT_HEAD = ["受付番号", "検体番号", "氏名", "生年月日", "性別", "身長", "体重", "BMI",
               "収縮期血圧", "拡張期血圧", "HbA1c", "空腹時血糖", "LDL", "HDL", "中性脂肪", "AST",
               "ALT", "γ-GTP", "所見", "総合判定"]
VALUES = ["h", "w", "bmi", "sbp", "dbp", "a1c", "fpg", "ldl", "hdl", "tg", "ast", "alt", "ggt"]
REFERENCE = [("収縮期血圧", "～129", "130～159", "160～"), ("HbA1c", "～5.5", "5.6～6.4", "6.5～"),
             ("LDL", "60～119", "120～159", "160～"), ("例：受付番号", "241100000018", "", ""),
             ("例：電話", "090-0000-0000", "", "")]


def sex(p: Person) -> str:
    return "男" if p.sex == "M" else "女"


def roster(c: Center) -> None:
    """受診者名簿_2024年度.csv: every examinee (a 和暦 birth date, 都道府県 seven times in ten),
    CP932."""
    rng, path = c.rng, "01_受付/受診者名簿_2024年度.csv"
    rows = [["受付番号", "受診日", "氏名", "フリガナ", "性別", "生年月日", "郵便番号", "住所",
             "電話番号", "保険者番号", "記号", "番号", "健診区分", "事業所"]]
    for p in c.examinees:
        style = rng.choice(["dot", "kanji", "iso", "slash"])
        a = p.addr(rng.choice(["hy", "kanji"]), rng.random() < .7)
        ph = phone(p.phone, rng.choice([0, 0, 1]))
        rows.append([p.uketsuke, p.exam_day.strftime("%Y/%m/%d"),
                     p.name(rng.choice([" ", "　", ""])), p.kana(), sex(p), wareki(p.born, style),
                     p.postal, a, ph, p.insurer, p.kigo, p.bango,
                     "企業健診" if p.corp else "特定健診",
                     c.companies[p.company].name if p.corp else "国保"])
        c.t_std(path, p, "name kana dob postal")
        c.t(path, "address", a, p)
        c.t_std(path, p, "phone ins")
    c.share.write(path, csv_text(rows), "cp932")


def bookings(c: Center) -> None:
    """予約一覧_11月.tsv: November's examinees, a note (再検査 for a D 判定) now and then."""
    rng, path = c.rng, "01_受付/予約一覧_11月.tsv"
    rows = ["予約日\t時間\t受付番号\t氏名\tカナ\t連絡先\tコース\t備考"]
    for p in [q for q in c.examinees if q.exam_day.month == 11]:
        ph = phone(p.phone, rng.choice([0, 2, 4]))
        note = rng.choice(["", "", "胃カメラ希望", "バリウム",
                           "再検査" if p.hantei.startswith("D") else ""])
        course = "生活習慣病" if p.corp else "特定健診"
        rows.append(f"{p.exam_day.isoformat()}\t{rng.choice(['8:30', '9:00', '9:30', '10:00'])}\t"
                    f"{p.uketsuke}\t{p.name()}\t{p.kana()}\t{ph}\t{course}\t{note}")
        c.t_std(path, p, "name kana phone")
    c.share.write(path, "\n".join(rows) + "\n")


def results(c: Center) -> None:
    """健診結果_2024年度.xlsx: the results of all, those to see a doctor by company, the 個人票
    of whoever has most findings, the reference ranges."""
    rng, path = c.rng, "02_健診結果/健診結果_2024年度.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "結果一覧"
    ws["A1"] = "2024年度 健康診断結果一覧（みなと台健診センター）"
    ws["A1"].font = Font(bold=True)
    ws.append([])
    ws.append(RESULT_HEAD)
    for p in c.examinees:
        ws.append([p.uketsuke, p.kentai, p.name(), p.born, sex(p),
                   *(p.vals[k] for k in VALUES), "、".join(p.findings), p.hantei])
        c.t_std(path, p, "name dob")
        c.t_sens(path, p, p.sens())
    ws2 = wb.create_sheet("要精密検査者")
    ws2["A1"] = "要精密検査・要治療者リスト（事業所別）"
    ws2.append([])
    ws2.append(["氏名", "フリガナ", "所見", "判定", "紹介先", "受診確認"])
    r = 4
    groups = [(co.name, c.employees(i)) for i, co in enumerate(c.companies)]
    groups.append(("国保（特定健診）", c.kokuho()))
    for group, people in groups:
        r += 1
        ws2.cell(r, 1, f"■ {group}")
        ws2.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        for p in people:
            if p.hantei.startswith("D"):
                r += 1
                row = [p.name(""), p.kana(), "、".join(p.findings), p.hantei,
                       HOSP_NAME if rng.random() < .4 else "", rng.choice(["済", "未", ""])]
                for j, v in enumerate(row):
                    ws2.cell(r, j + 1, v)
                c.t_std(path, p, "name kana")
                c.t_sens(path, p, p.sens())
    sheet(wb, c, path)
    wb.properties.creator = "健診システム"
    c.save(path, wb)


def sheet(wb: openpyxl.Workbook, c: Center, path: str) -> None:
    """The 個人票 (label | value) of the examinee with most findings, then the reference
    sheet."""
    pp = max(c.examinees, key=lambda q: len(q.findings))
    ws3 = wb.create_sheet("個人票")
    for k, v in [("個人結果票", ""), ("氏名", pp.name()), ("フリガナ", pp.kana()),
                 ("生年月日", wareki(pp.born, "kanji")), ("住所", pp.addr("kanji", True)),
                 ("電話", phone(pp.phone, 0)), ("血圧", f"{pp.vals['sbp']}/{pp.vals['dbp']}"),
                 ("HbA1c", pp.vals["a1c"]), ("所見", "、".join(pp.findings)),
                 ("総合判定", pp.hantei)]:
        ws3.append([k, v])
    c.t_std(path, pp, "name kana")
    c.t(path, "address", pp.addr("kanji", True), pp)
    c.t_std(path, pp, "phone")
    c.t_sens(path, pp, pp.sens())
    ws4 = wb.create_sheet("基準値")
    ws4.append(["項目", "基準範囲", "要注意", "異常"])
    for row in REFERENCE:
        ws4.append(list(row))


def staff_book(c: Center) -> None:
    """職員名簿.xlsx: the staff with 個人番号 and home, then their phone tree."""
    rng, path = c.rng, "11_総務/職員名簿.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "職員一覧"
    ws["A1"] = "職員名簿（2024年4月1日現在）　取扱注意"
    ws.append([])
    ws.append(["職員番号", "氏名", "ふりがな", "職種", "生年月日", "住所", "携帯電話", "個人番号"])
    for i, s in enumerate(c.staff):
        a = s.addr("hy", True)
        ws.append([f"S{i + 101}", s.name(), s.kana(), s.title,
                   wareki(s.born, rng.choice(["kanji", "dot"])), a, phone(s.phone, 0), s.mynum])
        c.t_std(path, s, "name kana dob")
        c.t(path, "address", a, s)
        c.t_std(path, s, "phone")
        c.t(path, "my_number", s.mynum, s)
    ws2 = wb.create_sheet("緊急連絡網")
    ws2.append(["氏名", "連絡先", "備考"])
    for s in c.staff:
        ws2.append([s.name(), phone(s.phone, 2), ""])
        c.t_std(path, s, "name phone")
    c.save(path, wb)


def clients(c: Center) -> None:
    """契約企業一覧.csv: the client companies (法人番号, 人事担当, a 請求番号 passing Luhn) and
    the city, CP932."""
    rng, path = c.rng, "11_総務/契約企業一覧.csv"
    rows = [["企業名", "法人番号", "所在地", "代表電話", "担当者", "担当者メール", "契約人数",
             "請求番号"]]
    for ci, co in enumerate(c.companies):
        hr = c.hr[ci]
        bill = f"45{ci}9{rng.randint(10**10, 10**11 - 1)}"
        rows.append([co.name, co.corp, co.addr, co.tel, hr.name(), hr.work_mail,
                     len(c.employees(ci)), bill + luhn_check(bill)])
        c.t(path, "corporate_number", co.corp)
        c.t(path, "phone_number", co.tel, None, True)
        c.t(path, "address", co.addr, None, True)
        c.t_std(path, hr, "name work")
    rows.append([CITY_NAME + "（国保）", "", "", CITY_TEL, "", "", len(c.kokuho()), ""])
    c.t(path, "phone_number", CITY_TEL, None, True)
    c.share.write(path, csv_text(rows), "cp932")


def tokutei(c: Center) -> None:
    """特定健診_結果報告_国保.csv: the 国保 members' 特定健診 report to the city (kana, card,
    メタボ判定, 服薬)."""
    rng, path = c.rng, "02_健診結果/特定健診_結果報告_国保.csv"
    rows = [["保険者番号", "被保険者証記号", "被保険者証番号", "氏名カナ", "生年月日", "性別",
             "受診日", "メタボ判定", "保健指導レベル", "服薬(血圧)", "服薬(血糖)", "服薬(脂質)"]]
    for p in c.kokuho():
        bmi = p.vals["bmi"]
        metabo = ("基準該当" if bmi >= 25 and p.findings else
                  "予備群該当" if bmi >= 25 else "非該当")
        rows.append([p.insurer, p.kigo, p.bango, p.kana(), p.born.strftime("%Y%m%d"),
                     "1" if p.sex == "M" else "2", p.exam_day.strftime("%Y%m%d"), metabo,
                     rng.choice(["積極的支援", "動機付け支援", "なし"]),
                     *("1" if m in p.meds else "2"
                       for m in ("血圧を下げる薬", "血糖を下げる薬", "コレステロールを下げる薬"))])
        c.t_std(path, p, "kana dob ins")
        if metabo != "非該当":
            c.t(path, "sensitive", "メタボリックシンドローム" + metabo, p)
    c.share.write(path, csv_text(rows))
