"""The brokerage's documents: two 購入申込書 (.docx), two 売買契約書 (PDF), the 重要事項説明書
draft (.docx), two 登記 excerpts and a sales person's memo (full-width digits, a shared
password)."""

from __future__ import annotations

from datetime import date, timedelta

import docx
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from .identifiers import luhn_number
from .japanese import HYPHENS, wareki
from .real_estate_people import (
    COMPANY,
    COMPANY_ADDR,
    COMPANY_TEL,
    LENDER_ADDR,
    Brokerage,
    digits_of,
    zen,
)
from .share import label_table

FONT = "HeiseiKakuGo-W5"


def purchase_applications(h: Brokerage) -> None:
    """買付証明書 of the first two buyers, each to a seller drawn (their deal's seller)."""
    R, tel = h.rng, digits_of(COMPANY_TEL)
    for b in h.buyers[:2]:
        path = f"契約/購入申込書_{b.last}様_{b.customer_id}.docx"
        d = docx.Document()
        d.add_heading("不動産購入申込書（買付証明書）", 1)
        sd = R.choice(h.sellers)
        d.add_paragraph(f"{sd.name(' ')} 様")
        h.note(path, "person_name", sd.name(" "), sd)
        d.add_paragraph(f"申込日：{wareki(date(2024, R.randint(1, 5), R.randint(1, 28)))}")
        number, price = h.property_no(), R.randrange(4000, 11000, 10)
        label_table(d, [
            ("物件番号", number), ("物件所在地", sd.home.written(1)),
            ("購入価格", f"金{price:,}万円"),
            ("手付金", f"金{price // 10:,}万円"), ("申込者氏名", b.full_name()),
            ("フリガナ", b.kana()),
            ("生年月日", wareki(b.born)), ("現住所", f"〒{b.home.zip} {b.home.written(1)}"),
            ("電話番号", b.phone()), ("勤務先", b.employer), ("年収", f"{b.income}万円"),
            ("融資利用", f"有（{R.choice(h.banks)[0]}）")], "Table Grid")
        h.note(path, "address", sd.home.written(1), sd)
        for c, v in [("person_name", b.full_name()), ("person_name", b.kana()),
                     ("date_of_birth", b.born.isoformat()), ("address", b.home.written(1)),
                     ("postal_code", digits_of(b.home.zip)), ("phone_number", digits_of(b.mobile))]:
            h.note(path, c, v, b)
        if b.id in h.spouses:
            sp = h.spouses[b.id]
            d.add_paragraph("連帯債務者")
            label_table(d, [("氏名", sp.full_name()), ("続柄", "配偶者"),
                            ("生年月日", wareki(sp.born)), ("電話番号", sp.phone())],
                        "Table Grid")
            for c, v in [("person_name", sp.full_name()), ("date_of_birth", sp.born.isoformat()),
                         ("phone_number", digits_of(sp.mobile))]:
                h.note(path, c, v, sp)
        d.add_paragraph(f"受付：{COMPANY} 担当 {b.staff.name(' ')}（TEL {COMPANY_TEL}）")
        h.note(path, "person_name", b.staff.name(" "), b.staff)
        h.note(path, "phone_number", tel, None, True)
        h.share.save(path, d)
        h.offers.append((b, sd))


def sale_contracts(h: Brokerage) -> None:
    """売買契約書 of the two applications' deals; the 取引番号 pass Luhn."""
    R = h.rng
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    for b, sd in h.offers:
        number = luhn_number(R, "9", 16)
        signed = date(2024, R.randint(2, 5), R.randint(1, 28))
        settled = signed + timedelta(days=R.randint(25, 50))
        broker = R.choice([s for s in h.staff if s.takken])
        h.deals.append((b, sd, number, signed, settled, broker))
        path = f"契約/売買契約書_{number}.pdf"
        c = canvas.Canvas(str(h.share.path(path)), invariant=1)  # (the same bytes each run)
        c.setFont(FONT, 10)
        lines = ["土地建物売買契約書（区分所有建物）", f"取引番号 {number}",
                 f"売主 住所 {sd.home.written(0)}", f"売主 氏名 {sd.name(' ')}"]
        if sd.id in h.coowners:
            co = h.coowners[sd.id]
            lines.append(f"売主 氏名 {co.name(' ')}（持分2分の1）")
            h.note(path, "person_name", co.name(" "), co)
        lines += [f"買主 住所 {b.home.written(0)}", f"買主 氏名 {b.name(' ')}"]
        if b.id in h.spouses:
            sp = h.spouses[b.id]
            lines.append(f"買主（連帯債務者） 氏名 {sp.name(' ')}")
            h.note(path, "person_name", sp.name(" "), sp)
        lines += [f"契約締結日 {wareki(signed)}", f"引渡・決済日 {wareki(settled)}",
                  f"売買代金 金{R.randrange(40000000, 110000000, 100000):,}円",
                  f"媒介業者 {COMPANY} 免許番号 {h.licence_no}",
                  f"宅地建物取引士 {broker.name(' ')} 登録番号 {broker.takken}",
                  f"事務所 {COMPANY_ADDR} TEL {COMPANY_TEL}"]
        for i, line in enumerate(lines):
            c.drawString(40, 800 - 18 * i, line)
        c.save()
        for category, value, p in [("address", sd.home.written(0), sd),
                                   ("person_name", sd.name(" "), sd),
                                   ("address", b.home.written(0), b),
                                   ("person_name", b.name(" "), b),
                                   ("person_name", broker.name(" "), broker)]:
            h.note(path, category, value, p)
        h.note(path, "phone_number", digits_of(COMPANY_TEL), None, True)
        h.note(path, "address", COMPANY_ADDR, None, True)


