"""The staffing agency's staff tables: the CP932 登録スタッフ台帳 (last month's in the backup
too), the matching system's TSV export, the 在留カード管理表, the マイナンバー管理台帳 (本人,
扶養家族, 提出状況, a 届出書 sheet), the ドライバー登録一覧 and the 社保・雇用保険 加入者一覧."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from openpyxl.styles import Font

from .japanese import wareki, wareki_short
from .share import csv_text, workbook
from .staffing_agency_people import COMPANY, Agency, Person, grp

MN_PAPERS = ["通知カード＋運転免許証", "マイナンバーカード", "個人番号記載の住民票＋パスポート"]


def ledger_text(s: Agency, path: str, people: Sequence[Person]) -> str:
    """登録スタッフ台帳 rows as Excel writes them: names spaced either way (foreign staff in
    katakana), birth in 西暦 and 和暦, the address 番地-style or hyphened, the mobile with or
    without hyphens, a 備考 naming the employee who referred someone (neutral)."""
    R = s.rng
    rows = [["スタッフID", "氏名", "フリガナ", "性別", "生年月日", "生年月日(和暦)", "郵便番号",
             "住所", "携帯電話", "メールアドレス", "最寄駅", "希望職種", "登録日", "備考"]]
    for p in people:
        nm = p.name(R.choice(["　", " "])) if not p.foreign else f"{p.last_kana}・{p.first_kana}"
        kn = (p.kana() if not p.foreign else f"{p.last_kana} {p.first_kana}").replace("・", " ")
        ad = p.addr.full() if R.random() < .6 else p.addr.hyphened()
        ph = p.mobile if R.random() < .8 else p.mobile.replace("-", "")
        note = ""
        r = R.random()
        if r < .08:
            note = f"入社日 {s.between(date(2023, 1, 1), date(2024, 9, 1)).strftime('%Y/%m/%d')}"
        elif r < .12:
            note = "フォークリフト免許あり"
        elif r < .15:
            note = f"紹介者：{R.choice(s.emp).last}"
            s.add(path, "person_name", note[4:], neutral=True)
        rows.append([p.sid, nm, kn, "男" if p.sex == "M" else "女", p.born.strftime("%Y/%m/%d"),
                     wareki(p.born), p.addr.postal, ad, ph, p.email, p.addr.station, p.job,
                     p.reg.strftime("%Y/%m/%d"), note])
        s.basic(path, p, [nm, kn], dob=True, addr=ad, postal=True, phone=ph, email=True)
    return csv_text(rows)


def staff_ledger(s: Agency) -> None:
    path = "スタッフ管理/登録スタッフ台帳_20241001.csv"
    s.share.write(path, ledger_text(s, path, s.all_staff), "cp932")


def matching_export(s: Agency) -> None:
    """The matching system's export (UTF-8 TSV) of 40 staff: names unspaced (foreign: given name
    first in romaji), H/S-style 和暦, +81 mobiles, 〒 without its hyphen."""
    R = s.rng
    path = "スタッフ管理/matching_export_staff_20241015.tsv"
    rows = [["staff_code", "name_kanji", "name_kana", "birth", "tel", "mail", "zip", "address",
             "skill", "status", "updated_at"]]
    for p in R.sample(s.all_staff, 40):
        nm = p.name("") if not p.foreign else f"{p.first_roman} {p.last_roman}"
        kn = p.kana("")
        tel = R.choice([p.mobile.replace("-", ""), "+81-" + p.mobile[1:],
                        "+81" + p.mobile[1:].replace("-", "")])
        ad = p.addr.hyphened(pref=R.random() < .5, bld=R.random() < .5)
        status = R.choice(["稼働中", "待機", "休止"])
        updated = f"2024-10-{R.randint(1, 15):02d} {R.randint(8, 20):02d}:{R.randint(0, 59):02d}:00"
        rows.append([p.sid, nm, kn, wareki_short(p.born, padded=False), tel, p.email,
                     p.addr.postal.replace("-", ""), ad, p.job, status, updated])
        s.basic(path, p, [nm, kn], dob=True, addr=ad, postal=True, phone=tel, email=True)
    s.share.write(path, csv_text(rows, "\t", "\n"))


def residence_cards(s: Agency) -> None:
    """在留カード管理表: a two-row header under a banner, each foreign staff member's names, card,
    status, passport and mobile (a 受付番号 passing the My Number check in some 備考); a 期限
    アラート sheet naming the coordinator by surname (neutral)."""
    R = s.rng
    path = "スタッフ管理/外国人スタッフ/在留カード管理表_2024.xlsx"
    wb, ws = workbook("在留カード一覧", f"外国人スタッフ 在留カード・旅券 管理表（{COMPANY}）",
                      "A1:L1")
    heads = {"A": "No", "B": "氏名", "D": "国籍", "E": "生年月日", "F": "在留カード", "I": "旅券",
             "K": "連絡先", "L": "備考"}
    for col, head in heads.items():
        ws[f"{col}2"] = head
    for span in ("B2:C2", "F2:H2", "I2:J2"):
        ws.merge_cells(span)
    for col, head in zip("ABCDEFGHIJKL", ["", "ローマ字", "カタカナ", "", "", "番号", "在留資格",
                                          "在留期限", "旅券番号", "有効期限", "携帯", ""],
                         strict=True):
        ws[f"{col}3"] = head
    for i, p in enumerate(s.foreigners, 1):
        kn = f"{p.last_kana}・{p.first_kana}"
        note = R.choice(["", "", "資格外活動 週28時間まで", f"受付番号 {s.my_number()}"])
        ws.append([i, p.name(), kn, p.nat, p.born, p.rcard, p.visa, p.visa_exp, p.passport,
                   s.between(date(2026, 1, 1), date(2033, 12, 31)), p.mobile, note])
        for col in ("E", "H", "J"):
            ws[f"{col}{ws.max_row}"].number_format = "yyyy/mm/dd"
        for value, category in [(p.name(), "person_name"), (kn, "person_name"),
                                (p.born, "date_of_birth"), (p.rcard, "residence_card_number"),
                                (p.passport, "passport_number"), (p.mobile, "phone_number")]:
            s.add(path, category, value, p)
    for col, width in zip("ABCDEFGHIJKL", [4, 24, 24, 10, 12, 16, 22, 12, 12, 12, 15, 28],
                          strict=True):
        ws.column_dimensions[col].width = width
    ws2 = wb.create_sheet("期限アラート")
    ws2.append(["氏名", "在留期限", "残日数", "担当", "対応状況"])
    coordinator = s.sales[1]
    for p in sorted(s.foreigners, key=lambda x: x.visa_exp)[:5]:
        left = (p.visa_exp - date(2024, 10, 1)).days
        status = "更新申請書類 回収済" if R.random() < .5 else "本人へ連絡済"
        ws2.append([p.name(), p.visa_exp.strftime("%Y/%m/%d"), left, coordinator.last, status])
        s.add(path, "person_name", coordinator.last, coordinator, neutral=True)
    s.share.save(path, wb)


def my_number_ledger(s: Agency) -> None:
    """マイナンバー管理台帳: staff and employees with 個人番号 written three ways and births in
    zero-padded 和暦; the dependants' sheet; 提出状況 by surname (neutral) with 受付番号 passing
    the My Number check; one owner's 届出書 as label | value rows."""
    R = s.rng
    path = "人事/マイナンバー/マイナンバー管理台帳_取扱注意.xlsx"
    wb, ws = workbook("本人")
    ws["A1"] = "特定個人情報 管理台帳（個人番号）"
    ws.merge_cells("A1:H1")
    ws["A1"].font = Font(bold=True, size=14)
    ws.append(["社員番号", "氏名", "フリガナ", "生年月日", "個人番号", "確認書類", "取得日",
               "取得者"])
    listed = ([p for p in s.assigned if not p.foreign][:34] + s.fam_owners
              + [p for p in s.assigned if p.foreign][:4] + s.emp)
    people = [p for i, p in enumerate(listed) if p not in listed[:i]]
    for p in people:
        shown = R.choice([p.mn, grp(p.mn, (4, 4, 4)), grp(p.mn, (4, 4, 4), "-")])
        kn = p.kana().replace("・", " ") if p.foreign else p.kana()
        ws.append([p.code, p.name(), kn, wareki(p.born, padded=True), shown, R.choice(MN_PAPERS),
                   s.between(date(2022, 4, 1), date(2024, 9, 30)).strftime("%Y/%m/%d"),
                   R.choice(s.hr).last])
        for value, category in [(p.name(), "person_name"), (kn, "person_name"),
                                (p.born, "date_of_birth"), (p.mn, "my_number")]:
            s.add(path, category, value, p)
    for h in s.hr:
        s.add(path, "person_name", h.last, h, neutral=True)
    ws = wb.create_sheet("扶養家族")
    ws["A1"], ws["D1"] = "扶養者", "被扶養者"
    ws.merge_cells("A1:C1")
    ws.merge_cells("D1:I1")
    ws.append(["社員番号", "氏名", "個人番号", "続柄", "氏名", "フリガナ", "生年月日", "個人番号",
               "同居"])
    for o in s.fam_owners:
        for f in o.family:
            ws.append([o.sid, o.name(), o.mn, f.rel, f.name(), f.kana(),
                       f.born.strftime("%Y/%m/%d"), f.mn, "同居"])
            for value, category in [(f.name(), "person_name"), (f.kana(), "person_name"),
                                    (f.born, "date_of_birth"), (f.mn, "my_number")]:
                s.add(path, category, value, f)
    ws = wb.create_sheet("提出状況")
    ws.append(["受付番号", "社員番号", "氏名", "受付日", "書類", "状況"])
    for p in R.sample(people, 12):
        ws.append([s.my_number(), p.code, p.last,
                   s.between(date(2024, 4, 1), date(2024, 9, 30)).strftime("%Y/%m/%d"),
                   "個人番号届出書",
                   R.choice(["受理", "不備返却（裏面コピーなし）", "受理"])])
        s.add(path, "person_name", p.last, p, neutral=True)
    ws = wb.create_sheet("届出書")
    fp = s.fam_owners[0]
    for row in [("個人番号届出書", ""), ("", ""), ("社員番号", fp.sid), ("氏名", fp.name()),
                ("フリガナ", fp.kana()), ("生年月日", wareki(fp.born)),
                ("個人番号", grp(fp.mn, (4, 4, 4))), ("住所", fp.addr.full()),
                ("電話番号", fp.mobile), ("提出日", "令和6年4月8日"), ("受付番号", s.my_number())]:
        ws.append(list(row))
    ws.merge_cells("A1:D1")
    s.add(path, "address", fp.addr.full(), fp)
    s.add(path, "phone_number", fp.mobile, fp)
    s.share.save(path, wb)


