"""The office's tables: the 顧問先一覧 (.xlsx), three payroll tools' CP932 社員マスタ exports,
two 扶養控除等申告書 集計 workbooks, the 総合振込 TSV, a client's 年調資料 (.xlsx, a sheet an
employee), the 請求書発行一覧 CSV and the 算定基礎届 集計 (.xlsx).

The clients' phones and addresses and their HR contacts are neutral; 請求書番号 passing the My
Number check and the office's own account are in no record (the account neutral).
"""

from __future__ import annotations

import unicodedata

from .identifiers import my_number
from .labour_consultant_people import Office, jp_date, sex_word
from .share import csv_text, workbook

OWN_ACCOUNT = "三井住友銀行 日本橋支店 普通 7712345"  # the office's, on every invoice


def clients(c: Office) -> None:
    """顧問先一覧_2024.xlsx: the twelve clients' numbers, addresses and HR contacts, then their
    contracts."""
    rng, rel = c.rng, "01_顧問先管理/顧問先一覧_2024.xlsx"
    wb, ws = workbook("顧問先", "顧問先一覧（2024年11月現在）　みなと社会保険労務士事務所", "A1:H1")
    ws.append(["No", "事業所名", "法人番号", "事業所整理記号", "雇用保険適用事業所番号", "所在地",
               "電話", "担当者（人事）"])
    for co in c.companies:
        ws.append([co["idx"] + 1, co["name"], co["corp"], co["seiri"], co["koyo_jigyo"],
                   co["addr"], co["tel"], co["hr"].name() + " 様"])
        c.t_company(rel, co)
        c.t_hr(rel, co, mail=False)
    ws2 = wb.create_sheet("契約")
    ws2.append(["事業所名", "顧問料(月額)", "契約開始", "給与計算", "年末調整"])
    for co in c.companies:
        ws2.append([co["name"], rng.randrange(20000, 80000, 5000), c.rdate(2012, 2023).isoformat(),
                    rng.choice(["○", "×"]), "○"])
    c.save(rel, wb)


def masters(c: Office) -> None:
    """社員マスタ_export_20241101.csv of clients 9 to 11, CP932."""
    for ci in (8, 9, 10):
        co = c.companies[ci]
        rel = f"02_給与計算/{co['name']}/社員マスタ_export_20241101.csv"
        rows = [["社員番号", "氏名", "フリガナ", "性別", "生年月日", "郵便番号", "住所", "電話番号",
                 "個人番号", "基礎年金番号", "雇用保険被保険者番号", "入社日", "基本給"]]
        for k, e in enumerate(co["emps"]):
            rows.append([f"{101 + k:04d}", e.name(), e.kana(), sex_word(e),
                         jp_date(e.born, "slash"), e.zip, e.full_addr, e.phone, e.mn,
                         e.pension_dashed,
                         e.koyo, e.hired.strftime("%Y/%m/%d"), e.salary])
            c.t_emp(rel, e, "kana dob zip addr phone mn pension")
        c.share.write(rel, csv_text(rows), "cp932")


def deductions(c: Office) -> None:
    """扶養控除等申告書_集計.xlsx of clients 1 and 9: each employee under a merged row with their
    dependants, then one employee's 申告書 as label | value."""
    for ci in (0, 8):
        co = c.companies[ci]
        rel = f"03_年末調整/R6/{co['name']}_扶養控除等申告書_集計.xlsx"
        banner = f"令和6年分 給与所得者の扶養控除等(異動)申告書 集計　{co['name']}"
        wb, ws = workbook("一覧", banner, "A1:G1")
        ws.append(["区分", "氏名", "フリガナ", "続柄", "生年月日", "個人番号", "住所"])
        for e in co["emps"]:
            r = ws.max_row + 1
            ws.append([f"■ {e.name()}（本人）"])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.append(["本人", e.name(), e.kana(), "", jp_date(e.born, "kanji"), e.mn, e.full_addr])
            c.t_emp(rel, e, "kana dob mn addr")
            for d in e.deps:
                kind = ("控除対象配偶者" if d.rel == "配偶者" else
                        "控除対象扶養親族" if d.born.year < 2008 else "16歳未満扶養親族")
                ws.append([kind, d.name(), d.kana(), d.rel, jp_date(d.born, "kanji"), d.mn, "同上"])
                c.t_emp(rel, d, "kana dob mn")
        e = next((x for x in co["emps"] if x.deps), co["emps"][0])
        f = wb.create_sheet("申告書_" + e.last)
        for row in [("給与の支払者の名称", co["name"]), ("給与の支払者の法人番号", co["corp"]),
                    ("あなたの氏名", e.name()), ("フリガナ", e.kana()),
                    ("あなたの個人番号", " ".join([e.mn[:4], e.mn[4:8], e.mn[8:]])),
                    ("あなたの生年月日", jp_date(e.born, "dot")),
                    ("あなたの住所", f"〒{e.zip} {e.full_addr}"), ("世帯主の氏名", e.name()),
                    ("あなたとの続柄", "本人")]:
            f.append(list(row))
        for d in e.deps:
            f.append([f"扶養親族（{d.rel}）",
                      f"{d.name()}　{jp_date(d.born, 'dot')}　個人番号 {d.mn}"])
        c.t(rel, "corporate_number", co["corp"])
        c.t(rel, "postal_code", e.zip, e)
        c.save(rel, wb)


