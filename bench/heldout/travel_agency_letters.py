"""The travel agency's letters: two 申込書 兼 旅行条件書 (.docx, label | value tables; the agency's
法人番号; the conditions' アレルギー and 車椅子 are no one's), the June 引継ぎメモ (full-width
digits, 和暦, hyphen look-alikes, health notes; 登録番号 passing the My Number check) and the
Hawaii tour's 最終日程表 (PDF: the conductor and the rooms)."""

from __future__ import annotations

from datetime import date

import docx

from .japanese import FULL_WIDTH, HYPHENS, wareki
from .share import label_table, lines_pdf
from .travel_agency_people import TravelAgency, phone
from .truth import squeeze

CONDITIONS = ("【旅行条件書（要約）】取消料：旅行開始日の前日から起算してさかのぼって30日目に"
              "あたる日以降の解除は旅行代金の20%。アレルギー対応メニューあり（事前申告制）。"
              "車椅子をご利用の方はお申し出ください。")
HOTEL_TEL = "+1-808-922-5811"


def applications(t: TravelAgency) -> None:
    """The first booking's and the sixteenth's: the applicant, the emergency contact, the party."""
    a, c = t.add, t.company
    for b in [t.bookings[0], t.bookings[15]]:
        r, tour, e = b.rep, b.tour, b.emergency
        path = f"書類/旅行申込書_{b.receipt}.docx"
        d = docx.Document()
        d.add_heading("募集型企画旅行 申込書 兼 旅行条件書（要約）", 1)
        d.add_paragraph(f"{c.name}　{c.registration}　法人番号 {c.corporate}")
        a(path, "corporate_number", c.corporate, None, True)
        d.add_paragraph(f"受付番号：{b.receipt}　申込日：{wareki(b.applied)}")
        adults = sum(1 for m in b.members if not m.child)
        label_table(d, [
            ("お申込者氏名", r.name()), ("フリガナ", r.kana()),
            ("生年月日", f"{wareki(r.born)}（{r.born.year}年）"),
            ("性別", "男性" if r.sex == "M" else "女性"),
            ("ご住所", f"〒{r.addr.postal[:3]}-{r.addr.postal[3:]}　{r.addr.full(kanji=True)}"),
            ("電話番号", phone(r.mobile)), ("メールアドレス", r.email),
            ("ご旅行名", f"{tour.name}（{tour.code}）"), ("出発日", f"{tour.dep:%Y年%m月%d日}"),
            ("参加人数", f"大人{adults}名　小人{len(b.members) - adults}名"),
            ("緊急連絡先（氏名・続柄）", f"{e.name()}（{e.rel}）"),
            ("緊急連絡先電話", phone(e.mobile, "no")),
            ("健康上の配慮", r.health or "特になし")], "Table Grid")
        t.add_card(path, r)
        a(path, "email_address", r.email, r)
        if r.health:
            a(path, "sensitive", r.health, r)
        a(path, "person_name", e.name(), e)
        a(path, "phone_number", e.mobile, e)
        d.add_paragraph("同行者")
        rows = [("氏名", "生年月日", "続柄")]
        for m in b.members[1:]:
            rows.append((m.name(), f"{m.born:%Y/%m/%d}", "家族" if m.last == r.last else "友人"))
            a(path, "person_name", m.name(), m)
            a(path, "date_of_birth", m.born.isoformat(), m)
        label_table(d, rows, "Table Grid", cols=3)
        d.add_paragraph(CONDITIONS)
        d.add_paragraph(f"お問い合わせ：{c.name} TEL {c.tel}")
        a(path, "phone_number", c.tel, None, True)
        t.share.save(path, d, core=False)  # python-docx's template dates kept


def _zen(text: object) -> str:
    return str(text).translate(FULL_WIDTH)


