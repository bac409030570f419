"""The driving school's tables: the 教習生台帳 (a sheet a branch under a two-row header), the
CP932 技能教習予約, the 病気の症状等申告 with one student's 個票, the 合宿 participants' TSV, the
卒業検定 results, the 職員名簿 for 源泉徴収 (個人番号, licences, dependants) and the 指導員's
licence list (UTF-8 with BOM)."""

from __future__ import annotations

from datetime import date, timedelta

from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from .driving_school_people import BRANCHES, SCHOOL, SCHOOL_ADDR, TEL, TODAY, Person, School
from .japanese import wareki, wareki_short
from .share import csv_text, workbook

# (the declared condition, its sensitive term, terms neutral beside it)
SICKNESSES = [("てんかん（服薬中、最終発作は令和5年）", "てんかん", []),
              ("統合失調症（通院加療中・主治医診断書あり）", "統合失調症", []),
              ("糖尿病（インスリン使用、低血糖発作の既往あり）", "糖尿病", ["低血糖"]),
              ("そううつ病", "そううつ病", []),
              ("睡眠時無呼吸症候群（CPAP使用）", "睡眠時無呼吸症候群", []),
              ("再発性の失神", "再発性の失神", []), ("てんかん", "てんかん", []),
              ("糖尿病（低血糖症状なし、内服のみ）", "糖尿病", ["低血糖"])]
LEDGER_HEAD = [("教習原簿番号", 0), ("氏名", 0), ("フリガナ", 0), ("生年月日", 0), ("性別", 0),
               ("連絡先", 3), ("", 0), ("", 0), ("入校日", 0), ("車種", 0), ("仮免許交付日", 0),
               ("所持免許", 2), ("", 0), ("担当指導員", 0)]
LEDGER_SUB = ["", "", "", "", "", "〒", "住所", "電話", "", "", "", "種類", "免許証番号", ""]


def sex(p: Person) -> str:
    return "男" if p.sex == "M" else "女"


def _ledger_head(ws) -> None:
    """Row 2 the headings (連絡先 over 〒 住所 電話, 所持免許 over 種類 免許証番号), row 3 those
    below; a heading with nothing below spans both rows."""
    for i, (head, span) in enumerate(LEDGER_HEAD):
        if head:
            ws.cell(2, i + 1, head)
            if span:
                ws.merge_cells(start_row=2, start_column=i + 1, end_row=2, end_column=i + span)
            elif not LEDGER_SUB[i]:
                ws.merge_cells(start_row=2, start_column=i + 1, end_row=3, end_column=i + 1)
    for i, sub in enumerate(LEDGER_SUB):
        if sub:
            ws.cell(3, i + 1, sub)


