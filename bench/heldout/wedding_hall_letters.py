"""The hall's documents: three 打合せ記録 (.docx: a label | value table, a guest's allergy,
the groom's asthma, the bride's mobile), two 見積書 and two 請求書 (PDF), the planner's
handover memo before her maternity leave, the phone memo (CP932), the booking system's manual
and the first-anniversary invitation to a couple of 2019 (.docx).

Hard negatives: a 領収書番号 passing Luhn, the manual's sample values, the hall's own address,
〒, FAX and bank account; its phone and 登録番号 and the planner as 担当 are neutral.
"""

from __future__ import annotations

from datetime import datetime

import docx

from .identifiers import luhn_number
from .share import pdf_bytes
from .wedding_hall_people import (
    HALL,
    HALL_ADDR,
    HALL_CO,
    HALL_FAX,
    HALL_TEL,
    HALL_ZIP,
    Couple,
    Hall,
    wareki,
)

ITEMS = [("挙式料（チャペル）", 1, 250000), ("料理 フレンチBコース", None, 16500),  # None: a guest
         ("飲物フリードリンク", None, 4400), ("ウェディングケーキ", 1, 60000),
         ("装花一式", 1, 180000), ("写真・アルバム", 1, 220000), ("衣装（ドレス）", 1, 300000)]


def _document(created: datetime, author: str, last_modified_by: str = "") -> docx.Document:
    d = docx.Document()
    d.core_properties.created = d.core_properties.modified = created
    d.core_properties.author = author
    if last_modified_by:
        d.core_properties.last_modified_by = last_modified_by
    return d


def meetings(h: Hall) -> None:
    """第3回 お打合せ記録 of the first three couples."""
    for c in h.couples[:3]:
        g, b, m, st = c.g, c.b, c.mother, c.planner
        path = f"打合せ記録/打合せ記録_{c.no}_{g.last}様.docx"
        d = _document(datetime(2026, 2, 1), st.full, st.full)
        d.add_heading("第3回 お打合せ記録", 1)
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        rows = [("成約番号", c.no), ("新郎様", g.name("　") + " 様"),
                ("新婦様", b.name("　") + " 様"),
                ("挙式日", f"{c.date.year}年{c.date.month}月{c.date.day}日"),
                ("打合せ日", "2026年2月14日（土）14:00〜"), ("担当プランナー", st.name(" ")),
                ("緊急連絡先", f"{m.name(' ')}（新婦母）　{h.phone(m.tel, 1)}")]
        for label, value in rows:
            cells = t.add_row().cells
            cells[0].text, cells[1].text = label, value
        for p in (g, b, m):
            h.named(path, p)
        h.t(path, "phone_number", m.tel, m)
        h.named(path, st, neutral=True)
        sick = h.rng.choice(c.guests[5:])
        allergy = sick.allergy or "えびアレルギー"
        d.add_paragraph("")
        d.add_paragraph(
            f"・お料理：フレンチフルコース（Bプラン）で確定。新婦様ご友人の{sick.full}様は"
            f"{allergy}のため、シェフに個別対応を依頼済み。")
        h.named(path, sick)
        h.t(path, "sensitive", allergy, sick, "アレルギー" not in allergy)
        d.add_paragraph(f"・新婦様お母様（{m.full}様）より、当日は車椅子の祖母様がご出席とのこと。"
                        "段差の少ない導線を確認。")
        d.add_paragraph("・新郎様は持病の喘息があり、当日の控室に吸入器を置いておきたいとのご要望。")
        h.t(path, "sensitive", "喘息", g)
        d.add_paragraph(f"・次回打合せ：3月中旬。ご連絡は新婦様携帯 {h.phone(b.tel, 3)} へ。")
        h.t(path, "phone_number", b.tel, b)
        receipt = luhn_number(h.rng, "7", 12)
        d.add_paragraph(f"・内金30万円はカード決済済（領収書番号 R-{receipt}）。")
        h.save(path, d)


def _quote(sheet, font: str, h: Hall, c: Couple, i: int, kind: str) -> None:
    """One 見積書 or 請求書: the couple's address block, the hall's, the items and total."""
    g, b = c.g, c.b
    sheet.setFont(font, 18)
    sheet.drawString(250, 800, kind)
    sheet.setFont(font, 10)
    y = 760
    for line in [f"〒{g.zip}", g.address(), f"{g.full} 様・{b.full} 様",
                 f"{kind}番号：{c.no}-{i + 1:02d}　発行日：2026年2月{i + 3}日",
                 f"挙式日：{c.date.year}年{c.date.month}月{c.date.day}日　ご列席予定 {c.n}名"]:
        sheet.drawString(50, y, line)
        y -= 16
    yy = 760
    for line in [HALL_CO, HALL, f"〒{HALL_ZIP} {HALL_ADDR}", f"TEL {HALL_TEL} FAX {HALL_FAX}",
                 f"登録番号 T{h.corp}", f"担当：{c.planner.full}"]:
        sheet.drawString(340, yy, line)
        yy -= 14
    y -= 20
    for x, text in ((50, "品目"), (300, "数量"), (360, "単価"), (450, "金額")):
        sheet.drawString(x, y, text)
    y -= 16
    total = 0
    for name, q, u in ITEMS:
        q = c.n if q is None else q
        for x, text in ((50, name), (300, str(q)), (360, f"{u:,}"), (450, f"{q * u:,}")):
            sheet.drawString(x, y, text)
        total += q * u
        y -= 16
    sheet.drawString(300, y - 10, f"合計（税込）　¥{int(total * 1.1):,}")
    if kind == "請求書":
        sheet.drawString(50, y - 40, "お振込先：湘南みらい銀行 藤沢支店 普通 1234567 "
                                     "カ）ルミエールブライダル")
        sheet.drawString(50, y - 56, "お支払期限：挙式日の14日前まで")
    sheet.showPage()


