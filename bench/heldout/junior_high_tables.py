"""The school's tables: the three 学年's rosters (a workbook a 組 a sheet, the 校務支援 CP932
export, a TSV), the 緊急連絡網, the 保健調査 (conditions: sensitive), the 進路 survey, the
grades, the 就学援助 list with three application sheets (My Numbers, accounts) and its
transfer CSV, the staff list (licence numbers: hard negatives) and the clubs' captains.

The school's phone and address, homeroom teachers' surnames and kana readings are neutral.
"""

from __future__ import annotations

from .identifiers import my_number
from .japanese import hiragana
from .junior_high_people import CITY, HS, SCH_ADDR, SCH_TEL, SCHOOL, School, era, sheets
from .share import csv_text, workbook

COND = [("既往歴", "川崎病"), ("既往歴", "気管支喘息"), ("アレルギー", "卵アレルギー"),
        ("アレルギー", "そばアレルギー（エピペン所持）"), ("心臓疾患", "心室中隔欠損症（術後）"),
        ("心臓疾患", "QT延長症候群"), ("服薬", "ADHD治療薬服用中"), ("既往歴", "てんかん"),
        ("アレルギー", "甲殻類アレルギー"), ("既往歴", "1型糖尿病"), ("服薬", "抗てんかん薬服用中"),
        ("アレルギー", "乳アレルギー")]
BANKS = [("埼玉りそな銀行", "0017"), ("武蔵野銀行", "0133"), ("川口信用金庫", "1241"),
         ("ゆうちょ銀行", "9900")]


def first_year(c: School) -> None:
    """01_名簿/R6_1年_学級名簿.xlsx: a sheet a 組 under its title and homeroom teacher."""
    p = "01_名簿/R6_1年_学級名簿.xlsx"
    wb = sheets()
    for k in (1, 2):
        ws = wb.create_sheet(f"1年{k}組")
        hr = c.homeroom[(1, k)]
        ws.append([f"令和6年度 1年{k}組 学級名簿　担任：{hr.last}"])
        ws.merge_cells("A1:F1")
        ws.append(["出席番号", "生徒氏名", "ふりがな", "性別", "生年月日", "備考"])
        for s in c.grade(1, k):
            ws.append([s.no, s.full(), s.furigana, s.sex, era(s.born, c.rng.choice([0, 1])), ""])
            c.rec(p, s, bd=True)
            c.kn(p, s, s.furigana)
        c.t(p, "person_name", hr.last, hr, True)
    c.save(p, wb)


def second_year(c: School) -> None:
    """01_名簿/seito_2nen_export.csv (CP932): address, 〒, home phone and guardian."""
    p = "01_名簿/seito_2nen_export.csv"
    rows = [["学年", "組", "番号", "氏名", "氏名カナ", "性別", "生年月日", "郵便番号", "住所",
             "電話番号", "保護者氏名", "続柄"]]
    for s in c.grade(2):
        rows.append([2, s.kumi, s.no, s.full(), s.kana(), s.sex, s.born.strftime("%Y/%m/%d"),
                     s.zip, CITY + s.addr, c.phone(s.home, 0) if s.home else "", s.g.full(),
                     s.g.rel])
        c.rec(p, s, bd=True, addr=CITY + s.addr, zipc=True, home=True)
        c.kn(p, s, s.kana())
        c.t(p, "person_name", s.g.full(), s.g)
        if s.home:
            c.t(p, "phone_number", s.home, s.g)
    c.share.write(p, csv_text(rows), "cp932")


def third_year(c: School) -> None:
    """01_名簿/3年名簿_進路用.tsv: names without a space, R6/04/01 dates."""
    p = "01_名簿/3年名簿_進路用.tsv"
    lines = ["番号\t組\t氏名\tふりがな\t性別\t生年月日"]
    for s in c.grade(3):
        lines.append(f"{s.no}\t{s.kumi}\t{s.full(False)}\t{s.furigana}\t{s.sex}\t{era(s.born, 2)}")
        c.rec(p, s, bd=True)
        c.kn(p, s, s.furigana)
    c.share.write(p, "\n".join(lines) + "\n")


