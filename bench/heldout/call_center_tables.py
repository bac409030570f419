"""The centre's workbooks and lists: the returns workbook (refund accounts), the 要注意顧客
list (dementia, welfare, illness, a criminal record), the operator roster (emergency contacts,
accounts, My Numbers, a licence, a pension number, a hernia), December's shift table, the card
re-registration 本人確認票 (families acting for elderly customers) and the product master.
"""

from __future__ import annotations

from openpyxl.styles import Font

from .call_center_people import PRODUCTS, Center, era
from .identifiers import digits, my_number
from .share import csv_text, workbook


def returns(h: Center) -> None:
    """返品交換/返品交換管理_2024下期.xlsx: returns, exchanges shipped, refund accounts."""
    rng, rel = h.rng, "返品交換/返品交換管理_2024下期.xlsx"
    wb, ws = workbook("返品受付", "返品・交換 受付一覧（2024年下期）")
    ws["A1"].font = Font(bold=True)
    ws.merge_cells("A1:I1")
    ws.append([])
    ws.append(["受付日", "顧客ID", "お客様名", "電話番号", "返送元住所", "注文番号", "商品", "JAN",
               "理由"])
    for month in (10, 11):
        ws.append([f"■ {month}月受付分"])
        ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=9)
        for c in rng.sample(h.cust[:70], 9):
            p = rng.choice(PRODUCTS)
            day = rng.randint(1, 28)
            ws.append([f"2024/{month}/{day}", c.cid, c.name() + " 様", h.tel(c.tel), c.addr,
                       c.orders[0], p[0], h.jan[p[0]],
                       rng.choice(["破損", "イメージ違い", "サイズ違い", "誤配送"])])
            h.recp(rel, c, "name", "tel", "addr")
    ws2 = wb.create_sheet("交換発送")
    ws2.append(["交換品発送記録"])
    ws2.append(["発送日", "伝票番号", "お届け先", "郵便番号", "住所", "電話", "配送業者担当"])
    for c in rng.sample(h.cust[:70], 8):
        d = rng.choice(h.drv)
        day = rng.randint(1, 28)
        ws2.append([f"R6/11/{day}", h.slip_no(), c.name(""), "〒" + c.postal, c.addr, c.tel,
                    d.last])
        h.recp(rel, c, "name", "zip", "addr", "tel")
        h.rec(rel, "person_name", d.last, d.id, neutral=True)
    ws3 = wb.create_sheet("返金口座")
    ws3.append(["代引き返金 振込先（お客様申告）"])
    ws3.append(["顧客名", "カナ", "銀行", "支店", "種別", "口座番号", "返金額"])
    for c in rng.sample(h.cust[:70], 5):
        acct = f"{rng.randint(1000000, 9999999)}"
        bank = rng.choice(["三菱UFJ銀行", "ゆうちょ銀行", "みずほ銀行", "北洋銀行"])
        br = rng.choice(["渋谷支店", "札幌中央支店", "梅田支店", "本店営業部"])
        ws3.append([c.name(), c.kana(), bank, br, "普通", acct, rng.choice([2980, 3980, 8800])])
        h.recp(rel, c, "name", "kana")
        h.rec(rel, "bank_account", acct, c.id)
    h.save(rel, wb)


NOTES = [("認知症の疑い", "同一商品の重複注文多数。家族（{rel}）へ連絡のこと"),
         ("生活保護受給中", "代引き不可、後払い審査NG。本人申告"),
         ("精神疾患で通院中", "長時間通話・暴言あり。SV対応"), ("", "返品常習。開封済み返品多数"),
         ("", "脅迫的発言あり（「ネットに晒す」）"),
         ("身体障害者手帳1級", "聴覚障害のためFAX・メール対応のみ"),
         ("前科あり（本人談）", "恫喝。警察相談済み")]


def caution(h: Center) -> None:
    """要注意顧客/要注意顧客リスト_取扱注意.xlsx: nine elderly and five others, then the old
    blacklist."""
    rng, rel = h.rng, "要注意顧客/要注意顧客リスト_取扱注意.xlsx"
    wb, ws = workbook("要注意顧客", "【社外秘】要注意顧客リスト 更新:2024/11/20")
    ws.append([])
    ws.append(["顧客ID", "氏名", "生年月日", "電話", "住所", "区分", "備考"])
    for k, c in enumerate(h.elder[:9] + h.cust[10:15]):
        sens, memo = NOTES[k % len(NOTES)]
        if k < 9 and k % 3 == 0:
            sens, memo = NOTES[0]
        f = next((x for x in h.fam if x.of is c), None)
        if "{rel}" in memo:
            memo = memo.format(rel=f"{f.rel} {f.name()} {h.tel(f.tel)}" if f else "不明")
        born = era(c.born, rng.choice([0, 1, 2]))
        ws.append([c.cid, c.name(), born, h.tel(c.tel), c.addr, "要注意" if sens else "クレーマー",
                   (sens + "。" if sens else "") + memo])
        h.recp(rel, c, "name", "dob", "tel", "addr")
        if sens:
            h.rec(rel, "sensitive", sens, c.id)
        if "聴覚障害" in memo:
            h.rec(rel, "sensitive", "聴覚障害", c.id)
        if f and f.name() in memo:
            h.recp(rel, f, "name", "tel")
    ws2 = wb.create_sheet("ブラックリスト（2019以前）")
    ws2.append(["氏名", "電話", "理由"])
    for c in h.cust[80:84]:
        ws2.append([c.name("　"), c.tel, "代金未払い（債権回収会社へ移管）"])
        h.recp(rel, c, "name", "tel")
    h.save(rel, wb)


