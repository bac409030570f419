"""The hospital's prose: the ward's 申し送り memo (full-width digits, 和暦, hyphen look-alikes),
退院サマリー, 紹介状 and 障害年金 .docx, a scanned 入院申込書 PDF, the 地域連携室's and 医事課's
mails and the staff bulletin."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

import docx
from docx.shared import Pt

from . import hospital_people as hp
from .hospital_people import TODAY, Hospital, Person, age, era, kn, nm, sl
from .identifiers import card_number, license_check
from .japanese import FULL_WIDTH, HYPHENS
from .share import mail_bytes, pdf_bytes

JST = timezone(timedelta(hours=9))


def fw(text: str) -> str:
    """Digits made full-width (０１２), as the ward's memo types them."""
    return text.translate(FULL_WIDTH)


def handover_memo(h: Hospital) -> None:
    """申し送り: nine inpatients with 和暦 birth dates and ages in full-width digits, key
    persons' phones with a different hyphen look-alike each; a given name alone is neutral."""
    R = h.rng
    path = "病棟/申し送り_11月.txt"
    writer = h.nurses[0]
    lines = ["【4階東病棟　申し送りメモ】" + fw("2026") + "年" + fw("11") + "月分",
             "記載：" + nm(writer, ""), ""]
    h.add(path, "person_name", nm(writer, ""), writer.id)
    for j, p in enumerate(R.sample([q for q in h.living[:-2] if q.dis > TODAY], 9)):
        hy = HYPHENS[j % len(HYPHENS)]
        line = (f"・{fw(p.room)}号室　{p.last}{p.first}様（{fw(era(p.dob))}生、"
                f"{fw(str(age(p.dob)))}歳）　{p.dx}にて入院中。")
        h.add(path, "person_name", p.last + p.first, p.id)
        h.born(path, fw(era(p.dob)), p)
        h.add(path, "sensitive", p.dx, p.id)
        if j % 3 == 0:
            line += f"手術日：{fw(era(p.adm + timedelta(days=3)))}。"
        if j % 3 == 1:
            line += f"既往に{p.hx[0]}あり。"
            h.add(path, "sensitive", p.hx[0], p.id)
        k = p.kp
        if k:
            phone = fw(k.mobile.replace("-", hy))
            line += f"キーパーソンは{k.rel}の{k.last}{k.first}さん（{phone}）。"
            h.add(path, "person_name", k.last + k.first, k.id)
            h.add(path, "phone_number", phone, k.id)
        else:
            phone = fw(p.mobile.replace("-", hy))
            line += f"ご本人の携帯：{phone}"
            h.add(path, "phone_number", phone, p.id)
        lines.append(line)
        if j == 2:
            lines.append(f"　{p.first}さんは夜間せん妄あり、転倒注意。")
            h.add(path, "person_name", p.first, p.id, neutral=True)
    msw = h.msws[0]
    lines += ["", "※" + fw("11") + "月" + fw("30") + "日　感染症対策委員会の研修（全員参加）",
              "※退院前カンファレンス：地域連携室 " + nm(msw, "") + "さん 内線" + fw("2315")]
    h.add(path, "person_name", nm(msw, ""), msw.id)
    h.share.write(path, "\n".join(lines) + "\n")


def _table(document: docx.document.Document, rows: list[tuple[str, str]]) -> None:
    """A two-column label | value table."""
    table = document.add_table(rows=0, cols=2)
    for label, value in rows:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, value


