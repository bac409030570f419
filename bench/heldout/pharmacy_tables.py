"""The chain's lists: the レセコン's CP932 患者台帳, the month's 処方箋受付 log (JSONL), the
職員名簿 workbook (a two-row header, two 個人票, 健診 results, hard negatives), the 取引先一覧,
the 医薬品マスタ (codes only), the レセプト請求一覧 (TSV) and December's シフト表."""

from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta

from openpyxl import Workbook
from openpyxl.styles import Alignment

from .identifiers import corporate_check
from .japanese import half_width_kana, wareki, wareki_short
from .pharmacy_people import COMPANY, CONDITIONS, STORES, Person, Pharmacy, age
from .share import csv_text, workbook


def ledger(o: Pharmacy) -> None:
    rel = "01_レセコン/患者台帳_20251120.csv"
    R = o.rng
    rows = [["患者番号", "氏名", "ｶﾅ氏名", "生年月日", "性別", "郵便番号", "住所", "電話番号",
             "携帯電話", "保険者番号", "被保険者証記号・番号", "公費負担者番号", "公費受給者番号",
             "アレルギー歴", "副作用歴", "既往歴", "障害", "保護者", "最終来局日", "担当薬剤師",
             "備考"]]
    for p in o.patients:
        n = bool(p.dead)
        name, kana, born = p.name("　"), half_width_kana(p.kana()), wareki_short(p.born)
        addr = p.addr.written(R.choice([0, 1]))
        tel = p.addr.tel if R.random() < 0.8 else p.addr.tel.replace("-", "")
        kb = f"{p.kigo}・{p.bango}"
        ph = R.choice(o.pharmacists)
        g = p.guardian
        note = ""
        if p.dead:
            note = f"{wareki(p.dead)} 死亡のため終了（ご家族より連絡）"
        elif p.kaigo:
            note = f"在宅訪問対象（{p.kaigo}）"
        kohi = p.kohi or ("", "")
        rows.append([p.no, name, kana, born, p.sex, p.addr.postal, addr, tel, p.mobile, p.hoken,
                     kb, *kohi, "、".join(p.allergy), "、".join(p.sidefx), "、".join(p.conds),
                     p.disab, g.name() if g else "", p.last_visit.strftime("%Y/%m/%d"),
                     ph.name(""), note])
        o.add(rel, "person_name", name, p, n)
        o.add(rel, "person_name", kana, p, n)
        o.add(rel, "date_of_birth", born, p, n, p.born)
        o.add(rel, "postal_code", p.addr.postal, p, n)
        o.add(rel, "address", addr, p, n)
        o.add(rel, "phone_number", tel, p, n)
        if p.mobile:
            o.add(rel, "phone_number", p.mobile, p, n)
        o.add(rel, "health_insurance_number", kb, p, n)
        if p.kohi:
            o.add(rel, "health_insurance_number", p.kohi[1], p, True)
        for a in p.allergy + p.sidefx:
            o.add(rel, "sensitive", a, p, True)
        for c in p.conds:
            o.add(rel, "sensitive", c, p, n)
        if p.disab:
            o.add(rel, "sensitive", p.disab, p, n)
        if g:
            o.add(rel, "person_name", g.name(), g)
        o.add(rel, "person_name", ph.name(""), ph)
        if p.kaigo:
            o.add(rel, "sensitive", p.kaigo, p, True)
    o.share.write(rel, csv_text(rows), "cp932")