def handover(t: TravelAgency) -> None:
    """引継ぎメモ: a Hawaii representative (full-width 受付番号, 和暦, phones and address), the
    first four travellers with a health note, a 台北 card problem, the conductor's mobile (‐)
    and 登録番号, the bus company's dispatcher (neutral)."""
    path = "メモ/引継ぎメモ_令和8年6月.txt"
    a = t.add
    b1, b2 = t.bookings[2], t.bookings[16]
    r1, r2, e1, writer, conductor = b1.rep, b2.rep, b1.emergency, t.staff[1], t.staff[2]
    sick = [m for b in t.bookings for m in b.members if m.health][:4]
    lines = [f"引継ぎメモ（{_zen(wareki(date(2026, 6, 20)))}　記入：{writer.last}）", "",
             f"１．ＨＷ２６－０７１２　{r1.name()}様（受付番号{_zen(b1.receipt)}）",
             f"　　ご本人 {_zen(wareki(r1.born))}生まれ。旅券の有効期限が{_zen(r1.expiry.year)}年"
             f"{_zen(r1.expiry.month)}月なので問題なし。",
             f"　　携帯：{t.memo_phone(r1.mobile)}　緊急時は{e1.rel}の{e1.name()}様 "
             f"{t.memo_phone(e1.mobile)} へ。"]
    home = r1.addr.memo(t.rng.choice(HYPHENS))
    lines += [f"　　ご自宅：{home}", ""]
    a(path, "person_name", writer.last, writer, True)
    a(path, "person_name", r1.name(), r1)
    a(path, "date_of_birth", r1.born.isoformat(), r1)
    a(path, "phone_number", r1.mobile, r1)
    a(path, "person_name", e1.name(), e1)
    a(path, "phone_number", e1.mobile, e1)
    # (gen.py typed the address again for its truth, a hyphen drawn anew: where the two draws
    # differ, the truth's value has another hyphen than the memo; its ー and － made "-")
    again = r1.addr.memo(t.rng.choice(HYPHENS))
    a(path, "address", again, r1, normal=squeeze(again).replace("ー", "-"))
    lines.append("２．健康面で配慮が必要なお客様（現地ホテル・バス会社には必要最小限のみ伝えること）")
    for m in sick:
        done = "座席は通路側で手配済み" if m.health != "車椅子" else "空港で車椅子アシスト手配済み"
        lines.append(f"　　・{m.name()}様：{m.health}。{done}")
        a(path, "person_name", m.name(), m)
        a(path, "sensitive", m.health, m)
    hotel, bus = t.vendors[2], t.vendors[3]
    lines += [f"　　※阿寒湖温泉 湖畔荘はアレルギー対応メニューあり、車椅子貸出可（フロント "
              f"{hotel.tel}）", "",
              f"３．ＴＰ２６－０８０３　{r2.name()}様 申込日{wareki(b2.applied)}、"
              f"出発日{wareki(b2.tour.dep)}。",
              f"　　予約番号 {b2.number} の決済が未完了。カードの有効期限切れとのこと。"
              f"再決済のご案内を {r2.email} 宛に送付済み。",
              f"４．添乗員 {conductor.name()}（携帯 {phone(conductor.mobile, '‐')}）は"
              "７／１２〜７／１７ハワイ添乗。",
              f"　　{conductor.last}さんの旅程管理主任者証（登録番号{conductor.registration}）"
              "のコピーを保管のこと。",
              f"５．道東観光バス　配車担当 {bus.contact}様 {bus.tel}（会社代表）", ""]
    a(path, "phone_number", hotel.tel, None, True)
    a(path, "phone_number", bus.tel, None, True)
    a(path, "person_name", bus.contact, None, True)
    a(path, "person_name", r2.name(), r2)
    a(path, "email_address", r2.email, r2)
    a(path, "person_name", conductor.name(), conductor)
    a(path, "person_name", conductor.last, conductor, True)
    a(path, "phone_number", conductor.mobile, conductor)
    t.share.write(path, "\n".join(lines))


def itinerary(t: TravelAgency) -> None:
    """最終日程表 for the Hawaii tour: the conductor's mobile, every traveller by room."""
    path = "書類/最終日程表_HW26-0712.pdf"
    a, c = t.add, t.company
    conductor = t.staff[2]
    lines = ["最終日程表　ハワイ・オアフ島 6日間（HW26-0712）",
             "出発日：2026年7月12日　成田空港第2ターミナル 集合 17:30",
             f"添乗員：{conductor.name()}　携帯 {phone(conductor.mobile)}",
             f"ホテル：シェラトン・プリンセス・カイウラニ　TEL {HOTEL_TEL}", "",
             "ご参加者（お部屋割り）"]
    a(path, "person_name", conductor.name(), conductor)
    a(path, "phone_number", conductor.mobile, conductor)
    for b in t.hawaii:
        lines.append("　" + "、".join(m.name() + "様" for m in b.members))
        for m in b.members:
            a(path, "person_name", m.name(), m)
    lines += ["", f"{c.name}　{c.registration}　TEL {c.tel}"]
    a(path, "phone_number", c.tel, None, True)
    a(path, "phone_number", HOTEL_TEL, None, True)
    t.share.write(path, lines_pdf(lines, 10, 40, 16))
