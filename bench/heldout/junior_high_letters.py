"""The school's documents: the PTA officers (.docx), the heart check's second-round list
(PDF), the SC's notes, the 不登校 support sheet (.docx), the volleyball club's members, the
home visits (.docx), the photo consents (.docx), the 生徒指導 handover memo, the 校務支援
manual (its sample values) and the newsletter (PDF; a 申込番号 passing the My Number check).

The school's phone, fax and address, surnames alone and kana readings are neutral.
"""

from __future__ import annotations

from datetime import date

import docx

from .identifiers import my_number
from .junior_high_people import (
    CITY,
    SCH_ADDR,
    SCH_FAX,
    SCH_TEL,
    SCH_ZIP,
    SCHOOL,
    School,
    era,
)
from .share import header_table, label_table

SC_ISSUES = ["いじめ被害", "不登校", "父親からの暴力（DV目撃）", "リストカット痕",
             "母子家庭・経済的困窮", "適応障害の診断"]
PTA_ROLES = ["会長", "副会長", "副会長", "書記", "会計", "会計監査", "広報委員長", "校外委員長"]


def pta(c: School) -> None:
    """02_保護者/PTA役員名簿_R6.docx: eight students' guardians as officers."""
    p = "02_保護者/PTA役員名簿_R6.docx"
    d = docx.Document()
    d.add_heading("令和6年度 PTA役員名簿", 1)
    d.add_paragraph(f"{SCHOOL} PTA　事務局 TEL {c.phone(SCH_TEL, 0)}")
    c.neutral(p, "phone_number", SCH_TEL)
    tb = header_table(d, ["役職", "氏名", "生徒（学年組）", "住所", "電話"], "Table Grid")
    for role, s in zip(PTA_ROLES, c.rng.sample(c.students, 8), strict=True):
        G = s.g
        texts = [role, G.full(), f"{s.full(False)}（{s.grade}-{s.kumi}）", s.addr2,
                 c.phone(G.mobile)]
        for cell, text in zip(tb.add_row().cells, texts, strict=True):
            cell.text = text
        c.t(p, "person_name", G.full(), G)
        c.t(p, "person_name", s.full(False), s)
        c.t(p, "address", s.addr2, G)
        c.t(p, "phone_number", G.mobile, G)
    c.save(p, d)


def heart(c: School) -> None:
    """03_保健室/心臓検診_要精密検査者一覧.pdf: students with a heart condition, two more with
    a WPW suspicion."""
    p = "03_保健室/心臓検診_要精密検査者一覧.pdf"
    doctor = c.doctor
    lines = [f"{SCHOOL}　心臓検診 二次検診対象者（令和6年6月）",
             f"学校医　{doctor.name('')}　（{doctor.clinic}）", ""]
    c.t(p, "person_name", doctor.name(""), doctor)
    for s in c.students:
        heart_conds = [cond for kind, cond in c.health.get(s.id, []) if kind == "心臓疾患"]
        if heart_conds:
            lines.append(f"{s.grade}年{s.kumi}組 {s.full()}　生年月日 {era(s.born)}　"
                         f"所見：{heart_conds[0]}")
            c.rec(p, s, bd=True)
            c.t(p, "sensitive", heart_conds[0], s)
    for s in c.rng.sample([x for x in c.students if x.id not in c.health], 2):
        lines.append(f"{s.grade}年{s.kumi}組 {s.full()}　生年月日 {era(s.born)}　"
                     "所見：心電図異常（WPW症候群疑い）")
        c.rec(p, s, bd=True)
        c.t(p, "sensitive", "WPW症候群疑い", s)
    lines += ["", f"問合せ先：{SCHOOL} 保健室 {c.phone(SCH_TEL, 0)}"]
    c.neutral(p, "phone_number", SCH_TEL)
    c.pdf(p, lines)


