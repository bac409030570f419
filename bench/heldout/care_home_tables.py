"""The home's spreadsheets and exports: the resident ledger (floors, 身元引受人, one resident's
個票), the care system's CP932 export, the 服薬管理表, the 全銀 口座振替 file, the invoice CSV,
the staff register (個人番号, 基礎年金番号, salary accounts, emergency contacts), the shift CSV,
the day-service users (.xlsx) and the 家族会 address TSV.

Hard negatives: every 請求番号 passes both the My Number check and Luhn; the pharmacy's
numbers are neutral.
"""

from __future__ import annotations

from openpyxl.styles import Font

from .care_home_people import Home, wareki
from .japanese import bank_kana
from .share import csv_text, padded, workbook

DRUGS = {"高血圧症": "アムロジピン錠5mg", "2型糖尿病": "メトホルミン錠250mg",
         "心房細動": "エリキュース錠2.5mg", "アルツハイマー型認知症": "ドネペジル錠5mg",
         "パーキンソン病": "レボドパ配合錠", "骨粗鬆症": "アレンドロン酸錠35mg",
         "慢性心不全": "フロセミド錠20mg", "うつ病": "セルトラリン錠25mg",
         "前立腺肥大症": "タムスロシンOD錠0.2mg", "慢性腎臓病": "クレメジン細粒",
         "脳梗塞後遺症": "クロピドグレル錠75mg", "変形性膝関節症": "カロナール錠200",
         "大腿骨頸部骨折術後": "エルデカルシトール", "誤嚥性肺炎既往": "半夏厚朴湯"}
SHIFTS = ["早", "日", "遅", "夜", "明", "休"]
PAYER_BANKS = [("0001", "ミズホ"), ("0005", "ミツビシユーエフジエイ"), ("0009", "ミツイスミトモ"),
               ("0137", "キラボシ"), ("9900", "ユウチヨ")]


def ledger(h: Home) -> None:
    """入居者台帳: residents by floor, their 身元引受人, and the first resident's 個票."""
    rng, path = h.rng, "01_入居者管理/入居者台帳_2024年11月.xlsx"
    wb, ws = workbook("入居者一覧", "入居者台帳（2024年11月1日現在）　さくらの丘町田", "A1:L1")
    ws["A1"].font = Font(bold=True, size=14)
    ws.append([])
    ws.append(["居室", "入居者氏名", "フリガナ", "性別", "生年月日", "要介護度",
               "介護保険被保険者番号", "後期高齢者医療被保険者番号", "主治医", "既往歴・病名",
               "入居日", "備考"])
    for floor in (2, 3, 4):
        ws.append([f"{floor}F"])
        ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=12)
        for r in sorted([x for x in h.residents if x.room[0] == str(floor)], key=lambda x: x.room):
            style = rng.choice([0, 1, 2])
            ws.append([r.room, h.name(r), r.kana("　"), "男" if r.sex == "M" else "女",
                       wareki(r.born, style), r.kaigo, r.hihoken, r.kouki,
                       f"{r.doc.clinic} {r.doc.last}医師", "、".join(r.dx),
                       r.moved_in.strftime("%Y/%m/%d"),
                       rng.choice(["", "", "車椅子", "刻み食", "夜間おむつ"])])
            h.t(path, "person_name", h.name(r), r)
            h.t(path, "person_name", r.kana(), r)
            h.t(path, "date_of_birth", r.born.isoformat(), r)
            h.t(path, "health_insurance_number", r.hihoken, r)
            h.t(path, "health_insurance_number", r.kouki, r)
            for d in r.dx:
                h.t(path, "sensitive", d, r)
            h.t(path, "person_name", r.doc.last, r.doc, neutral=True)
    guarantors = wb.create_sheet("身元引受人")
    guarantors.append(["身元引受人・緊急連絡先一覧"])
    guarantors.append([])
    guarantors.append(["居室", "入居者氏名", "身元引受人氏名", "続柄", "電話番号", "携帯電話",
                       "郵便番号", "住所", "メール"])
    for r in h.residents:
        g = r.g
        a = h.address(g.addr, rng.random() < 0.7)
        em = g.email if rng.random() < 0.5 else ""
        guarantors.append([r.room, h.name(r), h.name(g) + rng.choice(["", " 様"]), g.rel,
                           h.phone(g.tel), h.phone(g.mobile), g.addr.zip_line(1), a, em])
        h.t(path, "person_name", h.name(g), g)
        h.t(path, "phone_number", g.tel, g)
        h.t(path, "phone_number", g.mobile, g)
        h.t(path, "postal_code", g.addr.postal, g)
        h.t(path, "address", a, g)
        if em:
            h.t(path, "email_address", em, g)
    r0 = h.residents[0]
    sheet = wb.create_sheet("個票_" + r0.room)
    sheet["A1"] = "入居者基本情報シート"
    sheet.merge_cells("A1:D1")
    rows = [("氏名", r0.name("　")), ("ふりがな", r0.kana("　")), ("生年月日", wareki(r0.born, 0)),
            ("前住所", h.address(r0.addr, True, 2)), ("電話", h.phone(r0.tel, 3)),
            ("要介護度", r0.kaigo), ("被保険者番号", r0.hihoken), ("病名", "、".join(r0.dx)),
            ("身元引受人", f"{h.name(r0.g)}（{r0.g.rel}）"), ("連絡先", h.phone(r0.g.mobile, 0))]
    for i, (label, value) in enumerate(rows):
        sheet.cell(row=3 + i, column=1, value=label)
        sheet.cell(row=3 + i, column=2, value=value)
    h.t(path, "address", h.address(r0.addr, True, 2), r0)
    h.t(path, "phone_number", r0.tel, r0)
    h.book(path, wb)


