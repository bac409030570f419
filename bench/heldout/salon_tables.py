"""The salon's tables: the POS customer export (CP932), the カルテ workbook (a sheet a shop, the
conditions, a 要注意メモ sheet), October's card payment log (card numbers typed into a note),
the staff roster (My Numbers, licences, emergency contacts, one new hire's papers), the payroll
transfer file, and two hard negatives: the reservation and coupon list and the stock list.
"""

from __future__ import annotations

from datetime import date

import openpyxl
from openpyxl.styles import PatternFill

from .identifiers import jan13, luhn_number, my_number
from .salon_people import SENS, STAMP, STORES, Salon
from .share import csv_text


def pos_export(h: Salon) -> None:
    """顧客管理/顧客一覧_POS出力_20241031.csv: the first 85 customers."""
    rng, path = h.rng, "顧客管理/顧客一覧_POS出力_20241031.csv"
    rows: list[list] = [["顧客番号", "氏名", "フリガナ", "性別", "生年月日", "電話番号",
                         "メールアドレス", "郵便番号", "住所", "来店回数", "最終来店日",
                         "担当スタイリスト", "店舗"]]
    for c in h.cust[:85]:
        pref = rng.random() < 0.8
        ad = c.addr.text(pref, rng.choice(["kanji", "dash"]))
        last = date(2024, rng.randint(1, 10), rng.randint(1, 28))
        nm = h.name(c, rng.choice(["", "\u3000"]))
        kn = h.kana(c, rng.choice(["", "\u3000"]))
        tel = h.tel(c.mobile, rng.choice(["-", "none"]))
        mail = c.email if rng.random() < 0.85 else ""
        rows.append([c.no, nm, kn, "女" if c.sex == "F" else "男", c.born.strftime("%Y/%m/%d"),
                     tel, mail, c.addr.zip, ad, c.visits, last.isoformat(), c.sty.full,
                     c.store])
        h.facts(path, c, "name kana phone dob zip")
        if mail:
            h.rec(path, "email_address", c.email, c.id)
        h.rec(path, "address", ad, c.id)
        h.rec(path, "person_name", c.sty.full, c.sty.id, True)
    h.share.write(path, csv_text(rows), "cp932")


def karte(h: Salon) -> None:
    """カルテ/顧客カルテ_2024.xlsx: the first 60 customers by shop and stylist, their
    conditions, and the sheet of those to check before a treatment."""
    rng, path = h.rng, "カルテ/顧客カルテ_2024.xlsx"
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for store in STORES:
        ws = wb.create_sheet(store)
        ws.append([f"顧客カルテ一覧（{store}）　2024年度　※社外秘"])
        ws.merge_cells("A1:H1")
        ws.append(["氏名", "ふりがな", "生年月日", "連絡先", "施術履歴", "薬剤・パッチテスト",
                   "注意事項（体質・既往）", "備考"])
        for sty in h.staff[:7]:
            cs = [c for c in h.cust[:60] if c.sty is sty and c.store == store]
            if not cs:
                continue
            ws.append([f"■ 担当：{sty.name(' ')}（{len(cs)}名）"])
            ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row,
                           end_column=8)
            ws.cell(ws.max_row, 1).fill = PatternFill("solid", fgColor="DDEEFF")
            h.rec(path, "person_name", sty.full, sty.id, True)
            for c in cs:
                sens = rng.choice(SENS) if rng.random() < 0.45 else ""
                plain = rng.choice(["特になし", "", "前髪短め希望", "カラー明るめNG（職場）"])
                note = None if sens else plain
                if sens:
                    note = rng.choice([f"{sens}あり。", f"※{sens}", f"{sens}のため要注意",
                                       f"本人申告：{sens}"])
                    h.rec(path, "sensitive", sens, c.id)
                    c.sens = c.sens or sens
                row = [h.name(c), h.kana(c), h.era(c.born), h.tel(c.mobile)]
                row.append(rng.choice(["カット+カラー", "パーマ", "縮毛矯正", "ジェルネイル",
                                       "まつエク120本", "ヘッドスパ"]))
                row.append(rng.choice(["パッチテスト済(陰性)", "未実施", "ノンジアミン使用", ""]))
                row += [note, rng.choice(["", "次回ハイライト", "お子様連れ", "駐車券要"])]
                ws.append(row)
                h.facts(path, c, "name kana dob phone")
    ws = wb.create_sheet("要注意メモ")
    ws.append(["施術前に必ず確認する方"])
    ws.append(["お名前", "内容", "確認者"])
    boss = h.staff[0]
    for c in rng.sample(h.cust[:60], 6):
        s = c.sens or rng.choice(SENS)
        nm = h.name(c) + "様"
        ws.append([nm, f"{s}。医師（榊原皮膚科）の指示でステロイド外用中" if "皮膚" in s else s,
                   boss.full])
        h.rec(path, "person_name", c.full, c.id)
        h.rec(path, "sensitive", s, c.id)
        h.rec(path, "person_name", "榊原", None, True)
    h.rec(path, "person_name", boss.full, boss.id, True)
    for w in wb.worksheets:
        w.column_dimensions["A"].width = 18
    wb.properties.created = wb.properties.modified = STAMP
    wb.properties.creator = "lumiere"
    h.share.save(path, wb)


