"""What the pharmacists wrote: two stores' 服薬指導記録 (full-width dates and phones, hyphen
look-alikes, a parent's given name, a password), the 在宅 訪問記録 (.docx: 要介護度, the key
person and care manager), the 糖尿病 leaflet (conditions named of no one), the 疑義照会 FAX
cover (PDF) and the CP932 お薬手帳シール再発行 list (和暦, every hyphen)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import docx

from .japanese import FULL_WIDTH, wareki, wareki_short
from .pharmacy_people import COMPANY, CONDITIONS, MEMO_HYPHENS, STORES, Pharmacy, age, zen
from .share import label_table, pdf_bytes


def _born(o: Pharmacy, day: date, styles: list[str]) -> str:
    """A birth date in 和暦 as a memo writes it, its style drawn: kanji (令和元年), zen
    (full-width, 令和１年) or slash (R1/5/1)."""
    style = o.rng.choice(styles)
    if style == "kanji":
        return wareki(day)
    if style == "zen":
        return wareki(day, gannen=False).translate(FULL_WIDTH)
    return wareki_short(day, padded=False).replace(".", "/")


def guidance(o: Pharmacy) -> None:
    R = o.rng
    for si in range(2):
        rel = f"03_服薬指導/服薬指導記録_{STORES[si][0]}_R7-11.txt"
        out = [f"{COMPANY}　{STORES[si][0]}　服薬指導記録（令和７年１１月分）",
               "※社外秘　薬歴システム障害時の手書き転記用", ""]
        mine = [p for p in o.live if p.store == si]
        for p in R.sample(mine or o.live, min(9, len(mine))):
            d = o.between(date(2025, 11, 1), date(2025, 11, 19))
            ph = R.choice(o.pharmacists)
            name = p.name(R.choice(["　", "", " "]))
            born = _born(o, p.born, ["zen", "kanji"])
            tel = p.mobile or p.addr.tel
            if R.random() < 0.6:
                tel = zen(tel, R.choice(MEMO_HYPHENS))
            out.append(f"■{zen(wareki(d))}　担当：{ph.last}")
            out.append(f"患者：{name} 様（{born}生、{zen(str(age(p.born)))}歳）　患者番号 {p.no}")
            out.append(f"連絡先 {tel}")
            o.add(rel, "person_name", name, p)
            o.add(rel, "date_of_birth", born, p, value=p.born)
            o.add(rel, "phone_number", tel, p)
            o.add(rel, "person_name", ph.last, ph, True)
            if p.conds:
                c = p.conds[0]
                out.append(f"内容：{c}にて{CONDITIONS[c][0][0]}継続中。飲み忘れ週１回程度あり、"
                           f"一包化を提案。次回{zen(wareki(d + timedelta(days=28)))}予定。")
                o.add(rel, "sensitive", c, p)
            else:
                out.append("内容：カロナール錠200　頓用。特記事項なし。")
            if p.guardian:
                g = p.guardian
                out.append(f"　　{'お母様' if g.sex == '女' else 'お父様'}（{g.first}さん）来局。")
                o.add(rel, "person_name", g.first, g, True)
            if p.allergy:
                out.append(f"　　アレルギー：{p.allergy[0]}（確認済）")
                o.add(rel, "sensitive", p.allergy[0], p, True)
            out.append("")
        clinic = o.clinics[0]
        out += ["【申し送り】",  # hard negatives: drug explanations, codes
                "・メトホルミンは造影剤検査の前後で休薬が必要。糖尿病の患者さんには毎回確認すること。",
                f"・在庫：アムロジピン錠５ｍｇ　ＪＡＮ　{zen(o.jan())}　発注済（受付番号 "
                f"{o.my_number()}）",
                f"・疑義照会は{clinic.name}（ＴＥＬ {zen(clinic.tel)}）へ。"]
        o.add(rel, "phone_number", zen(clinic.tel), None, True)
        if si == 0:
            s = o.staff[0]
            out.append(f"・レセコン ログイン　ID：{s.last_roman.lower()}01　PW：{s.pw}　"
                       f"（{s.last}さん用、変更すること）")
            o.add(rel, "credential", s.pw, s)
            o.add(rel, "person_name", s.last, s, True)
            out.append("・店舗Wi-Fi　SSID: midori-honmachi　パスワード: sagami1180")
            o.add(rel, "credential", "sagami1180", None, True)
        o.share.write(rel, "\n".join(out) + "\n")


def home_visits(o: Pharmacy) -> None:
    """One 訪問記録 a home patient: a label | value table, then the medication notes."""
    R = o.rng
    ph, hospital = o.pharmacists[0], o.clinics[6]
    doctor = hospital.doctors[0]
    for hp in o.home:
        rel = f"04_在宅/訪問記録_{hp.last}様_R7.docx"
        d = docx.Document()
        d.add_heading("在宅患者訪問薬剤管理指導 記録書", 1)
        vdate = o.between(date(2025, 10, 1), date(2025, 11, 18))
        d.add_paragraph(f"訪問日：{wareki(vdate)}　訪問薬剤師：{ph.name()}　"
                        f"（{COMPANY} {STORES[hp.store][0]}）")
        o.add(rel, "person_name", ph.name(), ph)
        cg, cm = hp.caregiver, hp.caremgr
        born, addr, cg_addr = wareki(hp.born), hp.addr.written(0), cg.addr.written(1)
        label_table(d, [("利用者氏名", hp.name("　")), ("フリガナ", hp.kana("　")),
                        ("生年月日", f"{born}（{age(hp.born)}歳）"), ("住所", addr),
                        ("電話", hp.addr.tel), ("要介護度", hp.kaigo),
                        ("主病名", "、".join(hp.conds)),
                        ("キーパーソン", f"{cg.name()}（{hp.rel}）　{cg.mobile}"),
                        ("キーパーソン住所", cg_addr),
                        ("担当ケアマネジャー", f"{cm.name()}（{hp.care_office}）"),
                        ("処方医", f"{doctor.name()}（{hospital.name}）")], "Table Grid")
        o.add(rel, "person_name", hp.name("　"), hp)
        o.add(rel, "person_name", hp.kana("　"), hp)
        o.add(rel, "date_of_birth", born, hp, value=hp.born)
        o.add(rel, "address", addr, hp)
        o.add(rel, "phone_number", hp.addr.tel, hp)
        o.add(rel, "sensitive", hp.kaigo, hp, True)
        for c in hp.conds:
            o.add(rel, "sensitive", c, hp)
        o.add(rel, "person_name", cg.name(), cg)
        o.add(rel, "phone_number", cg.mobile, cg)
        o.add(rel, "address", cg_addr, cg)
        o.add(rel, "person_name", cm.name(), cm)
        o.add(rel, "person_name", doctor.name(), doctor)
        d.add_paragraph("【服薬状況】")
        d.add_paragraph(f"お薬カレンダーにて管理。{hp.rel}の{cg.first}様が週２回訪問し確認。"
                        f"残薬：{R.choice(CONDITIONS[hp.conds[0]][0])} ５日分。")
        o.add(rel, "person_name", cg.first, cg, True)
        office_tel = f"042-7{R.randint(10, 99)}-{R.randint(1000, 9999)}"
        d.add_paragraph(f"次回訪問予定：{wareki(vdate + timedelta(days=14))}。"
                        f"ケアマネ事業所 TEL {office_tel}（代表）")
        o.add(rel, "phone_number", office_tel, None, True)
        d.add_paragraph(f"報告先：{hospital.name} FAX {hospital.fax}")
        o.add(rel, "phone_number", hospital.fax, None, True)
        o.share.save(rel, d, core=False)


def leaflet(o: Pharmacy) -> None:
    """The chain's newsletter: conditions and drugs of no one; the store's phone, the
    管理薬剤師's name."""
    rel = "09_お知らせ/糖尿病と上手につきあうために.txt"
    head = o.pharmacists[0]
    o.share.write(rel, f"""【みどり調剤だより　第４２号】糖尿病と上手につきあうために

糖尿病は、血糖値が高い状態が続く病気です。日本では成人の約６人に１人が糖尿病または
その予備群といわれています。高血圧症や脂質異常症を合併しやすく、放置すると腎症・網膜症・
神経障害などの合併症につながります。うつ病や不眠症と血糖コントロールの関係も知られています。

■お薬について
メトホルミン、シタグリプチンなどのお薬は、医師の指示どおりに服用しましょう。
低血糖（冷や汗、ふるえ、動悸）を感じたら、ブドウ糖を１０ｇ摂ってください。

■ご相談は
{COMPANY}　{STORES[0][0]}　TEL {STORES[0][2]}（受付 9:00～19:00）
管理薬剤師：{head.name()}　／　発行日：令和７年１０月１日
""")
    o.add(rel, "phone_number", STORES[0][2], None, True)
    o.add(rel, "person_name", head.name(), head)


