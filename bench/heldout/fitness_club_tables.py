"""The club's exports and spreadsheets: the member master (CP932) and 吉祥寺's legacy export
(CP932, 和暦, full-width hyphens), the card payments, the health check summary (.xlsx), the
InBody export, the 法人会員 list, the staff roster (個人番号, 基礎年金番号, dependants), the
shift table, the 退会 list, the 口座振替 results, the receipts and the member card stock.

Hard negatives: 領収書番号 passing the My Number check, 注文番号 and ロット番号 passing Luhn,
JAN codes; the roster's 記入例 (山田 太郎, 123456789018) is neutral.
"""

from __future__ import annotations

import unicodedata

from openpyxl import Workbook
from openpyxl.styles import Font

from .fitness_club_people import BRANCHES, MEDS, Club, card, jdate, phone
from .identifiers import luhn_number, my_number, my_number_check
from .share import csv_text, workbook

REASONS = [("転居", None), ("費用", None), ("多忙", None), ("健康上の理由", "乳がんの治療のため"),
           ("健康上の理由", "脳梗塞で入院"), ("妊娠・出産", "妊娠のため"),
           ("健康上の理由", "うつ病で休職中"), ("その他", "スタッフの対応に不満")]
REASON_CONDITIONS = {"乳がんの治療のため": "乳がん", "脳梗塞で入院": "脳梗塞", "妊娠のため": "妊娠",
                     "うつ病で休職中": "うつ病"}


def member_master(club: Club) -> None:
    """The first 80 members: phone, mail, 〒, address and (口座振替) bank account."""
    rng, path = club.rng, "会員システム/会員マスタ_全店_20241001.csv"
    rows = [["会員番号", "氏名", "カナ", "生年月日", "性別", "電話番号", "メールアドレス",
             "郵便番号", "住所", "会員種別", "所属店舗", "支払方法", "銀行名", "支店名", "口座番号",
             "入会日"]]
    for p in club.members[:80]:
        tel = phone(p.mobile, rng.choice(["h", "h", "n"]))
        a = p.addr.line(rng.choice(["full", "hy"]))
        bank = p.pay == "口座振替"
        rows.append([p.mno, p.name(rng.choice([" ", "\u3000", ""])), p.kana(),
                     p.born.strftime("%Y/%m/%d"), "男" if p.sex == "M" else "女", tel, p.email,
                     p.addr.postal(), a, p.mtype, p.branch, p.pay, p.bank[0] if bank else "",
                     p.bbr if bank else "", p.acct if bank else "", p.join.strftime("%Y/%m/%d")])
        club.t(path, "person_name", p.name(), p)
        club.t(path, "person_name", p.kana(), p, True)
        club.t(path, "date_of_birth", p.born.isoformat(), p)
        club.t(path, "phone_number", p.mobile, p)
        club.t(path, "email_address", p.email, p)
        club.t(path, "postal_code", p.addr.zip, p)
        club.t(path, "address", a, p)
        if bank:
            club.t(path, "bank_account", p.acct, p)
    club.share.write(path, csv_text(rows), "cp932")


def card_payments(club: Club) -> None:
    """October's card payments of the members paying by card: number, expiry, romaji holder."""
    rng, path = club.rng, "会員システム/クレジット決済_202410.csv"
    rows = [["取引ID", "決済日時", "会員番号", "カード名義", "カード番号", "有効期限", "金額",
             "承認番号", "結果"]]
    for i, p in enumerate(p for p in club.members if p.pay == "クレジット"):
        p.cc = club.new_card()
        p.exp = f"{rng.randint(1, 12):02d}/{rng.randint(25, 30)}"
        txid = f"T24100{i + 1:04d}{rng.randint(100, 999)}"
        holder = f"{p.first_roman.upper()} {p.last_roman.upper()}"
        rows.append([txid, f"2024-10-{rng.randint(1, 5):02d} {rng.randint(0, 23):02d}:"
                           f"{rng.randint(0, 59):02d}:00", p.mno, holder,
                     card(p.cc, rng.choice(["plain", "hy", "sp"])), p.exp,
                     rng.choice([8800, 9900, 7150, 6600, 12100]), f"{rng.randint(0, 999999):06d}",
                     rng.choice(["OK", "OK", "OK", "NG"])])
        club.t(path, "credit_card_number", p.cc, p)
        club.t(path, "card_expiry", p.exp, p)
        club.t(path, "person_name", holder, p, True)
    club.share.write(path, csv_text(rows, end="\n"))


