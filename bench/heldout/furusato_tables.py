"""The desk's tables: the portal's two half-year donor exports (CP932), the typed one-stop
applications (a TSV and January's CSV: My Numbers, licences), the reception ledger workbook (a
form's sheet, the companies' sheet, the recipients' sheet) and the gift master (the makers'
phones, no one's).
"""

from __future__ import annotations

from datetime import date

from .furusato_people import GIFTS, LEDGER, STAMP, TOWN_NAME, Furusato, Person, era
from .identifiers import digits
from .japanese import FULL_WIDTH
from .share import csv_text, sign, workbook


def _portal(h: Furusato, path: str, people: list[Person], start: int) -> None:
    """gen.py's portal_csv(): one or two donations a donor, applied from month `start` on."""
    rng = h.rng
    rows: list[list] = [["寄附番号", "寄附者氏名", "フリガナ", "郵便番号", "住所", "電話番号",
                         "メールアドレス", "寄附金額", "返礼品", "返礼品コード", "申込日",
                         "ワンストップ希望"]]
    for p in people:
        for _ in range(2 if rng.random() < 0.15 else 1):
            g = rng.choice(GIFTS)
            tel = p.land if (p.land and rng.random() < 0.5) else p.mobile
            row = [h.donation_no(), h.name(p), p.kana(), p.addr.zip_dashed,
                   h.addr(p.addr, rng.choice([0, 1])), h.phone(tel, rng.choice([0, 0, 1])),
                   p.email, str(h.amount()), g, h.gcode[g],
                   h.day(start, start + 5).strftime("%Y/%m/%d"), rng.choice(["有", "無"])]
            rows.append(row)
            h.facts(path, [("person_name", row[1]), ("postal_code", row[3]),
                           ("address", row[4]), ("phone_number", row[5]),
                           ("email_address", row[6])], p)
    h.share.write(path, csv_text(rows), "cp932")


def portal_first(h: Furusato) -> None:
    """01_ポータル/寄附者エクスポート_R6上期.csv: the first 45 donors and three spouses."""
    _portal(h, "01_ポータル/寄附者エクスポート_R6上期.csv", h.donors[:45] + h.spouses[:3], 4)


def portal_second(h: Furusato) -> None:
    """01_ポータル/寄附者エクスポート_R6下期.csv: the 36th to 70th donors and three spouses."""
    _portal(h, "01_ポータル/寄附者エクスポート_R6下期.csv", h.donors[35:70] + h.spouses[3:], 7)


def onestop_tsv(h: Furusato) -> None:
    """02_ワンストップ/申請書入力_R6.tsv: 30 donors' and two spouses' applications typed from
    the scans (My Numbers, a licence for most drivers)."""
    rng, path = h.rng, "02_ワンストップ/申請書入力_R6.tsv"
    lines = ["受付番号\t申請日\t氏名\tフリガナ\t性別\t生年月日\t個人番号\t住所\t電話\t"
             "本人確認書類\t書類番号\t備考"]
    for p in h.donors[:30] + h.spouses[:2]:
        dob = era(p.born, rng.choice([0, 1, 2]))
        myn = p.my if rng.random() < 0.6 else f"{p.my[:4]} {p.my[4:8]} {p.my[8:]}"
        licensed = bool(p.lic) and rng.random() < 0.75
        lines.append("\t".join([h.lookalike("06"), era(h.day(), rng.choice([0, 2])),
                                p.name("\u3000"), p.kana(), "男" if p.sex == "M" else "女", dob,
                                myn, p.addr.text(1), h.phone(p.mobile, rng.choice([0, 2])),
                                "運転免許証" if licensed else "マイナンバーカード",
                                p.lic if licensed else "",
                                rng.choice(["", "", "押印なし", "再送付"])]))
        h.facts(path, [("person_name", p.full), ("date_of_birth", p.born.isoformat()),
                       ("my_number", p.my), ("address", p.addr.text(1)),
                       ("phone_number", p.mobile)], p)
        if licensed:
            h.rec(path, "drivers_license_number", p.lic, p)
    h.share.write(path, "\n".join(lines) + "\n")


def onestop_csv(h: Furusato) -> None:
    """02_ワンストップ/申請書入力_追加分_1月.csv: January's 15 applications (UTF-8 with BOM),
    My Numbers full-width, hyphenated or bare."""
    rng, path = h.rng, "02_ワンストップ/申請書入力_追加分_1月.csv"
    rows: list[list] = [["No", "氏名", "生年月日", "個人番号", "〒", "住所", "TEL", "申請日",
                         "確認書類"]]
    for i, p in enumerate(h.donors[60:75]):
        myn = (p.my.translate(FULL_WIDTH) if i % 3 == 0
               else f"{p.my[:4]}-{p.my[4:8]}-{p.my[8:]}" if i % 3 == 1 else p.my)
        dob = era(p.born, 1) if i % 2 else f"{p.born.year}/{p.born.month}/{p.born.day}"
        ad = h.addr(p.addr, 3, bool(i % 2))
        rows.append([i + 1, p.name(" "), dob, myn, "〒" + p.addr.zip_dashed, ad,
                     h.phone(p.tel, 2), era(date(2025, 1, rng.randint(5, 10)), 2),
                     "通知カード+運転免許証" if p.lic else "個人番号カード"])
        h.facts(path, [("person_name", p.full), ("date_of_birth", p.born.isoformat()),
                       ("my_number", p.my), ("postal_code", p.addr.zip), ("address", ad),
                       ("phone_number", p.tel)], p)
    h.share.write(path, csv_text(rows, end="\n"), "utf-8-sig")


