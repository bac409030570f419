"""The driving school's letters: the blank 質問票 (disease names in its questions only), two
minors' 入校申込書 with a parent's consent (.docx; the second into the backup zip), the 北分校's
November 入校申込書 (PDF, a page each) and the 受付's 引継ぎメモ (full-width digits, hyphen
look-alikes, a password, a card read out over the phone)."""

from __future__ import annotations

from datetime import timedelta

import docx

from .driving_school_people import SCHOOL, TEL, TEL_NORTH, Person, School
from .driving_school_tables import sex
from .japanese import FULL_WIDTH, HYPHENS, wareki
from .share import label_table, pdf_bytes

QUESTIONS = [
    "過去5年以内に、病気を原因として又は原因は明らかでないが、意識を失ったことがある。",
    "過去5年以内に、病気を原因として発作的に身体の全部又は一部のけいれんがある。",
    "過去5年以内に、十分な睡眠時間を取っているにもかかわらず、日中、活動している最中に眠り込んでしまうことが週3回以上ある。",
    "過去1年以内に、飲酒を繰り返し、絶えず体にアルコールが入っている状態を3日以上続けたことが3回以上ある。",
    "病気を理由として、医師から運転免許の取得又は運転を控えるよう助言を受けている。",
]
HIGH_SCHOOLS = ["県立大宮北高等学校", "私立川越学園高等学校", "県立上尾南高等学校"]


def zen_wareki(day) -> str:
    """和暦 in full-width digits (令和８年, no 元年), as the mail and the memo type it."""
    return wareki(day, gannen=False).translate(FULL_WIDTH)


def questionnaire(s: School) -> None:
    """質問票_様式: the form's law and questions name conditions, but no one (a hard negative)."""
    d = docx.Document()
    d.add_heading("病気の症状等に関する質問票", 1)
    d.add_paragraph("道路交通法第101条の5に基づき、次の質問にお答えください。てんかん、統合失調症、そううつ病、"
                    "低血糖症（糖尿病による）、睡眠障害、認知症、アルコール中毒等に該当する方は、主治医の診断書を"
                    "ご提出ください。")
    t = d.add_table(rows=6, cols=3)
    t.cell(0, 0).text, t.cell(0, 1).text, t.cell(0, 2).text = "番号", "質問", "回答"
    for i, q in enumerate(QUESTIONS, 1):
        t.cell(i, 0).text, t.cell(i, 1).text, t.cell(i, 2).text = str(i), q, "はい ・ いいえ"
    d.add_paragraph("氏名（自署）＿＿＿＿＿＿＿＿　　生年月日　昭和・平成・令和　　年　　月　　日")
    d.add_paragraph("※虚偽の記載をして提出した者は、1年以下の懲役又は30万円以下の罰金に処せられます。"
                    "視力検査・色彩識別検査・深視力検査は別途実施します。")
    s.share.save("適性検査/質問票_様式.docx", d)


def _application(s: School, path: str, st: Person) -> docx.Document:
    """A minor's 入校申込書: the student's rows, then the parent's (住所 同上); 受付番号 passes
    the licence check."""
    R = s.rng
    g = s.guardians[st.id]
    d = docx.Document()
    d.add_heading("入校申込書", 1)
    d.add_paragraph(f"受付番号 {s.licence(code=43)}　　受付日 {wareki(st.enter)}　　{st.branch}")
    rows = [("フリガナ", s.add(path, "person_name", st.kana(), st), "性別", sex(st)),
            ("氏名", s.add(path, "person_name", st.name(), st), "生年月日",
             s.born(path, st, wareki(st.born))),
            ("現住所", f"〒{s.add(path, 'postal_code', st.addr.postal, st)} "
                       f"{s.add(path, 'address', st.addr.full(), st)}", "", ""),
            ("携帯電話", s.add(path, "phone_number", st.mobile, st), "メール",
             s.add(path, "email_address", st.email, st))]
    if st.addr.landline:
        rows.append(("自宅電話", s.add(path, "phone_number", st.addr.landline, st), "", ""))
    rows += [("希望車種", st.course, "教習原簿番号", st.genbo),
             ("学校名", R.choice(HIGH_SCHOOLS), "学年", "3年")]
    label_table(d, rows, cols=4)
    d.add_paragraph("【保護者（親権者）同意欄】 未成年者の入校にあたり、"
                    "保護者の同意を必要とします。")
    label_table(d, [("保護者氏名", s.add(path, "person_name", g.name(), g)), ("続柄", g.rel),
                    ("保護者連絡先", s.add(path, "phone_number", g.mobile, g)),
                    ("保護者住所", "同上")])
    d.add_paragraph(f"上記の者の入校に同意します。　{wareki(st.enter)}　保護者署名 {g.name()}　印")
    d.add_paragraph(f"{SCHOOL} 受付 TEL {TEL}")
    s.school(path)
    return d


def applications(s: School) -> None:
    """The first two minors' 入校申込書: the first in 受付/, the second kept for the backup zip
    (its values under backup/旧台帳_2025年度.zip!2025/申込書/…)."""
    for k, st in enumerate([x for x in s.students if x.minor][:2]):
        if k == 0:
            path = f"受付/入校申込書/申込書_{st.genbo}.docx"
            s.share.save(path, _application(s, path, st))
        else:
            inner = f"2025/申込書/申込書_{st.genbo}.docx"
            d = _application(s, f"backup/旧台帳_2025年度.zip!{inner}", st)
            s.zipped[inner] = s.share.document_bytes(d)


