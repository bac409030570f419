"""The travel agency's tables: the CP932 申込者台帳 (受付番号 passing the My Number check, 予約番号
passing Luhn; 出発日, 帰着日 and 旅券有効期限 beside the birth dates), the Hawaii tour's rooming
list (four sheets: romaji names, passports, health notes, the vendors), the staff's 年末調整
workbook (個人番号, licences, 旅程管理主任者 登録番号), the 緊急連絡先 list (UTF-8 with a BOM),
the vendors (TSV, 法人番号), the bank's 入金明細 (half-width kana), the cancellation refunds
(accounts) and a company's 手配旅行 依頼書 (its contact and ten employees)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from openpyxl.styles import Font

from .japanese import half_width_kana, wareki
from .share import csv_text, workbook
from .travel_agency_people import SENS, TOURS, TravelAgency, phone

LEDGER_HEAD = ["受付番号", "予約番号", "申込日", "ツアーコード", "ツアー名", "出発日", "帰着日",
               "区分", "氏名", "フリガナ", "ローマ字氏名(旅券)", "性別", "生年月日(和暦)",
               "生年月日", "年齢", "旅券番号", "旅券有効期限", "郵便番号", "住所", "自宅電話",
               "携帯電話", "メール"]
STAFF_HEAD = ["社員番号", "氏名", "フリガナ", "生年月日", "郵便番号", "住所", "携帯", "個人番号",
              "運転免許証番号", "旅程管理主任者 登録番号", "入社日"]
VENDOR_NOTES = ["アレルギー対応メニューあり", "車椅子貸出可", "禁煙ルームのみ", "送迎あり"]
BANKS = ["三井住友銀行", "みずほ銀行", "ゆうちょ銀行", "三菱UFJ銀行"]
BRANCHES = ["新宿支店", "本店営業部", "〇一八支店", "梅田支店"]
BUS_COMPANY = "ﾄﾞｳﾄｳｶﾝｺｳﾊﾞｽ(ｶ"  # a refund to the bus company: no one


def _postal(digits: str, mark: str = "") -> str:
    return f"{mark}{digits[:3]}-{digits[3:]}"


def _merged(ws: Any, groups: list[tuple[str, str]]) -> None:
    """Each text in the first cell of its merged range (a banner, a header group)."""
    for cells, text in groups:
        ws.merge_cells(cells)
        ws[cells.split(":")[0]] = text


def _sheet(wb: Any, title: str, banner: str, span: str) -> Any:
    """A further sheet, `banner` merged over `span`."""
    ws = wb.create_sheet(title)
    _merged(ws, [(span, banner)])
    return ws


def ledger(t: TravelAgency) -> None:
    """A row a traveller; a companion at the representative's address has 同上 and no phone."""
    path = "台帳/申込者台帳_2026.csv"
    R, a = t.rng, t.add
    rows = [LEDGER_HEAD]
    for b in t.bookings:
        tour = b.tour
        for j, m in enumerate(b.members):
            rep = j == 0
            same = m.addr is b.rep.addr and not rep
            row = [b.receipt, b.number, f"{b.applied:%Y/%m/%d}", tour.code, tour.name,
                   f"{tour.dep:%Y/%m/%d}", f"{tour.ret:%Y/%m/%d}", "代表者" if rep else "同行者",
                   m.name(), m.kana(), m.roman() if tour.intl else "",
                   "男" if m.sex == "M" else "女",
                   wareki(m.born), f"{m.born:%Y/%m/%d}", str(m.age(tour.dep)),
                   m.passport if tour.intl else "", f"{m.expiry:%Y/%m/%d}" if tour.intl else "",
                   "" if same else _postal(m.addr.postal), "同上" if same else m.addr.full(),
                   phone(m.home) if m.home and not same else "",
                   "" if m.child else phone(m.mobile, R.choice(["hy", "no"])),
                   "" if m.child or (not rep and R.random() < .5) else m.email]
            rows.append(row)
            a(path, "person_name", m.name(), m)
            a(path, "person_name", m.kana(), m)
            if tour.intl:
                a(path, "person_name", m.roman(), m)
                a(path, "passport_number", m.passport, m)
            a(path, "date_of_birth", m.born.isoformat(), m)
            if not same:
                a(path, "postal_code", m.addr.postal, m)
                a(path, "address", m.addr.full(), m)
                if m.home:
                    a(path, "phone_number", m.home, m)
            if row[20]:
                a(path, "phone_number", m.mobile, m)
            if row[21]:
                a(path, "email_address", m.email, m)
    t.share.write(path, csv_text(rows), "cp932")