def transfers(c: Office) -> None:
    """総合振込_202410.tsv: clients 1 to 4's October pay, the payee in kana."""
    rng, rel = c.rng, "02_給与計算/振込/総合振込_202410.tsv"
    lines = ["\t".join(["事業所", "銀行コード", "銀行名", "支店コード", "種目", "口座番号",
                        "受取人名", "金額"])]
    for co in c.companies[:4]:
        for e in co["emps"]:
            payee = unicodedata.normalize("NFKC", e.kana()).replace(" ", "\u3000")
            lines.append("\t".join([co["name"], e.bank[0], e.bank[1], e.branch, "1", e.acct,
                                    payee, str(e.salary - rng.randint(30000, 80000))]))
            c.t(rel, "person_name", e.kana(), e)
            c.t(rel, "bank_account", e.acct, e)
    c.share.write(rel, "\n".join(lines) + "\n")


def year_end(c: Office) -> None:
    """<client 12>_年調資料.xlsx: five employees' 年末調整 data, a sheet each as label | value."""
    rng, co = c.rng, c.companies[11]
    rel = f"03_年末調整/R6/{co['name']}_年調資料.xlsx"
    wb, ws = workbook("Sheet")
    for k, e in enumerate(co["emps"][:5]):
        ws = wb.active if k == 0 else wb.create_sheet()
        ws.title = e.last + e.first[:1]
        ws.append(["令和6年分 年末調整 基礎資料"])
        ws.append([])
        for row in [("氏名", e.name()), ("生年月日", jp_date(e.born, "kanji")), ("個人番号", e.mn),
                    ("住所", e.full_addr), ("電話", e.phone),
                    ("生命保険料控除", f"{rng.randint(20, 120)}000"),
                    ("配偶者", e.deps[0].name() if e.deps else "なし")]:
            ws.append(list(row))
        c.t_emp(rel, e, "dob mn addr phone")
        if e.deps:
            c.t(rel, "person_name", e.deps[0].name(), e.deps[0])
    c.save(rel, wb)


def invoices(c: Office) -> None:
    """請求書発行一覧_2024.csv (UTF-8 with BOM): two months' invoices a client, each numbered
    with 12 digits passing the My Number check."""
    rng, rel = c.rng, "12_経理/請求書発行一覧_2024.csv"
    lines = ["請求書番号,顧問先,法人番号,請求日,金額,振込先"]
    for co in c.companies:
        for m in (9, 10):
            number = my_number(rng, zero_lead="draw")
            lines.append(f"{number},{co['name']},{co['corp']},2024-{m:02d}-25,"
                         f"{rng.randrange(22000, 88000, 1100)},{OWN_ACCOUNT}")
        c.t(rel, "corporate_number", co["corp"])
    c.share.write(rel, "\n".join(lines) + "\n", "utf-8-sig")
    c.t(rel, "bank_account", "7712345", None, True)


def standard_pay(c: Office) -> None:
    """算定基礎届_2024_集計.xlsx: clients 6 and 7's April to June pay under merged rows."""
    rng, rel = c.rng, "04_手続/算定基礎届_2024_集計.xlsx"
    wb, ws = workbook("算定", "令和6年 算定基礎届 集計表", "A1:F1")
    ws.append(["被保険者整理番号", "氏名", "生年月日", "4月", "5月", "6月"])
    for co in c.companies[5:7]:
        r = ws.max_row + 1
        ws.append([f"{co['name']}（{co['seiri']}）"])
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        for k, e in enumerate(co["emps"]):
            ws.append([k + 1, e.name2, jp_date(e.born, "slash"), e.salary,
                       e.salary + rng.randint(0, 20000), e.salary])
            c.t(rel, "person_name", e.name(), e)
            c.t(rel, "date_of_birth", e.born.isoformat(), e)
    c.save(rel, wb)
