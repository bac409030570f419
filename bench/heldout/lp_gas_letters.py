"""The retailer's documents and notes: the elderly households' watch memo (emergency contacts,
a care manager), three supply contracts (guarantors), the 重要事項説明書 sample and issued copy,
October's invoices (PDF), Tuesday's delivery route, a handover memo (a wife on dialysis, a
doctor), the handheld's manual (sample values) and the company's details.
"""

from __future__ import annotations

from typing import Any

from docx import Document

from .lp_gas_people import CO_ADDR, CO_FAX, CO_NAME, CO_TEL, CO_ZIP, Propane, era
from .share import label_table, pdf_bytes


def watch(h: Propane) -> None:
    """メモ/高齢者世帯_見守りメモ.txt: the first ten elderly the inspections noted, a relative
    each, and the care manager."""
    rng, path, writer, cm = h.rng, "メモ/高齢者世帯_見守りメモ.txt", h.staff[1], h.caremgr
    lines = ["高齢者世帯　見守りリスト（保安点検時の申し送り）", f"作成：{writer.last}　R6.11.5",
             ""]
    for c, sx in h.elders[:10]:
        fam = h.relative(c, (35, 65))
        rel = rng.choice(["長男", "長女", "次男", "姪"])
        lines.append(f"・{c.name()}様（{c.city}） {h.tel(c.phone, 2)}　{sx[1]}")
        lines.append(f"　緊急連絡先：{rel} {fam.full} {h.tel(fam.mob or fam.tel, 3)}")
        h.rec(path, "person_name", c.full, c.id)
        h.rec(path, "phone_number", c.phone, c.id)
        h.rec(path, "sensitive", sx[0], c.id)
        h.rec(path, "person_name", fam.full, fam.id)
        h.rec(path, "phone_number", fam.mob or fam.tel, fam.id)
        h.family.append((c, fam, rel))
    cm_tel = h.tel(cm.mob, 0) if cm.mob else h.tel(cm.tel, 0)
    lines += ["", f"※ケアマネ {cm.last}さん（一関市地域包括支援センター）{cm_tel}"]
    h.rec(path, "person_name", cm.last, cm.id, True)
    h.rec(path, "phone_number", cm.phone, cm.id)
    h.rec(path, "person_name", writer.last, writer.id, True)
    h.share.write(path, "\n".join(lines) + "\n")


