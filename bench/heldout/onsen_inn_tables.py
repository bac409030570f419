"""The inn's tables: the CP932 予約一覧, the 宿泊者名簿 and 食事対応 workbooks, the foreign guests'
tablet CSV, the staff roster (口座, 個人番号, 緊急連絡先, 在留カード), 送迎 TSV and 法人請求."""

from __future__ import annotations

import datetime

from openpyxl import Workbook
from openpyxl.styles import Font

from .japanese import wareki
from .onsen_inn_people import INN, Inn, addr
from .share import csv_text


def reservations(n: Inn) -> None:
    """予約一覧: 50 Japanese guests (their needs in 備考) and ten foreign ones from Booking.com."""
    rng, path = n.rng, "予約システム/予約一覧_202410.csv"
    rows = [["予約番号", "予約日", "チェックイン", "泊数", "代表者氏名", "フリガナ", "電話番号",
             "メールアドレス", "郵便番号", "住所", "人数", "プラン", "予約経路", "備考"]]
    for p in n.guests[:50] + n.foreign[:10]:
        if p.foreign:
            rows.append([p.res, f"2024/09/{rng.randint(1, 28):02d}", p.cin.strftime("%Y/%m/%d"),
                         p.nights, p.name.upper(), "",
                         p.tel, p.email, "", p.country, rng.randint(1, 3), "素泊まり",
                         "Booking.com", ""])
            # é/ü are not in CP932: the file holds '?'
            n.t(path, "person_name", p.name.encode("cp932", "replace").decode("cp932"), p)
            n.t(path, "phone_number", p.telnorm, p)
            n.t(path, "email_address", p.email, p)
            continue
        note = n.needs.get(p.id, "") if rng.random() < 0.7 else ""
        ph = n.phone(p.tel, rng.choice([0, 0, 1, 3]))
        rows.append([p.res, f"2024/09/{rng.randint(1, 28):02d}", p.cin.strftime("%Y/%m/%d"),
                     p.nights, p.name, p.kana, ph,
                     p.email, p.zip, addr(p), rng.randint(1, 5),
                     rng.choice(["【一泊二食】会席プラン", "【素泊まり】ビジネス",
                                 "【朝食付】ビジネス", "貸切風呂付プラン"]),
                     rng.choice(["じゃらん", "楽天トラベル", "電話", "自社HP"]), note])
        n.tn(path, p, kana=True)
        n.t(path, "phone_number", p.tel, p)
        n.t(path, "email_address", p.email, p)
        n.t(path, "postal_code", p.zip, p)
        n.t(path, "address", addr(p), p)
        if note:
            n.t(path, "sensitive", note, p)
    n.share.write(path, csv_text(rows).encode("cp932", "replace"))


