"""The desk's documents: three 寄附金受領証明書, the moved donor's 変更届出書 (a My Number), the
council's donor roster (PDF, towns and cities only), the handover memo, December's phone log (a
hospital stay, a new address), the portal manual's samples and the thank-you letters' mailing
list.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from .furusato_people import (
    GIFTS,
    SEPS,
    TOWN_DEPT,
    TOWN_MAIL,
    TOWN_NAME,
    TOWN_TEL,
    VENDOR_NAME,
    VENDOR_TEL,
    Furusato,
    Person,
    era,
)
from .share import label_table, pdf_bytes

MAYOR = "山田太郎"  # the town's head on every certificate (and the manual's sample name)


def _receipt(h: Furusato, p: Person) -> None:
    """gen.py's receipt_docx(): 04_受領証明書/受領証明書_{surname}様.docx."""
    rng, path = h.rng, f"04_受領証明書/受領証明書_{p.last}様.docx"
    d = h.document()
    no = h.lookalike("9")
    d.add_paragraph(f"北企第{rng.randint(100, 999)}号")
    d.add_paragraph(era(date(2024, 12, rng.randint(5, 19))))
    d.add_paragraph(f"〒{p.addr.zip_dashed}")
    ad = p.addr.text(1)
    d.add_paragraph(ad)
    d.add_paragraph(f"{p.name(' ')}　様")
    d.add_paragraph(f"岐阜県加茂郡{TOWN_NAME}長　山田 太郎")
    d.add_heading("寄附金受領証明書", 1)
    d.add_paragraph("このたびは北山町へのご寄附を賜り、誠にありがとうございました。下記のとおり受領したことを証明します。")
    received = h.day(10, 12)
    label_table(d, [("証明書番号", no), ("寄附者氏名", p.name(" ")), ("寄附者住所", ad),
                    ("寄附金額", f"{h.amount():,}円"), ("受領年月日", era(received)),
                    ("寄附金の使途", "子育て支援事業")])
    d.add_paragraph("※本証明書は確定申告の際に必要となりますので大切に保管してください。"
                    "ワンストップ特例を申請された方は確定申告の必要はありません。")
    d.add_paragraph(f"お問い合わせ：{TOWN_NAME}役場 {TOWN_DEPT}　TEL {h.phone(TOWN_TEL, 0)}"
                    f"　{TOWN_MAIL}")
    d.add_paragraph(f"返礼品発送業務委託先：{VENDOR_NAME}（TEL {h.phone(VENDOR_TEL, 0)}）")
    h.share.save(path, d)
    h.facts(path, [("postal_code", p.addr.zip), ("address", ad), ("person_name", p.full)], p)
    h.neutral(path, [("person_name", MAYOR), ("phone_number", TOWN_TEL),
                     ("phone_number", VENDOR_TEL), ("email_address", TOWN_MAIL)])


def receipts(h: Furusato) -> None:
    """The 2nd, 21st and 51st donors' certificates."""
    for p in (h.donors[1], h.donors[20], h.donors[50]):
        _receipt(h, p)


def change_form(h: Furusato) -> None:
    """04_受領証明書/変更届出書_{name}.docx: the eighth donor moved (the new address drawn
    here), old and new address, My Number and birth date."""
    p = h.donors[7]
    p.new = h.address()
    path = f"04_受領証明書/変更届出書_{p.full}.docx"
    d = h.document()
    d.add_heading("寄附金税額控除に係る申告特例申請事項変更届出書", 1)
    d.add_paragraph(f"{TOWN_NAME}長　殿")
    label_table(d, [("届出日", era(date(2024, 12, 9), 2), ""), ("フリガナ", p.kana(), ""),
                    ("氏名", p.name("\u3000"), ""),
                    ("個人番号", f"{p.my[:4]} {p.my[4:8]} {p.my[8:]}", ""),
                    ("生年月日", era(p.born), ""), ("変更前 住所", p.addr.text(1), ""),
                    ("変更後 住所", p.new.text(1), f"〒{p.new.zip_dashed}"),
                    ("電話番号", h.phone(p.mobile, 0), ""),
                    ("寄附日", era(date(2024, 7, 14)), "")], cols=3)
    d.add_paragraph("変更の理由：転居のため（令和6年11月30日転居）")
    h.share.save(path, d)
    h.facts(path, [("person_name", p.full), ("my_number", p.my),
                   ("date_of_birth", p.born.isoformat()), ("address", p.addr.text(1)),
                   ("address", p.new.text(1)), ("postal_code", p.new.zip),
                   ("phone_number", p.mobile)], p)


