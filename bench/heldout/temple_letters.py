"""The temple's documents: four 永代供養 contracts, the 寺報 mailing list, the handover memo
(生活保護, illnesses), the system manual's sample values, the temple's 概要, the 総代会 minutes,
a 納骨 form, the 副住職's 個人番号提供書 and the phone memo."""

from __future__ import annotations

from typing import Any

from docx import Document

from .share import label_table, pdf_bytes
from .temple_people import BANK_T, TEMPLE, Temple, addr_str, save_office, wareki_style

CONDITION_WORDS = {"生活保護受給中": ["生活保護"], "要介護3・認知症": ["要介護3", "認知症"],
                   "末期がんで在宅療養": ["末期がん"], "糖尿病で透析": ["糖尿病", "透析"]}
MANUAL = ["3.2 檀家の新規登録", "  氏名：例）山田 太郎　フリガナ：ヤマダ タロウ",
          "  電話番号：例）090-0000-0000（ハイフンあり・なし可）", "  メール：例）test@example.com",
          "  個人番号欄は給与モジュールのみ。入力例：123456789018（テスト用）",
          "  クレジット決済テスト用カード：4111111111111111 有効期限 12/30",
          "  郵便番号：例）100-0001 住所：東京都千代田区千代田1-1",
          "サポート窓口：0120-000-000（平日9-17時）"]


def form_pdf(title: str, lines: list[str], step: float) -> bytes:
    """A one-page form: the title in 14 points at the top, then 10-point lines `step` apart."""
    def draw(c: Any, font: str) -> None:
        c.setFont(font, 14)
        c.drawString(40, 800, title)
        c.setFont(font, 10)
        for i, line in enumerate(lines):
            c.drawString(40, 770 - i * step, line)
    return pdf_bytes(draw)


def contracts(t: Temple) -> None:
    """永代供養 contracts: three heads with family (one as 身元引受人) and one visitor."""
    rng = t.rng
    eitai = rng.sample([h for h in t.danka if h.fam], 3) + rng.sample(t.visitors, 1)
    for k, h in enumerate(eitai):
        rel = f"06_永代供養/永代供養契約書_{k + 1:03d}_{h.sur}.docx"
        doc = Document()
        doc.add_heading("永代供養墓 使用契約書", 1)
        doc.add_paragraph(f"{TEMPLE['name']}（以下「甲」という）と契約者（以下「乙」という）は、"
                          "永代供養墓の使用について、次のとおり契約する。")
        dd = [d for d in t.dead if d.head is h]
        rows = [("契約番号", f"EK-2024-{k + 1:03d}"), ("契約者氏名", h.name),
                ("フリガナ", h.sk + " " + h.gk), ("生年月日", wareki_style(h.dob, 3)),
                ("住所", addr_str(h, True, True)), ("電話番号", t.phone(h.tel)),
                ("電子メール", h.mail or "（なし）"),
                ("納骨予定者",
                 (dd[0].name + "（故人・" + dd[0].homyo + "）") if dd else "契約者本人"),
                ("永代供養料", "金 500,000円")]
        kin = h.fam[0] if h.fam else None
        if kin:
            rows.append(("緊急連絡先（身元引受人）", f"{kin.name}（{kin.rel}） {t.phone(kin.tel)}"))
        label_table(doc, rows, "Table Grid")
        doc.add_paragraph("第1条（供養）甲は、乙の指定する故人を浄土真宗本願寺派の作法により"
                          "永代にわたり供養する。")
        doc.add_paragraph("第2条（合祀）33回忌を経過した遺骨は合祀墓へ移す。")
        doc.add_paragraph(f"令和6年{rng.randint(1, 12)}月{rng.randint(1, 28)}日\n"
                          f"甲 {TEMPLE['name']} 代表役員 {t.jushoku.name}  {TEMPLE['addr']}\n"
                          f"乙 {h.name}　㊞")
        save_office(t, rel, doc)
        t.record(rel, h, "name", "kana", "dob", "addr", "zip", "tel")
        if h.mail:
            t.record(rel, h, "mail")
        if dd:
            t.name(rel, dd[0])
        if kin:
            t.record(rel, kin, "name", "tel")
        t.name(rel, t.jushoku, neutral=True)
        t.add(rel, "address", TEMPLE["addr"], None, True)