def register(n: Inn) -> None:
    """宿泊者名簿 (旅館業法): a row a guest by day (some with a 免許証 number), the foreign guests'
    passports, and a 記入例 sheet of sample values."""
    rng, path = n.rng, "宿泊者名簿/宿泊者名簿_2024年10月.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "10月"
    ws["A1"] = "宿泊者名簿　2024年10月分　" + INN["name"]
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "旅館業法施行規則第4条の2に基づく。保存期間3年。"
    ws.append([])
    ws.append(["宿泊日", "部屋", "氏名", "フリガナ", "住所", "電話番号", "職業", "国籍", "旅券番号",
               "身分証確認", "備考"])
    cur = None
    for p in sorted(n.guests[:60] + n.foreign, key=lambda p: p.cin):
        if p.cin != cur:
            cur = p.cin
            ws.append([f"■ {cur.month}月{cur.day}日（{'月火水木金土日'[cur.weekday()]}）"])
            r = ws.max_row
            ws.merge_cells(start_row=r, end_row=r, start_column=1, end_column=11)
        room = (rng.choice(["松", "竹", "梅", "萩", "桔梗"]) if rng.random() < 0.5
                else str(rng.randint(201, 312)))
        if p.foreign:
            ws.append([p.cin.strftime("%m/%d"), room, p.name, "", p.homeaddr, p.tel, "",
                       p.country_ja, p.passport, "旅券写し有", ""])
            n.t(path, "person_name", p.name, p)
            n.t(path, "passport_number", p.passport, p)
            n.t(path, "phone_number", p.telnorm, p)
            n.t(path, "address", p.homeaddr, p, True)
            continue
        idc = ""
        if rng.random() < 0.25:
            p.extra["lic"] = n.licence()
            idc = "免許証 " + p.lic
            n.t(path, "drivers_license_number", p.lic, p)
        a = addr(p, pref=rng.random() < 0.7)
        ws.append([p.cin.strftime("%m/%d"), room, p.name if rng.random() < 0.6 else p.sei + p.mei,
                   p.kana, a, n.phone(p.tel, rng.choice([0, 3, 2])),
                   rng.choice(["会社員", "自営業", "公務員", "無職", "主婦", "学生", ""]),
                   "日本", "", idc, ""])
        n.tn(path, p, kana=True)
        n.t(path, "address", a, p)
        n.t(path, "phone_number", p.tel, p)
    ws2 = wb.create_sheet("外国人宿泊者")
    ws2["A1"] = "外国人宿泊者 旅券確認記録"
    ws2.append(["チェックイン", "Name", "Nationality", "Passport No.", "Date of Birth", "e-mail",
                "確認者"])
    for p in n.foreign:
        ws2.append([p.cin, p.name, p.country, p.passport, p.dob.strftime("%d/%m/%Y"), p.email,
                    n.staff[0].sei])
        n.t(path, "date_of_birth", p.dob.isoformat(), p)
        n.t(path, "email_address", p.email, p)
    n.sur(path, n.staff[0])
    for c in ws2["A"]:
        if isinstance(c.value, datetime.date):
            c.number_format = "yyyy/mm/dd"
    ws3 = wb.create_sheet("記入例")
    for row in [("宿泊者名簿 記入例（フロント掲示用）", ""), ("氏名", "川瀬 太郎"),
                ("住所", "静岡県伊東市湯川1丁目12-3"), ("電話番号", "090-0000-0000"),
                ("メール", "test@example.com"), ("旅券番号", "TK0000000"),
                ("備考", "外国人のお客様は旅券の写しを保存すること")]:
        ws3.append(list(row))
    n.t(path, "address", INN["addr"], None, True)
    wb.properties.creator = "川瀬"
    n.share.save(path, wb)


def tablet(n: Inn) -> None:
    """The check-in tablet's export: every foreign guest's passport, birth date and home."""
    rng, path = n.rng, "宿泊者名簿/tablet_checkin_foreign.csv"
    rows = [["checkin_at", "full_name", "nationality", "passport_no", "birth_date",
             "home_address", "email", "phone", "next_destination"]]
    for p in n.foreign:
        rows.append([p.cin.isoformat() + f"T15:{rng.randint(0, 59):02d}:00+09:00", p.name, p.cc,
                     p.passport, p.dob.isoformat(), p.homeaddr, p.email, p.tel,
                     rng.choice(["Kyoto", "Tokyo", "Hakone", "Osaka"])])
        n.t(path, "person_name", p.name, p)
        n.t(path, "passport_number", p.passport, p)
        n.t(path, "date_of_birth", p.dob.isoformat(), p)
        n.t(path, "address", p.homeaddr, p, True)
        n.t(path, "email_address", p.email, p)
        n.t(path, "phone_number", p.telnorm, p)
    n.share.write(path, csv_text(rows))


