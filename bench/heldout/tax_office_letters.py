"""The tax office's papers and mails: 源泉徴収票 PDFs, the 相続税 meeting memo (full-width
digits, hyphen look-alikes, 和暦; the dead client neutral), clients' mails with a base64 CSV
attachment, and the December invoice .docx with 適格請求書 T-numbers."""

from __future__ import annotations

import base64
from datetime import date

import docx

from .japanese import FULL_WIDTH, fphone
from .share import csv_text, pdf_bytes
from .tax_office_people import (
    BANKS,
    OFFICE,
    OFFICE_ADDR,
    OFFICE_DOMAIN,
    OFFICE_TEL,
    Company,
    Person,
    TaxOffice,
    era,
    kn,
    nm,
)


def _slip(t: TaxOffice, c: Company, e: Person) -> None:
    """One 源泉徴収票: the reading before the kanji name on a line, dependants with their 個人番号,
    the payer's 法人番号 and phone (neutral)."""
    R = t.rng
    path = f"04_源泉徴収票/{c.name}/{e.last}{e.first}_R6.pdf"
    paid, withheld = R.randint(3000, 7000) * 1000, R.randint(50, 300) * 1000
    lines = ["令和6年分 給与所得の源泉徴収票", f"支払を受ける者 住所 {e.addr}", f"個人番号 {e.mn}",
             f"氏名 (フリガナ) {kn(e)}　{nm(e)}",
             f"支払金額 {paid:,}円  源泉徴収税額 {withheld:,}円",
             f"生年月日 {era(e.born)}",
             *[f"控除対象扶養親族 {nm(d)} {d.rel} 個人番号 {d.mn}" for d in e.deps],
             f"支払者 {c.name} 法人番号 {c.cn} 電話 {fphone(c.tel)}"]

    def draw(sheet, font: str) -> None:
        sheet.setFont(font, 10)
        for k, line in enumerate(lines):
            sheet.drawString(40, 800 - 20 * k, line)

    t.share.write(path, pdf_bytes(draw))
    for value, category in [(e.addr, "address"), (e.mn, "my_number"), (kn(e), "person_name"),
                            (nm(e), "person_name"), (e.born.isoformat(), "date_of_birth")]:
        t.add(path, category, value, e.id)
    for d in e.deps:
        t.add(path, "person_name", nm(d), d.id)
        t.add(path, "my_number", d.mn, d.id)
    t.add(path, "corporate_number", c.cn)
    t.add(path, "phone_number", c.tel, neutral=True)


def withholding_slips(t: TaxOffice) -> None:
    """源泉徴収票 for the first three employees of the first two companies."""
    for c in t.companies[:2]:
        for e in c.emps[:3]:
            _slip(t, c, e)


def inheritance_memo(t: TaxOffice) -> None:
    """相続税 打合せメモ: the dead client (被相続人, neutral) and his heirs, a 〒 with 長音, a
    full-width mobile and 個人番号, a phone with a minus sign, an heir's account, the staff."""
    R = t.rng
    path = "06_相続/相続税_打合せメモ.txt"
    dec, (h1, h2) = t.dead, t.heirs
    mn = h1.mn
    bank, illness = R.choice(BANKS), R.choice(["肺がん", "認知症", "心不全"])
    text = f"""相続税申告 打合せメモ（{era(date(2025, 10, 2))}）
被相続人：{nm(dec)}（{era(dec.born)}生、{era(dec.died)}死亡）
個人番号：{dec.mn}
最後の住所：{dec.addr}
相続人①：{nm(h1)}（{h1.rel}）　生年月日 {era(h1.born)}
　住所 〒{h1.postal[:3]}ー{h1.postal[3:]} {h1.addr}
　携帯 {fphone(h1.tel).translate(FULL_WIDTH).replace('－', '‐')}
　個人番号 {' '.join([mn[:4], mn[4:8], mn[8:]]).translate(FULL_WIDTH)}
相続人②：{nm(h2)}（{h2.rel}）　生年月日 {era(h2.born)}
　電話 {fphone(h2.tel).replace('-', '−')}  メール {h2.mail}
　振込先 {bank} {h2.branch}支店 普通 {h2.bank}
※申告期限 {era(dec.died.replace(year=2026))}の10か月後。被相続人は生前、{illness}で長期入院。
担当：{nm(t.staff[1])}
"""
    t.share.write(path, text)
    for h in t.heirs:
        t.add(path, "person_name", nm(h), h.id)
        t.add(path, "date_of_birth", h.born.isoformat(), h.id)
    for who, value, category in [(h1, h1.addr, "address"), (h1, h1.postal, "postal_code"),
                                 (h1, h1.tel, "phone_number"), (h1, h1.mn, "my_number"),
                                 (h2, h2.tel, "phone_number"), (h2, h2.mail, "email_address"),
                                 (h2, h2.bank, "bank_account"),
                                 (t.staff[1], nm(t.staff[1]), "person_name")]:
        t.add(path, category, value, who.id)
    for value, category in [(nm(dec), "person_name"), (dec.mn, "my_number"),
                            (dec.addr, "address"), (dec.born.isoformat(), "date_of_birth")]:
        t.add(path, category, value, neutral=True)  # the dead client: nobody's


