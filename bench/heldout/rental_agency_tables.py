"""The rental agency's ledgers: the CP932 契約台帳 with half-width-kana holders, a 全銀 口座振替
file, the arrears workbook under a title and a merged group row, ID-copy lists, the guarantor
company's JSONL, owners (法人番号 for companies), vendors and a key ledger of look-alikes."""

from __future__ import annotations

import json
from datetime import date, timedelta

from openpyxl.styles import Font

from .japanese import bank_kana, fphone
from .rental_agency_people import COMPANY, Agency, fdate
from .share import csv_text, workbook


def contract_ledger(a: Agency) -> None:
    """賃貸借契約台帳 (CP932): tenants, their accounts and the clerk's surname (neutral)."""
    R = a.rng
    path = "契約管理/賃貸借契約台帳_2024.csv"
    rows = [["契約番号", "物件番号", "物件名", "号室", "契約者名", "契約者カナ", "連絡先", "賃料",
             "管理費", "契約日", "入居日", "更新日", "振替銀行", "支店", "種別", "口座番号",
             "口座名義", "管理担当"]]
    for t in a.tenants:
        tel = fphone(t.phone, R.choice(["hy", "none"]))
        holder = bank_kana(t.kana(" "))
        clerk = a.staff[int(t.id[1:]) % 3]
        rows.append([t.contract_no, t.bld["code"], t.bld["name"], str(t.room), t.name(" "),
                     t.kana(" "), tel, str(t.rent), str(t.fee), fdate(t.contract_date, "slash"),
                     fdate(t.move_in, "slash"), fdate(t.renew, "slash"), t.bank, t.branch, "普通",
                     t.acct, holder, clerk.last])
        a.add(path, "person_name", t.name(" "), t.id)
        a.add(path, "person_name", t.kana(" "), t.id)
        a.add(path, "person_name", holder, t.id)
        a.add(path, "phone_number", tel, t.id)
        a.add(path, "bank_account", t.acct, t.id)
        a.add(path, "person_name", clerk.last, clerk.id, neutral=True)
    a.share.write(path, csv_text(rows), "cp932")


def direct_debit(a: Agency) -> None:
    """口座振替依頼データ (全銀, fixed width, CP932): a foreign tenant's holder in capitals."""
    R = a.rng
    path = "契約管理/口座振替/KOFURI_202411.txt"
    lines = ["1910" + "1234567890" + bank_kana("ミナトジユウタクカンリ").ljust(40) + "1101" + "0001"
             + bank_kana("ミズホ").ljust(15) + "123" + bank_kana("シバウラ").ljust(15) + "1"
             + "7654321" + " " * 17]
    payers = a.tenants[:30]
    for t in payers:
        holder = t.roma.upper()[:30] if t.foreign else bank_kana(t.kana(" "))
        lines.append("2" + f"{R.randint(1, 9999):04d}" + t.bank_kana.ljust(15)[:15]
                     + f"{R.randint(1, 999):03d}" + " " * 15 + "    " + "1" + t.acct
                     + holder.ljust(30)[:30] + f"{t.rent + t.fee:010d}" + "0"
                     + t.contract_no[:10].ljust(20) + "0" + " " * 8)
        a.add(path, "person_name", holder, t.id)
        a.add(path, "bank_account", t.acct, t.id)
    a.add(path, "bank_account", "7654321", None, neutral=True)
    lines.append("8" + f"{len(payers):06d}" + f"{sum(t.rent + t.fee for t in payers):012d}"
                 + " " * 101)
    lines.append("9" + " " * 119)
    a.share.write(path, "\r\n".join(lines) + "\r\n", "cp932")


