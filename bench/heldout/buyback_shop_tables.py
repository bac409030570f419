"""The shop's registers and lists: the POS's CP932 export of the 古物台帳, the monthly ledgers
(.xlsx, a sheet a branch), the transfer list and one 振込依頼書, the 全銀 総合振込 file, the kit
list (.tsv), the 年末調整 staff book (個人番号, dependants), the phone tree, the November
visit schedule, the web shop's orders with card numbers and the stock list.

Hard negatives: order numbers and member numbers passing Luhn, receipt numbers passing the My
Number check, JAN codes and IMEIs; the shop's own account (neutral).
"""

from __future__ import annotations

from datetime import date

import openpyxl
from openpyxl.styles import Alignment, Font

from .buyback_shop_people import BR1, BR2, ITEMS, KYOKA, KYOKA2, NAME, TEL1, TEL2, Shop, wareki
from .identifiers import card_groups, jan13, luhn_number, my_number
from .japanese import bank_kana
from .share import csv_text, padded, workbook


def pos_export(s: Shop) -> None:
    """The POS's August-October purchases, CP932 (what it cannot write as ?)."""
    rng, rel = s.rng, "01_古物台帳/POS出力/kaitori_export_202608-202610.csv"
    rows = [["取引番号", "取引日", "店舗", "品目", "品名", "特徴・製造番号", "数量", "買取金額",
             "売主氏名", "フリガナ", "住所", "職業", "年齢", "生年月日", "確認方法", "確認書類番号",
             "担当"]]
    for x in s.purchases:
        p = x.p
        if x.date >= date(2026, 11, 1):
            continue
        a = s.addr(p, pref=rng.random() < 0.8)
        dob = wareki(p.born, rng.choice(["kanji", "short"]))
        rows.append([x.no, x.date.strftime("%Y/%m/%d"), x.branch, x.cat, x.item, x.serial, 1,
                     x.price, p.last + "　" + p.first, p.last_kana + " " + p.first_kana, a, p.occ,
                     p.age, dob, p.doc, p.docno, x.staff.last])
        s.t(rel, "person_name", p.full, p)
        s.t(rel, "address", a, p)
        s.t(rel, "date_of_birth", p.born.isoformat(), p)
        s.doc_truth(rel, p)
        s.t(rel, "person_name", x.staff.last, x.staff, neutral=True)
        s.t(rel, "person_name", p.kana_full, p, neutral=True)
    s.share.write(rel, csv_text(rows).encode("cp932", errors="replace"))


def ledger(s: Shop, month: int) -> None:
    """古物台帳 for `month`: a sheet a branch, a merged row a day, a row a purchase."""
    rng, rel = s.rng, f"01_古物台帳/古物台帳_2026年{month:02d}月.xlsx"
    wb = openpyxl.Workbook()
    for k, br in enumerate(["本店", "駅前店"]):
        ws = wb.active if k == 0 else wb.create_sheet()
        ws.title = br
        ws["A1"] = f"古物台帳（{BR1 if br == '本店' else BR2}）　令和8年{month}月分"
        ws["A1"].font = Font(bold=True, size=14)
        ws.merge_cells("A1:L1")
        ws["A2"] = "古物営業法第16条に基づく記録　" + (KYOKA if br == "本店" else KYOKA2)
        ws.append([])
        ws.append(["No.", "区別", "品目", "特徴", "数量", "代価", "氏名", "住所", "職業", "年齢",
                   "確認方法", "確認番号"])
        r, cur, n = 5, None, 0
        for x in s.purchases:
            if x.date.month != month or x.branch != br:
                continue
            if x.date != cur:
                cur = x.date
                ws.cell(r, 1, f"{cur.month}月{cur.day}日（{'月火水木金土日'[cur.weekday()]}）")
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=12)
                ws.cell(r, 1).alignment = Alignment(horizontal="left")
                r += 1
            p = x.p
            n += 1
            a = s.addr(p)
            name = p.last + (" " if rng.random() < 0.5 else "") + p.first
            values = [n, "買受", x.cat, x.item + (" / " + x.serial if x.serial else ""), 1,
                      x.price, name, a, p.occ, p.age, p.doc, p.docno]
            for c, v in enumerate(values, 1):
                ws.cell(r, c, v)
            r += 1
            s.t(rel, "person_name", p.full, p)
            s.t(rel, "address", a, p)
            s.doc_truth(rel, p)
        ws.column_dimensions["G"].width = 14
        ws.column_dimensions["H"].width = 40
    s.book(rel, wb)