def care_export(h: Home) -> None:
    """The care-record system's CP932 export of every resident, and their care manager."""
    path = "01_入居者管理/export/kaigo_riyousha_20241101.csv"
    rows = [["利用者ID", "氏名", "カナ氏名", "性別", "生年月日", "年齢", "要介護度",
             "認定有効期間終了", "被保険者番号", "保険者番号", "居室", "担当CM"]]
    cm = ([s for s in h.staff if s.role == "ケアマネジャー"] or [h.staff[3]])[0]
    for i, r in enumerate(h.residents):
        rows.append([f"{100200 + i:06d}", r.name(" "), r.kana(), "男" if r.sex == "M" else "女",
                     wareki(r.born, 1), 2024 - r.born.year, r.kaigo, wareki(h.day(2025, 2026), 1),
                     r.hihoken, "132092", r.room, cm.name(" ")])
        h.t(path, "person_name", h.name(r), r)
        h.t(path, "person_name", r.kana(), r)
        h.t(path, "date_of_birth", r.born.isoformat(), r)
        h.t(path, "health_insurance_number", r.hihoken, r)
    h.t(path, "person_name", h.name(cm), cm)
    h.share.write(path, csv_text(rows), "cp932")


def medication(h: Home) -> None:
    """服薬管理表: 24 residents' conditions and drugs, and the pharmacy (neutral)."""
    rng, path = h.rng, "01_入居者管理/服薬管理表_11月.xlsx"
    wb, ws = workbook("服薬一覧", "服薬管理表　令和6年11月分", "A1:H1")
    ws.append(["居室", "氏名", "病名", "薬剤名", "朝", "昼", "夕", "処方医"])
    for r in h.residents[:24]:
        for j, d in enumerate(r.dx):
            ws.append([r.room if j == 0 else "", h.name(r) if j == 0 else "", d, DRUGS[d], 1,
                       rng.choice([0, 1]), 1, f"{r.doc.name()} 先生"])
            h.t(path, "sensitive", d, r)
        h.t(path, "person_name", h.name(r), r)
        h.t(path, "person_name", r.doc.name(""), r.doc)
    pharmacy = wb.create_sheet("薬局連絡先")
    pharmacy.append(["薬局名", "電話", "FAX", "担当"])
    phone = "0427" + f"{rng.randint(0, 999999):06d}"
    pharmacy.append(["あおば調剤薬局 小山店", h.phone(phone, 0), "042-798-0000", "薬剤師 担当窓口"])
    h.t(path, "phone_number", phone, None, neutral=True)
    h.t(path, "phone_number", "0427980000", None, neutral=True)
    h.book(path, wb)


