"""The branch's documents: three filled 特定口座開設届, the 相続 letters to each deceased
customer's heirs and the 相続案件管理表, four 取引報告書 PDFs, the 適合性確認記録 (elderly
customers' conditions), a filled 代理人届, the account-opening manual (sample values) and a
scanned 住所変更届.

The dead are neutral; the branch's phone, address and 〒, the professionals' office phones,
staff and professionals' surnames alone are neutral.
"""

from __future__ import annotations

import docx

from .japanese import FULL_WIDTH
from .securities_branch_people import (
    CO_ADDR,
    CO_POST,
    CO_TEL,
    COMPANY,
    H_TRUTH,
    H_WORDS,
    HY,
    STOCKS,
    Branch,
    Person,
    era,
    phone,
)
from .share import label_table, lines_pdf, workbook


def _opening_form(b: Branch, c: Person) -> None:
    rng = b.rng
    rel = f"書式/記入済/特定口座開設届_{c.acct}.docx"
    d = docx.Document()
    d.add_heading("特定口座開設届出書", 1)
    d.add_paragraph(f"{COMPANY}　御中　　　　　　　　　　　　提出日：令和6年{rng.randint(1, 9)}月"
                    f"{rng.randint(1, 28)}日")
    tel = c.tel or c.mob
    label_table(d, [
        ("フリガナ", c.kana("　")), ("氏名", c.name("　")), ("生年月日", era(c.born, 0)),
        ("郵便番号", "〒" + c.postal), ("住所", c.home),
        ("電話番号", phone(tel).translate(FULL_WIDTH) if rng.random() < .5 else phone(tel)),
        ("個人番号", " ".join([c.mn[:4], c.mn[4:8], c.mn[8:]]) if c.mn else "（別途提出）"),
        ("源泉徴収の選択", "源泉徴収あり"), ("口座番号", c.acct)], "Table Grid")
    d.add_paragraph("上記のとおり租税特別措置法第37条の11の3第3項に規定する特定口座の開設を届け出ます。")
    b.save(rel, d)
    b.name(rel, c)
    b.kana(rel, c)
    b.x(rel, "date_of_birth", c.born.isoformat(), c)
    b.x(rel, "postal_code", c.postal, c)
    b.x(rel, "address", c.home, c)
    b.x(rel, "phone_number", tel, c)
    if c.mn:
        b.x(rel, "my_number", c.mn, c)


def opening_forms(b: Branch) -> None:
    """書式/記入済/特定口座開設届_*.docx: customers 81, 82 and 6."""
    for c in [b.customers[80], b.customers[81], b.customers[5]]:
        _opening_form(b, c)


def inheritance(b: Branch) -> None:
    """相続/相続手続きのご案内_*様.docx: to each deceased customer's first heir, the heirs and
    the transfer account listed, the 税理士 and 司法書士 named."""
    rng = b.rng
    tax, scr = b.ext["tax"], b.ext["scr"]
    for d in b.deceased:
        rel = f"相続/相続手続きのご案内_{d.last}様.docx"
        doc = docx.Document()
        h0 = d.heirs[0]
        month = d.death.month + 1 if d.death.month < 12 else 12
        doc.add_paragraph(f"令和6年{month}月{rng.randint(1, 28)}日")
        doc.add_paragraph(f"〒{h0.postal}\n{h0.home}\n{h0.name()} 様")
        doc.add_paragraph(f"{COMPANY}\n相続手続き担当　{d.rep.full}\nTEL 03-5321-1100（代表）")
        doc.add_heading("相続手続きのご案内", 2)
        doc.add_paragraph(
            f"このたびは、故 {d.full} 様（{era(d.born, 0)}生、{era(d.death, 0)}ご逝去）"
            "のご逝去に際し、謹んでお悔やみ申し上げます。"
            f"被相続人名義の口座（口座番号 {d.acct}）のお預り資産につきまして、"
            "下記の相続人の皆様による移管手続きをご案内いたします。")
        t = doc.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for i, hd in enumerate(["続柄", "相続人氏名", "生年月日", "ご住所", "ご連絡先"]):
            t.rows[0].cells[i].text = hd
        for h in d.heirs:
            r = t.add_row().cells
            r[0].text, r[1].text, r[2].text = h.rel, h.name(), era(h.born, 1)
            r[3].text, r[4].text = h.home, phone(h.mob)
            b.name(rel, h)
            b.x(rel, "date_of_birth", h.born.isoformat(), h)
            b.x(rel, "address", h.home, h)
            b.x(rel, "phone_number", h.mob, h)
        b.x(rel, "postal_code", h0.postal, h0)
        doc.add_paragraph("移管先口座（相続人代表者名義）")
        label_table(doc, [("金融機関", h0.bank[0] + " " + h0.bank[1]), ("預金種目", h0.bank[2]),
                          ("口座番号", h0.bank[3]), ("名義", h0.kana())], "Table Grid")
        b.x(rel, "bank_account", h0.bank[3], h0)
        b.x(rel, "person_name", h0.reading, h0)
        doc.add_paragraph(f"なお、遺産分割協議書の作成は{scr.office}の{scr.name()}先生（TEL "
                          f"{phone(scr.otel)}）、相続税申告は{tax.office}の{tax.full}先生が担当されると"
                          "伺っております。")
        b.name(rel, scr, tax)
        b.t(rel, "phone_number", scr.otel, None, True)
        b.name(rel, d)
        b.x(rel, "date_of_birth", d.born.isoformat(), d)
        b.name(rel, d.rep, neutral=True)
        b.t(rel, "phone_number", CO_TEL, None, True)
        b.save(rel, doc)


