"""The retailer's ledgers and workbooks: the customer ledger (CP932), the 口座振替 requests
(accounts, a label | value sheet), the safety inspections (merged area rows, dementia and care
levels in the notes), the staff roster (My Numbers, licences, emergency contacts), the
renovation quotes, the price list, October's payment reconciliation (invoice numbers passing
the My Number check) and the cylinder ledger (Luhn-valid lot numbers).
"""

from __future__ import annotations

import unicodedata
from datetime import date

from .identifiers import luhn_number
from .lp_gas_people import Propane, era
from .share import csv_text, workbook

BANKS = [("8365", "いわて中央農業協同組合"), ("0123", "岩手銀行"), ("0517", "北日本銀行"),
         ("0514", "東北銀行"), ("9900", "ゆうちょ銀行")]
NOTES = [("認知症", "認知症あり、長男立会い"), ("要介護2", "要介護2 デイサービス利用(火・金)"),
         ("要介護3", "要介護3 寝たきり、ヘルパー対応"), ("糖尿病", "糖尿病で通院中、在宅酸素なし"),
         ("認知症", "軽度の認知症。火の消し忘れ注意"),
         ("在宅酸素療法", "在宅酸素療法中 火気厳禁を説明"), ("要支援1", "要支援1")]


def ledger(h: Propane) -> None:
    """顧客管理/顧客台帳_export_20241101.csv (CP932): the first 80 customers, four in ten
    addresses without 岩手県."""
    rng, path = h.rng, "顧客管理/顧客台帳_export_20241101.csv"
    rows: list[list[object]] = [["顧客番号", "氏名", "フリガナ", "郵便番号", "住所", "電話番号",
                                 "携帯番号", "メーター番号", "供給開始日", "容器区分"]]
    for c in h.cust[:80]:
        shown = c.short if rng.random() < 0.4 else c.addr
        rows.append([c.cust, h.nm(c, rng.randint(1, 2)), c.kana(), c.zipped, shown,
                     h.tel(c.tel, 0) if c.tel else "", h.tel(c.mob, 0) if c.mob else "", c.meter,
                     c.start.strftime("%Y/%m/%d"), rng.choice(["50kg×2", "20kg×2", "バルク"])])
        h.rec(path, "person_name", c.full, c.id)
        h.kana(path, c)
        h.rec(path, "address", shown, c.id)
        h.rec(path, "postal_code", c.postal, c.id)
        if c.tel:
            h.rec(path, "phone_number", c.tel, c.id)
        if c.mob:
            h.rec(path, "phone_number", c.mob, c.id)
    h.share.write(path, csv_text(rows).replace("\u2212", "-"), "cp932")


def debit(h: Propane) -> None:
    """顧客管理/口座振替依頼書_受付分.xlsx: 34 customers' accounts, the first one's request as a
    form, the count by bank."""
    rng, path = h.rng, "顧客管理/口座振替依頼書_受付分.xlsx"
    wb, ws = workbook("振替口座一覧", "口座振替依頼書 受付一覧（2024年度）", "A1:H1",
                      bold=True, size=14)
    ws.append([])
    ws.append(["顧客番号", "契約者氏名", "金融機関コード", "金融機関名", "支店コード", "預金種目",
               "口座番号", "口座名義（カナ）"])
    kz = rng.sample(h.cust[:80], 34)
    for c in kz:
        b = rng.choice(BANKS)
        acct = f"{rng.randint(0, 9999999):07d}"
        h.acct[c.id] = (b, acct)
        ws.append([c.cust, h.nm(c, 2), b[0], b[1], f"{rng.randint(1, 400):03d}",
                   rng.choice(["普通", "普通", "当座"]), acct, c.kana()])
        h.rec(path, "person_name", c.full, c.id)
        h.kana(path, c)
        h.rec(path, "bank_account", acct, c.id)
    ws2 = wb.create_sheet("依頼書入力")
    c = kz[0]
    b, acct = h.acct[c.id]
    for row in [("口座振替依頼書（控）", ""), ("受付日", "令和6年10月15日"), ("お客様番号", c.cust),
                ("ご契約者名", c.name("\u3000") + " 様"), ("フリガナ", c.kana()),
                ("ご住所", f"〒{c.zipped} {c.addr}"), ("電話番号", h.tel(c.phone, 0)),
                ("金融機関", f"{b[1]}（{b[0]}）"), ("口座番号", acct), ("口座名義", c.kana())]:
        ws2.append(list(row))
    h.rec(path, "address", c.addr, c.id)
    h.rec(path, "postal_code", c.postal, c.id)
    h.rec(path, "phone_number", c.phone, c.id)
    ws3 = wb.create_sheet("集計")
    ws3.append(["金融機関", "件数"])
    for b in BANKS:
        ws3.append([b[1], sum(1 for v in h.acct.values() if v[0] == b)])
    h.save(path, wb)