def sc_notes(c: School) -> None:
    """04_相談/SC相談記録_2024前期.txt: six students' issues (sensitive) and guardians."""
    rng, sc = c.rng, c.counselor
    c.sc_cases = rng.sample(c.students, 6)
    p = "04_相談/SC相談記録_2024前期.txt"
    lines = [f"スクールカウンセラー相談記録（{sc.last}）　※校外持出厳禁", ""]
    c.t(p, "person_name", sc.last, sc, True)
    for s, issue in zip(c.sc_cases, SC_ISSUES, strict=True):
        s.sc = issue
        day = date(2024, rng.randint(4, 9), rng.randint(1, 28))
        hr = c.homeroom[(s.grade, s.kumi)]
        lines.append(f"■{day.month}/{day.day}　{s.grade}-{s.kumi} {s.full(False)}さん"
                     f"（担任：{hr.last}先生）")
        lines.append(f"　主訴：{issue}。本人は「学校に行きたくない日が増えた」と話す。"
                     f"保護者（{s.g.rel}・{s.g.full(False)}さん）とも面談予定。")
        lines.append("")
        c.t(p, "person_name", s.full(), s)
        c.t(p, "sensitive", issue, s)
        c.t(p, "person_name", s.g.full(), s.g)
        c.t(p, "person_name", hr.last, hr, True)
    lines.append(f"連絡先（SC携帯）：{c.phone(sc.mobile, 2)}")
    c.t(p, "phone_number", sc.mobile, sc)
    c.share.write(p, "\n".join(lines) + "\n")


def truancy(c: School) -> None:
    """04_相談/不登校対応記録_個票.docx: the 不登校 case's support sheet."""
    p = "04_相談/不登校対応記録_個票.docx"
    s = next(x for x in c.sc_cases if x.sc == "不登校")
    hr, sc = c.homeroom[(s.grade, s.kumi)], c.counselor
    d = docx.Document()
    d.add_heading("不登校児童生徒 個別支援シート", 1)
    label_table(d, [("生徒氏名", s.full()), ("ふりがな", s.furigana),
                    ("学年・組", f"{s.grade}年{s.kumi}組"), ("生年月日", era(s.born)),
                    ("住所", CITY + s.addr), ("保護者", f"{s.g.full()}（{s.g.rel}）"),
                    ("連絡先", c.phone(s.g.mobile, 1)), ("欠席日数", "1学期 38日"),
                    ("状況", "起立性調節障害の診断あり。5月連休明けから登校できていない。"),
                    ("家庭環境", "両親離婚調停中。"), ("担当", f"{hr.last}、SC {sc.name()}")],
                "Table Grid")
    c.rec(p, s, bd=True, addr=CITY + s.addr)
    c.kn(p, s, s.furigana)
    c.t(p, "person_name", s.g.full(), s.g)
    c.t(p, "phone_number", s.g.mobile, s.g)
    for issue in ("起立性調節障害", "不登校", "両親離婚調停中"):
        c.t(p, "sensitive", issue, s)
    c.t(p, "person_name", sc.name(""), sc)
    c.t(p, "person_name", hr.last, hr, True)
    c.save(p, d)


def volleyball(c: School) -> None:
    """06_部活/部員名簿_女子バレー部.txt: the first twelve girls and their guardians' mobiles."""
    p = "06_部活/部員名簿_女子バレー部.txt"
    adviser = c.teachers[8]
    lines = ["女子バレー部 部員名簿（顧問 " + adviser.last + "）", ""]
    c.t(p, "person_name", adviser.last, adviser, True)
    for s in [x for x in c.students if x.sex == "女"][:12]:
        name = s.full(c.rng.random() < 0.5)
        lines.append(f"{s.grade}-{s.kumi}　{name}　保護者携帯 {c.phone(s.g.mobile)}")
        c.rec(p, s)
        c.t(p, "phone_number", s.g.mobile, s.g)
    c.share.write(p, "\n".join(lines) + "\n")


def home_visits(c: School) -> None:
    """08_家庭訪問/家庭訪問予定_1年1組.docx: the 1年1組 visits, guardians and addresses."""
    p = "08_家庭訪問/家庭訪問予定_1年1組.docx"
    hr = c.homeroom[(1, 1)]
    d = docx.Document()
    d.add_heading(f"家庭訪問 予定表（1年1組 担任 {hr.full()}）", 1)
    c.t(p, "person_name", hr.full(), hr)
    tb = header_table(d, ["日時", "生徒", "保護者", "住所", "備考"], "Table Grid")
    for j, s in enumerate(c.grade(1, 1)):
        row = tb.add_row().cells
        row[0].text = f"5/{13 + j // 4} {14 + j % 4}:00"
        row[1].text, row[2].text, row[3].text = s.full(), s.g.full() + " 様", s.addr2
        row[4].text = c.rng.choice(["", "駐車場なし", "犬あり", "玄関インターホン故障"])
        c.rec(p, s)
        c.t(p, "person_name", s.g.full(), s.g)
        c.t(p, "address", s.addr2, s)
    c.save(p, d)


