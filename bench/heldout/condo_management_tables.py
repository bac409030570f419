"""The management company's tables: the CP932 区分所有者名簿 of each building, the 全銀 口座振替
file, the 滞納者一覧 and 駐車場契約者一覧 workbooks (契約番号 passing the My Number check, some
licences), the 駐輪場 lists (kana alone, UTF-8 with a BOM), the 居住者届 forms (families, care
needs, emergency contacts), the 避難行動要支援者名簿, the staff's 職員台帳 and the portal's
contact export (TSV)."""

from __future__ import annotations

from datetime import date

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from .condo_management_people import COMPANY_ADDR, Condo, care_term
from .identifiers import licence_number
from .japanese import bank_kana, wareki, wareki_short
from .share import csv_text, padded, workbook

ROSTER_HEAD = ["物件コード", "部屋番号", "所有者氏名", "フリガナ", "居住区分", "所有者住所",
               "所有者連絡先", "入居者氏名", "入居者連絡先", "緊急連絡先", "緊急連絡先電話",
               "入居日", "備考"]
ZENGIN_TAIL = (padded("ﾐﾅﾄｼﾞﾕｳﾀｸｶﾝﾘ(ｶ", 40) + "1027" + "0005" + padded("ﾐﾂﾋﾞｼﾕ-ｴﾌｼﾞｴｲ", 15)
               + "041" + padded("ｼﾊﾞｳﾗ", 15) + "1" + "1234567" + " " * 17)  # after 委託者コード
PARKING_HEAD = ["区画番号", "契約番号", "部屋番号", "契約者氏名", "電話番号", "車種", "登録番号",
                "運転免許証番号", "契約日"]
PLATE_PLACES = ["品川", "川崎", "横浜", "大宮", "練馬"]
CARS = ["トヨタ プリウス", "ホンダ N-BOX", "日産 セレナ", "マツダ CX-5"]
STAFF_HEAD = ["社員番号", "氏名", "フリガナ", "生年月日", "郵便番号", "住所", "電話番号", "担当",
              "個人番号", "基礎年金番号", "入社日"]
ARREARS_HEAD = ["部屋番号", "区分所有者", "連絡先", "管理費", "修繕積立金", "合計", "滞納月数",
                "督促経過"]
EVACUATION_HEAD = ["物件", "部屋番号", "氏名", "生年月日", "支援区分", "状態", "連絡先",
                   "支援者（近隣）"]


def rosters(h: Condo) -> None:
    """区分所有者名簿: a unit a row, the owner's home where let (else 同上), the tenant and the
    emergency contact, phones in one drawn style a row."""
    R, a = h.rng, h.add
    for b in h.buildings:
        path = f"01_名簿/{b.code}_{b.name}_区分所有者名簿.csv"
        rows = [ROSTER_HEAD]
        for rm in b.rooms:
            o, t, ec = rm.owner, rm.tenant, rm.ec
            style = R.choice(["hy", "hy", "none", "paren"])
            home = "同上"
            if rm.rented:
                home = f"〒{o.postal} {o.addr}"
                a(path, "address", o.addr, o)
                a(path, "postal_code", o.postal, o)
            moved = date(R.randint(2000, 2024), R.randint(1, 12), R.randint(1, 28))
            note = ""
            if rm.rented and R.random() < 0.3:
                note = "賃貸仲介：" + R.choice(["エイブル", "ミニミニ", "アパマンショップ"])
            rows.append([b.code, rm.room, o.name(" "), o.kana(), "賃貸" if rm.rented else "居住",
                         home, h.typed(o.phone, style), t.name(" ") if t else "",
                         h.typed(t.phone, style) if t else "",
                         f"{ec.name()}（{ec.rel}）" if ec else "",
                         h.typed(ec.phone, style) if ec else "", f"{moved:%Y/%m/%d}", note])
            for who in (o, t, ec):
                if who:
                    a(path, "person_name", who.name(), who)
                    if who is o:
                        a(path, "person_name", o.kana(), o)
                    a(path, "phone_number", who.phone, who)
        h.share.write(path, csv_text(rows), "cp932")


