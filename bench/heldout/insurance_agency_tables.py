"""The insurance agency's tables: the CP932 顧客台帳 export (契約者, 被保険者 and 受取人 with
their 続柄, 証券番号, cars; corporate customers' rows with 法人番号 and their contact), the 全銀
口座振替 file (half-width kana 預金者名), the 満期案内 workbook (three sheets, merged headings),
the 募集人名簿 with each 募集人's 扶養控除申告書 sheet (個人番号, licence, a spouse), the 保障設計
family TSV and the card payment CSV (会員番号 passing Luhn)."""

from __future__ import annotations

from datetime import timedelta

from .identifiers import brand_card, card_groups
from .insurance_agency_people import INSURERS, Agency
from .japanese import bank_kana, wareki
from .share import csv_text, workbook

LEDGER_HEAD = ["顧客番号", "区分", "契約者氏名", "契約者カナ", "生年月日", "性別", "郵便番号",
               "住所1", "住所2", "自宅TEL", "携帯TEL", "メール", "保険会社", "種目", "証券番号",
               "保険始期", "保険満期", "被保険者氏名", "被保険者続柄", "被保険者生年月日",
               "受取人氏名", "受取人続柄", "車名", "登録番号(ナンバー)", "車台番号", "法人番号",
               "担当募集人"]
TRANSFER_HEAD = ["ﾚｺｰﾄﾞ区分", "銀行ｺｰﾄﾞ", "支店ｺｰﾄﾞ", "預金種目", "口座番号", "預金者名", "引落金額",
                 "顧客番号", "新規ｺｰﾄﾞ"]
DUE_LINES = {"自動車": ["自動車"], "火災": ["火災"], "生命・傷害": ["生命", "傷害"]}
QUALIFICATIONS = ["損保一般", "損保一般・生保", "損保大学課程"]
CARD_HEAD = ["受付日", "会員番号", "契約者名", "カード番号", "有効期限", "セキュリティコード",
             "証券番号", "連絡先"]


def ledger(a: Agency) -> None:
    """The first forty customers (被保険者 a family member for 生命 with a family, 受取人 for
    生命 and 傷害) and the four corporate customers, shuffled; 住所1 + 住所2 is the address."""
    path = "01_顧客管理/顧客台帳_export_20240531.csv"
    R, add = a.rng, a.add
    rows = []
    for c in a.customers[:40]:
        insured = c if (c.line != "生命" or not c.family) else c.family[0][1]
        beneficiary = c.family[0] if (c.line in ("生命", "傷害") and c.family) else None
        staff = R.choice(a.staff)
        other = insured is not c
        car = c.car
        rows.append([c.cno, "個人", c.name(), c.kana(), f"{c.born:%Y/%m/%d}",
                     "男" if c.sex == "M" else "女", c.addr.postal, c.addr.full(bld=False),
                     c.addr.bld, c.home or "", c.mobile, c.email or "", c.insurer.name, c.line,
                     c.policy, f"{c.start:%Y/%m/%d}", f"{c.end:%Y/%m/%d}",
                     insured.name() if other else "", c.family[0][0] if other else "本人",
                     f"{insured.born:%Y/%m/%d}" if other else "",
                     beneficiary[1].name() if beneficiary else "",
                     beneficiary[0] if beneficiary else "", car.model if car else "",
                     car.plate if car else "", car.vin if car else "", "", staff.name()])
        add(path, "person_name", c.name(), c)
        add(path, "person_name", c.kana(), c)
        add(path, "date_of_birth", c.born.isoformat(), c)
        add(path, "postal_code", c.addr.postal, c)
        add(path, "address", c.addr.full(bld=False) + c.addr.bld, c)
        if c.home:
            add(path, "phone_number", c.home, c)
        add(path, "phone_number", c.mobile, c)
        if c.email:
            add(path, "email_address", c.email, c)
        if other:
            add(path, "person_name", insured.name(), insured)
            add(path, "date_of_birth", insured.born.isoformat(), insured)
        if beneficiary:
            add(path, "person_name", beneficiary[1].name(), beneficiary[1])
        add(path, "person_name", staff.name(), staff)
    for k in a.corps:
        r = k.rep
        rows.append([k.cno, "法人", k.name, "", "", "", r.addr.postal, r.addr.full(bld=False), "",
                     k.tel, "", "", INSURERS[1].name, "火災", k.policy, "2024/04/01", "2025/04/01",
                     r.name(), "従業員(担当者)", "", "", "", "", "", "", k.corp, a.staff[0].name()])
        add(path, "person_name", k.name, None, True)
        add(path, "corporate_number", k.corp, None)
        add(path, "phone_number", k.tel, None, True)
        add(path, "address", r.addr.full(bld=False), None, True)
        add(path, "postal_code", r.addr.postal, None, True)
        add(path, "person_name", r.name(), r)
    R.shuffle(rows)
    a.share.write(path, csv_text([LEDGER_HEAD, *rows]), "cp932")
    add(path, "person_name", a.staff[0].name(), a.staff[0])


