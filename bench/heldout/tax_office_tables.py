"""The tax office's tables: the CP932 client master, each company's 扶養控除等申告書 workbook
(two in their folders, four in last year's zip), 給与台帳 workbooks and 全銀 振込データ, the
医療費控除 and 所得控除 working files, the staff roster."""

from __future__ import annotations

from datetime import date

from .japanese import fphone, half_width_kana
from .share import csv_text, workbook
from .tax_office_people import ARCHIVE, BANKS, TaxOffice, era, kn, nm


def client_master(t: TaxOffice) -> None:
    """顧問先マスタ (CP932): companies (phone and address neutral), individual clients, and the
    dead client's 相続 row, which names him only as 被相続人."""
    path = "01_顧問先/顧問先マスタ.csv"
    rows = [["顧問先コード", "法人名", "法人番号", "代表者", "所轄税務署", "利用者識別番号",
             "整理番号", "決算月", "設立日", "電話番号", "所在地"]]
    for i, c in enumerate(t.companies, 1):
        rows.append([f"C{i:03d}", c.name, c.cn, nm(c.rep), c.tax_office, c.uid, c.seiri,
                     f"{c.fiscal_month}月", c.founded.isoformat(), fphone(c.tel), c.addr])
        t.add(path, "corporate_number", c.cn)
        t.add(path, "person_name", nm(c.rep), c.rep.id)
        t.add(path, "phone_number", c.tel, neutral=True)
        t.add(path, "address", c.addr, neutral=True)
    for i, p in enumerate(t.clients, 1):
        rows.append([f"K{i:03d}", "（個人）" + nm(p, False), "", nm(p), "", p.uid, p.seiri, "12月",
                     "", fphone(p.tel), p.addr])
        t.add(path, "person_name", nm(p), p.id)
        t.add(path, "phone_number", p.tel, p.id)
        t.add(path, "address", p.addr, p.id)
    rows.append(["K900", "（相続）" + nm(t.dead, False) + " 様", "", "被相続人 " + nm(t.dead)]
                + [""] * 7)
    t.share.write(path, csv_text(rows), "cp932")


def year_end(t: TaxOffice) -> None:
    """扶養控除等申告書 集計 workbooks: employees with 個人番号 and a 管理番号 that passes its
    check, dependants with 和暦 births, a label | value company sheet (the 税務署's phone:
    nobody's). The first two companies' are in their folders, the rest zipped as last year's
    packets."""
    members = []
    for i, c in enumerate(t.companies):
        form = "扶養控除等申告書_集計.xlsx"
        inner = f"{c.name}_{form}"  # the zip's member
        path = f"02_年末調整/R6/{c.name}/{form}" if i < 2 else f"{ARCHIVE}!{inner}"
        wb, ws = workbook("申告書一覧", f"令和6年分 給与所得者の扶養控除等(異動)申告書 集計　"
                          f"{c.name}（法人番号 {c.cn}）", "A1:L1")
        t.add(path, "corporate_number", c.cn)
        ws.append(["社員番号", "氏名", "フリガナ", "生年月日", "個人番号", "住所", "障害者",
                   "寡婦/ひとり親", "入社日", "管理番号"])
        for k, e in enumerate(c.emps):
            ws.append([f"{1000 + k}", nm(e), kn(e), e.born.isoformat(), e.mn,
                       f"〒{e.postal[:3]}-{e.postal[3:]} {e.addr}",
                       "一般障害者" if e.disabled else "", "寡婦" if e.widow else "",
                       e.hired.isoformat(), t.my_number()])
            for value, category in [(nm(e), "person_name"), (kn(e), "person_name"),
                                    (e.born.isoformat(), "date_of_birth"), (e.mn, "my_number"),
                                    (e.addr, "address"), (e.postal, "postal_code")]:
                t.add(path, category, value, e.id)
            if e.disabled:
                t.add(path, "sensitive", "一般障害者", e.id)
        ws2 = wb.create_sheet("控除対象扶養親族")
        ws2.append(["社員氏名", "扶養親族氏名", "続柄", "生年月日", "個人番号", "同居・別居"])
        for e in c.emps:
            for d in e.deps:
                ws2.append([nm(e, False), nm(d), d.rel, era(d.born), d.mn, "同居"])
                t.add(path, "person_name", nm(d), d.id)
                t.add(path, "date_of_birth", d.born.isoformat(), d.id)
                t.add(path, "my_number", d.mn, d.id)
        ws3 = wb.create_sheet("会社情報")
        for row in [("法人名", c.name), ("法人番号", c.cn), ("所轄税務署", c.tax_office),
                    ("税務署電話", "03-3221-" + t.digits(4)), ("決算日", f"{c.fiscal_month}月末日"),
                    ("設立日", era(c.founded)), ("代表者", nm(c.rep))]:
            ws3.append(row)
        t.add(path, "person_name", nm(c.rep), c.rep.id)
        if i < 2:
            t.share.save(path, wb)
        else:
            members.append((inner, t.share.document_bytes(wb)))
    t.share.write_zip(ARCHIVE, members)