def arrears(a: Agency) -> None:
    """家賃滞納者リスト: two months under a title and a merged group row, then guarantors and
    emergency contacts."""
    R = a.rng
    path = "滞納管理/家賃滞納者リスト_2024下期.xlsx"
    wb, ws = workbook("2024年10月")
    late = R.sample(a.tenants, 18)
    for si, month in enumerate(["2024年10月", "2024年11月"]):
        ws = wb.active if si == 0 else wb.create_sheet()
        ws.title = month
        ws["A1"] = f"家賃滞納者一覧（{month}末時点）　{COMPANY} 管理部"
        ws.merge_cells("A1:J1")
        ws["A2"] = "契約者情報"
        ws.merge_cells("A2:E2")
        ws["F2"] = "滞納状況"
        ws.merge_cells("F2:H2")
        ws["I2"] = "対応"
        ws.merge_cells("I2:J2")
        for ci, title in enumerate(["管理番号", "物件名", "号室", "氏名", "電話番号", "滞納額",
                                    "滞納月数", "最終入金日", "督促状況", "担当"], 1):
            ws.cell(3, ci, title).font = Font(bold=True)
        for ri, t in enumerate(late[:12] if si == 0 else late[6:], 4):
            months = R.randint(1, 4)
            last_pay = date(2024, 9 + si, 1) - timedelta(days=30 * months)
            tel = fphone(t.phone, R.choice(["hy", "none", "paren"]))
            promised = (date(2024, 11, 25) + timedelta(days=ri)).month
            note = R.choice(["電話督促済、応答なし", "督促状送付（内容証明）", "分納の申出あり",
                             "保証会社へ代位弁済請求", f"本人より{promised}月末入金予定との連絡",
                             "給湯器故障による減額交渉中"])
            clerk = a.staff[ri % 3]
            for ci, v in enumerate([t.kanri_no, t.bld["name"], t.room, t.name(""), tel,
                                    t.rent * months, months, fdate(last_pay, "slash"), note,
                                    clerk.last], 1):
                ws.cell(ri, ci, v)
            a.add(path, "person_name", t.name(""), t.id)
            a.add(path, "phone_number", tel, t.id)
            a.add(path, "person_name", clerk.last, clerk.id, neutral=True)
    ws = wb.create_sheet("保証人・緊急連絡先")
    ws["A1"] = "連絡先一覧"
    ws.merge_cells("A1:C1")
    ws["D1"] = "連帯保証人 / 緊急連絡先"
    ws.merge_cells("D1:H1")
    titles = ["契約者", "物件", "号室", "氏名", "続柄", "電話", "住所", "区分"]
    for ci, title in enumerate(titles, 1):
        ws.cell(2, ci, title)
    ri = 3
    for t in late:
        c = t.guarantor or t.emergency
        if not c:
            continue
        kind = "連帯保証人" if t.guarantor else "緊急連絡先"
        tel = fphone(c.phone, "hy")
        ad = c.addr.full() if kind == "連帯保証人" else ""
        for ci, v in enumerate([t.name(" "), t.bld["name"], t.room, c.name(" "), c.rel, tel, ad,
                                kind], 1):
            ws.cell(ri, ci, v)
        ri += 1
        a.add(path, "person_name", t.name(" "), t.id)
        a.add(path, "person_name", c.name(" "), c.id)
        a.add(path, "phone_number", tel, c.id)
        if ad:
            a.add(path, "address", ad, c.id)
    a.share.save(path, wb)


def id_copies(a: Agency) -> None:
    """本人確認書類 控え一覧: licences, passports and 在留カード (受付番号 pass the My Number
    check), and a foreign tenant's record as a label | value form."""
    R = a.rng
    path = "入居審査/本人確認書類_控え一覧.xlsx"
    wb, ws = workbook("一覧")
    ws.append(["No.", "受付番号", "氏名", "フリガナ", "生年月日", "書類種別", "書類番号",
               "有効期限", "国籍", "確認日", "確認者"])
    foreign = [t for t in a.tenants if t.foreign]
    ids = (foreign + R.sample([t for t in a.tenants if not t.foreign], 16)
           + [p for p in a.applicants if p.foreign])
    for n, p in enumerate(ids, 1):
        received = a.my_number()  # passes the My Number check: a hard negative
        licence = "運転免許証"
        kind = "在留カード" if p.foreign else R.choice(
            [licence, licence, licence, "パスポート" if p.passport else licence])
        if kind == "在留カード":
            number, expiry = p.rc, fdate(date(2027, R.randint(1, 12), 15), "slash")
            category = "residence_card_number"
        elif kind == "パスポート":
            number, expiry = p.passport, fdate(date(2031, R.randint(1, 12), 9), "slash")
            category = "passport_number"
        else:
            number, expiry = p.license, fdate(p.license_exp, "slash")
            category = "drivers_license_number"
        dob = fdate(p.dob, "slash" if p.foreign else R.choice(["slash", "wareki"]))
        checker = a.staff[n % 4]
        ws.append([n, received, p.name(" "), p.kana(" "), dob, kind, number, expiry, p.nat,
                   fdate(date(2024, R.randint(1, 11), R.randint(1, 28)), "slash"),
                   checker.name(" ")])
        a.add(path, "person_name", p.name(" "), p.id)
        a.add(path, "person_name", p.kana(" "), p.id)
        a.born(path, dob, p)
        a.add(path, category, number, p.id)
        a.add(path, "person_name", checker.name(" "), checker.id)
    ft = foreign[0]
    ws = wb.create_sheet("確認記録_外国籍")
    status = R.choice(["技術・人文知識・国際業務", "留学", "特定技能1号", "永住者"])
    for row in [("確認記録（外国籍の方）", ""), ("氏名（ローマ字）", ft.roma),
                ("氏名（カナ）", ft.kana(" ")), ("国籍・地域", ft.nat),
                ("生年月日", fdate(ft.dob, "kanji")), ("在留カード番号", ft.rc),
                ("在留資格", status), ("旅券番号", ft.passport), ("現住所", ft.addr.full()),
                ("携帯電話", fphone(ft.phone, "intl")), ("E-mail", ft.email),
                ("勤務先", ft.employer),
                ("確認者", a.staff[0].name(""))]:
        ws.append(list(row))
    ws.merge_cells("A1:B1")
    a.add(path, "person_name", ft.roma, ft.id)
    a.born(path, fdate(ft.dob, "kanji"), ft)
    a.add(path, "residence_card_number", ft.rc, ft.id)
    a.add(path, "passport_number", ft.passport, ft.id)
    a.add(path, "address", ft.addr.full(), ft.id)
    a.add(path, "phone_number", fphone(ft.phone, "intl"), ft.id)
    a.add(path, "email_address", ft.email, ft.id)
    a.add(path, "person_name", a.staff[0].name(""), a.staff[0].id)
    a.share.save(path, wb)


