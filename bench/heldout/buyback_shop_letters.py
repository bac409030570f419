"""The shop's papers and memos: three 買取明細書 (PDF), the 要注意客 list (with what the staff
heard: 前科, 認知症, 生活保護), the 駅前店's handover memo, the company's licence sheet, the POS
manual (.docx, sample values only) and a minor's 保護者同意書 (.docx).

The company's 法人番号, phones, addresses, mail and account are neutral, and the manual's
samples are nobody's.
"""

from __future__ import annotations

from datetime import datetime

import docx

from .buyback_shop_people import (
    ADDR1,
    ADDR2,
    BR1,
    BR2,
    FAX,
    KYOKA,
    KYOKA2,
    MAIL,
    NAME,
    TEL1,
    TEL2,
    ZIP1,
    Shop,
    wareki,
)
from .japanese import FULL_WIDTH
from .share import label_table, pdf_bytes

REASONS = [("同一品を短期間に複数回持ち込み。盗品の疑いで町田署から照会あり", ""),
           ("窃盗の前科あり（本人が話していた）。高額品は店長確認", "前科あり"),
           ("過去に偽ブランド品を持ち込み。身分証の住所と申告住所が違う", ""),
           ("暴力団関係者との噂。買取はお断り", ""),
           ("認知症の疑い。家族から「本人の買取を止めてほしい」と連絡あり", "認知症"),
           ("生活保護受給中と言っていた。金券の持ち込み多数", "生活保護")]
SAMPLES = [("氏名", "買取 太郎"), ("電話番号", "090-0000-0000"), ("メール", "test@example.com"),
           ("生年月日", "昭和50年1月1日"), ("免許証番号", "123456789012"),
           ("カード番号（ネット販売）", "4111 1111 1111 1111"), ("郵便番号", "000-0000")]


def statements(s: Shop) -> None:
    """買取明細書 for three sellers: their details, up to three purchases, the shop's footer."""
    for k, p in enumerate(s.rng.sample(s.sellers, 3)):
        rel = f"08_買取明細書/買取明細書_{p.memid}.pdf"
        rows = [f"{p.full} 様", f"ご住所：〒{p.zip} {s.addr(p)}", f"お電話：{p.mobile}",
                f"生年月日：{wareki(p.born, 'kanji')}（{p.age}歳）",
                f"ご本人確認：{p.doc} {p.docno}", "", f"買取日：2026年10月{k + 3}日", ""]
        items = [x for x in s.purchases if x.p is p][:3] or [s.purchases[0]]
        s.share.write(rel, pdf_bytes(lambda c, font, rows=rows, items=items:
                                     statement(c, font, rows, items, s.corp)))
        for category, value in [("person_name", p.full), ("postal_code", p.zip),
                                ("address", s.addr(p)), ("phone_number", p.mobile),
                                ("date_of_birth", p.born.isoformat())]:
            s.t(rel, category, value, p)
        s.doc_truth(rel, p)
        s.t(rel, "corporate_number", s.corp, None, neutral=True)
        s.t(rel, "phone_number", TEL1, None, neutral=True)
        s.t(rel, "address", ADDR1, None, neutral=True)


def statement(c: object, font: str, rows: list[str], items: list, corp: str) -> None:
    c.setFont(font, 18)
    c.drawString(220, 800, "買 取 明 細 書")
    c.setFont(font, 10)
    y = 760
    for row in rows:
        c.drawString(60, y, row)
        y -= 18
    c.drawString(60, y, "品名")
    c.drawString(330, y, "製造番号")
    c.drawString(480, y, "金額")
    y -= 16
    total = 0
    for x in items:
        c.drawString(60, y, x.item[:24])
        c.drawString(330, y, x.serial)
        c.drawString(480, y, f"¥{x.price:,}")
        total += x.price
        y -= 16
    y -= 10
    c.drawString(380, y, f"合計　¥{total:,}")
    y -= 40
    for row in [NAME + "　" + BR1, ADDR1 + "　TEL " + TEL1, KYOKA, "登録番号 T" + corp]:
        c.drawString(300, y, row)
        y -= 15
    c.showPage()


def watch_list(s: Shop) -> None:
    """要注意客リスト: six sellers, why, and one's licence number."""
    rel = "10_メモ/要注意客リスト.txt"
    lines = ["■要注意客（全店共有・外部持ち出し禁止）", ""]
    bad = s.rng.sample(s.sellers, 6)
    for p, (reason, sensitive) in zip(bad, REASONS, strict=True):
        a = s.addr(p, pref=False, bldg=False)
        lines.append(f"・{p.last}{p.first}（{p.kana_full}） {wareki(p.born, 'short')}生 {a}")
        lines.append(f"　→ {reason}")
        s.t(rel, "person_name", p.full, p)
        s.t(rel, "date_of_birth", p.born.isoformat(), p)
        s.t(rel, "address", a, p)
        s.t(rel, "person_name", p.kana_full, p, neutral=True)
        s.t(rel, "sensitive", sensitive, p)
    lines += ["", "※ 来店時はレジのブラックリストフラグも確認すること",
              f"※ 免許証番号の控え：{bad[1].full} {bad[1].lic}"]
    s.t(rel, "drivers_license_number", bad[1].lic, bad[1])
    s.share.write(rel, "\n".join(lines) + "\n")


