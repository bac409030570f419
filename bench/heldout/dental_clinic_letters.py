"""The dental clinic's documents: the 問診票 (a blank template and three filled in: conditions
ticked, 妊娠中 neutral), two implant 見積書 (見積番号 passing the 法人番号 check; the dentist
neutral), the card payments for six implant patients (伝票番号 passing Luhn) and the
reception's 申し送りメモ (a card read over the phone with its security code, phones typed in
full-width digits and look-alike hyphens, a child by given name alone, neutral)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import docx

from .dental_clinic_people import DentalClinic, Person, wareki_long, zenkaku
from .dental_clinic_tables import DISEASES
from .identifiers import corporate_number, luhn_number
from .japanese import FULL_WIDTH, HYPHENS, fphone, wareki_short
from .share import csv_text, label_table

PROCEDURES = ["インプラント埋入", "上部構造（ジルコニア）", "骨造成（GBR）", "CT撮影"]


def _questionnaire(h: DentalClinic, p: Person | None, ticked: Sequence[str] = (), meds: str = "",
                   allergy: str = "", pregnant: bool = False) -> docx.document.Document:
    """問診票: blank where p is None, else filled in (its 記入日 drawn)."""
    d = docx.Document()
    d.add_heading(f"{h.clinic}　問診票", 1)
    d.add_paragraph("※ご記入いただいた内容は診療のためにのみ使用します。")
    label_table(d, [
        ("記入日", "令和　年　月　日" if p is None else wareki_long(h.day(2026, 2026))),
        ("お名前", "" if p is None else p.name()),
        ("ふりがな", "" if p is None else p.kana()),
        ("生年月日", "昭和・平成・令和　　年　　月　　日" if p is None else wareki_long(p.born)),
        ("ご住所", "〒" if p is None else f"〒{p.addr.postal}　{p.addr.line(2)}"),
        ("電話番号", "" if p is None else fphone(p.mobile)),
    ], "Table Grid")
    d.add_paragraph("現在治療中、または過去にかかったことのある病気に印をつけてください。")
    d.add_paragraph("　".join(("■" if x in ticked else "□") + x for x in DISEASES))
    d.add_paragraph("服薬中の薬：" + meds)
    d.add_paragraph("アレルギー：　□ない　□ある（　　　　　）" if p is None
                    else f"アレルギー：　{allergy}")
    answer = "□はい　□いいえ" if p is None else "■はい　□いいえ" if pregnant else "□はい　■いいえ"
    d.add_paragraph(f"妊娠中ですか（女性の方）：　{answer}")
    d.add_paragraph("歯科治療で気分が悪くなったことはありますか：□はい　□いいえ")
    return d


def questionnaires(h: DentalClinic) -> None:
    """問診票_ひな形 and three patients' (born before 2000) filled in."""
    R, a = h.rng, h.add
    h.share.save("問診票/問診票_ひな形.docx", _questionnaire(h, None))
    for p in R.sample([q for q in h.patients if q.born.year < 2000], 3):
        path = f"問診票/記入済/問診票_{p.karte}.docx"
        ticked = R.sample(DISEASES[:6], R.randint(1, 2))
        meds = R.choice(["アムロジピン", "メトホルミン、アムロジピン", "ワーファリン", "なし"])
        pregnant = p.sex == "F" and p.born.year > 1985 and R.random() < 0.7
        allergy = "■ある（ペニシリン）" if R.random() < 0.4 else "■ない"
        h.share.save(path, _questionnaire(h, p, ticked, meds, allergy, pregnant))
        a(path, "person_name", p.name(), p)
        a(path, "person_name", p.kana(), p)
        a(path, "date_of_birth", wareki_long(p.born), p, born=p.born)
        a(path, "address", p.addr.line(2), p)
        a(path, "postal_code", p.addr.postal, p)
        a(path, "phone_number", fphone(p.mobile), p)
        for c in ticked:
            a(path, "sensitive", c, p)
        if pregnant:
            a(path, "sensitive", "妊娠中", p, True)