def contacts(c: School) -> None:
    """02_保護者/緊急連絡網_R6.xlsx: a sheet a 学年, guardians' mobiles, mails and workplaces."""
    p = "02_保護者/緊急連絡網_R6.xlsx"
    wb = sheets()
    for g in (1, 2, 3):
        ws = wb.create_sheet(f"{g}年")
        ws.append([f"{g}年 緊急連絡網（取扱注意）"])
        ws.merge_cells("A1:H1")
        ws.append(["組", "番", "生徒氏名", "保護者氏名", "携帯電話", "メール", "勤務先",
                   "勤務先電話"])
        for k in (1, 2):
            ws.append([f"―― {k}組 ――"])
            ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=8)
            for s in c.grade(g, k):
                G = s.g
                ws.append([k, s.no, s.full(), G.full() + " 様", c.phone(G.mobile), G.email, G.work,
                           c.phone(G.worktel, 0)])
                c.rec(p, s)
                c.t(p, "person_name", G.full(), G)
                c.t(p, "phone_number", G.mobile, G)
                c.t(p, "email_address", G.email, G)
                c.t(p, "phone_number", G.worktel, None, True)
    c.save(p, wb)


def health(c: School) -> None:
    """03_保健室/保健調査票_集計R6.xlsx: eighteen students' conditions, the 学校医 sheet."""
    rng, doctor, nurse = c.rng, c.doctor, c.nurse
    for s in rng.sample(c.students, 18):
        c.health[s.id] = rng.sample(COND, rng.choice([1, 1, 2]))
    p = "03_保健室/保健調査票_集計R6.xlsx"
    wb, ws = workbook("要配慮一覧")
    ws.append(["保健調査票 集計（養護教諭用・持出禁止）"])
    ws.merge_cells("A1:G1")
    ws.append(["学年", "組", "番", "氏名", "生年月日", "区分", "内容", "主治医"])
    for s in c.students:
        if s.id in c.health:
            for kind, cond in c.health[s.id]:
                ws.append([s.grade, s.kumi, s.no, s.full(), s.born.isoformat(), kind, cond,
                           doctor.clinic if rng.random() < 0.5 else ""])
                c.t(p, "sensitive", cond, s)
            c.rec(p, s, bd=True)
    ws2 = wb.create_sheet("学校医")
    for row in [("学校医", doctor.name()), ("医療機関", doctor.clinic),
                ("電話", c.phone(doctor.tel, 0)), ("担当", f"養護教諭 {nurse.full()}")]:
        ws2.append(row)
    c.t(p, "person_name", doctor.name(""), doctor)
    c.t(p, "phone_number", doctor.tel, None, True)
    c.t(p, "person_name", nurse.full(), nurse)
    c.save(p, wb)


def career(c: School) -> None:
    """05_進路/進路希望調査_3年_第2回.csv (BOM): two choices and scores a 3年 student."""
    p = "05_進路/進路希望調査_3年_第2回.csv"
    rng = c.rng
    rows = [["組", "番", "氏名", "第1志望", "第2志望", "5教科合計", "内申"]]
    for s in c.grade(3):
        rows.append([s.kumi, s.no, s.full(), rng.choice(HS), rng.choice(HS),
                     rng.randint(180, 480), rng.randint(20, 45)])
        c.rec(p, s)
    c.share.write(p, "\ufeff" + csv_text(rows))


def grades(c: School) -> None:
    """05_進路/成績一覧_2学期_2年.xlsx: five subjects' marks a 2年 student."""
    p = "05_進路/成績一覧_2学期_2年.xlsx"
    wb, ws = workbook("2年")
    ws.append(["2学期 期末考査 成績一覧（2年）"])
    ws.merge_cells("A1:I1")
    ws.append(["組", "番", "氏名", "国語", "数学", "英語", "理科", "社会", "合計"])
    for s in c.grade(2):
        marks = [c.rng.randint(20, 100) for _ in range(5)]
        ws.append([s.kumi, s.no, s.full(), *marks, sum(marks)])
        c.rec(p, s)
    c.save(p, wb)


