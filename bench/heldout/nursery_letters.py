"""The nursery's documents: one teacher's 扶養控除等申告書 and three 入園申込書 (.docx, a
sibling not enrolled on each), the 送迎者登録一覧 and the 職員緊急連絡網 (.docx), the
ひよこ組・りす組だより with its class list and the caterer's 請求書 (PDF).

Hard negatives: the 請求書's 請求番号 and 注文番号 pass the My Number check, its 法人番号 (and
T登録番号) is the caterer's and its product codes are JAN-like; the school's and caterer's
numbers and address and the teachers named as 担任 are neutral.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from docx import Document

from .identifiers import corporate_number, my_number
from .nursery_people import CHILD_F, CHILD_M, NAME, Nursery, katakana, wareki
from .share import add_row, header_table, label_table, pdf_bytes


def pdf(h: Nursery, path: str, lines: list[str]) -> None:
    """Lines of 10-point text from the top of an A4 page, 16 points apart, a page as it fills."""
    def draw(sheet: Any, font: str) -> None:
        sheet.setFont(font, 10)
        y = 800
        for line in lines:
            if y < 60:
                sheet.showPage()
                sheet.setFont(font, 10)
                y = 800
            sheet.drawString(50, y, line)
            y -= 16
    h.share.write(path, pdf_bytes(draw))


def tax_form(h: Nursery) -> None:
    """扶養控除等申告書: the third staff member's 個人番号, home and dependents'."""
    s = h.staff[2]
    path = f"05_職員/扶養控除等申告書_{s.last}.docx"
    doc = Document()
    doc.add_heading("令和7年分 給与所得者の扶養控除等（異動）申告書", 1)
    doc.add_paragraph(f"源泉徴収義務者：{NAME}　法人番号 {h.corporate}")
    h.t(path, "corporate_number", h.corporate, None, True)
    a, mn = s.addr, s.my_number
    label_table(doc, [("氏名", s.name()), ("フリガナ", katakana(s.kana())),
                      ("個人番号", " ".join([mn[:4], mn[4:8], mn[8:]])),
                      ("生年月日", wareki(s.born)),
                      ("住所", f"〒{a.zip_code('－')}　{a.line(True, 2)}"),
                      ("電話", h.phone(s.mobile, 2))])
    h.named(path, s, "kata")
    h.t(path, "my_number", mn, s)
    h.t(path, "date_of_birth", s.born, s)
    h.t(path, "postal_code", a.postal, s)
    h.t(path, "address", a.line(True, 2), s)
    h.t(path, "phone_number", s.mobile, s)
    doc.add_paragraph("控除対象扶養親族")
    table = header_table(doc, ["氏名", "続柄", "個人番号", "生年月日"])
    for d in [d for d in (s.spouse, s.kid) if d]:
        add_row(table, d.name(), d.rel, d.my_number, wareki(d.born))
        h.named(path, d)
        h.t(path, "my_number", d.my_number, d)
        h.t(path, "date_of_birth", d.born, d)
    h.save(path, doc)


def applications(h: Nursery) -> None:
    """入園申込書 of three families with a child in ひよこ組: both guardians' work and mail, the
    household, and an older sibling at the primary school."""
    rng = h.rng
    chosen = [f for f in h.families if any(c.cls == "ひよこ組" for c in f.kids)][:3]
    chosen += [f for f in h.families if f not in chosen][:3 - len(chosen)]
    for fam in chosen:
        c, a = fam.kids[0], fam.addr
        path = f"01_入園申込/入園申込書_{fam.last[0]}{c.first}.docx"
        doc = Document()
        doc.add_heading("令和6年度 保育所等利用申込書（兼 入園申込書）", 1)
        applied = wareki(date(2023, 11, rng.randint(1, 28)))
        doc.add_paragraph(f"ひだまり保育園 園長 殿　　申込日：{applied}")
        rows = [("児童氏名", c.name(), "ふりがな", c.kana()),
                ("生年月日", wareki(c.born), "性別", c.sex),
                ("住所", f"〒{a.zip_code()}\n{a.line()}", "自宅電話",
                 h.phone(fam.home, 0) if fam.home else "なし")]
        h.named(path, c, "hira")
        h.t(path, "date_of_birth", c.born, c)
        h.t(path, "postal_code", a.postal, fam.mother)
        h.t(path, "address", a.line(), fam.mother)
        if fam.home:
            h.t(path, "phone_number", fam.home, fam.mother)
        for g in (fam.father, fam.mother):
            if not g:
                continue
            rows += [(f"保護者（{g.rel}）", g.name(), "生年月日", wareki(g.born, 3)),
                     ("勤務先", g.work[0], "携帯電話", h.phone(g.mobile)),
                     ("就労時間", f"{rng.choice(['8:30', '9:00', '7:30'])}～"
                      f"{rng.choice(['17:30', '18:00', '16:00'])}", "メール", g.email)]
            h.named(path, g)
            h.t(path, "date_of_birth", g.born, g)
            h.t(path, "phone_number", g.mobile, g)
            h.t(path, "email_address", g.email, g)
        label_table(doc, rows, cols=4)
        doc.add_paragraph("同居の家族（児童本人を除く）")
        table = header_table(doc, ["氏名", "続柄", "生年月日", "備考"])
        for k in fam.kids[1:]:
            add_row(table, k.name(), "兄" if k.sex == "男" else "姉", wareki(k.born, 1),
                    f"当園{k.cls}在園")
            h.named(path, k)
            h.t(path, "date_of_birth", k.born, k)
        sib = h.person("sibling", fam.last, rng.choice(CHILD_M + CHILD_F), born=h.year(2014, 2017))
        add_row(table, sib.name(), "兄弟", wareki(sib.born, 1), "川口市立芝小学校 在学")
        h.named(path, sib)
        h.t(path, "date_of_birth", sib.born, sib)
        doc.add_paragraph("※ 入所選考のため、就労証明書・課税証明書を添付してください。"
                          "個人情報は保育の実施以外には使用しません。")
        h.save(path, doc)


def pickups(h: Nursery) -> None:
    """送迎者登録一覧: the grandparents who may collect a child, their mobile and address."""
    rng, path = h.rng, "09_送迎/送迎者登録一覧_2024.docx"
    doc = Document()
    doc.add_heading("お迎え者（保護者以外）登録一覧", 1)
    doc.add_paragraph("登録のない方へはお子様をお引渡しできません。写真付き身分証で確認すること。")
    table = header_table(doc, ["児童", "クラス", "お迎え者", "続柄", "連絡先", "住所"])
    for gp in h.grands:
        c = gp.fam.kids[0]
        mobile = h.phone(gp.mobile)
        home = gp.addr.line(rng.random() < .5)
        add_row(table, c.name(), c.cls, gp.name() + " 様", gp.rel, mobile, home)
        h.named(path, c)
        h.named(path, gp)
        h.t(path, "phone_number", gp.mobile, gp)
        h.t(path, "address", home, gp)
    h.save(path, doc)


def newsletter(h: Nursery) -> None:
    """November's ひよこ組・りす組だより: birthdays and the class list with mothers' mobiles."""
    rng, path = h.rng, "08_おたより/ひよこ組・りす組だより_2024年11月号.pdf"
    lines = ["ひよこ組・りす組だより　11月号", "ひだまり保育園　TEL 048-255-3710", "",
             "朝晩冷え込むようになりました。体調の変化に気をつけましょう。",
             "11月のお誕生日のおともだち"]
    h.school(path, "tel")
    young = [c for c in h.children if c.cls in ("ひよこ組", "りす組")]
    for c in young:
        if c.born.month == 11 or rng.random() < .2:
            lines.append(f"　{c.name()}ちゃん（{c.born.month}月{c.born.day}日）")
            h.t(path, "person_name", c.name(), c)
    lines += ["", "クラス名簿（連絡網順）"]
    for c in young:
        g = c.fam.mother
        lines.append(f"{c.cls}　{c.name()}（{c.kana()}）　保護者：{g.name()}　"
                     f"{h.phone(g.mobile, 0)}")
        h.named(path, c, "hira")
        h.named(path, g)
        h.t(path, "phone_number", g.mobile, g)
    t1, t2 = h.staff[3], h.staff[4]
    lines += ["", f"担任：{t1.name()}・{t2.name()}",
              "※ 名簿はクラス内の連絡網としてのみご利用ください。"]
    h.t(path, "person_name", t1.name(), t1, True)
    h.t(path, "person_name", t2.name(), t2, True)
    pdf(h, path, lines)


def invoice(h: Nursery) -> None:
    """The caterer's October 請求書: hard negatives only."""
    rng, path = h.rng, "04_保育料/請求書_すこやかフーズ_202410.pdf"
    h.vendor_corporate = vcorp = corporate_number(rng, nonzero_lead=True)
    lines = ["請　求　書", "株式会社すこやかフーズ　法人番号 " + vcorp,
             "〒330-0063 さいたま市浦和区高砂3-5-2　TEL 048-822-5511", "登録番号 T" + vcorp,
             f"請求番号 {my_number(rng)}　　注文番号 {my_number(rng)}", "ひだまり保育園 御中", "",
             "品名　　　数量　単価　金額"]
    for _ in range(8):
        item = rng.choice(["給食食材（幼児）", "給食食材（乳児）", "おやつ", "アレルギー対応食"])
        lines.append(f"{item}  商品コード {rng.randint(4900000000000, 4999999999999)}  "
                     f"{rng.randint(10, 90)}  {rng.randint(100, 900)}円")
    lines += ["", "お振込先：埼玉りそな銀行 浦和支店 当座 0123456 カ）スコヤカフーズ",
              "担当：営業部 中野 美香"]
    for category, value in (("corporate_number", vcorp), ("phone_number", "0488225511"),
                            ("address", "さいたま市浦和区高砂3-5-2"), ("postal_code", "3300063"),
                            ("bank_account", "0123456"), ("person_name", "中野美香")):
        h.t(path, category, value, None, True)
    pdf(h, path, lines)


def staff_contacts(h: Nursery) -> None:
    """職員緊急連絡網: every staff member's mobile and nearest station."""
    rng, path = h.rng, "05_職員/職員緊急連絡網.docx"
    doc = Document()
    doc.add_heading("職員緊急連絡網（災害時）", 1)
    table = header_table(doc, ["順", "氏名", "携帯", "自宅最寄駅"])
    for i, s in enumerate(h.staff):
        add_row(table, str(i + 1), s.name("") + ("先生" if i > 0 else ""), h.phone(s.mobile, 1),
                rng.choice(["川口", "西川口", "蕨", "戸田公園", "赤羽"]))
        h.named(path, s)
        h.t(path, "phone_number", s.mobile, s)
    h.save(path, doc)