def ledger(s: School) -> None:
    """教習生台帳: a sheet a branch, every student with a 和暦 birth, the address in full or
    hyphened, the licence held, the instructor drawn for them (surname, neutral); a summary
    sheet with the school's 法人番号."""
    R = s.rng
    path = "台帳/教習生台帳_R8.xlsx"
    wb = None
    for br in BRANCHES:
        if wb is None:
            wb, ws = workbook(br)
        else:
            ws = wb.create_sheet(br)
        ws["A1"] = f"令和8年度 教習生台帳（{br}）"
        ws.merge_cells("A1:N1")
        ws["A1"].font = Font(bold=True, size=14)
        _ledger_head(ws)
        for r, st in enumerate([x for x in s.students if x.branch == br], 4):
            ins = R.choice(s.instructors())
            kari = st.enter + timedelta(days=R.randint(20, 40))
            style = R.choice(["kanji", "kanji", "abbr"])
            row = [st.genbo, s.add(path, "person_name", st.name(R.choice([" ", "　", ""])), st),
                   s.add(path, "person_name", st.kana(R.choice([" ", "　"])), st),
                   s.born(path, st, wareki(st.born) if style == "kanji"
                        else wareki_short(st.born, padded=False)),
                   sex(st), s.add(path, "postal_code", st.addr.postal, st),
                   s.add(path, "address",
                         st.addr.full() if R.random() < 0.5 else st.addr.short(pref=True), st),
                   s.add(path, "phone_number", st.mobile, st), st.enter.strftime("%Y/%m/%d"),
                   st.course, wareki_short(kari, padded=False) if R.random() < 0.6 else "",
                   st.lic_kind, s.add(path, "drivers_license_number", st.lic, st) if st.lic else "",
                   s.add(path, "person_name", ins.last, ins, neutral=True)]
            for c, v in enumerate(row, 1):
                ws.cell(r, c, v)
        for c in range(1, 15):
            ws.column_dimensions[get_column_letter(c)].width = 16
    ws = wb.create_sheet("集計")
    north = sum(1 for x in s.students if x.branch != "本校")
    for row in [["事業者", SCHOOL], ["法人番号", s.corp], ["代表電話", TEL],
                ["本校 在籍数", len(s.students) - north], ["北分校 在籍数", north]]:
        ws.append(row)
    s.school(path, tel=False, corp=True)
    s.add(path, "phone_number", TEL, "ORG", neutral=True)
    s.share.save(path, wb)


def bookings(s: School) -> None:
    """技能教習予約 (CP932): 40 students, one or two slots each, the name full-width spaced and
    in half-width kana, the mobile hyphened or not, the instructor (not neutral); 予約番号 passes
    Luhn, 会員番号 the My Number check."""
    R = s.rng
    path = "予約/技能教習予約_202611.csv"
    rows = [["予約番号", "会員番号", "教習原簿番号", "氏名", "ｼﾒｲ", "携帯電話", "予約日", "時限",
             "指導員番号", "指導員", "車両番号", "状態"]]
    for st in R.sample(s.students, 40):
        for _ in range(R.randint(1, 2)):
            ins = R.choice(s.instructors())
            d = TODAY + timedelta(days=R.randint(0, 14))
            rows.append([s.luhn("20261"), st.member, st.genbo,
                         s.add(path, "person_name", st.name("　"), st),
                         s.add(path, "person_name", st.hkana(), st),
                         s.add(path, "phone_number", st.mobile.replace("-", "")
                               if R.random() < 0.5 else st.mobile, st),
                         d.strftime("%Y/%m/%d"), f"{R.randint(1, 10)}限", ins.no,
                         s.add(path, "person_name", ins.name(""), ins),
                         f"{R.choice(['AT', 'MT', '二輪'])}-{R.randint(1, 40)}",
                         R.choice(["予約", "予約", "キャンセル", "受講済"])])
    s.share.write(path, csv_text(rows), "cp932")


