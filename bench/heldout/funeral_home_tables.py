"""The funeral home's tables: the CP932 施行台帳 (施行番号 passing the My Number check; the
deceased's name, kana and birth date neutral beside the 喪主's), the 香典帳 (a sheet a 施行,
under 「ご芳名」; a company's representative, a 連名 couple), the 死亡届・火葬許可申請 copies (the
deceased's 本籍 and 死因 neutral), the 互助会 member list (UTF-8 with a BOM; 会員番号 passing the
My Number check), the staff's 年末調整 workbook (個人番号, 基礎年金番号, accounts, a spouse's
disability), the 全銀 salary file and the florist orders (TSV: 発注番号 passing Luhn, 受付番号
the My Number check, the florists' 法人番号)."""

from __future__ import annotations

import openpyxl
from openpyxl.styles import Font

from .funeral_home_people import COMPANY, Case, FuneralHome
from .identifiers import luhn_number
from .japanese import bank_kana, wareki
from .share import csv_text, padded, workbook

LEDGER_HEAD = ["施行番号", "受付日", "故人氏名", "故人カナ", "故人生年月日", "死亡日", "享年",
               "喪主氏名", "続柄", "喪主住所", "喪主電話", "宗派", "菩提寺", "斎場", "担当"]
DONORS = ["株式会社川越精機", "有限会社武蔵商事", "医療法人健生会", "川越第一建設株式会社"]
MEMBER_HEAD = ["会員番号", "氏名", "フリガナ", "生年月日", "郵便番号", "住所", "電話", "加入日",
               "コース", "払込回数", "満期"]
STAFF_HEAD = ["社員番号", "氏名", "フリガナ", "生年月日", "入社日", "住所", "携帯電話", "個人番号",
              "基礎年金番号", "振込銀行", "支店", "口座番号"]


def ledger_csv(h: FuneralHome, path: str, cases: list[Case]) -> bytes:
    """A 施行台帳 in CP932 (this year's, or the archive's in the zip): a row a 施行, its 担当
    drawn from the staff (their surname alone, neutral)."""
    a = h.add
    rows: list[list[object]] = [LEDGER_HEAD]
    for c in cases:
        d, m = c.dec, c.mosh
        st = h.rng.choice(h.staff)
        rows.append([c.sekou, f"{c.uketsuke:%Y/%m/%d}", d.name(), d.kana(), f"{d.born:%Y/%m/%d}",
                     f"{c.death:%Y/%m/%d}", c.age + 1, m.name(), c.zoku, m.addr.full(),
                     c.mosh_tel, c.shuha, c.temple.name, c.saijo[0], st.last])
        h.name(path, m)
        a(path, "address", m.addr.full(), m)
        a(path, "phone_number", c.mosh_tel, m)
        a(path, "person_name", d.name(), None, True)
        a(path, "person_name", d.kana(), None, True)
        a(path, "date_of_birth", d.born.isoformat(), None, True)
        a(path, "person_name", st.last, st, True)
        a(path, "sensitive", c.shuha, m)
    return csv_text(rows).encode("cp932")


def ledger(h: FuneralHome) -> None:
    path = "施行管理/施行台帳_2025.csv"
    h.share.write(path, ledger_csv(h, path, h.cases[4:]))


