"""The hotel's tables: the CP932 宿泊者名簿 (last month's goes into the backup zip), the OTA's
reservation export, a company trip's 団体予約票 and rooming list, the card guarantee sheet (CVVs
in the memo column), the 従業員台帳 with dependants and the CP932 給与振込データ (half-width
kana)."""

from __future__ import annotations

from datetime import date, timedelta

from openpyxl.styles import Alignment

from .hotel_people import ROOMS, Foreigner, Hotel, Person
from .identifiers import card_groups
from .japanese import half_width_kana
from .share import csv_text, workbook

BANKS = [("みずほ銀行", "0001"), ("三菱ＵＦＪ銀行", "0005"), ("三井住友銀行", "0009"),
         ("ゆうちょ銀行", "9900"), ("横浜銀行", "0138")]
PLANS = ["朝食付き", "素泊まり", "1泊2食付き"]
GROUP_NOTES = [("アレルギー", "アレルギー（そば）"), ("糖尿病", "糖尿病のため糖質制限"),
               ("車椅子", "車椅子利用・1F希望"), ("喘息", "喘息あり 禁煙ルーム")]


def register_csv(s: Hotel, path: str, guests: list[Person], foreign: list[Foreigner],
                 month: int) -> str:
    """A month's 宿泊者名簿: Japanese guests (the name's space drawn, the mobile hyphened or
    not, a companion by name), then foreign ones (passport, phone abroad, neutral); 予約番号
    passes the My Number check. The rows are shuffled in a copy, the file keeps their order."""
    R = s.rng
    rows: list[list[object]] = [["宿泊日", "チェックアウト日", "部屋番号", "予約番号", "氏名",
                                 "フリガナ", "郵便番号", "住所", "電話番号", "職業", "国籍",
                                 "旅券番号", "同伴者", "人数"]]
    for g in guests:
        d = s.stay().replace(month=month)
        comp = s.companions.get(g.id)
        tel = R.choice([g.mobile, g.mobile.replace("-", "")])
        rows.append([d.strftime("%Y/%m/%d"),
                     (d + timedelta(days=R.randint(1, 3))).strftime("%Y/%m/%d"), R.choice(ROOMS),
                     s.my_number(), g.name(R.choice([" ", "　", ""])), g.kana(), g.addr.postal,
                     g.addr.full(), tel, g.job, "日本", "", comp.name() if comp else "",
                     2 if comp else 1])
        s.rows(path, g, [("person_name", g.name()), ("person_name", g.kana()),
                         ("address", g.addr.full()), ("postal_code", g.addr.postal),
                         ("phone_number", tel)])
        if comp:
            s.add(path, "person_name", comp.name(), comp)
    for f in foreign:
        d = s.stay().replace(month=month)
        rows.append([d.strftime("%Y/%m/%d"), (d + timedelta(days=2)).strftime("%Y/%m/%d"),
                     R.choice(ROOMS), s.my_number(), f"{f.first} {f.last.upper()}", "", "",
                     f.addr, f.phone, "", f.nation, f.passport, "", 1])
        s.rows(path, f, [("person_name", f.first + f.last), ("address", f.addr)])
        s.abroad(path, f)
        s.add(path, "passport_number", f.passport, f)
    R.shuffle(rows[1:])  # (a copy: the blind generator's rows stayed in order)
    return csv_text(rows)


def register(s: Hotel) -> None:
    path = "フロント/宿泊者名簿_202410.csv"
    s.share.write(path, register_csv(s, path, s.guests[:40], s.foreign[:6], 10), "cp932")


def ota(s: Hotel) -> None:
    """楽天トラベル's export (UTF-8): romanized and kana names, the phone in one of three forms,
    the guest's mail; reservation ids pass Luhn, 会員番号 the 法人番号 check."""
    R = s.rng
    path = "OTA/予約一覧_楽天トラベル_202410.csv"
    rows: list[list[object]] = [["予約ID", "予約者氏名", "予約者カナ", "電話番号",
                                 "メールアドレス", "チェックイン日", "泊数", "人数", "合計金額",
                                 "会員番号", "プラン"]]
    for g in s.guests[20:50]:
        tel = R.choice(["+81-" + g.mobile[1:], "+81" + g.mobile[1:].replace("-", ""), g.mobile])
        rows.append([s.luhn("9"), f"{g.last_roman.upper()} {g.first_roman.upper()}", g.kana(""),
                     tel, g.email, s.stay().isoformat(), R.randint(1, 3), R.randint(1, 4),
                     R.randint(12, 90) * 1000, s.corporate_number(), R.choice(PLANS)])
        s.rows(path, g, [("person_name", g.last_roman + g.first_roman),
                         ("person_name", g.kana("")), ("phone_number", tel),
                         ("email_address", g.email)])
    for f in s.foreign:
        rows.append([s.luhn("9"), f"{f.last.upper()} {f.first.upper()}", "", f.phone, f.email,
                     s.stay().isoformat(), 2, 2, 54000, s.corporate_number(), "Room Only"])
        s.add(path, "person_name", f.last + f.first, f)
        s.abroad(path, f)
        s.add(path, "email_address", f.email, f)
    s.share.write(path, csv_text(rows))


