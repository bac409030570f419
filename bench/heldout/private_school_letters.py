"""The private school's papers: the 保健調査票 .docx (a label | value table a student), the
staff's emergency contacts and the 授業料 arrears as PDFs, the 合格通知書 mail merge, the
homeroom teacher's 引継ぎメモ (full-width digits, every hyphen look-alike, 和暦, a dead
grandfather) and the 保護者面談記録 .docx."""

from __future__ import annotations

import docx

from .japanese import FULL_WIDTH, HYPHENS, wareki
from .private_school_people import SCHOOL, SCHOOL_TEL, School, grade_name, tel
from .share import pdf_bytes

CONDITIONS = [("食物アレルギー（卵・そば）", ["食物アレルギー"]), ("気管支喘息", ["気管支喘息"]),
              ("てんかん（服薬中）", ["てんかん"]), ("1型糖尿病", ["1型糖尿病"]),
              ("ADHD（注意欠如・多動症）", ["ADHD"]),
              ("心室中隔欠損症（手術済）", ["心室中隔欠損症"]),
              ("アトピー性皮膚炎", ["アトピー性皮膚炎"]),
              ("自閉スペクトラム症", ["自閉スペクトラム症"])]
NOTHING = ("特になし", [])
MEMO_NOTES = ["　母子家庭。母親は精神疾患で通院中とのこと、面談時は配慮を。",
              "　中3時にいじめ被害あり。スクールカウンセラー継続。",
              "　父親に前科があるとの噂があるが未確認。本人の前では話題にしないこと。",
              "　体育祭の障害物競走でけが（軽傷）。健康診断は異常なし。",
              "　宗教上の理由（信仰）で一部行事に参加しない。保護者了承済み。"]
TOPICS = ["進路相談。", "成績について。", "部活動と学習の両立。",
          "不登校気味、心療内科を受診予定。"]


def health_survey(s: School) -> None:
    """保健調査票 集約版: 中3 to 高2, every third with nothing, the rest a condition (its note in
    brackets no part of the truth), 保険証 記号番号, the first guardian's mobile; the nurse
    neutral."""
    R = s.rng
    path = "03_保健/保健調査票_集約版.docx"
    doc = docx.Document()
    doc.add_heading(f"{SCHOOL} 保健調査票（2026年度）", 1)
    doc.add_paragraph(f"養護教諭 {s.nurse.name()}　※取扱注意（校外持出禁止）")
    s.add(path, "person_name", s.nurse.name(""), s.nurse, neutral=True)
    for i, st in enumerate([x for x in s.students if x.grade in (3, 4, 5)]):
        g = st.g0
        doc.add_heading(f"{grade_name(st.grade)}{st.cls}組", 3)
        table = doc.add_table(rows=0, cols=4)
        table.style = "Table Grid"
        condition = CONDITIONS[i % len(CONDITIONS)] if i % 3 != 2 else NOTHING
        s.health[st.id] = condition
        insurance = f"{R.randint(10, 99)}{R.randint(100000, 999999)}"
        rows = [("氏名", st.name(), "ふりがな", st.kana()),
                ("生年月日", wareki(st.born), "血液型", R.choice(["A", "B", "O", "AB"]) + "型"),
                ("既往歴・現在治療中の病気", condition[0], "かかりつけ医",
                 R.choice(["成城こどもクリニック", "桜丘内科", "調布中央病院"])),
                ("保険証 記号番号", f"記号 {insurance[:2]} 番号 {insurance[2:]}", "緊急連絡先",
                 f"{g.name()}（{g.rel}） {tel(g.mobile)}"),
                ("記入日", f"令和8年4月{R.randint(8, 20)}日", "確認", "済")]
        for row in rows:
            for cell, text in zip(table.add_row().cells, row, strict=True):
                cell.text = text
        s.add(path, "person_name", st.name(), st)
        s.add(path, "person_name", st.kana(), st)
        s.add(path, "date_of_birth", st.born.isoformat(), st)
        for term in condition[1]:
            s.add(path, "sensitive", term, st)
        s.add(path, "health_insurance_number", insurance, st)
        s.add(path, "person_name", g.name(), g)
        s.add(path, "phone_number", g.mobile, g)
    doc.add_paragraph("※運動会の障害物競走への参加可否は別紙にて確認してください。健康診断の日程は6月予定。")
    s.share.save(path, doc)