def discharge_summaries(h: Hospital) -> None:
    """退院時サマリー: a discharged patient's (care manager informed) and a deceased one's (永眠,
    the bereaved family's phone)."""
    R = h.rng
    chosen = R.sample([p for p in h.living if not p.nat and p.dis < TODAY], 1)
    for p in [*chosen, h.dead_patients[0]]:
        path = f"病棟/退院サマリー/退院サマリー_{p.pt_id}.docx"
        doc = docx.Document()
        doc.add_heading("退院時サマリー", level=1)
        nurse = R.choice(h.nurses)
        cm = R.choice(h.cms)
        dead = p.dead
        rows = [("患者ID", p.pt_id), ("氏名", f"{nm(p, ' ')}（{kn(p, ' ')}）"),
                ("生年月日", f"{era(p.dob)}（{age(p.dob)}歳）"),
                ("性別", "男性" if p.sex == "M" else "女性"), ("入院日", era(p.adm)),
                ("退院日", era(p.dis)),
                ("転帰", "死亡" if dead else R.choice(["軽快", "治癒", "転院"])),
                ("主治医", nm(p.doctor, " ")), ("記載看護師", nm(nurse, " "))]
        if dead:
            rows.insert(7, ("死亡日時", era(p.dis) + " 4時12分"))
        _table(doc, rows)
        h.add(path, "person_name", nm(p, " "), p.id)
        h.add(path, "person_name", kn(p, " "), p.id)
        h.born(path, era(p.dob), p)
        h.add(path, "person_name", nm(p.doctor, " "), p.doctor.id)
        h.add(path, "person_name", nm(nurse, " "), nurse.id)
        doc.add_heading("診断名", level=2)
        doc.add_paragraph(f"#1 {p.dx}")
        h.add(path, "sensitive", p.dx, p.id)
        doc.add_heading("既往歴", level=2)
        doc.add_paragraph("、".join(p.hx))
        for past in p.hx:
            h.add(path, "sensitive", past, p.id)
        doc.add_heading("入院経過", level=2)
        if dead:
            doc.add_paragraph(f"{era(p.adm)}、{p.dx}の増悪にて緊急入院。加療するも全身状態改善せず、"
                              f"{era(p.dis)}永眠された。ご家族（{p.kp.rel if p.kp else '親族'}）"
                              "立会いのもと死亡確認。")
            if p.kp:
                k = p.kp
                doc.add_paragraph(f"ご遺族連絡先：{k.rel} {k.last} {k.first} 様　{k.mobile}")
                h.add(path, "person_name", f"{k.last} {k.first}", k.id)
                h.add(path, "phone_number", k.mobile, k.id)
        else:
            pharma = R.choice(hp.PHARMA)
            doc.add_paragraph(f"{era(p.adm)}、{p.dx}の診断にて入院。{R.choice(hp.DRUGS)}（{pharma}）"
                              "開始し、経過良好。リハビリテーション継続し、自宅退院となった。")
            h.add(path, "person_name", pharma, None, neutral=True)
            doc.add_heading("退院後の連携", level=2)
            doc.add_paragraph(f"担当ケアマネジャー：{cm.office} {nm(cm, ' ')} 氏"
                              f"（TEL {cm.office_tel}）へ情報提供済み。")
            h.add(path, "person_name", nm(cm, " "), cm.id)
            h.add(path, "phone_number", cm.office_tel, cm.id, neutral=True)
            h.add(path, "person_name", cm.office, cm.company_pid, neutral=True)
        doc.add_heading("退院時処方", level=2)
        for drug in R.sample(hp.DRUGS, 3):
            doc.add_paragraph(drug, style="List Bullet")
        h.share.save(path, doc)


def _hospital_footer(h: Hospital, path: str) -> None:
    """The hospital's own phone, fax and name on a page: neutral."""
    h.add(path, "phone_number", hp.HOSP_TEL, None, neutral=True)
    h.add(path, "phone_number", hp.HOSP_FAX, None, neutral=True)
    h.add(path, "person_name", hp.HOSP, None, neutral=True)