def reception(o: Pharmacy) -> None:
    """November's prescriptions: 62 patients, 18 of them twice; a parent collects for a child."""
    rel = "02_受付/rx_reception_2025-11.jsonl"
    R = o.rng
    visits = R.sample(o.live, min(len(o.live), 62))
    visits += R.sample(visits, 18)
    R.shuffle(visits)
    lines = []
    for i, p in enumerate(visits):
        t = datetime(2025, 11, 1, 9, 0) + timedelta(minutes=i * R.randint(90, 300))
        if p.conds:
            drugs, ci = CONDITIONS[R.choice(p.conds)]
        else:
            drugs, ci = ["カロナール錠200"], R.choice([0, 1, 5])
        clinic = o.clinics[ci]
        doc = R.choice(clinic.doctors)
        rec_no = o.my_number() if R.random() < 0.5 else f"{R.randint(10**11, 10**12 - 1)}"
        name = p.name(R.choice([" ", "", "　"]))
        rec = {"ts": t.strftime("%Y-%m-%dT%H:%M:%S+09:00"), "store": STORES[p.store][0],
               "受付番号": rec_no, "処方箋番号": f"{t:%y%m%d}{R.randint(0, 9999):04d}",
               "patient_id": p.no, "patient_name": name, "insurer_no": p.hoken,
               "医療機関コード": clinic.code, "医療機関名": clinic.name, "処方医": doc.name(),
               "処方日": (t.date() - timedelta(days=R.randint(0, 3))).isoformat(),
               "調剤日": t.date().isoformat(),
               "items": [{"yj": o.yj(), "name": d, "days": R.choice([7, 14, 28, 30, 56])}
                         for d in drugs],
               "status": R.choice(["受付", "調剤済", "投薬済"])}
        if age(p.born) < 15 and p.guardian and R.random() < 0.7:
            rec["代理受取"] = p.guardian.name()
            o.add(rel, "person_name", rec["代理受取"], p.guardian)
        lines.append(json.dumps(rec, ensure_ascii=False))
        o.add(rel, "person_name", name, p)
        o.add(rel, "person_name", doc.name(), doc)
    o.share.write(rel, "\n".join(lines) + "\n")


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time())


def staff_list(o: Pharmacy) -> None:
    """職員一覧 (緊急連絡先 over 氏名 | 続柄 | 電話), two 個人票 (label | value: マイナンバー
    grouped, 基礎年金番号, 口座), 健診結果2025 and 資格・研修 (会員番号 passing the My Number
    check: a hard negative)."""
    rel = "06_総務/職員名簿_2025.xlsx"
    R = o.rng
    wb, ws = workbook("職員一覧", f"{COMPANY}　職員名簿（2025年4月1日現在）", "A1:Q1")
    top = ["社員番号", "氏名", "フリガナ", "生年月日", "性別", "入社日", "所属", "職種",
           "薬剤師名簿登録番号", "郵便番号", "住所", "携帯電話", "個人メール", "個人番号",
           "運転免許証番号", "緊急連絡先"]
    for j, h in enumerate(top):
        ws.cell(2, j + 1, h)
    ws.merge_cells(start_row=2, start_column=16, end_row=2, end_column=18)
    for j, h in enumerate(["氏名", "続柄", "電話"]):
        ws.cell(3, 16 + j, h)
    for j in range(15):
        ws.merge_cells(start_row=2, start_column=j + 1, end_row=3, end_column=j + 1)
    ws["A2"].alignment = Alignment(horizontal="center")
    for i, s in enumerate(o.staff):
        addr = s.addr.written(R.choice([0, 1, 4]))
        ec = s.ec
        vals = [s.empno, s.name(), s.kana(), _midnight(s.born), s.sex, _midnight(s.hired),
                STORES[s.store][0], s.job, s.reg, s.addr.postal, addr, s.mobile, s.email,
                s.mynum, s.lic, ec.name(), s.ec_rel, ec.mobile]
        for j, v in enumerate(vals):
            c = ws.cell(4 + i, j + 1, v)
            if isinstance(v, datetime):
                c.number_format = "yyyy/mm/dd"
        o.add(rel, "person_name", s.name(), s)
        o.add(rel, "person_name", s.kana(), s)
        o.add(rel, "date_of_birth", s.born.isoformat(), s, value=s.born)
        o.add(rel, "postal_code", s.addr.postal, s)
        o.add(rel, "address", addr, s)
        o.add(rel, "phone_number", s.mobile, s)
        o.add(rel, "email_address", s.email, s)
        o.add(rel, "my_number", s.mynum, s)
        if s.lic:
            o.add(rel, "drivers_license_number", s.lic, s)
        o.add(rel, "person_name", ec.name(), ec)
        o.add(rel, "phone_number", ec.mobile, ec)
    for s in o.staff[:2]:
        _staff_form(o, rel, wb, s)
    w3 = wb.create_sheet("健診結果2025")
    w3.append(["社員番号", "氏名", "受診日", "所見", "判定"])
    for s in o.staff:
        jd = o.between(date(2025, 5, 1), date(2025, 7, 31))
        w3.append([s.empno, s.name(""), jd.strftime("%Y/%m/%d"), s.health,
                   "A" if s.health == "異常なし" else "C（要精密検査）"])
        o.add(rel, "person_name", s.name(""), s)
        if s.health != "異常なし":
            o.add(rel, "sensitive", s.health, s)
    w4 = wb.create_sheet("資格・研修")
    w4.append(["社員番号", "薬剤師会会員番号", "研修認定番号", "認定日"])
    for s in o.pharmacists:
        w4.append([s.empno, o.my_number(), f"{R.randint(10**11, 10**12 - 1)}",
                   o.between(date(2015, 1, 1), date(2025, 1, 1)).strftime("%Y-%m-%d")])
    o.share.save(rel, wb)