def ledger_september(s: Shop) -> None:
    ledger(s, 9)


def ledger_october(s: Shop) -> None:
    ledger(s, 10)


def transfers(s: Shop) -> None:
    """振込先一覧 (sellers paid by transfer) and the first one's 振込依頼書."""
    rng, rel = s.rng, "02_買取代金振込/振込先一覧_2026.xlsx"
    wb, ws = workbook("振込先", "宅配買取・高額買取 振込先口座一覧（経理用）", "A1:H1")
    ws.append(["受付番号", "お客様名", "口座名義（カナ）", "金融機関", "金融機関コード", "支店名",
               "支店コード", "種別", "口座番号", "振込額"])
    for p in s.paid_by_transfer:
        ws.append([p.memid.replace("M", "T"), p.full, p.last_kana + " " + p.first_kana, p.bank,
                   p.bankcode, p.branch, p.branch_code, p.acct_type, p.acct,
                   rng.randint(5, 300) * 1000])
        s.t(rel, "person_name", p.full, p)
        s.t(rel, "bank_account", p.acct, p)
        s.t(rel, "person_name", p.kana_full, p, neutral=True)
    form = wb.create_sheet("依頼書")
    p = s.paid_by_transfer[0]
    for row in [("振込依頼書", ""), ("依頼日", "2026/10/15"), ("お名前", p.full + " 様"),
                ("フリガナ", p.kana_full), ("ご住所", s.addr(p)), ("電話番号", p.mobile),
                ("銀行名", p.bank), ("支店名", p.branch + "支店"), ("口座種別", p.acct_type),
                ("口座番号", p.acct), ("金額", "¥58,000")]:
        form.append(list(row))
    form.merge_cells("A1:B1")
    s.t(rel, "address", s.addr(p), p)
    s.t(rel, "phone_number", p.mobile, p)
    s.book(rel, wb)


def zengin(s: Shop) -> None:
    """全銀協 総合振込: fixed-width CP932 records, names in half-width kana (ー typed as -)."""
    rel = "02_買取代金振込/総合振込_1025.txt"
    lines = ["1210" + "1234567890" + padded("ｶ)ﾘﾕ-ｽﾏ-ﾄ", 40) + "1025" + "0005"
             + padded("ﾐﾂﾋﾞｼﾕ-ｴﾌｼﾞｴｲ", 15) + "231" + padded("ﾏﾁﾀﾞ", 15) + "1" + "0123456"
             + " " * 17]
    for p in s.paid_by_transfer[:20]:
        k = bank_kana(p.last_kana + " " + p.first_kana).replace("ｰ", "-")
        lines.append("2" + p.bankcode + " " * 15 + p.branch_code + " " * 19
                     + ("1" if p.acct_type == "普通" else "2") + p.acct + padded(k, 30)
                     + f"{s.rng.randint(5, 300) * 1000:010d}" + "0" + " " * 29)
        s.t(rel, "bank_account", p.acct, p)
        s.t(rel, "person_name", k, p, neutral=True)
    s.t(rel, "bank_account", "0123456", None, neutral=True)
    lines.append("8" + f"{20:06d}{1234000:012d}" + " " * 101)
    lines.append("9" + " " * 119)
    s.share.write(rel, "\r\n".join(lines).encode("cp932") + b"\r\n")