def newsletter(t: Temple) -> None:
    """寺報「ひかり」 第58号's mailing list: about six heads in ten, 〒 and address."""
    rel = "08_寺報/寺報「ひかり」第58号_送付先一覧.pdf"
    heads = [x for x in t.danka if t.rng.random() < .6]

    def draw(c: Any, font: str) -> None:
        c.setFont(font, 12)
        c.drawString(40, 800, "寺報「ひかり」第58号（令和6年秋彼岸号） 郵送先一覧")
        c.setFont(font, 8)
        y = 775
        for h in heads:
            if y < 50:
                c.showPage()
                c.setFont(font, 8)
                y = 800
            c.drawString(40, y, f"{h.no}  〒{h.addr.zip}  {addr_str(h)}  {h.name} 様")
            y -= 13
    for h in heads:
        t.record(rel, h, "name", "zip", "addr")
    t.share.write(rel, pdf_bytes(draw))


def handover(t: Temple) -> None:
    """The 事務員's handover memo: five 減免 with their reason, a doctor, the temple's numbers."""
    rng, rel = t.rng, "10_事務/引継ぎメモ_事務.txt"
    red = rng.sample([h for h in t.danka if h.fam], 5)
    conds = ["生活保護受給中", "要介護3・認知症", "末期がんで在宅療養", "糖尿病で透析",
             "生活保護受給中"]
    lines = [f"■ 事務引継ぎ（{t.jimu.name} → 後任の方へ） R6.11.15", "",
             "【護持会費・管理料の減免】", "住職了承済み。年度替わりに再確認のこと。"]
    for h, cd in zip(red, conds, strict=True):
        tgt = h if rng.random() < .6 else h.fam[0]
        who = h.sur + "さん" + ("" if tgt is h else f"（{tgt.rel}の{tgt.given}さん）")
        lines.append(f"・{h.no} {who}… {cd}のため管理料全額免除。連絡は{t.phone(h.tel)}へ。")
        for cw in CONDITION_WORDS[cd]:
            t.add(rel, "sensitive", cw, tgt.id)
        t.record(rel, h, "tel")
        t.name(rel, h, h.sur, neutral=True)
        if tgt is not h:
            t.name(rel, tgt, tgt.given, neutral=True)
    doctor = t.others["doctor"]
    lines += ["", f"・{red[1].sur}さんの主治医は{doctor.sur}クリニックの{doctor.name}先生"
                  f"（{t.phone(doctor.tel, 0)}）。法要中に具合が悪くなったら連絡可。"]
    t.record(rel, doctor, "name", "tel")
    lines += ["", "【その他】", f"・寺務所の電話 {t.phone(TEMPLE['tel'], 0)} は留守電20時まで。",
              f"・法人番号 {t.corp}（インボイス登録なし）", f"・本堂修繕の寄付は{BANK_T}へ。",
              "・パソコンのログインは事務所PW帳参照（金庫）。"]
    t.temple(rel, addr=False, corp=True)
    t.add(rel, "bank_account", "1234567", None, True)
    t.share.write(rel, "\n".join(lines) + "\n")


def manual(t: Temple) -> None:
    """The system manual's sample values: all neutral."""
    rel = "10_事務/寺院管理システム_操作マニュアル.pdf"
    t.share.write(rel, form_pdf("寺院管理システム 操作マニュアル（抜粋）", MANUAL, 18))
    for cat, val in [("person_name", "山田太郎"), ("phone_number", "09000000000"),
                     ("email_address", "test@example.com"),
                     ("credit_card_number", "4111111111111111"), ("phone_number", "0120000000"),
                     ("my_number", "123456789018")]:
        t.add(rel, cat, val, None, True)


def overview(t: Temple) -> None:
    """寺院概要: the temple's own numbers and its 住職 (neutral)."""
    rel = "10_事務/寺院概要.docx"
    doc = Document()
    doc.add_heading("慈光山 浄念寺 概要", 1)
    label_table(doc, [("法人名", TEMPLE["name"]), ("法人番号", t.corp),
                      ("所在地", f"〒{TEMPLE['zip']} {TEMPLE['addr']}"),
                      ("電話", t.phone(TEMPLE["tel"], 0)), ("FAX", t.phone(TEMPLE["fax"], 0)),
                      ("宗派", TEMPLE["sect"]), ("代表役員（住職）", t.jushoku.name),
                      ("霊園区画数", "120区画（A〜C区）"), ("寄付振込先", BANK_T)], "Table Grid")
    save_office(t, rel, doc)
    t.temple(rel, corp=True)
    t.add(rel, "phone_number", TEMPLE["fax"], None, True)
    t.name(rel, t.jushoku, neutral=True)
    t.add(rel, "bank_account", "1234567", None, True)