def transfers(h: Home) -> None:
    """November's 口座振替 request (全銀, CP932, half-width kana): a payer a resident, the
    guarantor seven times in ten."""
    rng, path = h.rng, "04_請求/口座振替/FURIKAE_202411.txt"
    records = ["1910" + "1234567890" + padded(bank_kana("カ)サクラケアサービス"), 40) + "1127"
               + "0005" + padded(bank_kana("ミツビシユーエフジエイ"), 15) + "123"
               + padded(bank_kana("マチダ"), 15) + "1" + "0712345" + " " * 17]
    total = 0
    for i, r in enumerate(h.residents):
        payer = r.g if rng.random() < 0.7 else r
        code, bank = rng.choice(PAYER_BANKS)
        account = f"{rng.randint(1000000, 9999999):07d}"
        amount = rng.choice([285000, 312400, 298750, 334100])
        total += amount
        kana = bank_kana(payer.kana(" "))
        records.append("2" + code + padded(bank_kana(bank), 15) + f"{rng.randint(1, 999):03d}"
                       + padded(bank_kana("ホンテン"), 15) + "    " + "1" + account
                       + padded(kana, 30) + f"{amount:010d}" + "0"
                       + f"{100200 + i:06d}".ljust(20) + "0" + " " * 8)
        h.t(path, "person_name", kana, payer)
        h.t(path, "bank_account", account, payer)
    records.append("8" + f"{len(h.residents):06d}" + f"{total:012d}" + " " * 101)
    records.append("9" + " " * 119)
    h.share.write(path, "\r\n".join(records) + "\r\n", "cp932")


def invoices(h: Home) -> None:
    """November's invoices; each 請求番号 passes the My Number check and Luhn."""
    rng, path = h.rng, "04_請求/請求一覧_2024年11月.csv"
    rows = [["請求番号", "居室", "契約者", "請求額", "内訳", "発行日"]]
    for r in h.residents:
        rows.append([h.check_number("20241"), r.room, h.name(r) + " 様",
                     rng.choice([285000, 312400]), "居住費・食費・管理費・介護保険自己負担",
                     "2024/11/01"])
        h.t(path, "person_name", h.name(r), r)
    h.share.write(path, "\ufeff" + csv_text(rows))


def staff_register(h: Home) -> None:
    """職員名簿: 個人番号 (every third spaced), 基礎年金番号, accounts; eight staff's
    emergency contacts (their mothers, counted)."""
    rng, path = h.rng, "08_職員/職員名簿_2024.xlsx"
    wb, ws = workbook("職員名簿", "職員名簿（取扱注意）", "A1:N1")
    ws.append([])
    ws.append(["職員番号", "氏名", "フリガナ", "生年月日", "職種", "資格", "資格登録番号", "住所",
               "携帯", "個人番号", "基礎年金番号", "振込銀行", "支店", "口座番号"])
    for i, s in enumerate(h.staff):
        a = h.address(s.addr, rng.random() < 0.5)
        mn = s.my_number if i % 3 else f"{s.my_number[:4]} {s.my_number[4:8]} {s.my_number[8:]}"
        ws.append([f"SK{i + 1:03d}", h.name(s), s.kana("　"),
                   wareki(s.born, rng.choice([0, 1, 4])), s.role, s.qual, s.qual_no, a,
                   h.phone(s.mobile), mn, s.pension[:4] + "-" + s.pension[4:], s.bank, s.branch,
                   "普通 " + s.account])
        h.t(path, "person_name", h.name(s), s)
        h.t(path, "person_name", s.kana(), s)
        h.t(path, "date_of_birth", s.born.isoformat(), s)
        h.t(path, "address", a, s)
        h.t(path, "phone_number", s.mobile, s)
        h.t(path, "my_number", s.my_number, s)
        h.t(path, "basic_pension_number", s.pension, s)
        h.t(path, "bank_account", s.account, s)
    contacts = wb.create_sheet("緊急連絡先")
    contacts.append(["氏名", "緊急連絡先（続柄）", "電話"])
    mothers = []
    for s in h.staff[:8]:
        name = h.name(s)
        mother = s.last + " " + h.faker.first_name_female_pair()[0]
        phone = h.phone(h.landline())
        contacts.append([name, mother + "（母）", phone])
        mothers.append((mother, phone))
    h.book(path, wb)
    for i, (mother, phone) in enumerate(mothers):
        h.t(path, "person_name", mother, f"E{i + 1:03d}")
        h.t(path, "phone_number", phone, f"E{i + 1:03d}")