def drivers(s: Agency) -> None:
    """ドライバー登録一覧 (UTF-8 with BOM, LF): the first 14 Japanese staff get licences, written
    bare, as 第…号 or in fours; the scan's file name holds the surname (neutral), the client
    too."""
    R = s.rng
    path = "人事/運転免許証/ドライバー登録一覧.csv"
    rows = [["スタッフID", "氏名", "生年月日", "免許証番号", "種類", "有効期限", "免許証コピー",
             "派遣先"]]
    for p in [x for x in s.all_staff if not x.foreign][:14]:
        p.licence = s.licence(p.addr.lic)
        shown = R.choice([p.licence, f"第{p.licence}号", grp(p.licence, (4, 4, 4))])
        kind = R.choice(["普通", "中型", "普通・フォークリフト"])
        until = wareki(s.between(date(2025, 1, 1), date(2029, 12, 31))) + "まで"
        rows.append([p.sid, p.name(" "), p.born.strftime("%Y年%m月%d日"), shown, kind, until,
                     f"\\\\fs01\\人事\\運転免許証\\{p.sid}_{p.last}.pdf", p.client.name])
        s.add(path, "person_name", p.name(" "), p)
        s.add(path, "date_of_birth", p.born, p)
        s.add(path, "drivers_license_number", p.licence, p)
        s.add(path, "person_name", p.last, p, neutral=True)
        s.add(path, "person_name", p.client.name, neutral=True)
    s.share.write(path, csv_text(rows, end="\n"), "utf-8-sig")


