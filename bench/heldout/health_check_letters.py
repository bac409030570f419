"""What the centre wrote: five 結果のお知らせ and three 紹介状 (.docx), the report to two client
companies' 人事 and an invoice (PDF), the 産業医's memo and 意見書 (.docx), the reception
manual and the December handover memo (full-width digits, look-alike hyphens).

The centre's phone and address are neutral, as are a surname alone; the invoice's 請求番号
passes Luhn and its bank account is the centre's; the manual's samples are in no record.
"""

from __future__ import annotations

from typing import Any

import docx
from docx.shared import Pt

from .health_check_people import (
    CLINIC_ADDR,
    CLINIC_MAIL,
    CLINIC_NAME,
    CLINIC_TEL,
    DASHES,
    HOSP_DEPT,
    HOSP_NAME,
    Center,
    Company,
    Person,
    phone,
    wareki,
)
from .identifiers import luhn_check
from .japanese import FULL_WIDTH
from .share import label_table, lines_pdf, pdf_bytes

LETTER_REFS = ["", "", "～129/～84", "～5.5", "60～119", "", ""]
JUDGEMENTS = ["通常勤務可", "就業制限（夜勤禁止）", "要再検査後に判定", "通常勤務可（要治療）"]
CALLBACKS = ["結果再送希望", "住所変更あり", "再検査予約", "領収書再発行"]
SAMPLE_BARCODE = "202411000000123" + luhn_check("202411000000123")  # the manual's 検体番号
BILL = "453201241101" + luhn_check("453201241101")  # the invoice's 請求番号
REPORT_HEAD = "社員番号　　氏名　　　　　　生年月日　　　　血圧　　　所見　　　　　　　　　　判定"


def new_doc() -> Any:
    """A document as gen.py's new_doc began one: by 健診センター, revision 1."""
    d = docx.Document()
    cp = d.core_properties
    cp.author = cp.last_modified_by = "健診センター"
    cp.revision = 1
    return d


def result_letters(c: Center) -> None:
    """結果のお知らせ_<name>様.docx: five examinees judged C or D, their address as typed
    (kanji or full-width digits)."""
    rng = c.rng
    for p in rng.sample([q for q in c.examinees if q.hantei.startswith(("C", "D"))], 5):
        path = f"04_結果通知/結果のお知らせ_{p.full}様.docx"
        d = new_doc()
        d.add_paragraph(f"〒{p.postal}")
        a = p.addr(rng.choice(["kanji", "zen"]), rng.random() < .5, rng)
        d.add_paragraph(a)
        d.add_paragraph(f"{p.name()} 様")
        d.add_paragraph("健康診断結果のお知らせ").runs[0].font.size = Pt(16)
        d.add_paragraph(f"このたびは当センターにて健康診断（受診日 {wareki(p.exam_day, 'kanji')}）"
                        "を受診いただき、誠にありがとうございました。"
                        "結果を下記のとおりお知らせいたします。")
        v = p.vals
        rows = [("受付番号", p.uketsuke), ("生年月日", wareki(p.born, "dot")),
                ("血圧", f"{v['sbp']}/{v['dbp']} mmHg"), ("HbA1c", f"{v['a1c']} %"),
                ("LDLコレステロール", f"{v['ldl']} mg/dL"), ("所見", "、".join(p.findings)),
                ("総合判定", p.hantei)]
        label_table(d, [(k, val, ref) for (k, val), ref in zip(rows, LETTER_REFS, strict=True)],
                    cols=3)
        if p.hantei.startswith("D2"):
            d.add_paragraph("精密検査が必要です。同封の紹介状をお持ちのうえ、早めに医療機関を受診してください。")
        d.add_paragraph(f"{CLINIC_NAME}\n{CLINIC_ADDR}\nTEL {CLINIC_TEL}")
        c.save(path, d)
        c.t_std(path, p, "name postal")
        c.t(path, "address", a, p)
        c.t_std(path, p, "dob")
        c.t_sens(path, p, p.sens())
        c.t_clinic(path, addr=True)


def referrals(c: Center) -> None:
    """紹介状_<surname>_みなと台総合病院.docx: the first three judged D2, to the hospital's
    doctor (history and drugs too)."""
    dr, head = c.hosp_dr, c.staff[0]
    for p in [q for q in c.examinees if q.hantei.startswith("D2")][:3]:
        path = f"05_紹介状/紹介状_{p.last}_{HOSP_NAME}.docx"
        d = new_doc()
        d.add_paragraph("診療情報提供書（紹介状）")
        d.add_paragraph(f"{HOSP_NAME} {HOSP_DEPT}\n{dr.name()} 先生 御侍史")
        label_table(d, [("患者氏名", f"{p.name()}（{p.kana()}）"),
                        ("生年月日", wareki(p.born, "kanji") + f"（{2024 - p.born.year}歳）"),
                        ("性別", "男" if p.sex == "M" else "女"), ("住所", p.addr("hy", True)),
                        ("電話", phone(p.phone, 0)), ("紹介目的", "精密検査のお願い"),
                        ("健診所見", "、".join(p.findings)),
                        ("既往歴", "、".join(p.hist) or "特記なし"),
                        ("現在の服薬", "、".join(p.meds) or "なし")])
        d.add_paragraph("健診にて上記所見を認めました。ご高診のほどよろしくお願い申し上げます。\n\n"
                        f"{CLINIC_NAME}\n医師 {head.name()}")
        c.save(path, d)
        c.t_std(path, p, "name kana dob")
        c.t(path, "address", p.addr("hy", True), p)
        c.t_std(path, p, "phone")
        c.t_sens(path, p, p.findings + p.hist + p.meds)
        c.t_name(path, dr)
        c.t_name(path, head)


