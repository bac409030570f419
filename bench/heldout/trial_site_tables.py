"""The office's lists and workbooks: the two screening lists (CP932), the visit schedule, the CRC
roster (My Numbers, salary accounts, emergency contacts), the 負担軽減費 transfer list (CP932,
half-width kana) and ledger, and the drug accountability sheets (hard negatives only).
"""

from __future__ import annotations

from datetime import date

from openpyxl.styles import Font

from .japanese import half_width_kana
from .share import csv_text, workbook
from .trial_site_people import BANKS, CLINICS, CORE, STUDIES, Person, Site, era, zen


def _screening(h: Site, rel: str, subs: list[Person]) -> None:
    rng = h.rng
    rows: list[list[object]] = [["被験者識別コード", "氏名", "カナ", "生年月日(和暦)",
                                 "生年月日(西暦)", "性別", "電話", "既往歴", "併用薬", "適格性"]]
    for s in subs:
        ph = s.home if s.home and rng.random() < 0.5 else s.mobile
        rows.append([s.code, h.sp(s), h.kp(s), era(s.born, rng.choice([0, 1, 2])),
                     s.born.strftime("%Y/%m/%d"), "男" if s.sex == "M" else "女",
                     h.phone(ph, "-"), "、".join(s.dis), "、".join(s.med),
                     rng.choice(["適格", "適格", "不適格(HbA1c)", "保留"])])
        h.names(rel, s)
        h.t(rel, "phone_number", ph, s)
        h.ills(rel, s)
    h.share.write(rel, csv_text(rows), "cp932")


def screening(h: Site) -> None:
    """被験者管理/: each running study's subjects, 和暦 and 西暦 births, 既往歴 and 併用薬."""
    _screening(h, "被験者管理/スクリーニング名簿_ABC-2101.csv", h.subj_a)
    _screening(h, "被験者管理/スクリーニング名簿_XYZ_KMT.csv", h.subj_b)


def schedule(h: Site) -> None:
    """来院スケジュール/: a sheet a clinic (a study's subjects under its merged row) and the
    CRCs' work phones and mails."""
    rng, rel = h.rng, "来院スケジュール/来院スケジュール_2026下期.xlsx"
    wb = ws = None
    for ci, clinic in enumerate(CLINICS):
        banner = f"{clinic} 治験来院予定表(2026年10月～12月)"
        if wb is None:
            wb, ws = workbook(clinic[:10], banner, "A1:G1", bold=True, size=14)
        else:
            ws = wb.create_sheet(clinic[:10])
            ws["A1"] = banner
            ws["A1"].font = Font(bold=True, size=14)
            ws.merge_cells("A1:G1")
        ws.append([])
        ws.append(["被験者識別コード", "氏名", "来院区分", "予定日", "許容範囲", "連絡先",
                   "担当CRC"])
        by: dict[str, list[Person]] = {}
        for s in h.subjects[ci::2]:
            by.setdefault(s.study[0], []).append(s)
        for st, ss in by.items():
            ws.append([f"■ {st}({dict(STUDIES)[st]})"])
            ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row,
                           end_column=7)
            for s in ss[:12]:
                crc = rng.choice(h.crcs)
                vd = date(2026, rng.randint(10, 12), rng.randint(1, 28))
                ws.append([s.code, s.full, rng.choice(["Visit3", "Visit4", "Week12", "Week24"]),
                           vd, "±3日", h.phone(s.mobile, "-"), crc.last])
                h.t(rel, "person_name", s.full, s)
                h.t(rel, "phone_number", s.mobile, s)
                h.t(rel, "person_name", crc.last, crc, True)
    ws = wb.create_sheet("CRC連絡先")
    ws.append(["CRC名", "社用携帯", "メール"])
    for c in h.crcs:
        c.wphone = "080" + f"{rng.randint(10**7, 10**8 - 1)}"
        ws.append([c.name(), h.phone(c.wphone, "-"), c.work])
        h.t(rel, "person_name", c.full, c)
        h.t(rel, "phone_number", c.wphone, c)
        h.t(rel, "email_address", c.work, c, True)
    h.save(rel, wb, CORE)