def _staff_form(o: Pharmacy, rel: str, wb: Workbook, s: Person) -> None:
    R = o.rng
    w2 = wb.create_sheet(f"個人票_{s.empno}")
    w2["A1"] = "従業員個人票"
    w2.merge_cells("A1:D1")
    mynum = f"{s.mynum[:4]} {s.mynum[4:8]} {s.mynum[8:]}"
    pension = f"{R.randint(1000, 9999)}-{R.randint(0, 999999):06d}"
    form = [("氏名", s.name("　")), ("ふりがな", s.kana("　")), ("生年月日", wareki(s.born)),
            ("現住所", s.addr.written(0)), ("電話（自宅）", s.addr.tel),
            ("携帯", s.mobile.replace("-", "")), ("個人番号（マイナンバー）", mynum),
            ("基礎年金番号", pension),
            ("振込口座", f"{s.bank[1]} {s.branch[1]}支店 普通 {s.acct}"),
            ("扶養家族", f"{s.ec.name('　')}（{s.ec_rel}）")]
    for i, (k, v) in enumerate(form):
        w2.cell(3 + i, 1, k)
        w2.cell(3 + i, 2, v)
        w2.merge_cells(start_row=3 + i, start_column=2, end_row=3 + i, end_column=4)
    o.add(rel, "person_name", s.name("　"), s)
    o.add(rel, "person_name", s.kana("　"), s)
    o.add(rel, "date_of_birth", wareki(s.born), s, value=s.born)
    o.add(rel, "address", s.addr.written(0), s)
    o.add(rel, "phone_number", s.addr.tel, s)
    o.add(rel, "phone_number", s.mobile.replace("-", ""), s)
    o.add(rel, "my_number", mynum, s)
    o.add(rel, "basic_pension_number", pension, s)
    o.add(rel, "bank_account", s.acct, s)
    o.add(rel, "person_name", s.ec.name("　"), s.ec)


def suppliers(o: Pharmacy) -> None:
    """The wholesalers (法人番号, a rep and their company mobile) and the chain itself."""
    rel = "06_総務/取引先一覧.csv"
    rows = [["取引先名", "法人番号", "代表電話", "担当者", "担当者携帯", "取引開始日",
             "発注コード"]]
    for sp in o.suppliers:
        rows.append([sp.name, sp.corp, sp.tel, sp.rep.name(), sp.rep_mobile,
                     o.between(date(2010, 1, 1), date(2022, 1, 1)).isoformat(),
                     o.corporate_number()])
        o.add(rel, "corporate_number", sp.corp)
        o.add(rel, "person_name", sp.rep.name(), sp.rep)
        o.add(rel, "phone_number", sp.rep_mobile, sp.rep, True)
        o.add(rel, "phone_number", sp.tel, None, True)
    rows.append([COMPANY + "（自社）", o.corp, STORES[0][2], "", "", "", ""])
    o.add(rel, "corporate_number", o.corp)
    o.add(rel, "phone_number", STORES[0][2], None, True)
    o.share.write(rel, "\ufeff" + csv_text(rows))