def health_summary(club: Club) -> None:
    """A sheet a branch: members to check (a condition or pregnant) and some without."""
    rng, path = club.rng, "入会申込/健康チェックシート_集計_2024上期.xlsx"
    wb = Workbook()
    for n, (branch, _) in enumerate(BRANCHES):
        ws = wb.create_sheet() if n else wb.active
        ws.title = f"{branch}店"
        ws["A1"] = f"健康チェックシート集計（{branch}店）2024年4月〜9月"
        ws["A1"].font = Font(bold=True, size=14)
        ws.merge_cells("A1:H1")
        ws.append([])
        ws.append(["会員番号", "氏名", "年齢", "性別", "既往歴", "服薬", "妊娠", "運動制限・備考"])
        groups: dict[str, list] = {}
        for p in club.members:
            if p.branch == branch and (p.cond or p.preg or rng.random() < 0.15):
                groups.setdefault("要確認" if (p.cond or p.preg) else "問題なし", []).append(p)
        for name in ["要確認", "問題なし"]:
            ws.append([f"■ {name}（{len(groups.get(name, []))}名）"])
            ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=8)
            for p in groups.get(name, []):
                ws.append([p.mno, p.name(), 2024 - p.born.year, "男" if p.sex == "M" else "女",
                           p.cond or "なし", MEDS.get(p.cond, "なし") if p.cond else "なし",
                           "あり" if p.preg else "",
                           "高負荷トレーニング禁止" if p.cond in ("心臓病（不整脈）", "高血圧")
                           else ""])
                club.t(path, "person_name", p.name(), p)
                health(club, path, p)
    club.save(path, wb)


def health(club: Club, path: str, p) -> None:
    """A member's condition, its medicine (neutral) and pregnancy as 要配慮."""
    if p.cond:
        club.t(path, "sensitive", p.cond, p)
    if p.cond in MEDS:
        club.t(path, "sensitive", MEDS[p.cond], p, True)
    if p.preg:
        club.t(path, "sensitive", "妊娠", p)


def inbody(club: Club) -> None:
    """新宿's InBody export (CP932): name and birth date with the measurements."""
    rng, path = club.rng, "体組成/InBody_export_新宿_20241015.csv"
    rows = [["ID", "Name", "Height", "Gender", "Age", "Birth", "Test Date / Time", "Weight",
             "Body Fat Mass", "SMM", "PBF", "BMI", "InBody Score"]]
    for p in [m for m in club.members if m.branch == "新宿"][:25]:
        h, wt = rng.randint(150, 185), round(rng.uniform(45, 95), 1)
        rows.append([p.mno, p.name(""), h, p.sex, 2024 - p.born.year, p.born.strftime("%Y.%m.%d"),
                     f"2024.10.{rng.randint(1, 15):02d} {rng.randint(7, 21):02d}:"
                     f"{rng.randint(0, 59):02d}", wt, round(wt * rng.uniform(.12, .35), 1),
                     round(wt * .42, 1), round(rng.uniform(12, 35), 1),
                     round(wt / (h / 100) ** 2, 1), rng.randint(62, 88)])
        club.t(path, "person_name", p.name(), p)
        club.t(path, "date_of_birth", p.born.isoformat(), p)
    club.share.write(path, csv_text(rows), "cp932")


def corporate(club: Club) -> None:
    """The client companies (法人番号, neutral lines and addresses) and their employees."""
    rng, path = club.rng, "法人会員/法人会員一覧_2024.xlsx"
    wb, ws = workbook("契約法人", "法人契約一覧", "A1:F1")
    ws.append([])
    ws.append(["法人名", "法人番号", "所在地", "代表電話", "担当者", "担当者メール"])
    for c in club.companies:
        mail = f"{c.contact.last_roman}@{c.dom}"
        ws.append([c.name, c.num, c.addr, phone(c.tel), c.contact.name(), mail])
        club.t(path, "corporate_number", c.num)
        club.t(path, "phone_number", c.tel, None, True)
        club.t(path, "address", c.addr, None, True)
        club.t(path, "person_name", c.contact.name(), c.contact)
        club.t(path, "email_address", mail, c.contact, True)
    ws2 = wb.create_sheet("利用社員")
    ws2["A1"] = "法人会員 利用社員名簿（2024年10月1日現在）"
    ws2.merge_cells("A1:F1")
    ws2.append(["法人名", "会員番号", "氏名", "生年月日", "社用メール", "備考"])
    for c in club.companies:
        ws2.append([f"【{c.name}】"])
        ws2.merge_cells(start_row=ws2.max_row, start_column=1, end_row=ws2.max_row, end_column=6)
        for m in club.members:
            if m.mtype == "法人" and m.corp is c:
                ws2.append(["", m.mno, m.name(), jdate(m.born, rng.choice(["slash", "a"])), m.cmail,
                            ""])
                club.t(path, "person_name", m.name(), m)
                club.t(path, "date_of_birth", m.born.isoformat(), m)
                club.t(path, "email_address", m.cmail, m)
    club.save(path, wb)