def implants(h: DentalClinic) -> None:
    """Six implant patients (born before 1990): 見積書 for two, and all six's card payments
    (kana, number, expiry); their cards are kept for the 申し送りメモ."""
    R, a = h.rng, h.add
    h.implants = R.sample([p for p in h.patients if p.born.year < 1990], 6)
    dentist = h.dentists[0]
    for p in h.implants[:2]:
        path = f"自費/インプラント見積書_{p.karte}.docx"
        d = docx.Document()
        d.add_heading("お見積書（自費診療）", 1)
        d.add_paragraph(f"見積番号：{corporate_number(R)}")
        d.add_paragraph(f"{p.name()}　様")
        home = p.addr.line(2)
        d.add_paragraph(f"〒{p.addr.postal}　{home}")
        items = [("部位", "内容", "数量", "金額")]
        items += [(f"#{R.randint(1, 4)}{R.randint(4, 7)}", R.choice(PROCEDURES), "1",
                   f"{R.randint(3, 40) * 10000:,}円") for _ in range(R.randint(2, 4))]
        label_table(d, items, "Table Grid", cols=4)
        d.add_paragraph(f"見積日：{wareki_long(h.day(2026, 2026))}　有効期限：発行日より3か月")
        d.add_paragraph(f"{h.clinic}　担当医 {dentist.name()}")
        d.add_paragraph("※糖尿病・骨粗鬆症治療中の方は事前にお申し出ください。")
        h.share.save(path, d)
        a(path, "person_name", p.name(), p)
        a(path, "address", home, p)
        a(path, "postal_code", p.addr.postal, p)
        a(path, "person_name", dentist.name(), dentist, True)
    path = "自費/クレジット決済_2026.csv"
    rows: list[list[object]] = [["決済日", "伝票番号", "承認番号", "患者名", "カード番号",
                                 "有効期限", "金額", "内容"]]
    for p in h.implants:
        brands = ["4", f"5{R.randint(1, 5)}", f"35{R.randint(28, 89)}", "3" + R.choice("47")]
        brand = R.choice(brands)
        p.card = luhn_number(R, brand, 15 if brand in ("34", "37") else 16)
        p.expiry = f"{R.randint(1, 12):02d}/{R.randint(27, 31)}"
        slip = luhn_number(R, "9", 16)
        rows.append([h.day(2026, 2026).isoformat(), slip, f"{R.randint(0, 999999):06d}",
                     p.kana(" "), p.card, p.expiry, R.randint(10, 60) * 10000, "インプラント"])
        a(path, "person_name", p.kana(" "), p)
        a(path, "credit_card_number", p.card, p)
        a(path, "card_expiry", p.expiry, p)
    h.share.write(path, csv_text(rows))


def reception_memo(h: DentalClinic) -> None:
    """申し送りメモ: the first implant patient's card by surname (neutral), seven patients'
    calls (by name, kana with a 和暦 birth date in full width, or a changed medicine), a
    child's mother, a hygienist's surname (neutral)."""
    path = "受付/申し送りメモ.txt"
    R, a = h.rng, h.add
    lines = ["【受付 申し送り】", ""]
    p = h.implants[0]
    cvc = f"{R.randint(0, 999):03d}"
    groups = " ".join(p.card[i:i + 4] for i in range(0, len(p.card), 4))
    lines.append(f"・{zenkaku(11)}/{zenkaku(R.randint(1, 28))} {p.last}様 "
                 "インプラント2回目お支払い、"
                 f"カード番号は {groups}　期限{p.expiry} セキュリティコード{cvc}"
                 "（電話で伺ったもの。後で消す）")
    a(path, "credit_card_number", p.card, p)
    a(path, "card_expiry", p.expiry, p)
    a(path, "card_security_code", cvc, p)
    a(path, "person_name", p.last, p, True)
    for q in R.sample(h.patients, 7):
        hyphen = R.choice(HYPHENS)
        tel = fphone(q.tel, hyphen)
        if R.random() < 0.5:
            tel = tel.translate(FULL_WIDTH)
        kind = R.random()
        if kind < 0.3:
            lines.append(f"・{q.name(' ')}さん（{zenkaku(q.karte)}）より電話 {tel}"
                         "　予約変更希望。折り返しお願いします")
            a(path, "person_name", q.name(" "), q)
        elif kind < 0.6:
            born = wareki_short(q.born, padded=False).translate(FULL_WIDTH)
            lines.append(f"・{q.kana('')}様 生年月日{born}で本人確認済み。連絡先 {tel}")
            a(path, "person_name", q.kana(""), q)
            a(path, "date_of_birth", born, q, born=q.born)
        else:
            condition = R.choice(["高血圧", "心臓病", "糖尿病"])
            lines.append(f"・{q.name('')}様、{condition}の薬が変わったとのこと。問診票更新→TEL{tel}")
            a(path, "person_name", q.name(""), q)
            a(path, "sensitive", condition, q)
        a(path, "phone_number", tel, q)
    kid = next(p for p in h.patients if p.id in h.guardians)
    g = h.guardians[kid.id]
    lines.append(f"・{kid.first}くん（{kid.first}ちゃん？）のお母様 {g.name('')}様から、"
                 "次回は土曜希望と。")
    a(path, "person_name", kid.first, kid, True)
    a(path, "person_name", g.name(""), g)
    hyg = h.hygienists[0]
    lines.append(f"・{h.lab}から請求書届きました（{hyg.last}さん確認済）。"
                 f"予約番号 {h.my_number()} は重複のため削除。")
    a(path, "person_name", hyg.last, hyg, True)
    lines.append(f"・来月の初診日は{wareki_long(date(2026, 12, R.randint(1, 25)))}から受付。")
    h.share.write(path, "\n".join(lines) + "\n")