def fax(o: Pharmacy) -> None:
    """The 疑義照会 FAX cover: the doctor, the pharmacist, the patient's name, birth date and
    condition (病名 from the prescription), the clinic's and store's numbers."""
    rel = "12_FAX/疑義照会_FAX送付状_20251112.pdf"
    R = o.rng
    qp = R.choice([p for p in o.live if p.conds and age(p.born) > 20])
    o.queried = qp
    cond = qp.conds[0]
    clinic = o.clinics[CONDITIONS[cond][1]]
    doctor, pharmacist, store = clinic.doctors[0], o.pharmacists[1], STORES[qp.store]
    lines = [f"宛先：{clinic.name}　{doctor.name()} 先生　FAX {clinic.fax}",
             f"発信：{COMPANY} {store[0]}　TEL {store[2]}　FAX {store[3]}",
             f"担当薬剤師：{pharmacist.name()}",
             "送信日：令和7年11月12日　送信枚数：2枚（本紙含む）",
             "",
             f"患者氏名：{qp.name('　')}　様　　生年月日：{wareki(qp.born)}",
             f"処方箋番号：2511{R.randint(100000, 999999)}　　保険者番号：{qp.hoken}",
             f"病名（処方箋備考より）：{cond}",
             f"照会内容：{CONDITIONS[cond][0][0]}の用量について、前回処方から倍量となっております。",
             "ご確認のほどよろしくお願いいたします。"]

    def draw(cv: Any, font: str) -> None:
        cv.setFont(font, 16)
        cv.drawString(60, 790, "FAX送付状（疑義照会）")
        cv.setFont(font, 10.5)
        for i, line in enumerate(lines):
            cv.drawString(60, 750 - i * 20, line)

    o.share.write(rel, pdf_bytes(draw))
    o.add(rel, "person_name", doctor.name(), doctor)
    for tel in (clinic.fax, store[2], store[3]):
        o.add(rel, "phone_number", tel, None, True)
    o.add(rel, "person_name", pharmacist.name(), pharmacist)
    o.add(rel, "person_name", qp.name("　"), qp)
    o.add(rel, "date_of_birth", wareki(qp.born), qp, value=qp.born)
    o.add(rel, "sensitive", cond, qp)