def roster(h: Center) -> None:
    """総務/オペレーター名簿_2024.xlsx: the staff and their emergency contacts and accounts, the
    My Number sheet and one new hire's 本人確認 (licence, pension number, a hernia)."""
    rng, rel = h.rng, "総務/オペレーター名簿_2024.xlsx"
    wb, ws = workbook("名簿", "オペレーター名簿（札幌第2センター）", "A1:L1")
    ws.append([])
    ws.append(["社員ID", "氏名", "フリガナ", "生年月日", "携帯", "住所", "緊急連絡先氏名", "続柄",
               "緊急連絡先電話", "銀行", "口座番号", "社用メール"])
    for o in h.staff:
        e, acct = o.emer, f"{rng.randint(1000000, 9999999)}"
        mobile = h.tel(o.tel)
        ws.append([o.opid, o.name(), o.kana(), o.born.strftime("%Y/%m/%d"), mobile, o.addr,
                   e.name() if e else "", e.rel if e else "", h.tel(e.tel) if e else "",
                   "北洋銀行 琴似支店", acct, o.wmail])
        h.recp(rel, o, "name", "kana", "dob", "tel", "addr")
        h.rec(rel, "bank_account", acct, o.id)
        h.rec(rel, "email_address", o.wmail, o.id, neutral=True)
        if e:
            h.recp(rel, e, "name", "tel")
        o.ext["acct"] = acct
    ws2 = wb.create_sheet("マイナンバー")
    ws2["A1"] = "個人番号 収集記録（源泉徴収用）"
    ws2.append(["社員ID", "氏名", "個人番号", "確認書類"])
    for o in h.staff[:18]:
        o.ext["mn"] = my_number(rng)
        document = rng.choice(["通知カード+運転免許証", "マイナンバーカード"])
        ws2.append([o.opid, o.name(), o.ext["mn"], document])
        h.recp(rel, o, "name")
        h.rec(rel, "my_number", o.ext["mn"], o.id)
    ws3 = wb.create_sheet("入社時本人確認")  # label | value form
    o = h.staff[3]
    dl = rng.choice(["10", "30", "45", "60"]) + digits(rng, 10)
    pension = f"{rng.randint(1000, 9999)}-{rng.randint(100000, 999999)}"
    for row in [("社員ID", o.opid), ("氏名", o.name()), ("フリガナ", o.kana()),
                ("生年月日", era(o.born, 0)),
                ("現住所", o.addr), ("運転免許証番号", dl), ("基礎年金番号", pension),
                ("健康状態", "腰椎椎間板ヘルニア（通院中）")]:
        ws3.append(row)
    o.ext["dl"] = dl
    h.recp(rel, o, "name", "kana", "dob", "addr")
    h.rec(rel, "drivers_license_number", dl, o.id)
    h.rec(rel, "basic_pension_number", pension, o.id)
    h.rec(rel, "sensitive", "腰椎椎間板ヘルニア（通院中）", o.id)
    h.save(rel, wb)


def shifts(h: Center) -> None:
    """シフト/シフト表_202412.csv (UTF-8 with a BOM): everyone's first two weeks of December."""
    rng, rel = h.rng, "シフト/シフト表_202412.csv"
    rows = [["ID", "氏名"] + [f"12/{d}" for d in range(1, 15)]]
    for o in h.staff:
        marks = [rng.choice(["早", "遅", "休", "通", ""]) for _ in range(14)]
        rows.append([o.opid, o.name(""), *marks])
        h.recp(rel, o, "name")
    h.share.write(rel, csv_text(rows), "utf-8-sig")


def identity(h: Center) -> None:
    """本人確認/本人確認記録_カード再登録.xlsx: one customer's card re-registration (the card
    masked) and four families' proxy requests."""
    rng, rel = h.rng, "本人確認/本人確認記録_カード再登録.xlsx"
    wb, ws = workbook("確認票", "カード再登録 本人確認票", "A1:B1")
    c = h.cust[18]
    for row in [("受付日", "R6/11/14"), ("顧客ID", c.cid), ("氏名", c.name()),
                ("フリガナ", c.kana()),
                ("生年月日", era(c.born, 1)), ("登録電話番号", c.tel),
                ("旧カード", "************" + c.card[-4:]), ("新カード下4桁", c.card[-4:]),
                ("確認者", h.ops[4].name()), ("承認SV", h.svs[2].name())]:
        ws.append(row)
    h.recp(rel, c, "name", "kana", "dob", "tel")
    h.rec(rel, "credit_card_number", "************" + c.card[-4:], c.id, neutral=True)
    h.recp(rel, h.ops[4], "name")
    h.recp(rel, h.svs[2], "name")
    ws2 = wb.create_sheet("家族代理受付")
    ws2.append(["代理人氏名", "続柄", "代理人電話", "本人氏名", "本人生年月日", "代理理由"])
    for f in h.fam[5:9]:
        e = f.of
        assert e is not None
        ws2.append([f.name(), f.rel, h.tel(f.tel), e.name(), e.born.isoformat(),
                    rng.choice(["施設入所", "入院中", "本人が電話困難"])])
        h.recp(rel, f, "name", "tel")
        h.recp(rel, e, "name", "dob")
    h.save(rel, wb)


def products(h: Center) -> None:
    """マスタ/商品マスタ.csv (CP932): the products, their JANs and the second free dial."""
    rel, free = "マスタ/商品マスタ.csv", h.free[1]
    rows: list[list[object]] = [["商品名", "JANコード", "価格", "問い合わせ窓口"]]
    for p in PRODUCTS:
        rows.append([p[0], h.jan[p[0]], p[1], h.tel(f"{free[:4]}-{free[4:7]}-{free[7:]}")])
    h.share.write(rel, csv_text(rows), "cp932")
    h.rec(rel, "phone_number", free, None, neutral=True)