def school_aid(c: School) -> None:
    """07_事務/就学援助申請_R6.xlsx: ten 認定者 (受付番号 passing the My Number check: hard
    negatives), three applications with the guardian's My Number."""
    rng = c.rng
    c.aid = rng.sample(c.students, 10)
    p = "07_事務/就学援助申請_R6.xlsx"
    wb, ws = workbook("一覧")
    ws.append(["令和6年度 就学援助 認定者一覧（事務室）"])
    ws.merge_cells("A1:J1")
    ws.append(["受付番号", "学年", "組", "生徒氏名", "保護者氏名", "区分", "金融機関", "支店",
               "種別", "口座番号", "名義（カナ）"])
    for s in c.aid:
        G = s.g
        kubun = rng.choice(["要保護（生活保護受給）", "準要保護"])
        bank = rng.choice(BANKS)
        acct = f"{rng.randint(0, 9999999):07d}"
        rn = my_number(rng)
        branch = f"{rng.randint(100, 399)}"
        G.aid = dict(kubun=kubun, bank=bank, acct=acct, branch=branch, mn=my_number(rng), rn=rn)
        ws.append([rn, s.grade, s.kumi, s.full(), G.full(), kubun, bank[0], branch, "普通", acct,
                   G.kana()])
        c.rec(p, s)
        c.t(p, "person_name", G.full(), G)
        c.t(p, "sensitive", "生活保護受給" if "生活保護" in kubun else "準要保護", G)
        c.t(p, "bank_account", acct, G)
        c.kn(p, G, G.kana(""))
    for s in c.aid[:3]:
        G, a = s.g, s.g.aid
        ws3 = wb.create_sheet(f"申請書_{G.last}")
        for row in [("申請者（保護者）氏名", G.full()), ("フリガナ", G.kana()),
                    ("個人番号", a["mn"]),
                    ("住所", CITY + s.addr), ("電話", c.phone(G.mobile, 0)),
                    ("児童生徒氏名", s.full()), ("生年月日", era(s.born)),
                    ("申請理由", a["kubun"] + "・ひとり親世帯"), ("世帯年収", "1,820,000円"),
                    ("振込口座", f"{a['bank'][0]} {a['branch']}支店 普通 {a['acct']}")]:
            ws3.append(row)
        c.t(p, "my_number", a["mn"], G)
        c.t(p, "address", CITY + s.addr, G)
        c.t(p, "phone_number", G.mobile, G)
        c.t(p, "date_of_birth", s.born.isoformat(), s)
        c.t(p, "sensitive", "ひとり親世帯", G)
    c.save(p, wb)


def aid_transfer(c: School) -> None:
    """07_事務/就学援助_振込データ_7月.csv (CP932): account, kana name and amount."""
    p = "07_事務/就学援助_振込データ_7月.csv"
    rows = [["整理番号", "銀行コード", "支店コード", "預金種目", "口座番号", "受取人名", "金額"]]
    for s in c.aid:
        G, a = s.g, s.g.aid
        rows.append([a["rn"], a["bank"][1], a["branch"], "1", a["acct"], G.kana(),
                     c.rng.choice([12000, 24500, 31800])])
        c.t(p, "bank_account", a["acct"], G)
        c.t(p, "person_name", G.kana(""), G)
    c.share.write(p, csv_text(rows), "cp932")


def staff(c: School) -> None:
    """09_教職員/教職員一覧_R6.xlsx: the teachers' birth dates, mobiles, homes and licences,
    then the SC."""
    p = "09_教職員/教職員一覧_R6.xlsx"
    wb, ws = workbook("教職員")
    ws.append([f"{SCHOOL} 教職員一覧　{SCH_ADDR}　TEL {c.phone(SCH_TEL, 0)}"])
    ws.merge_cells("A1:H1")
    c.neutral(p, "address", SCH_ADDR)
    c.neutral(p, "phone_number", SCH_TEL)
    ws.append(["職名", "氏名", "ふりがな", "教科", "生年月日", "携帯電話", "現住所", "教員免許"])
    for t in c.teachers:
        ws.append([t.role, t.full(), t.furigana, t.subj, era(t.born, 1), c.phone(t.mobile), t.addr,
                   t.lic])
        c.t(p, "person_name", t.full(), t)
        c.kn(p, t, hiragana(t.kana("")))
        c.t(p, "date_of_birth", t.born.isoformat(), t)
        c.t(p, "phone_number", t.mobile, t)
        c.t(p, "address", t.addr, t)
    sc = c.counselor
    ws.append(["スクールカウンセラー", sc.full(), "", "", "", c.phone(sc.mobile), "", "臨床心理士"])
    c.t(p, "person_name", sc.full(), sc)
    c.t(p, "phone_number", sc.mobile, sc)
    c.save(p, wb)


def clubs(c: School) -> None:
    """06_部活/部活動一覧_部長.csv: four clubs' advisers and 2年 captains with birth dates."""
    p = "06_部活/部活動一覧_部長.csv"
    rows = [["部活動", "顧問", "部長", "部長生年月日"]]
    names = ["野球部", "サッカー部", "吹奏楽部", "美術部"]
    for club, t in zip(names, c.teachers[6:10], strict=True):
        s = c.rng.choice(c.grade(2))
        rows.append([club, t.full(False), s.full(False), s.born.strftime("%Y年%m月%d日")])
        c.t(p, "person_name", t.full(), t)
        c.rec(p, s, bd=True)
    c.share.write(p, csv_text(rows))