def card_log(h: Salon) -> None:
    """経理/カード決済ログ_202410.csv: 25 payments, masked, a quarter with the whole number and
    expiry typed into the note."""
    rng, path = h.rng, "経理/カード決済ログ_202410.csv"
    rows: list[list] = [["取引日時", "伝票番号", "承認番号", "カード番号", "ブランド", "金額",
                         "顧客名", "備考"]]
    for c in rng.sample(h.cust, 25):
        brands = [("VISA", "4"), ("Master", "5" + str(rng.randint(1, 5))),
                  ("JCB", "35" + str(rng.randint(28, 89))), ("AMEX", "37")]
        brand, pre = rng.choice(brands)
        full = luhn_number(rng, pre, 15 if brand == "AMEX" else 16)
        masked = full[:6] + "*" * (len(full) - 10) + full[-4:]
        note = ""
        if rng.random() < 0.25:
            exp = f"{rng.randint(1, 12):02d}/{rng.randint(25, 30)}"
            groups = " ".join(full[i:i + 4] for i in range(0, len(full), 4))
            note = f"端末エラーのため手入力 {groups} 期限{exp}"
            h.rec(path, "credit_card_number", full, c.id)
            h.rec(path, "card_expiry", exp, c.id, True)
        when = f"2024/10/{rng.randint(1, 31):02d} {rng.randint(10, 20)}:{rng.randint(0, 59):02d}"
        slip, auth = luhn_number(rng, "9", 16), f"{rng.randint(0, 999999):06d}"
        amount = rng.randint(40, 250) * 100
        who = c.kana(" ") if rng.random() < 0.5 else c.name(" ")
        rows.append([when, slip, auth, masked, brand, amount, who, note])
        if who.replace(" ", "") == c.kana(""):
            h.rec(path, "person_name", c.kana(""), c.id, True)
        else:
            h.rec(path, "person_name", c.full, c.id)
    h.share.write(path, csv_text(rows), "cp932")