def kits(s: Shop) -> None:
    """キット発送リスト: the first 18 宅配 applicants' 〒, addresses and phones (.tsv)."""
    rng, rel = s.rng, "04_宅配買取/キット発送リスト.tsv"
    lines = ["発送日\t受付No\tお届け先氏名\t郵便番号\t住所\t電話\t箱サイズ\t送り状番号"]
    for p in s.takuhai[:18]:
        okuri = f"{rng.randint(10 ** 11, 10 ** 12 - 1):012d}"
        a = s.addr(p)
        lines.append(f"2026/10/{rng.randint(1, 28):02d}\t{rng.randint(10000, 99999)}\t{p.full} 様"
                     f"\t{p.zip}\t{a}\t{p.mobile}\t{rng.choice([80, 100, 120])}\t{okuri}")
        s.t(rel, "person_name", p.full, p)
        s.t(rel, "postal_code", p.zip, p)
        s.t(rel, "address", a, p)
        s.t(rel, "phone_number", p.mobile, p)
    s.share.write(rel, "\n".join(lines) + "\n")


def staff_book(s: Shop) -> None:
    """年末調整: the staff (個人番号, emergency contacts), their dependants and the manager's
    個票 (salary account, the company's 法人番号)."""
    rel = "07_総務/年末調整_2026_従業員一覧.xlsx"
    wb, ws = workbook("従業員", "令和8年分 年末調整 従業員一覧（取扱注意）", "A1:J1")
    ws.append(["社員番号", "氏名", "ふりがな", "所属", "生年月日", "住所", "電話", "マイナンバー",
               "扶養", "緊急連絡先"])
    family = {st.id: f for st, f in s.family}
    for st in s.staff:
        f = family.get(st.id)
        ws.append([st.empno, st.last + "　" + st.first, st.kana_full, st.shop,
                   wareki(st.born, "kanji"), s.addr(st), st.mobile, st.mynum,
                   f"{f.rel} {f.full}" if f else "なし",
                   f"{f.full}（{f.rel}）{f.mobile}" if f else ""])
        s.t(rel, "person_name", st.kana_full, st, neutral=True)
        for category, value in [("person_name", st.full), ("date_of_birth", st.born.isoformat()),
                                ("address", s.addr(st)), ("phone_number", st.mobile),
                                ("my_number", st.mynum)]:
            s.t(rel, category, value, st)
        if f:
            s.t(rel, "person_name", f.full, f)
            s.t(rel, "phone_number", f.mobile, f)
    deps = wb.create_sheet("扶養控除申告")
    deps.append(["扶養親族", "続柄", "生年月日", "個人番号", "同居"])
    for _, f in s.family:
        deps.append([f.last + " " + f.first, f.rel, wareki(f.born, "slash"),
                     " ".join([f.mynum[:4], f.mynum[4:8], f.mynum[8:]]), "同居"])
        s.t(rel, "person_name", f.full, f)
        s.t(rel, "date_of_birth", f.born.isoformat(), f)
        s.t(rel, "my_number", f.mynum, f)
    st = s.staff[0]
    sheet = wb.create_sheet("個票_" + st.last)
    for row in [("氏名", st.full), ("生年月日", wareki(st.born, "kanji")),
                ("住所", "〒" + st.zip + " " + s.addr(st)), ("個人番号", st.mynum),
                ("給与振込口座", f"{st.bank} {st.branch}支店 {st.acct_type} {st.acct}"),
                ("事業者", NAME), ("法人番号", s.corp)]:
        sheet.append(list(row))
    s.t(rel, "postal_code", st.zip, st)
    s.t(rel, "bank_account", st.acct, st)
    s.t(rel, "corporate_number", s.corp, None, neutral=True)
    s.book(rel, wb)


def phone_tree(s: Shop) -> None:
    rel = "07_総務/シフト連絡網.txt"
    lines = ["リユースマート 連絡網（2026年10月更新）", ""]
    for st in s.staff:
        lines.append(f"{st.shop}　{st.full}　携帯 {s.hy(st.mobile)}")
        s.t(rel, "person_name", st.full, st)
        s.t(rel, "phone_number", st.mobile, st)
    lines += ["", f"本店 {TEL1} ／ 駅前店 {TEL2}"]
    s.t(rel, "phone_number", TEL1, None, neutral=True)
    s.t(rel, "phone_number", TEL2, None, neutral=True)
    s.share.write(rel, "\n".join(lines) + "\n")