def _pdf_table(s: School, path: str, title: tuple[int, str], heads: list[tuple[int, str]],
               rows: list[list[tuple[int, str]]], footer: str = "") -> None:
    """A one-page list: a title, a header row and rows of (x, text) 18 points apart, a footer
    20 points below them."""

    def draw(sheet, font: str) -> None:
        sheet.setFont(font, title[0])
        sheet.drawString(50, 800, title[1])
        sheet.setFont(font, 10)
        y = 770
        for row in [heads, *rows]:
            for x, text in row:
                sheet.drawString(x, y, text)
            y -= 18
        if footer:
            sheet.drawString(50, y - 20, footer)

    s.share.write(path, pdf_bytes(draw))


def staff_contacts(s: School) -> None:
    """教職員 緊急連絡先一覧 (PDF): twelve staff's mobiles and homes (no 都道府県)."""
    path = "06_人事/職員緊急連絡先一覧.pdf"
    rows = []
    for st in s.staff[:12]:
        rows.append([(50, st.name()), (170, tel(st.mobile)), (280, st.addr.short())])
        s.add(path, "person_name", st.name(""), st)
        s.add(path, "phone_number", st.mobile, st)
        s.add(path, "address", st.addr.short(), st)
    _pdf_table(s, path, (14, f"{SCHOOL} 教職員 緊急連絡先一覧（管理職限り）"),
               [(50, "氏名"), (170, "携帯電話"), (280, "自宅住所")], rows,
               f"更新日：令和8年4月1日　作成：事務室 {s.clerk.name()}")


def arrears(s: School) -> None:
    """授業料等 未納者一覧 (PDF): six families' first student, paying guardian and mobile."""
    R = s.rng
    path = "04_経理/授業料未納者一覧_R8-5.pdf"
    rows = []
    for fam in R.sample(s.families, 6):
        st, g = fam.students[0], fam.guardians[0]
        rows.append([(50, f"{grade_name(st.grade)}{st.cls}"), (110, st.name()), (220, g.name()),
                     (330, tel(g.mobile)), (440, f"{R.randint(1, 4) * 38000:,}円")])
        s.add(path, "person_name", st.name(""), st)
        s.add(path, "person_name", g.name(""), g)
        s.add(path, "phone_number", g.mobile, g)
    _pdf_table(s, path, (13, "授業料等 未納者一覧（令和8年5月末現在）"),
               [(50, "学年組"), (110, "生徒氏名"), (220, "保護者"), (330, "電話"), (440, "未納額")],
               rows)


def acceptance_letters(s: School) -> None:
    """合格通知書 mail merge: five applicants' guardians' 〒 and address blocks, the principal
    (neutral)."""
    path = "02_入試/合格通知書_宛名差込.docx"
    doc = docx.Document()
    for ap in s.applicants[:5]:
        g, a = ap.guardian, ap.addr
        for text in [f"〒{a.zip()}", a.kanji(), f"{g.name()} 様", "",
                     f"令和9年2月2日\n{SCHOOL} 清陵中学校 校長 {s.principal.name()}",
                     f"合格通知書\n\n受験番号 {ap.exam_no}　{ap.name()} 殿\n\n"
                     "貴殿は本校の入学試験に合格されましたので通知いたします。\n"
                     "入学手続きは令和9年2月10日までに行ってください。"]:
            doc.add_paragraph(text)
        doc.add_page_break()
        s.add(path, "postal_code", a.postal, g)
        s.add(path, "address", a.kanji(), g)
        s.add(path, "person_name", g.name(""), g)
        s.add(path, "person_name", ap.name(""), ap)
    s.add(path, "person_name", s.principal.name(""), s.principal, neutral=True)
    s.share.save(path, doc)


