"""The private school's tables: the CP932 生徒名簿 (last year's in the archive too), the 保護者
連絡網 workbook, the applicants' TSV, the 口座振替 file with half-width-kana holders, the 奨学金
forms a sheet each, the 教職員台帳, the 海外研修 participants with passports and the 同窓会
mailing list."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import openpyxl
from openpyxl.styles import Alignment, Font

from .japanese import bank_kana, wareki
from .private_school_people import (
    SCHOOL,
    SCHOOL_ADDR,
    SCHOOL_TEL,
    TRAVEL_CO,
    TRAVEL_TEL,
    Person,
    School,
    birth,
    grade_name,
    tel,
)
from .share import csv_text, workbook

DEBIT_BANKS = [("0001", "ﾐｽﾞﾎ"), ("0005", "ﾐﾂﾋﾞｼﾕ-ｴﾌｼﾞｴｲ"), ("0009", "ﾐﾂｲｽﾐﾄﾓ"),
               ("1344", "ｼﾞﾖｳﾅﾝｼﾝｷﾝ"), ("0397", "ｼﾖｳｺｳﾁﾕｳｷﾝ")]
REASONS = ["父の病気（うつ病）による休職のため収入が減少しました。",
           "ひとり親家庭となり、家計が苦しいため。", "兄弟の進学が重なり学費負担が大きいため。"]


def roster_text(s: School, path: str, students: Sequence[Person]) -> str:
    """生徒名簿 rows as Excel writes them: names spaced three ways, the address with or without
    its 都道府県, the guardian's mobile with or without hyphens."""
    rows = [["学籍番号", "学年", "組", "氏名", "ふりがな", "性別", "生年月日", "郵便番号", "住所",
             "自宅電話", "保護者氏名", "続柄", "保護者携帯", "保護者メール", "入学日"]]
    for i, st in enumerate(students):
        g, a, home = st.g0, st.addr, st.fam.home
        gname = g.name("　") if i % 3 else g.name("")
        sname = st.name("　") if i % 2 else st.name(" ")
        address = a.full() if i % 4 else a.short()
        entered = date(2026 - st.grade + 1 - (3 if st.grade > 3 else 0), 4, 6)
        rows.append([st.sid, grade_name(st.grade), st.cls, sname, st.kana(),
                     "男" if st.sex == "M" else "女", st.born.strftime("%Y/%m/%d"), a.zip(),
                     address, tel(home) if home else "", gname, g.rel, tel(g.mobile, i % 2),
                     g.email, entered.strftime("%Y/%m/%d")])
        for who, value, category in [(st, sname, "person_name"), (st, st.kana(), "person_name"),
                                     (st, st.born.isoformat(), "date_of_birth"),
                                     (st, a.postal, "postal_code"), (st, address, "address")]:
            s.add(path, category, value, who)
        if home:
            s.add(path, "phone_number", home, st)
        for value, category in [(gname, "person_name"), (g.mobile, "phone_number"),
                                (g.email, "email_address")]:
            s.add(path, category, value, g)
    return csv_text(rows)


def roster(s: School) -> None:
    """This year's 生徒名簿 (CP932) by grade, class and reading."""
    path = "01_生徒/生徒名簿_2026年度.csv"
    students = sorted(s.students, key=lambda st: (st.grade, st.cls, st.last_kana))
    s.share.write(path, roster_text(s, path, students), "cp932")