def roster(h: Salon) -> None:
    """人事/スタッフ名簿_2024.xlsx: the ten staff with an emergency contact each (drawn here),
    and the last hire's papers (her account, a hernia)."""
    rng, path = h.rng, "人事/スタッフ名簿_2024.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "名簿"
    ws.append(["Hair Make LUMIERE　スタッフ名簿（取扱注意）"])
    ws.merge_cells("A1:K1")
    ws.append(["社員番号", "氏名", "フリガナ", "生年月日", "住所", "携帯", "個人番号",
               "美容師免許番号", "緊急連絡先", "続柄", "緊急連絡先電話"])
    for i, s in enumerate(h.staff):
        e = h.person(f"E{i + 1:02d}", age=(25, 75), addr=s.addr)
        row = [f"L{2015 + i}{i:03d}", s.name(" "), s.kana(" "), h.era(s.born, "abbr"),
               s.addr.text(), h.tel(s.mobile), s.mynum,
               f"第{s.lic}号" if i < 8 else "（ネイリスト・免許なし）", e.name(" ")]
        row.append(rng.choice(["母", "父", "夫", "妻", "兄"]))
        row.append(h.tel(e.mobile, "-"))
        ws.append(row)
        h.facts(path, s, "name kana dob phone")
        h.rec(path, "address", s.addr.text(), s.id)
        h.rec(path, "my_number", s.mynum, s.id)
        h.rec(path, "person_name", e.full, e.id)
        h.rec(path, "phone_number", e.mobile, e.id)
    s = h.staff[9]
    ws2 = wb.create_sheet("入社書類_" + s.last)
    rows = [("入社書類チェック", ""), ("氏名", s.name(" ")), ("生年月日", h.date_any(s.born))]
    rows.append(("現住所", f"〒{s.addr.zip} {s.addr.text(style='dash')}"))
    rows.append(("電話", h.tel(s.mobile)))
    rows += [("マイナンバー", f"{s.mynum[:4]} {s.mynum[4:8]} {s.mynum[8:]}"),
             ("給与振込口座", f"{s.bank[0][0]} {s.bank[1]}支店 普通 {s.bank[2]}"),
             ("健康状態", "腰椎ヘルニア（通院中）")]
    for a, b in rows:
        ws2.append([a, b])
    h.facts(path, s, "name dob phone zip")
    h.rec(path, "address", s.addr.text(style="dash"), s.id)
    h.rec(path, "my_number", s.mynum, s.id)
    h.rec(path, "bank_account", s.bank[2], s.id)
    h.rec(path, "sensitive", "腰椎ヘルニア", s.id)
    wb.properties.created = wb.properties.modified = STAMP
    h.share.save(path, wb)


def payroll(h: Salon) -> None:
    """人事/給与振込_202410.tsv: the staff's accounts, the holder in kana."""
    rng, path = h.rng, "人事/給与振込_202410.tsv"
    rows = ["社員名\t銀行名\t銀行コード\t支店番号\t口座種別\t口座番号\t口座名義\t差引支給額"]
    for s in h.staff:
        (bank, code), branch, acct = s.bank
        rows.append(f"{s.full}\t{bank}\t{code}\t{branch}\t普通\t{acct}\t{s.kana(' ')}"
                    f"\t{rng.randint(180, 380) * 1000}")
        h.rec(path, "person_name", s.full, s.id)
        h.rec(path, "bank_account", acct, s.id)
        h.rec(path, "person_name", s.kana(""), s.id, True)
    h.share.write(path, "\n".join(rows) + "\n")


def coupons(h: Salon) -> None:
    """予約管理/予約番号_クーポン一覧.tsv: reservation numbers passing the My Number check,
    Luhn-valid coupon and receipt numbers (hard negatives)."""
    rng = h.rng
    rows = ["予約番号\tクーポンコード\tレシート番号\t金額\t来店予定日"]
    for _ in range(20):
        rows.append(f"{my_number(rng)}\t{luhn_number(rng, '4', 16)}\tR{luhn_number(rng, '35', 16)}"
                    f"\t{rng.randint(30, 200) * 100}\t2024-11-{rng.randint(1, 30):02d}")
    h.share.write("予約管理/予約番号_クーポン一覧.tsv", "\n".join(rows) + "\n")


def stock(h: Salon) -> None:
    """商品/店販在庫_202410.csv: JAN codes and lot numbers passing the My Number check."""
    rng = h.rng
    rows: list[list] = [["JANコード", "商品名", "ロット番号", "入数", "在庫"]]
    for nm in ["オージュア シャンプー", "N. ポリッシュオイル", "イルミナカラー オーシャン",
               "ジェルネイル ベースコート", "まつエク グルー 5ml", "ケアテクト HB"]:
        jan = jan13(rng, "49")
        rows.append([jan, nm, my_number(rng), rng.choice([1, 6, 12]), rng.randint(0, 40)])
    h.share.write("商品/店販在庫_202410.csv", csv_text(rows), "cp932")
