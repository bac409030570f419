"""The car dealer's documents: six 注文書 (.docx: the buyer, the 使用者, a 連帯保証人; 注文番号
passing the 法人番号 check, 見積番号 the My Number check; the shop and the 担当 neutral), the
下取り査定メモ (査定番号 passing Luhn from 35, like a JCB card), October's 営業日報 (full-width
dates and phones, てんかん; the 「病歴」欄 and 障害物センサー no one's), the 福祉車両 相談記録
(.docx: 障害 with the 手帳's grade) and the 自動車保険 告知書 (PDF)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from docx import Document

from .car_dealer_people import SHOP_ADDR, SHOP_NAME, SHOP_TEL, Dealer, Person, tel
from .japanese import FULL_WIDTH, HYPHENS, wareki
from .share import label_table, pdf_bytes


def _zen(day: date) -> str:
    """令和８年１０月３日: a memo's 和暦 in full-width digits."""
    return wareki(day).translate(FULL_WIDTH)


def _reg(day: date) -> str:
    return f"{day.year}年{day.month}月"


def pdf_lines(lines: Sequence[str]) -> bytes:
    """A page of text lines in 10-point Gothic from the top, 16 points apart (an OCR'd scan)."""
    def draw(sheet, font: str) -> None:
        sheet.setFont(font, 10)
        for k, line in enumerate(lines):
            sheet.drawString(40, 800 - 16 * k, line)
    return pdf_bytes(draw)


def orders(d: Dealer) -> None:
    """注文書 of the first six customers, each guaranteed by one from the end of the list."""
    for i, p in enumerate(d.customers[:6]):
        _order(d, p, d.customers[-1 - i])


def _order(d: Dealer, p: Person, guarantor: Person) -> None:
    path = f"営業/注文書/注文書_{p.cno}.docx"
    R, a = d.rng, d.add
    doc = Document()
    doc.add_heading("自動車注文書（売買契約書）", 1)
    order_no, quote_no = d.corporate_number(), d.my_number()
    signed = d.between(date(2026, 1, 1), date(2026, 10, 30))
    doc.add_paragraph(f"注文番号：{order_no}　　見積番号：{quote_no}　　契約日：{wareki(signed)}")
    rows = [("購入者 氏名", a(path, "person_name", p.name(), p)),
            ("フリガナ", a(path, "person_name", p.kana(), p)),
            ("生年月日", wareki(p.born))]
    a(path, "date_of_birth", p.born.isoformat(), p)
    rows.append(("住所", f"{p.addr.zip('〒')} {a(path, 'address', p.addr.kanji(), p)}"))
    a(path, "postal_code", p.addr.postal, p)
    rows += [("電話番号", tel(p.mobile)), ("メールアドレス", p.email)]
    a(path, "phone_number", p.mobile, p)
    a(path, "email_address", p.email, p)
    f = p.family
    if f:
        rows += [("使用者 氏名", a(path, "person_name", f.name(), f)),
                 ("使用者 生年月日", wareki(f.born)), ("使用者 住所", "同上")]
        a(path, "date_of_birth", f.born.isoformat(), f)
    g = guarantor
    rows.append(("連帯保証人 氏名", g.name("")))
    a(path, "person_name", g.name(), g)
    rows += [("連帯保証人 住所", a(path, "address", g.addr.full(), g)),
             ("連帯保証人 電話", tel(g.home, " "))]
    a(path, "phone_number", g.home, g)
    rows += [("続柄", R.choice(["兄", "友人", "叔父", "義父"])), ("車名", f"{p.maker} {p.car}"),
             ("型式", p.vin.split("-")[0]), ("車台番号", p.vin),
             ("初度登録年月", _reg(p.first_reg)),
             ("納車予定日", wareki(d.between(date(2026, 11, 5), date(2027, 2, 1)))),
             ("支払方法", "オートローン（60回）")]
    seller = R.choice(d.sales)
    rows.append(("担当", seller.name()))
    label_table(doc, rows, "Table Grid")
    doc.add_paragraph(f"販売店：{SHOP_NAME}　{SHOP_ADDR}　TEL {tel(SHOP_TEL)}　"
                      f"法人番号 {d.corporate}")
    a(path, "corporate_number", d.corporate, None, True)
    a(path, "phone_number", SHOP_TEL, None, True)
    a(path, "address", SHOP_ADDR, None, True)
    a(path, "person_name", seller.name(), seller, True)
    d.share.save(path, doc, core=False)