def disclosure_draft(h: Brokerage) -> None:
    """重要事項説明書 draft of the first deal; a 担当メモ tells where the sale is a divorce's."""
    R, path = h.rng, "契約/重要事項説明書_draft_v3.docx"
    b, sd, _, _, settled, broker = h.deals[0]
    d = docx.Document()
    d.add_heading("重要事項説明書（区分所有建物の売買）【下書き】", 1)
    d.add_paragraph(f"{b.name(' ')} 様")
    h.note(path, "person_name", b.name(" "), b)
    label_table(d, [("商号", COMPANY), ("免許証番号", h.licence_no), ("法人番号", h.corp),
                    ("主たる事務所", COMPANY_ADDR),
                    ("説明をする宅地建物取引士", broker.full_name()),
                    ("登録番号", broker.takken),
                    ("業務に従事する事務所", f"本店 TEL {COMPANY_TEL}")],
                "Table Grid")
    h.note(path, "person_name", broker.full_name(), broker)
    h.note(path, "corporate_number", h.corp, None, True)
    h.note(path, "address", COMPANY_ADDR, None, True)
    h.note(path, "phone_number", digits_of(COMPANY_TEL), None, True)
    d.add_paragraph("Ⅰ 対象となる宅地又は建物に直接関係する事項")
    co = h.coowners.get(sd.id)
    built = date(R.randint(1985, 2015), R.randint(1, 12), R.randint(1, 28))
    label_table(d, [("所在", sd.home.written(1)), ("建築年月日", wareki(built)),
                    ("登記名義人（所有者）",
                     sd.full_name() + (f"、{co.full_name()}" if co else "")),
                    ("所有者の住所", sd.home.written(1)),
                    ("抵当権者", f"株式会社{R.choice(h.banks)[0]}"),
                    ("決済予定日", wareki(settled))],
                "Table Grid")
    h.note(path, "address", sd.home.written(1), sd)
    h.note(path, "person_name", sd.full_name(), sd)
    if co:
        h.note(path, "person_name", co.full_name(), co)
    if sd.reason == "離婚":
        d.add_paragraph("（担当メモ：売主様は離婚に伴う売却のため、連絡は携帯のみとのこと。）")
        h.note(path, "sensitive", "離婚", sd)
    else:
        d.add_paragraph("（担当メモ：売主様は住み替え先確定済み。）")
    h.share.save(path, d)


