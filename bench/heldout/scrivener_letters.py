"""The scrivener's documents: four 相続関係説明図 and two 遺産分割協議書 drafts (docx), two
後見事務報告書 and a diagnosis memo, two companies' 登記申請書 and 委任状 and an heir's 委任状
(PDF), the overpayment negotiation memo, the relatives of a ward and a new company's 定款.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from .scrivener_people import (
    OFFICE_ADDR,
    OFFICE_BANK,
    OFFICE_NAME,
    Company,
    Office,
    Person,
    era,
)
from .share import add_row, header_table, label_table, pdf_bytes


def write_pdf(w: Office, path: str, lines: list[str | tuple[str, int]]) -> None:
    """gen.py's pdf(): a line a step of its size plus 8 (10 points unless given), the font set
    before each, a new page below 60; the office as author."""
    def draw(sheet: Any, font: str) -> None:
        sheet.setAuthor(OFFICE_NAME)
        y = 800
        for line in lines:
            text, size = line if isinstance(line, tuple) else (line, 10)
            sheet.setFont(font, size)
            sheet.drawString(50, y, text)
            y -= size + 8
            if y < 60:
                sheet.showPage()
                y = 800
        sheet.showPage()
    w.share.write(path, pdf_bytes(draw))


def charts(w: Office) -> None:
    """02_相続/{家}/相続関係説明図_被相続人{name}.docx: the first four inheritances, the one who
    died (birth, death, last address, 本籍) and the heirs."""
    rng, chief = w.rng, w.staff[0]
    for c in w.inh[:4]:
        dead = c.dead
        path = f"02_相続/{dead.last}家/相続関係説明図_被相続人{dead.name('')}.docx"
        d = w.docx()
        d.add_heading(f"被相続人　{dead.name()}　相続関係説明図", 1)
        ha, hon = dead.addr.text(0), dead.honseki.text(0, bld=False)
        label_table(d, [("被相続人", dead.name("　")), ("出生", era(dead.born)),
                        ("死亡", era(dead.death)), ("最後の住所", ha), ("最後の本籍", hon),
                        ("登記簿上の住所", dead.addr.text(1))], "Table Grid")
        w.t(path, "person_name", dead.name(""), None)
        w.t(path, "date_of_birth", dead.born.isoformat(), None)
        w.t(path, "address", ha, c.resident)
        w.t(path, "address", hon, None)
        w.t(path, "address", dead.addr.text(1), c.resident)
        d.add_paragraph("")
        t2 = header_table(d, ["続柄", "氏名", "生年月日", "住所", "備考"], "Table Grid")
        for h in c.heirs:
            a = h.addr.text(rng.choice([0, 2]))
            rel = h.rel2 if c is not w.inh[0] and h.rel2 else h.rel
            born = era(h.born, rng.choice([0, 2, 3]))
            note = "(申出人)" if h is c.client else ("(分割)" if rng.random() < 0.5 else "")
            add_row(t2, rel, h.name("　"), born, a, note)
            w.tp(path, h, dob=True, addr=a)
        d.add_paragraph(f"作成日　{era(date(2024, 10, 15))}\n作成者　{OFFICE_ADDR}\n"
                        f"司法書士　{chief.name()}")
        w.tp(path, chief)
        w.t(path, "address", OFFICE_ADDR, None, True)
        w.share.save(path, d)


def divisions(w: Office) -> None:
    """02_相続/{家}/遺産分割協議書_案_vN.docx: the second and third inheritances, a plot and the
    account of the one who died, the heirs' homes."""
    rng = w.rng
    for c in w.inh[1:3]:
        dead = c.dead
        path = f"02_相続/{dead.last}家/遺産分割協議書_案_v{rng.randint(2, 4)}.docx"
        d = w.docx()
        d.add_heading("遺産分割協議書（案）", 1)
        ha = dead.addr.text(0)
        d.add_paragraph(f"被相続人　{dead.name('　')}（{era(dead.born)}生）\n最後の住所　{ha}\n"
                        f"死亡日　{era(dead.death)}")
        w.t(path, "person_name", dead.name(""), None)
        w.t(path, "date_of_birth", dead.born.isoformat(), None)
        w.t(path, "address", ha, c.resident)
        heir1, land = c.client, c.land
        d.add_paragraph("上記被相続人の死亡により開始した相続について、共同相続人である"
                        + "、".join(h.name("") for h in c.heirs)
                        + "は、被相続人の遺産を次のとおり分割することに合意した。")
        d.add_paragraph(f"１．次の不動産は、相続人{heir1.name('')}が取得する。\n"
                        f"　（土地）所在　{land.shozai}\n　　　　地番　{land.chiban}\n"
                        f"　　　　地目　宅地\n　　　　地積　{land.area}平方メートル\n"
                        f"　　　　不動産番号　{land.fudosan}")
        w.t(path, "address", land.shozai, None, True)
        b = dead.bank
        d.add_paragraph(f"２．次の預貯金は、相続人{c.heirs[-1].name('')}が取得する。\n"
                        f"　{b[0]}　{b[1]}　{b[2]}預金　口座番号{b[3]}　名義人 {dead.name('')}")
        w.t(path, "bank_account", b[3], None)
        d.add_paragraph("３．本協議書に記載のない遺産及び後日判明した遺産は、相続人"
                        f"{heir1.name('')}がこれを取得する。")
        d.add_paragraph("以上の協議を証するため本協議書を作成し、各自署名押印する。\n"
                        "令和６年　　月　　日")
        for h in c.heirs:
            a = h.addr.text(0)
            d.add_paragraph(f"住所　{a}\n氏名　{h.name('　')}　　㊞")
            w.tp(path, h, addr=a)
        w.share.save(path, d)