def referral(h: Hospital) -> None:
    """診療情報提供書 to a clinic: the patient's table, the key person in the letter."""
    R = h.rng
    for i, p in enumerate(R.sample([q for q in h.living if not q.nat and q.dis > TODAY], 1)):
        rd = h.refdocs[i]
        path = f"地域連携室/紹介状/診療情報提供書_{rd.clinic}_{p.last}.docx"
        doc = docx.Document()
        doc.add_paragraph("診療情報提供書").runs[0].font.size = Pt(16)
        doc.add_paragraph(f"{rd.clinic}\n院長　{nm(rd, ' ')}　先生　御侍史")
        h.add(path, "person_name", nm(rd, " "), rd.id)
        h.add(path, "person_name", rd.clinic, None, neutral=True)
        doc.add_paragraph(f"令和8年11月{R.randint(1, 26)}日")
        _table(doc, [("患者氏名", f"{nm(p, ' ')} 様（{'男' if p.sex == 'M' else '女'}）"),
                     ("生年月日", f"{era(p.dob)}生（{age(p.dob)}歳）"), ("住所", p.addr.mid()),
                     ("電話", p.tel), ("傷病名", p.dx), ("既往歴", "、".join(p.hx))])
        h.add(path, "person_name", nm(p, " "), p.id)
        h.born(path, era(p.dob), p)
        h.add(path, "address", p.addr.mid(), p.id)
        h.add(path, "phone_number", p.tel, p.id)
        h.add(path, "sensitive", p.dx, p.id)
        for past in p.hx:
            h.add(path, "sensitive", past, p.id)
        key = (f"キーパーソンは{p.kp.rel}の{p.kp.last}{p.kp.first}様です。" if p.kp
               else "独居のため、退院後の生活支援についてもご相談させてください。")
        doc.add_paragraph(
            f"平素より大変お世話になっております。上記の患者様は{era(p.adm)}より{p.dx}にて当院"
            f"{p.doctor.dept}に入院加療中です。{era(p.dis)}に退院予定のため、今後の外来フォローを"
            "お願い申し上げます。" + key)
        if p.kp:
            h.add(path, "person_name", p.kp.last + p.kp.first, p.kp.id)
        doc.add_paragraph(f"{hp.HOSP}\n{p.doctor.dept}　医師　{nm(p.doctor, ' ')}\n{hp.HOSP_ADDR}\n"
                          f"TEL {hp.HOSP_TEL}　FAX {hp.HOSP_FAX}")
        h.add(path, "person_name", nm(p.doctor, " "), p.doctor.id)
        h.add(path, "phone_number", hp.HOSP_TEL, None, neutral=True)
        h.add(path, "phone_number", hp.HOSP_FAX, None, neutral=True)
        h.add(path, "address", hp.HOSP_ADDR, None, neutral=True)
        h.add(path, "person_name", hp.HOSP, None, neutral=True)
        h.share.save(path, doc)


def pension_request(h: Hospital) -> None:
    """障害年金 診断書作成依頼: 基礎年金番号 and the conditions' terms."""
    R = h.rng
    path = "地域連携室/障害年金_診断書作成依頼.docx"
    doc = docx.Document()
    doc.add_heading("障害年金診断書 作成依頼書", level=1)
    table = doc.add_table(rows=1, cols=4)
    for cell, title in zip(table.rows[0].cells, ["請求者氏名", "生年月日", "基礎年金番号",
                                                 "傷病名・障害の状態"], strict=True):
        cell.text = title
    for p in R.sample([q for q in h.living if not q.nat], 3):
        pension = f"{R.randint(1000, 9999)}-{R.randint(100000, 999999)}"
        cond = R.choice(["脳出血後遺症による右片麻痺", "統合失調症", "双極性障害",
                         "人工透析（慢性腎不全）"])
        cells = table.add_row().cells
        cells[0].text, cells[1].text, cells[2].text, cells[3].text = (
            nm(p, " "), era(p.dob), pension, cond)
        h.add(path, "person_name", nm(p, " "), p.id)
        h.born(path, era(p.dob), p)
        h.add(path, "basic_pension_number", pension, p.id)
        for term in ["脳出血", "片麻痺", "統合失調症", "双極性障害", "人工透析", "慢性腎不全"]:
            if term in cond:
                h.add(path, "sensitive", term, p.id)
    msw = h.msws[1]
    doc.add_paragraph("初診日等は別紙参照。依頼者：地域連携室 医療ソーシャルワーカー "
                      f"{nm(msw, ' ')}（内線2316）")
    h.add(path, "person_name", nm(msw, " "), msw.id)
    h.share.save(path, doc)