def registry_excerpts(h: Brokerage) -> None:
    """全部事項証明書 of the first two sellers' flats; the 所在 (地番, no owner) and the bank's
    head office are neutral."""
    R = h.rng
    for sd in h.sellers[:2]:
        ad, co = sd.home, h.coowners.get(sd.id)
        path = f"登記/全部事項証明書_{ad.town}_{sd.last}.txt"
        registered = min(sd.born + timedelta(days=R.randint(30 * 365, 40 * 365)),
                         date(2023, 12, 1))
        where = (f"{ad.city}{ad.town}{zen(str(ad.chome))}丁目　{zen(str(ad.ban))}番地"
                 f"{zen(str(ad.go))}")
        t = [f"表　題　部　（一棟の建物の表示）　　調製　余白　　不動産番号　"
             f"{R.randint(1000000000000, 9999999999999)}",
             f"所　在　　{where}",
             f"建物の名称　{(ad.building or '').split(' ')[0] or '（なし）'}", "",
             "権　利　部　（甲区）　　（所有権に関する事項）",
             "順位番号　２　　登記の目的　所有権移転　　受付年月日・受付番号　"
             f"{zen(wareki(registered))}"
             f"　第{zen(str(R.randint(10000, 99999)))}号",
             f"原因　{zen(wareki(registered - timedelta(days=10)))}売買"]
        owner_at = ad.written(3)
        h.note(path, "address", where, sd, True)
        if co:
            t += [f"共有者　{owner_at}", f"　持分２分の１　{sd.full_name()}", f"　　　　{owner_at}",
                  f"　持分２分の１　{co.full_name()}"]
            h.note(path, "person_name", co.full_name(), co)
            h.note(path, "address", owner_at, co)
        else:
            t += [f"所有者　{owner_at}", f"　　　　{sd.full_name()}"]
        h.note(path, "person_name", sd.full_name(), sd)
        h.note(path, "address", owner_at, sd)
        h.note(path, "address", LENDER_ADDR, None, True)
        t += ["", "権　利　部　（乙区）　　（所有権以外の権利に関する事項）",
              f"抵当権者　{LENDER_ADDR}　株式会社{sd.bank[0]}",
              f"債務者　{owner_at}　{sd.name('')}",
              "", "＊下線のあるものは抹消事項であることを示す。　整理番号　Ｄ"
              + zen(str(R.randint(10000, 99999)))]
        h.note(path, "person_name", sd.name(""), sd)
        h.share.write(path, "\n".join(t) + "\n")


def sales_memo(h: Brokerage) -> None:
    """The first staff member's memo on six sellers: phones with look-alike dashes, homes city
    onwards full-width, the reason for selling (離婚, 脳梗塞, 認知症 sensitive), a 査定 requester
    in kana and the CRM's shared password."""
    R, st = h.rng, h.staff[0]
    path = f"営業/メモ/{st.last}_営業メモ.txt"
    t = [f"■営業メモ　{st.last}（{wareki(date(2024, 6, 3))}更新）", ""]
    notes = {"離婚": "。奥様とは別居中、連絡はご主人のみ。",
             "病気療養": "。ご本人が脳梗塞で入院中、長男様が窓口。"}
    for sd in h.sellers[8:14]:
        phone = sd.phone(2).replace("－", R.choice(HYPHENS))
        mandate = R.choice(["専任媒介", "一般媒介", "専属専任"])
        t.append(f"・{sd.name('')}様（{sd.home.town}）　{mandate}"
                 f"　査定額{zen(str(R.randrange(3000, 9000, 50)))}万円")
        t.append(f"　連絡先 {phone}　自宅 {sd.home.written(4, R)}")
        t.append(f"　売却理由：{sd.reason}" + notes.get(sd.reason, "。"))
        t.append(f"　媒介契約日 {zen(wareki(date(2024, R.randint(1, 5), R.randint(1, 28))))}"
                 f"　物件番号 {zen(h.property_no())}")
        for c, v in [("person_name", sd.name("")), ("phone_number", digits_of(sd.mobile)),
                     ("address", sd.home.written(4, R))]:  # a second dash drawn, as gen.py's
            h.note(path, c, v, sd)
        if sd.reason == "離婚":
            h.note(path, "sensitive", "離婚", sd)
        if sd.reason == "病気療養":
            h.note(path, "sensitive", "脳梗塞", sd)
        if sd.reason == "介護施設入居":
            t[-2] = t[-2][:-1] + "。認知症の母を施設へ。"
            h.note(path, "sensitive", "認知症", sd)
    s2 = h.satei[0]
    password = f"Minato#{R.randint(1000, 9999)}x"
    t += ["", f"・査定依頼 {s2.last_kana}{s2.first_kana}様 生年月日 {zen(wareki(s2.born))}"
              f"　携帯{zen(s2.mobile.replace('-', ''))}", "",
          f"CRMログイン（共用）　ID: nikotama_eigyo　PW: {password}"]
    h.note(path, "person_name", s2.last_kana + s2.first_kana, s2)
    h.note(path, "date_of_birth", s2.born.isoformat(), s2)
    h.note(path, "phone_number", digits_of(s2.mobile), s2)
    h.note(path, "credential", password, None, True)
    t.append(f"宅建業免許 {h.licence_no}　法人番号 {zen(h.corp)}")
    h.note(path, "corporate_number", h.corp, None, True)
    h.share.write(path, "\n".join(t) + "\n")
