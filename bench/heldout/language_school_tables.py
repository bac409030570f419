"""The school's tables: the 学籍簿 (CP932), three 在留期間更新 forms, the attendance rates (a
sheet a class), the part-time jobs (資格外活動), the sponsors' remittances, the TB screening
results (findings: sensitive), the invoices whose numbers pass the My Number and Luhn checks
(hard negatives), the staff roster for 年末調整 (My Numbers), the agents and the JLPT mock
results.
"""

from __future__ import annotations

from datetime import date

import openpyxl

from .identifiers import luhn_number, my_number
from .language_school_names import jp_name
from .language_school_people import CLASSES, School, addr_str, era
from .share import csv_text, workbook


def register(a: School) -> None:
    """01_学籍/学籍簿_在籍者一覧_20251001.csv (CP932)."""
    rng, path = a.rng, "01_学籍/学籍簿_在籍者一覧_20251001.csv"
    rows = [["学籍番号", "氏名（ローマ字）", "フリガナ", "漢字氏名", "国籍", "性別", "生年月日",
             "旅券番号", "在留カード番号", "在留資格", "在留期限", "電話番号", "メールアドレス",
             "郵便番号", "住所", "クラス", "入学年月"]]
    for s in a.students:
        rows.append([s["sid"], s["roman"], s["kana"], s["kanji"] or "", s["nat"], s["sex"],
                     a.fdate(s["dob"]), s["passport"], s["card"], "留学",
                     s["kigen"].strftime("%Y/%m/%d"), a.phone(s["phone"], rng.choice([0, 1])),
                     s["email"], s["addr"]["zip"], addr_str(s["addr"]), s["cls"],
                     "2024年" + rng.choice(["4月", "10月"])])
        a.t(path, "person_name", s["roman"], s["pid"])
        a.t(path, "person_name", s["kana"], s["pid"])
        if s["kanji"]:
            a.t(path, "person_name", s["kanji"], s["pid"])
        a.each(path, s["pid"], [
            ("date_of_birth", s["dob"].isoformat()), ("passport_number", s["passport"]),
            ("residence_card_number", s["card"]), ("phone_number", s["phone"]),
            ("email_address", s["email"]), ("postal_code", s["addr"]["zip"]),
            ("address", addr_str(s["addr"]))])
    a.share.write(path, csv_text(rows), "cp932")


def renewals(a: School) -> None:
    """01_学籍/在留期間更新/更新申請_{学籍番号}.xlsx: three students with a sponsor."""
    sc, school, t1 = a.scrivener, a.school, a.staff[1]
    for s in a.rng.sample([x for x in a.students if "sponsor" in x], 3):
        path = f"01_学籍/在留期間更新/更新申請_{s['sid']}.xlsx"
        wb, ws = workbook("申請人等作成用1", "在留期間更新許可申請書（留学）記入用", "A1:D1")
        sp = s["sponsor"]
        rows = [("国籍・地域", s["nat"]), ("生年月日", a.fdate(s["dob"], 4)), ("氏名", s["roman"]),
                ("性別", s["sex"]), ("住居地", addr_str(s["addr"])), ("電話番号", ""),
                ("携帯電話番号", a.phone(s["phone"], 0)), ("旅券 (1)番号", s["passport"]),
                ("(2)有効期限", a.fdate(date(2029, 3, 1), 4)), ("現に有する在留資格", "留学"),
                ("在留期間", "1年3月"), ("在留期間の満了日", a.fdate(s["kigen"], 4)),
                ("在留カード番号", s["card"]), ("希望する在留期間", "1年"),
                ("更新の理由", "引き続き日本語学校で日本語を学習するため"),
                ("犯罪を理由とする処分を受けたことの有無", "無"), ("", ""),
                ("学校名", school["name"]),
                ("経費支弁者 氏名", sp["roman"]), ("申請人との関係", sp["rel"]),
                ("経費支弁者 住所", sp["home"]), ("経費支弁者 電話番号", a.abroad(sp)),
                ("月平均支弁額", "80,000円"), ("取次者 氏名", sc["sp"]),
                ("取次者 所属", sc["office"]), ("取次者 電話番号", sc["tel"])]
        for r, (label, value) in enumerate(rows, start=3):
            ws.cell(r, 1, label)
            ws.cell(r, 2, value)
        ws2 = wb.create_sheet("所属機関等作成用")
        for cell, value in [("A1", "所属機関等作成用"), ("A3", "氏名"), ("B3", s["roman"]),
                            ("A4", "出席率（直近）"), ("B4", f"{s['rate']}%"),
                            ("A5", "学校法人番号"), ("B5", school["corp"]), ("A6", "作成責任者"),
                            ("B6", t1["sp"])]:
            ws2[cell] = value
        a.save(path, wb)
        a.each(path, s["pid"], [
            ("person_name", s["roman"]), ("date_of_birth", s["dob"].isoformat()),
            ("address", addr_str(s["addr"])), ("phone_number", s["phone"]),
            ("passport_number", s["passport"]), ("residence_card_number", s["card"])])
        a.each(path, sp["pid"], [("person_name", sp["roman"]), ("address", sp["home"]),
                                 ("phone_number", sp["phone"])])
        a.t(path, "person_name", sc["kanji"], sc["pid"])
        a.t(path, "phone_number", sc["tel"], None, True)
        a.t(path, "person_name", t1["kanji"], t1["pid"])
        a.t(path, "corporate_number", school["corp"], None)