def aptitude(s: School) -> None:
    """病気の症状等申告: 34 students' eyesight and questionnaire, the first eight declaring a
    condition (sensitive; 低血糖 beside 糖尿病 neutral), and the first of them on a 個票 sheet
    of label | value rows."""
    R = s.rng
    path = "適性検査/病気の症状等申告_令和8年11月.xlsx"
    wb, ws = workbook("申告一覧", "病気の症状等申告 集計（入校時適性検査）", "A1:I1")
    ws.append(["教習原簿番号", "氏名", "生年月日", "視力（右）", "視力（左）", "色彩識別",
               "質問票 該当", "申告内容", "備考"])
    pool = R.sample(s.students, 34)
    sick = pool[:len(SICKNESSES)]
    for st, declared in zip(sick, SICKNESSES, strict=True):
        s.sick[st.id] = declared
    for st in pool:
        written = st.born.strftime("%Y/%m/%d") if R.random() < 0.5 else wareki(st.born)
        row = [st.genbo, s.add(path, "person_name", st.name(), st), s.born(path, st, written),
               R.choice(["1.2", "1.0", "0.8", "0.7", "0.5（眼鏡）"]),
               R.choice(["1.2", "1.0", "0.7", "0.6（眼鏡等）"]), "可"]
        if st.id in s.sick:
            text, term, beside = s.sick[st.id]
            s.add(path, "sensitive", term, st)
            for other in beside:
                s.add(path, "sensitive", other, st, neutral=True)
            row += ["あり", text, "主治医の診断書提出済" if R.random() < 0.5 else ""]
        else:
            row += ["なし", "", R.choice(["", "視力 眼鏡等条件", "深視力 再検査", ""])]
        ws.append(row)
    st = sick[0]
    ws2 = wb.create_sheet("個票")
    text = s.sick[st.id][0]
    for pair in [("氏名", s.add(path, "person_name", st.name("　"), st)),
                 ("フリガナ", s.add(path, "person_name", st.kana(), st)),
                 ("生年月日", s.born(path, st, wareki(st.born))),
                 ("住所", s.add(path, "address", st.addr.full(), st)),
                 ("電話", s.add(path, "phone_number", st.mobile, st)),
                 ("質問1 病気を原因として、意識を失ったことがある", "はい"),
                 ("質問2 発作により身体の全部又は一部のけいれんがある",
                  "はい" if "てんかん" in text else "いいえ"),
                 ("申告病名", text), ("確認者", "")]:
        ws2.append(list(pair))
    s.share.save(path, wb)


def camp(s: School) -> None:
    """合宿免許 参加者名簿 (TSV, LF): the 合宿 students with hiragana readings, university, mail
    and address; the emergency contact a parent, or 「（本人実家）」 and the home landline."""
    R = s.rng
    path = "合宿/合宿免許_参加者名簿_12月.tsv"
    rows = [["No", "氏名", "ふりがな", "生年月日", "大学", "携帯", "メール", "住所",
             "緊急連絡先氏名", "続柄", "緊急連絡先電話", "入寮日", "卒業予定日"]]
    for i, st in enumerate(s.camp, 1):
        e = s.emergency[st.id]
        hira = "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ン" else c for c in st.kana(""))
        enter = date(2026, 12, R.randint(1, 10))
        row = [str(i), s.add(path, "person_name", st.name(""), st),
               s.add(path, "person_name", hira, st), s.born(path, st, st.born.isoformat()),
               st.univ, s.add(path, "phone_number", st.mobile, st),
               s.add(path, "email_address", st.email, st),
               s.add(path, "address", st.addr.short(pref=True), st)]
        if e:
            row += [s.add(path, "person_name", e.name(), e), e.rel,
                    s.add(path, "phone_number", e.mobile, e)]
        else:
            home = st.addr.landline
            row += ["（本人実家）", "", s.add(path, "phone_number", home, st) if home else ""]
        row += [enter.isoformat(), (enter + timedelta(days=16)).isoformat()]
        rows.append(row)
    s.share.write(path, csv_text(rows, "\t", "\n"))


def exams(s: School) -> None:
    """卒業検定 結果: 22 students with the 技能検定員 drawn for each (not neutral), 検定番号
    passing the licence check; the 卒業者 sheet with 和暦 births."""
    R = s.rng
    path = "検定/卒業検定結果_1126.xlsx"
    wb, ws = workbook("11月26日", "卒業検定 結果一覧（令和8年11月26日実施）", "A1:H1")
    ws.append(["検定番号", "教習原簿番号", "氏名", "車種", "コース", "減点", "合否", "検定員"])
    examiners = [x for x in s.staff if x.job == "技能検定員"]
    for st in R.sample(s.students, 22):
        ex = R.choice(examiners)
        ws.append([s.licence(code=43, year=26), st.genbo, s.add(path, "person_name", st.name(), st),
                   st.course, R.choice(["A", "B"]), R.choice([0, 5, 10, 15, 20, 25, 35]),
                   R.choice(["合格", "合格", "合格", "不合格"]),
                   s.add(path, "person_name", ex.name(""), ex)])
    ws2 = wb.create_sheet("卒業者")
    ws2.append(["卒業証明書番号", "氏名", "生年月日", "卒業日"])
    for st in R.sample(s.students, 10):
        ws2.append([f"第{R.randint(1, 999999):06d}号", s.add(path, "person_name", st.name(), st),
                    s.born(path, st, wareki(st.born)), wareki(date(2026, 11, 26))])
    s.share.save(path, wb)


