"""The lab's tables: the participant master (CP932), the study ID key workbook (its password in a
memo sheet), the filled screening sheets, the wave 2 survey's raw answers (a spouse's name in a
free answer), the Google Form's export (BOM; a spouse's illness), the honorarium workbook (the
accounts, three My Numbers) and the reagent stock (lots passing the My Number check, Luhn-valid
order numbers).
"""

from __future__ import annotations

import openpyxl

from .identifiers import luhn_number, my_number
from .research_lab_people import SITES, UNIV, UNIV_ADDR, UNIV_CORP, Lab, era
from .share import csv_text, workbook

BANKS = [("みずほ銀行", "0001"), ("三菱UFJ銀行", "0005"), ("三井住友銀行", "0009"),
         ("ゆうちょ銀行", "9900"), ("横浜銀行", "0138"), ("りそな銀行", "0010")]
FAM_PROB = ["{r}の{n}が昨年から失業中で家計が苦しい", "{r}（{n}）の介護で睡眠が取れない",
            "{r} {n} との関係に悩んでいる。別居中", "配偶者の{n}が入院して付き添っている"]
KEY_PASSWORD = "Chs2024!key"
ITEMS = ["HbA1cカートリッジ", "採血管EDTA-2K", "血糖測定チップ", "アルコール綿"]


def master(w: Lab) -> None:
    """01_参加者管理/参加者マスタ_20241001.csv: the first 80 participants and the minor."""
    path = "01_参加者管理/参加者マスタ_20241001.csv"
    rows = [["参加者ID", "氏名", "フリガナ", "生年月日", "性別", "郵便番号", "住所", "電話",
             "メール", "同意日", "備考"]]
    for i, p in enumerate([*w.parts[:80], w.minor]):
        rows.append([p.sid, p.name() if i % 3 else p.name(""), p.kana(),
                     p.born.strftime("%Y/%m/%d"), "男" if p.sex == "M" else "女",
                     p.addr.dashed_zip, p.address, w.tel(p.mobile, i % 3), p.email,
                     p.consent.strftime("%Y/%m/%d"), "試薬Lot 230517-A確認済" if i == 7 else ""])
        w.facts(path, p, "name", "kana", "dob", "zip", "addr", "phone", "email")
    w.share.write(path, csv_text(rows), "cp932")


def key_file(w: Lab) -> None:
    """01_参加者管理/【厳重管理】対応表_研究ID_v3.xlsx: every participant by site with the
    student in charge, the withdrawn IDs and a memo sheet (the password)."""
    rng, path = w.rng, "01_参加者管理/【厳重管理】対応表_研究ID_v3.xlsx"
    wb, ws = workbook("対応表", "地域住民健康調査2024 研究ID対応表（持ち出し禁止・研究責任者管理）",
                      bold=True)
    ws.append([])
    ws.append(["研究ID", "氏名", "ふりがな", "生年月日", "連絡先", "担当"])
    r = 4
    for site, label in SITES:
        ws.cell(row=r, column=1, value=label)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        r += 1
        for p in w.parts:
            if p.site != site:
                continue
            st = rng.choice(w.students)
            ws.append([p.sid, p.name(), p.kana(), era(p.born, rng.randint(0, 2)),
                       w.tel(p.mobile, 1), st.last])
            r += 1
            w.facts(path, p, "name", "kana", "dob", "phone")
            w.surname(path, st)
    ws2 = wb.create_sheet("辞退者")
    ws2.append(["辞退者一覧（データ削除済み・IDのみ保持）"])
    ws2.append(["研究ID", "辞退日", "理由"])
    for p in w.parts[80:88]:
        ws2.append([p.sid, "2024/08/" + str(rng.randint(1, 28)),
                    rng.choice(["体調不良のため", "多忙", "家族の反対", "転居"])])
    ws3 = wb.create_sheet("管理メモ")
    for row in [("管理者", w.pi.name()), ("保管場所", "研究室 鍵付きキャビネット＋本ファイル"),
                ("パスワード", KEY_PASSWORD), ("最終更新", "2024/10/01"),
                ("科研費課題番号", "24K10987")]:
        ws3.append(row)
    w.name(path, w.pi)
    w.t(path, "credential", KEY_PASSWORD)
    w.save_xlsx(path, wb)


def screening(w: Lab) -> None:
    """01_参加者管理/スクリーニングシート_記入済.xlsx: a sheet each for the 21st to 23rd
    participants (diagnoses, medication), checked by the first student."""
    path, checker = "01_参加者管理/スクリーニングシート_記入済.xlsx", w.students[0]
    wb = openpyxl.Workbook()
    for k, p in enumerate(w.parts[20:23]):
        ws = wb.active if k == 0 else wb.create_sheet()
        ws.title = p.sid
        ws["A1"] = "適格性スクリーニングシート"
        ws.merge_cells("A1:B1")
        rows = [("研究ID", p.sid), ("氏名", p.name("")), ("フリガナ", p.kana()),
                ("生年月日", era(p.born, 1)), ("年齢", f"{p.age}歳"),
                ("連絡先", w.tel(p.mobile, 5)),
                ("既往歴", "、".join(p.dx) or "なし"),
                ("服薬", "メトホルミン" if any("糖尿" in x for x in p.dx) else "なし"),
                ("妊娠の可能性", "なし"), ("判定", "適格"), ("確認者", checker.name())]
        for row in rows:
            ws.append(row)
        w.facts(path, p, "name", "kana", "dob", "phone")
        for x in p.dx:
            w.t(path, "sensitive", x, p)
        w.name(path, checker)
    w.save_xlsx(path, wb)


