"""The animal hospital's documents: the vets' カルテメモ (full-width 和暦, an animal's birth date
and illness beside its owner; an owner's own illness and family), three 手術同意書 (.docx: the
animal written with the owner's surname, 伊藤 太郎, is no one), the staff's 緊急連絡網 (.docx),
an insurance claim (PDF) and the desk's 申し送り (CP932; a surname alone is neutral, 産休)."""

from __future__ import annotations

from datetime import date

import docx

from .animal_hospital_people import PET_ILL, Hospital
from .japanese import FULL_WIDTH, wareki
from .share import draw_labels, label_table, pdf_bytes

CONDITIONS = ["脳梗塞", "がん", "うつ病", "認知症"]  # an owner's own, three at most
SIGNS = ["元気食欲やや低下", "昨夜から嘔吐２回", "多飲多尿", "痒みが強い", "発作あり（３分程度）"]
DRUGS = ["インスリン", "ステロイド", "抗てんかん薬", "抗生剤", "皮下点滴"]
SURGERY = ["避妊手術", "去勢手術", "腫瘍摘出術", "歯石除去（全身麻酔）"]
EVENTS = ["ワクチン後に顔が腫れた", "退院", "トリミング予約キャンセル", "体重増加"]


def _zen(day: date) -> str:
    return wareki(day).translate(FULL_WIDTH)


def memo(h: Hospital) -> None:
    """26 visits: the animal (its birth date is no one's), the owner by name, by surname
    (neutral) or as the clinic writes the animal (田中 モモ: no one), the vet's surname."""
    path = "診療/カルテメモ_令和6年10月.txt"
    R, a = h.rng, h.add
    out = [f"【{h.clinic['name']}　診療メモ（院内用）　令和６年１０月分】", ""]
    told = 0
    for o in R.sample(h.owners, 26):
        p = R.choice(o.pets)
        day = h.day(date(2024, 10, 1), date(2024, 10, 31))
        v = R.choice(h.vets)
        kind = p.breed if p.breed != "-" else p.species
        head = f"■{_zen(day)}　{h.call(p)}（{kind}・{p.sex}・{_zen(p.born)}生）"
        style = R.random()
        if style < 0.45:
            who = f"飼い主：{a(path, 'person_name', h.name(o), o)} 様"
        elif style < 0.7:
            who = f"飼い主：{a(path, 'person_name', o.last, o, True)}様"
        else:
            who = f"{o.last} {p.name}"
        lines = [head, "　" + who]
        a(path, "person_name", v.last, v, True)  # (post-blind truth fix: a vet's surname alone)
        ill = p.ill[0] if p.ill else R.choice(PET_ILL)
        lines.append(f"　Ｓ：{R.choice(SIGNS)}。{ill}の疑い。")
        lines.append(f"　Ａ/Ｐ：{ill}。{R.choice(DRUGS)}処方、"
                     f"{str(R.randint(1, 4)).translate(FULL_WIDTH)}週間後再診。担当 {v.last}")
        if R.random() < 0.4:
            lines.append(f"　※結果連絡は携帯へ　{h.phone(o.mobile, 'zen')}")
            a(path, "phone_number", o.mobile, o)
        if told < 3 and R.random() < 0.4:
            cond = CONDITIONS[told]
            if o.family:
                f = o.family[0]
                lines.append(f"　※飼い主様ご本人が{cond}で通院中のため、送迎はご家族"
                             f"（{f.name()}様・{f.rel}　{h.phone(f.mobile, 'zen')}）。")
                a(path, "person_name", f.name(), f)
                a(path, "phone_number", f.mobile, f)
            else:
                lines.append(f"　※飼い主様ご本人が{cond}の治療中とのこと。"
                             "来院が難しい場合は往診を検討。")
            a(path, "sensitive", cond, o)
            told += 1
        out += [*lines, ""]
    h.share.write(path, "\r\n".join(out), R.choice(["utf-8", "cp932"]))