def direct_debit(h: Condo) -> None:
    """口座振替 request (全銀 format, 120 bytes a record): each unit's owner, account and
    管理費等, the 委託者 the company's kana name."""
    path = "02_経理/口座振替/JIDOU_FURIKAE_R061027.txt"
    R, a = h.rng, h.add
    lines = ["1" + "91" + "0" + f"{R.randint(1000000000, 9999999999)}" + ZENGIN_TAIL]
    total = count = 0
    for b in h.buildings:
        for rm in b.rooms:
            o = rm.owner
            amount = R.choice([18500, 21300, 24800, 27600, 32100])
            total += amount
            count += 1
            kana = bank_kana(o.kana())
            customer = f"{b.code[1:]}{rm.room:0>4}".ljust(20, "0")
            lines.append("2" + rm.bank[0] + padded(rm.bank[1], 15) + rm.branch[0]
                         + padded(rm.branch[1], 15) + " " * 4 + "1" + rm.acct + padded(kana, 30)
                         + f"{amount:010d}" + "0" + customer + "0" + " " * 8)
            a(path, "person_name", kana, o)
            a(path, "bank_account", rm.acct, o)
    lines.append("8" + f"{count:06d}" + f"{total:012d}" + "000000" + "0" * 12 + "000000" + "0" * 12
                 + " " * 65)
    lines.append("9" + " " * 119)
    h.share.write(path, "".join(line + "\r\n" for line in lines), "cp932")


def arrears(h: Condo) -> None:
    """滞納者一覧: three units a building (their owners kept for the 議事録 and the 督促状), a
    family member named alone (neutral) where one took the call; a 集計 sheet with the 管理組合's
    phones (neutral)."""
    path = "02_経理/滞納者一覧_令和6年9月末.xlsx"
    R, a = h.rng, h.add
    wb = Workbook()
    wb.remove(wb.active)
    for b in h.buildings:
        ws = wb.create_sheet(b.name[:20])
        ws.merge_cells("A1:H1")
        ws["A1"] = f"{b.name}管理組合　管理費等滞納者一覧（令和6年9月末現在）　物件コード{b.code}"
        ws["A1"].font = Font(bold=True)
        ws.merge_cells("D2:F2")
        ws["D2"] = "滞納額（円）"
        ws.append(ARREARS_HEAD)
        for rm in R.sample(b.rooms, 3):
            o = rm.owner
            months = R.randint(2, 14)
            fee, fund = 12000 * months, 9800 * months
            history = f"R6.{R.randint(4, 8)}.{R.randint(1, 28)} 督促状送付。"
            if rm.family:
                kin = rm.family[0]
                history += f"電話にて{kin.first}様（{kin.rel}）に伝言。"
                a(path, "person_name", kin.first, kin, True)
            if rm.rented:
                history += "外部居住（賃貸中）、賃借人には連絡しないこと。"
            ws.append([rm.room, h.name(o), h.typed(o.phone, R.choice(["hy", "none"])), fee, fund,
                       fee + fund, months, history])
            a(path, "person_name", o.name(), o)
            a(path, "phone_number", o.phone, o)
            h.delinquent.append(rm)
    ws = wb.create_sheet("集計")
    ws.append(["物件コード", "物件名", "滞納戸数", "滞納総額", "竣工日", "管理組合連絡先"])
    for b in h.buildings:
        ws.append([b.code, b.name, 3, R.randint(200000, 900000), f"{b.built:%Y/%m/%d}", b.tel])
        a(path, "phone_number", b.tel, None, True)
    h.share.save(path, wb)


def parking(h: Condo) -> None:
    """駐車場契約者一覧: six occupants a building, 契約番号 passing the My Number check (a hard
    negative), a licence for some."""
    path = "03_駐車場/駐車場契約者一覧_2024.xlsx"
    R, a = h.rng, h.add
    wb = Workbook()
    wb.remove(wb.active)
    for b in h.buildings:
        ws = wb.create_sheet(b.code)
        ws.merge_cells("A1:I1")
        ws["A1"] = f"{b.name} 駐車場使用契約者一覧"
        ws.merge_cells("A2:B2")
        ws["A2"] = "区画情報"
        ws.merge_cells("C2:F2")
        ws["C2"] = "契約者情報"
        ws.append(PARKING_HEAD)
        for k, rm in enumerate(R.sample(b.rooms, 6)):
            c = rm.occupant
            contract = h.my_number()
            licence = (licence_number(R, R.choice(["30", "30", "45", "40", "46", "50"]),
                                      reissues=(0, 1, 2)) if R.random() < 0.6 else "")
            ws.append([f"P-{k + 1:02d}", contract, rm.room, c.name(R.choice(["", " "])),
                       h.typed(c.phone, R.choice(["hy", "none", "paren"])), R.choice(CARS),
                       f"{R.choice(PLATE_PLACES)} {R.randint(300, 599)} "
                       f"{R.choice('あさたなはまやらわ')} {R.randint(10, 99)}-{R.randint(10, 99)}",
                       licence, wareki(date(R.randint(2015, 2024), R.randint(1, 12), 1))])
            a(path, "person_name", c.name(), c)
            a(path, "phone_number", c.phone, c)
            if licence:
                a(path, "drivers_license_number", licence, c)
    h.share.save(path, wb)