def roster(h: Furusato) -> None:
    """05_議会/寄附者名簿_R6_議会報告.pdf: about half the first 60 donors (those who agreed to
    be named), their prefecture and city (neutral), and the companies."""
    rng, path = h.rng, "05_議会/寄附者名簿_R6_議会報告.pdf"

    def draw(c: Any, font: str) -> None:
        c.setFont(font, 13)
        c.drawString(60, 800, "令和6年度 ふるさと北山応援寄附金 寄附者名簿（公表同意者）")
        c.setFont(font, 9)
        c.drawString(60, 784, "令和6年12月定例会 総務委員会資料　北山町企画課")
        y = 760
        for x, head in [(60, "番号"), (100, "氏名"), (220, "住所（市区町村）"), (380, "寄附金額"),
                        (450, "使途")]:
            c.drawString(x, y, head)
        y -= 16
        for i, p in enumerate([p for p in h.donors[:60] if rng.random() < 0.5]):
            c.drawString(60, y, str(i + 1))
            c.drawString(100, y, p.name(" ") + " 様")
            c.drawString(220, y, p.addr.pref + p.addr.city)
            c.drawString(380, y, f"{h.amount():,}円")
            c.drawString(450, y, rng.choice(["子育て支援", "教育", "環境保全", "町長一任"]))
            h.rec(path, "person_name", p.full, p)
            h.rec(path, "address", p.addr.pref + p.addr.city, p, True)
            y -= 15
            if y < 60:
                c.showPage()
                c.setFont(font, 9)
                y = 800
        y -= 10
        for co in h.contacts:
            c.drawString(100, y, co.corp["name"] + "（企業版）")
            c.drawString(380, y, "1,000,000円以上")
            y -= 15

    h.share.write(path, pdf_bytes(draw))


def thanks(h: Furusato) -> None:
    """04_受領証明書/お礼状送付リスト_12月.docx: twelve donors' addresses (no prefecture) and
    certificate numbers passing the My Number check."""
    path = "04_受領証明書/お礼状送付リスト_12月.docx"
    d = h.document()
    d.add_heading("お礼状・受領証明書 発送リスト（12月分）", 1)
    rows = [("〒", "住所", "氏名", "証明書番号")]
    for p in [*h.donors[50:60], h.donors[78], h.donors[79]]:
        ad = p.addr.text(1, pref=False)
        rows.append((p.addr.zip_dashed, ad, p.name(" ") + " 様", h.lookalike("8")))
        h.facts(path, [("postal_code", p.addr.zip), ("address", ad), ("person_name", p.full)], p)
    label_table(d, rows, cols=4)
    h.share.save(path, d)


def manual(h: Furusato) -> None:
    """10_メモ/ポータル操作マニュアル_v3.txt: samples (a name, a phone, a mail, a My Number, a
    test card) and the contractor's phone and 法人番号, all neutral."""
    path = "10_メモ/ポータル操作マニュアル_v3.txt"
    h.share.write(path, f"""ふるさと納税ポータル 管理画面 操作マニュアル v3（{VENDOR_NAME}）

1. 寄附者情報の登録
  氏名：山田 太郎（入力例）
  電話番号：090-0000-0000 の形式でハイフン付きで入力
  メール：test@example.com
  個人番号欄：123456789018 のように12桁（入力例。実在の番号を試験入力しないこと）
2. クレジット決済のテスト
  テストカード番号 4111 1111 1111 1111 / 有効期限 12/30 / CVC 123
3. 返礼品コードは16桁（例 {h.gcode[GIFTS[0]]}）。Luhnチェック付き。
4. 問合せ先：{VENDOR_NAME} サポート {h.phone(VENDOR_TEL, 0)} / 法人番号 {h.vendor_corp}
""")
    h.neutral(path, [("person_name", MAYOR), ("phone_number", "09000000000"),
                     ("email_address", "test@example.com"), ("my_number", "123456789018"),
                     ("credit_card_number", "4111111111111111"), ("card_expiry", "2030-12"),
                     ("card_security_code", "123"), ("phone_number", VENDOR_TEL),
                     ("corporate_number", h.vendor_corp)])