def stickers(o: Pharmacy) -> None:
    """Six 東口店 patients' お薬手帳 sticker requests taken by phone, typed with full-width
    digits and hyphen look-alikes (none U+2212: no CP932 round trip), in CP932."""
    rel = "03_服薬指導/お薬手帳シール再発行依頼.txt"
    R = o.rng
    out = ["お薬手帳シール再発行　依頼一覧（電話受付分）", ""]
    for p in R.sample([p for p in o.live if p.store == 2] or o.live, 6):
        tel = zen(p.mobile or p.addr.tel, R.choice(["ー", "－", "‐", "―"]))
        addr = p.addr.written(3, R.choice(MEMO_HYPHENS[:4]))
        born = _born(o, p.born, ["zen", "slash"])
        postal = f"{zen(p.addr.postal[:3])}－{zen(p.addr.postal[4:])}"
        out.append(f"・{p.kana('')}（{p.name('')}）様　{born}生　〒{postal}")
        out.append(f"　{addr}　ＴＥＬ：{tel}")
        taken = zen(wareki(o.between(date(2025, 11, 1), date(2025, 11, 19))))
        out.append(f"　受付日：{taken}　受付番号：{zen(o.my_number())}")
        o.add(rel, "person_name", p.kana(""), p)
        o.add(rel, "person_name", p.name(""), p)
        o.add(rel, "date_of_birth", born, p, value=p.born)
        o.add(rel, "postal_code", p.addr.postal, p)
        o.add(rel, "address", addr, p)
        o.add(rel, "phone_number", tel, p)
    clerk = o.staff[-2]
    out += ["", f"※受付担当：{clerk.first}（事務）"]
    o.add(rel, "person_name", clerk.first, clerk, True)
    o.share.write(rel, "\r\n".join(out) + "\r\n", "cp932")