def reports(w: Office) -> None:
    """03_成年後見/{ward}/後見事務報告書_R6.docx for the first two wards (their accounts, the
    applicant's visits), and the first's 診断書メモ.txt."""
    rng = w.rng
    for gi, g in enumerate(w.guard[:2]):
        ward, app, doc = g.ward, g.app, g.doc
        path = f"03_成年後見/{ward.name('')}/後見事務報告書_R6.docx"
        d = w.docx()
        d.add_heading("後見事務報告書", 1)
        d.add_paragraph(f"東京家庭裁判所 家事第1部 御中\n事件番号　{g.jiken}\n\n"
                        f"成年被後見人　{ward.name('　')}\n成年後見人　{g.guardian.name('　')}")
        w.tp(path, ward)
        w.tp(path, g.guardian)
        d.add_paragraph(f"１　本人の生活状況\n本人は{ward.fac}に入所中であり、{ward.diag}の症状は"
                        f"横ばいである。主治医の{doc.last}医師によれば、日常の意思疎通は困難な状態"
                        f"が続いている。{app.rel}の{app.name('')}さんが月に二回程度面会している。")
        w.t(path, "sensitive", ward.diag, ward.id)
        w.t(path, "person_name", doc.last, doc.id, True)
        w.tp(path, app)
        t = header_table(d, ["項目", "内容", "金額"], "Table Grid")
        b = ward.bank
        for row in [("預貯金", f"{b[0]} {b[1]} {b[2]} {b[3]}", f"{rng.randint(80, 900)}万円"),
                    ("年金", "老齢基礎年金・厚生年金", f"月額 {rng.randint(80000, 220000)}円"),
                    ("施設費", ward.fac, f"月額 {rng.randint(120000, 260000)}円")]:
            add_row(t, *row)
        w.tp(path, ward, name=False, bank=True)
        w.share.save(path, d)
        if gi == 0:
            diagnosis_memo(w, g.ward, app, doc, g.date)


def diagnosis_memo(w: Office, ward: Person, app: Person, doc: Person, day: date) -> None:
    """03_成年後見/{ward}/診断書メモ.txt: the diagnosis, a second illness, the doctor and the
    applicant's mobile."""
    rng, path = w.rng, f"03_成年後見/{ward.name('')}/診断書メモ.txt"
    txt = (f"診断書（成年後見制度用）受領メモ　{era(day, 4)}\n\n"
           f"本人：{ward.name()}（{era(ward.born)}生）\n"
           f"診断名：{ward.diag}\n"
           f"所見：長谷川式 {rng.randint(3, 14)}点。見当識障害あり。"
           f"{rng.choice(['高血圧症', '糖尿病'])}の既往。\n"
           "判断能力：支援を受けても契約等の意味・内容を自ら理解し判断することができない。\n"
           f"医師：{doc.hosp}　{doc.name()}\n"
           f"鑑定：不要見込み。申立人（{app.rel}）{app.name()}さんに連絡済"
           f"（{w.tel(app.mobile, 3)}）。\n")
    w.share.write(path, txt)
    w.tp(path, ward, dob=True)
    w.t(path, "sensitive", ward.diag, ward.id)
    w.t(path, "sensitive", "高血圧症" if "高血圧症" in txt else "糖尿病", ward.id)
    w.tp(path, doc)
    w.tp(path, app, phone=app.mobile)


def proxy_head(w: Office) -> list[str | tuple[str, int]]:
    """A 委任状's title and the office as the proxy."""
    return [("委　任　状", 16), "", f"住所　{OFFICE_ADDR}", f"司法書士　{w.staff[0].name()}", ""]


