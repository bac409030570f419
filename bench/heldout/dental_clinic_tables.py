"""The dental clinic's tables: the レセコン's CP932 患者台帳 and the 保険証確認 TSV (受付番号
passing the My Number check; the 保険者番号 neutral beside each patient's 記号・番号), the
問診票 入力一覧 (a condition or 妊娠中 recorded once a file), the recall postcards' address
list, the 職員台帳 (個人番号, 基礎年金番号, licences, accounts; the clinic's 法人番号) and the
全銀 salary file in half-width kana (the clinic's own account neutral)."""

from __future__ import annotations

from openpyxl.styles import Alignment

from .dental_clinic_people import DentalClinic, Person
from .identifiers import licence_number
from .japanese import fphone, half_width_kana, wareki_short
from .share import csv_text, workbook

DISEASES = ["糖尿病", "高血圧", "心臓病", "脳梗塞", "喘息", "肝炎", "腎臓病", "骨粗鬆症",
            "てんかん"]
LEDGER_HEAD = ["カルテ番号", "氏名", "カナ", "性別", "生年月日", "保険者番号", "記号・番号",
               "電話番号", "郵便番号", "住所", "初診日", "最終来院日", "保護者"]
STAFF_HEAD = ["職員番号", "氏名", "フリガナ", "職種", "生年月日", "入社日", "免許種別",
              "免許番号", "運転免許証番号", "メール", "マイナンバー", "基礎年金番号", "銀行",
              "支店", "口座番号", "携帯電話"]
BANKS = [("横浜銀行", "0138"), ("三菱ＵＦＪ銀行", "0005"), ("ゆうちょ銀行", "9900"),
         ("横浜信用金庫", "1280")]
BRANCHES = [("港北支店", "123"), ("日吉支店", "456"), ("綱島支店", "311"), ("菊名支店", "208")]
LICENCES = {"歯科医師": "歯科医師免許", "歯科衛生士": "歯科衛生士免許", "事務": ""}


def ledger(h: DentalClinic) -> None:
    """患者台帳 (CP932): every patient, 訪問 ones too, with a child's guardian; the 保険者番号
    is the insurer's (neutral)."""
    path = "レセコン/患者台帳_20261120.csv"
    a = h.add
    rows = [LEDGER_HEAD]
    for p in h.patients + h.visits:
        g = h.guardians.get(p.id)
        tel, dob, home = fphone(p.tel), wareki_short(p.born, padded=False), p.addr.line()
        rows.append([p.karte, p.name(), p.kana(), "男" if p.sex == "M" else "女", dob, p.insurer,
                     p.kigo, tel, p.addr.postal, home,
                     wareki_short(p.first_visit, padded=False).replace(".", "/"),
                     h.day(2025, 2026).strftime("%Y/%m/%d"), g.name() if g else ""])
        a(path, "person_name", p.name(), p)
        a(path, "person_name", p.kana(), p)
        a(path, "date_of_birth", dob, p, born=p.born)
        a(path, "health_insurance_number", p.insurer, p, True)
        a(path, "health_insurance_number", p.kigo, p)
        a(path, "phone_number", tel, p)
        a(path, "postal_code", p.addr.postal, p)
        a(path, "address", home, p)
        if g:
            a(path, "person_name", g.name(), g)
    h.share.write(path, csv_text(rows), "cp932")


def insurance_checks(h: DentalClinic) -> None:
    """保険証確認: 25 patients' cards checked at the desk, by a receptionist's surname."""
    path = "レセコン/保険証確認_2026-11.tsv"
    R, a = h.rng, h.add
    rows = [["確認日", "カルテNo", "患者氏名", "保険者番号", "被保険者記号番号", "資格確認",
             "受付番号", "確認者"]]
    for p in R.sample(h.patients, 25):
        receipt = h.my_number()
        s = R.choice(h.staff[7:9])
        kigo = p.kigo.replace("・", "-")
        rows.append([h.day(2026, 2026).isoformat(), p.karte, p.name(" "), p.insurer, kigo,
                     R.choice(["マイナ保険証", "資格確認書", "保険証"]), receipt, s.last])
        a(path, "person_name", p.name(" "), p)
        a(path, "health_insurance_number", p.insurer, p, True)
        a(path, "health_insurance_number", kigo, p)
        a(path, "person_name", s.last, s, True)
    h.share.write(path, csv_text(rows, "\t"))