def contact_network(s: School) -> None:
    """緊急連絡網, a sheet a level: every guardian's mobile and employer with its phone (the
    employer and its phone neutral), the clerk who made it, a 記入例 sheet."""
    R = s.rng
    path = "01_生徒/保護者連絡網.xlsx"
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for level, grades in (("中学", (1, 2, 3)), ("高校", (4, 5, 6))):
        ws = wb.create_sheet(f"{level}部")
        ws.merge_cells("A1:G1")
        ws["A1"] = f"{SCHOOL} {level}部 緊急連絡網（2026年度）"
        ws["A1"].font = Font(bold=True, size=14)
        ws.merge_cells("A2:C2")
        ws["A2"] = "生徒"
        ws.merge_cells("D2:G2")
        ws["D2"] = "保護者"
        ws.append(["学年", "組", "生徒氏名", "保護者名", "続柄", "連絡先1", "連絡先2（勤務先等）"])
        for st in sorted([x for x in s.students if x.grade in grades],
                         key=lambda x: (x.grade, x.cls)):
            for j, g in enumerate(st.fam.guardians):
                work = f"03{R.randint(30000000, 69999999)}"
                first = [grade_name(st.grade), st.cls, st.name("")] if j == 0 else ["", "", ""]
                ws.append([*first, g.name(), g.rel, tel(g.mobile, 1), f"{g.employer} {tel(work)}"])
                if j == 0:
                    s.add(path, "person_name", st.name(""), st)
                s.add(path, "person_name", g.name(), g)
                s.add(path, "phone_number", g.mobile, g)
                s.add(path, "phone_number", work, neutral=True)
                s.add(path, "person_name", g.employer, neutral=True)
        ws.append([])
        ws.append(["作成:", s.clerk.name(), "", "内線", "215"])
        s.add(path, "person_name", s.clerk.name(), s.clerk, neutral=True)
    ws = wb.create_sheet("記入例")
    ws.append(["学年", "組", "生徒氏名", "保護者名", "続柄", "連絡先1"])
    ws.append(["中1", "A", "清陵 花子", "清陵 太郎", "父", "090-0000-0000"])
    s.share.save(path, wb)


def applicants(s: School) -> None:
    """2027年度 出願者一覧 (UTF-8 TSV): births in 和暦 or 年月日, 受付番号 passing the My Number
    check, one applicant's 障害者手帳."""
    R = s.rng
    path = "02_入試/2027年度_出願者一覧.tsv"
    rows = [["受験番号", "受付番号", "受付日", "志願者氏名", "フリガナ", "生年月日", "性別",
             "出身小学校", "保護者氏名", "続柄", "郵便番号", "住所", "電話番号", "メールアドレス",
             "備考"]]
    for i, ap in enumerate(s.applicants):
        g, a = ap.guardian, ap.addr
        received = s.my_number()
        day = date(2027, 1, R.randint(10, 20))
        note = R.choice(["", "", "兄が本校在籍", "特待生希望",
                         "車椅子での受験（障害者手帳あり）" if i == 3 else "",
                         "試験当日は別室希望"])
        born = ap.born.strftime("%Y年%m月%d日") if i % 2 else wareki(ap.born)
        rows.append([ap.exam_no, received, day.isoformat(), ap.name("　"), ap.kana("　"), born,
                     "男" if ap.sex == "M" else "女", ap.elementary, g.name("　"), g.rel,
                     "〒" + a.zip(), a.kanji(), tel(g.mobile, 0 if i % 3 else 4), g.email, note])
        for who, value, category in [(ap, ap.name(""), "person_name"),
                                     (ap, ap.kana(""), "person_name"),
                                     (ap, ap.born.isoformat(), "date_of_birth"),
                                     (g, g.name(""), "person_name"), (ap, a.postal, "postal_code"),
                                     (ap, a.kanji(), "address"), (g, g.mobile, "phone_number"),
                                     (g, g.email, "email_address")]:
            s.add(path, category, value, who)
        if "障害" in note:
            s.add(path, "sensitive", "障害者手帳", ap)
    s.share.write(path, csv_text(rows, "\t", "\n"))


def direct_debit(s: School) -> None:
    """授業料口座振替 (CP932): the paying guardian's account and half-width reading, the students'
    names, a 顧客番号 passing the 法人番号 check."""
    R = s.rng
    path = "04_経理/授業料口座振替_202604.csv"
    rows = [["顧客番号", "銀行コード", "銀行名", "支店コード", "預金種目", "口座番号", "口座名義人",
             "引落金額", "生徒氏名", "振替日"]]
    for fam in s.families:
        payer = fam.guardians[0]
        account = f"{R.randint(1000000, 9999999)}"
        code, bank = R.choice(DEBIT_BANKS)
        customer = s.corporate_number()
        holder = bank_kana(payer.last_kana + " " + payer.first_kana)
        rows.append([customer, code, bank, f"{R.randint(1, 999):03d}", "1", account, holder,
                     38000 * len(fam.students), "・".join(x.name("") for x in fam.students),
                     "20260427"])
        s.add(path, "bank_account", account, payer)
        s.add(path, "person_name", holder, payer)
        for st in fam.students:
            s.add(path, "person_name", st.name(""), st)
    s.share.write(path, csv_text(rows), "cp932")


