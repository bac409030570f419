"""The scrivener's memos and office papers: the autumn handover (two inheritances, a ward, a
debtor), October's call book, the 委任状 template (its samples no one's), the office's
details (its numbers neutral), a ward's relatives and a new company's 定款 draft.
"""

from __future__ import annotations

from datetime import date

from .scrivener_people import (
    OFFICE_ADDR,
    OFFICE_BANK,
    OFFICE_FAX,
    OFFICE_KAN,
    OFFICE_MAIL,
    OFFICE_NAME,
    OFFICE_REG,
    OFFICE_TEL,
    OFFICE_ZIP,
    Office,
    era,
)
from .scrivener_tables import staff_surnames
from .share import add_row, header_table, label_table


def handover(w: Office) -> None:
    """11_メモ/引継ぎメモ_2024秋.txt: 山田 to 小川 on the 11th and 12th inheritances, the third
    ward and the fifth debtor."""
    rng, path, s = w.rng, "11_メモ/引継ぎメモ_2024秋.txt", w.staff
    g, c1, c2, dd = w.guard[2], w.inh[10], w.inh[11], w.debt[4].p
    cl, clerk = c1.client, w.bankstaff[1]
    heirs = "、".join(f"{h.name('')}（{h.rel}）" for h in c2.heirs)
    txt = (f"引継ぎメモ（{s[1].last}→{s[2].last}）　{era(date(2024, 10, 25), 1)}\n\n"
           f"■ {c1.dead.last}家 相続登記（依頼者：{cl.name('')}さん）\n"
           f"・戸籍は揃った。{cl.rel}の方の印鑑証明待ち。自宅 {w.tel(cl.phone, 0)} に"
           "夕方かけると出られる。\n"
           f"■ {c2.dead.last}家 遺産承継\n・相続人 {heirs}\n"
           f"・{c2.dead.bank[0]}の解約手続中。担当は{clerk.name('')}さん"
           f"（直通 03-3211-{rng.randint(1000, 9999)}）。\n"
           f"■ 成年後見 {g.ward.name('')}さん（{g.ward.fac}）\n"
           f"・{g.ward.diag}。施設から医療費の請求。申立人の{g.app.name('')}さん "
           f"{w.tel(g.app.mobile, 5)}\n"
           f"■ 債務整理 {dd.name('')}さん　{era(dd.born)}生\n"
           f"・{dd.loans[0][0]}と和解済。毎月27日に返済代行。\n\n"
           "事務所の代表番号は 03-5421-0876、FAXは03-5421-0877。鍵は金庫の上段。\n")
    w.share.write(path, txt)
    w.tp(path, cl, phone=cl.phone)
    for h in c2.heirs:
        w.tp(path, h)
    w.tp(path, clerk)
    w.tp(path, g.ward)
    w.t(path, "sensitive", g.ward.diag, g.ward.id)
    w.tp(path, g.app, phone=g.app.mobile)
    w.tp(path, dd, dob=True)
    w.t(path, "person_name", s[1].last, s[1].id, True)
    w.t(path, "person_name", s[2].last, s[2].id, True)
    w.t(path, "phone_number", OFFICE_TEL, None, True)
    w.t(path, "phone_number", OFFICE_FAX, None, True)
    w.t(path, "person_name", c1.dead.last, None, True)
    w.t(path, "person_name", c2.dead.last, None, True)


def calls(w: Office) -> None:
    """11_メモ/電話受付簿_10月.txt: six new callers, an heir and a company's president, then
    the realtor (by surname)."""
    rng, path = w.rng, "11_メモ/電話受付簿_10月.txt"
    lines = ["電話受付簿　2024年10月", "日付\t時刻\t相手\t電話番号\t用件\t受付"]
    for p in [*w.callers, w.inh[12].client, w.comp[2].rep]:
        honour = rng.choice(["様", "さん", "殿", ""])
        day, hour, minute = rng.randint(1, 31), rng.randint(9, 17), rng.randint(0, 59)
        name = p.name(rng.choice(["", " "]))
        tel = w.tel(p.mobile, rng.choice([0, 3, 5, 1]))
        errand = rng.choice(["相続の相談予約", "書類の件で折返し希望", "見積依頼", "役員変更の件"])
        lines.append(f"10/{day}\t{hour}:{minute:02d}\t{name}{honour}\t{tel}\t{errand}\t"
                     f"{rng.choice(['山田', '小川'])}")
        w.tp(path, p, phone=p.mobile)
    staff_surnames(w, path, 1)
    lines.append(f"10/30\t16:10\tみなと不動産 {w.realtor.last}様\t03-6435-2281\t"
                 "登記完了時期の確認\t小川")
    w.t(path, "person_name", w.realtor.last, w.realtor.id, True)
    w.t(path, "phone_number", "0364352281", None, True)
    w.share.write(path, "\n".join(lines) + "\n")