def handover(s: Shop) -> None:
    """駅前店's handover of 30 October: an account to pay, a mail, a visit, the minor's consent."""
    rel = "10_メモ/引継ぎ_駅前店_1030.txt"
    a, b, c = s.rng.sample(s.sellers, 3)
    s1, s2 = s.staff[5], s.staff[6]
    text = (f"引継ぎメモ 10/30 {s1.last}→{s2.last}さん\n\n"
            f"1. {a.last}さま（{a.mobile}）から電話。"
            "先週買い取った時計の代金を振込にしてほしいとのこと。"
            f"口座は{a.bank}{a.branch}支店 普通 {a.acct}、名義{a.last_kana}{a.first_kana}。"
            "経理に回してください。\n"
            f"2. {b.full}さんの査定品（カメラ）は明日まで預かり。連絡は{b.email}へ。\n"
            f"3. 出張買取 11/2 {c.full}様 {s.addr(c, pref=False)}、"
            f"電話{c.mobile.translate(FULL_WIDTH)}。\n")
    s.t(rel, "person_name", a.last, a, neutral=True)
    s.t(rel, "phone_number", a.mobile, a)
    s.t(rel, "bank_account", a.acct, a)
    s.t(rel, "person_name", a.kana_full, a, neutral=True)
    s.t(rel, "person_name", b.full, b)
    s.t(rel, "email_address", b.email, b)
    s.t(rel, "person_name", c.full, c)
    s.t(rel, "address", s.addr(c, pref=False), c)
    s.t(rel, "phone_number", c.mobile, c)
    if s.guardians:
        minor, g = s.guardians[0]
        text += (f"4. 未成年（{minor.full}さん {minor.age}歳）の買取は保護者同意書が必要。"
                 f"保護者の{g.full}さん（{g.mobile}）に確認済み。\n")
        s.t(rel, "person_name", minor.full, minor)
        s.t(rel, "person_name", g.full, g)
        s.t(rel, "phone_number", g.mobile, g)
    text += f"\n以上 {s1.full}\n"
    s.t(rel, "person_name", s1.full, s1)
    s.t(rel, "person_name", s1.last, s1, neutral=True)
    s.t(rel, "person_name", s2.last, s2, neutral=True)
    s.share.write(rel, text)


def shop_info(s: Shop) -> None:
    """店舗情報: the company's numbers, licences, branches and account, all neutral."""
    rel = "07_総務/店舗情報_許可証控え.txt"
    s.share.write(rel, f"【事業者情報】\n商号：{NAME}\n法人番号：{s.corp}\n"
                       f"適格請求書発行事業者登録番号：T{s.corp}\n"
                       f"古物商許可：{KYOKA}（{BR1}）\n古物商許可：{KYOKA2}（{BR2}）\n"
                       f"本店所在地：〒{ZIP1} {ADDR1}\nTEL：{TEL1}　FAX：{FAX}\n"
                       f"駅前店：{ADDR2} TEL：{TEL2}\nメール：{MAIL}\n"
                       "取引銀行：三菱UFJ銀行 町田支店 普通 0123456\n")
    s.t(rel, "corporate_number", s.corp, None, neutral=True)
    for tel in (TEL1, FAX, TEL2):
        s.t(rel, "phone_number", tel, None, neutral=True)
    s.t(rel, "address", ADDR1, None, neutral=True)
    s.t(rel, "address", ADDR2, None, neutral=True)
    s.t(rel, "postal_code", ZIP1, None, neutral=True)
    s.t(rel, "email_address", MAIL, None, neutral=True)
    s.t(rel, "bank_account", "0123456", None, neutral=True)


def manual(s: Shop) -> None:
    """The POS manual: a table of sample values (nobody's) and the head office's phone."""
    rel = "13_マニュアル/POS買取登録マニュアル_v3.docx"
    d = docx.Document()
    d.add_heading("POS 買取登録 操作マニュアル", 0)
    d.add_paragraph("1. 売主情報の入力：氏名・住所・職業・年齢を古物台帳の項目どおり入力します。")
    table = d.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    table.rows[0].cells[0].text = "項目"
    table.rows[0].cells[1].text = "記入例"
    for label, value in SAMPLES:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, value
    d.add_paragraph("2. 1万円以上（ゲーム機・書籍・CD等は金額にかかわらず）は本人確認が必須です。")
    d.add_paragraph(f"不明点は本部 {TEL1} まで。")
    s.t(rel, "phone_number", TEL1, None, neutral=True)
    s.document(rel, d, datetime(2025, 4, 1), "honbu")


def consent(s: Shop) -> None:
    """保護者同意書 of the first minor who sold, signed by their guardian."""
    if not s.guardians:
        return
    minor, g = s.guardians[0]
    rel = f"01_古物台帳/保護者同意書_{minor.last}.docx"
    d = docx.Document()
    d.add_heading("保護者同意書", 1)
    d.add_paragraph(f"{NAME} 御中")
    d.add_paragraph("私は、下記の未成年者が貴店に物品を売却することに同意します。")
    label_table(d, [("未成年者氏名", minor.full), ("生年月日", wareki(minor.born, "kanji")),
                    ("保護者氏名", g.full), ("続柄", "親権者"), ("住所", s.addr(g)),
                    ("電話番号", g.mobile), ("売却品", "Nintendo Switch 有機ELモデル")],
                "Table Grid")
    s.document(rel, d, datetime(2026, 10, 1))
    s.t(rel, "person_name", minor.full, minor)
    s.t(rel, "date_of_birth", minor.born.isoformat(), minor)
    s.t(rel, "person_name", g.full, g)
    s.t(rel, "address", s.addr(g), g)
    s.t(rel, "phone_number", g.mobile, g)