def bicycles(h: Condo) -> None:
    """駐輪場登録 of the first two buildings: seven occupants each, in kana alone."""
    R, a = h.rng, h.add
    for b in h.buildings[:2]:
        path = f"03_駐車場/駐輪場登録_{b.code}.csv"
        rows = [["ステッカー番号", "部屋番号", "登録者(カナ)", "種別", "登録日", "備考"]]
        for rm in R.sample(b.rooms, 7):
            c = rm.occupant
            sticker = f"{b.code}-{R.randint(100, 999)}"
            rows.append([sticker, rm.room, c.kana(R.choice([" ", "　"])),
                         R.choice(["自転車", "自転車", "バイク(原付)", "電動アシスト"]),
                         f"{R.randint(2019, 2024)}-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}",
                         ""])
            a(path, "person_name", c.kana(), c)
        h.share.write(path, "\ufeff" + csv_text(rows, end="\n"))


def resident_forms(h: Condo) -> None:
    """居住者届 (label | value, the value merged over four columns): the household head, the
    family with care needs, an emergency contact (drawn here where the unit had none) at a home
    drawn here; the 勤務先 neutral."""
    R, a = h.rng, h.add
    for rm in h.forms:
        b, head = rm.bldg, rm.occupant
        path = f"05_届出/居住者届/{b.code}_{rm.room}_居住者届.xlsx"
        wb, ws = workbook("居住者届", "居　住　者　届", "A1:E1")
        ws["A1"].alignment = Alignment(horizontal="center")
        born = wareki(head.born) if R.choice([0, 1]) == 0 else f"{head.born:%Y年%m月%d日}"
        submitted = wareki(date(2024, R.randint(1, 10), R.randint(1, 28)))
        cell = h.typed(head.cell, R.choice(["hy", "none"]))
        company = h.faker.company()
        if company not in h.workplaces:
            h.workplaces.append(company)
        rows = [("提出日", submitted), ("物件名", b.name), ("部屋番号", rm.room),
                ("区分", "賃借人" if rm.rented else "区分所有者"),
                ("世帯主氏名", head.name("\u3000")), ("フリガナ", head.kana("\u3000")),
                ("生年月日", born), ("現住所", f"〒{b.postal} {b.addr} {b.name}{rm.room}号室"),
                ("電話番号（自宅）", ""), ("携帯電話", cell), ("メールアドレス", head.email),
                ("勤務先", h.workplaces[-1]),  # (gen.py's slip: one drawn again shows the last)
                ("入居日", wareki(date(R.randint(2010, 2024), R.randint(1, 12), 1)))]
        for i, (label, value) in enumerate(rows, start=3):
            ws.cell(i, 1, label)
            ws.merge_cells(start_row=i, start_column=2, end_row=i, end_column=5)
            ws.cell(i, 2, value)
        for category, value in [("person_name", head.name()), ("person_name", head.kana("")),
                                ("date_of_birth", head.born.isoformat()), ("address", rm.home()),
                                ("postal_code", b.postal), ("phone_number", head.cell),
                                ("email_address", head.email)]:
            a(path, category, value, head)
        top = 3 + len(rows) + 1
        ws.cell(top, 1, "同居家族")
        for col, label in enumerate(["氏名", "続柄", "生年月日", "避難時支援", "備考"], start=1):
            ws.cell(top + 1, col, label)
        for j, m in enumerate(rm.family):
            row = top + 2 + j
            ws.cell(row, 1, m.name(" "))
            ws.cell(row, 2, m.rel)
            ws.cell(row, 3, wareki(m.born) if R.choice([0, 0, 1]) == 0
                    else wareki_short(m.born, padded=False))
            ws.cell(row, 4, "要" if m.care else "否")
            ws.cell(row, 5, f"{m.care}・{m.state}" if m.care else "")
            a(path, "person_name", m.name(), m)
            a(path, "date_of_birth", m.born.isoformat(), m)
            if m.care:
                a(path, "sensitive", m.care, m)
                a(path, "sensitive", care_term(m.state), m)
        if rm.ec is None:
            rm.ec = h.person()
            rm.ec.rel, rm.ec.phone = "兄", rm.ec.mobile
        ec = rm.ec
        addr, postal = h.home_address()
        for i, (label, value) in enumerate([("緊急連絡先氏名", ec.name(" ")), ("続柄", ec.rel),
                                            ("緊急連絡先電話", ec.phone),
                                            ("緊急連絡先住所", f"〒{postal} {addr}")]):
            ws.cell(top + 3 + len(rm.family) + i, 1, label)
            ws.cell(top + 3 + len(rm.family) + i, 2, value)
        a(path, "person_name", ec.name(), ec)
        a(path, "phone_number", ec.phone, ec)
        a(path, "address", addr, ec)
        a(path, "postal_code", postal, ec)
        h.share.save(path, wb)


