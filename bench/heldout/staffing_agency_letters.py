"""The staffing agency's papers: two 個人番号届出書 .docx with dependants, two 労働者派遣個別契約書
.docx, three 就業条件明示書 PDFs and the coordinator's 面談メモ (full-width digits, hyphen
look-alikes, 和暦; last month's, in CP932, in the backup)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from docx import Document

from .japanese import FULL_WIDTH, HYPHENS, wareki
from .share import label_table, pdf_bytes
from .staffing_agency_people import CADDR, COMPANY, JOBS, Agency, Person, grp

MEMO_HYPHENS = (*HYPHENS, "-")
AILMENTS = ["腰椎椎間板ヘルニア", "うつ病", "パニック障害", "糖尿病", "メニエール病"]


def fw(text: str) -> str:
    return text.translate(FULL_WIDTH)


def my_number_forms(s: Agency) -> None:
    """個人番号届出書 of the second and third dependants' owners: a label | value table, then the
    dependants with their 個人番号; the HR clerk who took it by surname (neutral)."""
    R = s.rng
    clerk = s.hr[0]
    for o in s.fam_owners[1:3]:
        path = f"人事/マイナンバー/提出書/個人番号届出書_{o.sid}.docx"
        d = Document()
        d.add_heading("個人番号（マイナンバー）届出書", 1)
        d.add_paragraph(f"{COMPANY}　代表取締役 殿")
        d.add_paragraph("私は、下記のとおり個人番号を届け出ます。利用目的（源泉徴収票作成事務、"
                        "健康保険・厚生年金保険届出事務、雇用保険届出事務）に同意します。")
        ad = o.addr.full()
        label_table(d, [("フリガナ", o.kana()), ("氏名", o.name()), ("生年月日", wareki(o.born)),
                        ("個人番号", grp(o.mn, (4, 4, 4))), ("住所", f"〒{o.addr.postal}　{ad}"),
                        ("電話番号", o.mobile), ("スタッフID", o.sid)], "Table Grid")
        s.basic(path, o, [o.kana(), o.name()], dob=True, addr=ad, postal=True, phone=o.mobile)
        s.add(path, "my_number", o.mn, o)
        d.add_paragraph("")
        d.add_paragraph("扶養親族（被扶養者）")
        table = d.add_table(rows=1, cols=5)
        table.style = "Table Grid"
        heads = ["続柄", "氏名", "フリガナ", "生年月日", "個人番号"]
        for cell, head in zip(table.rows[0].cells, heads, strict=True):
            cell.text = head
        for f in o.family:
            values = [f.rel, f.name(" "), f.kana(), wareki(f.born), f.mn]
            for cell, value in zip(table.add_row().cells, values, strict=True):
                cell.text = value
            for value, category in [(f.name(" "), "person_name"), (f.kana(), "person_name"),
                                    (f.born, "date_of_birth"), (f.mn, "my_number")]:
                s.add(path, category, value, f)
        d.add_paragraph(f"提出日：令和６年{R.randint(4, 9)}月{R.randint(1, 28)}日　　"
                        f"受付者：{clerk.last}")
        s.add(path, "person_name", clerk.last, clerk, neutral=True)
        d.add_paragraph("※本人確認書類（運転免許証）の写しを添付のこと。取得した個人番号は施錠保管する。")
        s.share.save(path, d)


def contracts(s: Agency) -> None:
    """労働者派遣個別契約書 with the first two clients: 契約番号 and 案件番号 passing the My Number
    check, the client's 法人番号, both sides' contacts; the companies, their addresses, the
    client's phone and both 代表取締役 (the client's drawn from Faker) neutral."""
    R = s.rng
    manager, clerk = s.sales[0], s.hr[0]
    for cl in s.clients[:2]:
        path = f"営業/契約書/労働者派遣個別契約書_{cl.name}.docx"
        c = cl.contacts[0]
        d = Document()
        d.add_heading("労働者派遣個別契約書", 1)
        d.add_paragraph(f"契約番号：{s.my_number()}")
        d.add_paragraph(f"{cl.name}（以下「甲」という。）と{COMPANY}（以下「乙」という。）は、"
                        f"労働者派遣基本契約に基づき、次のとおり個別契約を締結する。")
        start = s.between(date(2024, 4, 1), date(2024, 10, 1))
        end = start + timedelta(days=181)
        site = cl.addr.full(bld=False)
        label_table(d, [
            ("派遣先事業所", f"{cl.name} 本社（{site}）"), ("法人番号（甲）", cl.corp),
            ("業務内容", R.choice(JOBS) + "（政令業務以外）"),
            ("派遣期間", f"{start:%Y年%m月%d日}～{end:%Y年%m月%d日}"),
            ("就業時間", "9時00分～18時00分（休憩60分）"), ("派遣人数", f"{R.randint(2, 6)}名"),
            ("指揮命令者", f"{c.role_title} {c.name(' ')}（TEL {c.tel}）"),
            ("派遣先責任者", f"{c.role_title} {c.name(' ')}"),
            ("派遣元責任者",
             f"{manager.dept} {manager.title} {manager.name(' ')}（TEL {manager.ext}）"),
            ("苦情処理申出先", f"乙：{clerk.dept} {clerk.name(' ')}（{clerk.wmail}）"),
            ("派遣料金", f"時間額 {R.randint(17, 28) * 100}円（税別）"),
            ("案件番号", s.my_number()),
        ], "Table Grid")
        d.add_paragraph(f"契約締結日：{start - timedelta(days=14):%Y年%m月%d日}")
        rep = f"{s.faker.last_name()} {s.faker.first_name()}"
        d.add_paragraph(f"甲　{site}　{cl.name}　代表取締役 {rep}")
        d.add_paragraph(f"乙　{CADDR}　{COMPANY}　代表取締役 高瀬 修一")
        s.share.save(path, d)
        s.add(path, "corporate_number", cl.corp, cl)
        for value, category in [(cl.name, "person_name"), (COMPANY, "person_name"),
                                (site, "address"), (CADDR, "address")]:
            s.add(path, category, value, neutral=True)
        s.add(path, "person_name", c.name(" "), c)
        s.add(path, "phone_number", c.tel, c, neutral=True)
        s.add(path, "person_name", manager.name(" "), manager)
        s.add(path, "phone_number", manager.ext, manager, neutral=True)
        s.add(path, "person_name", clerk.name(" "), clerk)
        s.add(path, "email_address", clerk.wmail, clerk)
        s.add(path, "person_name", rep, neutral=True)
        s.add(path, "person_name", "高瀬 修一", neutral=True)


def work_terms(s: Agency) -> None:
    """就業条件明示書 (A4 PDF) for two assigned Japanese staff and one foreign: name, birth in
    和暦, home, the client (neutral) and its contact, a 契約番号 passing the My Number check."""
    manager = s.sales[0]
    chosen = [x for x in s.assigned if not x.foreign][:2] + [x for x in s.assigned if x.foreign][:1]
    for p in chosen:
        path = f"営業/就業条件明示書/就業条件明示書_{p.sid}.pdf"
        cl, contact = p.client, p.client.contacts[0]
        lines = [f"{p.name(' ')} 殿", f"スタッフID：{p.sid}　　生年月日：{wareki(p.born)}",
                 f"住所：〒{p.addr.postal} {p.addr.full()}",
                 f"派遣先：{cl.name}（{cl.addr.full(bld=False)}）", f"業務内容：{p.job}",
                 f"派遣期間：{p.start:%Y年%m月%d日} ～ {p.end:%Y年%m月%d日}",
                 f"契約番号：{s.my_number()}",
                 f"指揮命令者：{contact.role_title} {contact.name(' ')}",
                 f"派遣元責任者：{manager.name(' ')}（{manager.ext}）",
                 "賃金：時給 1,450円　通勤手当 実費（上限 月2万円）",
                 "雇用保険・健康保険・厚生年金保険：加入",
                 f"発行日：{date(2024, 10, 1):%Y年%m月%d日}　{COMPANY}"]

        def draw(sheet, font, lines=lines):
            sheet.setFont(font, 14)
            sheet.drawString(180, 800, "就業条件明示書（兼 雇入れ時の労働条件明示書）")
            sheet.setFont(font, 10)
            for k, line in enumerate(lines):
                sheet.drawString(50, 770 - 22 * k, line)

        s.share.write(path, pdf_bytes(draw))
        s.add(path, "person_name", p.name(" "), p)
        s.add(path, "date_of_birth", p.born, p)
        s.add(path, "address", p.addr.full(), p)
        s.add(path, "postal_code", p.addr.postal, p)
        s.add(path, "person_name", contact.name(" "), contact)
        s.add(path, "person_name", manager.name(" "), manager)
        s.add(path, "phone_number", manager.ext, manager, neutral=True)
        s.add(path, "person_name", cl.name, neutral=True)
        s.add(path, "person_name", COMPANY, neutral=True)
        s.add(path, "address", cl.addr.full(bld=False), neutral=True)


def _memo_entry(s: Agency, path: str, p: Person, out: list[str]) -> None:
    """One staff member's interview: birth three ways, a new mobile with hyphen look-alikes, a
    move, an ailment, a job offer (a 求人番号 passing the My Number check), a dependant's
    個人番号 said aloud, a lost 保険証."""
    R = s.rng
    d = s.between(date(2024, 9, 1), date(2024, 10, 25))
    nm = p.name("") if not p.foreign else f"{p.last_kana}{p.first_kana}".replace("・", "")
    out.append(f"{fw(str(d.month))}月{fw(str(d.day))}日　{nm}さん（{p.sid}）来社面談")
    s.add(path, "person_name", nm, p)
    r = R.random()
    born = R.choice([fw(wareki(p.born)), wareki(p.born),
                     f"{p.born.year}年{p.born.month}月{p.born.day}日"])
    out.append(f"・生年月日 {born}（{2024 - p.born.year}歳）。希望は{p.job}、"
               f"{R.choice(['週5日', '週4日', '扶養内'])}。")
    s.add(path, "date_of_birth", p.born, p)
    phone = p.mobile.replace("-", R.choice(MEMO_HYPHENS))
    phone = fw(phone) if R.random() < .6 else phone
    out.append(f"・携帯が変わった → {phone}　メールは {p.email} のまま")
    s.add(path, "phone_number", phone, p)
    s.add(path, "email_address", p.email, p)
    if r < .5:
        a, h = p.addr, R.choice(MEMO_HYPHENS)
        ad = f"{a.city}{a.town}{fw(str(a.c))}{h}{fw(str(a.b))}{h}{fw(str(a.g))}"
        walk = fw(str(R.randint(3, 15)))
        out.append(f"・転居：〒{fw(a.postal)}　{ad}（{a.station}から徒歩{walk}分）")
        s.add(path, "address", ad, p)
        s.add(path, "postal_code", a.postal, p)
    if r < .35:
        term = R.choice(AILMENTS)
        out.append(f"・本人申告：{term}で通院中（月１回）。立ち仕事は長時間不可。")
        s.add(path, "sensitive", term, p)
    elif r < .45:
        out.append("・健康状態：特に問題なし。既往歴なし。前職はサーバー障害対応の夜間オペレーター。")
    if r > .7:
        q = s.my_number()
        q = fw(q) if R.random() < .5 else q
        start = wareki(s.between(date(2024, 10, 1), date(2024, 12, 1)))
        out.append(f"・求人番号 {q} の案件（{p.client.name}）を紹介。入社日は{start}予定。")
        s.add(path, "person_name", p.client.name, neutral=True)
    if p.family and R.random() < .7:
        f = p.family[0]
        out.append(f"・扶養追加の相談：{f.rel}の{f.name('')}さん（{wareki(f.born)}生）、"
                   f"マイナンバー {fw(grp(f.mn, (4, 4, 4), ' '))} を口頭で聞いた"
                   "→届出書で再提出依頼")
        s.add(path, "person_name", f.name(""), f)
        s.add(path, "date_of_birth", f.born, f)
        s.add(path, "my_number", f.mn, f)
    if p.kenpo and R.random() < .25:
        mark, number = p.kenpo.split("-")
        out.append(f"・保険証（記号 {fw(mark)} 番号 {fw(number)}）を紛失。再発行手続き中。")
        s.add(path, "health_insurance_number", p.kenpo, p)
    out.append("")


def memo_text(s: Agency, path: str, people: Sequence[Person], month: str) -> str:
    """スタッフ面談メモ (CRLF, no last line end), written and signed off by coordinators named
    by surname (neutral)."""
    writer, next_one = s.sales[1], s.sales[2]
    out = [f"■ スタッフ面談メモ（{month}）　記入：{writer.last}",
           "※社外秘　共有フォルダから移動しないこと", ""]
    s.add(path, "person_name", writer.last, writer, neutral=True)
    for p in people:
        _memo_entry(s, path, p, out)
    day = fw(str(s.rng.randint(1, 28)))
    out.append(f"以上　（次回面談：{fw('11')}月{day}日、担当 {next_one.last}）")
    s.add(path, "person_name", next_one.last, next_one, neutral=True)
    return "\r\n".join(out)


def memo(s: Agency) -> None:
    """October's 面談メモ: nine assigned staff and the first two dependants' owners."""
    people = s.rng.sample(s.assigned, 9)
    people += [o for o in s.fam_owners[:2] if o not in people]
    path = "営業/面談メモ/面談メモ_2024年10月.txt"
    s.share.write(path, memo_text(s, path, people, "2024年10月"))