def handover_memo(s: School) -> None:
    """担任引継ぎメモ: five students with 和暦 births (every other full-width), their guardians'
    mobiles joined by a different hyphen look-alike each, a mother's 精神疾患, a father's 前科,
    a student's 信仰; a dead grandfather (neutral), a full-width 管理番号 passing the My Number
    check, the school's phone."""
    R = s.rng
    path = "11_メモ/担任引継ぎメモ_高1.txt"
    writer = s.staff[2]
    lines = [f"■ 担任引継ぎメモ（令和８年３月作成　{writer.name()}）", ""]
    s.add(path, "person_name", writer.name(""), writer, neutral=True)
    students = R.sample(s.students, 5)
    for k, st in enumerate(students):
        g, h, p = st.g0, ("-", *HYPHENS)[k], st.g0.mobile
        phone = f"{p[:3]}{h}{p[3:7]}{h}{p[7:]}"
        born = wareki(st.born)
        lines += [f"{k + 1}．{st.name()}（{born.translate(FULL_WIDTH) if k % 2 else born}生）",
                  f"　保護者：{g.name('')}（{g.rel}）　連絡先 "
                  f"{phone if k % 2 else phone.translate(FULL_WIDTH)}", MEMO_NOTES[k], ""]
        s.add(path, "person_name", st.name(""), st)
        s.add(path, "date_of_birth", st.born.isoformat(), st)
        s.add(path, "person_name", g.name(""), g)
        s.add(path, "phone_number", p, g)
        if k in (0, 2):
            s.add(path, "sensitive", "精神疾患" if k == 0 else "前科", g)
        if k == 4:
            s.add(path, "sensitive", "信仰", st)
    dead = s.faker.last_name() + " " + s.faker.first_name_male()
    lines.append(f"※{students[1].last}家の祖父 {dead}氏は令和７年１１月３日に死亡（死亡日）。"
                 "忌引き扱い済み。")
    s.add(path, "person_name", dead, neutral=True)
    lines.append("※受付日：令和８年３月２５日　管理番号：" + s.my_number().translate(FULL_WIDTH))
    lines.append(f"※事務連絡先 {SCHOOL} 03－3421－9876")
    s.add(path, "phone_number", SCHOOL_TEL, neutral=True)
    s.share.write(path, "\n".join(lines) + "\n")


def interviews(s: School) -> None:
    """保護者面談記録: six students, the guardian who came and their mail, the topic (a planned
    心療内科 visit is the student's health: the truth fix after blind scoring); the writer
    neutral."""
    R = s.rng
    path = "11_メモ/保護者面談記録_2026前期.docx"
    doc = docx.Document()
    doc.add_heading("保護者面談記録（前期）", 1)
    table = doc.add_table(rows=1, cols=5)
    table.style = "Table Grid"
    for cell, head in zip(table.rows[0].cells, ["面談日", "生徒", "来校者", "連絡先", "内容"],
                          strict=True):
        cell.text = head
    for st in R.sample(s.students, 6):
        g, cells = st.g0, table.add_row().cells
        cells[0].text = f"2026/07/{R.randint(10, 20)}"
        cells[1].text, cells[2].text, cells[3].text = st.name(), f"{g.name()}（{g.rel}）", g.email
        cells[4].text = R.choice(TOPICS)
        s.add(path, "person_name", st.name(""), st)
        s.add(path, "person_name", g.name(""), g)
        s.add(path, "email_address", g.email, g)
        if "心療内科" in cells[4].text:
            s.add(path, "sensitive", "心療内科", st)
    recorder = s.staff[1]
    doc.add_paragraph(f"記録者：{recorder.name()}（学年主任）")
    s.add(path, "person_name", recorder.name(""), recorder, neutral=True)
    s.share.save(path, doc)