def contracts(h: Propane) -> None:
    """契約書/: three customers' supply contracts (a guarantor each), the 重要事項説明書's
    filled-in sample and a copy issued to the 51st customer."""
    rng, boss = h.rng, h.staff[0]
    for c in (h.cust[3], h.cust[33], h.cust[71]):
        path = f"契約書/LPガス供給契約書_{c.last}様.docx"
        d = Document()
        d.add_heading("液化石油ガス供給契約書", 1)
        d.add_paragraph(f"{CO_NAME}（以下「甲」という）と、下記の契約者（以下「乙」という）は、"
                        "液化石油ガスの供給について次のとおり契約する。")
        gua = h.relative(c, (30, 60))
        guarantor = (f"{gua.name()}（{rng.choice(['長男', '長女'])}）　"
                     f"{h.tel(gua.mob or gua.tel, 0)}")
        label_table(d, [("契約者氏名", c.name("\u3000")), ("フリガナ", c.kana("\u3000")),
                        ("生年月日", era(c.born, 0)), ("供給場所", f"〒{c.zipped}　{c.addr}"),
                        ("電話番号", h.tel(c.phone, 0)), ("メーター番号", c.meter),
                        ("供給開始日", era(c.start, 0)), ("連帯保証人", guarantor)], "Table Grid")
        h.rec(path, "person_name", c.full, c.id)
        h.kana(path, c)
        h.rec(path, "date_of_birth", c.born.isoformat(), c.id)
        h.rec(path, "address", c.addr, c.id)
        h.rec(path, "postal_code", c.postal, c.id)
        h.rec(path, "phone_number", c.phone, c.id)
        h.rec(path, "person_name", gua.full, gua.id)
        h.rec(path, "phone_number", gua.mob or gua.tel, gua.id)
        d.add_paragraph(f"甲　{CO_ADDR}　{CO_NAME}　代表取締役 {boss.full}　法人番号 {h.corp}")
        h.rec(path, "person_name", boss.full, boss.id, True)
        h.rec(path, "corporate_number", h.corp, None, True)
        h.rec(path, "address", CO_ADDR, None, True)
        h.save(path, d)
    path = "契約書/重要事項説明書_雛形記入例.docx"
    d = Document()
    d.add_heading("重要事項説明書（記入例）", 1)
    label_table(d, [("お客様氏名", "液石 太郎"), ("電話", "090-0000-0000"),
                    ("メール", "test@example.com"), ("住所", "〒000-0000 ○○県○○市○○町1-2-3"),
                    ("販売事業者登録番号", f"岩手県知事（5）第{rng.randint(1000, 9999)}号"),
                    ("保安機関認定番号", h.hoan)], "Table Grid")
    d.add_paragraph("※上記は記入例です。実際のお客様情報を記入してください。")
    h.rec(path, "person_name", "液石太郎", None, True)
    h.rec(path, "phone_number", "09000000000", None, True)
    h.rec(path, "email_address", "test@example.com", None, True)
    h.save(path, d)
    path, c = "契約書/重要事項説明書_交付控.docx", h.cust[50]
    d = Document()
    d.add_heading("液化石油ガス 重要事項説明書（交付控）", 1)
    explainer, chief = h.staff[6], h.staff[4]
    table = d.add_table(rows=3, cols=4)
    table.style = "Table Grid"
    rows = [["お客様", c.full + " 様", "説明日", "R6/10/1"],
            ["供給場所", c.short, "電話", h.tel(c.phone, 3)],
            ["説明者", explainer.full, "業務主任者", chief.full]]
    for ri, row in enumerate(rows):
        for ci, text in enumerate(row):
            table.cell(ri, ci).text = text
    h.rec(path, "person_name", c.full, c.id)
    h.rec(path, "address", c.short, c.id)
    h.rec(path, "phone_number", c.phone, c.id)
    h.rec(path, "person_name", explainer.full, explainer.id)
    h.rec(path, "person_name", chief.full, chief.id)
    h.save(path, d)


def invoices(h: Propane) -> None:
    """請求書/請求書_2024年10月分.pdf: the first 18 invoices, a page each."""
    rng, path = h.rng, "請求書/請求書_2024年10月分.pdf"

    def draw(sheet: Any, font: str) -> None:
        for c, inv in h.invs[:18]:
            sheet.setFont(font, 16)
            sheet.drawString(220, 800, "ガス料金請求書")
            sheet.setFont(font, 10)
            use = f"ご使用量 {rng.uniform(3, 30):.1f} m3  ご請求額 {rng.randint(3000, 18000):,} 円"
            y = 760
            for line in [f"〒{c.zipped}", c.addr, c.name() + " 様", "", "請求書番号 " + inv,
                         "お客様番号 " + c.cust, "メーター番号 " + c.meter, use, "",
                         f"{CO_NAME}  {CO_ADDR}  TEL {CO_TEL}", "登録番号 T" + h.corp]:
                sheet.drawString(60, y, line)
                y -= 18
            sheet.showPage()
            h.rec(path, "person_name", c.full, c.id)
            h.rec(path, "address", c.addr, c.id)
            h.rec(path, "postal_code", c.postal, c.id)
        h.company(path)
        h.rec(path, "address", CO_ADDR, None, True)

    h.share.write(path, pdf_bytes(draw))


def route(h: Propane) -> None:
    """メモ/配送ルート_火曜日.txt: every sixth customer by surname, a few phones."""
    rng, path, driver = h.rng, "メモ/配送ルート_火曜日.txt", h.staff[5]
    lines = ["火曜 配送ルート（千厩・室根方面）", "担当 " + driver.last, ""]
    h.rec(path, "person_name", driver.last, driver.id, True)
    for i, c in enumerate(h.cust[:80][::6]):
        box = f"{rng.choice(['KT', 'HK'])}-{rng.randint(100000, 999999)}"
        note = rng.choice(["", "裏手に設置", "犬あり", "留守多い→電話" + h.tel(c.phone, 1)])
        lines.append(f"{i + 1}. {c.last}さん {c.short.split('字')[0]} 50kg×2 容器No.{box} {note}")
        h.rec(path, "person_name", c.last, c.id, True)
        if "電話" in lines[-1]:
            h.rec(path, "phone_number", c.phone, c.id)
    h.share.write(path, "\n".join(lines) + "\n")


