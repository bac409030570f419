"""The driving school's accounts: the 学資ローン 口座振替 list (CP932) and its 全銀 file
(half-width kana, 120-byte records), and the 教習料金 入金 workbook (cards, then transfers and
cash)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from .driving_school_people import Person, School
from .identifiers import card_groups
from .share import csv_text, padded, workbook

BANKS = [("0005", "ﾐﾂﾋﾞｼUFJ"), ("0009", "ﾐﾂｲｽﾐﾄﾓ"), ("0001", "ﾐｽﾞﾎ"), ("0017", "ｻｲﾀﾏﾘｿﾅ"),
         ("9900", "ﾕｳﾁﾖ"), ("0134", "ﾑｻｼﾉ")]
FEES = [298000, 315000, 336600, 185000]


@dataclass(eq=False)
class Loan:
    """A 学資ローン: the student, who pays (a parent, or the student), the account debited;
    契約番号 passes Luhn."""

    st: Person
    payer: Person
    bank: tuple[str, str]
    branch: str
    acct: str
    amount: int
    contract: str


def loans(s: School) -> None:
    """学資ローン_口座振替 (CP932): 14 students (no re-acquirer), paid by a minor's parent, a 合宿
    student's emergency contact, or themselves (続柄 本人)."""
    R = s.rng
    path = "経理/学資ローン_口座振替_202612.csv"
    for st in R.sample([x for x in s.students if not x.reacq], 14):
        payer = s.guardians.get(st.id) or s.emergency.get(st.id) or st
        bank = R.choice(BANKS)
        s.loans.append(Loan(st, payer, bank, f"{R.randint(100, 899):03d}",
                            f"{R.randint(1000000, 9999999):07d}", R.choice(FEES) // 12 // 100 * 100,
                            s.luhn("8", 12)))
    rows = [["契約番号", "教習原簿番号", "教習生氏名", "契約者氏名", "続柄", "銀行コード",
             "銀行名", "支店コード", "預金種目", "口座番号", "口座名義（ｶﾅ）", "月額", "契約日"]]
    for loan in s.loans:
        st, p = loan.st, loan.payer
        rows.append([loan.contract, st.genbo, s.add(path, "person_name", st.name(""), st),
                     s.add(path, "person_name", p.name(""), p), "本人" if p is st else p.rel,
                     loan.bank[0], loan.bank[1], loan.branch, "普通",
                     s.add(path, "bank_account", loan.acct, p),
                     s.add(path, "person_name", p.hkana(), p), str(loan.amount),
                     (st.enter - timedelta(days=3)).strftime("%Y/%m/%d")])
    s.share.write(path, csv_text(rows), "cp932")


def transfer_file(s: School) -> None:
    """KOFURI_1227 (全銀 口座振替, CP932): the school's own account (neutral) in the header, a
    record a loan: account, holder in half-width kana, amount, 契約番号 as customer number."""
    path = "経理/zengin/KOFURI_1227.txt"
    lines = ["1" + "91" + "0" + "1234567890" + padded("ｶ)ﾎｸﾄｼﾞﾄﾞｳｼﾔｶﾞﾂｺｳ", 40) + "1227" + "0017"
             + padded("ｻｲﾀﾏﾘｿﾅ", 15) + "210" + padded("ｵｵﾐﾔ", 15) + "1" + "7712345" + " " * 17]
    s.add(path, "bank_account", "7712345", "ORG", neutral=True)
    for loan in s.loans:
        p = loan.payer
        lines.append("2" + loan.bank[0] + padded(loan.bank[1], 15) + loan.branch + " " * 15
                     + " " * 4 + "1" + s.add(path, "bank_account", loan.acct, p)
                     + padded(s.add(path, "person_name", p.hkana(), p), 30) + f"{loan.amount:010d}"
                     + "0" + padded(loan.contract, 20) + "0" + " " * 8)
    total = sum(loan.amount for loan in s.loans)
    lines.append("8" + f"{len(s.loans):06d}" + f"{total:012d}" + "0" * 36 + " " * 65)
    lines.append("9" + " " * 119)
    s.share.write(path, "".join(line + "\r\n" for line in lines), "cp932")


def _card_shown(card: str) -> str:
    """4-6-5 for an Amex, else in fours."""
    return card_groups(card, " ")


def payments(s: School) -> None:
    """教習料金入金: 18 card payments (a minor's parent pays, else 本人), the number grouped or
    not, MM/YY expiry, 受付番号 passing Luhn; 12 transfers and cash in kana, 領収書番号 passing
    the My Number check."""
    R = s.rng
    path = "経理/教習料金入金_2026年度.xlsx"
    wb, ws = workbook("クレジット")
    ws.append(["受付番号", "入金日", "教習原簿番号", "氏名", "支払者", "カード番号", "有効期限",
               "金額", "承認番号"])
    for st in R.sample(s.students, 18):
        payer = s.guardians.get(st.id, st)
        card = s.card()
        exp = f"{R.randint(1, 12):02d}/{R.randint(27, 31):02d}"
        s.cards[payer.id] = (payer, card, exp)
        ws.append([s.luhn("4"), st.enter.strftime("%Y/%m/%d"), st.genbo,
                   s.add(path, "person_name", st.name(), st),
                   s.add(path, "person_name", payer.name(), payer) if payer is not st else "本人",
                   s.add(path, "credit_card_number",
                         _card_shown(card) if R.random() < 0.5 else card, payer),
                   s.add(path, "card_expiry", exp, payer), R.choice([*FEES, 99000]),
                   f"{R.randint(0, 999999):06d}"])
    ws2 = wb.create_sheet("振込・現金")
    ws2.append(["入金日", "氏名", "方法", "金額", "領収書番号"])
    for st in R.sample(s.students, 12):
        ws2.append([st.enter.strftime("%Y/%m/%d"), s.add(path, "person_name", st.kana(), st),
                    R.choice(["現金", "振込"]), R.choice([298000, 315000, 50000]), s.my_number()])
    s.share.save(path, wb)