def questionnaire_list(h: DentalClinic) -> None:
    """問診票 入力一覧: 26 patients' histories under merged headings; each condition (and
    妊娠中, neutral) recorded once, for its first patient."""
    path = "問診票/問診票_入力一覧_2026.xlsx"
    R, a = h.rng, h.add
    wb, ws = workbook("入力一覧", "問診票 入力一覧（受付入力用）　" + h.clinic, "A1:I1",
                      bold=True)
    ws.merge_cells("A2:D2")
    ws["A2"] = "患者情報"
    ws.merge_cells("E2:I2")
    ws["E2"] = "健康状態"
    ws["A2"].alignment = ws["E2"].alignment = Alignment(horizontal="center")
    ws.append(["カルテNo", "氏名", "生年月日", "年齢", "既往歴", "服薬中の薬", "アレルギー",
               "妊娠", "備考"])
    recorded: set[str] = set()
    for p in R.sample(h.patients, 26):
        conditions = R.sample(DISEASES, R.choice([0, 1, 1, 2]))
        pregnant = ("妊娠中" if p.sex == "F" and 1988 < p.born.year < 2002 and R.random() < 0.4
                    else "")
        ws.append([p.karte, p.name(" "), p.born, 2026 - p.born.year,
                   "、".join(conditions) or "特になし",
                   R.choice(["", "降圧剤", "血糖降下薬", "抗凝固薬（ワーファリン）", "なし"]),
                   R.choice(["", "", "金属", "ペニシリン", "ラテックス"]), pregnant,
                   R.choice(["", "", "嘔吐反射強い", "歯科恐怖症"])])
        a(path, "person_name", p.name(" "), p)
        a(path, "date_of_birth", p.born.isoformat(), p)
        for c in conditions:
            if c not in recorded:
                a(path, "sensitive", c, p)
                recorded.add(c)
        if pregnant and pregnant not in recorded:
            a(path, "sensitive", pregnant, p, True)
            recorded.add(pregnant)
    for (cell,) in ws.iter_rows(min_row=4, min_col=3, max_col=3):
        cell.number_format = "yyyy/mm/dd"
    choices = wb.create_sheet("選択肢")
    for x in ["既往歴の選択肢", *DISEASES, "妊娠中", "授乳中", "アレルギー"]:
        choices.append([x])
    h.share.save(path, wb)


def recall(h: DentalClinic) -> None:
    """定期検診のお知らせ: 40 postcards' addresses (a hygienist's surname, neutral) and the
    card's text signed by the clinic and the director (neutral)."""
    path = "リコール/定期検診のお知らせ_2026秋.xlsx"
    R, a = h.rng, h.add
    wb, ws = workbook("宛名", "定期検診のお知らせ　はがき宛名リスト（2026年11月発送）", "A1:H1")
    ws.merge_cells("B2:D2")
    ws["B2"] = "宛先"
    ws.append(["No", "郵便番号", "住所1", "住所2", "氏名", "敬称", "カルテ番号", "前回来院日",
               "担当衛生士"])
    for i, p in enumerate(R.sample(h.patients, 40), 1):
        hyg = R.choice(h.hygienists)
        line = p.addr.dashed(pref=True)
        ws.append([i, "〒" + p.addr.postal, line, p.addr.bldg, p.name(" "), "様", p.karte,
                   h.day(2025, 2026).strftime("%Y/%m/%d"), hyg.last])
        a(path, "postal_code", p.addr.postal, p)
        a(path, "address", line, p)
        a(path, "person_name", p.name(" "), p)
        a(path, "person_name", hyg.last, hyg, True)
    text = wb.create_sheet("文面")
    text["A1"] = "定期検診のお知らせ"
    text["A2"] = "前回の検診から半年が経ちました。お口の健康を守るため、定期検診をおすすめします。"
    text["A4"] = h.clinic
    text["A5"] = h.addr
    text["A6"] = "TEL " + fphone(h.tel)
    text["A7"] = "院長　" + h.director.name()
    a(path, "address", h.addr, None, True)
    a(path, "phone_number", fphone(h.tel), None, True)
    a(path, "person_name", h.director.name(), h.director, True)
    h.share.save(path, wb)


