"""The nursery's lists: the CP932 児童名簿, the 緊急連絡先一覧 (.xlsx, a merged row a class),
the アレルギー・既往歴 sheet, the CP932 口座振替 CSV, October's 延長保育 TSV, the 職員名簿
(.xlsx, with November's shifts), the 年末調整 マイナンバー CSV (UTF-8 with a BOM) and the
家庭状況調査票 (.xlsx, label | value on a sheet a family).

The school's numbers and address, the doctors and the staff's work mail are neutral.
"""

from __future__ import annotations

from datetime import date

from openpyxl import Workbook

from .nursery_people import CLASSES, FAX, TEL, Nursery, katakana, wareki
from .share import csv_text, workbook

HOME_NOTES = ["人見知りが強い。", "夜泣きあり。", "偏食気味だが元気。"]
CONSIDERATIONS = ["特になし", "父単身赴任中（月1回帰宅）", "母 産後うつで通院中"]


def roster(h: Nursery) -> None:
    """児童名簿: every child, one guardian, the home's 〒, address and phone, the 入園日."""
    rng, path = h.rng, "02_児童名簿/児童名簿_20241001.csv"
    rows = [["児童番号", "クラス", "児童氏名", "ふりがな", "性別", "生年月日(和暦)", "生年月日",
             "保護者氏名", "続柄", "郵便番号", "住所", "電話番号", "入園日"]]
    for c in sorted(h.children, key=lambda c: c.no):
        fam = c.fam
        g = fam.mother if rng.random() < .7 or not fam.father else fam.father
        a, ph = fam.addr, fam.home or g.mobile
        entered = date(2024, 4, 1)
        if c.born < date(2023, 4, 1):
            entered = date(c.born.year + (1 if c.born.month >= 4 else 0), 4, 1)
        entered = max(date(2024 - rng.randint(0, 3), 4, 1), entered)
        rows.append([c.no, c.cls, c.name(""), c.kana(), c.sex, wareki(c.born),
                     c.born.strftime("%Y/%m/%d"), g.name(), g.rel, a.zip_code(),
                     a.line(False, 1), h.phone(ph, 0), entered.strftime("%Y/%m/%d")])
        h.named(path, c, "hira")
        h.t(path, "date_of_birth", c.born, c)
        h.named(path, g)
        h.t(path, "postal_code", a.postal, g)
        h.t(path, "address", a.line(False, 1), g)
        h.t(path, "phone_number", ph, g)
    h.share.write(path, csv_text(rows), "cp932")


def emergency(h: Nursery) -> None:
    """緊急連絡先一覧: by class, the mother's mobile and work phone and a second contact."""
    rng, path = h.rng, "02_児童名簿/緊急連絡先一覧_2024年度.xlsx"
    wb, ws = workbook("緊急連絡先")
    ws.append(["令和6年度　緊急連絡先一覧（取扱注意・持出禁止）"])
    ws.merge_cells("A1:I1")
    ws.append([])
    ws.append(["No", "児童氏名", "第1連絡先（氏名）", "続柄", "携帯電話", "勤務先", "勤務先電話",
               "第2連絡先（氏名）", "第2携帯"])
    n = 0
    for cls in CLASSES:
        ws.append([f"【{cls}】"])
        ws.merge_cells(f"A{ws.max_row}:I{ws.max_row}")
        for c in [c for c in h.children if c.cls == cls]:
            fam = c.fam
            m, second = fam.mother, fam.father or fam.grand
            n += 1
            # drawn for every child, kept from the family's first
            if m.work[1] == "048":
                drawn = m.work[1] + f"{rng.randint(2000000, 9999999)}"
            else:
                drawn = "03" + f"{rng.randint(30000000, 69999999)}"
            fam.work_phone = fam.work_phone or drawn
            wph = fam.work_phone
            ws.append([n, c.name(), m.name(), m.rel, h.phone(m.mobile), m.work[0],
                       h.phone(wph, 0), second.name() if second else "",
                       h.phone(second.mobile) if second else ""])
            h.named(path, c)
            h.named(path, m)
            h.t(path, "phone_number", m.mobile, m)
            h.t(path, "phone_number", wph, None, True)
            if second:
                h.named(path, second)
                h.t(path, "phone_number", second.mobile, second)
    ws2 = wb.create_sheet("園連絡先")
    for row in (["施設名", "社会福祉法人ひだまり会 ひだまり保育園"], ["電話", TEL], ["FAX", FAX],
                ["所在地", "埼玉県川口市芝中田2丁目18番7号"],
                ["嘱託医", "さくら小児科クリニック 佐藤健一 先生 048-250-0101"]):
        ws2.append(row)
    h.school(path, "tel", "fax", "addr")
    h.t(path, "person_name", "佐藤健一", None, True)
    h.t(path, "phone_number", "0482500101", None, True)
    h.save(path, wb)


