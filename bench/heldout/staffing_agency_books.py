"""The staffing agency's health and money books: the 健康診断 results (conditions, a 就業配慮
sheet), the 振込口座マスタ with half-width-kana holders, the 全銀 総合振込 file, the 法人カード
管理表 with Luhn-valid 伝票番号 and the 派遣先企業一覧 with 法人番号."""

from __future__ import annotations

from datetime import date

from .japanese import bank_kana, half_width_kana
from .share import csv_text, workbook
from .staffing_agency_people import Agency, grp

DISEASES = ["糖尿病", "高血圧症", "気管支喘息", "うつ病", "脂質異常症", "痛風", "B型肝炎",
            "てんかん", "心房細動", "適応障害"]
CARE = {"精神障害者保健福祉手帳2級 所持": "精神障害者保健福祉手帳",
        "身体障害者手帳4級（聴覚）": "身体障害者手帳", "人工透析 週3回": "人工透析",
        "躁うつ病にて通院中": "躁うつ病", "HIV陽性": "HIV"}
SHOPS = ["JR東日本", "東横イン", "Amazon.co.jp", "ヨドバシカメラ", "タイムズカー"]


def health_checks(s: Agency) -> None:
    """定期健康診断結果一覧: 24 assigned staff, half with a 既往歴 (sensitive); a sheet of five
    with 就業配慮 (a 障害者手帳, 透析, 躁うつ病, HIV) and the 産業医's surname (neutral)."""
    R = s.rng
    path = "人事/健康診断/2024年度_定期健康診断結果一覧.xlsx"
    wb, ws = workbook("結果一覧", "2024年度 定期健康診断 結果一覧（派遣スタッフ・社員）", "A1:J1")
    ws["E2"] = "測定値"
    ws.merge_cells("E2:G2")
    ws.append(["社員番号", "氏名", "生年月日", "受診日", "身長", "体重", "血圧", "既往歴", "判定",
               "所見・指導"])
    checked = R.sample(s.assigned, 24)
    for p in checked:
        condition = R.choice(DISEASES) if R.random() < .5 else "なし"
        judge = R.choice(["A 異常なし", "B 軽度異常", "C 要経過観察", "D 要精密検査"])
        finding = R.choice(["", "特記事項なし", "体重管理を指導", "血糖値高値 再検査を推奨",
                            "肝機能数値やや高値"])
        ws.append([p.sid, p.name(" "), p.born.strftime("%Y/%m/%d"),
                   s.between(date(2024, 5, 1), date(2024, 7, 31)).strftime("%Y/%m/%d"),
                   round(R.uniform(150, 185), 1), round(R.uniform(42, 95), 1),
                   f"{R.randint(100, 160)}/{R.randint(60, 100)}", condition, judge, finding])
        s.add(path, "person_name", p.name(" "), p)
        s.add(path, "date_of_birth", p.born, p)
        if condition != "なし":
            s.add(path, "sensitive", condition, p)
    ws = wb.create_sheet("要再検査・就業配慮")
    ws.append(["氏名", "区分", "内容", "就業上の措置", "産業医"])
    for p in checked[:5]:
        item = R.choice(list(CARE))
        doctor = s.faker.last_name()
        ws.append([p.name(" "), "就業配慮", item, R.choice(["残業禁止", "夜勤不可", "配慮不要"]),
                   "産業医 " + doctor])
        s.add(path, "sensitive", CARE[item], p)
        s.add(path, "person_name", doctor, neutral=True)
    s.share.save(path, wb)


def bank_master(s: Agency) -> None:
    """振込口座マスタ (CP932): the assigned staff's accounts, holders in half-width kana."""
    path = "経理/給与/振込口座マスタ.csv"
    rows = [["スタッフID", "氏名", "銀行コード", "銀行名", "支店コード", "支店名", "預金種目",
             "口座番号", "口座名義（ｶﾅ）"]]
    for p in s.assigned:
        b = p.bank
        holder = half_width_kana(p.kana().replace("・", " "))
        nm = p.name() if p.foreign else p.name("")
        rows.append([p.sid, nm, b.code, b.name, b.brcode, b.br + "支店", b.type, b.acct, holder])
        s.add(path, "person_name", nm, p)
        s.add(path, "person_name", holder, p)
        s.add(path, "bank_account", b.acct, p)
    s.share.write(path, csv_text(rows), "cp932")


