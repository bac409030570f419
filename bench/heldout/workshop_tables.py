"""The workshop's ledgers and workbooks: the user ledger (CP932, every field quoted), the
emergency contacts and medical sheet (diagnoses, medicines), the wages (accounts), the 国保連
claim (kana and 和暦 codes), the staff roster (My Numbers, pensions, a staff member's own sheet),
the bakery's lot sheet (lot numbers passing the My Number check, Luhn-valid JANs), the trading
partners (Luhn-valid order numbers) and the family association's list.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from datetime import date, timedelta

from .identifiers import luhn_number, my_number
from .japanese import FULL_WIDTH
from .share import csv_text, workbook
from .workshop_people import JIGYOSHO, Workshop, era, kokuho_date

TASKS = ["製パン", "軽作業（部品組立）", "袋詰め", "販売"]
WAGE_NOTES = ["", "", "", "入院のため欠席多", "体調不良で早退あり"]
MED_NOTES = ["", "", "発作時は横にして様子を見る", "服薬確認を昼に実施", "人混みで不穏になりやすい",
             "低血糖に注意", "幻聴の訴えあり、傾聴"]
HOSPITALS = ["狭山中央病院", "川越メンタルクリニック", "所沢リハビリ病院"]
BREADS = ["米粉食パン", "くるみパン", "メロンパン", "ラスク", "シナモンロール"]


def _quoted(rows: list[list[str]]) -> str:
    """CSV with every field quoted, CRLF line ends."""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_ALL).writerows(rows)
    return buffer.getvalue()


def ledger(h: Workshop) -> None:
    """01_利用者管理/利用者台帳_export_20241001.csv (CP932): the 40 users, 和暦 births, four in
    ten addresses without 埼玉県."""
    rng, rel = h.rng, "01_利用者管理/利用者台帳_export_20241001.csv"
    rows = [["受給者証番号", "氏名", "フリガナ", "性別", "生年月日", "年齢", "郵便番号", "住所",
             "電話番号", "障害種別", "障害支援区分", "手帳種別", "手帳等級", "支給決定期間(至)",
             "利用開始日", "担当相談支援事業所"]]
    for u in h.users:
        ad = u.addr.text(pref=rng.random() < 0.6)
        shown = u.spaced if rng.random() < 0.5 else u.full
        rows.append([u.jukyu, shown, u.kana(), "男" if u.sex == "M" else "女", era(u.born, 3),
                     str(2024 - u.born.year), u.addr.zip, ad, u.tel, u.dis, u.kubun, u.techo,
                     u.grade, era(date(2025, rng.randint(1, 12), 28), 3),
                     u.start.strftime("%Y/%m/%d"), u.counsellor.office])
        h.ident(rel, u, ad)
        h.sens(rel, u, u.dis)
        if u.kubun != "非該当":
            h.sens(rel, u, u.kubun)
        h.sens(rel, u, u.techo + u.grade)
    h.share.write(rel, _quoted(rows), "cp932")


def emergency(h: Workshop) -> None:
    """01_利用者管理/緊急連絡先・医療情報一覧.xlsx: the relatives (a separate home's address) and
    the medical sheet (diagnoses, medicines, the doctor's surname)."""
    rng, rel = h.rng, "01_利用者管理/緊急連絡先・医療情報一覧.xlsx"
    wb, ws = workbook("緊急連絡先", "ひだまり工房　緊急連絡先一覧（令和6年10月現在）　※取扱注意",
                      "A1:F1", bold=True, size=14)
    ws.append([])
    ws.append(["No", "利用者氏名", "続柄", "緊急連絡先 氏名", "電話番号", "住所（別居の場合）"])
    for i, u in enumerate(h.users, 1):
        f = h.fam.get(u.id)
        if not f:
            ws.append([i, u.spaced, "", "（本人のみ）", "", ""])
            h.tn(rel, u)
            continue
        sep = f.addr is not u.addr
        ad = f.addr.text(h="－") if sep else "同上"
        shown = f.spaced + ("様" if rng.random() < 0.3 else "")
        ws.append([i, u.spaced, f.rel, shown, h.hy(f.tel), ad])
        h.tn(rel, u)
        h.tn(rel, f)
        h.rec(rel, "phone_number", f.tel, f.id)
        if sep:
            h.rec(rel, "address", ad, f.id)
    ws2 = wb.create_sheet("医療情報")
    ws2["A1"] = "医療機関・服薬情報（看護師・サビ管のみ閲覧）"
    ws2.merge_cells("A1:F1")
    ws2.append(["利用者氏名", "生年月日", "主治医・医療機関", "診断名", "服薬", "留意事項"])
    for u in h.users:
        note = rng.choice(MED_NOTES)
        doctor = (f"{h.doc.hosp} {h.doc.last}医師" if rng.random() < 0.4
                  else rng.choice(HOSPITALS))
        ws2.append([u.full, u.born.strftime("%Y/%m/%d"), doctor, u.diag, "、".join(u.meds), note])
        h.tn(rel, u)
        h.rec(rel, "date_of_birth", u.born, u.id)
        h.sens(rel, u, u.diag, *u.meds)
    h.rec(rel, "person_name", h.doc.last, h.doc.id, True)
    h.save(rel, wb)


def wages(h: Workshop) -> None:
    """03_工賃/工賃支払一覧_令和6年度上期.xlsx: six months' wages of 34 users, their accounts
    and the monthly totals."""
    rng, rel = h.rng, "03_工賃/工賃支払一覧_令和6年度上期.xlsx"
    wb, ws = workbook("工賃明細", "令和6年度 上期 工賃支払一覧（ひだまり工房）", "A1:G1")
    ws.append(["作成：" + h.staff[4].spaced, "", "", "", "", "", ""])
    ws.append(["利用者番号", "氏名", "作業", "作業時間", "時間単価", "工賃額", "備考"])
    for m in ["4月", "5月", "6月", "7月", "8月", "9月"]:
        ws.append([f"■ 令和6年{m}分（翌月10日振込）"])
        ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=7)
        for j, u in enumerate(h.users[:34]):
            hours = rng.randint(20, 110)
            ws.append([f"U{j + 1:03d}", u.full, rng.choice(TASKS), hours, 280, hours * 280,
                       rng.choice(WAGE_NOTES)])
    ws2 = wb.create_sheet("振込口座")
    ws2["A1"] = "工賃振込先口座一覧（取扱注意）"
    ws2.merge_cells("A1:F1")
    ws2.append(["氏名", "フリガナ", "金融機関", "支店番号", "種別", "口座番号", "口座名義（カナ）"])
    for u in h.users[:34]:
        ws2.append([u.spaced, u.kana(), f"{u.bank[0]}（{u.bank[1]}）", u.branch, "普通", u.acct,
                    unicodedata.normalize("NFKC", u.kana())])
        h.rec(rel, "bank_account", u.acct, u.id)
        h.tk(rel, u)
    ws3 = wb.create_sheet("集計")
    ws3["A1"] = "月別工賃総額"
    ws3.append(["月", "総額", "平均工賃"])
    for m in range(4, 10):
        ws3.append([f"{m}月", rng.randint(400000, 600000), rng.randint(14000, 19000)])
    for u in h.users[:34]:
        h.tn(rel, u)
    h.tn(rel, h.staff[4])
    h.save(rel, wb)


def claim(h: Workshop) -> None:
    """06_国保連請求/J611_202409_明細書.csv (CP932): the users' kana (expected) and birth codes."""
    rng, rel = h.rng, "06_国保連請求/J611_202409_明細書.csv"
    rows = [["1", "0", "1", "J611", "00", "11", JIGYOSHO, "0", "202410", "0"]]
    for u in h.users:
        rows.append(["2", "J611", "01", "202409", "112151", JIGYOSHO, u.jukyu, "",
                     u.kana("　"), kokuho_date(u.born), "46", str(rng.randint(4000, 14000)), "0"])
        h.rec(rel, "person_name", u.kana(""), u.id)
        h.rec(rel, "date_of_birth", u.born, u.id)
    rows.append(["3", "END"])
    h.share.write(rel, csv_text(rows), "cp932")


def roster(h: Workshop) -> None:
    """07_職員/職員名簿_2024.xlsx: the staff (My Numbers, some spaced, pensions), one's own
    sheet (a back pain) and the posts."""
    rng, rel = h.rng, "07_職員/職員名簿_2024.xlsx"
    wb, ws = workbook("職員名簿", "職員名簿（令和6年4月1日現在）", "A1:J1")
    ws.append(["職員番号", "氏名", "フリガナ", "生年月日", "住所", "携帯電話", "資格", "個人番号",
               "基礎年金番号", "業務メール"])
    for s in h.staff:
        ad = s.addr.text(h=rng.choice(["-", "－"]))
        born = s.born.strftime("%Y/%m/%d") if rng.random() < 0.5 else era(s.born, 1)
        mn = s.mn if rng.random() < 0.6 else f"{s.mn[:4]} {s.mn[4:8]} {s.mn[8:]}"
        ws.append([s.empno, s.spaced, s.kana(), born, ad, s.tel, s.qual, mn, s.pension, s.mail])
        h.tn(rel, s)
        h.tk(rel, s)
        h.rec(rel, "date_of_birth", s.born, s.id)
        h.rec(rel, "address", ad, s.id)
        h.rec(rel, "phone_number", s.tel, s.id)
        h.rec(rel, "my_number", s.mn, s.id)
        h.rec(rel, "basic_pension_number", s.pension, s.id)
        h.rec(rel, "email_address", s.mail, s.id, True)
    s = h.staff[2]
    ws2 = wb.create_sheet("個人票_" + s.last)
    ws2["A1"] = "職員個人票"
    ws2.merge_cells("A1:B1")
    home = s.addr.text()
    qual = s.qual + "（登録番号 第" + str(rng.randint(10000, 99999)) + "号）"
    for row in [("氏名", s.spaced), ("フリガナ", s.kana()), ("生年月日", era(s.born, 0)),
                ("現住所", "〒" + s.addr.zip + " " + home), ("電話", s.tel),
                ("個人番号（マイナンバー）", s.mn), ("資格", qual), ("健康状態", "腰痛（通院中）"),
                ("扶養家族", "長男（" + str(rng.randint(3, 12)) + "歳）")]:
        ws2.append(list(row))
    h.rec(rel, "address", home, s.id)
    h.rec(rel, "postal_code", s.addr.zip, s.id)
    h.sens(rel, s, "腰痛")
    ws3 = wb.create_sheet("勤務体制")
    ws3.append(["職種", "氏名", "常勤/非常勤", "兼務"])
    for s in h.staff[:8]:
        ws3.append([s.qual, s.full, rng.choice(["常勤", "非常勤"]), ""])
    h.save(rel, wb)


def lots(h: Workshop) -> None:
    """12_パン製造/製造ロット管理_2024-10.csv (CP932): 30 lots, their numbers passing the My
    Number check, Luhn-valid JANs, the bakers' surnames."""
    rng, rel = h.rng, "12_パン製造/製造ロット管理_2024-10.csv"
    rows: list[list[object]] = [["製造日", "ロット番号", "品名", "JANコード", "数量", "賞味期限",
                                 "担当", "検品"]]
    for _ in range(30):
        d0 = date(2024, 10, rng.randint(1, 31))
        lot = my_number(rng, zero_lead="draw")
        item, jan, qty = rng.choice(BREADS), luhn_number(rng, "49", 13), rng.randint(10, 80)
        best = (d0 + timedelta(days=rng.randint(3, 60))).strftime("%Y/%m/%d")
        s = rng.choice(h.staff[5:10])
        rows.append([d0.isoformat(), lot, item, jan, qty, best, s.last, "OK"])
        h.tsei(rel, s)
    h.share.write(rel, csv_text(rows), "cp932")


def partners(h: Workshop) -> None:
    """12_パン製造/取引先一覧.xlsx: the trading partners (their numbers, neutral) and 12
    Luhn-valid order numbers."""
    rng, rel = h.rng, "12_パン製造/取引先一覧.xlsx"
    wb, ws = workbook("取引先", "取引先一覧（パン・軽作業受注）", "A1:F1")
    ws.append(["取引先名", "法人番号", "所在地", "代表電話", "担当者", "取引内容"])
    for cp in h.comp:
        last = h.faker.last_name()
        h.rec(rel, "person_name", last, None, True)
        ws.append([cp["name"], cp["corp"], cp["addr"], cp["tel"], last + "様",
                   rng.choice(["パン定期納品", "部品組立受託", "袋詰め受託"])])
        h.rec(rel, "corporate_number", cp["corp"], None, True)
        h.rec(rel, "phone_number", cp["tel"], None, True)
        h.rec(rel, "address", cp["addr"], None, True)
    ws2 = wb.create_sheet("受注番号")
    ws2.append(["受注番号", "取引先", "金額"])
    for _ in range(12):
        number = luhn_number(rng, rng.choice(["4", "5", "35"]), 16)
        ws2.append([number, rng.choice(h.comp)["name"], rng.randint(5000, 90000)])
    h.save(rel, wb)


def families(h: Workshop) -> None:
    """16_家族会/家族会会員名簿_R6.csv (UTF-8 with BOM): 18 relatives, a third of phones full
    width."""
    rng, rel = h.rng, "16_家族会/家族会会員名簿_R6.csv"
    rows = [["会員名", "利用者との関係", "郵便番号", "住所", "TEL", "会費"]]
    for u in h.users[:18]:
        f = h.fam[u.id]
        ad = f.addr.text(pref=False)
        tel = f.tel.translate(FULL_WIDTH) if rng.random() < 0.3 else f.tel
        rows.append([f.full + " 様", f"{u.full}さんの{f.rel}", "〒" + f.addr.zip, ad, tel,
                     "済" if rng.random() < 0.7 else "未"])
        h.tn(rel, f)
        h.tn(rel, u)
        h.rec(rel, "postal_code", f.addr.zip, f.id)
        h.rec(rel, "address", ad, f.id)
        h.rec(rel, "phone_number", f.tel, f.id)
    h.share.write(rel, csv_text(rows), "utf-8-sig")