def attendance(a: School) -> None:
    """02_出席/出席率_2025年10月.xlsx: a sheet a class, those under 80% with a note."""
    path = "02_出席/出席率_2025年10月.xlsx"
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for k, cl in enumerate(CLASSES):
        ws = wb.create_sheet(f"{cl}クラス")
        ws["A1"] = f"{cl}クラス 出席率一覧（2025年10月）"
        ws.merge_cells("A1:F1")
        ws.append([])
        ws.append(["学籍番号", "氏名", "国籍", "出席率", "担任", "備考"])
        t = a.staff[2 + k % 4]
        for group, low in (("■ 出席率80%以上", False), ("■ 出席率80%未満（要指導）", True)):
            ws.append([group])
            ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row,
                           end_column=6)
            for s in [x for x in a.students if x["cls"] == cl and (x["rate"] < 80) == low]:
                note = "" if s["rate"] >= 80 else a.rng.choice(
                    ["面談済", "アルバイト過多の疑い", "保証人へ連絡済", "体調不良が続く"])
                ws.append([s["sid"], s["roman"], s["nat"], s["rate"] / 100, t["sp"], note])
                a.t(path, "person_name", s["roman"], s["pid"])
        a.t(path, "person_name", t["kanji"], t["pid"])
    a.save(path, wb)


def jobs(a: School) -> None:
    """03_アルバイト/資格外活動_アルバイト先一覧.xlsx: the students who work, and the employers."""
    path = "03_アルバイト/資格外活動_アルバイト先一覧.xlsx"
    wb, ws = workbook("一覧", "資格外活動許可 アルバイト先一覧（週28時間以内の確認用）", "A1:I1")
    ws.append(["学籍番号", "氏名", "在留カード番号", "資格外活動許可", "アルバイト先", "店舗電話",
               "担当者", "担当者携帯", "週時間"])
    for s in a.students:
        if not s["job"]:
            continue
        e = s["job"]
        hours = a.rng.choice([18, 20, 24, 26, 28, 28, 32])
        ws.append([s["sid"], s["roman"], s["card"], "有", e["shop"], e["tel"], e["sp"] + "様",
                   a.phone(e["mobile"], 0), hours])
        a.t(path, "person_name", s["roman"], s["pid"])
        a.t(path, "residence_card_number", s["card"], s["pid"])
        a.t(path, "phone_number", e["tel"], None, True)
        a.t(path, "person_name", e["kanji"], e["pid"])
        a.t(path, "phone_number", e["mobile"], e["pid"])
    ws2 = wb.create_sheet("雇用先連絡先")
    ws2.append(["事業所", "代表電話", "担当", "メモ"])
    for e in a.employers:
        ws2.append([e["shop"], e["tel"], e["sp"], "雇用契約書の写し受領済"])
        a.t(path, "person_name", e["kanji"], e["pid"])
    a.save(path, wb)


def remittances(a: School) -> None:
    """06_経費支弁/送金記録_2025上期.csv (UTF-8 with a BOM, CRLF): slip numbers passing the
    Luhn or My Number check."""
    rng, path = a.rng, "06_経費支弁/送金記録_2025上期.csv"
    rows = [["受付日", "学籍番号", "学生氏名", "送金人", "続柄", "送金元銀行", "送金元口座",
             "金額(円)", "伝票番号"]]
    for s in a.students[:36]:
        sp = s["sponsor"]
        day = date(2025, rng.randint(4, 9), rng.randint(1, 28))
        slip = luhn_number(rng, "50", 16) if rng.random() < 0.5 else my_number(rng)
        rows.append([day.isoformat(), s["sid"], s["roman"], sp["roman"], sp["rel"], sp["bank"],
                     sp["acct"], rng.choice([390000, 420000, 210000]), slip])
        a.t(path, "person_name", s["roman"], s["pid"])
        a.t(path, "person_name", sp["roman"], sp["pid"])
        a.t(path, "bank_account", sp["acct"], sp["pid"])
    a.share.write(path, csv_text(rows), "utf-8-sig")