def cases(b: Branch) -> None:
    """相続/相続案件管理表.xlsx: the three cases with their heirs, and the professionals."""
    rng = b.rng
    tax, scr = b.ext["tax"], b.ext["scr"]
    path = "相続/相続案件管理表.xlsx"
    wb, ws = workbook("案件一覧", "相続案件管理表（令和6年度）", "A1:H1")
    ws.append(["案件No", "被相続人", "口座番号", "死亡日", "相続人", "続柄", "携帯",
               "税理士/司法書士"])
    for k, d in enumerate(b.deceased):
        ws.append([f"SZ-2024-{k + 1:03d}", d.full, d.acct, d.death.strftime("%Y/%m/%d"), "", "", "",
                   f"{tax.last}税理士／{scr.last}司法書士"])
        b.name(path, d)
        b.surname(path, tax, scr)
        for h in d.heirs:
            ws.append(["", "", "", "", h.full, h.rel, phone(h.mob, rng.choice(HY)), ""])
            b.name(path, h)
            b.x(path, "phone_number", h.mob, h)
    ws2 = wb.create_sheet("専門家連絡先")
    for row in [("税理士", tax.full), ("事務所", tax.office), ("電話", phone(tax.otel)),
                ("メール", tax.work), ("司法書士", scr.full), ("事務所", scr.office),
                ("電話", phone(scr.otel)), ("メール", scr.work)]:
        ws2.append(list(row))
    b.name(path, tax, scr)
    b.t(path, "phone_number", tax.otel, None, True)
    b.t(path, "phone_number", scr.otel, None, True)
    b.t(path, "email_address", tax.work, tax.id, True)
    b.t(path, "email_address", scr.work, None, True)
    b.save(path, wb)


def reports(b: Branch) -> None:
    """取引報告書/取引報告書_*_20241015.pdf: customers 11 to 14, two to four trades each."""
    rng = b.rng
    for c in b.customers[10:14]:
        rel = f"取引報告書/取引報告書_{c.acct.replace('-', '')}_20241015.pdf"
        lines = [f"〒{c.postal}", c.home, f"{c.name()} 様", "", "取引報告書（兼 受渡計算書）",
                 f"{COMPANY}  〒160-0023 {CO_ADDR}  TEL 03-5321-1100",
                 f"お取引口座：{c.acct}   担当：{c.rep.full}", ""]
        for _ in range(rng.randint(2, 4)):
            st = rng.choice(STOCKS)
            lines.append(f"約定番号 {b.yakujo_no()}  約定日 2024/10/15  銘柄 {st[2]}（{st[0]}）"
                         f" ISIN {st[1]}  {rng.choice(['買付', '売付'])}"
                         f" {rng.randint(1, 9) * 100}株")
        b.share.write(rel, lines_pdf(lines, 10, 50, 16))
        b.name(rel, c)
        b.x(rel, "address", c.home, c)
        b.x(rel, "postal_code", c.postal, c)
        b.name(rel, c.rep, neutral=True)
        b.t(rel, "phone_number", CO_TEL, None, True)
        b.t(rel, "address", CO_ADDR, None, True)
        b.t(rel, "postal_code", CO_POST, None, True)


def suitability(b: Branch) -> None:
    """コンプライアンス/適合性確認記録_2024下期.docx: each agent's elderly customer, a condition
    each (the complaint's where it gave one)."""
    rng = b.rng
    rel = "コンプライアンス/適合性確認記録_2024下期.docx"
    doc = docx.Document()
    doc.add_heading("高齢顧客・適合性確認記録（社外秘）", 1)
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for i, hd in enumerate(["確認日", "口座番号", "顧客名", "年齢", "確認内容", "確認者"]):
        t.rows[0].cells[i].text = hd
    for k, a in enumerate(b.agents):
        o = a.of
        hw = b.health.get(o.id) or H_WORDS[k % len(H_WORDS)]
        b.health[o.id] = hw
        if k % 2 == 0:
            txt = (f"ご本人と面談。{hw}。今後の取引は{a.rel}（{a.full}様、{phone(a.mob)}）の同席を"
                   "必須とする。")
        else:
            txt = f"{a.rel}の{a.full}様より連絡あり。{hw}のため代理人届を受領（代理人：{a.full}）。"
        r = t.add_row().cells
        r[0].text = f"R6.{rng.randint(10, 12)}.{rng.randint(1, 28)}"
        r[1].text, r[2].text, r[3].text = o.acct, o.full + "様", f"{2024 - o.born.year}歳"
        r[4].text = txt
        r[5].text = rng.choice(b.compliance).last
        b.name(rel, o, a)
        b.x(rel, "sensitive", H_TRUTH[hw], o)
        if k % 2 == 0:
            b.x(rel, "phone_number", a.mob, a)
    b.surname(rel, *b.compliance)
    b.save(rel, doc)