def report_pdf(co: Company, hr: Person, rows: list[Person]) -> bytes:
    """A company's results for its 人事: title, addressee, one line an employee (a new page
    below y 60), the centre's phone at the foot."""
    def draw(cv: Any, font: str) -> None:
        cv.setFont(font, 14)
        cv.drawString(50, 800, f"{co.name} 御中　2024年度 定期健康診断 結果報告書")
        cv.setFont(font, 9)
        cv.drawString(50, 782, f"人事部 {hr.name()} 様　（法人番号 {co.corp}）")
        y = 760
        cv.drawString(50, y, REPORT_HEAD)
        y -= 14
        for p in rows:
            for x, text in [(50, p.emp_no), (110, p.name()), (200, p.born.strftime("%Y/%m/%d")),
                            (280, f"{p.vals['sbp']}/{p.vals['dbp']}"),
                            (330, "、".join(p.findings)[:20]), (480, p.hantei)]:
                cv.drawString(x, y, text)
            y -= 13
            if y < 60:
                cv.showPage()
                cv.setFont(font, 9)
                y = 800
        cv.drawString(50, 40, f"{CLINIC_NAME}　TEL {CLINIC_TEL}")
    return pdf_bytes(draw)


def reports(c: Center) -> None:
    """結果報告書_<company>.pdf: the first two companies' employees' results for 人事 (the
    findings cut to 20 characters, and so the words the truth expects)."""
    for ci in (0, 1):
        co, hr = c.companies[ci], c.hr[ci]
        path = f"06_報告書/結果報告書_{co.name}.pdf"
        rows = c.employees(ci)
        c.share.write(path, report_pdf(co, hr, rows))
        for p in rows:
            shown = "、".join(p.findings)[:20]
            c.t_std(path, p, "name dob")
            c.t_sens(path, p, [w for w in p.sens() if w in shown or w in p.hantei])
        c.t_name(path, hr)
        c.t(path, "corporate_number", co.corp)
        c.t_clinic(path)


def memo(c: Center) -> None:
    """産業医メモ_就業判定_三和精工.txt: the 産業医's 就業判定 for four employees and two in
    mental ill health (their condition, 心療内科), the 人事 surname, his mobile."""
    rng, path = c.rng, "08_産業医/産業医メモ_就業判定_三和精工.txt"
    doc, hr = c.sangyoi, c.hr[0]
    c.interviewed = mem = rng.sample(c.employees(0), 6)
    txt = [f"産業医 面談メモ（{c.companies[0].name}）　2024/12/12　記：{doc.name()}", "",
           "■ 就業判定"]
    for p in mem[:4]:
        j = rng.choice(JUDGEMENTS)
        txt.append(f"・{p.full}（{p.emp_no}、{2024 - p.born.year}歳）"
                   f"{'、'.join(p.findings) or '所見なし'} → {j}")
        c.t_name(path, p)
        c.t_sens(path, p, p.findings)
    txt += ["", f"■ メンタル不調者（人事 {hr.last}さん経由の相談）"]
    for p in mem[4:]:
        p.mental = cond = rng.choice(["うつ病", "適応障害", "不眠症"])
        txt.append(f"{p.full}さん：{cond}で通院中（心療内科）。残業月20時間以内、配置転換を検討。"
                   f"家族（{rng.choice(['妻', '夫', '母'])}）も心配しているとのこと。")
        c.t_name(path, p)
        c.t_sens(path, p, [cond, "心療内科"])
    txt += ["", f"次回 2025/1/16 14:00～ 人事 {hr.last}さん同席",
            f"{doc.name()}（産業医）  携帯 {phone(doc.phone, 0)}"]
    c.t_std(path, doc, "name phone")
    c.t_std(path, hr, "sei")
    c.share.write(path, "\n".join(txt) + "\n")