def consents(h: Hospital) -> None:
    """Three owners' 手術同意書: the owner (and a family member), the animal as the clinic writes
    it, the director and the vet in charge."""
    R, a = h.rng, h.add
    head = h.vets[0]
    for k, o in enumerate(R.sample(h.owners, 3)):
        p = o.pets[0]
        path = f"同意書/手術同意書_{o.last}{p.name}_{k + 1}.docx"
        d = docx.Document()
        d.add_heading("手術・麻酔に関する同意書", 1)
        d.add_paragraph(f"{h.clinic['name']}　院長 {a(path, 'person_name', head.name(), head)} 殿")
        vet = h.vets[k % 2]
        addr = o.addr.full(kanji=R.choice([False, True]))
        rows = [("飼い主様氏名", o.name()), ("フリガナ", o.kana()),
                ("ご住所", f"〒{o.addr.postal} {addr}"), ("電話番号", o.mobile),
                ("動物名", f"{o.last} {p.name}"), ("種類", f"{p.species}（{p.breed}）"),
                ("性別", p.sex), ("生年月日", wareki(p.born)),
                ("既往歴", "、".join(p.ill) or "なし"),
                ("手術日", wareki(date(2024, 11, R.randint(1, 28)))), ("術式", R.choice(SURGERY)),
                ("担当獣医師", vet.name())]
        f = o.family[0] if o.family else None
        if f:
            rows.insert(4, ("緊急連絡先", f"{f.name()}（{f.rel}） {f.mobile}"))
        label_table(d, rows, "Table Grid")
        a(path, "person_name", o.name(), o)
        a(path, "person_name", o.kana(), o)
        a(path, "postal_code", o.addr.postal, o)
        a(path, "address", addr, o)
        a(path, "phone_number", o.mobile, o)
        a(path, "person_name", vet.name(), vet)
        if f:
            a(path, "person_name", f.name(), f)
            a(path, "phone_number", f.mobile, f)
        d.add_paragraph("")
        d.add_paragraph("私は上記動物の手術および麻酔について説明を受け、その内容を理解したうえで同意します。")
        d.add_paragraph(f"{wareki(date(2024, 10, R.randint(1, 31)))}　　署名　{o.name('　')}")
        h.share.save(path, d, core=False)


def roster(h: Hospital) -> None:
    """緊急連絡網: the staff's mobiles and addresses; the clinic's own animals (no one)."""
    path = "総務/緊急連絡網_2024.docx"
    R, a = h.rng, h.add
    d = docx.Document()
    d.add_heading(f"{h.clinic['name']} 緊急連絡網（2024年度）", 1)
    d.add_paragraph(f"代表 {h.clinic['tel']}　夜間は院長携帯へ")
    h.clinic_fields(path)
    rows = [("役職", "氏名", "携帯", "自宅住所（最寄駅）")]
    for s in h.staff:
        rows.append((s.post, s.name(""), h.phone(s.mobile, R.choice(["hy", "none"])),
                     s.addr.dashed()))
        a(path, "person_name", s.name(""), s)
        a(path, "phone_number", s.mobile, s)
        a(path, "address", s.addr.dashed(), s)
    label_table(d, rows, "Table Grid", cols=4)
    d.add_paragraph("院内動物：ミケ（猫・糖尿病）、太郎（柴犬・供血犬）")
    h.share.save(path, d, core=False)