def tuberculosis(a: School) -> None:
    """12_健康診断/結核検診結果_2025年度.xlsx: 25 students, findings sensitive; the reading
    doctor (D01)."""
    rng, path = a.rng, "12_健康診断/結核検診結果_2025年度.xlsx"
    wb, ws = workbook("結果", "2025年度 留学生 結核検診（胸部X線）結果一覧　※取扱注意", "A1:G1")
    ws.append(["学籍番号", "氏名", "生年月日", "国籍", "判定", "所見", "医療機関"])
    doctor = jp_name(rng)
    for s in rng.sample(a.students, 25):
        res = rng.choice(["異常なし"] * 6
                         + ["要精密検査", "結核疑い", "潜在性結核感染症（治療中）"])
        ok = res == "異常なし"
        ws.append([s["sid"], s["roman"], s["dob"].strftime("%Y/%m/%d"), s["nat"],
                   "A" if ok else "C", "" if ok else res, "新宿すこやかクリニック"])
        a.t(path, "person_name", s["roman"], s["pid"])
        a.t(path, "date_of_birth", s["dob"].isoformat(), s["pid"])
        if not ok:
            a.t(path, "sensitive", res, s["pid"])
    ws.append([])
    ws.append(["読影医", doctor["sp"]])
    a.t(path, "person_name", doctor["kanji"], "D01")
    a.save(path, wb)


def invoices(a: School) -> None:
    """14_会計/請求書発行一覧_2025.csv: invoice and receipt numbers that pass the My Number and
    Luhn checks (hard negatives); the school's 法人番号."""
    rng, path = a.rng, "14_会計/請求書発行一覧_2025.csv"
    rows = [["請求書番号", "発行日", "請求先", "法人番号", "金額", "受領番号"]]
    for k in range(15):
        inv = my_number(rng) if k % 2 == 0 else luhn_number(rng, "4", 16)
        rc = luhn_number(rng, "35", 16) if k % 3 == 0 else f"RC-{rng.randint(100000, 999999)}"
        rows.append([inv, f"2025-{rng.randint(4, 9):02d}-{rng.randint(1, 28):02d}",
                     rng.choice(["株式会社ベストフーズ", "Sao Viet Education JSC",
                                 "東都国際日本語学院 寮費"]),
                     a.school["corp"], rng.randint(10, 90) * 10000, rc])
    a.t(path, "corporate_number", a.school["corp"], None)
    a.share.write(path, csv_text(rows))


def staff_roster(a: School) -> None:
    """15_職員/教職員名簿_年末調整用.csv: every teacher and clerk's My Number and home."""
    path = "15_職員/教職員名簿_年末調整用.csv"
    rows = [["職員番号", "氏名", "フリガナ", "役職", "生年月日", "個人番号", "郵便番号", "住所",
             "携帯電話", "メール"]]
    for k, t in enumerate(a.staff):
        mn, addr = t["mn"], addr_str(t["addr"], k % 2 == 0)
        rows.append([f"T{k + 1:03d}", t["sp"], t["kana"], t["role"], era(t["dob"], k % 3),
                     f"{mn[:4]} {mn[4:8]} {mn[8:]}", "〒" + t["addr"]["zip"], addr,
                     a.phone(t["phone"], k % 6), t["mail"]])
        a.each(path, t["pid"], [
            ("person_name", t["kanji"] or t["roman"]), ("person_name", t["kana"]),
            ("date_of_birth", t["dob"].isoformat()), ("my_number", mn),
            ("postal_code", t["addr"]["zip"]), ("address", addr), ("phone_number", t["phone"])])
        a.t(path, "email_address", t["mail"], t["pid"], True)
    a.share.write(path, csv_text(rows))


def agents(a: School) -> None:
    """17_エージェント/提携エージェント一覧.tsv: the agents abroad."""
    path = "17_エージェント/提携エージェント一覧.tsv"
    rows = ["国\t機関名\t担当者\t電話\tメール\t備考"]
    for g in a.agents:
        rows.append(f"{g['nat']}\t{g['org']}\t{g['roman']}\t+{g['cc']} {g['pn']}\t{g['mail']}"
                    "\t紹介手数料 1名50,000円")
        a.each(path, g["pid"], [("person_name", g["roman"]), ("phone_number", g["phone"]),
                                ("email_address", g["mail"])])
    a.share.write(path, "\n".join(rows) + "\n")


def mock_results(a: School) -> None:
    """02_出席/JLPT模試結果_2025秋.tsv: 20 students, Chinese names in kanji."""
    rng, path = a.rng, "02_出席/JLPT模試結果_2025秋.tsv"
    rows = ["クラス\t氏名\tN3模試\t判定"]
    for s in rng.sample(a.students, 20):
        name = s["kanji_sp"] if s.get("kanji_sp") else s["roman"]
        rows.append(f"{s['cls']}\t{name}\t{rng.randint(40, 180)}\t"
                    f"{rng.choice(['合格圏', '要努力', 'ボーダー'])}")
        a.t(path, "person_name", name, s["pid"])
    a.share.write(path, "\n".join(rows) + "\n")

