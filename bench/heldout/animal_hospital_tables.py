"""The animal hospital's tables: the suppliers (法人番号 and 請求書番号 passing its check; a
contact's surname alone), the CP932 顧客台帳 export (one row an animal: microchips, 鑑札,
証券番号, illnesses; a family member as 緊急連絡先), the trimming salon's bookings, the 職員台帳
(個人番号, licences, salary accounts, 健康管理メモ), the pet insurance claims and the 狂犬病
vaccination report (TSV)."""

from __future__ import annotations

from datetime import date

import openpyxl
from openpyxl.styles import Alignment, Font

from .animal_hospital_people import INSURERS, PET_ILL, Hospital
from .identifiers import corporate_number
from .japanese import half_width_kana, wareki
from .share import csv_text, workbook

SUPPLIERS = ["株式会社ペットメディカルサプライ", "動物薬品商会株式会社", "有限会社ドッグフード直販",
             "株式会社ベッツラボ検査センター", "株式会社クリーンリネン",
             "合同会社アニマルケアシステムズ"]
LEDGER_HEAD = ["顧客番号", "飼い主氏名", "カナ", "郵便番号", "住所", "電話番号", "携帯電話",
               "メールアドレス", "ペットNo", "ペット名", "種類", "犬種・猫種", "ペット生年月日",
               "性別", "マイクロチップ番号", "狂犬病鑑札番号", "注射済票番号", "ペット保険",
               "証券番号", "初診日", "備考"]
TRIM_HEAD = ["日付", "時間", "飼い主様", "連絡先", "ペット名", "犬種", "コース", "担当", "備考"]
STAFF_HEAD = ["職員番号", "氏名", "フリガナ", "職種", "生年月日", "入社日", "郵便番号", "住所",
              "携帯電話", "メール", "個人番号", "獣医師免許番号", "運転免許証番号", "氏名", "続柄",
              "電話"]
CARE = ["大型犬の保定は避ける", "夜間当番免除", "定期通院（月1回）", "特になし"]
CLAIM_HEAD = ["受付番号", "保険会社", "証券番号", "契約者名", "契約者カナ", "ペット名", "診療日",
              "傷病名", "請求額"]


def suppliers(h: Hospital) -> None:
    path = "経理/取引先一覧.csv"
    R, a = h.rng, h.add
    out = ["取引先コード,取引先名,法人番号,担当者,電話,直近請求書番号,締め日"]
    for i, name in enumerate(SUPPLIERS):
        number = corporate_number(R)
        invoice = corporate_number(R)  # (passes the 法人番号 check: a hard negative)
        rep = h.person("supplier_rep", (25, 60))
        tel = f"03-{R.randint(3000, 6999)}-{R.randint(1000, 9999)}"
        out.append(f"V{100 + i},{name},{number},{rep.last}様,{tel},{invoice},"
                   f"{R.choice(['月末', '20日'])}")
        a(path, "corporate_number", number, None)
        a(path, "person_name", name, None, True)
        a(path, "person_name", rep.last, rep, True)
        a(path, "phone_number", tel, None, True)
    h.share.write(path, "\n".join(out) + "\n", "cp932")


def ledger(h: Hospital) -> None:
    """Four owners in five, a row an animal; the first animal's row may name a family member
    (their given name alone and 様: neutral)."""
    path = "受付/顧客台帳_エクスポート_20241031.csv"
    R, a = h.rng, h.add
    rows = [LEDGER_HEAD]
    for o in R.sample(h.owners, int(len(h.owners) * 0.8)):
        number = f"{10001 + h.owners.index(o)}"
        name = a(path, "person_name", h.name(o), o)
        a(path, "person_name", o.kana(), o)
        a(path, "postal_code", o.addr.postal, o)
        addr = a(path, "address", o.addr.full(kanji=R.choice([False, False, True])), o)
        tel = h.phone(o.home, R.choice(["hy", "hy", "none", "paren"])) if R.random() < 0.6 else ""
        if tel:
            a(path, "phone_number", tel, o)
        mobile = a(path, "phone_number", h.phone(o.mobile, R.choice(["hy", "hy", "none"])), o)
        mail = o.email if R.random() < 0.7 else ""
        if mail:
            a(path, "email_address", mail, o)
        for j, p in enumerate(o.pets):
            note = ["既往：" + "・".join(p.ill)] if p.ill else []
            if j == 0 and o.family and R.random() < 0.6:
                f = o.family[0]
                shown = R.choice([h.name(f), f"{f.first}様"])
                reach = h.phone(f.mobile, R.choice(["hy", "none"]))
                note.append(f"緊急連絡先 {shown}（{f.rel}）{reach}")
                if shown.endswith("様"):
                    a(path, "person_name", f.first, f, True)
                else:
                    a(path, "person_name", shown, f)
                a(path, "phone_number", f.mobile, f)
            if R.random() < 0.1:
                note.append("噛みつき注意・口輪")
            rows.append([number, name, o.kana(), o.addr.postal, addr, tel, mobile, mail,
                         f"{number}-{j + 1}", p.name, p.species, p.breed, f"{p.born:%Y/%m/%d}",
                         p.sex, p.chip or "", p.kansatsu, p.chusha, p.insurer, p.policy,
                         f"{h.day(date(2012, 1, 1), date(2024, 9, 30)):%Y/%m/%d}", " ".join(note)])
    h.share.write(path, csv_text(rows), "cp932")