def scholarship(s: School) -> None:
    """奨学金申請書, a sheet a family with both parents: label | merged value rows, the
    guardian's 個人番号 in groups of four, a 受付番号 passing the My Number check."""
    R = s.rng
    path = "05_奨学金/2026奨学金申請書_一括.xlsx"
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for k, fam in enumerate(R.sample([f for f in s.families
                                      if f.guardians[0].rel in ("父", "母")], 5)):
        st, g, a = fam.students[0], fam.guardians[0], fam.addr
        ws = wb.create_sheet(f"申請{k + 1:02d}_{st.last}")
        ws.merge_cells("A1:D1")
        ws["A1"] = "清陵学園 給付型奨学金 申請書"
        ws["A1"].alignment = Alignment(horizontal="center")
        mn = s.my_number()
        income = R.randint(180, 520) * 10000
        form = [("受付番号", s.my_number()), ("申請日", f"2026年5月{R.randint(1, 20)}日"),
                ("生徒氏名", st.name("　")), ("学年・組", f"{grade_name(st.grade)} {st.cls}組"),
                ("生徒生年月日", st.born.strftime("%Y年%m月%d日")), ("保護者氏名", g.name("　")),
                ("保護者個人番号", f"{mn[:4]} {mn[4:8]} {mn[8:]}"),
                ("現住所", f"〒{a.zip()} {a.kanji()}"), ("連絡先", tel(g.mobile)),
                ("勤務先", g.employer), ("世帯年収", f"{income:,}円"),
                ("家族構成", f"{len(fam.students) + 2}人"), ("申請理由", R.choice(REASONS))]
        for r, (label, value) in enumerate(form, start=3):
            ws.cell(r, 1, label)
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
            ws.cell(r, 2, value)
        for who, value, category in [(st, st.name(""), "person_name"),
                                     (st, st.born.isoformat(), "date_of_birth"),
                                     (g, g.name(""), "person_name"), (g, mn, "my_number"),
                                     (st, a.kanji(), "address"), (st, a.postal, "postal_code"),
                                     (g, g.mobile, "phone_number")]:
            s.add(path, category, value, who)
        s.add(path, "person_name", g.employer, neutral=True)
        if "うつ病" in form[-1][1]:
            s.add(path, "sensitive", "うつ病", g)
    s.share.save(path, wb)


def staff_ledger(s: School) -> None:
    """教職員台帳: staff's births in five forms, homes, mobiles, private mail, licences and the
    ALT's 在留カード; a 給与・社保 sheet (個人番号, 基礎年金番号, 私学共済, account, a 証券番号
    passing the My Number check); the school's 法人情報 (neutral but its 法人番号)."""
    path = "06_人事/教職員台帳_2026.xlsx"
    wb, ws = workbook("基本情報", "職員", "A1:C1")
    ws.merge_cells("D1:H1")
    ws["D1"] = "連絡先"
    ws.merge_cells("I1:L1")
    ws["I1"] = "人事"
    ws.append(["職員番号", "氏名", "フリガナ", "生年月日", "郵便番号", "住所", "携帯電話",
               "個人メール", "担当", "入職日", "運転免許証番号", "在留カード番号"])
    for i, st in enumerate(s.staff):
        a = st.addr
        born = st.born if i % 5 == 0 else birth(st.born, i)  # an Excel date, or text
        ws.append([f"T{1000 + i}", st.name(), st.kana(), born, a.postal, a.full(),
                   tel(st.mobile, i % 3), st.email, st.subject, st.hired.strftime("%Y/%m/%d"),
                   st.licence, st.zairyu])
        for value, category in [(st.name(""), "person_name"), (st.kana(""), "person_name"),
                                (st.born.isoformat(), "date_of_birth"), (a.postal, "postal_code"),
                                (a.full(), "address"), (st.mobile, "phone_number"),
                                (st.email, "email_address")]:
            s.add(path, category, value, st)
        if st.licence:
            s.add(path, "drivers_license_number", st.licence, st)
        if st.zairyu:
            s.add(path, "residence_card_number", st.zairyu, st)
    ws2 = wb.create_sheet("給与・社保")
    ws2.append(["職員番号", "氏名", "個人番号", "基礎年金番号", "私学共済 加入者証番号", "振込銀行",
                "支店", "口座番号", "学校総合保険 証券番号"])
    for i, st in enumerate(s.staff):
        ws2.append([f"T{1000 + i}", st.name(""), st.mn, f"{st.pension[:4]}-{st.pension[4:]}",
                    st.kyosai, *st.bank, s.my_number()])
        for value, category in [(st.mn, "my_number"), (st.pension, "basic_pension_number"),
                                (st.kyosai, "health_insurance_number"),
                                (st.bank[2], "bank_account")]:
            s.add(path, category, value, st)
    ws3 = wb.create_sheet("法人情報")
    for row in [("法人名", SCHOOL), ("法人番号", s.school_cn), ("所在地", SCHOOL_ADDR),
                ("代表電話", tel(SCHOOL_TEL)), ("理事長", s.principal.name())]:
        ws3.append(list(row))
    s.add(path, "corporate_number", s.school_cn)
    s.add(path, "address", SCHOOL_ADDR, neutral=True)
    s.add(path, "phone_number", SCHOOL_TEL, neutral=True)
    s.add(path, "person_name", SCHOOL, neutral=True)
    s.share.save(path, wb)