def meals(n: Inn) -> None:
    """食事対応表: 23 guests' allergies and conditions, and the barrier-free arrangements."""
    rng, path = n.rng, "料理/食事・客室対応表_10月.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "食事対応"
    ws["A1"] = "10月 食事対応表（調理場・仲居共有）"
    ws.merge_cells("A1:G1")
    ws.append(["日付", "部屋", "お客様", "人数", "アレルギー・制限", "対応", "担当"])
    need_people = n.guests[5:28]
    for p in need_people:
        need = n.needs[p.id]
        full = rng.random() >= 0.5
        ws.append([f"{p.cin.month}/{p.cin.day}", rng.choice(["松", "竹", "梅", "萩"]),
                   p.name + " 様" if full else p.sei + "様", rng.randint(1, 4), need,
                   rng.choice(["代替食材で対応", "別鍋", "要確認", "完全除去", "1階和洋室へ"]),
                   n.staff[rng.randint(1, 4)].sei])
        n.sur(path, p)
        if full:
            n.t(path, "person_name", p.name, p)
        n.t(path, "sensitive", need, p)
    for s in n.staff[1:5]:
        n.sur(path, s)
    ws2 = wb.create_sheet("バリアフリー手配")
    ws2.append(["お名前", "連絡先", "手配内容", "介助者"])
    for p in need_people:
        if "車椅子" in n.needs[p.id] or "透析" in n.needs[p.id]:
            ws2.append([p.name, p.tel, n.needs[p.id] + "／段差スロープ・手すり付客室",
                        rng.choice(["ご家族", "ヘルパー同行", "なし"])])
            n.t(path, "person_name", p.name, p)
            n.t(path, "phone_number", p.tel, p)
    n.share.save(path, wb)


def roster(n: Inn) -> None:
    """シフト表・給与: the shifts, the pay accounts, the 個人番号 book (dependants too), the
    emergency contacts and the two 特定技能 staff's cards (在留カード)."""
    rng, path = n.rng, "総務/シフト表_給与_2024年10月.xlsx"
    staff = n.all_staff
    wb = Workbook()
    ws = wb.active
    ws.title = "シフト表"
    ws["A1"] = "2024年10月 勤務シフト表（旅館・ホテル）"
    ws.merge_cells("A1:H1")
    ws.append(["氏名", "部署"] + [str(i) for i in range(1, 32)])
    for grpname, members in [("【旅館】", staff[:7]), ("【ビジネスホテル】", staff[7:])]:
        ws.append([grpname])
        r = ws.max_row
        ws.merge_cells(start_row=r, end_row=r, start_column=1, end_column=33)
        for s in members:
            ws.append([s.name, rng.choice(["フロント", "客室", "調理", "仲居", "清掃", "夜勤"])]
                      + [rng.choice(["早", "遅", "休", "夜", "早"]) for _ in range(31)])
            n.t(path, "person_name", s.name, s)
    ws2 = wb.create_sheet("給与振込口座")
    ws2.append(["社員番号", "氏名", "カナ", "銀行コード", "銀行名", "支店番号", "種別", "口座番号",
                "口座名義"])
    for i, s in enumerate(staff):
        ws2.append([f"K{i + 1:03d}", s.name, s.kana, s.bank[0], s.bank[1], s.branch, "普通",
                    s.acct, s.kana.replace(" ", "　")])
        n.t(path, "bank_account", s.acct, s)
        n.t(path, "person_name", s.kana, s, True)
    ws3 = wb.create_sheet("マイナンバー")
    ws3["A1"] = "個人番号管理台帳（取扱責任者：女将 限り）"
    ws3.append(["氏名", "個人番号", "生年月日", "住所", "基礎年金番号", "健康保険 被保険者番号",
                "扶養親族", "扶養 個人番号"])
    for i, s in enumerate(staff):
        dep = getattr(s, "dep", None)
        mn = s.mn if i % 2 else s.mn[:4] + " " + s.mn[4:8] + " " + s.mn[8:]
        ws3.append([s.name, mn, wareki(s.dob), addr(s), s.pension[:4] + "-" + s.pension[4:], s.hi,
                    dep.name if dep else "", dep.mn if dep else ""])
        n.t(path, "my_number", s.mn, s)
        n.t(path, "date_of_birth", s.dob.isoformat(), s)
        n.t(path, "address", addr(s), s)
        n.t(path, "basic_pension_number", s.pension, s)
        n.t(path, "health_insurance_number", s.hi, s, True)
        if dep:
            n.t(path, "person_name", dep.name, dep)
            n.t(path, "my_number", dep.mn, dep)
    ws4 = wb.create_sheet("緊急連絡先")
    ws4.append(["従業員", "緊急連絡先氏名", "続柄", "電話"])
    for s in n.staff[:6]:
        e = s.emg
        ws4.append([s.name, e.name, e.rel, e.tel])
        n.t(path, "person_name", e.name, e)
        n.t(path, "phone_number", e.tel, e)
    for f in n.foreign_staff:
        wsx = wb.create_sheet("従業員カード_" + f.name.split()[0])
        for row in [("従業員カード", ""), ("氏名", f.name), ("フリガナ", f.kana), ("国籍", f.nat),
                    ("在留資格", "特定技能1号（宿泊）"), ("在留カード番号", f.rc),
                    ("在留期限", "2026年3月31日"), ("生年月日", f.dob.strftime("%Y/%m/%d")),
                    ("携帯", f.tel), ("住所", "社員寮 " + INN["addr"] + " 2F")]:
            wsx.append(list(row))
        n.t(path, "residence_card_number", f.rc, f)
        n.t(path, "phone_number", f.tel, f)
        n.t(path, "person_name", f.kana, f, True)
        n.t(path, "address", "社員寮" + INN["addr"] + "2F", f, True)
    n.share.save(path, wb)