def proxy(b: Branch) -> None:
    """書式/記入済/代理人届_*.docx: the second agent and the customer side by side."""
    a = b.agents[1]
    o = a.of
    rel = f"書式/記入済/代理人届_{o.acct}.docx"
    doc = docx.Document()
    doc.add_heading("代理人届出書", 1)
    label_table(doc, [("", "口座名義人（本人）", "代理人"), ("氏名", o.name("　"), a.name("　")),
                      ("フリガナ", o.kana("　"), a.kana("　")),
                      ("生年月日", era(o.born, 0), era(a.born, 0)), ("住所", o.home, a.home),
                      ("電話", phone(o.tel or o.mob), phone(a.mob)), ("続柄", "", a.rel)],
                "Table Grid", cols=3)
    doc.add_paragraph(f"代理人選任の理由：{b.health[o.id]}のため、本人による取引の判断が困難となったため。")
    b.save(rel, doc)
    for p in (o, a):
        b.name(rel, p)
        b.kana(rel, p)
        b.x(rel, "date_of_birth", p.born.isoformat(), p)
        b.x(rel, "address", p.home, p)
    b.x(rel, "phone_number", o.tel or o.mob, o)
    b.x(rel, "phone_number", a.mob, a)
    b.x(rel, "sensitive", H_TRUTH[b.health[o.id]], o)


def manual(b: Branch) -> None:
    """マニュアル/口座開設事務マニュアル_v3.docx: sample values (a check-digit practice number,
    a test card), the branch's 法人番号."""
    rel = "マニュアル/口座開設事務マニュアル_v3.docx"
    doc = docx.Document()
    doc.add_heading("口座開設事務マニュアル（第3版）", 1)
    while True:
        ex = b.my_number()
        if ex != "123456789012":
            break
    doc.add_paragraph("1. 口座番号は「支店コード3桁－顧客番号6桁」で採番する。"
                      "記入例：000-000000（旧形式 0000-00000000）")
    doc.add_paragraph("2. 個人番号の記入例：123456789012（※説明用の番号であり、実在しません）。"
                      f"チェックデジット確認の練習用番号：{ex[:4]} {ex[4:8]} {ex[8:]}")
    doc.add_paragraph("3. 電話番号欄の記入例：090-0000-0000、メール欄の記入例：test@example.com")
    doc.add_paragraph("4. クレジットカード積立のテスト番号：4111111111111111（有効期限 12/30）。"
                      "本番カードの番号は画面に表示しないこと。")
    label_table(doc, [("氏名", "証券　太郎"), ("フリガナ", "ショウケン タロウ"), ("生年月日",
                                                                                  "昭和50年1月1日"),
                      ("住所", "東京都千代田区〇〇1-2-3"), ("郵便番号", "100-0000"),
                      ("当社法人番号", b.ext["corp_no"]), ("問い合わせ",
                                                           "事務センター 03-5321-1100")],
                "Table Grid")
    b.t(rel, "corporate_number", b.ext["corp_no"])
    b.t(rel, "phone_number", CO_TEL, None, True)
    b.save(rel, doc)


def change_form(b: Branch) -> None:
    """書式/記入済/住所変更届_*.pdf: customer 66's old and new homes and new mobile."""
    c = b.customers[65]
    rel = f"書式/記入済/住所変更届_{c.acct}.pdf"
    old_post, old_pref, old_rest = b.mkaddr()
    lines = ["住所・氏名・電話番号 変更届", "", f"口座番号　{c.acct}", f"お名前　　{c.name('　')}",
             f"生年月日　{era(c.born, 3)}", f"旧住所　　〒{old_post} {old_pref}{old_rest}",
             f"新住所　　〒{c.postal} {c.home}", f"新電話番号　{phone(c.mob)}",
             "変更理由　転居のため",
             f"受付者　{c.rep.last}　（{c.rep.code}）"]
    b.share.write(rel, lines_pdf(lines, 11, 50, 20, top=790))
    b.name(rel, c)
    b.x(rel, "date_of_birth", c.born.isoformat(), c)
    b.x(rel, "postal_code", old_post, c)
    b.x(rel, "address", old_pref + old_rest, c)
    b.x(rel, "postal_code", c.postal, c)
    b.x(rel, "address", c.home, c)
    b.x(rel, "phone_number", c.mob, c)
    b.surname(rel, c.rep)
