"""The hall's registers: the CP932 成約者一覧, four couples' 招待客リスト (.xlsx: a title row,
merged 新郎側/新婦側 rows, a 席次表 sheet and the couple's label | value sheet), the 内金・入金
book (cards, refund accounts, ご祝儀), the staff's 年末調整 book (個人番号, dependants), the
vendors' CSV (UTF-8 with BOM), the dress bookings (.tsv) and one couple's プロフィールシート.

Hard negatives: the 管理番号 and 決済取引ID pass the My Number check and Luhn; the planner as
担当, kana readings, a vendor contact's company mail and the hall's numbers are neutral.
"""

from __future__ import annotations

from datetime import timedelta

from openpyxl.styles import Font

from .identifiers import luhn_number
from .share import csv_text, workbook
from .wedding_hall_people import (
    HALL_ADDR,
    HALL_CO,
    HALL_TEL,
    Couple,
    Hall,
    hiragana,
    wareki,
)

TABLES = ["松", "竹", "梅", "桜", "楓", "菊"]
BANKS = [("みずほ銀行", "0001"), ("三菱UFJ銀行", "0005"), ("三井住友銀行", "0009"),
         ("りそな銀行", "0010"), ("横浜銀行", "0138"), ("ゆうちょ銀行", "9900")]
POSTS = ["プランナー"] * 4 + ["調理", "営業", "総務", "支配人"]


def contracts(h: Hall) -> None:
    """成約者一覧: the sixteen couples, each with a 管理番号 passing the My Number check."""
    rng, path = h.rng, "顧客管理/成約者一覧_2026年度.csv"
    rows = [["成約番号", "管理番号", "新郎氏名", "新郎フリガナ", "新郎生年月日", "新婦氏名",
             "新婦フリガナ", "新婦生年月日", "郵便番号", "住所", "新郎携帯", "新婦携帯",
             "メールアドレス", "挙式日", "予定人数", "担当プランナー", "成約日"]]
    for c in h.couples:
        g, b = c.g, c.b
        ctrl = h.my_number()
        ad = g.address()
        who = g if rng.random() < 0.5 else b
        signed = c.date - timedelta(days=rng.randint(120, 300))
        rows.append([c.no, ctrl, g.name(" "), g.kana(), g.born.strftime("%Y/%m/%d"), b.name("　"),
                     b.kana(), b.born.strftime("%Y/%m/%d"), g.zip, ad, h.phone(g.tel, 1),
                     h.phone(b.tel, 1), who.mail, c.date.strftime("%Y/%m/%d"), c.n,
                     c.planner.full, signed.strftime("%Y/%m/%d")])
        for p in (g, b):
            h.named(path, p)
            h.t(path, "person_name", p.kana(), p, True)
            h.t(path, "date_of_birth", p.born.isoformat(), p)
            h.t(path, "phone_number", p.tel, p)
        h.t(path, "postal_code", g.zip, g)
        h.t(path, "address", ad, g)
        h.t(path, "email_address", who.mail, who)
        h.named(path, c.planner, neutral=True)
    h.share.write(path, csv_text(rows), "cp932")


def _guest_rows(h: Hall, c: Couple, ws, path: str) -> None:
    """The guests a side under a merged 【新郎側】 row, each at a table drawn."""
    row, k = 4, 1
    for side in ("新郎側", "新婦側"):
        ws.cell(row=row, column=1, value=f"【{side}】")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=9)
        row += 1
        for gp in [x for x in c.guests if x.side == side]:
            gp.table = h.rng.choice(TABLES)
            kana = hiragana(gp.last_kana + gp.first_kana)
            addr = h.addr_var(gp)
            vals = [k, h.sp(gp), "様", kana, gp.rel, gp.table, gp.zip, addr, gp.allergy]
            for col, v in enumerate(vals, 1):
                ws.cell(row=row, column=col, value=v)
            h.named(path, gp)
            h.t(path, "person_name", kana, gp, True)
            h.t(path, "postal_code", gp.zip, gp)
            h.t(path, "address", addr, gp)
            if gp.allergy:
                h.t(path, "sensitive", gp.allergy, gp, "アレルギー" not in gp.allergy)
            row += 1
            k += 1