def handover(h: Furusato) -> None:
    """10_メモ/引継ぎメモ_森→石井.txt: the second clerk's handover to the third (surnames,
    neutral): a donor's phone, a couple's home, an elder's agent, the town's numbers."""
    path = "10_メモ/引継ぎメモ_森→石井.txt"
    s0, s1, v = h.town_staff[1], h.town_staff[2], h.vendor_staff[0]
    p1, p2, p3, e, a = h.donors[3], h.donors[14], h.spouses[4], h.elders[2], h.agents[2]
    h.share.write(path, f"""引継ぎメモ（令和6年12月16日）　{s0.last} → {s1.last}

■ 業者（{VENDOR_NAME}）窓口：{v.name(' ')}さん {v.work} / 代表 {h.phone(VENDOR_TEL, 0)}
■ 役場代表 {h.phone(TOWN_TEL, 2)}、法人番号 {h.town_corp}（請求書に記載するもの）

■ 継続案件
・{p1.full}様：毎年12月に寄附される方。受領証明書の再発行依頼あり。電話 {h.phone(p1.mobile, 3)}
・{p2.full}様と奥様（{p3.full}様）は同住所で別々に寄附。証明書を取り違えないこと。
　住所 {p2.addr.text(1)}
・{e.full}様は高齢のため{a.rel}の{a.full}様が代理。連絡は{a.rel}さん（{h.phone(a.mobile, 2)}）へ。
・ポータルの寄附番号と受付番号は別物。寄附番号（例 {h.donation_no()}）は12桁なので\
マイナンバーと間違えやすい。

■ パスワード類は共有フォルダの別ファイル参照（ここには書かない）
""")
    h.facts(path, [("person_name", p1.full), ("phone_number", p1.mobile)], p1)
    h.rec(path, "person_name", p2.full, p2)
    h.rec(path, "person_name", p3.full, p3)
    h.rec(path, "address", p2.addr.text(1), p2)
    h.rec(path, "person_name", e.full, e)
    h.facts(path, [("person_name", a.full), ("phone_number", a.mobile)], a)
    h.neutral(path, [("person_name", s0.last), ("person_name", s1.last)])
    h.staff(path, v)
    h.neutral(path, [("phone_number", VENDOR_TEL), ("phone_number", TOWN_TEL),
                     ("corporate_number", h.town_corp)])


def phone_log(h: Furusato) -> None:
    """10_メモ/電話受付記録_12月.txt: eight callers (an elder in hospital handing over to a
    child, a recipient thanking, a donor's new address, a birth date checked)."""
    rng, path = h.rng, "10_メモ/電話受付記録_12月.txt"
    lines = ["電話受付記録　令和6年12月　（受けた人が入力）", ""]
    d, elder = h.donors, h.elders[3]
    for i, p in enumerate([d[9], d[27], d[58], d[63], elder, h.recipients[3], h.spouses[1],
                           d[77]]):
        hon = rng.choice(["様", "さん", "様", "氏"])
        style = rng.choice([2, 3, 4, 0])
        line = (f"12/{3 + i * 2}（{'月火水木金'[i % 5]}）{rng.randint(9, 16)}:"
                f"{rng.randint(0, 59):02d}　{h.name(p, SEPS[:2])}{hon}　{h.phone(p.tel, style)}　")
        h.facts(path, [("person_name", p.full), ("phone_number", p.tel)], p)
        if p is elder:
            a = h.agents[3]
            line += f"ご本人から。{a.rel}の{a.full}さんに手続きを任せたいとのこと。入院中とのこと。"
            h.rec(path, "person_name", a.full, a)
            h.rec(path, "sensitive", "入院中", p)
        elif p.role == "recipient":
            line += f"返礼品を受け取った方（{p.of.full}様の{p.rel}）。お礼の電話。"
            h.rec(path, "person_name", p.of.full, p.of)
        elif i == 2:
            moved = h.address().text(2)
            line += f"転居したので送付先変更：{moved}"
            h.rec(path, "address", moved, p)
        elif i == 1:
            line += f"生年月日 {era(p.born, 3)} で本人確認済。申請書の再送付希望。"
            h.rec(path, "date_of_birth", p.born.isoformat(), p)
        else:
            line += rng.choice(["返礼品の到着日の問合せ", "受領証明書が届かない",
                                "ワンストップの書き方", "寄附金額の上限について"])
        lines.append(line)
    h.share.write(path, "\n".join(lines) + "\n")