def quotes(h: Hall) -> None:
    """見積書 and 請求書 in turn for couples 4 to 7."""
    for i, c in enumerate(h.couples[3:7]):
        kind = "見積書" if i % 2 == 0 else "請求書"
        g = c.g
        path = f"見積・請求/{kind}_{c.no}_{g.last}様.pdf"
        h.share.write(path, pdf_bytes(lambda sheet, font, c=c, i=i, kind=kind:
                                      _quote(sheet, font, h, c, i, kind)))
        h.t(path, "postal_code", g.zip, g)
        h.t(path, "address", g.address(), g)
        h.named(path, g)
        h.named(path, c.b)
        h.t(path, "corporate_number", h.corp, None, True)
        h.named(path, c.planner, neutral=True)
        h.t(path, "phone_number", HALL_TEL, None, True)


def memos(h: Hall) -> None:
    """The handover memo (her couples, their brides' mobiles, her own, a login) and the phone
    memo of four inquirers (CP932, CRLF)."""
    path = "メモ/引き継ぎメモ_産休前.txt"
    st, nxt = h.planners[0], h.planners[1]
    mine = [c for c in h.couples if c.planner is st][:3] or h.couples[9:11]
    t = f"{nxt.last}さんへ　引き継ぎメモ（{st.full}）\n\n"
    h.named(path, nxt, nxt.last, neutral=True)
    for c in mine:
        t += (f"■{c.g.last}様・{c.b.last}様（{c.no}）挙式 {wareki(c.date, 2)}\n"
              f"　新婦 {c.b.full}さん　携帯 {h.phone(c.b.tel, 3)}\n"
              f"　進捗：招待状発送済。引出物の最終数まだ。\n")
        h.named(path, c.g, c.g.last, neutral=True)
        h.named(path, c.b)
        h.named(path, c.b, c.b.last, neutral=True)
        h.t(path, "phone_number", c.b.tel, c.b)
    t += f"\n※私の携帯は {h.phone(st.tel, 1)}、何かあれば連絡ください。\n"
    h.t(path, "phone_number", st.tel, st)
    h.named(path, st)
    t += "※予約システムのログイン：planner1 / Lumiere2026!\n"
    h.t(path, "credential", "Lumiere2026!", st)
    h.share.write(path, t)

    rng, path = h.rng, "メモ/電話メモ.txt"
    t = "電話メモ\n"
    for p in h.inquiries[8:12]:
        day = f"{rng.randint(1, 2)}/{rng.randint(1, 28)}"
        honorific = rng.choice(["様", "さん", ""])
        tel = h.phone(p.tel, rng.choice([1, 2, 3]))
        t += f"{day} {p.last} {p.first}{honorific} から TEL {tel} 見学希望 折返し要\n"
        h.t(path, "phone_number", p.tel, p)
        h.named(path, p)
        h.named(path, p, p.last, neutral=True)
    h.share.write(path, t.replace("\n", "\r\n"), "cp932")


def manual(h: Hall) -> None:
    """The fair booking system's manual: sample name, phone, mail and card, a JAN code."""
    path = "マニュアル/予約システム操作マニュアル.txt"
    h.share.write(path, "フェア予約システム 操作マニュアル v2.1\n\n"
                  "1. 新規予約の登録\n　氏名：例）結婚 太郎\n　電話：例）090-0000-0000\n"
                  "　メール：例）test@example.com\n"
                  "2. カード決済テスト\n　テストカード番号 4111111111111111 有効期限 12/30 CVV 123 "
                  "を使用してください（本番では使用不可）。\n"
                  "3. 成約番号は W+年+連番（例：W20260001）。"
                  "商品コード 4901234567894 は引出物カタログのJANコード。\n"
                  f"4. お問い合わせ：{HALL_CO} システム担当 {HALL_TEL}\n")
    h.t(path, "phone_number", HALL_TEL, None, True)


def invitation(h: Hall) -> None:
    """一周年記念ディナーご招待状 (控) to the first couple of 2019: the groom's 〒 and address,
    the bride by her given name."""
    c = h.old[0]
    g, b = c.g, c.b
    path = "文書/一周年記念ディナーご招待状_控.docx"
    d = _document(datetime(2026, 1, 5), h.staff[5].full)
    for line in (f"〒{g.zip}", g.address(), f"{g.name('　')} 様", f"　　　{b.first} 様",
                 "拝啓　早春の候、ますますご清祥のこととお慶び申し上げます。\n"
                 "ご結婚記念日を迎えられるお二人を、記念ディナーにご招待いたします。\n敬具",
                 f"{HALL_CO}　{HALL}\n{HALL_ADDR}　TEL {HALL_TEL}"):
        d.add_paragraph(line)
    h.t(path, "postal_code", g.zip, g)
    h.t(path, "address", g.address(), g)
    h.named(path, g)
    h.t(path, "person_name", b.first, b, True)
    h.t(path, "phone_number", HALL_TEL, None, True)
    h.save(path, d)