def staff_list(s: School) -> None:
    """職員名簿 (源泉徴収・年末調整用): every staff member with 個人番号 and licence, the birth a
    real date cell; 扶養親族 with theirs; the 事業者 sheet (the school's, neutral)."""
    path = "総務/職員名簿_源泉徴収用.xlsx"
    wb, ws = workbook("職員", "職員名簿（源泉徴収・年末調整用）", "A1:L1")
    ws.append(["職員番号", "所属", "職種", "氏名", "フリガナ", "生年月日", "入社日", "郵便番号",
               "住所", "電話", "個人番号", "運転免許証番号"])
    for st in s.staff:
        ws.append([st.no, st.branch, st.job, s.add(path, "person_name", st.name(), st),
                   s.add(path, "person_name", st.kana(), st), st.born,
                   st.hire.strftime("%Y/%m/%d"), s.add(path, "postal_code", st.addr.postal, st),
                   s.add(path, "address", st.addr.full(), st),
                   s.add(path, "phone_number", st.mobile, st),
                   s.add(path, "my_number", st.mynum, st),
                   s.add(path, "drivers_license_number", st.lic, st)])
        s.add(path, "date_of_birth", st.born, st)
        ws.cell(ws.max_row, 6).number_format = "yyyy/mm/dd"
    ws2 = wb.create_sheet("扶養親族")
    ws2.append(["職員番号", "扶養者", "扶養親族氏名", "続柄", "生年月日", "個人番号", "同居"])
    for d in s.dependents:
        ws2.append([d.of.no, s.add(path, "person_name", d.of.name(), d.of),
                    s.add(path, "person_name", d.name(), d), d.rel, s.born(path, d, wareki(d.born)),
                    s.add(path, "my_number", d.mynum, d), "同居"])
    ws3 = wb.create_sheet("事業者")
    for pair in [("名称", SCHOOL), ("法人番号", s.corp), ("所在地", SCHOOL_ADDR), ("電話", TEL),
                 ("源泉徴収義務者", "代表取締役 " + s.staff[-1].name())]:
        ws3.append(list(pair))
    s.school(path, addr=True, corp=True)
    s.share.save(path, wb)


def instructors(s: School) -> None:
    """指導員資格_免許証一覧 (UTF-8 with BOM): the instructors' licences, expiry in 和暦, 資格者証
    番号 passing the licence (指導員) and Luhn (検定員) checks, work mail."""
    R = s.rng
    path = "指導員/指導員資格_免許証一覧.csv"
    rows = [["職員番号", "氏名", "所属", "運転免許証番号", "免許の種類", "有効期限",
             "教習指導員資格者証番号", "技能検定員資格者証番号", "業務用メール"]]
    for st in s.instructors():
        expiry = date(2027 + R.randint(0, 3), st.born.month, min(st.born.day, 28))
        rows.append([st.no, s.add(path, "person_name", st.name("　"), st), st.branch,
                     s.add(path, "drivers_license_number", st.lic, st),
                     "大型・中型・準中型・普通・大自二・普自二",
                     wareki(expiry + timedelta(days=30)),
                     f"第{s.licence(code=43)}号",
                     f"第{s.luhn('43', 12)}号" if st.job == "技能検定員" else "",
                     s.add(path, "email_address", st.wmail, st)])
    s.share.write(path, csv_text(rows), "utf-8-sig")