def inspection(h: Propane) -> None:
    """保安/保安点検記録_2024年度.xlsx: 36 customers in three areas' merged rows, four in ten
    with a condition noted (the elderly the watch memo lists), and the inspectors."""
    rng, path = h.rng, "保安/保安点検記録_2024年度.xlsx"
    wb, ws = workbook("点検記録", f"液石法 保安点検（4年に1回）実施記録　保安機関認定番号 {h.hoan}",
                      "A1:H1")
    ws.append(["点検日", "顧客番号", "氏名", "住所", "点検員", "結果", "備考"])
    insp = h.cust[:80]
    rng.shuffle(insp)
    for area in ["一関地区", "奥州地区", "平泉・花泉地区"]:
        ws.append([f"■ {area}"])
        ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=7)
        for c in insp[:12]:
            s, note = rng.choice(h.staff[:5]), ""
            if rng.random() < 0.4:
                sx = rng.choice(NOTES)
                note = ("独居高齢者。" if rng.random() < 0.5 else "") + sx[1]
                h.rec(path, "sensitive", sx[0], c.id)
                h.elders.append((c, sx))
            elif rng.random() < 0.3:
                note = "独居。声かけ要"
            d = date(2024, rng.randint(4, 12), rng.randint(1, 28))
            ws.append([d, c.cust, h.nm(c), c.short, s.last,
                       rng.choice(["良", "良", "要改善(調整器交換)", "良"]), note])
            h.rec(path, "person_name", c.full, c.id)
            h.rec(path, "address", c.short, c.id)
            h.rec(path, "person_name", s.last, s.id, True)
        insp = insp[12:]
    ws2 = wb.create_sheet("点検員一覧")
    ws2.append(["点検員", "資格", "資格番号"])
    for s in h.staff[:5]:
        ws2.append([s.name(), "液化石油ガス設備士", f"第{rng.randint(10000, 99999)}号"])
        h.rec(path, "person_name", s.full, s.id)
    h.save(path, wb)


def roster(h: Propane) -> None:
    """総務/従業員名簿_2024.xlsx: the staff (My Numbers, licences) and an emergency contact each,
    then the delivery vehicles."""
    rng, path = h.rng, "総務/従業員名簿_2024.xlsx"
    wb, ws = workbook("名簿", "従業員名簿（取扱注意）", "A1:J1")
    ws.append(["社員番号", "氏名", "フリガナ", "生年月日", "住所", "電話", "個人番号",
               "運転免許証番号", "資格", "緊急連絡先"])
    for i, s in enumerate(h.staff):
        fam = h.relative(s, (25, 70))
        qual = rng.choice(["高圧ガス移動監視者", "液化石油ガス設備士", "第二種販売主任者",
                           "丙種化学（液石）", "―"])
        born = era(s.born, rng.choice([0, 3]))
        rel = rng.choice(["妻", "夫", "父", "母"])
        contact = f"{fam.full}（{rel}）{h.tel(fam.mob or fam.tel, 0)}"
        ws.append([f"E{i + 1:03d}", s.full, s.kana(""), born, s.addr, h.tel(s.mob or s.tel, 0),
                   s.mynum, s.lic, qual, contact])
        h.rec(path, "person_name", s.full, s.id)
        h.kana(path, s)
        h.rec(path, "date_of_birth", s.born.isoformat(), s.id)
        h.rec(path, "address", s.addr, s.id)
        h.rec(path, "phone_number", s.mob or s.tel, s.id)
        h.rec(path, "my_number", s.mynum, s.id)
        h.rec(path, "drivers_license_number", s.lic, s.id)
        h.rec(path, "person_name", fam.full, fam.id)
        h.rec(path, "phone_number", fam.mob or fam.tel, fam.id)
    ws2 = wb.create_sheet("車両・資格")
    ws2.append(["車両", "登録番号", "担当", "高圧ガス移動監視者 修了番号"])
    for s in h.staff[3:7]:
        ws2.append([rng.choice(["2tバルクローリー", "1.5t配送車"]),
                    f"岩手 400 さ {rng.randint(1000, 9999)}", s.last,
                    str(rng.randint(10**11, 10**12 - 1))])
        h.rec(path, "person_name", s.last, s.id, True)
    h.save(path, wb)


