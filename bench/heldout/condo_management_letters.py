"""The management company's prose: two 理事会議事録 (.docx; a tenant's うつ病 or the like, a
delinquent owner, a contractor's 法人番号 neutral, a 契約番号 passing the My Number check), the
front's 引継ぎメモ (full-width digits, look-alike hyphens, a deceased owner and his heir, a
portal password) and a 督促状 (PDF)."""

from __future__ import annotations

from datetime import date

from docx import Document

from .condo_management_people import Condo
from .japanese import FULL_WIDTH, wareki
from .share import label_table, pdf_bytes

WRITTEN, LEAVE = date(2024, 10, 25), date(2024, 11, 5)  # the memo's date, the 管理員's leave


def minutes(h: Condo) -> None:
    """第n回理事会議事録 of the first two buildings: the board, a noise complaint against a
    tenant, the arrears, the waterproofing estimate."""
    R, a = h.rng, h.add
    for bi, b in enumerate(h.buildings[:2]):
        path = f"04_理事会/{b.name}/第{R.randint(10, 30)}期第{bi + 3}回理事会議事録.docx"
        doc = Document()
        doc.add_heading(f"{b.name}管理組合 第{bi + 3}回理事会 議事録", 1)
        held = date(2024, R.randint(4, 10), R.randint(1, 28))
        doc.add_paragraph(f"日時：{wareki(held)} 午後7時00分～午後8時45分")
        doc.add_paragraph(f"場所：{b.name} 集会室（{b.addr}）")
        a(path, "address", b.addr, None, True)
        board = [(role, rm.owner.name(" "), rm.room + "号室") for role, rm in b.board]
        label_table(doc, [("役職", "氏名", "部屋番号"), *board], cols=3)
        for _role, rm in b.board:
            a(path, "person_name", rm.owner.name(), rm.owner)
        front, chair = b.front, b.board[0][1].owner
        doc.add_paragraph(f"管理会社出席：{h.company} フロント担当 {front.name(' ')}、"
                          f"管理員 {b.kanriin.name(' ')}")
        a(path, "person_name", front.name(), front)
        a(path, "person_name", b.kanriin.name(), b.kanriin)
        doc.add_paragraph(f"議長：理事長 {chair.last}氏（規約第53条により）")
        doc.add_heading("第1号議案　騒音苦情について", 2)
        let = [rm for rm in b.rooms if rm.rented]
        target = let[0] if let else b.rooms[-1]
        tenant = target.occupant
        below = next((rm for rm in b.rooms if int(rm.room) == int(target.room) - 100), b.rooms[0])
        complainant = below.occupant
        illness = R.choice(["うつ病", "統合失調症", "発達障害"])
        doc.add_paragraph(
            f"{below.room}号室の{complainant.name()}様より、上階{target.room}号室（賃借人 "
            f"{tenant.name(' ')}様）の深夜の足音・洗濯機の使用音について、"
            f"本年{R.randint(3, 9)}月以降{R.randint(3, 8)}回目の苦情が寄せられた。"
            f"フロント{front.last}より、区分所有者の"
            f"{target.owner.name()}様（外部居住）へ書面で通知済みと報告。なお{tenant.last}様は{illness}"
            f"で通院中とのことで、直接の注意は控えてほしいと{target.owner.last}様より申し出あり。")
        a(path, "person_name", complainant.name(), complainant)
        a(path, "person_name", tenant.name(), tenant)
        a(path, "person_name", target.owner.name(), target.owner)
        a(path, "sensitive", illness, tenant)
        doc.add_heading("第2号議案　管理費等滞納について", 2)
        owing = next(rm for rm in h.delinquent if rm.bldg is b)
        doc.add_paragraph(f"{owing.room}号室 {owing.owner.name(' ')}様の滞納が継続。"
                          f"少額訴訟の準備を管理会社に依頼することを承認した。"
                          f"（契約番号 {h.my_number()} の督促委託契約に基づく）")
        a(path, "person_name", owing.owner.name(), owing.owner)
        doc.add_heading("第3号議案　大規模修繕工事の見積について", 2)
        c0 = h.contractors[0]
        doc.add_paragraph(f"{c0.name}（法人番号 {c0.corp}）より屋上防水工事の見積書を受領。"
                          f"担当 {c0.contact.name()}氏。竣工日 {wareki(b.built)} から"
                          f"{2024 - b.built.year}年経過。")
        a(path, "corporate_number", c0.corp, None, True)
        a(path, "person_name", c0.contact.name(), c0.contact)
        doc.add_paragraph("以上の議事を明確にするため、議事録を作成し、議長及び理事2名が署名押印する。")
        doc.add_paragraph(f"議長 {chair.name(' ')}　署名人 {b.board[1][1].owner.name(' ')}　"
                          f"{b.board[3][1].owner.name(' ')}")
        h.share.save(path, doc)