def transfer(a: Agency) -> None:
    """June's 口座振替 request: thirty customers' accounts and 預金者名 in bank kana."""
    path = "03_集金/口座振替依頼_202406_全銀.csv"
    R, add = a.rng, a.add
    rows = [TRANSFER_HEAD]
    for c in a.customers[:30]:
        holder = bank_kana(c.last_kana) + " " + bank_kana(c.first_kana)
        rows.append(["2", c.bank.code, c.bank.branch, "1" if c.bank.kind == "普通" else "2",
                     c.bank.number, holder, R.choice([3520, 4870, 6210, 12400, 8930]), c.cno, "0"])
        add(path, "bank_account", c.bank.number, c)
        add(path, "person_name", holder, c)
    rows.append(["8", "", "", "", "", "", "", "", ""])
    a.share.write(path, csv_text(rows), "cp932")


def due_list(a: Agency) -> None:
    """満期案内 送付先: a sheet a 種目, three customers in four, the phone as typed."""
    path = "02_満期管理/満期案内送付リスト_2024下期.xlsx"
    R, add = a.rng, a.add
    wb = None
    for line, lines in DUE_LINES.items():
        heading = f"{line} 満期案内 送付先一覧（2024年10月〜2025年3月）"
        if wb is None:
            wb, ws = workbook(f"{line}満期", heading, "A1:H1")
        else:
            ws = wb.create_sheet(f"{line}満期")
            ws.merge_cells("A1:H1")
            ws["A1"] = heading
        for span, label in (("A2:C2", "お客様"), ("D2:F2", "送付先"), ("G2:H2", "契約")):
            ws.merge_cells(span)
            ws[span[:2]] = label
        ws.append(["氏名", "フリガナ", "様", "〒", "住所", "電話", "満期日", "証券番号"])
        for c in a.customers:
            if c.line not in lines or R.random() < 0.25:
                continue
            addr = c.addr.full(pref=R.random() < 0.5)
            tel = a.typed(c.home or c.mobile)
            ws.append([c.name(""), c.kana(), "様", "〒" + c.addr.postal, addr, tel, c.end,
                       c.policy])
            add(path, "person_name", c.name(""), c)
            add(path, "person_name", c.kana(), c)
            add(path, "postal_code", c.addr.postal, c)
            add(path, "address", addr, c)
            add(path, "phone_number", tel, c)
        ws.column_dimensions["E"].width = 40
    a.share.save(path, wb)