def quotes(h: Propane) -> None:
    """住設/リフォーム見積_2024.xlsx: the renovation and two web clients' quotes (Luhn-valid
    quote numbers), two as quote sheets."""
    rng, path = h.rng, "住設/リフォーム見積_2024.xlsx"
    wb, ws = workbook("案件一覧", "住宅設備 見積案件一覧")
    ws.append(["見積番号", "お客様", "現場住所", "連絡先", "メール", "内容", "金額"])
    for x in h.reform + h.web[:2]:
        q = luhn_number(rng, "2024", 12)
        ws.append([q, x.full + "様", x.short, h.tel(x.phone, 0), x.email,
                   rng.choice(["ユニットバス交換", "ガス給湯器交換", "システムキッチン"]),
                   rng.randint(150000, 1800000)])
        h.rec(path, "person_name", x.full, x.id)
        h.rec(path, "address", x.short, x.id)
        h.rec(path, "phone_number", x.phone, x.id)
        h.rec(path, "email_address", x.email or "", x.id)
    for x in h.reform[:2]:
        ws2 = wb.create_sheet("見積書_" + x.last)
        for row in [("御見積書", ""), ("お客様名", x.name() + " 様"), ("ご住所", x.addr),
                    ("電話", h.tel(x.phone, 2)), ("工事内容", "ガス給湯器交換 24号"),
                    ("見積金額", "¥286,000-"), ("担当", h.staff[7].full)]:
            ws2.append(list(row))
        h.rec(path, "address", x.addr, x.id)
        h.rec(path, "person_name", h.staff[7].full, h.staff[7].id)
    h.save(path, wb)


def prices(h: Propane) -> None:
    """顧客管理/料金表_2024.csv (CP932): nobody's."""
    h.share.write("顧客管理/料金表_2024.csv", "区分,基本料金,従量単価(1-5m3),従量単価(6-10m3)\n"
                  "一般,1980,720,680\nバルク,2200,650,620\n", "cp932")


def reconcile(h: Propane) -> None:
    """経理/入金照合_202410.csv: 30 invoices (passing the My Number check) and the account
    holders' kana."""
    rng, path = h.rng, "経理/入金照合_202410.csv"
    lines = ["請求番号,顧客番号,振替結果,金額,口座名義"]
    for c, inv in h.invs[:30]:
        h.kana(path, c)
        lines.append(f"{inv},{c.cust},{rng.choice(['済', '済', '残高不足'])},"
                     f"{rng.randint(3000, 18000)},{unicodedata.normalize('NFKC', c.kana())}")
    h.share.write(path, "\n".join(lines) + "\n")


def cylinders(h: Propane) -> None:
    """保安/容器管理台帳.csv (CP932): 40 cylinders, their lot numbers passing Luhn."""
    rng, path = h.rng, "保安/容器管理台帳.csv"
    lines = ["容器番号,容量,製造年月,再検査期限,ロット番号,設置先顧客番号"]
    for _ in range(40):
        number = f"{rng.choice(['KT', 'HK', ''])}{rng.randint(0, 9999999):07d}"
        size = rng.choice(["50kg", "20kg"])
        made = f"{rng.randint(2010, 2023)}/{rng.randint(1, 12):02d}"
        due = f"{rng.randint(2025, 2030)}/{rng.randint(1, 12):02d}"
        lot = luhn_number(rng, "3", 16)
        lines.append(f"{number},{size},{made},{due},{lot},{rng.choice(h.cust).cust}")
    h.share.write(path, "\n".join(lines) + "\n", "cp932")