def staff_roster(club: Club) -> None:
    """名簿 (個人番号, 基礎年金番号, salary account), four dependants (new people, the staff
    member's surname) and a 記入例 sheet (neutral)."""
    rng, path = club.rng, "スタッフ/スタッフ名簿_2024.xlsx"
    wb, ws = workbook("名簿", "従業員名簿（社外秘）", "A1:L1")
    ws.append(["社員番号", "氏名", "フリガナ", "生年月日", "所属", "役職", "住所", "携帯",
               "個人番号", "基礎年金番号", "振込先銀行", "口座番号"])
    for s in club.staff:
        a = s.addr.line()
        ws.append([s.eno, s.name(), s.kana(), jdate(s.born, rng.choice(["k", "a"])), s.branch,
                   s.job, a, phone(s.mobile), s.mn, f"{s.pen[:4]}-{s.pen[4:]}",
                   f"{s.bank[0]} {s.bbr}支店", s.acct])
        for category, value in [("person_name", s.name()), ("date_of_birth", s.born.isoformat()),
                                ("address", a), ("phone_number", s.mobile), ("my_number", s.mn),
                                ("basic_pension_number", s.pen), ("bank_account", s.acct)]:
            club.t(path, category, value, s)
        club.t(path, "person_name", s.kana(), s, True)
    ws2 = wb.create_sheet("扶養家族")
    ws2.append(["社員番号", "扶養者氏名", "続柄", "生年月日", "個人番号"])
    for s in club.staff[:4]:
        f = club.kin("staff_family", s, (1975, 2015))
        f.mn = my_number(rng, redraw=True)
        ws2.append([s.eno, f.name(), rng.choice(["妻", "夫", "子"]), f.born.strftime("%Y/%m/%d"),
                    f.mn])
        club.t(path, "person_name", f.name(), f)
        club.t(path, "date_of_birth", f.born.isoformat(), f)
        club.t(path, "my_number", f.mn, f)
    ws3 = wb.create_sheet("記入例")
    for row in (["項目", "記入例"], ["氏名", "山田 太郎"], ["携帯", "090-0000-0000"],
                ["個人番号", "123456789018"]):
        ws3.append(row)
    club.t(path, "person_name", "山田太郎", None, True)
    club.t(path, "my_number", "123456789018", None, True)
    club.save(path, wb)


def shifts(club: Club) -> None:
    """October's shifts a branch, staff by surname only (neutral)."""
    rng, path = club.rng, "スタッフ/シフト表_2024年10月.xlsx"
    wb = Workbook()
    for n, (branch, _) in enumerate(BRANCHES):
        ws = wb.create_sheet() if n else wb.active
        ws.title = branch
        ws["A1"] = f"{branch}店 10月シフト"
        ws.merge_cells("A1:H1")
        here = [s for s in club.staff if s.branch == branch]
        ws.append(["日付"] + [s.last for s in here])
        for d in range(1, 32):
            ws.append([f"10/{d}"] + [rng.choice(["早", "遅", "休", "通し"]) for _ in here])
        for s in here:
            club.t(path, "person_name", s.last, s, True)
    club.save(path, wb)