def application_pdf(s: School) -> None:
    """The 北分校's November 入校申込書 (PDF): three licence holders (the licence number, a
    re-acquirer's 講習 noted) and two first-timers; the 教習車's plate and 車台番号."""
    R = s.rng
    path = "受付/入校申込書_北分校_11月分.pdf"
    north = [x for x in s.students if x.branch == "北分校"]
    chosen = ([x for x in north if x.lic][:3]
              + [x for x in north if not x.lic and not x.minor][:2])

    def draw(sheet, font):
        for st in chosen:
            sheet.setFont(font, 16)
            sheet.drawString(60, 790, "入校申込書（北分校）")
            sheet.setFont(font, 10)
            lines = [f"受付日 {wareki(st.enter)}    教習原簿番号 {st.genbo}",
                     f"フリガナ {s.add(path, 'person_name', st.kana(), st)}",
                     f"氏名 {s.add(path, 'person_name', st.name(), st)}",
                     f"生年月日 {s.born(path, st, wareki(st.born))}",
                     f"住所 〒{s.add(path, 'postal_code', st.addr.postal, st)} "
                     f"{s.add(path, 'address', st.addr.short(pref=True), st)}",
                     f"電話 {s.add(path, 'phone_number', st.mobile, st)}",
                     f"希望車種 {st.course}"]
            if st.lic:
                lines.append(f"現に受けている免許 {st.lic_kind}  免許証番号 "
                             f"第{s.add(path, 'drivers_license_number', st.lic, st)}号")
                if st.reacq:
                    lines.append("取消処分者講習 修了（修了証明書写し添付）")
            lines.append(f"車両番号（教習車） 大宮 500 す "
                         f"{R.randint(10, 99)}-{R.randint(10, 99)}   "
                         f"車台番号 NZE161-{R.randint(7000000, 7999999)}")
            for y, line in enumerate(lines):
                sheet.drawString(60, 750 - 22 * y, line)
            sheet.showPage()

    s.share.write(path, pdf_bytes(draw))


def memo(s: School) -> None:
    """引継ぎメモ_北分校 (CRLF): three re-acquirers (full-width births, old licences, addresses
    and phones with a look-alike hyphen), a student's surname (neutral), plates and 車台番号, the
    法人番号, the 受付端末's password (the 事務's, her surname neutral), the first card payer's
    card with its code, a 北分校 student's condition."""
    R, a = s.rng, s.add
    path = "メモ/引継ぎメモ_北分校.txt"
    lines = ["【北分校 受付 引継ぎメモ】 令和８年１１月２５日", ""]
    for st in [x for x in s.students if x.reacq][:3]:
        h = R.choice(HYPHENS)
        who = a(path, "person_name", st.name(""), st)
        birth = s.born(path, st, zen_wareki(st.born))
        old = a(path, "drivers_license_number", st.lic.translate(FULL_WIDTH), st)
        lines.append(f"・{who}さん（再取得者、{birth}生）取消処分者講習の修了証を確認済み。"
                     f"旧免許 {old}。住所変更あり→ {st.addr.typed(h)}")
        a(path, "address", st.addr.dashed(), st)  # (its hyphen normalized: 1-2-3)
        phone = a(path, "phone_number", st.mobile.translate(FULL_WIDTH).replace("－", h), st)
        lines.append(f"  連絡先 {phone}（日中は出られないとのこと）")
    st = R.choice(s.students)
    lines.append(f"・{a(path, 'person_name', st.last, st, neutral=True)}さん 仮免許交付 "
                 f"{zen_wareki(st.enter + timedelta(days=30))}、修了検定 令和８年１２月３日予定。")
    lines.append(f"・教習車 {R.randint(20, 30)}号車（大宮 300 な "
                 f"{R.randint(10, 99)}－{R.randint(10, 99)}、車台番号 ZRE212－"
                 f"{R.randint(6000000, 6999999)}）ブレーキ異音 → 整備へ")
    lines.append(f"・法人番号 {s.corp}（補助金申請用、本校経理に確認済）")
    a(path, "corporate_number", s.corp, "ORG", neutral=True)
    clerk = s.staff[9]
    lines.append(f"・予約システム 受付端末 ID: kita-uketsuke / PW: "
                 f"{a(path, 'credential', 'Hokuto#2611kita', clerk)}"
                 f"（{a(path, 'person_name', clerk.last, clerk, neutral=True)}さん管理）")
    if s.cards:
        p, card, exp = next(iter(s.cards.values()))
        lines.append(f"・電話でカード払い希望：{a(path, 'person_name', p.name(), p)}様 カード "
                     f"{a(path, 'credit_card_number', card.translate(FULL_WIDTH), p)} 期限 "
                     f"{a(path, 'card_expiry', exp, p)} セキュリティコード "
                     f"{a(path, 'card_security_code', str(R.randint(100, 999)), p)} "
                     "→ 決済後このメモは削除すること！")
    for st in [x for x in s.students if x.id in s.sick and x.branch == "北分校"][:1]:
        who = a(path, "person_name", st.name(""), st)
        term = a(path, "sensitive", s.sick[st.id][1], st)
        lines.append(f"・{who}さん、{term}の件で診断書の再提出をお願いした"
                     "（臨時適性検査の可能性あり）。")
    lines.append("・視力 0.7 未満の方は眼鏡等の条件付き。色覚は問題なし。"
                 "健康診断は不要（念のため）。")
    lines.append(f"・代表 {TEL}／北分校 {TEL_NORTH}")
    s.school(path, name=False, north=True)
    s.share.write(path, "".join(line + "\r\n" for line in lines))