def _license(h: Hospital) -> str:
    """運転免許証番号: 公安委員会 code, year, serial, check digit and reissue count."""
    R = h.rng
    code = R.choice(["30", "43", "43", "44", "45", "10", "62"])
    year = f"{R.randint(70, 99):02d}" if R.random() < 0.6 else f"{R.randint(0, 20):02d}"
    body = code + year + f"{R.randint(0, 999999):06d}"
    return body + license_check(body) + str(R.randint(0, 2))


def admission_pdf(h: Hospital) -> None:
    """入院申込書 scan: a patient with a licence and a guarantor, a foreign one with passport and
    在留カード; both pay the deposit by card."""
    R = h.rng
    path = "医事課/入院申込書_202611_スキャン.pdf"
    pages = []
    for p in [*R.sample([q for q in h.living if not q.nat and q.kp], 1), h.foreigners[0]]:
        cn = card_number(R)
        exp = f"{R.randint(1, 12):02d}/{R.randint(27, 31)}"
        lines = ["入院申込書・誓約書", f"{hp.HOSP}　院長 殿", "",
                 f"患者氏名：{nm(p, ' ')}　（{kn(p, ' ')}）", f"生年月日：{era(p.dob)}",
                 f"現住所：〒{p.addr.postal} {p.addr.full()}", f"電話：{p.mobile}"]
        h.add(path, "person_name", nm(p, " "), p.id)
        if kn(p, " ") != nm(p, " "):
            h.add(path, "person_name", kn(p, " "), p.id)
        h.born(path, era(p.dob), p)
        h.add(path, "postal_code", p.addr.postal, p.id)
        h.add(path, "address", p.addr.full(), p.id)
        h.add(path, "phone_number", p.mobile, p.id)
        if p.nat:
            lines += [f"国籍：{p.nat}", f"旅券番号：{p.passport}", f"在留カード番号：{p.zairyu}"]
            h.add(path, "passport_number", p.passport, p.id)
            h.add(path, "residence_card_number", p.zairyu, p.id)
        else:
            lic = _license(h)
            lines += [f"本人確認書類：運転免許証（番号 {lic}）"]
            h.add(path, "drivers_license_number", lic, p.id)
            k = p.kp
            lines += ["", "連帯保証人", f"氏名：{k.last} {k.first}　続柄：{k.rel}",
                      f"住所：{k.addr.full()}", f"連絡先：{k.mobile}"]
            h.add(path, "person_name", f"{k.last} {k.first}", k.id)
            h.add(path, "address", k.addr.full(), k.id)
            h.add(path, "phone_number", k.mobile, k.id)
        lines += ["", "入院保証金（クレジットカード）",
                  f"カード番号：{cn[:4]} {cn[4:8]} {cn[8:12]} {cn[12:]}", f"有効期限：{exp}",
                  f"受付番号：{h.my_number()}　受付日：{era(TODAY)}", f"入院予定日：{era(p.adm)}"]
        h.add(path, "credit_card_number", cn, p.id)
        h.add(path, "card_expiry", exp, p.id)
        pages.append(lines)

    def draw(sheet, font: str) -> None:
        for page in pages:
            sheet.setFont(font, 11)
            y = 800
            for line in page:
                sheet.drawString(50, y, line)
                y -= 20
            sheet.showPage()

    h.share.write(path, pdf_bytes(draw))


def _mail(h: Hospital, path: str, sender: str, to: str, subject: str, body: str,
          when: datetime, attachment: tuple[str, bytes, str, str] | None = None) -> None:
    message_id = f"<{h.rng.randint(10**9, 10**10)}.{h.seed}@{hp.HOSP_DOMAIN}>"
    h.share.write(path, mail_bytes(sender, to, subject, format_datetime(when), body,
                                   [attachment] if attachment else [], message_id))