def social_insurance(s: Agency) -> None:
    """社保・雇用保険 加入者一覧: 38 assigned staff and the employees (whose numbers are drawn
    here) with 基礎年金番号, 雇用保険 and 被保険者証 numbers under a two-row header."""
    R = s.rng
    path = "人事/社会保険/社保・雇用保険_加入者一覧_2024.xlsx"
    wb, ws = workbook("加入者一覧", "社会保険・雇用保険 加入者一覧（2024年10月1日現在）", "A1:I1")
    ws["D2"] = "年金・保険 番号"
    ws.merge_cells("D2:F2")
    ws.append(["社員番号", "氏名", "生年月日", "基礎年金番号", "雇用保険被保険者番号",
               "被保険者証 記号-番号", "資格取得日", "標準報酬月額", "備考"])
    for p in s.assigned[:38] + s.emp:
        if not p.pension:
            p.pension = f"{R.randint(1000, 9999)}-{R.randint(0, 999999):06d}"
            p.koyo = f"1301-{R.randint(0, 999999):06d}-{R.randint(0, 9)}"
            p.kenpo = f"{R.randint(10000000, 39999999)}-{R.randint(1, 250)}"
        ws.append([p.code, p.name(), p.born.strftime("%Y/%m/%d"), p.pension, p.koyo, p.kenpo,
                   (p.start or date(2019, 4, 1)).strftime("%Y/%m/%d"),
                   R.choice([200000, 220000, 240000, 260000, 300000, 360000]),
                   R.choice(["", "", "", "扶養あり"])])
        for value, category in [(p.name(), "person_name"), (p.born, "date_of_birth"),
                                (p.pension, "basic_pension_number"),
                                (p.kenpo, "health_insurance_number")]:
            s.add(path, category, value, p)
    s.share.save(path, wb)