def template(w: Office) -> None:
    """12_テンプレート/委任状_記入例.docx: a 記入例 whose values are no one's."""
    d = w.docx()
    d.add_heading("委任状（相続登記）記入例", 1)
    d.add_paragraph("※ 以下は記入例です。実際の内容に置き換えてください。")
    label_table(d, [("住所", "東京都千代田区霞が関一丁目1番1号"), ("氏名", "法務　太郎"),
                    ("生年月日", "昭和50年1月1日"), ("電話番号", "090-0000-0000"),
                    ("メール", "test@example.com"), ("被相続人", "法務　一郎"),
                    ("不動産番号", "1234567890123")], "Table Grid")
    w.share.save("12_テンプレート/委任状_記入例.docx", d)


def office_info(w: Office) -> None:
    """00_事務所/事務所概要.txt: the office's address, numbers and account, all neutral."""
    path = "00_事務所/事務所概要.txt"
    txt = (f"{OFFICE_NAME}\n〒108-0014 {OFFICE_ADDR}\nTEL 03-5421-0876 / FAX 03-5421-0877\n"
           f"Mail {OFFICE_MAIL}\n{OFFICE_REG}\n{OFFICE_KAN}\n適格請求書発行事業者登録番号 {w.tno}\n"
           f"報酬振込先：{OFFICE_BANK[0]} {OFFICE_BANK[1]} 普通預金 {OFFICE_BANK[3]} "
           "名義 サクライシホウショシジムショ\n営業時間 9:00-18:00（土日祝休）\n")
    w.share.write(path, txt)
    w.office(path, bank=True)
    w.t(path, "postal_code", OFFICE_ZIP, None, True)
    w.t(path, "corporate_number", w.tno[1:], None, True)


def relatives(w: Office) -> None:
    """03_成年後見/{ward}/親族関係・連絡先.docx: the fifth ward, the applicant and a sibling
    (drawn here), their mobiles, and the doctor."""
    g = w.guard[4]
    path = f"03_成年後見/{g.ward.name('')}/親族関係・連絡先.docx"
    d = w.docx()
    d.add_heading(f"成年被後見人 {g.ward.name()} 親族関係", 2)
    t = header_table(d, ["続柄", "氏名", "電話", "備考"], "Table Grid")
    sib = w.person(age=(70, 90))
    for rel, p, note in [("本人", g.ward, g.ward.fac), (g.app.rel, g.app, "申立人・身元引受人"),
                         ("妹" if sib.sex == "F" else "弟", sib, "遠方在住")]:
        add_row(t, rel, p.name(), w.tel(p.mobile, 0), note)
        w.tp(path, p, phone=p.mobile)
    d.add_paragraph(f"主治医：{g.doc.hosp} {g.doc.name()}医師（{g.ward.diag}）")
    w.tp(path, g.doc)
    w.t(path, "sensitive", g.ward.diag, g.ward.id)
    w.share.save(path, d)


def articles(w: Office) -> None:
    """04_商業登記/{会社}/定款_案.docx: the fifth company's founders and their homes."""
    rng, cm = w.rng, w.comp[4]
    path = f"04_商業登記/{cm.name}/定款_案.docx"
    d = w.docx()
    d.add_heading(f"{cm.name} 定款（案）", 1)
    d.add_paragraph(f"第1条（商号）当会社は、{cm.name}と称する。\n"
                    f"第3条（本店の所在地）当会社は、本店を{cm.hq.city}に置く。\n"
                    "第6条（発行可能株式総数）当会社の発行可能株式総数は、1000株とする。")
    d.add_paragraph("附則\n（発起人の氏名ほか）")
    for p in [cm.rep, *cm.dirs]:
        a = p.addr.text(0)
        d.add_paragraph(f"住所　{a}\n発起人　{p.name()}　　引受株式数　{rng.randint(1, 5) * 100}株")
        w.tp(path, p, addr=a)
    w.share.save(path, d)