def minutes(t: Temple) -> None:
    """総代会 minutes: six 総代, one's illness, three heads in arrears."""
    rng, rel = t.rng, "10_事務/総代会議事録_R6.docx"
    doc = Document()
    doc.add_heading("令和6年度 総代会 議事録", 1)
    soudai = rng.sample(t.danka, 6)
    doc.add_paragraph("日時：令和6年5月12日 13:30〜15:00　場所：浄念寺 客殿")
    doc.add_paragraph("出席者：住職 " + t.jushoku.name + "、副住職 " + t.fuku.name + "、総代 "
                      + "、".join(h.name + "氏" for h in soudai))
    doc.add_paragraph("議題1：本堂屋根修繕の件。見積 1,850万円。寄付の呼びかけを寺報で行う。"
                      f"総代長 {soudai[0].sur}氏より、{soudai[1].sur}氏が病気療養中"
                      "（脳梗塞後のリハビリ）のため役員交代の申し出があった旨報告。")
    late = ", ".join(h.name for h in rng.sample(t.danka, 3))
    doc.add_paragraph(f"議題2：墓地管理料滞納 3件（{late}）。督促状送付。")
    save_office(t, rel, doc)
    for h in soudai:
        t.name(rel, h)
    t.add(rel, "sensitive", "脳梗塞", soudai[1].id)
    t.name(rel, t.jushoku, neutral=True)
    t.name(rel, t.fuku, neutral=True)
    arrears = "\n".join(p.text for p in doc.paragraphs).split("議題2")[1]
    for h in t.danka:
        if h.name in arrears:
            t.name(rel, h)


def burial_form(t: Temple) -> None:
    """納骨申込書 for the sixth dead, the head's birth date, address and plot."""
    rel = "07_納骨/納骨申込書_スキャン.pdf"
    d = t.dead[5]
    h = d.head
    lines = [f"故人氏名：{d.name}　法名：{d.homyo}", f"死亡年月日：{wareki_style(d.died, 0)}",
             f"埋葬許可証番号：第{t.rng.randint(1000, 9999)}号", f"申込者氏名：{h.name}　続柄：子",
             f"申込者生年月日：{wareki_style(h.dob, 0)}", f"住所：〒{h.addr.zip} {addr_str(h)}",
             f"電話：{t.phone(h.tel, 0)}", f"墓地区画：{t.plots.get(h.id, '永代供養墓')}"]
    t.share.write(rel, form_pdf("納骨申込書", lines, 20))
    t.name(rel, d)
    t.record(rel, h, "name", "dob", "zip", "addr", "tel")


def my_number_form(t: Temple) -> None:
    """The 副住職's 個人番号提供書 (hyphenated 個人番号, full-width 和暦 birth date)."""
    fuku = t.fuku
    rel = "10_事務/個人番号提供書_" + fuku.sur + ".docx"
    doc = Document()
    doc.add_heading("個人番号提供書", 1)
    label_table(doc, [("氏名", fuku.name),
                      ("個人番号", f"{fuku.mn[:4]}-{fuku.mn[4:8]}-{fuku.mn[8:]}"),
                      ("生年月日", wareki_style(fuku.dob, 3)), ("住所", addr_str(fuku)),
                      ("本人確認書類", "運転免許証")], "Table Grid")
    save_office(t, rel, doc)
    t.name(rel, fuku)
    t.add(rel, "my_number", fuku.mn, fuku.id)
    t.record(rel, fuku, "dob", "addr")


def phone_memo(t: Temple) -> None:
    """電話受付メモ (CP932, CRLF): eight callers by surname, one address change."""
    rng, rel = t.rng, "10_事務/電話受付メモ.txt"
    lines = []
    for h in rng.sample(t.danka, 8):
        day = wareki_style(t.rdate(2024, 2025), 2)
        tel = t.phone(h.tel, rng.choice([1, 2, 3]))
        lines.append(f"{day} {h.sur}様より TEL。折返し {tel}。" + rng.choice(
            ["墓地の草取りの件。", "寺報の宛先変更 → " + addr_str(h, False),
             "護持会費の振込について。"]))
        t.record(rel, h, "tel")
        t.name(rel, h, h.sur, neutral=True)
        if "宛先変更" in lines[-1]:
            t.add(rel, "address", h.addr.rest, h.id)
    t.share.write(rel, "\r\n".join(lines) + "\r\n", "cp932")
