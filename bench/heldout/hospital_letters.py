"""The hospital's prose: the ward's 申し送り memo (full-width digits, 和暦, hyphen look-alikes),
退院サマリー, 紹介状 and 障害年金 .docx, a scanned 入院申込書 PDF and the staff bulletin."""

from __future__ import annotations

from datetime import timedelta

import docx
from docx.shared import Pt

from . import hospital_people as hp
from .hospital_people import TODAY, Hospital, age, era, kn, nm
from .identifiers import card_number, licence_number
from .japanese import FULL_WIDTH, HYPHENS
from .share import label_table, pdf_bytes


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
        label_table(doc, rows)
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
        label_table(doc, [("患者氏名", f"{nm(p, ' ')} 様（{'男' if p.sex == 'M' else '女'}）"),
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
    year = R.randint(70, 99) if R.random() < 0.6 else R.randint(0, 20)
    return licence_number(R, code, year, (0, 1, 2))


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