def _both(h: Hospital, path: str, who: Person) -> None:
    """A staff member's full name (expected) and surname alone (neutral)."""
    h.add(path, "person_name", nm(who, " "), who.id)
    h.add(path, "person_name", who.last, who.id, neutral=True)


def mails(h: Hospital) -> None:
    """A care manager's reply on a discharge, a family member's mail forwarded to the ward, a
    discharge list sent as a CSV attachment, a foreign patient's arrears, a temporary password."""
    R = h.rng
    msw = h.msws[0]
    sig = (f"\n--\n{hp.HOSP}\n地域連携室　医療ソーシャルワーカー\n{nm(msw, ' ')}\n"
           f"TEL {hp.HOSP_TEL}（内線2315） FAX {hp.HOSP_FAX}\nMail: {msw.email}\n")
    cm = h.cms[0]
    p = R.choice([q for q in h.living if q.kp and not q.nat])
    k = p.kp
    path = "地域連携室/mail/Re_退院調整のご相談.eml"
    body = (f"{hp.HOSP_SHORT}\n地域連携室 {msw.last}様\n\nいつもお世話になっております。"
            f"{cm.office}の{cm.last}です。\n{p.last}{p.first}様（{era(p.dob)}生）の退院日について、"
            f"{k.rel}の{k.first}様とお話しし、{era(p.dis)}の午後でご了承いただきました。"
            f"{k.first}様の携帯は{k.mobile.replace('-', '')}です。\n"
            f"ご本人は{p.dx}の既往もあり、退院後は訪問看護の導入を検討しております。\n"
            f"ご自宅は{p.addr.short()}で、玄関に段差があります。\n\nよろしくお願いいたします。\n\n"
            f"――――――――――――――\n{cm.office}\n介護支援専門員　{nm(cm, ' ')}\n"
            f"TEL {cm.office_tel} / FAX {cm.office_fax}\n{cm.email}\n"
            f"\n> {cm.last}様\n> 退院日の件、ご家族のご都合をお聞かせください。\n> {msw.last}\n")
    _mail(h, path, f"{nm(cm, ' ')} <{cm.email}>", f"{nm(msw, ' ')} <{msw.email}>",
          "Re: 退院調整のご相談", body, datetime(2026, 11, 18, 14, 22, tzinfo=JST))
    for who, raw in [(cm, nm(cm, " ")), (msw, nm(msw, " ")), (p, p.last + p.first)]:
        h.add(path, "person_name", raw, who.id)
    h.add(path, "person_name", k.first, k.id, neutral=True)
    h.add(path, "person_name", cm.last, cm.id, neutral=True)
    h.add(path, "person_name", msw.last, msw.id, neutral=True)
    h.add(path, "email_address", cm.email, cm.id)
    h.add(path, "email_address", msw.email, msw.id)
    h.born(path, era(p.dob), p)
    h.add(path, "phone_number", k.mobile.replace("-", ""), k.id)
    h.add(path, "sensitive", p.dx, p.id)
    h.add(path, "address", p.addr.short(), p.id)
    h.add(path, "phone_number", cm.office_tel, cm.id, neutral=True)
    h.add(path, "phone_number", cm.office_fax, cm.id, neutral=True)
    h.add(path, "person_name", cm.office, cm.company_pid, neutral=True)

    p = R.choice([q for q in h.living if q.kp and q.kp.email and not q.nat])
    k = p.kp
    nurse = h.nurses[1]
    path = "地域連携室/mail/Fw_ご家族からの問い合わせ.eml"
    body = (f"{nurse.last}さん\n\n病棟でも共有をお願いします。\n{msw.last}\n\n"
            f"---------- Forwarded message ---------\nFrom: {k.last}{k.first} <{k.email}>\n"
            f"Date: 2026年11月20日(金) 21:05\nSubject: 入院中の{p.last}について\n"
            f"To: {msw.email}\n\n"
            f"むさしの総合病院 地域連携室 ご担当者様\n\n{p.room}号室に入院しております"
            f"{p.last} {p.first}の{k.rel}、{k.last} {k.first}です。\n"
            f"{p.last}は以前から{p.hx[0]}で通院しておりましたが、最近は物忘れもひどく、"
            "認知症ではないかと心配しています。\n"
            f"平日は日中仕事のため、連絡は携帯（{k.mobile}）か、このメールにお願いします。\n"
            f"自宅：〒{k.addr.postal} {k.addr.full()}\n\n{k.last} {k.first}\n" + sig)
    _mail(h, path, f"{nm(msw, ' ')} <{msw.email}>", f"{nm(nurse, ' ')} <n-4east@{hp.HOSP_DOMAIN}>",
          "Fw: 入院中の" + p.last + "について", body, datetime(2026, 11, 21, 9, 3, tzinfo=JST))
    _both(h, path, nurse)
    h.add(path, "person_name", k.last + k.first, k.id)
    h.add(path, "person_name", k.last + " " + k.first, k.id)
    h.add(path, "email_address", k.email, k.id)
    h.add(path, "email_address", msw.email, msw.id)
    h.add(path, "email_address", f"n-4east@{hp.HOSP_DOMAIN}", None, neutral=True)
    _both(h, path, msw)
    h.add(path, "person_name", p.last + " " + p.first, p.id)
    h.add(path, "person_name", p.last, p.id, neutral=True)
    h.add(path, "sensitive", p.hx[0], p.id)
    h.add(path, "sensitive", "認知症", p.id)
    h.add(path, "phone_number", k.mobile, k.id)
    h.add(path, "postal_code", k.addr.postal, k.id)
    h.add(path, "address", k.addr.full(), k.id)
    _hospital_footer(h, path)

    path = "地域連携室/mail/退院予定者リスト送付.eml"
    attached = path + "!退院予定者リスト.csv"  # an attachment is a member of its mail
    rows = ["患者名,年齢,退院予定日,病名,担当ケアマネ"]
    for p in R.sample([q for q in h.living if not q.nat and q.dis > TODAY], 6):
        c = R.choice(h.cms)
        rows.append(f"{nm(p, '')},{age(p.dob)},{sl(p.dis)},{p.dx},{nm(c, '')}")
        h.add(attached, "person_name", nm(p, ""), p.id)
        h.add(attached, "sensitive", p.dx, p.id)
        h.add(attached, "person_name", nm(c, ""), c.id)
    body = ("関係各位\n\nお世話になっております。12月前半の退院予定者リストを添付いたします。\n"
            "個人情報を含むため、取扱いにご注意ください。\n" + sig)
    _mail(h, path, f"{nm(msw, ' ')} <{msw.email}>", ", ".join(c.email for c in h.cms[:4]),
          "【要注意】退院予定者リスト（12月前半）", body,
          datetime(2026, 11, 25, 17, 40, tzinfo=JST),
          ("退院予定者リスト.csv", "\n".join(rows).encode("utf-8"), "text", "csv"))
    for c in h.cms[:4]:
        h.add(path, "email_address", c.email, c.id)
    h.add(path, "person_name", nm(msw, " "), msw.id)
    h.add(path, "email_address", msw.email, msw.id)
    _hospital_footer(h, path)

    fp, clerk = h.foreigners[1], h.clerks[0]
    path = "医事課/mail/外国人患者_未収金の件.eml"
    born = f"{fp.dob.year}年{fp.dob.month}月{fp.dob.day}日"
    body = (f"{msw.last}さん\n\n医事課の{clerk.last}です。{fp.ward}病棟に入院中の"
            f"{fp.last}・{fp.first}さん（{fp.nat}国籍、{born}生）の件です。\n"
            f"在留カード（{fp.zairyu}）とパスポート（No. {fp.passport}）の写しは"
            "受付で取得済みです。\n入院費の未収が続いており、結核の疑いで個室管理中のため、"
            "ご本人との面談が難しい状況です。\n"
            f"本人の連絡先は {fp.mobile} / {fp.email} です。\n\n"
            f"{hp.HOSP_SHORT} 医事課　{nm(clerk, ' ')}\n")
    _mail(h, path, f"{nm(clerk, ' ')} <{clerk.email}>", f"{msw.email}", "外国人患者 未収金の件",
          body, datetime(2026, 11, 24, 11, 15, tzinfo=JST))
    h.add(path, "person_name", f"{fp.last}・{fp.first}", fp.id)
    h.born(path, born, fp)
    h.add(path, "residence_card_number", fp.zairyu, fp.id)
    h.add(path, "passport_number", fp.passport, fp.id)
    h.add(path, "sensitive", "結核", fp.id)
    h.add(path, "phone_number", fp.mobile, fp.id)
    h.add(path, "email_address", fp.email, fp.id)
    h.add(path, "person_name", nm(clerk, " "), clerk.id)
    h.add(path, "email_address", clerk.email, clerk.id)
    h.add(path, "email_address", msw.email, msw.id)
    h.add(path, "person_name", clerk.last, clerk.id, neutral=True)
    h.add(path, "person_name", msw.last, msw.id, neutral=True)

    clerk2 = h.clerks[1]
    path = "医事課/mail/予約システムアカウント発行.eml"
    pw = ("Ms" + "".join(R.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(6)) + "#"
          + str(R.randint(10, 99)))
    body = (f"{nm(clerk2, ' ')}様\n\n予約システムの管理者アカウントを発行しました。\n\n"
            f"URL: https://yoyaku.{hp.HOSP_DOMAIN}/admin\nログインID: {clerk2.email}\n"
            f"仮パスワード: {pw}\n\n初回ログイン時に変更してください。\n\n情報システム室\n")
    _mail(h, path, f"情報システム室 <system@{hp.HOSP_DOMAIN}>", f"{clerk2.email}",
          "予約システム アカウント発行のお知らせ", body, datetime(2026, 11, 2, 9, 0, tzinfo=JST))
    h.add(path, "person_name", nm(clerk2, " "), clerk2.id)
    h.add(path, "email_address", clerk2.email, clerk2.id)
    h.add(path, "email_address", f"system@{hp.HOSP_DOMAIN}", None, neutral=True)
    h.add(path, "credential", pw, clerk2.id)