def filings(w: Office) -> None:
    """04_商業登記/{会社}/登記申請書_{種別}.pdf and 委任状.pdf for the first two companies, then
    02_相続/{家}/委任状_{heir}.pdf for the fifth inheritance's client."""
    chief = w.staff[0]
    for c in w.comp[:2]:
        application(w, c)
        path = f"04_商業登記/{c.name}/委任状.pdf"
        hq = c.hq.text(0, bld=False)
        write_pdf(w, path, [*proxy_head(w), "私は、上記の者を代理人と定め、次の権限を委任する。",
                            f"1. 当会社の{c.kind}の登記を申請する一切の件",
                            "1. 原本還付の請求及び受領の件", "", era(date(2024, 10, 18)), hq,
                            c.name, f"代表取締役　{c.rep.name()}　　印"])
        w.tp(path, chief)
        w.t(path, "address", OFFICE_ADDR, None, True)
        w.t(path, "address", hq, None, True)
        w.tp(path, c.rep)
    c = w.inh[4]
    h, land = c.client, c.land
    path = f"02_相続/{c.dead.last}家/委任状_{h.name('')}.pdf"
    a = h.addr.text(0)
    write_pdf(w, path, [*proxy_head(w), "私は、上記の者を代理人と定め、次の権限を委任します。",
                        "1. 下記不動産について相続による所有権移転登記を申請する一切の権限",
                        f"　原因　{era(c.dead.death)}相続", f"　相続人（被相続人 {c.dead.name()}）",
                        f"　　{a}", f"　　{h.name()}", "1. 登記識別情報の受領に関する一切の件", "",
                        f"不動産の表示　所在 {land.shozai}　地番 {land.chiban}　"
                        f"不動産番号 {land.fudosan}", "",
                        era(date(2024, 9, 30)), f"住所　{a}", f"氏名　{h.name()}　　㊞"])
    w.tp(path, chief)
    w.t(path, "address", OFFICE_ADDR, None, True)
    w.t(path, "person_name", c.dead.name(""), None)
    w.tp(path, h, addr=a)
    w.t(path, "address", land.shozai, None, True)


def application(w: Office, c: Company) -> None:
    """A company's 登記申請書: the new directors, the representative's home, the office."""
    rep, chief = c.rep, w.staff[0]
    path = f"04_商業登記/{c.name}/登記申請書_{c.kind}.pdf"
    hq = c.hq.text(0, bld=False)
    lines: list[str | tuple[str, int]] = [
        ("株式会社変更登記申請書", 16), "", f"1. 会社法人等番号　{c.corp[1:]}",
        f"1. 商号　{c.name}", f"1. 本店　{hq}", f"1. 登記の事由　{c.kind}", "1. 登記すべき事項",
        f"　{era(c.date)}次の者就任"]
    for p in c.dirs:
        lines.append(f"　　取締役　{p.name()}")
        w.tp(path, p)
    lines += ["1. 登録免許税　金10,000円",
              "1. 添付書類　株主総会議事録 1通　就任承諾書 1通　委任状 1通", "",
              f"上記のとおり登記の申請をします。　{era(date(2024, 10, 20))}", "",
              f"申請人　{c.name}", f"　　　　{hq}", f"代表取締役　{rep.name()}",
              f"　　　　{rep.addr.text(0)}", f"上記代理人　{OFFICE_ADDR}",
              f"　　　司法書士　{chief.name()}　　電話 03-5421-0876", "東京法務局 港出張所 御中"]
    w.t(path, "address", hq, None, True)
    w.tp(path, rep, addr=rep.addr.text(0))
    w.tp(path, chief)
    w.office(path)
    write_pdf(w, path, lines)


def overpayment(w: Office) -> None:
    """05_債務整理/過払い交渉メモ.txt: the second debtor's negotiation, mobile and account, and
    the office's deposit account."""
    rng, p, path = w.rng, w.debt[1].p, "05_債務整理/過払い交渉メモ.txt"
    b = p.bank
    txt = (f"{p.name()}様　過払い金返還請求　交渉経過\n"
           f"連絡先 {w.tel(p.mobile, 2)}（日中は勤務中のため18時以降）\n"
           f"{era(date(2024, 6, 3), 4)} 取引履歴開示請求 → {p.loans[0][0]}\n"
           f"{era(date(2024, 7, 22), 4)} 履歴到着。"
           f"引き直し計算で過払金 {rng.randint(40, 180)}万円\n"
           f"{era(date(2024, 8, 30), 4)} 先方担当より8割で和解提示 → 本人と相談\n"
           f"返金口座：{b[0]}{b[1]} {b[2]} {b[3]}（本人名義）\n"
           f"※ 事務所の預り金口座 {OFFICE_BANK[0]} {OFFICE_BANK[1]} 普通 {OFFICE_BANK[3]} "
           "に一旦入金 → 報酬差引後送金\n")
    w.share.write(path, txt)
    w.tp(path, p, phone=p.mobile, bank=True)
    w.t(path, "bank_account", OFFICE_BANK[3], None, True)