def drug_master(o: Pharmacy) -> None:
    """Codes only (YJ, JAN, GS1, 管理番号 passing the My Number check): no one's data."""
    rel = "10_在庫/医薬品マスタ_202511.csv"
    R = o.rng
    rows = [["薬価基準収載医薬品コード", "YJコード", "品名", "JANコード", "GS1(販売包装)", "薬価",
             "規格", "メーカー", "管理番号", "収載日"]]
    for name in sorted({d for drugs, _ in CONDITIONS.values() for d in drugs}):
        yj = o.yj()
        jan = o.jan()
        while jan[0] != corporate_check(jan[1:]) and R.random() < 0.7:  # 法人番号 alike
            jan = o.jan()
        rows.append([yj[:7] + yj[8:] + "0", yj, name, jan,
                     "1" + o.jan()[:12] + str(R.randint(0, 9)),
                     f"{R.randint(5, 300)}.{R.randint(0, 9)}0", "1錠",
                     R.choice(["沢井製薬", "東和薬品", "日医工", "第一三共"]), o.my_number(),
                     o.between(date(2010, 1, 1), date(2024, 1, 1)).strftime("%Y/%m/%d")])
    o.share.write(rel, csv_text(rows), "cp932")


def receipts(o: Pharmacy) -> None:
    """October's レセプト: 40 patients' kana names, 保険者番号 and 医療機関コード."""
    rel = "11_請求/レセプト請求一覧_2025年10月.tsv"
    R = o.rng
    rows = [["レセプト番号", "患者番号", "患者氏名(カナ)", "性別", "保険者番号", "医療機関コード",
             "調剤日", "調剤点数", "負担割合"]]
    for i, p in enumerate(R.sample(o.live, 40)):
        k = p.kana(R.choice(["　", " ", ""]))
        c = o.clinics[CONDITIONS[p.conds[0]][1]] if p.conds else o.clinics[0]
        rows.append([f"2510{i + 1:06d}", p.no, k, "1" if p.sex == "男" else "2", p.hoken, c.code,
                     f"2025/10/{R.randint(1, 31):02d}", str(R.randint(150, 3200)),
                     R.choice(["1割", "2割", "3割"])])
        o.add(rel, "person_name", k, p)
    o.share.write(rel, "".join("\t".join(row) + "\n" for row in rows))


def shifts(o: Pharmacy) -> None:
    """December's シフト表 and the first six staff's 連絡網 (mobiles)."""
    rel = "06_総務/シフト表_2025年12月.xlsx"
    R = o.rng
    wb, ws = workbook("12月", "2025年12月 勤務シフト", "A1:H1")
    ws.append(["店舗", "氏名", "職種"] + [f"12/{d}" for d in range(1, 6)])
    for s in o.staff:
        ws.append([STORES[s.store][0], s.name(""), s.job]
                  + [R.choice(["○", "休", "AM", "PM", "○"]) for _ in range(5)])
        o.add(rel, "person_name", s.name(""), s)
    ws2 = wb.create_sheet("連絡網")
    ws2.append(["氏名", "携帯", "備考"])
    for s in o.staff[:6]:
        mob = s.mobile.replace("-", "") if R.random() < 0.5 else s.mobile
        ws2.append([s.name(), mob, "店長" if s is o.staff[0] else ""])
        o.add(rel, "person_name", s.name(), s)
        o.add(rel, "phone_number", mob, s)
    o.share.save(rel, wb)