def handover(h: Condo) -> None:
    """フロント引継ぎメモ of the second building: a hospitalised husband, a portal password not
    yet sent, a 受付番号 passing the My Number check, an inheritance, the 管理員's 腰痛."""
    path = "12_メモ/フロント引継ぎメモ_" + ("R6.10" if h.seed % 2 else "令和6年10月") + ".txt"
    R, a = h.rng, h.add
    mb = h.buildings[1]
    owned = [rm for rm in mb.rooms if not rm.rented]
    m1, m2 = owned[0].occupant, owned[1].occupant
    estate = owned[3]
    heir, dead = estate.owner, h.deceased
    receipt = h.my_number()
    password = f"Portal{R.randint(1000, 9999)}"
    wife = m1.first if m1.sex == "F" else "さち子"
    cell = h.typed(m1.cell, "look")
    died = wareki(date(2023, R.randint(1, 12), 10))
    memo = f"""■{mb.name}（物件コード{mb.code}）引継ぎ　作成：{mb.front.name()}　{wareki(WRITTEN)}

１．{owned[0].room}号室　{m1.last}　{m1.first}様
　　携帯{cell}。日中は連絡つかず、夜８時以降ならＯＫ。
　　ご主人が{wareki(date(2024, 6, 1))}から入院中（脳梗塞）。奥様の{wife}様が窓口。
２．{owned[1].room}号室　{m2.name()}様（{m2.kana('')}）
　　ﾒｰﾙ：{m2.email}　ポータル初期パスワード：{password}（本人に未通知）
　　受付番号{receipt.translate(FULL_WIDTH)}の件、漏水調査は{h.contractors[1].name}へ依頼済。
３．{estate.room}号室　故 {dead.name()}様（死亡日 {died}）の相続手続き中。
　　相続人は{heir.name()}様、連絡先{h.typed(heir.phone, "zen")}。名義変更届未提出。
４．管理組合の代表番号 {mb.tel.translate(FULL_WIDTH)}、管理会社代表 {h.tel}、FAX {h.fax}。
５．竣工 {wareki(mb.built)}、長期修繕計画見直しは{wareki(date(2025, 4, 1))}予定。
６．管理員{mb.kanriin.name()}さん、{wareki(LEAVE)}から有給（腰痛のため通院）。代勤は本社手配。
"""
    h.share.write(path, memo)
    for category, value, who, neutral in [
            ("person_name", m1.name(), m1, False), ("phone_number", m1.cell, m1, False),
            ("sensitive", "脳梗塞", m1, False), ("person_name", m2.name(), m2, False),
            ("person_name", m2.kana(""), m2, False), ("email_address", m2.email, m2, False),
            ("credential", password, m2, False), ("person_name", dead.name(), dead, True),
            ("person_name", heir.name(), heir, False), ("phone_number", heir.phone, heir, False),
            ("phone_number", mb.tel, None, True), ("phone_number", h.tel, None, True),
            ("phone_number", h.fax, None, True),
            ("person_name", mb.front.name(), mb.front, False),
            ("person_name", mb.kanriin.name(), mb.kanriin, False),
            ("sensitive", "腰痛", mb.kanriin, True), ("person_name", wife, None, True)]:
        a(path, category, value, who, neutral)


def dunning(h: Condo) -> None:
    """督促状 to the last delinquent owner, at their home where they let the unit; its lines
    kept for the neutral-name pass (what pdftotext reads back)."""
    rm = h.delinquent[-1]
    b, o, chair = rm.bldg, rm.owner, rm.bldg.board[0][1].owner
    path = f"02_経理/督促状_{b.code}_{rm.room}.pdf"
    a = h.add
    to = f"〒{o.postal} {o.addr}" if rm.rented else f"〒{b.postal} {b.addr} {b.name}{rm.room}号室"
    lines = [wareki(date(2024, 10, 1)), to, f"{o.name(' ')} 様", "",
             f"{b.name}管理組合 理事長 {chair.name(' ')}", f"管理会社 {h.company} TEL {h.tel}", "",
             "管理費等のお支払いについて（督促）",
             f"貴殿の所有する{rm.room}号室の管理費等が下記のとおり未納となっております。",
             f"至急お支払いください。お問い合わせは担当 {b.front.name()} まで。"]

    def draw(sheet, font: str) -> None:
        sheet.setFont(font, 11)
        for k, line in enumerate(lines):
            sheet.drawString(60, 800 - 22 * k, line)

    h.share.write(path, pdf_bytes(draw))
    h.drawn[path] = "\n".join(lines)
    a(path, "person_name", o.name(), o)
    a(path, "person_name", chair.name(), chair)
    a(path, "person_name", b.front.name(), b.front)
    a(path, "phone_number", h.tel, None, True)
    if rm.rented:
        a(path, "address", o.addr, o)
        a(path, "postal_code", o.postal, o)
    else:
        a(path, "address", rm.home(), o)
        a(path, "postal_code", b.postal, o)