def rooming(t: TravelAgency) -> None:
    """The Hawaii tour's rooming list: SURNAME/GIVEN TITLE by the kanji, the 出入国 list (the
    romaji surname and given name alone: neutral), health notes (取扱注意; the hotel's own
    barrier-free feature in the last row is no one's) and the vendors (contacts neutral)."""
    path = "ツアー/HW26-0712_ルーミングリスト.xlsx"
    a = t.add
    tour = TOURS[0]
    banner = f"{tour.name}（{tour.code}）ルーミングリスト　ホテル：{tour.hotel}"
    wb, ws = workbook("ルーミング", banner, "A1:H1")
    ws["A1"].font = Font(bold=True, size=14)
    _merged(ws, [("A2:B2", "客室"), ("C2:F2", "宿泊者"), ("G2:H2", "手配")])
    ws.append(["Room", "Type", "NAME (PASSPORT)", "氏名", "性別", "年齢", "予約番号", "備考"])
    for room, b in enumerate(t.hawaii, 1):
        kind = {1: "SGL", 2: "TWN", 3: "TRP", 4: "QUAD"}[len(b.members)]
        for j, m in enumerate(b.members):
            title = ("MSTR" if m.sex == "M" else "MISS") if m.child else (
                "MR" if m.sex == "M" else "MRS")
            cot = "ベビーベッド" if m.child and m.age() < 4 else ""
            ws.append([f"{room:03d}" if j == 0 else "", kind if j == 0 else "",
                       f"{m.roman('/')} {title}", m.name(), m.sex, m.age(tour.dep),
                       b.number if j == 0 else "", cot])
            a(path, "person_name", m.roman("/"), m)
            a(path, "person_name", m.name(), m)
    ws = _sheet(wb, "参加者名簿", "参加者名簿（出入国用）", "A1:G1")
    ws.append(["No.", "SURNAME", "GIVEN NAME", "性別", "生年月日", "旅券番号", "旅券有効期限"])
    for k, m in enumerate((m for b in t.hawaii for m in b.members), 1):
        ws.append([k, m.last_roman.upper(), m.first_roman.upper(), m.sex, m.born, m.passport,
                   m.expiry])
        ws.cell(row=ws.max_row, column=5).number_format = "yyyy/mm/dd"
        ws.cell(row=ws.max_row, column=7).number_format = "yyyy/mm/dd"
        a(path, "date_of_birth", m.born.isoformat(), m)
        a(path, "passport_number", m.passport, m)
        a(path, "person_name", m.first_roman.upper(), m, True)
        a(path, "person_name", m.last_roman.upper(), m, True)
    ws = _sheet(wb, "食事・健康", "食事・健康に関する特記事項（取扱注意）", "A1:D1")
    ws.append(["氏名", "食事", "健康状態・配慮事項", "現地連絡"])
    for m in (m for b in t.hawaii for m in b.members if m.health):
        ws.append([m.name(), "機内食変更済" if "アレルギー" in m.health else "",
                   f"{m.health}のため配慮をお願いします", "添乗員へ共有済"])
        a(path, "sensitive", m.health, m)
    ws.append(["（ホテル情報）", "アレルギー対応メニューあり",
               "車椅子貸出可・バリアフリールームあり", ""])  # (the hotel's: no one's)
    ws = wb.create_sheet("手配先")
    ws.append(["区分", "名称", "電話", "担当"])
    for v in t.vendors[:3] + t.vendors[5:]:
        ws.append([v.kind, v.name, v.tel, v.contact])
        a(path, "phone_number", v.tel, None, True)
        a(path, "person_name", v.contact, None, True)
    t.share.save(path, wb)


