"""Who the marriage agency's share is about: 78-88 members, five counsellors and the company
(株式会社ブライダル縁), then, as the files are written, members' parents and siblings (身上書),
partner agencies' contacts and mothers given as emergency contacts (入会申込書), all drawn from
one random stream and one Faker in a fixed order.

会員番号, 申込番号 and 独身証明書's 受付番号 pass the My Number check, 成婚番号 and 契約番号 the
法人番号 check, 請求書番号 and 振込依頼番号 Luhn: hard negatives all.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from faker import Faker

from .identifiers import corporate_check, digits, licence_number, luhn_number
from .identifiers import my_number as check_number
from .share import Population, Resident, Share, Street, age_on
from .truth import Truth

COMPANY = "株式会社ブライダル縁"
CTEL = "03-5468-2210"
CFAX = "03-5468-2211"
CADDR = "東京都港区南青山3丁目8番40号 青山センタービル5F"
MAILDOM = ["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "icloud.com", "ezweb.ne.jp"]
JOBS_M = ["会社員（IT）", "公務員", "医師", "会社員（メーカー）", "自営業", "教員", "薬剤師",
          "会社員（商社）", "エンジニア", "銀行員"]
JOBS_F = ["看護師（病院勤務）", "会社員（事務）", "保育士", "薬剤師", "公務員", "教員",
          "歯科衛生士", "会社員（営業）", "管理栄養士", "看護師（病院勤務）"]
EDU = ["大学卒", "大学院卒", "短大卒", "専門学校卒", "高校卒"]
MARITAL = ["初婚", "初婚", "初婚", "再婚（離別）", "再婚（死別）"]
BANKS = [("0005", "ﾐﾂﾋﾞｼﾕｰｴﾌｼﾞｪｲ"), ("0009", "ﾐﾂｲｽﾐﾄﾓ"), ("0001", "ﾐｽﾞﾎ"), ("9900", "ﾕｳﾁﾖ"),
         ("0010", "ﾘｿﾅ")]


@dataclass(eq=False)
class Address(Street):
    """A home: its 〒 and, for a third, a building and room after a space."""

    bld: str = ""
    postal: str = ""

    def full(self) -> str:
        """東京都港区南青山3丁目8番40号 コーポ青山ハイツ301."""
        return self.banchi() + self.bld

    def short(self, hyphen: str = "-") -> str:
        """港区南青山3-8-40, the hyphens as a memo types them."""
        return f"{self.city}{self.town}{self.c}{hyphen}{self.b}{hyphen}{self.g}"

    def hyphened(self, hyphen: str = "-") -> str:
        """東京都港区南青山3-8-40 コーポ青山ハイツ301."""
        return f"{self.pref}{self.short(hyphen)}{self.bld}"


@dataclass(eq=False)
class Person(Resident):
    """A member (P…), counsellor (S…), relative (R…), partner agency's contact (X…) or emergency
    contact (E…); last_roman is "" for one who took a member's surname."""

    addr: Address
    mno: str = ""  # members
    join: date | None = None
    job: str = ""
    income: int = 0
    edu: str = ""
    marital: str = ""
    counsellor: Person | None = None
    card: tuple[str, str] = ("", "")
    empno: str = ""  # counsellors
    hire: date | None = None
    mn: str = ""
    work_email: str = ""
    home: str = ""  # emergency contacts

    def name(self, sep: str = " ") -> str:
        return f"{self.last}{sep}{self.first}"