def staff_register(a: Agency) -> None:
    """募集人一覧 (登録番号 passing the My Number check; work mail neutral), then a label | value
    扶養控除等申告書 sheet each: 個人番号, licence, salary account, the spouse's 個人番号."""
    path = "05_総務/募集人名簿_年末調整2023.xlsx"
    R, add = a.rng, a.add
    wb, ws = workbook("募集人一覧")
    ws.append(["No", "氏名", "フリガナ", "募集人登録番号", "入社日", "資格", "社用メール", "内線"])
    for i, s in enumerate(a.staff, 1):
        ws.append([i, s.name(), s.kana(), s.reg_no, f"{s.hired:%Y/%m/%d}", R.choice(QUALIFICATIONS),
                   s.work_email, f"{200 + i}"])
        add(path, "person_name", s.name(), s)
        add(path, "person_name", s.kana(), s)
        add(path, "email_address", s.work_email, s, True)
    for s in a.staff:
        sheet = wb.create_sheet(f"扶養控除_{s.last}")
        sheet.merge_cells("A1:D1")
        sheet["A1"] = "給与所得者の扶養控除等（異動）申告書"
        for row in [("氏名", s.name()), ("フリガナ", s.kana()), ("生年月日", wareki(s.born)),
                    ("個人番号", s.my_number), ("住所", f"〒{s.addr.postal} {s.addr.full()}"),
                    ("電話", s.mobile), ("運転免許証番号", s.licence),
                    ("給与振込口座", f"三井住友銀行 {s.addr.city}支店 普通 {s.salary_account}"),
                    ("入社日", wareki(s.hired))]:
            sheet.append(row)
        for category, value in [("person_name", s.name()), ("date_of_birth", s.born.isoformat()),
                                ("my_number", s.my_number), ("address", s.addr.full()),
                                ("postal_code", s.addr.postal), ("phone_number", s.mobile),
                                ("drivers_license_number", s.licence),
                                ("bank_account", s.salary_account)]:
            add(path, category, value, s)
        for rel, f in s.family:
            sheet.append(["控除対象配偶者", f.name(), "続柄", rel])
            sheet.append(["配偶者生年月日", wareki(f.born)])
            sheet.append(["配偶者個人番号", f.my_number])
            add(path, "person_name", f.name(), f)
            add(path, "date_of_birth", f.born.isoformat(), f)
            add(path, "my_number", f.my_number, f)
    a.share.save(path, wb)


def family_tsv(a: Agency) -> None:
    """保障設計: fourteen households with a family, the 契約者 then each member."""
    path = "04_新契約/保障設計_家族構成.tsv"
    R, add = a.rng, a.add
    out = ["顧客番号\t世帯主\t続柄\t氏名\tかな\t生年月日\t職業\t備考"]
    for c in [x for x in a.customers if x.family][:14]:
        out.append(f"{c.cno}\t{c.name()}\t本人\t{c.name()}\t{c.kana()}\t{c.born.isoformat()}\t会社員\t")
        add(path, "person_name", c.name(), c)
        add(path, "person_name", c.kana(), c)
        add(path, "date_of_birth", c.born.isoformat(), c)
        for rel, f in c.family:
            note = R.choice(["", "", "学資保険検討", "扶養内パート"])
            out.append(f"{c.cno}\t{c.name()}\t{rel}\t{f.name()}\t{f.kana()}\t{f.born.isoformat()}"
                       f"\t{'学生' if rel == '子' else 'パート'}\t{note}")
            add(path, "person_name", f.name(), f)
            add(path, "person_name", f.kana(), f)
            add(path, "date_of_birth", f.born.isoformat(), f)
    a.share.write(path, "\n".join(out) + "\n")


def cards(a: Agency) -> None:
    """カード払い申込: the last eight customers, a brand each in turn (every brand's number drawn
    for each row, as gen.py), spaced in fours every other row; CVV, expiry."""
    path = "03_集金/カード払い申込_2024.csv"
    R, add = a.rng, a.add
    rows = [CARD_HEAD]
    for i, c in enumerate(a.customers[40:48]):
        brand = i % 4
        card = [brand_card(R, b) for b in ("visa", "master", "jcb", "amex")][brand]
        shown = card if i % 2 else card_groups(card, " ")  # (even rows: 16 digits)
        expiry = f"{R.randint(1, 12):02d}/{R.randint(26, 30)}"
        cvv = f"{R.randint(0, 9999):04d}" if brand == 3 else f"{R.randint(0, 999):03d}"
        member = a.luhn("6", 16)  # 会員番号 (passes Luhn: a hard negative)
        rows.append([(c.start - timedelta(days=10)).isoformat(), member, c.name(), shown, expiry,
                     cvv, c.policy, c.mobile])
        add(path, "person_name", c.name(), c)
        add(path, "credit_card_number", card, c)
        add(path, "card_expiry", expiry, c)
        add(path, "card_security_code", cvv, c)
        add(path, "phone_number", c.mobile, c)
    a.share.write(path, csv_text(rows, end="\n"))