def trip_roster(s: School) -> None:
    """海外研修 参加者名簿: romaji, DD/MM/YYYY births, passports and their expiry, the guardian's
    name and mobile in one cell; the escort, the agency (neutral but its 法人番号) and a Luhn-valid
    手配番号."""
    path = "08_修学旅行/海外研修_参加者名簿.xlsx"
    wb, ws = workbook("参加者", "2026年度 高2 海外研修（オーストラリア）参加者名簿", "A1:H1")
    ws.append(["No", "氏名", "ローマ字", "性別", "生年月日", "旅券番号", "旅券有効期限",
               "緊急連絡先（保護者）"])
    for i, st in enumerate(s.trip, 1):
        g = st.g0
        ws.append([i, st.name(), f"{st.last_roman.upper()} {st.first_roman.upper()}",
                   "M" if st.sex == "M" else "F", st.born.strftime("%d/%m/%Y"), st.passport,
                   st.passport_exp.strftime("%Y-%m-%d"), f"{g.name('')} {tel(g.mobile, 1)}"])
        for who, value, category in [(st, st.name(""), "person_name"),
                                     (st, st.last_roman + st.first_roman, "person_name"),
                                     (st, st.born.isoformat(), "date_of_birth"),
                                     (st, st.passport, "passport_number"),
                                     (g, g.name(""), "person_name"), (g, g.mobile, "phone_number")]:
            s.add(path, category, value, who)
    escort = s.staff[4]
    ws2 = wb.create_sheet("引率・業者")
    for row in [["区分", "氏名/名称", "連絡先", "備考"],
                ["引率", escort.name(), tel(escort.mobile), "団長"],
                ["旅行会社", TRAVEL_CO, tel(TRAVEL_TEL), f"法人番号 {s.travel_cn}"],
                ["手配番号", s.luhn("4"), "", "航空券予約番号（管理番号）"]]:
        ws2.append(row)
    s.add(path, "person_name", escort.name(""), escort)
    s.add(path, "phone_number", escort.mobile, escort)
    s.add(path, "person_name", TRAVEL_CO, neutral=True)
    s.add(path, "phone_number", TRAVEL_TEL, neutral=True)
    s.add(path, "corporate_number", s.travel_cn)
    s.share.save(path, wb)


def alumni(s: School) -> None:
    """同窓会メーリングリスト (UTF-8 with BOM, LF): alumni and two staff who are old boys or
    girls, 和暦 卒業年度, 旧姓 (neutral), some addresses upper-case, a Luhn-valid 会員番号 with a
    JCB-like prefix."""
    R = s.rng
    path = "09_同窓会/同窓会メーリングリスト.csv"
    rows = [["卒業年度", "氏名", "旧姓", "メールアドレス", "携帯", "会員番号", "配信"]]
    for al in s.alumni + s.staff[5:7]:
        year = wareki(date(al.born.year + 18, 3, 31)).split("年")[0] + "年度卒"
        member = s.luhn("35")
        mail = al.email.upper() if R.random() < 0.15 else al.email
        rows.append([year, al.name(), al.maiden, mail, tel(al.mobile) if al.mobile else "", member,
                     "○"])
        s.add(path, "person_name", al.name(""), al)
        s.add(path, "email_address", al.email, al)
        if al.mobile:
            s.add(path, "phone_number", al.mobile, al)
        if al.maiden:
            s.add(path, "person_name", al.maiden, neutral=True)
    s.share.write(path, csv_text(rows, end="\n"), "utf-8-sig")