def evacuation(h: Condo) -> None:
    """避難行動要支援者名簿: the mothers needing care, a board member each as helper (drawn),
    and one more occupant of the third building (視覚障害)."""
    path = "06_防災/避難行動要支援者名簿_R6.csv"
    R, a = h.rng, h.add
    rows = [EVACUATION_HEAD]
    for rm in h.forms:
        for m in rm.family:
            if not m.care:
                continue
            head = rm.occupant
            helper = R.choice(rm.bldg.board)[1].owner
            rows.append([rm.bldg.name, rm.room, m.name(), wareki_short(m.born, padded=False),
                         m.care, m.state, head.phone, f"{helper.name()}（理事）"])
            a(path, "person_name", m.name(), m)
            a(path, "date_of_birth", m.born.isoformat(), m)
            a(path, "sensitive", m.care, m)
            a(path, "sensitive", care_term(m.state), m)
            a(path, "phone_number", head.phone, head)
            a(path, "person_name", helper.name(), helper)
    rm = h.buildings[2].rooms[R.randint(0, 5)]
    x = rm.occupant
    rows.append([rm.bldg.name, rm.room, x.name(" "), wareki(x.born), "要支援", "視覚障害（1級）",
                 h.typed(x.phone, "none"), "管理員"])
    a(path, "person_name", x.name(), x)
    a(path, "date_of_birth", x.born.isoformat(), x)
    a(path, "sensitive", "視覚障害", x)
    a(path, "phone_number", x.phone, x)
    h.share.write(path, csv_text(rows), "cp932")


def staff_register(h: Condo) -> None:
    """職員台帳: the staff with 個人番号 and 基礎年金番号, their salary accounts (half-width
    kana) and the company's details (neutral)."""
    path = "11_人事/職員台帳_2024.xlsx"
    a = h.add
    wb, ws = workbook("職員一覧", f"{h.company} 職員台帳（社外秘）", "A1:K1")
    for span, title in [("A2:D2", "基本情報"), ("E2:H2", "連絡先"), ("I2:K2", "社会保険等")]:
        ws.merge_cells(span)
        ws[span[:2]] = title
    ws.append(STAFF_HEAD)
    for s in h.staff:
        ws.append([s.emp, s.name(" "), s.kana(), f"{s.born:%Y/%m/%d}", s.postal, s.addr, s.tel,
                   s.role, s.my_number, s.pension, f"{s.hired:%Y/%m/%d}"])
        for category, value in [("person_name", s.name()), ("person_name", s.kana("")),
                                ("date_of_birth", s.born.isoformat()), ("postal_code", s.postal),
                                ("address", s.addr), ("phone_number", s.tel),
                                ("my_number", s.my_number), ("basic_pension_number", s.pension)]:
            a(path, category, value, s)
    ws = wb.create_sheet("給与振込口座")
    ws.append(["社員番号", "氏名", "金融機関", "支店", "種別", "口座番号", "口座名義(ｶﾅ)"])
    for s in h.staff:
        ws.append([s.emp, s.name(), s.bank[0], s.bank[1], "普通", s.bank[2], bank_kana(s.kana())])
        a(path, "bank_account", s.bank[2], s)
        a(path, "person_name", bank_kana(s.kana()), s)
    ws = wb.create_sheet("会社情報")
    for row in [["会社名", h.company], ["法人番号", h.corp], ["所在地", COMPANY_ADDR],
                ["代表電話", h.tel]]:
        ws.append(row)
    a(path, "corporate_number", h.corp, None, True)
    a(path, "address", COMPANY_ADDR, None, True)
    a(path, "phone_number", h.tel, None, True)
    h.share.save(path, wb)


def contact_export(h: Condo) -> None:
    """居住者連絡先_export.tsv: the portal's registered occupants (about half, drawn)."""
    path = "09_システム/居住者連絡先_export.tsv"
    R, a = h.rng, h.add
    rows = [["bldg", "room", "resident_name", "kana", "email", "tel", "type", "registered"]]
    for b in h.buildings:
        for rm in b.rooms:
            if R.random() >= 0.55:
                continue
            o = rm.occupant
            rows.append([b.code, rm.room, o.name(R.choice(["", " "])), o.kana(""), o.email,
                         o.phone.replace("-", ""), "tenant" if rm.rented else "owner",
                         f"2023-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}"])
            a(path, "person_name", o.name(), o)
            a(path, "person_name", o.kana(""), o)
            a(path, "email_address", o.email, o)
            a(path, "phone_number", o.phone, o)
    h.share.write(path, csv_text(rows, "\t", "\n"))