def photo_consents(c: School) -> None:
    """10_行事/写真掲載同意書_回収分.docx: five consents with the guardian's signature."""
    p = "10_行事/写真掲載同意書_回収分.docx"
    principal = c.teachers[0]
    d = docx.Document()
    d.add_heading("学校行事における写真・動画掲載に関する同意書", 1)
    d.add_paragraph(f"{SCHOOL}長 {principal.full()} 殿")
    c.t(p, "person_name", principal.full(), principal)
    for s in c.rng.sample(c.students, 5):
        d.add_paragraph("私は、学校ホームページ・学校だよりへの写真掲載に同意します。")
        label_table(d, [("生徒氏名", f"{s.grade}年{s.kumi}組 {s.full()}"),
                        ("保護者署名", s.g.full()),
                        ("同意", c.rng.choice(["同意する", "顔が特定できない写真のみ同意"])),
                        ("記入日", "R6/4/15")], "Table Grid")
        c.rec(p, s)
        c.t(p, "person_name", s.g.full(), s.g)
    c.save(p, d)


def handover(c: School) -> None:
    """引継ぎ/引継ぎメモ_生徒指導_前任より.txt: a 補導歴, a guardian's mobile, a ネグレクト
    suspicion with the address."""
    p = "引継ぎ/引継ぎメモ_生徒指導_前任より.txt"
    a, b, s = c.rng.sample(c.students, 3)
    prev = c.teachers[5]
    lines = ["生徒指導 引継ぎメモ（前任 " + prev.full(False) + "）", "",
             f"・{a.grade}年 {a.name()}（{era(a.born, 1)}生）: 昨年度 万引きで補導歴あり。"
             "警察（少年係）とのやり取りは教頭が保管。",
             f"・{b.grade}年 {b.full(False)}: {b.g.rel}親 {b.g.full(False)}さんは夜勤あり、"
             f"日中は携帯 {c.phone(b.g.mobile, 1)} に。",
             f"・{s.grade}年 {s.full(False)}: 児童相談所が関与（ネグレクト疑い）。住所 {s.addr}。",
             f"・学校代表 {c.phone(SCH_TEL, 0)}、FAX {c.phone(SCH_FAX, 0)}。"]
    c.share.write(p, "\n".join(lines) + "\n")
    c.t(p, "person_name", prev.full(), prev)
    c.t(p, "person_name", a.full(), a)
    c.t(p, "date_of_birth", a.born.isoformat(), a)
    c.t(p, "sensitive", "万引きで補導歴あり", a)
    c.t(p, "person_name", b.full(), b)
    c.t(p, "person_name", b.g.full(), b.g)
    c.t(p, "phone_number", b.g.mobile, b.g)
    c.t(p, "person_name", s.full(), s)
    c.t(p, "sensitive", "ネグレクト疑い", s)
    c.t(p, "address", s.addr, s)
    c.neutral(p, "phone_number", SCH_TEL, SCH_FAX)


def manual(c: School) -> None:
    """マニュアル/校務支援システム_操作手順.txt: sample values only, the school's contact."""
    p = "マニュアル/校務支援システム_操作手順.txt"
    c.share.write(p, f"""校務支援システム 操作手順（{SCHOOL}）
1. 生徒登録：氏名欄に「山田 太郎」のように姓と名の間に全角スペースを入れる。
2. 電話番号は 090-0000-0000 の形式で入力。メールは test@example.com のような形式。
3. 生年月日は 2012/04/01 形式。
4. 給食費のカード払い登録テスト用番号：4111111111111111（テスト環境のみ）。
5. 個人番号欄のテスト値：123456789018 は使用しないこと。
6. 問合せ：{SCHOOL} 情報担当　{SCH_ZIP} {SCH_ADDR}　TEL {c.phone(SCH_TEL, 0)}
""")
    school_contact(c, p)


def school_contact(c: School, p: str) -> None:
    c.neutral(p, "address", SCH_ADDR)
    c.neutral(p, "phone_number", SCH_TEL)
    c.neutral(p, "postal_code", SCH_ZIP)


def newsletter(c: School) -> None:
    """10_行事/学校だより_10月号.pdf: the school's contact, the principal, a 申込番号."""
    p = "10_行事/学校だより_10月号.pdf"
    principal = c.teachers[0]
    c.pdf(p, [f"{SCHOOL} 学校だより 10月号",
              f"〒{SCH_ZIP} {SCH_ADDR}　TEL {c.phone(SCH_TEL, 0)}", "",
              f"校長　{principal.full()}",
              "体育祭は10月5日（土）に実施します。雨天時は10月7日（月）に延期します。",
              "申込番号 " + my_number(c.rng) + " の方は受付で提示してください。"])
    school_contact(c, p)
    c.t(p, "person_name", principal.full(), principal)