def koden(h: FuneralHome) -> None:
    """香典帳_2025下期: eight 会葬者 a 施行 from the shuffled attendees; the fourth a company's
    representative (the company and its address neutral), the sixth a 連名 couple (the spouse,
    drawn here, by the given name alone: neutral, yet counted)."""
    path = "香典帳/香典帳_2025下期.xlsx"
    R, F, a = h.rng, h.faker, h.add
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    pool = list(h.attendees)
    R.shuffle(pool)
    k = 0
    for c in h.cases[4:8]:
        ws = wb.create_sheet(f"{c.dec.last}家")
        ws.merge_cells("A1:G1")
        ws["A1"] = f"故 {c.dec.name()} 様 葬儀 香典帳"
        ws["A1"].font = Font(bold=True)
        ws.merge_cells("A2:G2")
        ws["A2"] = f"施行番号 {c.sekou}　告別式 {wareki(c.kokubetsu, by_year=True)}"
        a(path, "person_name", c.dec.name(), None, True)
        ws.append(["No", "ご芳名", "ご住所", "電話番号", "金額", "返礼", "備考"])
        for j in range(8):
            k += 1
            p = pool[k % len(pool)]
            if j == 3:
                company = R.choice(DONORS)
                town = (f"埼玉県川越市{F.town()}"
                        f"{R.randint(1, 5)}-{R.randint(1, 9)}-{R.randint(1, 9)}")
                row = [j + 1, f"{company} 代表取締役 {p.name()}", town, "", 10000, "済",
                       "供花あり"]
                a(path, "person_name", company, None, True)
                a(path, "address", town, None, True)
                h.name(path, p)
            elif j == 5:
                spouse = h.relative(p, (25, 85), not p.male)
                h.living.add(spouse.id)
                row = [j + 1, f"{p.name()}・{spouse.first}", p.addr.full(), p.mobile, 10000, "済",
                       "連名"]
                h.name(path, p, p.name(""))
                a(path, "person_name", spouse.first, spouse, True)
                a(path, "address", p.addr.full(), p)
                a(path, "phone_number", p.mobile, p)
            else:
                tel = p.mobile if R.random() < 0.6 else p.mobile.replace("-", "")
                row = [j + 1, p.name(), p.addr.full(), tel, R.choice([3000, 5000, 10000, 30000]),
                       R.choice(["済", "未", "当日返し"]), ""]
                h.name(path, p)
                a(path, "address", p.addr.full(), p)
                a(path, "phone_number", tel, p)
            ws.append(row)
    h.share.save(path, wb)


def death_forms(h: FuneralHome) -> None:
    """死亡届・火葬許可申請の控: a sheet a 施行, label | value merged over B to D; the deceased's
    data and cause of death neutral, the 届出人 (the 喪主) expected."""
    path = "届出/死亡届_火葬許可申請_控.xlsx"
    a = h.add
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for c in h.cases[13:17]:
        d, m = c.dec, c.mosh
        ws = wb.create_sheet(f"{c.sekou[-4:]}_{d.last}")
        ws.merge_cells("A1:D1")
        ws["A1"] = "死亡届・火葬許可申請書（控）"
        pairs = [("火葬許可番号", c.kaso), ("受付日", f"{c.uketsuke:%Y/%m/%d}"),
                 ("死亡者氏名", d.name()), ("生年月日", wareki(d.born, by_year=True)),
                 ("死亡日時", wareki(c.death, by_year=True) + " 午前3時15分"),
                 ("死亡場所", c.place), ("死亡者住所", d.addr.full()), ("本籍", c.honseki),
                 ("死因", c.cause), ("届出人氏名", m.name()),
                 ("届出人資格", "同居の親族" if h.rng.random() < .5 else "その他の親族"),
                 ("続柄", c.zoku), ("届出人住所", m.addr.full()),
                 ("届出人生年月日", f"{m.born:%Y/%m/%d}"), ("届出人電話", c.mosh_tel),
                 ("火葬場", c.saijo[0]), ("火葬日", f"{c.kokubetsu:%Y/%m/%d}")]
        for i, (label, value) in enumerate(pairs, start=3):
            ws.cell(i, 1, label)
            ws.merge_cells(start_row=i, start_column=2, end_row=i, end_column=4)
            ws.cell(i, 2, value)
        a(path, "person_name", d.name(), None, True)
        a(path, "date_of_birth", d.born.isoformat(), None, True)
        a(path, "address", d.addr.full(), None, True)
        a(path, "address", c.honseki, None, True)
        a(path, "sensitive", c.cause, None, True)
        h.name(path, m)
        a(path, "address", m.addr.full(), m)
        a(path, "date_of_birth", m.born.isoformat(), m)
        a(path, "phone_number", c.mosh_tel, m)
    h.share.save(path, wb)


def members(h: FuneralHome) -> None:
    """互助会会員名簿 (UTF-8 with a BOM): 会員番号 passing the My Number check, the name with a
    full-width space."""
    path = "互助会/互助会会員名簿.csv"
    R, a = h.rng, h.add
    rows: list[list[object]] = [MEMBER_HEAD]
    for p in h.members:
        tel = p.mobile if R.random() < .5 else h.landline("049")
        rows.append([h.my_number(), p.name("　"), p.kana(), f"{p.born:%Y/%m/%d}", p.postal,
                     p.addr.full(), tel,
                     f"{R.randint(1995, 2020)}/{R.randint(1, 12):02d}/{R.randint(1, 28):02d}",
                     R.choice(["A30", "B50", "さくら60"]), R.randint(5, 120),
                     R.choice(["済", "未"])])
        h.name(path, p)
        h.name(path, p, p.kana())
        a(path, "date_of_birth", p.born.isoformat(), p)
        a(path, "postal_code", p.postal, p)
        a(path, "address", p.addr.full(), p)
        a(path, "phone_number", tel, p)
    h.share.write(path, csv_text(rows), "utf-8-sig")