def bulletin(h: Hospital) -> None:
    """院内のお知らせ: disease words with no one behind them, one doctor by name."""
    path = "院内/お知らせ_12月.txt"
    d0 = h.doctors[0]
    txt = f"""院内のお知らせ（令和8年12月号）

1. 感染症対策委員会より
   インフルエンザ・新型コロナウイルス感染症の流行期に入りました。面会制限を継続します。
2. がん相談支援センター
   がん患者さんとご家族のための相談会を毎月第2水曜日に開催しています。
3. 糖尿病教室のご案内
   12月10日（水）14時〜　講師：{d0.dept} {nm(d0, ' ')}医師
4. 認知症カフェ「オレンジ」
   地域の皆さまの交流の場です。お問い合わせは地域連携室（代表 {hp.HOSP_TEL}、内線2315）まで。
5. 障害者差別解消法に基づく合理的配慮について（総務課）

発行：{hp.HOSP}　広報委員会　{hp.HOSP_ADDR}
"""
    h.add(path, "person_name", nm(d0, " "), d0.id)
    h.add(path, "phone_number", hp.HOSP_TEL, None, neutral=True)
    h.add(path, "address", hp.HOSP_ADDR, None, neutral=True)
    h.add(path, "person_name", hp.HOSP, None, neutral=True)
    h.share.write(path, txt)