def guest_lists(h: Hall) -> None:
    """Four couples' guest lists, seating plans and the couple's own details."""
    for c in h.couples[:4]:
        g, b = c.g, c.b
        path = f"招待客リスト/招待客リスト_{g.last}家・{b.last}家.xlsx"
        title = (f"{g.last}家・{b.last}家 ご結婚披露宴 招待客リスト"
                 f"（挙式日 {c.date.strftime('%Y年%m月%d日')}）")
        wb, ws = workbook("招待客一覧", title, "A1:I1")
        ws["A1"].font = Font(bold=True, size=14)
        ws.append([])
        ws.append(["No", "お名前", "敬称", "ふりがな", "ご関係", "卓名", "郵便番号", "ご住所",
                   "お料理・備考"])
        _guest_rows(h, c, ws, path)
        ws2 = wb.create_sheet("席次表")
        ws2["A1"] = "席次表（案）"
        ws2.merge_cells("A1:D1")
        ws2.append(["卓名", "席1", "席2", "席3"])
        for t in TABLES:
            names = [x for x in c.guests if x.table == t]
            if not names:
                continue
            ws2.append([t + "卓"] + [f"{x.full} 様" for x in names[:3]])
            for x in names[:3]:
                h.named(path, x)
            for x in names[3:]:
                ws2.append(["", f"{x.full} 様"])
                h.named(path, x)
        ws3 = wb.create_sheet("お二人の情報")
        ws3["A1"] = "お二人の情報"
        rows = [("新郎 お名前", g.name("　")), ("新郎 生年月日", wareki(g.born)),
                ("新婦 お名前", b.name("　")), ("新婦 生年月日", wareki(b.born)),
                ("新居ご住所", b.address()), ("連絡先（新婦）", h.phone(b.tel, 1)),
                ("挙式日", c.date.strftime("%Y/%m/%d")), ("担当", c.planner.full)]
        _label_cells(ws3, rows)
        for p in (g, b):
            h.named(path, p)
            h.t(path, "date_of_birth", p.born.isoformat(), p)
        h.t(path, "address", b.address(), b)
        h.t(path, "phone_number", b.tel, b)
        h.named(path, c.planner, neutral=True)
        wb.properties.creator = c.planner.full
        h.save(path, wb)


def _label_cells(ws, rows: list[tuple[str, str]], first: int = 3) -> None:
    """label | value in columns A and B from row `first` down."""
    for i, (label, value) in enumerate(rows, first):
        ws.cell(row=i, column=1, value=label)
        ws.cell(row=i, column=2, value=value)


def payments(h: Hall) -> None:
    """内金 paid by card (number, expiry, CVV; a 決済取引ID passing Luhn), refund accounts and
    the ご祝儀 handed to three mothers."""
    rng, path = h.rng, "経理/内金・入金管理_2026.xlsx"
    wb, ws = workbook("内金入金", "内金・入金管理表（2026年度）", "A1:J1")
    ws.append(["成約番号", "ご契約者", "入金日", "種別", "金額", "決済方法", "カード番号",
               "有効期限", "セキュリティコード", "決済取引ID"])
    for c in h.couples[:10]:
        p = rng.choice([c.g, c.b])
        cn = h.card()
        exp = f"{rng.randint(1, 12):02d}/{rng.randint(27, 31)}"
        cvv = str(rng.randint(100, 999)) if len(cn) == 16 else str(rng.randint(1000, 9999))
        txid = luhn_number(rng, "9", 16)
        day = "2026/01/" + f"{rng.randint(5, 28):02d}"
        ws.append([c.no, p.full + " 様", day, "内金", 300000, "クレジット", h.card_text(cn), exp,
                   cvv, txid])
        h.named(path, p)
        h.t(path, "credit_card_number", cn, p)
        h.t(path, "card_expiry", exp, p)
        h.t(path, "card_security_code", cvv, p)
    ws2 = wb.create_sheet("返金口座")
    ws2["A1"] = "キャンセル・返金先口座"
    ws2.merge_cells("A1:G1")
    ws2.append(["成約番号", "口座名義（カナ）", "銀行名", "銀行コード", "支店名", "種別",
                "口座番号"])
    for c in h.couples[10:14]:
        p = c.b
        bank, code = rng.choice(BANKS)
        acct = f"{rng.randint(0, 9999999):07d}"
        branch = h.faker.city().replace("市", "").replace("区", "")[:3] + "支店"
        ws2.append([c.no, p.kana(), bank, code, branch, "普通", acct])
        h.t(path, "person_name", p.last_kana + p.first_kana, p, True)
        h.t(path, "bank_account", acct, p)
    ws3 = wb.create_sheet("ご祝儀お預かり")
    ws3["A1"] = "ご祝儀お預かり記録（当日受付）"
    ws3.merge_cells("A1:E1")
    ws3.append(["挙式日", "成約番号", "お預かり金額", "受付担当", "お渡し先（ご親族）"])
    for c in h.couples[:3]:
        m = c.mother
        ws3.append([c.date.strftime("%Y/%m/%d"), c.no, f"¥{rng.randint(20, 60) * 100000:,}",
                    h.staff[5].full, f"{m.full}様（新婦母）"])
        h.named(path, m)
        h.named(path, h.staff[5], neutral=True)
    h.save(path, wb)