def survey(w: Lab) -> None:
    """02_調査データ/wave2_survey_raw_utf8.csv: study IDs and answers; a spouse's name (or given
    name, neutral) in a family worry, else a diagnosis."""
    rng, path = w.rng, "02_調査データ/wave2_survey_raw_utf8.csv"
    rows = [["study_id", "q1_health", "q2_sleep_h", "q3_smoke", "q4_alcohol", "q10_free",
             "sample_id"]]
    for i, p in enumerate(w.parts[:80]):
        free = ""
        s = w.spouses.get(p.id)
        if s:
            template = rng.choice(FAM_PROB)
            free = template.format(n=s.first if rng.random() < 0.5 else s.name(""),
                                   r="夫" if s.sex == "M" else "妻")
            n = s.first if s.first in free and s.name("") not in free else s.name("")
            w.t(path, "person_name", n, s, n == s.first)
        elif p.dx and rng.random() < 0.5:
            free = f"{p.dx[0]}で通院中。薬を飲み忘れることがある"
            w.t(path, "sensitive", p.dx[0], p)
        elif rng.random() < 0.2:
            free = "特になし"
        rows.append([p.sid, rng.randint(1, 5), rng.choice([5, 6, 6.5, 7, 8]), rng.randint(0, 2),
                     rng.randint(0, 4), free, f"S24-{i + 1:05d}"])
    w.share.write(path, csv_text(rows, end="\n"))


def google_form(w: Lab) -> None:
    """02_調査データ/Googleフォーム_健康づくりアンケート（回答）.csv (UTF-8 with a BOM): the 31st
    to 62nd participants' mails, names and illnesses, a spouse's addiction or dementia."""
    rng, path = w.rng, "02_調査データ/Googleフォーム_健康づくりアンケート（回答）.csv"
    rows = [["タイムスタンプ", "メールアドレス", "お名前（フルネーム）", "年齢",
             "現在治療中の病気があれば教えてください", "ご家族のことで困っていること",
             "謝金の受け取り方法"]]
    for i, p in enumerate(w.parts[30:62]):
        ts = (f"2024/07/{rng.randint(1, 28)} {rng.randint(8, 22)}:{rng.randint(0, 59):02d}"
              f":{rng.randint(0, 59):02d}")
        ill = "、".join(p.dx) if p.dx else rng.choice(["なし", "特になし", ""])
        fam = ""
        s = w.spouses.get(p.id)
        if s and rng.random() < 0.7:
            husband = s.sex == "M"
            fam = (f"夫の{s.name()}がアルコール依存症で治療中" if husband
                   else f"妻の{s.name()}が認知症と診断された")
            w.name(path, s)
            w.t(path, "sensitive", "アルコール依存症" if husband else "認知症", s)
        rows.append([ts, p.email, p.name() if i % 2 else p.name(""), p.age, ill, fam,
                     rng.choice(["銀行振込", "QUOカード"])])
        w.facts(path, p, "name", "email")
        for x in p.dx:
            w.t(path, "sensitive", x, p)
    w.share.write(path, csv_text(rows), "utf-8-sig")


def payments(w: Lab) -> None:
    """04_謝金/謝金支払リスト_2024年度.xlsx: 23 payees' accounts (kept for the error memo) and
    the interviewees' addresses and My Numbers for the 支払調書; the university's 法人番号."""
    rng, path = w.rng, "04_謝金/謝金支払リスト_2024年度.xlsx"
    wb, ws = workbook("振込一覧",
                      "謝金振込一覧（経理提出用）　科研費 基盤研究(C) 課題番号 24K10987")
    ws.append(["No", "氏名", "カナ", "金融機関", "支店", "種別", "口座番号", "金額", "備考"])
    for i, p in enumerate(w.parts[40:43] + w.parts[50:70]):
        bank = rng.choice(BANKS)
        p.acct = f"{rng.randint(0, 9999999):07d}"
        ws.append([i + 1, p.name(), p.kana("　"), bank[0],
                   rng.choice(["本店", "八王子支店", "新宿支店", "橋本支店"]), "普通", p.acct,
                   5000 if i > 2 else 10000, ""])
        w.facts(path, p, "name", "kana")
        w.t(path, "bank_account", p.acct, p)
    ws2 = wb.create_sheet("支払調書用")
    ws2["A1"] = "報酬、料金、契約金及び賞金の支払調書 作成用（マイナンバー取扱注意）"
    ws2.append(["氏名", "住所", "個人番号", "支払金額", "源泉徴収税額"])
    for p in w.parts[40:43]:
        ws2.append([p.name(), p.address, p.mynum, 10000, 1021])
        w.facts(path, p, "addr")
        w.t(path, "my_number", p.mynum, p)
    ws2.append([])
    ws2.append(["支払者", UNIV, UNIV_ADDR, UNIV_CORP, ""])
    w.save_xlsx(path, wb)
    w.t(path, "corporate_number", UNIV_CORP)


def reagents(w: Lab) -> None:
    """11_試薬・備品/試薬在庫.csv: twelve stock rows, hard negatives all (lots passing the My
    Number check, JAN-like codes, Luhn-valid order numbers)."""
    rng = w.rng
    rows = [["品名", "メーカー", "Lot番号", "カタログ番号", "JAN", "使用期限", "発注番号"]]
    for _ in range(12):
        rows.append([rng.choice(ITEMS), rng.choice(["A社", "B社", "C社"]), my_number(rng),
                     f"CAT-{rng.randint(1000, 9999)}", "45" + f"{rng.randint(0, 10**10):011d}",
                     f"2025-{rng.randint(1, 12):02d}-01",
                     luhn_number(rng, rng.choice(["4", "53", "35"]), 16, redraw=True)])
    w.share.write("11_試薬・備品/試薬在庫.csv", csv_text(rows, end="\n"))
