"""The funeral home's documents: three 葬儀見積書 and two 葬儀施行契約書 (.docx; 見積番号 passing
the 法人番号 check, a card paid by the 喪主, the company's 法人番号 and office neutral), three
事前相談 memos (full-width 和暦 and digits, an illness and a 宗派 of the one planning their own
funeral) and November's 打合せメモ (the 喪主, the family's mobiles, a phone's hyphens typed as a
look-alike; the temples' phones neutral)."""

from __future__ import annotations

from datetime import date

import docx

from .funeral_home_people import COMPANY, SHUHA, FuneralHome, fix_master
from .identifiers import card_groups, corporate_number, luhn_number
from .japanese import FULL_WIDTH, HYPHENS, wareki
from .share import label_table

ILLNESSES = [("膵臓がん", "余命は半年程度と主治医から告げられている"),
             ("認知症", "軽度の認知症の診断あり、ご家族同席"),
             ("糖尿病", "人工透析を週3回受けている")]


def _zen(text: str) -> str:
    return text.translate(FULL_WIDTH)


def estimates(h: FuneralHome) -> None:
    """葬儀見積書 for three 施行, signed by the second staff member; the footer's 〒350-0000,
    office and phone the company's (neutral)."""
    a = h.add
    for c in h.cases[8:11]:
        m, d = c.mosh, c.dec
        path = f"見積書/葬儀見積書_{d.last}家_{c.juri[-4:]}.docx"
        doc = docx.Document()
        doc.add_heading("御 葬 儀 見 積 書", 0)
        doc.add_paragraph(f"{m.name()} 様")
        label_table(doc, [("見積番号", c.juri), ("施行番号", c.sekou), ("故人様", d.name()),
                          ("喪主様", m.name()), ("ご住所", f"〒{m.postal} {m.addr.full()}"),
                          ("ご連絡先", c.mosh_tel),
                          ("通夜", wareki(c.tsuya, by_year=True) + " 18時"),
                          ("告別式", wareki(c.kokubetsu, by_year=True) + " 11時"),
                          ("式場", c.saijo[0]), ("宗派", c.shuha), ("祭壇", "生花祭壇 Bプラン"),
                          ("お見積金額", "1,280,000円（税込）")], "Table Grid")
        st = h.staff[1]
        doc.add_paragraph(f"{COMPANY}　〒350-0000 {h.addr}　TEL {h.tel2}　担当 {st.name()}")
        h.name(path, m)
        a(path, "address", m.addr.full(), m)
        a(path, "postal_code", m.postal, m)
        a(path, "phone_number", c.mosh_tel, m)
        a(path, "sensitive", c.shuha, m)
        a(path, "person_name", d.name(), None, True)
        h.name(path, st)
        a(path, "address", h.addr, None, True)
        a(path, "phone_number", h.tel2, None, True)
        a(path, "postal_code", "3500000", None, True)
        h.share.save(path, doc, core=False)


def contracts(h: FuneralHome) -> None:
    """葬儀施行契約書 for two 施行: the 喪主's birth date (和暦), mail and card (a Mastercard
    kept in 51-55), a 互助会会員番号 passing the My Number check."""
    R, a = h.rng, h.add
    for c in h.cases[11:13]:
        m, d = c.mosh, c.dec
        path = f"契約書/葬儀施行契約書_{c.sekou}.docx"
        doc = docx.Document()
        doc.add_heading("葬儀施行契約書", 0)
        doc.add_paragraph(f"{COMPANY}（以下「甲」という）と契約者（以下「乙」という）は、"
                          f"故{d.name()}様の葬儀施行について次のとおり契約する。")
        card = fix_master(luhn_number(R, R.choice(["4", "5", "3540"]), 16))
        rows = [("契約日", wareki(c.uketsuke, by_year=True)), ("施行番号", c.sekou),
                ("契約者氏名", m.name()), ("フリガナ", m.kana()),
                ("契約者生年月日", wareki(m.born, by_year=True)), ("故人との続柄", c.zoku),
                ("住所", m.addr.full()), ("電話", c.mosh_tel), ("メール", m.email),
                ("互助会会員番号", h.my_number()), ("お支払方法", "クレジットカード"),
                ("カード番号", card_groups(card, " ")),
                ("有効期限", f"{R.randint(1, 12):02d}/{R.randint(27, 31)}"),
                ("甲 法人番号", h.corp)]
        label_table(doc, rows, "Table Grid")
        expiry = rows[12][1]
        h.add_card(path, m, c.mosh_tel)
        a(path, "email_address", m.email, m)
        a(path, "credit_card_number", card, m)
        a(path, "card_expiry", expiry, m, normal=expiry)
        a(path, "corporate_number", h.corp)
        a(path, "person_name", d.name(), None, True)
        h.share.save(path, doc, core=False)