def staff_book(h: Hall) -> None:
    """令和7年分 年末調整: the staff (個人番号, one in two spaced 4 4 4), their dependants and
    the company's 法人番号."""
    rng, path = h.rng, "総務/従業員名簿_年末調整2025.xlsx"
    wb, ws = workbook("従業員", "令和7年分 年末調整 従業員情報（取扱注意）", "A1:J1")
    ws.append(["社員番号", "氏名", "フリガナ", "生年月日", "個人番号", "郵便番号", "住所",
               "電話番号", "所属", "備考"])
    for i, s in enumerate(h.staff):
        mn = s.mynum if i % 2 else f"{s.mynum[:4]} {s.mynum[4:8]} {s.mynum[8:]}"
        born = wareki(s.born, rng.randint(0, 2))
        addr = h.addr_var(s)
        note = rng.choice(["", "", "障害者控除対象（身体障害者手帳3級）", "寡婦"])
        ws.append([s.empno, s.name("　"), s.kana(), born, mn, s.zip, addr, h.phone(s.tel, 1),
                   POSTS[i], note])
        h.named(path, s)
        h.t(path, "person_name", s.last_kana + s.first_kana, s, True)
        h.t(path, "date_of_birth", s.born.isoformat(), s)
        h.t(path, "my_number", s.mynum, s)
        h.t(path, "postal_code", s.zip, s)
        h.t(path, "address", addr, s)
        h.t(path, "phone_number", s.tel, s)
        if "障害" in note:
            h.t(path, "sensitive", "身体障害者手帳3級", s)
    ws2 = wb.create_sheet("扶養親族")
    ws2["A1"] = "扶養控除等（異動）申告書 控"
    ws2.merge_cells("A1:F1")
    ws2.append(["社員番号", "従業員氏名", "扶養親族氏名", "続柄", "生年月日", "個人番号"])
    for s, d in h.dependents:
        ws2.append([s.empno, s.full, d.name(" "), d.rel, d.born.strftime("%Y/%m/%d"), d.mynum])
        h.named(path, s)
        h.named(path, d)
        h.t(path, "date_of_birth", d.born.isoformat(), d)
        h.t(path, "my_number", d.mynum, d)
    ws3 = wb.create_sheet("会社情報")
    _label_cells(ws3, [("法人名", HALL_CO), ("法人番号", h.corp), ("所在地", HALL_ADDR),
                       ("電話", HALL_TEL)], 1)
    h.t(path, "corporate_number", h.corp, None, True)
    h.t(path, "phone_number", HALL_TEL, None, True)
    h.save(path, wb)


def vendors(h: Hall) -> None:
    """協力業者連絡先: the four vendors, their 法人番号 and phone (neutral), the contact's
    mobile (expected) and company mail (neutral)."""
    path = "取引先/協力業者連絡先.csv"
    rows = [["業種", "会社名", "法人番号", "代表電話", "担当者", "担当者携帯", "メール", "備考"]]
    for v in h.vendors:
        tel = v.cotel[:4] + "-" + v.cotel[4:6] + "-" + v.cotel[6:]
        rows.append([v.kind, v.company, v.corp, tel, v.name(" "), h.phone(v.tel, 1), v.mail,
                     "支払：月末締め翌月末"])
        h.t(path, "corporate_number", v.corp, None, True)
        h.t(path, "phone_number", v.cotel, None, True)
        h.named(path, v)
        h.t(path, "phone_number", v.tel, v)
        h.t(path, "email_address", v.mail, v, True)
    h.share.write(path, csv_text(rows, end="\n"), "utf-8-sig")


def dresses(h: Hall) -> None:
    """衣装予約: six brides' fittings, height and size, mobile."""
    rng, path = h.rng, "衣装/衣装予約_2026.tsv"
    rows = ["予約ID\t成約番号\t着用者\t身長\tサイズ\tドレス品番\t試着日\t連絡先"]
    for c in h.couples[8:14]:
        b = c.b
        rows.append(f"D{rng.randint(1000, 9999)}\t{c.no}\t{b.full}\t{rng.randint(150, 172)}\t"
                    f"{rng.choice(['7号', '9号', '11号'])}\tWD-{rng.randint(100, 999)}\t"
                    f"{(c.date - timedelta(days=90)).isoformat()}\t{h.phone(b.tel, 0)}")
        h.named(path, b)
        h.t(path, "phone_number", b.tel, b)
    h.share.write(path, "\n".join(rows) + "\n")


def profile(h: Hall) -> None:
    """One couple's プロフィールシート: names, hiragana readings, 和暦 birth dates, origin."""
    c = h.couples[11]
    g, b = c.g, c.b
    path = f"打合せ記録/プロフィールシート_{c.no}.xlsx"
    wb, ws = workbook("プロフィール", "プロフィール紹介用シート", "A1:B1")
    rows = []
    for label, p in (("新郎", g), ("新婦", b)):
        rows += [(f"{label} お名前", p.name("　")), ("ふりがな", hiragana(p.kana())),
                 ("生年月日", wareki(p.born)), ("出身", p.pref)]
    _label_cells(ws, [*rows, ("なれそめ", "同じ会社の同期として出会い、5年の交際を経て結婚。")])
    for p in (g, b):
        h.named(path, p)
        h.t(path, "person_name", hiragana(p.last_kana + p.first_kana), p, True)
        h.t(path, "date_of_birth", p.born.isoformat(), p)
    h.save(path, wb)