def year_end(t: TravelAgency) -> None:
    """令和7年分 年末調整: the staff's 個人番号, licences and 登録番号 (the My Number check's
    look-alike), their dependants' 個人番号 in fours, and the tours they led."""
    path = "社内/添乗員_年末調整2025.xlsx"
    a = t.add
    wb, ws = workbook("社員情報", "令和7年分 年末調整 基礎資料（添乗員・社員）　※取扱注意", "A1:K1")
    _merged(ws, [("A2:C2", "基本"), ("D2:G2", "連絡先"), ("H2:K2", "番号・資格")])
    ws.append(STAFF_HEAD)
    for s in t.staff:
        ws.append([s.empno, s.name(), s.kana(), wareki(s.born), _postal(s.addr.postal, "〒"),
                   s.addr.full(kanji=True), phone(s.mobile), s.mynum, s.lic, s.registration,
                   f"{s.hired:%Y/%m/%d}"])
        t.add_card(path, s)
        a(path, "my_number", s.mynum, s)
        if s.lic:
            a(path, "drivers_license_number", s.lic, s)
    ws = _sheet(wb, "扶養控除", "扶養親族（源泉控除対象配偶者・控除対象扶養親族）", "A1:F1")
    ws.append(["社員氏名", "扶養親族氏名", "続柄", "生年月日", "個人番号", "同居"])
    for s in t.staff:
        for d in s.dependants:
            n = d.mynum
            ws.append([s.name(), d.name(), d.rel, f"{d.born:%Y/%m/%d}",
                       f"{n[:4]} {n[4:8]} {n[8:]}", "同居"])
            a(path, "person_name", d.name(), d)
            a(path, "date_of_birth", d.born.isoformat(), d)
            a(path, "my_number", n, d)
    ws = wb.create_sheet("添乗実績")
    ws.append(["社員番号", "氏名", "ツアーコード", "出発日", "帰着日", "添乗日当"])
    for s in t.staff[:4]:
        for tour in TOURS:
            ws.append([s.empno, s.name(), tour.code, tour.dep, tour.ret, 18000])
    t.share.save(path, wb)


def emergency(t: TravelAgency) -> None:
    """緊急連絡先一覧 (UTF-8 with a BOM): the representative (全角-spaced) and the contact."""
    path = "台帳/緊急連絡先一覧.csv"
    R, a = t.rng, t.add
    rows = [["予約番号", "参加代表者", "緊急連絡先氏名", "続柄", "電話番号", "備考"]]
    for b in t.bookings:
        e, r = b.emergency, b.rep
        rows.append([b.number, r.name("　"), e.name(), e.rel,
                     phone(e.mobile, R.choice(["hy", "no", "paren"])),
                     "日中は勤務先" if R.random() < 0.2 else ""])
        a(path, "person_name", r.name(), r)
        a(path, "person_name", e.name(), e)
        a(path, "phone_number", e.mobile, e)
    t.share.write(path, "\ufeff" + csv_text(rows, end="\n"))


def vendors(t: TravelAgency) -> None:
    """手配先一覧 (TSV): hotels, buses and the land operator (法人番号; phones, addresses and
    contacts neutral), then the agency itself."""
    path = "手配/手配先一覧.tsv"
    R, a, c = t.rng, t.add, t.company
    rows = [["区分", "手配先", "法人番号", "電話", "住所", "担当者", "特記事項"]]
    for v in t.vendors:
        rows.append([v.kind, v.name, v.corporate, v.tel, v.addr, v.contact + " 様",
                     R.choice(VENDOR_NOTES)])
        a(path, "corporate_number", v.corporate)
        a(path, "phone_number", v.tel, None, True)
        a(path, "address", v.addr, None, True)
        a(path, "person_name", v.contact, None, True)
    rows.append(["自社", c.name, c.corporate, c.tel, c.addr, "", c.registration])
    a(path, "corporate_number", c.corporate)
    a(path, "phone_number", c.tel, None, True)
    a(path, "address", c.addr, None, True)
    t.share.write(path, csv_text(rows, "\t", "\n"))


