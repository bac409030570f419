"""The office's documents: five 治験参加同意書 (three signed with a 代諾者), four SAE reports
(PDF) and the SOP on personal information (its samples the hard negatives).
"""

from __future__ import annotations

from datetime import datetime

import docx

from .share import label_table, lines_pdf
from .trial_site_people import AES, CLINICS, OFFICE_TEL, SPONSOR, Site, era

DOCUMENT = datetime(2026, 9, 1)  # what gen.py's save_doc() dated a document


def consents(h: Site) -> None:
    """同意書/: the subject's signature, kana, birth, home and phone, the study's disease; a
    代諾者's name, phone and home (or 同上); the explaining CRC."""
    rng = h.rng
    cons = [s for s in h.subjects if s.guardian][:3]
    cons += rng.sample([s for s in h.subj_a if not s.guardian], 2)
    doctor = h.doctors[0]
    for s in cons:
        rel = f"同意書/同意書_{s.code}.docx"
        d = docx.Document()
        d.add_heading("治験参加同意書", 0)
        d.add_paragraph(f"{CLINICS[0]} 治験責任医師 {doctor.last} {doctor.first} 殿")
        h.t(rel, "person_name", doctor.full, doctor)
        d.add_paragraph(f"私は、治験実施計画書番号 {s.study[0]}「{s.study[1]}患者を対象とした"
                        "第III相試験」について説明文書を受け取り、内容を十分理解したうえで、"
                        "自らの自由意思により本治験に参加することに同意します。")
        rows = [("被験者識別コード", s.code), ("本人署名", h.sp(s)), ("フリガナ", h.kp(s)),
                ("生年月日", era(s.born)),
                ("住所", f"〒{s.postal}\u3000"
                         f"{s.addr if rng.random() < 0.6 else s.city + s.street}"),
                ("電話番号", h.phone(s.mobile)), ("同意日", f"令和8年9月{rng.randint(1, 28)}日")]
        home = rows[4][1].split("\u3000", 1)[1]
        h.names(rel, s)
        h.t(rel, "postal_code", s.postal, s)
        h.t(rel, "phone_number", s.mobile, s)
        h.t(rel, "address", home, s)
        h.t(rel, "sensitive", s.study[1], s)
        g = s.guardian
        if g:
            rows += [("代諾者署名", g.full), ("続柄", g.rel), ("代諾者連絡先", h.phone(g.mobile)),
                     ("代諾者住所", "同上" if rng.random() < 0.5 else g.addr)]
            h.t(rel, "person_name", g.full, g)
            h.t(rel, "phone_number", g.mobile, g)
            if rows[-1][1] != "同上":
                h.t(rel, "address", g.addr, g)
        label_table(d, rows, "Table Grid")
        crc = rng.choice(h.crcs)
        d.add_paragraph(f"説明者(CRC):{crc.last}\u3000{crc.first}\u3000\u3000説明日:2026年9月"
                        f"{rng.randint(1, 28)}日")
        h.t(rel, "person_name", crc.full, crc)
        h.save(rel, d, DOCUMENT)


def sae_reports(h: Site) -> None:
    """有害事象/: four SAE first reports: the subject's name, initials and birth, the event and
    the complications, the doctor and the reporting CRC."""
    rng = h.rng
    for i, s in enumerate(rng.sample(h.subjects, 4)):
        rel = f"有害事象/有害事象報告_{s.code}_{i + 1}.pdf"
        doc, ae = h.doctors[i % 3], rng.choice(AES)
        sex = "男" if s.sex == "M" else "女"
        lines = [f"治験依頼者:{SPONSOR} 御中", f"治験実施計画書番号:{s.study[0]}",
                 f"実施医療機関:{CLINICS[i % 2]}", f"被験者識別コード:{s.code}",
                 f"被験者氏名:{s.full}(イニシャル {s.first_kana[0]}.{s.last_kana[0]}.)",
                 f"生年月日:{s.born.year}年{s.born.month}月{s.born.day}日({s.age}歳)  性別:{sex}",
                 f"有害事象名:{ae}", f"発現日:2026年{rng.randint(7, 10)}月{rng.randint(1, 28)}日",
                 f"合併症:{'、'.join(s.dis)}", "重篤度:入院又は入院期間の延長",
                 "治験薬との因果関係:関連あるかもしれない",
                 f"治験責任医師:{doc.last} {doc.first}  (印)",
                 f"報告者(CRC):{rng.choice(h.crcs).full}"]
        h.share.write(rel, lines_pdf(lines, 10, 60, 20,
                                     title="重篤な有害事象に関する報告書(第1報)"))
        h.names(rel, s, kana=False)
        h.t(rel, "sensitive", ae, s)
        for word in s.dis:
            h.t(rel, "sensitive", word, s)
        h.t(rel, "person_name", doc.full, doc)
        reporter = lines[-1].split(":")[1]
        h.t(rel, "person_name", reporter, next(c for c in h.crcs if c.full == reporter))


def sop(h: Site) -> None:
    """マニュアル/SOP-12_個人情報の取扱い手順書.docx: a sample name, phone, mail, birth, card and
    My Number, the office's phone, mail and 法人番号 (all neutral), the approver's surname."""
    rel = "マニュアル/SOP-12_個人情報の取扱い手順書.docx"
    d = docx.Document()
    d.add_heading("SOP-12 被験者個人情報の取扱い手順書 第4版", 0)
    d.add_paragraph("1. 被験者の氏名・連絡先は被験者識別コードで管理し、"
                    "依頼者へは氏名を送付しない。")
    d.add_paragraph("2. 記入例: 氏名「治験 太郎」、電話 090-0000-0000、メール test@example.com、"
                    "生年月日 昭和50年1月1日")
    d.add_paragraph("3. クレジットカード番号(例 4111111111111111)は負担軽減費の支払いに使用しない。"
                    "マイナンバー例: 123456789018")
    d.add_paragraph("4. 問い合わせ窓口: 株式会社さくらSMO 品質管理室 TEL 0422-55-1234 "
                    f"info@smo-sakura.co.jp 法人番号 {h.own_cn}")
    who = h.crcs[3]
    label_table(d, [("版", "改訂日", "承認者"), ("3", "2024/04/01", who.last),
                    ("4", "2026/04/01", who.last)], "Table Grid", cols=3)
    for category, value in (("phone_number", "09000000000"), ("email_address", "test@example.com"),
                            ("credit_card_number", "4111111111111111"),
                            ("my_number", "123456789018"), ("phone_number", OFFICE_TEL),
                            ("email_address", "info@smo-sakura.co.jp"),
                            ("corporate_number", h.own_cn)):
        h.t(rel, category, value, None, True)
    h.t(rel, "person_name", who.last, who, True)
    h.t(rel, "person_name", "治験太郎", None, True)
    h.t(rel, "date_of_birth", "1975-01-01", None, True)
    h.save(rel, d, DOCUMENT)