def shifts(h: Home) -> None:
    """November's first fortnight of shifts (CP932)."""
    rng, path = h.rng, "08_職員/shift_202411.csv"
    rows = [["氏名"] + [f"11/{d}" for d in range(1, 15)]]
    for s in h.staff:
        rows.append([s.name(" ")] + [rng.choice(SHIFTS) for _ in range(14)])
        h.t(path, "person_name", h.name(s), s)
    h.share.write(path, csv_text(rows), "cp932")


def day_users(h: Home) -> None:
    """デイ利用者一覧: pickup addresses, half-width kana, キーパーソン; their conditions."""
    rng, path = h.rng, "10_デイサービス/デイ利用者一覧.xlsx"
    wb, ws = workbook("利用者", "デイサービスさくら 利用者一覧", "A1:K1")
    ws.append(["No", "氏名", "ﾌﾘｶﾞﾅ", "生年月日", "要介護度", "利用曜日", "送迎先住所", "電話",
               "キーパーソン", "続柄", "KP連絡先"])
    for i, u in enumerate(h.day_users):
        a = h.address(u.addr, rng.random() < 0.4)
        kp = u.g
        ws.append([i + 1, h.name(u), bank_kana(u.kana(" ")), wareki(u.born, rng.choice([1, 2, 3])),
                   u.kaigo, u.days, a, h.phone(u.tel), h.name(kp), kp.rel, h.phone(kp.mobile)])
        h.t(path, "person_name", h.name(u), u)
        h.t(path, "person_name", bank_kana(u.kana(" ")), u)
        h.t(path, "date_of_birth", u.born.isoformat(), u)
        h.t(path, "address", a, u)
        h.t(path, "phone_number", u.tel, u)
        h.t(path, "person_name", h.name(kp), kp)
        h.t(path, "phone_number", kp.mobile, kp)
    notes = wb.create_sheet("病歴・注意事項")
    notes.append(["氏名", "病名", "注意事項"])
    for u in h.day_users:
        notes.append([u.name(""), u.dx[0],
                      rng.choice(["入浴時見守り", "インスリン自己注射", "水分制限", ""])])
        h.t(path, "sensitive", u.dx[0], u)
    h.book(path, wb)


def family_addresses(h: Home) -> None:
    """宛名リスト: sixteen guarantors' 〒, address and name for the 家族会 mailing (TSV)."""
    path = "12_その他/宛名リスト_家族会.tsv"
    lines = ["郵便番号\t住所1\t氏名\t敬称\n"]
    for r in h.residents[10:26]:
        g = r.g
        a = h.address(g.addr, True, 0)
        lines.append(f"{g.addr.zip_line(1)}\t{a}\t{g.name(' ')}\t様\n")
        h.t(path, "postal_code", g.addr.postal, g)
        h.t(path, "address", a, g)
        h.t(path, "person_name", h.name(g), g)
    h.share.write(path, "".join(lines))