def schedule(s: Shop) -> None:
    """出張買取予定表: the seven visited sellers and five more, a day each from 2 November."""
    rng, rel = s.rng, "03_出張買取/出張買取予定表_2026年11月.xlsx"
    wb, ws = workbook("11月", "出張買取 予定表 2026年11月", "A1:G1")
    ws.append(["日付", "時間", "お客様", "住所", "電話", "品物", "担当"])
    for i, p in enumerate(s.shucchou + rng.sample(s.sellers, 5)):
        a = s.addr(p, pref=rng.random() < 0.5)
        tan = rng.choice(s.staff)
        ws.append([f"11/{i + 2}", "13:00", p.full + " 様", a, s.hy(p.tel or p.mobile),
                   rng.choice(["家具一式", "家電", "遺品整理", "ブランド品"]), tan.last])
        s.t(rel, "person_name", tan.last, tan, neutral=True)
        s.t(rel, "person_name", p.full, p)
        s.t(rel, "address", a, p)
        s.t(rel, "phone_number", p.tel or p.mobile, p)
    s.book(rel, wb)


def web_orders(s: Shop) -> None:
    """The web shop's October orders: ten sellers and eight members, cards in full (some with
    their CVV)."""
    rng, rel = s.rng, "11_ネットショップ/orders_export_202610.csv"
    lines = ["order_id,order_date,buyer_name,buyer_email,buyer_tel,ship_zip,ship_address,item,"
             "amount,card_brand,card_number,card_exp,cvv,auth_code"]
    for p in rng.sample(s.sellers, 10) + s.members_only[:8]:
        oid = luhn_number(rng, "2610", 16)  # order id passes Luhn
        cn = s.card()
        exp = f"{rng.randint(1, 12):02d}/{rng.randint(27, 31)}"
        cvv = str(rng.randint(100, 999)) if rng.random() < 0.6 else ""
        brand = {"4": "VISA", "5": "MASTER", "3": "JCB" if cn[:2] == "35" else "AMEX"}[cn[0]]
        shown = card_groups(cn, " ") if rng.random() < 0.5 else cn
        a = s.addr(p)
        lines.append(f'{oid},2026-10-{rng.randint(1, 31):02d},{p.full},{p.email},{p.mobile},'
                     f'{p.zip},"{a}",{rng.choice(ITEMS)[1]},{rng.randint(3, 200) * 1000},{brand},'
                     f'{shown},{exp},{cvv},{rng.randint(100000, 999999)}')
        s.t(rel, "person_name", p.full, p)
        s.t(rel, "email_address", p.email, p)
        s.t(rel, "phone_number", p.mobile, p)
        s.t(rel, "postal_code", p.zip, p)
        s.t(rel, "address", a, p)
        s.t(rel, "credit_card_number", cn, p)
        mm, yy = exp.split("/")
        s.t(rel, "card_expiry", f"20{yy}-{mm}", p)
        s.t(rel, "card_security_code", cvv, p)
    s.share.write(rel, "\n".join(lines) + "\n", encoding="utf-8-sig")


def stock(s: Shop) -> None:
    """在庫一覧: nobody's; JAN codes, serials and IMEIs, receipt numbers passing the My Number
    check."""
    rng, rel = s.rng, "12_在庫/在庫一覧_20261031.csv"
    lines = ["管理番号,JANコード,品名,製造番号/IMEI,仕入日,仕入額,販売価格,レシート番号"]
    for i in range(60):
        item = rng.choice(ITEMS)
        jan = jan13(rng, "49")
        receipt = my_number(rng, redraw=True)
        lines.append(f"ST{260000 + i},{jan},{item[1]},{s.serial(item[2] or 'SN')},"
                     f"2026/{rng.randint(8, 10)}/{rng.randint(1, 28)},{rng.randint(1, 50) * 1000},"
                     f"{rng.randint(2, 90) * 1000},{receipt}")
    s.share.write(rel, "\n".join(lines) + "\n")