def health(h: Nursery) -> None:
    """The allergy list for the kitchen and the classes, and the 既往歴 sheet."""
    rng, path = h.rng, "03_保健/食物アレルギー・既往歴管理表_R6.xlsx"
    nurse = h.staff[10]
    wb, ws = workbook("アレルギー")
    ws.append(["食物アレルギー児一覧（給食室・各クラス掲示用）　作成：看護師 " + nurse.name()])
    ws.append(["クラス", "児童名", "生年月日", "原因食物", "除去の程度", "エピペン", "主治医",
               "医療機関電話", "備考"])
    h.t(path, "person_name", nurse.name(), nurse, True)
    for c in h.children:
        if not c.allergy:
            continue
        d = c.doc
        ws.append([c.cls, c.name(""), wareki(c.born, 1), "・".join(c.allergy),
                   rng.choice(["完全除去", "完全除去", "加熱品可"]),
                   "有（職員室保管）" if c.epipen else "無", f"{d[0]} {d[1]}医師",
                   h.phone(d[3], 0), "生活管理指導表 提出済"])
        h.named(path, c)
        h.t(path, "date_of_birth", c.born, c)
        for a in c.allergy:
            h.t(path, "sensitive", f"{a}アレルギー", c)
        h.t(path, "person_name", d[1], None, True)
        h.t(path, "phone_number", d[3], None, True)
    ws = wb.create_sheet("既往歴・健康")
    ws.append(["児童番号", "氏名", "ふりがな", "既往歴", "かかりつけ医", "予防接種",
               "保護者緊急連絡"])
    for c in h.children:
        if not c.history and rng.random() < .7:
            continue
        d, m = c.doc, c.fam.mother
        ws.append([c.no, c.name(), c.kana(), "、".join(c.history) or "特になし",
                   f"{d[0]}（{d[1]} {d[2]} 先生）", rng.choice(["済", "MR2期未", "済"]),
                   h.phone(m.mobile)])
        h.named(path, c, "hira")
        h.t(path, "phone_number", m.mobile, m)
        for x in c.history:
            h.t(path, "sensitive", x, c)
        h.t(path, "person_name", d[1] + d[2], None, True)
    h.save(path, wb)


def transfers(h: Nursery) -> None:
    """保育料口座振替依頼: a family's payer, in katakana, and their account."""
    rng, path = h.rng, "04_保育料/保育料口座振替依頼_2024.csv"
    rows = [["顧客番号", "児童番号", "児童名", "預金者名(ｶﾅ)", "金融機関コード", "金融機関名",
             "支店コード", "預金種目", "口座番号", "引落額", "備考"]]
    for fam in h.families:
        p, c = fam.payer, fam.kids[0]
        customer = f"{rng.randint(10000000, 99999999)}"
        rows.append([customer, c.no, c.name(""), katakana(p.kana()), fam.bank[0], fam.bank[1],
                     fam.branch, "1", fam.account,
                     str(rng.choice([0, 12000, 23500, 31000, 41500])),
                     "延長保育料含む" if rng.random() < .3 else ""])
        h.named(path, c)
        h.t(path, "person_name", katakana(p.kana()), p)
        h.t(path, "bank_account", fam.account, p)
    h.share.write(path, csv_text(rows), "cp932")


def extended_care(h: Nursery) -> None:
    """延長保育利用者: fourteen children, who picks them up and their mobile."""
    rng, path = h.rng, "04_保育料/延長保育利用者_2024年10月.tsv"
    lines = ["児童番号\tクラス\t氏名\t利用区分\t利用回数\t迎え予定者\t連絡先"]
    for c in rng.sample(h.children, 14):
        fam = c.fam
        who = rng.choice([fam.mother] + ([fam.father] if fam.father else []))
        lines.append(f"{c.no}\t{c.cls}\t{c.name()}\t{rng.choice(['月極', 'スポット'])}\t"
                     f"{rng.randint(1, 20)}\t{who.name('')}（{who.rel}）\t{h.phone(who.mobile, 5)}")
        h.named(path, c)
        h.named(path, who)
        h.t(path, "phone_number", who.mobile, who)
    h.share.write(path, "\n".join(lines) + "\n")