def leavers(club: Club) -> None:
    """Twelve members who left in 2024; a health reason's condition is 要配慮."""
    rng, path = club.rng, "退会/退会者リスト_2024.xlsx"
    wb, ws = workbook("2024年度", "退会者リスト 2024年度", "A1:G1")
    ws.append([])
    ws.append(["会員番号", "氏名", "生年月日", "退会日", "退会理由", "詳細", "電話"])
    for p in rng.sample(club.members[20:88], 12):
        reason, detail = rng.choice(REASONS)
        if detail == "妊娠のため" and p.sex == "M":
            reason, detail = "転居", None
        ws.append([p.mno, p.name(), jdate(p.born, "slash"), f"2024/{rng.randint(4, 9)}/末", reason,
                   detail or "", phone(p.mobile)])
        club.t(path, "person_name", p.name(), p)
        club.t(path, "date_of_birth", p.born.isoformat(), p)
        club.t(path, "phone_number", p.mobile, p)
        if detail in REASON_CONDITIONS:
            club.t(path, "sensitive", REASON_CONDITIONS[detail], p)
    club.save(path, wb)


def debits(club: Club) -> None:
    """October's 口座振替 results: account holder in kana (neutral) and account number."""
    rng, path = club.rng, "経理/口座振替結果_202410.tsv"
    lines = ["会員番号\t口座名義\t銀行コード\t支店コード\t預金種目\t口座番号\t金額\t結果"]
    for p in [m for m in club.members if m.pay == "口座振替"][:30]:
        holder = unicodedata.normalize("NFKC", p.kana()).replace("ー", "-")
        lines.append(f"{p.mno}\t{holder}\t{p.bank[1]}\t{p.bbrno}\t1\t{p.acct}\t"
                     f"{rng.choice([8800, 9900, 7150])}\t"
                     f"{rng.choice(['0:振替済', '0:振替済', '1:資金不足'])}")
        club.t(path, "bank_account", p.acct, p)
        club.t(path, "person_name", p.kana(), p, True)
    club.share.write(path, "\n".join(lines) + "\n")


def receipts(club: Club) -> None:
    """Thirty receipts to client companies: hard negatives only."""
    rng = club.rng
    lines = ["領収書番号,発行日,宛名,品目,金額,注文番号"]
    for _ in range(30):
        while True:
            number = f"{rng.randint(10**11, 10**12 - 1)}"
            if number[11] == my_number_check(number[:11]):
                break
        order = luhn_number(rng, "8" + str(rng.randint(10, 99)), 16)
        c = rng.choice(club.companies)
        lines.append(f"{number},2024/0{rng.randint(7, 9)}/{rng.randint(1, 28):02d},{c.name},"
                     f"{rng.choice(['法人月会費', 'プロテイン', 'ウェア'])},"
                     f"{rng.randint(1, 50) * 1100},{order}")
    club.share.write("経理/領収書発行台帳_2024Q3.csv", "\n".join(lines) + "\n")


def legacy_export(club: Club) -> None:
    """吉祥寺's members from the old system (CP932, 和暦, the address in two columns)."""
    rng, path = club.rng, "会員システム/吉祥寺店_会員一覧_旧システム.csv"
    rows = [["No", "氏名", "ｼﾒｲ", "生年月日", "TEL", "〒", "住所1", "住所2"]]
    for i, p in enumerate([m for m in club.members if m.branch == "吉祥寺"]):
        ad = p.addr
        a1 = f"{ad.pref}{ad.city}{ad.town}"
        a2 = f"{ad.c}－{ad.b}－{ad.g} {ad.bld}".strip()
        rows.append([i + 1, p.name("\u3000"), p.kana(), jdate(p.born, "k"),
                     phone(p.mobile, "h", rng.choice(["-", "－", "ー"])), ad.postal(), a1, a2])
        club.t(path, "person_name", p.name(), p)
        club.t(path, "person_name", p.kana(), p, True)
        club.t(path, "date_of_birth", p.born.isoformat(), p)
        club.t(path, "phone_number", p.mobile, p)
        club.t(path, "postal_code", ad.zip, p)
        club.t(path, "address", a1 + a2, p)
    club.share.write(path, csv_text(rows).encode("cp932", errors="replace"))


def card_stock(club: Club) -> None:
    """Member card lots: ロット番号 passing Luhn and JAN codes, hard negatives only."""
    rng = club.rng
    lines = ["ロット番号,カード通番開始,カード通番終了,JANコード,入荷日"]
    for _ in range(12):
        lot = luhn_number(rng, "6", 16)
        lines.append(f"{lot},{rng.randint(10**9, 10**10 - 1)},{rng.randint(10**9, 10**10 - 1)},"
                     f"49{rng.randint(10**10, 10**11 - 1)},2024/0{rng.randint(1, 9)}/15")
    club.share.write("経理/会員カード在庫_ロット.csv", "\n".join(lines) + "\n")