def _zengin(t: TaxOffice, path: str, emps: list) -> None:
    """A 全銀 振込データ file (CP932, half-width kana): its header a byte over (the requester
    code padded past its 10), each employee's branch, account and reading."""
    R = t.rng
    bank = "ﾐﾂﾋﾞｼUFJ".ljust(15)
    lines = ["1210" + "0" + t.digits(9).ljust(10) + half_width_kana("カ)ミナトショウジ").ljust(40)
             + "1225" + "0005" + bank + "001" + "ﾎﾝﾃﾝ".ljust(15) + "1" + t.digits(7) + " " * 17]
    for e in emps:
        amount = R.randint(180, 450) * 1000
        reading = half_width_kana(kn(e))
        lines.append("2" + "0005" + bank + e.branch + "ｼﾃﾝ".ljust(15) + "0000" + "1" + e.bank
                     + reading.ljust(30) + str(amount).zfill(10) + "0" + " " * 20 + " " * 8)
        t.add(path, "bank_account", e.bank, e.id)
        t.add(path, "person_name", reading, e.id)
    lines.append("8" + str(len(emps)).zfill(6) + "0" * 12 + " " * 101)
    lines.append("9" + " " * 119)
    t.share.write(path, "\r\n".join(lines) + "\r\n", "cp932")


def payroll(t: TaxOffice) -> None:
    """The first two companies' 給与台帳 (merged group headings over 和暦 births, phones and
    accounts), each followed by its 全銀 振込データ."""
    R = t.rng
    for i, c in enumerate(t.companies[:2], 1):
        path = f"03_給与/{c.name}_給与台帳_2024.xlsx"
        wb, ws = workbook("12月", "基本情報", "A1:C1")
        ws.merge_cells("D1:G1")
        ws["D1"] = "振込先"
        ws.merge_cells("H1:J1")
        ws["H1"] = "支給"
        ws.append(["氏名", "生年月日", "電話", "銀行", "支店", "種目", "口座番号", "基本給",
                   "源泉所得税", "社会保険料"])
        for e in c.emps:
            ws.append([nm(e, False), era(e.born), fphone(e.tel), R.choice(BANKS),
                       e.branch + "支店", "普通", e.bank, R.randint(200, 500) * 1000,
                       R.randint(3, 30) * 1000, R.randint(20, 70) * 1000])
            for value, category in [(nm(e), "person_name"), (e.born.isoformat(), "date_of_birth"),
                                    (e.tel, "phone_number"), (e.bank, "bank_account")]:
                t.add(path, category, value, e.id)
        t.share.save(path, wb)
        _zengin(t, f"03_給与/振込データ_{i}_1225.txt", c.emps)


def medical(t: TaxOffice) -> None:
    """医療費控除 明細 (TSV): each payment's clinic and illness, a 受付番号 passing the My Number
    check."""
    path = "05_確定申告/R6/医療費控除_明細.tsv"
    rows = [["顧客", "氏名", "医療機関", "病名・内容", "支払額", "補てん額", "受付番号"]]
    for p in t.clients:
        for clinic, illness, amount in p.med:
            rows.append([p.id.replace("P", "K"), nm(p, False), clinic, illness, amount, 0,
                         t.my_number()])
            t.add(path, "person_name", nm(p), p.id)
            t.add(path, "sensitive", illness, p.id)
    t.share.write(path, csv_text(rows, "\t"))


def deductions(t: TaxOffice) -> None:
    """所得控除 集計 (CP932): births, 個人番号, donations (to a 宗教法人: sensitive) and the
    16-digit 利用者識別番号."""
    R = t.rng
    path = "05_確定申告/R6/所得控除_集計.csv"
    rows = [["氏名", "生年月日", "マイナンバー", "社会保険料控除", "寄附金控除 寄附先", "寄附金額",
             "申告期限", "e-Tax利用者識別番号"]]
    for p in t.clients:
        rows.append([nm(p), p.born.strftime("%Y/%m/%d"), p.mn, p.social, p.donee or "",
                     R.randint(1, 50) * 10000 if p.donee else "", "2025/03/17", p.uid])
        t.add(path, "person_name", nm(p), p.id)
        t.add(path, "date_of_birth", p.born.isoformat(), p.id)
        t.add(path, "my_number", p.mn, p.id)
        if p.donee and "宗教" in p.donee:
            t.add(path, "sensitive", p.donee, p.id)
    t.share.write(path, csv_text(rows), "cp932")


def staff_roster(t: TaxOffice) -> None:
    """職員名簿 (UTF-8 with BOM): staff's births, mobiles, homes and private mail, and the
    税理士登録番号."""
    R = t.rng
    path = "00_事務所/職員名簿.csv"
    rows = [["氏名", "ふりがな", "役職", "生年月日", "携帯電話", "自宅住所", "個人メール",
             "税理士登録番号", "入所日"]]
    for s in t.staff:
        rows.append([nm(s), kn(s), s.role, s.born.isoformat(), s.tel, s.addr, s.mail,
                     t.digits(6) if "税理士" in s.role else "",
                     date(R.randint(2005, 2023), 4, 1).isoformat()])
        for value, category in [(nm(s), "person_name"), (kn(s), "person_name"),
                                (s.born.isoformat(), "date_of_birth"), (s.tel, "phone_number"),
                                (s.addr, "address"), (s.mail, "email_address")]:
            t.add(path, category, value, s.id)
    t.share.write(path, csv_text(rows), "utf-8-sig")