def pickups(n: Inn) -> None:
    """送迎リスト: nine guests met at 伊東駅 by name or surname, their mobiles, 車椅子 noted."""
    rng, path = n.rng, "フロント/送迎リスト_10月.tsv"
    out = "日付\t時刻\t駅\tお客様\t人数\t携帯\t備考\n"
    g = n.guests
    for p in g[60:62] + g[63:67] + g[79:82]:
        nm = p.name.replace(" ", "") + "様" if rng.random() < 0.5 else p.sei + "様"
        out += "\t".join([
            p.cin.strftime("%m/%d"), f"{rng.randint(14, 17):02d}:{rng.choice([0, 15, 30, 45]):02d}",
            "伊東駅", nm, str(rng.randint(1, 4)), n.phone(p.tel, rng.choice([0, 3, 2])),
            "車椅子" if p.id in n.needs and "車椅子" in n.needs[p.id] else ""]) + "\n"
        if nm.startswith(p.sei + "様"):
            n.sur(path, p)
        else:
            n.tn(path, p)
        n.t(path, "phone_number", p.tel, p)
    n.share.write(path, out)


def billing(n: Inn) -> None:
    """法人請求: ten business-hotel stays billed to a company (its 法人番号), some with the
    guest's mail; the invoice numbers pass the My Number check."""
    rng, path = n.rng, "ホテル/法人請求_2024年10月.csv"
    rows = [["請求番号", "法人名", "法人番号", "宿泊者", "宿泊日", "泊数", "金額", "担当者連絡先"]]
    for p in n.guests[35:45]:
        rows.append([n.resv(), "株式会社 東海テクノ", n.vendor_corp, p.name, p.cin.isoformat(),
                     p.nights, p.nights * 8800, p.email if rng.random() < 0.5 else ""])
        n.tn(path, p)
    n.t(path, "corporate_number", n.vendor_corp, None, True)
    for row in rows[1:]:
        if row[7]:
            who = next(q for q in n.guests[35:45] if q.email == row[7])
            n.t(path, "email_address", row[7], who)
    n.share.write(path, csv_text(rows).encode("cp932"))