def transfer_file(s: Agency) -> None:
    """FB_給与振込 (CP932, CRLF): a 全銀 総合振込 file of 120-character records, the holders in
    bank kana cut at 30."""
    R = s.rng
    path = "経理/給与/FB_給与振込_20241025.txt"
    lines = ["1210" + "1234567890" + half_width_kana("カ)アクシスキャリア").ljust(40) + "1025"
             + "0005" + "ﾐﾂﾋﾞｼﾕ-ｴﾌｼﾞｴｲ".ljust(15) + "123" + "ｼﾝｼﾞﾕｸ".ljust(15) + "1" + "0123456"
             + " " * 17]
    total = 0
    for p in s.assigned:
        b = p.bank
        holder = bank_kana(p.kana().replace("・", " "))
        amount = R.randint(150000, 380000)
        total += amount
        lines.append("2" + b.code + b.kana[:15].ljust(15) + b.brcode + b.brk[:15].ljust(15)
                     + "    " + ("1" if b.type == "普通" else "2") + b.acct + holder[:30].ljust(30)
                     + f"{amount:010d}" + "0" + " " * 29)
        s.add(path, "person_name", holder[:30].rstrip(), p)
        s.add(path, "bank_account", b.acct, p)
    lines.append("8" + f"{len(s.assigned):06d}" + f"{total:012d}" + " " * 101)
    lines.append("9" + " " * 119)
    s.share.write(path, "\r\n".join(lines) + "\r\n", "cp932")


def corporate_cards(s: Agency) -> None:
    """法人カード管理表: four employees' cards (kept for the expense mail), shown in groups; a
    month's 利用明細 with Luhn-valid 伝票番号 and the users' surnames (neutral)."""
    R = s.rng
    path = "経理/法人カード管理表.xlsx"
    wb, ws = workbook("カード一覧")
    ws.append(["使用者", "部署", "カード種別", "カード番号", "有効期限", "利用限度額", "貸与日"])
    for e in s.emp[:4]:
        brands = [("VISA", "4", 16), ("Mastercard", str(R.randint(51, 55)), 16),
                  ("JCB", str(R.randint(3528, 3589)), 16), ("AMEX", R.choice(["34", "37"]), 15)]
        brand, prefix, length = R.choice(brands)
        number = s.luhn(prefix, length)
        expiry = f"{R.randint(1, 12):02d}/{R.randint(26, 30)}"
        s.cards[e.id] = (brand, number, expiry)
        shown = grp(number, (4, 6, 5) if length == 15 else (4, 4, 4, 4), R.choice([" ", "-"]))
        ws.append([e.name(" "), e.dept, brand, shown, expiry, "500,000",
                   s.between(date(2022, 4, 1), date(2024, 4, 1)).strftime("%Y/%m/%d")])
        s.add(path, "person_name", e.name(" "), e)
        s.add(path, "credit_card_number", number, e)
        s.add(path, "card_expiry", expiry, e)
    ws = wb.create_sheet("利用明細_9月")
    ws.append(["伝票番号", "利用日", "使用者", "利用先", "金額", "承認番号"])
    for _ in range(10):
        e = R.choice(s.emp[:4])
        ws.append([s.luhn("8"), s.between(date(2024, 9, 1), date(2024, 9, 30)).strftime("%Y/%m/%d"),
                   e.last, R.choice(SHOPS), R.randint(1200, 48000), f"{R.randint(0, 999999):06d}"])
        s.add(path, "person_name", e.last, e, neutral=True)
    s.share.save(path, wb)


def clients(s: Agency) -> None:
    """派遣先企業一覧 (CP932): a row a contact; the company, its address and phones neutral but its
    法人番号; a 請求書番号 passing the 法人番号 check."""
    path = "営業/派遣先企業一覧.csv"
    rows = [["取引先コード", "企業名", "法人番号", "所在地", "代表電話", "担当者", "担当者部署",
             "担当者TEL", "担当者メール", "請求書番号(直近)", "契約開始日"]]
    for cl in s.clients:
        for c in cl.contacts:
            ad = cl.addr.full(bld=False)
            invoice = s.corporate_number()
            rows.append([cl.code, cl.name, cl.corp, ad, cl.phone, c.name(" "), c.role_title, c.tel,
                         c.wmail, invoice,
                         s.between(date(2019, 4, 1), date(2024, 4, 1)).strftime("%Y/%m/%d")])
            s.add(path, "corporate_number", cl.corp, cl)
            s.add(path, "address", ad, neutral=True)
            s.add(path, "phone_number", cl.phone, neutral=True)
            s.add(path, "person_name", cl.name, neutral=True)
            s.add(path, "person_name", c.name(" "), c)
            s.add(path, "phone_number", c.tel, c, neutral=True)
            s.add(path, "email_address", c.wmail, c)
    s.share.write(path, csv_text(rows), "cp932")