@dataclass(eq=False)
class Agency(Population):
    """One seed's population, random streams and output; the file writers share it."""

    members: list[Person] = field(default_factory=list)
    staff: list[Person] = field(default_factory=list)
    corp: str = ""
    used: set[tuple[str, str]] = field(default_factory=set)
    omiai: list[tuple[Person, Person]] = field(default_factory=list)  # (man, woman), as met
    partners: list[tuple[str, Person]] = field(default_factory=list)
    partner_no: int = 0  # the last partner's index, which the forwarded mail's address keeps
    debited: list[Person] = field(default_factory=list)
    carded: list[Person] = field(default_factory=list)

    @property
    def men(self) -> list[Person]:
        return [m for m in self.members if m.sex == "M"]

    @property
    def women(self) -> list[Person]:
        return [m for m in self.members if m.sex == "F"]

    def add(self, path: str, category: str, value: str | date, who: Person | None = None,
            neutral: bool = False) -> None:
        if isinstance(value, date):
            value = value.isoformat()
        normal = value if category == "card_expiry" else None  # (kept as written: 02/30)
        self.truth.add(path, category, value, who.id if who else None, neutral, normal=normal)

    def rows(self, path: str, who: Person, pairs: list[tuple[str, str | date]]) -> None:
        """The records of one row, (category, value) in order."""
        for category, value in pairs:
            self.add(path, category, value, who)

    def write_truth(self, outdir: Path) -> None:
        self.truth.write(outdir, len(self.truth.people()))

    def my_number(self) -> str:
        return check_number(self.rng)

    def corporate_number(self) -> str:
        """法人番号 with its first digit after the check drawn 1-9 before the other 11."""
        base = str(self.rng.randint(1, 9)) + digits(self.rng, 11)
        return corporate_check(base) + base

    def card(self, brand: str) -> str:
        """A card number of `brand`; every brand's prefix is drawn, the one asked for kept."""
        R = self.rng
        prefixes = {"visa": "4", "mc": str(R.randint(51, 55)), "jcb": str(R.randint(3528, 3589)),
                    "amex": R.choice(["34", "37"])}
        return luhn_number(R, prefixes[brand], 15 if brand == "amex" else 16)

    def licence(self) -> str:
        """運転免許証番号: 公安委員会, two digits of year, a serial, check, reissue (mostly 0)."""
        code = self.rng.choice(["10", "30", "30", "30", "45", "46", "50", "54", "62", "97"])
        return licence_number(self.rng, code)

    def passport(self) -> str:
        R = self.rng
        return R.choice(["TK", "TR", "TZ", "MZ", "TS"]) + f"{R.randint(0, 9999999):07d}"

    def person(self, pid: str, sex: str = "", born: tuple[int, int] = (1975, 1999),
               last: tuple[str, str, str] | None = None) -> Person:
        """Someone new, their (surname, given name) not yet drawn for anyone."""
        R, F = self.rng, self.faker
        sex = sex or R.choice("MF")
        while True:
            lp = last or F.last_name_pair()
            fp = F.first_name_male_pair() if sex == "M" else F.first_name_female_pair()
            if (lp[0], fp[0]) not in self.used:
                break
        self.used.add((lp[0], fp[0]))
        dob = self.between(date(born[0], 1, 1), date(born[1], 12, 31))
        pref, city, town = F.prefecture(), F.city(), F.town()
        c, b, g = R.randint(1, 5), R.randint(1, 30), R.randint(1, 20)
        building = (f" {F.building_name()}{R.choice(['ハイツ', 'コーポ', 'レジデンス'])}"
                    f"{R.randint(1, 9)}0{R.randint(1, 9)}")
        addr = Address(pref, city, town, c, b, g, R.choice(["", "", building]))
        addr.postal = f"{R.randint(100, 999)}-{R.randint(0, 9999):04d}"
        p = Person(pid, "", sex, lp[0], fp[0], lp[1], fp[1], lp[2], fp[2], dob, addr)
        head = R.choice(["090", "080", "070"])
        p.mobile = f"{head}-{R.randint(1000, 9999)}-{R.randint(1000, 9999)}"
        p.email = f"{fp[2].lower()}.{lp[2].lower()}{R.randint(1, 99)}@{R.choice(MAILDOM)}"
        return p


def age(born: date, ref: date = date(2024, 6, 1)) -> int:
    return age_on(born, ref)


def populate(seed: int, share: Share) -> Agency:
    faker = Faker("ja_JP")
    faker.seed_instance(seed)
    s = Agency(seed, random.Random(seed), faker, share, Truth(by_person=False))
    R = s.rng
    for i in range(R.randint(78, 88)):
        p = s.person(f"P{i + 1:03d}")
        p.role, p.mno = "member", s.my_number()
        p.join = s.between(date(2021, 4, 1), date(2024, 5, 20))
        p.job = R.choice(JOBS_M if p.sex == "M" else JOBS_F)
        p.income = R.choice([300, 400, 450, 500, 600, 700, 800, 1000, 1200])
        p.edu, p.marital = R.choice(EDU), R.choice(MARITAL)
        s.members.append(p)
    for j in range(5):
        st = s.person(f"S{j + 1:02d}", sex=R.choice("MFF"), born=(1962, 1992))
        st.role, st.empno = "counsellor", f"K{j + 1:03d}"
        st.hire = s.between(date(2012, 4, 1), date(2023, 4, 1))
        st.mn = s.my_number()
        s.staff.append(st)
    for st in s.staff:
        st.work_email = f"{st.id.lower()}.{R.randint(10, 99)}@bridal-en.co.jp"
    s.corp = s.corporate_number()
    return s