def staff_register(h: FuneralHome) -> None:
    """社員台帳（年末調整用）: the staff's numbers and accounts; 扶養控除, the spouses' 個人番号
    and, for some, a 身体障害者手帳."""
    path = "総務/社員台帳_年末調整2025.xlsx"
    a = h.add
    wb, ws = workbook("社員台帳", f"{COMPANY} 社員台帳（年末調整用）　社外秘", "A1:L1")
    ws.append(STAFF_HEAD)
    for i, s in enumerate(h.staff):
        ws.append([f"S{100 + i}", s.name(), s.kana(), f"{s.born:%Y/%m/%d}", s.hired,
                   s.addr.full(), s.mobile, s.my_number, s.pension, "りそな銀行", s.bank[1],
                   s.bank[2]])
        h.add_card(path, s, s.mobile)
        a(path, "my_number", s.my_number, s)
        a(path, "basic_pension_number", s.pension, s)
        a(path, "bank_account", s.bank[2], s)
    ws2 = wb.create_sheet("扶養控除")
    ws2.append(["社員氏名", "扶養親族氏名", "続柄", "生年月日", "個人番号", "障害者控除", "備考"])
    for s in h.staff:
        if f := s.family:
            note = h.rng.choice(["", "", "身体障害者手帳3級"])
            ws2.append([s.name(), f.name(), "配偶者", f"{f.born:%Y/%m/%d}", f.my_number,
                        "該当" if note else "", note])
            h.name(path, f)
            a(path, "date_of_birth", f.born.isoformat(), f)
            a(path, "my_number", f.my_number, f)
            if note:
                a(path, "sensitive", "身体障害者手帳", f)
    h.share.save(path, wb)


def salary_transfer(h: FuneralHome) -> None:
    """kyuyo_202512.txt: the 全銀 総合振込 file (120-byte CP932 records), each staff member's
    account and name in half-width kana (ｰ as '-')."""
    path = "総務/kyuyo_202512.txt"
    recs = ["1" + "21" + "0" + padded("1234567890", 10) + padded("ｶ)ｻｸﾗﾃﾝﾚｲ", 40) + "1225"
            + "0017" + padded("ｻｲﾀﾏﾘｿﾅ", 15) + "101" + padded("ｶﾜｺﾞｴ", 15) + "1" + "1234567"
            + " " * 17]
    total = 0
    for s in h.staff:
        kana = bank_kana(s.kana()).replace("ｰ", "-")
        amount = h.rng.randint(180000, 420000)
        total += amount
        recs.append("2" + s.bank[0] + padded("ﾘｿﾅ", 15) + s.bank[1] + padded("ｼﾃﾝ", 15) + " " * 4
                    + "1" + s.bank[2] + padded(kana, 30) + f"{amount:010d}" + "0" + " " * 20
                    + "7" + " " * 8)
        h.add(path, "person_name", kana, s)
        h.add(path, "bank_account", s.bank[2], s)
    recs += ["8" + f"{len(h.staff):06d}" + f"{total:012d}" + " " * 101, "9" + " " * 119]
    h.share.write(path, "\r\n".join(recs) + "\r\n", "cp932")


def florist_orders(h: FuneralHome) -> None:
    """florist_hacchu.tsv: 供花 orders to the two florists (their phones and 法人番号 the
    company's business), the deceased's name neutral."""
    path = "web/florist_hacchu.tsv"
    a = h.add
    rows: list[list[object]] = [["発注番号", "受付番号", "花店", "花店電話", "花店法人番号", "式場",
                                 "故人", "名札", "お届け日"]]
    for i in range(10):
        c = h.rng.choice(h.cases)
        name, tel, corp = h.florists[i % 2]
        rows.append([luhn_number(h.rng, "4", 16), h.my_number(), name, tel, corp, c.saijo[0],
                     c.dec.name(), f"{COMPANY} 社員一同", f"{c.tsuya:%Y/%m/%d}"])
        a(path, "person_name", c.dec.name(), None, True)
        a(path, "phone_number", tel, None, True)
        a(path, "corporate_number", corp)
    h.share.write(path, csv_text(rows, "\t"))