def consultations(h: FuneralHome) -> None:
    """事前相談メモ: three people planning their own funeral, each with an illness (the
    糖尿病 memo's 人工透析 too) and a 宗派, a relative's mobile; the third staff member's."""
    R, a = h.rng, h.add
    st = h.staff[2]
    for p, fam, (ill, note) in zip(h.planners, h.planner_family, ILLNESSES, strict=True):
        path = f"事前相談/事前相談メモ_{p.last}{p.first}様.txt"
        sect = R.choice(SHUHA[:7])
        tel = p.mobile.replace("-", R.choice(HYPHENS))
        received = wareki(date(2025, R.randint(1, 12), R.randint(1, 28)), by_year=True)
        text = (f"事前相談記録　受付日：{_zen(received)}　受付番号：{corporate_number(R)}\n"
                f"ご相談者：{p.name()}（{p.kana()}）様　{_zen(wareki(p.born, by_year=True))}生\n"
                f"ご住所：{_zen(p.addr.full())}\nお電話：{_zen(tel)}\n"
                f"ご家族：{fam.name()}様（{R.choice(['長女', '長男'])}）携帯 {fam.mobile}\n"
                f"病歴：{ill}。{note}。\n"
                f"ご希望：家族葬、{sect}で。菩提寺は{R.choice(h.temples).name}。"
                "遺影は本人が選んだ写真を使用。\n"
                f"担当：{st.name()}\n")
        h.share.write(path, text)
        h.add_card(path, p, p.mobile)
        a(path, "sensitive", ill, p)
        a(path, "sensitive", sect, p)
        if "人工透析" in note:
            a(path, "sensitive", "人工透析", p)
        h.name(path, fam)
        a(path, "phone_number", fam.mobile, fam)
        h.name(path, st)


def meetings(h: FuneralHome) -> None:
    """打合せメモ_2025年11月: the last three 施行, full-width, the 喪主's phone and address with
    a hyphen look-alike drawn a 施行, a 互助会会員番号 passing the My Number check."""
    path = "打合せ/打合せメモ_2025年11月.txt"
    R, a = h.rng, h.add
    parts = []
    for c in h.cases[17:20]:
        m, d = c.mosh, c.dec
        hy = R.choice(HYPHENS)
        tel = c.mosh_tel.replace("-", hy)
        parts.append(
            f"■{_zen(f'{c.uketsuke:%Y/%m/%d}')} 打合せ（{d.last}家）\n"
            f"故{d.name()}様（{_zen(wareki(d.born, by_year=True))}生、"
            f"{_zen(wareki(c.death, by_year=True))}逝去、享年{_zen(str(c.age + 1))}）\n"
            f"喪主：{m.name('')}様（{c.zoku}）　連絡先 {_zen(tel)}\n"
            f"住所：{_zen(m.addr.full()).replace('－', hy)}\n"
            + "".join(f"遺族：{f.name()}様 携帯{f.mobile}\n" for f in c.fam)
            + f"宗派は{c.shuha}、菩提寺 {c.temple.name}（{c.temple.tel}）。"
            f"通夜 {_zen(wareki(c.tsuya, by_year=True))}、"
            f"告別式 {_zen(wareki(c.kokubetsu, by_year=True))}。\n"
            f"施行番号 {_zen(c.sekou)}、互助会会員番号 {h.my_number()}。お布施は喪主様より直接。\n")
        h.name(path, m, m.name(""))
        a(path, "phone_number", c.mosh_tel, m)
        a(path, "address", m.addr.full(), m)
        a(path, "sensitive", c.shuha, m)
        a(path, "person_name", d.name(), None, True)
        a(path, "date_of_birth", d.born.isoformat(), None, True)
        a(path, "phone_number", c.temple.tel, None, True)
        for f in c.fam:
            h.name(path, f)
            a(path, "phone_number", f.mobile, f)
    h.share.write(path, "\n".join(parts))