def ledger(h: Furusato) -> None:
    """03_台帳/受付台帳_R6.xlsx: 40 donors and four spouses by month received (the staff in
    charge by surname), the sixth donor's application form, the companies' offers and where
    ten recipients' gifts go."""
    rng, path = h.rng, LEDGER
    wb, ws = workbook("受付一覧", "令和6年度 ふるさと納税 受付台帳（北山町 企画課）", "A1:H1",
                      bold=True, size=14)
    ws.append([])
    ws.append(["受付番号", "受付日", "氏名", "住所", "電話", "金額", "返礼品", "担当"])
    by_month: dict[int, list[Person]] = {}
    for p in sorted(h.donors[:40] + h.spouses[:4], key=lambda p: p.id):
        by_month.setdefault(rng.randint(4, 9), []).append(p)
    for m in sorted(by_month):
        ws.append([f"■ {m}月受付分"])
        ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=8)
        for p in by_month[m]:
            st = rng.choice(h.town_staff)
            ad = h.addr(p.addr, rng.choice([0, 1]), rng.random() < 0.6)
            ws.append([h.lookalike("7"), date(2024, m, rng.randint(1, 28)), p.name(" "), ad,
                       h.phone(p.tel, 0), h.amount(), rng.choice(GIFTS), st.last])
            h.facts(path, [("person_name", p.full), ("address", ad),
                           ("phone_number", p.tel)], p)
            h.rec(path, "person_name", st.last, None, True)
    p, clerk = h.donors[5], h.town_staff[0].last
    ws2 = wb.create_sheet("申請書_個票")
    ws2["A1"] = "寄附金税額控除に係る申告特例申請書（入力控）"
    ws2.merge_cells("A1:B1")
    form = [("申請日", era(date(2024, 12, 2))), ("住所", p.addr.text(1)),
            ("電話番号", h.phone(p.mobile, 0)), ("フリガナ", p.kana()),
            ("氏名", p.name("\u3000")), ("個人番号", p.my),
            ("性別", "男" if p.sex == "M" else "女"), ("生年月日", era(p.born)),
            ("寄附日", era(date(2024, 11, 20))), ("寄附金額", "30,000円"),
            ("本人確認書類", "運転免許証" if p.lic else "マイナンバーカード"),
            ("免許証番号", p.lic or "（カード両面写し添付）"), ("入力者", clerk)]
    for row in form:
        ws2.append(list(row))
    h.facts(path, [("person_name", p.full), ("address", p.addr.text(1)),
                   ("phone_number", p.mobile), ("my_number", p.my),
                   ("date_of_birth", p.born.isoformat())], p)
    if p.lic:
        h.rec(path, "drivers_license_number", p.lic, p)
    h.rec(path, "person_name", clerk, None, True)
    ws3 = wb.create_sheet("企業版")
    ws3.append(["企業版ふるさと納税 寄附申出一覧"])
    ws3.append(["法人名", "法人番号", "所在地", "担当者", "電話", "メール", "寄附額", "事業"])
    for c in h.contacts:
        corp = c.corp
        ws3.append([corp["name"], corp["num"], corp["addr"], c.name(" "),
                    h.phone(corp["tel"], 0), c.work, 1000000 * rng.randint(1, 5),
                    "北山町まち・ひと・しごと創生推進計画"])
        h.rec(path, "corporate_number", corp["num"])
        h.neutral(path, [("person_name", c.full), ("phone_number", corp["tel"])])
        h.rec(path, "email_address", c.work, c, True)
        h.rec(path, "address", corp["addr"], None, True)
    ws4 = wb.create_sheet("送付先指定")
    ws4.append(["寄附者", "送付先氏名", "続柄", "送付先住所", "送付先電話"])
    for g in h.recipients[:10]:
        ws4.append([g.of.full, g.full + " 様", g.rel, g.addr.text(), h.phone(g.tel, 0)])
        h.rec(path, "person_name", g.of.full, g.of)
        h.facts(path, [("person_name", g.full), ("address", g.addr.text()),
                       ("phone_number", g.tel)], g)
    sign(wb, TOWN_NAME, TOWN_NAME, STAMP)
    h.share.save(path, wb)


def gift_master(h: Furusato) -> None:
    """01_ポータル/返礼品マスタ.csv: the gifts, their Luhn-valid codes and makers' phones."""
    rng, path = h.rng, "01_ポータル/返礼品マスタ.csv"
    rows: list[list] = [["返礼品コード", "品名", "寄附額", "事業者", "事業者電話"]]
    for g in GIFTS:
        tel = "0574" + digits(rng, 6)
        rows.append([h.gcode[g], g, h.amount(),
                     rng.choice(["北山精肉店", "(有)清流加工", "東白川製茶組合", "山の木工房"]),
                     h.phone(tel, 0)])
        h.rec(path, "phone_number", tel, None, True)
    h.share.write(path, csv_text(rows), "cp932")