def trimming(h: Hospital) -> None:
    """The salon's bookings, a sheet a month: sixteen dogs each, the owner (a surname alone and
    様: neutral), the trimmer."""
    path = "トリミング/トリミング予約_2024下期.xlsx"
    R, a = h.rng, h.add
    dogs = h.animals("犬")
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for month in (10, 11, 12):
        ws = wb.create_sheet(f"{month}月")
        ws.merge_cells("A1:I1")
        ws["A1"] = f"{h.clinic['salon']}　予約表　2024年{month}月"
        ws["A1"].font = Font(bold=True, size=14)
        ws["A1"].alignment = Alignment(horizontal="center")
        ws.append(TRIM_HEAD)
        for o, p in sorted(R.sample(dogs, 16), key=lambda _: R.random()):
            day = date(2024, month, R.randint(1, 28))
            if R.random() < 0.7:
                shown = a(path, "person_name", o.name(R.choice([" ", ""])), o)
            else:
                shown = a(path, "person_name", o.last, o, True)
            tel = a(path, "phone_number", h.phone(o.mobile, R.choice(["hy", "none"])), o)
            t = R.choice(h.trimmers)
            a(path, "person_name", t.name(), t)
            note = R.choice(["", "", "皮膚弱い 薬用シャンプー",
                             f"{R.choice(p.ill) if p.ill else 'てんかん'}あり 無理しない",
                             "爪切りのみ追加", "前回噛みつき注意"])
            ws.append([day, f"{R.randint(9, 16)}:{R.choice(['00', '30'])}", f"{shown} 様", tel,
                       h.call(p), p.breed,
                       R.choice(["シャンプー", "シャンプー＋カット", "全身カット", "部分カット"]),
                       t.name(), note])
            ws.cell(ws.max_row, 1).number_format = "yyyy/mm/dd"
        ws.column_dimensions["C"].width = 18
    h.share.save(path, wb)