def claim_pdf(h: Hospital) -> None:
    """保険金請求書 (窓口精算外): an owner's birth date and refund account; the animal's."""
    R, a = h.rng, h.add
    o, p = h.claimant()
    path = f"保険/保険金請求書_{p.name}様.pdf"
    branch, acct = f"{R.randint(100, 899):03d}", f"{R.randint(1000000, 9999999)}"
    c = h.clinic
    rows = [("証券番号", p.policy), ("受付番号", h.my_number()), ("ご契約者氏名", o.name()),
            ("フリガナ", o.kana()), ("ご契約者生年月日", f"{o.born:%Y年%m月%d日}"),
            ("ご住所", f"〒{o.addr.postal} {o.addr.full()}"), ("電話番号", o.mobile),
            ("被保険動物", f"{p.name}様（{p.species}・{p.breed}）"),
            ("動物の生年月日", f"{p.born:%Y年%m月%d日}"),
            ("傷病名", p.ill[0] if p.ill else "外耳炎"),
            ("診療日", "2024年10月12日"), ("動物病院", f"{c['name']}（{c['tel']}）"),
            ("振込先", f"三菱ＵＦＪ銀行 支店番号{branch} 普通 口座番号{acct}")]

    def draw(sheet, font: str) -> None:
        sheet.setFont(font, 14)
        sheet.drawString(60, 790, f"{p.insurer}　保険金請求書（窓口精算外）")
        sheet.setFont(font, 10.5)
        y = draw_labels(sheet, rows, 750, 190, 24)
        sheet.drawString(60, y - 20, f"上記のとおり請求します。　2024年10月15日　{o.name()}")

    h.share.write(path, pdf_bytes(draw))
    for category, value in [("person_name", o.name()), ("person_name", o.kana()),
                            ("date_of_birth", o.born.isoformat()), ("postal_code", o.addr.postal),
                            ("address", o.addr.full()), ("phone_number", o.mobile),
                            ("bank_account", acct)]:
        a(path, category, value, o)
    h.clinic_fields(path)


def handover(h: Hospital) -> None:
    """申し送りノート: fourteen calls and visits (a surname alone: neutral), a nurse's 産休."""
    path = "受付/申し送り_10月.txt"
    R, a = h.rng, h.add
    lines = ["申し送りノート（受付）", ""]
    for k in range(14):
        o = R.choice(h.owners)
        p = R.choice(o.pets)
        day = f"10/{k * 2 + 1}"
        kind = R.random()
        if kind < 0.35:
            called, drug = h.call(p), p.ill[0] if p.ill else "フード"
            tel = h.phone(o.mobile, R.choice(["hy", "none"]))
            lines.append(f"{day} {o.last}様より電話。{called}のお薬（{drug}）を取りに来られます。"
                         f"折り返し {tel}")
            a(path, "person_name", o.last, o, True)
            a(path, "phone_number", o.mobile, o)
        elif kind < 0.6:
            called, event, v = h.call(p), R.choice(EVENTS), R.choice(h.vets)
            lines.append(f"{day} {called}（{o.last}さん宅）、{event}。{v.last}先生に報告済み。")
            a(path, "person_name", v.last, v, True)  # (post-blind truth fix)
            a(path, "person_name", o.last, o, True)
        elif kind < 0.8:
            lines.append(f"{day} 新規登録 {o.name()}様（{o.kana()}）と{h.call(p)}。"
                         f"住所 {o.addr.dashed()}。")
            a(path, "person_name", o.name(), o)
            a(path, "person_name", o.kana(), o)
            a(path, "address", o.addr.dashed(), o)
        else:
            lines.append(f"{day} {p.name}（{p.breed}）のご家族が引っ越し。"
                         f"新住所は{o.addr.full()}、電話{o.home}。")
            a(path, "address", o.addr.full(), o)
            a(path, "phone_number", o.home, o)
    leave, cover = h.staff[7], h.staff[8]
    lines.append(f"10/30 {leave.last}さん 11月から産休（{cover.last}さんがシフト代行）。")
    a(path, "person_name", leave.last, leave, True)
    a(path, "person_name", cover.last, cover, True)
    a(path, "sensitive", "産休", leave, True)
    supplier = ["ペットメディカルサプライ", "動物薬品商会"][h.seed % 2]
    tel = a(path, "phone_number", f"03-{R.randint(3000, 6999)}-{R.randint(1000, 9999)}", None,
            True)
    lines.append(f"10/31 業者（{supplier}）の電話番号変更 {tel}")
    h.share.write(path, "\n".join(lines) + "\n", "cp932")