def _staff_row(h: DentalClinic, i: int, s: Person) -> list[object]:
    """A 職員一覧 row, drawing the staff member's numbers: a 免許番号 (not 事務), 個人番号,
    基礎年金番号, account, a 運転免許証番号 (dentists, the 訪問 hygienist, three in ten of the
    rest) and a mail address where none."""
    R = h.rng
    lic_no = ""
    if s.lic == "歯科医師":
        lic_no = f"第{R.randint(100000, 199999)}号"
    elif s.lic == "歯科衛生士":
        lic_no = f"第{R.randint(50000, 150000)}号"
    s.my_number = h.my_number()
    s.pension = f"{R.randint(1000, 9999)}-{R.randint(100000, 999999)}"
    s.bank = (R.choice(BANKS), R.choice(BRANCHES), f"{R.randint(1000000, 9999999)}")
    drives = s.title.startswith("歯科衛生士（訪問") or s.lic == "歯科医師" or R.random() < 0.3
    s.licence = licence_number(R, R.choice([30, 45, 45, 45]), reissues=(0, 0, 1)) if drives else ""
    s.email = s.email or f"{h.faker.user_name()}{R.randint(1, 99)}@gmail.com"
    hired = h.day(min(max(s.born.year + 20, 2003), 2025), 2025)
    return [f"S{i:03d}", s.name(), s.kana(), s.title, s.born.strftime("%Y/%m/%d"),
            hired.strftime("%Y/%m/%d"), LICENCES[s.lic], lic_no, s.licence, s.email,
            s.my_number, s.pension, s.bank[0][0], s.bank[1][0], s.bank[2], fphone(s.mobile)]


def staff_register(h: DentalClinic) -> None:
    """職員台帳: the staff's numbers, their homes, and the clinic's particulars (its 法人番号
    expected; 施設基準届出受理番号 passing the My Number check)."""
    path = "総務/職員台帳_2026.xlsx"
    R, a = h.rng, h.add
    wb, ws = workbook("職員一覧", f"{h.clinic}　職員台帳（社外秘）", "A1:P1")
    for span, head in [("A2:F2", "基本情報"), ("G2:J2", "資格"), ("K2:P2", "給与・社保")]:
        ws.merge_cells(span)
        ws[span[:2]] = head
    ws.append(STAFF_HEAD)
    for i, s in enumerate(h.staff, 1):
        ws.append(_staff_row(h, i, s))
        a(path, "person_name", s.name(), s)
        a(path, "person_name", s.kana(), s)
        a(path, "date_of_birth", s.born.strftime("%Y/%m/%d"), s, born=s.born)
        if s.licence:
            a(path, "drivers_license_number", s.licence, s)
        a(path, "email_address", s.email, s)
        a(path, "my_number", s.my_number, s)
        a(path, "basic_pension_number", s.pension, s)
        a(path, "bank_account", s.bank[2], s)
        a(path, "phone_number", fphone(s.mobile), s)
    homes = wb.create_sheet("住所・緊急連絡先")
    homes.append(["氏名", "郵便番号", "住所", "自宅電話", "緊急連絡先（続柄）"])
    for s in h.staff:
        line = s.addr.line()
        homes.append([s.name(" "), s.addr.postal, line, fphone(s.home) if s.home else "", ""])
        a(path, "person_name", s.name(" "), s)
        a(path, "postal_code", s.addr.postal, s)
        a(path, "address", line, s)
        if s.home:
            a(path, "phone_number", fphone(s.home), s)
    info = wb.create_sheet("医院情報")
    for row in [("法人名", h.clinic), ("法人番号", h.corp), ("所在地", h.addr),
                ("電話", fphone(h.tel)), ("理事長", h.director.name()),
                ("保険医療機関コード", f"14{R.randint(1000000, 9999999)}"),
                ("施設基準届出受理番号", h.my_number())]:
        info.append(row)
    a(path, "corporate_number", h.corp)
    a(path, "address", h.addr, None, True)
    a(path, "phone_number", fphone(h.tel), None, True)
    h.share.save(path, wb)


def payroll(h: DentalClinic) -> None:
    """給与振込 (CP932, 全銀 records as CSV): the staff's names in half-width kana and their
    accounts; the clinic's own account in the header (neutral)."""
    path = "総務/給与振込_202611.csv"
    R, a = h.rng, h.add
    rows = [["1", "21", "0", f"{R.randint(1000000000, 9999999999)}",
             half_width_kana("イリヨウホウジンシヤダン"), "1125", "0138", "ﾖｺﾊﾏ", "123", "ｺｳﾎｸ",
             "1", "1234567"]]
    for s in h.staff:
        kana = half_width_kana(s.kana(" "))
        rows.append(["2", s.bank[0][1], "", s.bank[1][1], "", "", "1", s.bank[2], kana,
                     str(R.randint(180000, 650000)), "0", ""])
        a(path, "person_name", kana, s)
        a(path, "bank_account", s.bank[2], s)
    a(path, "bank_account", "1234567", None, True)
    rows += [["8", str(len(h.staff)), "", "", "", "", "", "", "", "", "", ""], ["9"]]
    h.share.write(path, csv_text(rows), "cp932")