def group(s: Hotel) -> None:
    """団体予約票: the company (法人番号; its name and address neutral) and its representative;
    the ルーミングリスト under two-row merged headers: every member's name, kana and birth date,
    four with a health note (sensitive)."""
    company, address = s.client("1-1-1")
    corp = s.corporate_number()
    path = "営業/団体予約_社員旅行_202411.xlsx"
    wb, ws = workbook("予約概要", "団体予約票（社員旅行）", "A1:D1")
    ws["A1"].alignment = Alignment(horizontal="center")
    rep = s.group[0]
    conf = s.my_number()
    summary = [("団体名", company), ("法人番号", corp), ("代表者", rep.name()),
               ("代表者フリガナ", rep.kana()), ("代表者携帯", rep.mobile),
               ("代表者メール", rep.email),
               ("会社所在地", address), ("宿泊日", "2024/11/16"), ("確認番号", conf),
               ("人数", f"{len(s.group)}名"), ("備考", "宴会場「桜の間」18:30〜 飲み放題")]
    for i, (label, value) in enumerate(summary, start=3):
        ws.cell(i, 1, label)
        ws.merge_cells(start_row=i, start_column=2, end_row=i, end_column=4)
        ws.cell(i, 2, value)
    s.add(path, "corporate_number", corp)
    s.add(path, "person_name", company, neutral=True)
    s.add(path, "address", address, neutral=True)
    s.rows(path, rep, [("person_name", rep.name()), ("person_name", rep.kana()),
                       ("phone_number", rep.mobile), ("email_address", rep.email)])
    ws2 = wb.create_sheet("ルーミングリスト")
    for span, cell, text in [("A1:G1", "A1", f"{company} 様 ルーミングリスト"),
                             ("A2:A3", "A2", "部屋"), ("B2:C2", "B2", "参加者"),
                             ("", "B3", "氏名"), ("", "C3", "フリガナ"), ("D2:D3", "D2", "性別"),
                             ("E2:E3", "E2", "生年月日"), ("F2:G2", "F2", "連絡事項"),
                             ("", "F3", "食事"), ("", "G3", "備考")]:
        if span:
            ws2.merge_cells(span)
        ws2[cell] = text
    for i, g in enumerate(s.group):
        r = 4 + i
        for col, value in enumerate([ROOMS[i // 2], g.name(), g.kana(),
                                     "男" if g.sex == "M" else "女", g.born], 1):
            ws2.cell(r, col, value)
        ws2.cell(r, 5).number_format = "yyyy/mm/dd"
        s.rows(path, g, [("person_name", g.name()), ("person_name", g.kana()),
                         ("date_of_birth", g.born)])
        if 1 <= i <= 4:
            term, text = GROUP_NOTES[i - 1]
            ws2.cell(r, 6 if term == "アレルギー" else 7, text)
            s.add(path, "sensitive", term, g)
        elif i == 6:
            ws2.cell(r, 7, "禁煙ルーム希望")
    s.share.save(path, wb)


def card_shown(s: Hotel, number: str) -> str:
    """A card number as the front typed it: Amex 4-6-5, else by four, joined as drawn."""
    return card_groups(number, "-" if len(number) == 15 else s.rng.choice(["-", " ", ""]))


def cards(s: Hotel) -> None:
    """カード保証記録: 22 guests by name or kana, card and expiry; a CVV in every sixth memo;
    予約番号 passes the My Number check, 伝票番号 Luhn."""
    R = s.rng
    path = "フロント/カード保証記録_2024下期.xlsx"
    wb, ws = workbook("保証")
    ws.append(["予約番号", "伝票番号", "氏名", "カード種別", "カード番号", "有効期限", "承認番号",
               "メモ"])
    for i, g in enumerate(s.guests[30:52]):
        kind, number = s.card()
        exp = f"{R.randint(1, 12):02d}/{R.randint(25, 30)}"
        memo = ""
        if i % 6 == 0:
            amex = kind == "AMEX"
            cvv = f"{R.randint(0, 9999 if amex else 999):0{4 if amex else 3}d}"
            memo = R.choice([f"電話予約のためCVV {cvv} 控え",
                             f"セキュリティコード：{cvv}（本人申告）"])
            s.add(path, "card_security_code", cvv, g)
        elif i % 6 == 3:
            memo = "到着時にカード提示済"
        holder = g.kana() if i % 2 else g.name()
        ws.append([s.my_number(), s.luhn("8"), holder, kind, card_shown(s, number), exp,
                   f"{R.randint(0, 999999):06d}", memo])
        s.rows(path, g, [("person_name", holder), ("credit_card_number", number),
                         ("card_expiry", exp)])
    ws2 = wb.create_sheet("集計")
    ws2.append(["月", "件数"])
    ws2.append(["10月", 22])
    s.share.save(path, wb)


def ledger(s: Hotel) -> None:
    """従業員台帳: every employee's birth, address, mobile, 個人番号, licence (the first four)
    and account; the 扶養家族 sheet (個人番号 too); 備品貸与's 管理番号 pass the My Number
    check."""
    R = s.rng
    path = "総務/従業員台帳_2024.xlsx"
    wb, ws = workbook("従業員")
    ws.append(["従業員番号", "氏名", "フリガナ", "生年月日", "入社日", "郵便番号", "住所",
               "携帯電話", "マイナンバー", "運転免許証番号", "銀行名", "支店名", "種別",
               "口座番号"])
    for i, p in enumerate(s.staff):
        p.mn, p.acct = s.my_number(), f"{R.randint(0, 9999999):07d}"
        p.bank, p.branch = R.choice(BANKS), f"{R.randint(1, 999):03d}"
        p.empno = f"E{1000 + i}"
        lic = s.licence() if i < 4 else ""
        joined = date(R.randint(2000, 2023), R.randint(1, 12), 1)
        ws.append([p.empno, p.name(), p.kana(), p.born, joined, p.addr.postal, p.addr.full(),
                   p.mobile, p.mn, lic, p.bank[0], "本店" if i % 3 == 0 else f"支店{p.branch}",
                   "普通", p.acct])
        ws.cell(ws.max_row, 4).number_format = "yyyy/mm/dd"
        ws.cell(ws.max_row, 5).number_format = "yyyy/mm/dd"
        s.rows(path, p, [("person_name", p.name()), ("person_name", p.kana()),
                         ("address", p.addr.full()), ("postal_code", p.addr.postal),
                         ("phone_number", p.mobile), ("date_of_birth", p.born),
                         ("my_number", p.mn), ("bank_account", p.acct)])
        if lic:
            s.add(path, "drivers_license_number", lic, p)
    ws2 = wb.create_sheet("扶養家族")
    ws2.append(["従業員番号", "続柄", "氏名", "フリガナ", "生年月日", "マイナンバー", "同居"])
    for st, family in s.families:
        for relation, p in family:
            p.mn = s.my_number()
            ws2.append([st.empno, relation, p.name(), p.kana(), p.born.strftime("%Y/%m/%d"), p.mn,
                        "同居"])
            s.rows(path, p, [("person_name", p.name()), ("person_name", p.kana()),
                             ("date_of_birth", p.born), ("my_number", p.mn)])
    ws3 = wb.create_sheet("備品貸与")
    ws3.append(["管理番号", "品名", "貸与先従業員番号"])
    for p in s.staff[:6]:
        ws3.append([s.my_number(), R.choice(["制服", "ロッカーキー", "インカム"]), p.empno])
    s.share.save(path, wb)


def payroll(s: Hotel) -> None:
    """給与振込データ (CP932): bank and branch codes, account, the holder in half-width kana."""
    R = s.rng
    path = "総務/給与振込データ_202410.csv"
    rows: list[list[object]] = [["銀行コード", "支店コード", "預金種目", "口座番号", "受取人名",
                                 "振込金額", "社員番号"]]
    for p in s.staff:
        rows.append([p.bank[1], p.branch, "1", p.acct, half_width_kana(p.kana()),
                     R.randint(180, 420) * 1000, p.empno])
        s.add(path, "person_name", p.kana(""), p)
        s.add(path, "bank_account", p.acct, p)
    s.share.write(path, csv_text(rows), "cp932")