def deposits(t: TravelAgency) -> None:
    """入金明細 (the bank's CP932 export): payers in half-width kana, the bus company's refund."""
    path = "経理/入金明細_202606.csv"
    R, a = t.rng, t.add
    rows = [["取引日", "取引番号", "摘要", "振込依頼人名", "入金額", "残高"]]
    balance = 3_500_000
    for b in t.bookings:
        if R.random() < 0.45:
            amount = b.price * len(b.members)
            balance += amount
            payer = a(path, "person_name", half_width_kana(b.rep.kana()), b.rep)
            rows.append([f"{b.applied:%Y%m%d}", str(R.randint(10 ** 11, 10 ** 12 - 1)), "振込",
                         payer, str(amount), str(balance)])
    rows.append(["20260630", str(R.randint(10 ** 11, 10 ** 12 - 1)), "振込", BUS_COMPANY,
                 "-158000", str(balance - 158000)])
    a(path, "person_name", BUS_COMPANY, None, True)
    t.share.write(path, csv_text(rows), "cp932")


def refunds(t: TravelAgency) -> None:
    """取消返金一覧: five cancellations' refund accounts."""
    path = "経理/取消返金一覧.csv"
    R, a = t.rng, t.add
    rows = [["予約番号", "お客様名", "取消日", "取消料", "返金額", "金融機関", "支店", "種別",
             "口座番号", "口座名義"]]
    for b in R.sample(t.bookings, 5):
        r = b.rep
        account = f"{R.randint(0, 9999999):07d}"
        rows.append([b.number, r.name(), f"{b.applied + timedelta(days=10):%Y/%m/%d}", 20000,
                     b.price - 20000, R.choice(BANKS), R.choice(BRANCHES), "普通", account,
                     half_width_kana(r.kana())])
        a(path, "person_name", r.name(), r)
        a(path, "person_name", half_width_kana(r.kana()), r)
        a(path, "bank_account", account, r)
    t.share.write(path, csv_text(rows, end="\n"))


def arrangement(t: TravelAgency) -> None:
    """手配旅行 依頼書: a client company (法人番号; its name and switchboard neutral), its
    contact and ten employees (the 見積番号 passes the My Number check)."""
    path = "手配旅行/手配依頼書_社員旅行.xlsx"
    R, a = t.rng, t.add
    wb, ws = workbook("手配依頼書", "手配旅行 依頼書", "A1:D1")
    client = t.faker.company()
    corporate = t.corporate()
    contact = t.person()
    contact.office_tel = f"03{R.randint(10000000, 99999999)}"
    form = [("依頼会社", client), ("法人番号", corporate),
            ("ご担当者", contact.name() + "（総務部）"),
            ("ご担当者 携帯", phone(contact.mobile)), ("E-mail", contact.email),
            ("会社代表電話", phone(contact.office_tel)), ("行先", "箱根・熱海 1泊2日"),
            ("出発日", "2026年10月16日"), ("人数", "12名"), ("見積番号", t.my_number()),
            ("旅行業登録番号", t.company.registration)]
    for row in form:
        ws.append(row)
    a(path, "corporate_number", corporate)
    a(path, "person_name", client, None, True)
    a(path, "person_name", contact.name(), contact)
    a(path, "phone_number", contact.mobile, contact)
    a(path, "email_address", contact.email, contact)
    a(path, "phone_number", contact.office_tel, None, True)
    ws = wb.create_sheet("参加者")
    ws.append(["No", "氏名", "カナ", "性別", "生年月日", "部署", "食事制限・配慮"])
    for k in range(1, 11):
        e = t.person()
        sens = R.choice(SENS) if R.random() < 0.2 else ""
        ws.append([k, e.name(), e.kana(), "男" if e.sex == "M" else "女", wareki(e.born),
                   R.choice(["営業部", "総務部", "製造部"]), sens])
        a(path, "person_name", e.name(), e)
        a(path, "person_name", e.kana(), e)
        a(path, "date_of_birth", e.born.isoformat(), e)
        if sens:
            a(path, "sensitive", sens, e)
    t.share.save(path, wb)