SENSITIVE_NOTES = [("生活保護", "生活保護受給中（住宅扶助上限内）、役所ケースワーカー同席で申込"),
                   ("障害者手帳", "障害者手帳（精神2級）所持、障害年金受給あり"),
                   ("前科", "本人申告により前科あり（詳細不明）、要上長確認"),
                   ("うつ病", "うつ病により休職中、傷病手当金受給"),
                   ("人工透析", "人工透析通院のため1階希望")]
PLAIN_NOTES = ["在籍確認OK", "システム障害により回答遅延（10/12）",
               "勤続年数短いため保証人追加で承認", "前回審査（前年度）は承認", "家賃比率高め",
               "障害物なし、駐車場利用希望"]


def screening(a: Agency) -> None:
    """The guarantor company's 審査結果 (JSONL): applicants' members name them, 国籍 and 年収
    nothing; five notes hold a sensitive fact, the others words that only look like one."""
    R = a.rng
    path = "入居審査/保証会社/審査結果_2024Q4.jsonl"
    out = []
    sensitive_at = [3, 9, 14, 21, 26]
    for i, p in enumerate(R.sample(a.tenants, 20) + a.applicants):
        number = a.my_number()
        tenant = p in a.tenants
        result = ("否決" if p in a.applicants and i % 2 == 0
                  else R.choice(["承認", "承認", "条件付承認"]))
        note = PLAIN_NOTES[i % len(PLAIN_NOTES)]
        sens = None
        if i in sensitive_at:
            sens, note = SENSITIVE_NOTES[sensitive_at.index(i)]
        received = (f"2024-{R.randint(10, 12)}-{R.randint(10, 28)}T{R.randint(9, 18):02d}:"
                    f"{R.randint(0, 59):02d}:00+09:00")
        building = p.bld if tenant else p.want
        rec = {"審査番号": number, "受付日時": received,
               "申込者": {"氏名": p.name(" "), "カナ": p.kana(" "), "生年月日": p.dob.isoformat(),
                       "携帯": fphone(p.phone, "none"), "勤務先": p.employer,
                       "年収": f"{p.income}万円", "国籍": p.nat},
               "物件": {"物件番号": building["code"], "名称": building["name"]},
               "結果": result, "審査担当": "SC-" + str(R.randint(100, 999)), "備考": note}
        if tenant and p.guarantor:
            g = p.guarantor
            rec["連帯保証人"] = {"氏名": g.name(" "), "続柄": g.rel, "電話": fphone(g.phone, "hy")}
            a.add(path, "person_name", g.name(" "), g.id)
            a.add(path, "phone_number", fphone(g.phone, "hy"), g.id)
        out.append(json.dumps(rec, ensure_ascii=False))
        a.add(path, "person_name", p.name(" "), p.id)
        a.add(path, "person_name", p.kana(" "), p.id)
        a.born(path, p.dob.isoformat(), p)
        a.add(path, "phone_number", p.phone, p.id)
        if sens:
            a.add(path, "sensitive", sens, p.id)
            if sens == "障害者手帳":
                a.add(path, "sensitive", "障害年金", p.id)
    a.share.write(path, "\n".join(out) + "\n")