def staff_register(h: Nursery) -> None:
    """職員名簿 (birth date, 保育士登録番号, home, private mail) and November's shifts."""
    rng, path = h.rng, "05_職員/職員名簿_令和6年度.xlsx"
    wb, ws = workbook("職員一覧")
    ws.append(["ひだまり保育園 職員名簿（令和6年4月1日現在）"])
    ws.merge_cells("A1:J1")
    ws.append(["職員番号", "氏名", "フリガナ", "職種", "生年月日", "保育士登録番号", "住所",
               "携帯電話", "個人メール", "園メール"])
    for s in h.staff:
        a = s.addr
        ws.append([s.emp, s.name(), katakana(s.kana()), s.role, wareki(s.born, 2), s.licence,
                   f"〒{a.zip_code()} " + a.line(), h.phone(s.mobile, 0), s.private_mail,
                   s.work_mail])
        h.named(path, s, "kata")
        h.t(path, "date_of_birth", s.born, s)
        h.t(path, "postal_code", a.postal, s)
        h.t(path, "address", a.line(), s)
        h.t(path, "phone_number", s.mobile, s)
        h.t(path, "email_address", s.private_mail, s)
        h.t(path, "email_address", s.work_mail, s, True)
    ws = wb.create_sheet("シフト表_11月")
    ws.append(["氏名", "11/1", "11/2", "11/5", "11/6", "11/7"])
    for s in h.staff[:10]:
        h.t(path, "person_name", s.last + s.first[0], s, True)
        ws.append([s.last + " " + s.first[0] + "."]
                  + [rng.choice(["早", "中", "遅", "休"]) for _ in range(5)])
    h.save(path, wb)


def year_end(h: Nursery) -> None:
    """年末調整: every staff member's 個人番号 and their dependents'."""
    path = "05_職員/年末調整_扶養控除申告_マイナンバー_2024.csv"
    rows = [["社員番号", "氏名", "個人番号", "生年月日", "区分", "扶養者氏名", "続柄",
             "扶養者個人番号", "扶養者生年月日"]]
    for s in h.staff:
        own = [s.emp, s.name(), s.my_number, s.born.isoformat()]
        deps = [d for d in (s.spouse, s.kid) if d]
        if not deps:
            rows.append([*own, "本人", "", "", "", ""])
        for d in deps:
            rows.append([*own, "扶養", d.name(), d.rel, d.my_number, d.born.isoformat()])
            h.named(path, d)
            h.t(path, "my_number", d.my_number, d)
            h.t(path, "date_of_birth", d.born, d)
        h.named(path, s)
        h.t(path, "my_number", s.my_number, s)
        h.t(path, "date_of_birth", s.born, s)
    h.share.write(path, csv_text(rows), "utf-8-sig")


def family_survey(h: Nursery) -> None:
    """家庭状況調査票: four families, a sheet each of label | value rows."""
    rng, path = h.rng, "01_入園申込/家庭状況調査票_令和6年度.xlsx"
    wb = Workbook()
    wb.remove(wb.active)
    for fam in rng.sample(h.families, 4):
        c = fam.kids[0]
        ws = wb.create_sheet(f"{c.cls}_{fam.last[0]}")
        ws.append(["家庭状況調査票"])
        ws.append([])
        items = [("児童氏名", c.name("")), ("ふりがな", c.kana()),
                 ("生年月日", f"{wareki(c.born)}（{c.born.year}年）"),
                 ("住所", fam.addr.line(True, 1))]
        h.named(path, c, "hira")
        h.t(path, "date_of_birth", c.born, c)
        h.t(path, "address", fam.addr.line(True, 1), fam.mother)
        for g in (fam.father, fam.mother):
            if not g:
                continue
            items += [(f"{g.rel} 氏名", g.name()), (f"{g.rel} 勤務先", g.work[0]),
                      (f"{g.rel} 連絡先", h.phone(g.mobile, 3))]
            h.named(path, g)
            h.t(path, "phone_number", g.mobile, g)
        if fam.grand:
            gp = fam.grand
            items += [("近隣の親族", f"{gp.name()}（{gp.rel}）"),
                      ("親族連絡先", h.phone(gp.mobile, 0))]
            h.named(path, gp)
            h.t(path, "phone_number", gp.mobile, gp)
        items += [("家庭での様子", rng.choice(HOME_NOTES)),
                  ("配慮事項", rng.choice(CONSIDERATIONS))]
        if items[-1][1] == "母 産後うつで通院中":
            h.t(path, "sensitive", "産後うつで通院中", fam.mother)
        for k, v in items:
            ws.append([k, v])
    h.save(path, wb)


def checkups(h: Nursery) -> None:
    """職員健康診断結果: every staff member's birth date and finding."""
    rng, path = h.rng, "05_職員/職員健康診断結果_2024.csv"
    rows = [["職員番号", "氏名", "生年月日", "受診日", "判定", "所見"]]
    for s in h.staff:
        finding = rng.choice(["異常なし", "異常なし", "異常なし", "脂質異常症（要経過観察）",
                              "高血圧（要精密検査）", "貧血"])
        rows.append([s.emp, s.name(), s.born.strftime("%Y/%m/%d"), "2024/06/12",
                     "A" if finding == "異常なし" else "C", finding])
        h.named(path, s)
        h.t(path, "date_of_birth", s.born, s)
        if finding != "異常なし":
            h.t(path, "sensitive", finding, s)
    h.share.write(path, csv_text(rows))