def opinion(c: Center) -> None:
    """就業上の措置に関する意見書_<surname>.docx: the 産業医's opinion on the fifth employee
    interviewed (the condition, 就業制限)."""
    p, doc = c.interviewed[4], c.sangyoi
    path = f"08_産業医/就業上の措置に関する意見書_{p.last}.docx"
    mental = p.mental or "適応障害"
    d = new_doc()
    d.add_paragraph("健康診断結果に基づく就業上の措置に係る意見書")
    label_table(d, [("事業場名", c.companies[0].name), ("氏名", p.name()), ("社員番号", p.emp_no),
                    ("生年月日", wareki(p.born, "kanji")),
                    ("健診所見", "、".join(p.findings) or "所見なし"),
                    ("医師の意見", f"{mental}により時間外労働の制限が必要"),
                    ("就業区分", "就業制限"),
                    ("医師名", doc.name() + "（産業医）")])
    c.save(path, d)
    c.t_std(path, p, "name dob")
    c.t_sens(path, p, [*p.findings, mental])
    c.t_name(path, doc)


def manual(c: Center) -> None:
    """受付業務マニュアル.txt: the numbering rules and input examples (sample values only)."""
    path = "12_マニュアル/受付業務マニュアル.txt"
    c.share.write(path, f"""受付業務マニュアル（第3版）

1. 受付番号について
 受付番号は12桁（例：{c.examinees[0].uketsuke[:4]}00000018 ではなく 241100000018 の形式）。\
予約システムが自動採番します。
 検体番号は16桁のバーコード（例：{SAMPLE_BARCODE}）。

2. 入力例
 氏名：健診 太郎（ケンシン タロウ）
 電話：090-0000-0000
 メール：test@example.com
 生年月日：昭和50年1月1日（入力例）
 保険証：保険者番号 06123456　記号 12　番号 345

3. 基準値（判定区分）
 血圧 130/85 mmHg 未満：A　140/90 以上：要受診
 HbA1c 5.6%未満：A　6.5%以上：糖尿病疑いとして要精密検査
 LDL 140 mg/dL 以上：脂質異常症の疑い

4. クレジット決済（自費オプション）
 テスト用カード番号 4111111111111111 は本番では使用不可。

5. 問い合わせ先
 {CLINIC_NAME} TEL {CLINIC_TEL} / {CLINIC_MAIL}
""")
    c.t_clinic(path)
    c.t(path, "email_address", CLINIC_MAIL, None, True)


def handover(c: Center) -> None:
    """引継ぎメモ_12月.txt: six 国保 members to call back (hand-typed phones), one's new address
    and card numbers, an unsubmitted 問診票's 受付番号."""
    rng, path = c.rng, "01_受付/引継ぎメモ_12月.txt"
    was, now = c.staff[6], c.staff[5]
    hp = rng.sample(c.kokuho(), 6)
    lines = [f"引継ぎ（{was.last}→{now.last}）", "", "折り返し電話が必要な方"]
    for p in hp:
        h = rng.choice(DASHES)
        n = p.phone
        typed = h.join(part.translate(FULL_WIDTH) for part in (n[:3], n[3:7], n[7:]))
        ph = typed if rng.random() < .6 else phone(n, 4)
        lines.append(f"　{p.full}様　{ph}　{rng.choice(CALLBACKS)}")
        c.t_std(path, p, "name phone")
    q = hp[1]
    lines += ["", f"※{q.last}様 住所変更：{q.addr('zen', False, rng)}（旧住所からの転居、"
                  f"保険証の記号番号 {q.kigo}‐{q.bango} は変更なし）"]
    c.t(path, "address", q.addr("zen", False, rng), q)
    c.t_std(path, q, "sei ins")
    lines += ["", f"受付番号 {hp[2].uketsuke} の方、問診票未提出。", "",
              f"センター代表 {CLINIC_TEL}"]
    c.t_clinic(path)
    c.t_std(path, was, "sei")
    c.t_std(path, now, "sei")
    c.share.write(path, "\n".join(lines) + "\n")


def invoice(c: Center) -> None:
    """請求書_2024-11_東邦ロジスティクス.pdf: the invoice to the second company's 人事 (法人番号,
    the centre's account and 登録番号)."""
    path = "06_報告書/請求書_2024-11_東邦ロジスティクス.pdf"
    co, hr = c.companies[1], c.hr[1]
    c.share.write(path, lines_pdf([
        "請 求 書", f"{co.name} 御中　人事部 {hr.name()} 様", f"請求番号：{BILL}",
        f"貴社法人番号：{co.corp}", f"健康診断 生活習慣病コース × {len(c.employees(1))}名",
        "振込先：みなと台銀行 本店 普通 1234567 イ）ミナトダイケンシンセンター",
        f"{CLINIC_NAME}　{CLINIC_ADDR}　TEL {CLINIC_TEL}　登録番号 T{c.clinic_corp}"], 12, 50, 22))
    c.t_name(path, hr)
    c.t(path, "corporate_number", co.corp)
    c.t(path, "corporate_number", c.clinic_corp)
    c.t_clinic(path, addr=True)
    c.t(path, "bank_account", "1234567", None, True)