def appraisals(d: Dealer) -> None:
    """下取り査定メモ: eight customers' trade-ins, the mobile in full-width digits and − signs."""
    path = "査定/下取り査定メモ.txt"
    R, a = d.rng, d.add
    out = ["下取り査定メモ（営業部）", ""]
    for p in d.customers[34:42]:
        day = d.between(date(2026, 6, 1), date(2026, 10, 31))
        out += [f"■{_zen(day)}　{p.name()}様（{p.kana('')}）",
                f"　連絡先：{tel(p.mobile, '−').translate(FULL_WIDTH)}　車両：{p.maker}{p.car}　"
                f"{p.plate}",
                f"　車台番号 {p.vin}、初度登録 {_zen(p.first_reg)}、"
                f"走行{R.randint(10000, 150000):,}km。査定額{R.randint(10, 250)}万円。",
                f"　査定番号 {d.luhn('35')}（JCB様式の管理番号、カードではない）", ""]
        a(path, "person_name", p.name(), p)
        a(path, "person_name", p.kana(), p)
        a(path, "phone_number", p.mobile, p)
    d.share.write(path, "\n".join(out))


def daily_report(d: Dealer) -> None:
    """営業日報 (令和8年10月): eight visits (a memo's hyphens, drawn; the home without its
    building), then a customer's てんかん."""
    path = "営業/日報/営業日報_令和8年10月.txt"
    R, a = d.rng, d.add
    st = d.sales[1]
    out = [f"営業日報　担当：{a(path, 'person_name', st.name(), st)}", ""]
    for p in d.customers[52:60]:
        day = d.between(date(2026, 10, 1), date(2026, 10, 31))
        phone = tel(p.mobile, R.choice(HYPHENS)).translate(FULL_WIDTH)
        out.append(f"{_zen(day)}　{p.name('')}様来店。{p.maker}{p.car}の乗換え検討。"
                   f"生年月日{_zen(p.born)}、TEL{phone}。")
        home = p.addr.memo(R.choice(HYPHENS))
        out.append(f"　ご自宅 {home}。車検満了日{_zen(p.shaken)}、見積番号{d.my_number()}。"
                   f"次回{_zen(day + timedelta(days=7))}再訪予定。")
        for category, value in [("person_name", p.name()), ("date_of_birth", p.born.isoformat()),
                                ("phone_number", p.mobile), ("address", home)]:
            a(path, category, value, p)
    p = d.customers[60]
    out.append(f"※{p.name('')}様、てんかんの持病あり運転に支障のある病気の申告について相談あり。"
               "ローンは見送り。")
    a(path, "person_name", p.name(), p)
    a(path, "sensitive", "てんかん", p)
    out.append("※「病歴」欄のない新様式の告知書に差し替え済み。障害物センサー付きグレード推奨。")
    d.share.write(path, "\n".join(out) + "\n")


def welfare_cars(d: Dealer) -> None:
    """福祉車両・手動運転装置 相談記録 (.docx): three customers' 障害 (the term sensitive; the
    手帳's grade after it), signed by the first salesman (型式指定番号 passing the 法人番号
    check)."""
    path = "営業/福祉車両_相談記録.docx"
    R, a = d.rng, d.add
    doc = Document()
    doc.add_heading("福祉車両・手動運転装置 ご相談記録", 1)
    for p, term in ((d.customers[61], "下肢機能障害"), (d.customers[62], "脊髄損傷"),
                    (d.customers[63], "脳性麻痺")):
        grade = R.randint(1, 3)
        consulted = d.between(date(2026, 8, 1), date(2026, 10, 31))
        label_table(doc, [("ご相談者", p.name()), ("生年月日", wareki(p.born)),
                          ("ご住所", p.addr.kanji()), ("電話", tel(p.home)),
                          ("障害の状況", f"{term}（身体障害者手帳 {grade}級）"),
                          ("希望装置", "手動運転装置・左足アクセル"),
                          ("相談日", wareki(consulted))],
                    "Table Grid")
        doc.add_paragraph("")
        for category, value in [("person_name", p.name()), ("date_of_birth", p.born.isoformat()),
                                ("address", p.addr.kanji()), ("phone_number", p.home),
                                ("sensitive", term)]:
            a(path, category, value, p)
    seller = d.sales[0]
    doc.add_paragraph(f"担当：{seller.name()}　型式指定番号 {d.corporate_number()}")
    a(path, "person_name", seller.name(), seller)
    d.share.save(path, doc, core=False)


def declaration(d: Dealer) -> None:
    """自動車保険 告知書 写 (PDF): two insured's illnesses (証券番号 passing Luhn from 5)."""
    path = "保険/自動車保険_告知書_写.pdf"
    a = d.add
    lines = ["自動車保険（人身傷害特約）告知書 写"]
    for p, illness in ((d.customers[64], "糖尿病"), (d.customers[5], "高血圧症")):
        lines += [f"被保険者 {p.name()}", f"生年月日 {wareki(p.born)}", f"住所 {p.addr.full()}",
                  f"既往症（病歴） {illness}で通院中", f"証券番号 {d.luhn('5')}", ""]
        for category, value in [("person_name", p.name()), ("date_of_birth", p.born.isoformat()),
                                ("address", p.addr.full()), ("sensitive", illness)]:
            a(path, category, value, p)
    d.share.write(path, pdf_lines(lines))