def roster(h: Site) -> None:
    """総務/CRC職員名簿_給与.xlsx: the CRCs' homes, My Numbers (some spaced) and accounts, four
    emergency contacts, and a sheet of samples."""
    rng, rel = h.rng, "総務/CRC職員名簿_給与.xlsx"
    wb, ws = workbook("職員一覧", "株式会社さくらSMO 職員名簿(取扱注意)", "A1:J1")
    ws.append(["作成日: 2026/04/01"])
    ws.append(["社員番号", "氏名", "フリガナ", "生年月日", "住所", "電話", "マイナンバー",
               "振込銀行", "支店", "口座番号"])
    for i, c in enumerate(h.crcs):
        c.mn = h.my_number()
        mn = c.mn if rng.random() < 0.6 else f"{c.mn[:4]} {c.mn[4:8]} {c.mn[8:]}"
        ws.append([f"S{2019 + i}{i:02d}", c.full, c.full_kana, c.born.strftime("%Y/%m/%d"),
                   f"〒{c.postal} {c.addr}", h.phone(c.mobile, "-"), mn, c.bank, c.branch,
                   "普通 " + c.acct])
        h.names(rel, c)
        h.t(rel, "address", c.addr, c)
        h.t(rel, "postal_code", c.postal, c)
        h.t(rel, "phone_number", c.mobile, c)
        h.t(rel, "my_number", c.mn, c)
        h.t(rel, "bank_account", c.acct, c)
    ws2 = wb.create_sheet("緊急連絡先")
    ws2.append(["職員", "緊急連絡先氏名", "続柄", "電話"])
    for c in h.crcs[:4]:
        e = h.person("emergency", age=(25, 80))
        e.rel = rng.choice(["夫", "妻", "母", "父"])
        ws2.append([c.full, e.full, e.rel, h.phone(e.mobile, "-")])
        h.t(rel, "person_name", c.full, c)
        h.t(rel, "person_name", e.full, e)
        h.t(rel, "phone_number", e.mobile, e)
    ws3 = wb.create_sheet("個人番号記入例")
    for row in (["記入例(実在しません)"], ["氏名", "見本 太郎"], ["個人番号", "123456789018"],
                ["電話", "090-0000-0000"]):
        ws3.append(row)
    h.t(rel, "my_number", "123456789018", None, True)
    h.save(rel, wb, CORE)


def transfers(h: Site) -> None:
    """経理/: October's transfer request (CP932, the payees in half-width kana) and the year's
    ledger (an account in full-width digits three times in ten)."""
    rng, rel = h.rng, "経理/負担軽減費_振込依頼_202610.csv"
    rows: list[list[object]] = [["振込日", "受取人名(カナ)", "銀行コード", "銀行名", "支店名",
                                 "預金種目", "口座番号", "金額", "被験者コード", "備考"]]
    for s in rng.sample(h.subjects, 30):
        bc = dict(BANKS)[s.bank]
        rows.append(["2026/10/25", half_width_kana(s.kana()), bc, s.bank, s.branch, "1", s.acct,
                     rng.choice([7000, 10000, 14000]), s.code,
                     rng.choice(["", "V3,V4分", "交通費含む"])])
        h.t(rel, "person_name", s.full_kana, s)
        h.t(rel, "bank_account", s.acct, s)
    rows.append([""] * 9 + ["※振込元: 株式会社さくらSMO 法人番号 " + h.own_cn])
    h.t(rel, "corporate_number", h.own_cn, None, True)
    h.share.write(rel, csv_text(rows), "cp932")
    rel = "経理/負担軽減費_支払台帳_2026.xlsx"
    wb, ws = workbook("上期", "負担軽減費 支払台帳", "A1:F1")
    ws.append(["被験者コード", "氏名", "来院回数", "支払額", "振込先", "口座番号"])
    for s in rng.sample(h.subjects, 20):
        ws.append([s.code, s.full, rng.randint(1, 6), rng.randint(1, 6) * 7000,
                   f"{s.bank}{s.branch}", f"普通{zen(s.acct) if rng.random() < 0.3 else s.acct}"])
        h.t(rel, "person_name", s.full, s)
        h.t(rel, "bank_account", s.acct, s)
    wb.create_sheet("下期").append(["(未入力)"])
    h.save(rel, wb, CORE)


def drugs(h: Site) -> None:
    """治験薬管理/: 薬剤番号 and 症例番号 passing the My Number check, 管理番号 passing Luhn, the
    sponsor's 法人番号 and phone (neutral)."""
    rng, rel = h.rng, "治験薬管理/治験薬管理表_ABC-2101.csv"
    rows: list[list[object]] = [["治験実施計画書番号", "薬剤番号", "症例番号", "払出日", "返却数",
                                 "保管温度", "依頼者法人番号", "依頼者電話"]]
    for s in h.subj_a[:20]:
        drug = h.my_number()
        h.luhn(f"45{rng.randint(10**12, 10**13 - 1)}")  # gen.py's case number, drawn unused
        rows.append([STUDIES[0][0], drug, s.code, f"2026/{rng.randint(6, 10)}/{rng.randint(1, 28)}",
                     rng.randint(0, 5), "2-8℃", h.sponsor_cn, "03-5201-1234"])
    h.t(rel, "corporate_number", h.sponsor_cn, None, True)
    h.t(rel, "phone_number", "0352011234", None, True)
    h.share.write(rel, csv_text(rows, end="\n"))
    lines = ["症例番号\t被験者識別コード\t割付群\t管理番号"]
    for s in h.subj_a[:25]:
        lines.append(f"{h.my_number()}\t{s.code}\t{rng.choice(['A', 'B'])}\t"
                     f"{h.luhn('4' + str(rng.randint(10**13, 10**14 - 1)))}")
    h.share.write("治験薬管理/症例番号_チェックディジット付.tsv", "\n".join(lines) + "\n")