def _message(sender: str, to: str, minute: int, body: str, attachment: str) -> str:
    """A hand-made multipart mail (boundary "BB"): the body as 8bit UTF-8, a base64 fuyou.csv."""
    subject = base64.b64encode("Fw: 年末調整資料".encode()).decode()
    b64 = base64.encodebytes(attachment.encode("utf-8")).decode()
    return f"""From: {sender}
To: {to}
Subject: =?UTF-8?B?{subject}?=
Date: Wed, 27 Nov 2024 10:{minute}:00 +0900
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="BB"

--BB
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{body}
--BB
Content-Type: text/csv; name="fuyou.csv"
Content-Disposition: attachment; filename="fuyou.csv"
Content-Transfer-Encoding: base64

{b64}
--BB--
"""


def mails(t: TaxOffice) -> None:
    """Three companies' 代表者 forward 年末調整 papers to the office: a spouse in brackets, a
    hyphenated 個人番号, the quoted request and a signature; the other employees in fuyou.csv
    (a member of its mail: x.eml!fuyou.csv)."""
    for k, c in enumerate(t.companies[:3]):
        e, st, rep = c.emps[0], t.staff[2 + k % 2], c.rep
        path = f"07_メール/{c.name}_年末調整_{k + 1}.eml"
        others = c.emps[1:4]
        attachment = csv_text([["氏名", "個人番号", "生年月日"]]
                              + [[nm(x, False), x.mn, x.born.strftime("%Y/%m/%d")] for x in others])
        spouse, wed = (nm(e.deps[0]) if e.deps else "なし"), era(date(2024, 6, 1))
        body = f"""{nm(st)}様

いつもお世話になっております。{c.name}の{nm(rep)}です。
年末調整の件、{nm(e)}さんが今年{wed}に結婚されたため配偶者（{spouse}）を追加します。
マイナンバーは {e.mn[:4]}-{e.mn[4:8]}-{e.mn[8:]} です。残りの方は添付をご確認ください。

-----Original Message-----
From: {nm(st)} <staff{k}@{OFFICE_DOMAIN}>
Sent: 2024年11月20日
年末調整資料のご提出をお願いします。

--
{c.name} 代表取締役 {nm(rep)}
TEL {fphone(c.tel)}  携帯 {fphone(rep.tel)}
"""
        t.share.write(path, _message(f"{nm(rep, False)} <{rep.mail}>", f"staff{k}@{OFFICE_DOMAIN}",
                                     10 + k, body, attachment))
        for who, value, category in [(st, nm(st), "person_name"), (rep, nm(rep), "person_name"),
                                     (rep, rep.mail, "email_address"),
                                     (rep, rep.tel, "phone_number"), (e, nm(e), "person_name"),
                                     (e, e.mn, "my_number")]:
            t.add(path, category, value, who.id)
        if e.deps:
            t.add(path, "person_name", nm(e.deps[0]), e.deps[0].id)
        t.add(path, "phone_number", c.tel, neutral=True)
        for x in others:
            t.add(path + "!fuyou.csv", "person_name", nm(x), x.id)
            t.add(path + "!fuyou.csv", "my_number", x.mn, x.id)
            t.add(path + "!fuyou.csv", "date_of_birth", x.born.isoformat(), x.id)


def invoice(t: TaxOffice) -> None:
    """請求書 2024年12月 (.docx): the office's T-number, companies' T-numbers (their 法人番号),
    sole proprietors' T-numbers (neutral), the office's own account."""
    R = t.rng
    path = "09_請求書/請求書_2024年12月.docx"
    doc = docx.Document()
    doc.add_heading("請求書", 1)
    reg = "T" + t.corporate_number()
    doc.add_paragraph(f"{OFFICE}　適格請求書発行事業者登録番号：{reg}\n{OFFICE_ADDR} "
                      f"TEL {fphone(OFFICE_TEL)}")
    table = doc.add_table(rows=1, cols=4)
    titles = ["請求先", "登録番号", "内容", "金額"]
    for cell, title in zip(table.rows[0].cells, titles, strict=True):
        cell.text = title
    for c in t.companies:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = c.name + " 御中", "T" + c.cn
        cells[2].text, cells[3].text = "顧問料・年末調整", f"{R.randint(3, 10) * 11000:,}円"
        t.add(path, "corporate_number", c.cn)
    for p in t.clients[:4]:
        cells = table.add_row().cells
        cells[0].text = nm(p) + " 様"
        number = t.corporate_number()
        t.add(path, "corporate_number", number, neutral=True)
        cells[1].text, cells[2].text, cells[3].text = "T" + number, "確定申告報酬", "55,000円"
        t.add(path, "person_name", nm(p), p.id)
    doc.add_paragraph(f"振込先：{BANKS[0]} 芝支店 普通 {t.digits(7)} ミナトカイケイ（事務所口座）")
    t.share.save(path, doc)
    t.add(path, "corporate_number", reg[1:], neutral=True)
    t.add(path, "phone_number", OFFICE_TEL, neutral=True)
    t.add(path, "address", OFFICE_ADDR, neutral=True)