def handover(h: Propane) -> None:
    """メモ/引継ぎ_(the ninth staff member)さんへ.txt: three customers' matters (arrears, a
    wife on dialysis, a death) and a doctor's enquiry."""
    to, frm, doc = h.staff[8], h.staff[2], h.doctor
    path = f"メモ/引継ぎ_{to.last}さんへ.txt"
    a, b2, c3 = h.cust[7], h.cust[15], h.cust[25]
    clinic = doc.tel or "0191520000"
    asked = f"主治医の{doc.last}先生（{doc.last}内科医院 {h.tel(clinic, 0)}）"
    txt = f"""{to.last}さんへ　引継ぎ事項（{frm.last}より）

１．{a.full}様　{a.short}
　　未収3か月分。毎月25日年金支給日以降に集金に行くこと。電話は{h.tel(a.phone, 2)}
２．{b2.last}　{b2.first}様 ({b2.city})
　　バルク切替予定。奥様が透析に通っているので火・木・土は午前不在。
３．{c3.full}殿
　　生年月日 {era(c3.born, 1)}。名義変更（故人→長女）の手続き中。相続関係書類待ち。
　　携帯 {h.tel(c3.mob, 4) if c3.mob else h.tel(c3.tel, 4)}
４．{asked}から在宅酸素の件で問い合わせあり→保安係へ
"""
    h.share.write(path, txt)
    h.rec(path, "person_name", to.last, to.id, True)
    h.rec(path, "person_name", frm.last, frm.id, True)
    h.rec(path, "person_name", a.full, a.id)
    h.rec(path, "address", a.short, a.id)
    h.rec(path, "phone_number", a.phone, a.id)
    h.rec(path, "person_name", b2.full, b2.id)
    h.rec(path, "person_name", c3.full, c3.id)
    h.rec(path, "date_of_birth", c3.born.isoformat(), c3.id)
    h.rec(path, "phone_number", c3.mob or c3.tel, c3.id)
    h.rec(path, "person_name", doc.last, doc.id, True)
    h.rec(path, "phone_number", clinic, None, True)
    wife = h.person("family")
    h.rec(path, "sensitive", "透析", wife.id)
    h.rec(path, "sensitive", "在宅酸素", None, True)


MANUAL = """検針ハンディ端末 HT-500 操作マニュアル（抜粋）
3.2 顧客検索
  電話番号で検索する場合は「090-0000-0000」のようにハイフン付きで入力します。
  メール送信テスト先： test@example.com
  カード決済テスト：カード番号 4111111111111111 有効期限 12/30
  お客様番号の例：K00001　氏名の例：山田 太郎
サポート窓口 0120-123-456（平日9時〜17時）
"""


def manual(h: Propane) -> None:
    """マニュアル/検針端末_操作マニュアル.txt: sample values only, all neutral."""
    path = "マニュアル/検針端末_操作マニュアル.txt"
    h.share.write(path, MANUAL)
    for category, value in [("phone_number", "09000000000"), ("email_address", "test@example.com"),
                            ("credit_card_number", "4111111111111111"),
                            ("phone_number", "0120123456"), ("person_name", "山田太郎")]:
        h.rec(path, category, value, None, True)


def company(h: Propane) -> None:
    """総務/会社概要.txt: the company's numbers, address and president, neutral."""
    rng, path, boss = h.rng, "総務/会社概要.txt", h.staff[0]
    h.share.write(path, f"""{CO_NAME}
法人番号：{h.corp}
適格請求書発行事業者登録番号：T{h.corp}
所在地：〒{CO_ZIP} {CO_ADDR}
TEL {CO_TEL}　FAX {CO_FAX}
液化石油ガス販売事業者登録 岩手県知事登録 第{rng.randint(1000, 9999)}号
保安機関認定番号 {h.hoan}
取引銀行 岩手銀行 一関支店 当座 {rng.randint(100000, 999999)}
代表取締役 {boss.full}
""")
    h.company(path)
    h.rec(path, "address", CO_ADDR, None, True)
    h.rec(path, "phone_number", CO_FAX, None, True)
    h.rec(path, "person_name", boss.full, boss.id, True)