def staff_ledger(h: Hospital) -> None:
    """職員台帳: the staff (和暦 or a date), 個人番号, licences, an emergency contact; their
    salary accounts (half-width kana); four health notes, and the clinic cat's (no one's)."""
    path = "総務/職員台帳_2024.xlsx"
    R, a = h.rng, h.add
    banner = f"{h.clinic['name']} 職員台帳（2024年4月1日現在）　取扱注意"
    wb, ws = workbook("職員一覧", banner, "A1:P1", bold=True)
    for span, label in (("A2:J2", "本人情報"), ("K2:M2", "免許・番号"), ("N2:P2", "緊急連絡先")):
        ws.merge_cells(span)
        ws[span[:2]] = label
    ws.append(STAFF_HEAD)
    for s in h.staff:
        f = s.family[0] if s.family else None
        born = wareki(s.born) if R.random() < 0.4 else s.born
        ws.append([s.no, s.name(), s.kana(), s.job, born, s.hired, s.addr.postal, s.addr.full(),
                   s.mobile, s.email, s.mynum, s.vetlic, s.lic, f.name() if f else "",
                   f.rel if f else "", f.mobile if f else ""])
        ws.cell(ws.max_row, 5).number_format = "yyyy/mm/dd"
        ws.cell(ws.max_row, 6).number_format = "yyyy/mm/dd"
        for category, value in [("person_name", s.name()), ("person_name", s.kana()),
                                ("date_of_birth", s.born.isoformat()),
                                ("postal_code", s.addr.postal), ("address", s.addr.full()),
                                ("phone_number", s.mobile), ("email_address", s.email),
                                ("my_number", s.mynum), ("drivers_license_number", s.lic)]:
            a(path, category, value, s)
        if f:
            a(path, "person_name", f.name(), f)
            a(path, "phone_number", f.mobile, f)
    ws2 = wb.create_sheet("給与振込口座")
    ws2.append(["職員番号", "氏名", "銀行", "支店番号", "種別", "口座番号", "口座名義（カナ）"])
    for s in h.staff:
        (_, bank, _), branch, acct = s.bank
        ws2.append([s.no, s.name(""), bank, branch, "普通", acct, half_width_kana(s.kana())])
        a(path, "person_name", s.name(""), s)
        a(path, "bank_account", acct, s)
        a(path, "person_name", half_width_kana(s.kana()), s)
    ws3 = wb.create_sheet("健康管理メモ")
    ws3.append(["氏名", "内容", "配慮事項", "記入日"])
    for s in h.staff:
        if s.health:
            ws3.append([s.name(), s.health, R.choice(CARE), date(2024, 4, R.randint(1, 28))])
            a(path, "sensitive", s.health, s)
    ws3.append(["（参考）院内猫 ミケ", "糖尿病　インスリン朝晩", "スタッフ持ち回りで投与",
                date(2024, 5, 1)])
    h.share.save(path, wb)


def claims(h: Hospital) -> None:
    """窓口精算: 22 insured animals' claims (受付番号 passing the My Number check, 証券番号), the
    insurers' hospital lines."""
    path = "保険/ペット保険_窓口精算一覧_2024.xlsx"
    R, a = h.rng, h.add
    wb, ws = workbook("窓口精算")
    ws.append(CLAIM_HEAD)
    insured = [(o, p) for o, p in h.animals() if p.insurer]
    for o, p in R.sample(insured, min(22, len(insured))):
        name = o.name(R.choice([" ", ""]))
        ws.append([h.my_number(), p.insurer, p.policy, name, o.kana(), p.name + "様",
                   date(2024, R.randint(1, 10), R.randint(1, 28)),
                   p.ill[0] if p.ill else R.choice(PET_ILL), R.randint(2000, 80000)])
        ws.cell(ws.max_row, 7).number_format = "yyyy/mm/dd"
        a(path, "person_name", name, o)
        a(path, "person_name", o.kana(), o)
    ws2 = wb.create_sheet("保険会社連絡先")
    ws2.append(["保険会社", "窓口", "電話"])
    for insurer in INSURERS:
        tel = a(path, "phone_number", f"0120-{R.randint(100, 999)}-{R.randint(100, 999)}", None,
                True)
        ws2.append([insurer, "動物病院専用ダイヤル", tel])
    h.share.save(path, wb)


def rabies(h: Hospital) -> None:
    """狂犬病予防注射 実施報告: thirty dogs, their owners (home or mobile), 鑑札, the vet."""
    path = "ワクチン/狂犬病予防注射_実施報告_2024.tsv"
    R, a = h.rng, h.add
    dogs = h.animals("犬")
    out = ["飼い主氏名\t住所\t電話\t犬の名前\t犬種\t毛色\t鑑札番号\t注射済票番号\t接種日\t獣医師"]
    for o, p in R.sample(dogs, min(30, len(dogs))):
        addr = o.addr.dashed()
        name = o.name(R.choice([" ", ""]))
        tel = o.home if R.random() < 0.5 else o.mobile
        v = R.choice(h.vets)
        out.append(f"{name}\t{addr}\t{tel}\t{p.name}\t{p.breed}\t"
                   f"{R.choice(['白', '茶', '黒', '白茶'])}\t{p.kansatsu}\t{p.chusha}\t"
                   f"2024-{R.randint(4, 6):02d}-{R.randint(1, 28):02d}\t{v.name()}")
        a(path, "person_name", name, o)
        a(path, "address", addr, o)
        a(path, "phone_number", tel, o)
        a(path, "person_name", v.name(), v)
    h.share.write(path, "\n".join(out) + "\n")