def owners(a: Agency) -> None:
    """オーナー一覧 (UTF-8 with BOM): owners with マイナンバー for 支払調書; companies' 法人番号
    expected, their address, phone and account neutral."""
    R = a.rng
    path = "オーナー管理/オーナー一覧.csv"
    rows = [["オーナーID", "区分", "オーナー名", "法人番号", "担当者", "住所", "電話", "メール",
             "振込銀行", "支店", "口座番号", "マイナンバー（支払調書用）", "管理委託開始日",
             "備考"]]
    oid = 1001
    for o in a.owners:
        tel = fphone(o.tel, "hy")
        mn = o.mynumber if R.random() < 0.8 else ""
        since = fdate(date(2010, 1, 1) + timedelta(days=R.randint(0, 4000)), "slash")
        rows.append([str(oid), "個人", o.name(" "), "", "", f"〒{o.addr.zip} " + o.addr.full(),
                     tel, o.email, o.bank, o.branch, o.acct, mn, since,
                     R.choice(["", "相続で取得", "高齢のため長男が窓口",
                               "確定申告用書類毎年1月送付"])])
        oid += 1
        a.add(path, "person_name", o.name(" "), o.id)
        a.add(path, "address", o.addr.full(), o.id)
        a.add(path, "postal_code", o.addr.postal, o.id)
        a.add(path, "phone_number", tel, o.id)
        a.add(path, "email_address", o.email, o.id)
        a.add(path, "bank_account", o.acct, o.id)
        if mn:
            a.add(path, "my_number", mn, o.id)
    for c in a.corp_owners:
        ct = c["contact"]
        tel = fphone(c["tel"], "hy")
        acct = f"{R.randint(0, 9999999):07d}"
        rows.append([str(oid), "法人", c["name"], c["corp"], ct.name(" "), c["addr"].full(), tel,
                     ct.email, "三井住友銀行", "品川支店", acct, "",
                     fdate(date(2012, 4, 1), "slash"), "法人のため支払調書は法人番号で作成"])
        oid += 1
        a.add(path, "person_name", c["name"], None, neutral=True)
        a.add(path, "corporate_number", c["corp"], None)
        a.add(path, "person_name", ct.name(" "), ct.id)
        a.add(path, "email_address", ct.email, ct.id)
        a.add(path, "address", c["addr"].full(), None, neutral=True)
        a.add(path, "phone_number", tel, None, neutral=True)
        a.add(path, "bank_account", acct, None, neutral=True)
    a.share.write(path, csv_text(rows), "utf-8-sig")


def vendors(a: Agency) -> None:
    """協力業者一覧 (TSV): firms (neutral, 適格請求書 numbers too) and their contacts' mobiles."""
    R = a.rng
    path = "修繕/協力業者一覧.tsv"
    rows = [["業者コード", "業者名", "業種", "所在地", "代表電話", "担当者", "担当者携帯",
             "適格請求書登録番号", "取引開始日"]]
    for v in a.vendors:
        c = v["contact"]
        rows.append([v["code"], v["name"], v["trade"], v["addr"].full(), fphone(v["tel"], "hy"),
                     c.name(" ") if c else "", fphone(c.phone, "hy") if c else "", v["reg"],
                     fdate(date(2015, 1, 1) + timedelta(days=R.randint(0, 3000)), "slash")])
        a.add(path, "address", v["addr"].full(), None, neutral=True)
        a.add(path, "phone_number", v["tel"], None, neutral=True)
        a.add(path, "corporate_number", v["reg"], None, neutral=True)
        a.add(path, "person_name", v["name"], None, neutral=True)
        if c:
            a.add(path, "person_name", c.name(" "), c.id)
            a.add(path, "phone_number", c.phone, c.id)
    a.share.write(path, csv_text(rows, "\t"))


def key_ledger(a: Agency) -> None:
    """鍵台帳 (CP932): 鍵番号 that pass the licence check, 物件番号 the 法人番号 check; firms and
    the clerks' surnames neutral, no one exposed."""
    R = a.rng
    path = "鍵管理/鍵台帳.csv"
    rows = [["鍵番号", "物件番号", "物件名", "号室", "本数", "貸出先", "貸出日", "返却日", "担当"]]
    for i in range(25):
        b = R.choice(a.buildings)
        v = R.choice(a.vendors)
        d = date(2024, R.randint(1, 11), R.randint(1, 28))
        rows.append([a.license(), b["code"], b["name"], str(R.choice(b["rooms"])),
                     str(R.randint(1, 3)), v["name"], fdate(d, "slash"),
                     fdate(d + timedelta(days=R.randint(0, 5)), "slash"), a.staff[i % 3].last])
        a.add(path, "person_name", v["name"], None, neutral=True)
        a.add(path, "person_name", a.staff[i % 3].last, a.staff[i % 3].id, neutral=True)
    a.share.write(path, csv_text(rows), "cp932")
