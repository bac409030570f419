"""Who the driving school's share is about: 78 students for an odd seed, 74 for an even one
(about one in eight a minor, one in ten holding a 二輪 licence, a few re-acquiring a revoked
one), the minors' parents, the 合宿 students' parents as emergency contacts, thirteen staff
(指導員, 技能検定員, 事務) with five dependants, then, as the files are written, last year's
graduates (backup zip), all drawn from one random stream and one Faker in a fixed order.

会員番号, the reply's 受付番号 and 領収書番号 pass the My Number check; the 入校申込書's 受付番号,
検定番号 and 教習指導員資格者証番号 the licence check; 予約番号, 契約番号, the card payments'
受付番号 and 技能検定員資格者証番号 Luhn: hard negatives all.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from faker import Faker

from .identifiers import corporate_number, licence_number, luhn_number
from .identifiers import my_number as check_number
from .japanese import FULL_WIDTH, half_width_kana
from .share import Population, Resident, Share, Street
from .truth import Truth

SCHOOL = "株式会社北斗自動車学校"
TEL = "048-641-2211"
TEL_NORTH = "049-231-5505"
SCHOOL_ADDR = "埼玉県さいたま市北区日進町3丁目402番地"
DOMAIN = "hokuto-ds.co.jp"
TODAY = date(2026, 11, 27)
BRANCHES = ["本校", "北分校"]
AREA = [  # (city, town, 〒's first five digits)
    ("さいたま市大宮区", "桜木町", "330-08"), ("さいたま市大宮区", "大門町", "330-08"),
    ("さいたま市浦和区", "高砂", "330-00"), ("さいたま市見沼区", "東大宮", "337-00"),
    ("上尾市", "柏座", "362-00"), ("上尾市", "原市", "362-00"), ("川越市", "新富町", "350-00"),
    ("川越市", "脇田本町", "350-11"), ("川越市", "的場", "350-11"),
    ("坂戸市", "日の出町", "350-02"), ("鶴ヶ島市", "富士見", "350-22"),
    ("桶川市", "若宮", "363-00"),
]
FAR = [("東京都", "新宿区", "高田馬場", "169-00"), ("東京都", "杉並区", "高円寺南", "166-00"),
       ("千葉県", "千葉市稲毛区", "弥生町", "263-00"), ("宮城県", "仙台市青葉区", "片平", "980-08"),
       ("静岡県", "浜松市中央区", "元城町", "430-09"), ("群馬県", "前橋市", "大手町", "371-00"),
       ("長野県", "松本市", "旭", "390-08"), ("新潟県", "新潟市中央区", "旭町通", "951-81")]
UNIV = ["早稲田大学", "明治大学", "東北大学", "静岡大学", "千葉大学", "信州大学", "新潟大学",
        "法政大学", "日本大学"]
BLDG = ["コーポ", "ハイツ", "メゾン", "パレス", "グランド", "サンライズ"]
MAILDOM = ["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp", "icloud.com", "outlook.jp",
           "softbank.ne.jp"]
IP_HEADS = [126, 60, 153, 114, 219, 180, 49, 106, 221]
LICENCE_CODES = [43, 43, 43, 30, 44, 45, 41, 42, 22, 49]


@dataclass(eq=False)
class Address(Street):
    """A home: its 〒, for some a building and room after a space and a landline (自宅電話)."""

    postal: str = ""
    bldg: str = ""
    landline: str = ""

    def _room(self) -> str:
        return f" {self.bldg}" if self.bldg else ""

    def full(self) -> str:
        """埼玉県上尾市柏座2丁目14番3号 コーポ柏座 305."""
        return self.banchi() + self._room()

    def short(self, pref: bool = False) -> str:
        """上尾市柏座2-14-3 コーポ柏座 305 (埼玉県 first where pref)."""
        return self.dashed(pref) + self._room()

    def typed(self, hyphen: str = "－") -> str:
        """上尾市柏座２－１４－３ as a mail or memo types it (full-width digits, a look-alike)."""
        return self.dashed(hyphen=hyphen).translate(FULL_WIDTH)


@dataclass(eq=False)
class Person(Resident):
    """A student, a parent, an emergency contact, a staff member or a dependant (P…)."""

    addr: Address
    ip: str = ""
    course: str = ""  # students
    branch: str = ""
    genbo: str = ""  # 教習原簿番号
    enter: date | None = None
    member: str = ""  # 会員番号 (passes the My Number check)
    minor: bool = False
    lic: str = ""  # a licence held (students re-acquiring one or adding a car; staff)
    lic_kind: str = ""
    reacq: bool = False
    univ: str = ""  # 合宿 students
    rel: str = ""  # 続柄 of a parent, emergency contact or dependant
    no: str = ""  # staff
    mynum: str = ""
    job: str = ""
    hire: date | None = None
    wmail: str = ""
    of: Person | None = None  # a dependant's staff member

    def hkana(self) -> str:
        """The kana name half-width, as the 予約 system and the bank files hold it."""
        return half_width_kana(self.kana())


@dataclass(eq=False)
class School(Population):
    """One seed's population, random streams and output; the file writers share it."""

    people: list[Person] = field(default_factory=list)
    used: set[tuple[str, str]] = field(default_factory=set)
    students: list[Person] = field(default_factory=list)
    guardians: dict[str, Person] = field(default_factory=dict)
    camp: list[Person] = field(default_factory=list)  # 合宿 students
    emergency: dict[str, Person | None] = field(default_factory=dict)
    staff: list[Person] = field(default_factory=list)
    dependents: list[Person] = field(default_factory=list)
    corp: str = ""
    sick: dict[str, tuple[str, str, list[str]]] = field(default_factory=dict)
    cards: dict[str, tuple[Person, str, str]] = field(default_factory=dict)  # payer, number, expiry
    loans: list = field(default_factory=list)  # driving_school_accounts.Loan
    zipped: dict[str, bytes] = field(default_factory=dict)  # backup zip members written early

    def add(self, path: str, category: str, value: str | date, who: Person | str | None,
            neutral: bool = False) -> str:
        """Record `value` (a date as ISO) for `who` ("ORG": the school), and give it back."""
        if isinstance(value, date):
            value = value.isoformat()
        person = who if isinstance(who, str) or who is None else who.id
        self.truth.add(path, category, value, person, neutral)
        return value

    def born(self, path: str, p: Person, written: str) -> str:
        """A birth date as written, its truth the ISO date."""
        self.truth.add(path, "date_of_birth", written, p.id, normal=p.born.isoformat())
        return written

    def school(self, path: str, name: bool = True, tel: bool = True, north: bool = False,
               addr: bool = False, corp: bool = False) -> None:
        """The school's own name, phones, address and 法人番号, neutral."""
        for wanted, category, value in [(name, "person_name", SCHOOL), (tel, "phone_number", TEL),
                                        (north, "phone_number", TEL_NORTH),
                                        (addr, "address", SCHOOL_ADDR),
                                        (corp, "corporate_number", self.corp)]:
            if wanted:
                self.add(path, category, value, "ORG", neutral=True)

    def write_truth(self, outdir: Path) -> None:
        self.truth.write(outdir, len(self.truth.people() - {"ORG"}))

    def instructors(self) -> list[Person]:
        return [x for x in self.staff if x.job != "事務"]

    def my_number(self) -> str:
        return check_number(self.rng, zero_lead="1")

    def luhn(self, prefix: str, length: int = 16) -> str:
        return luhn_number(self.rng, prefix, length)

    def day(self, first: int, last: int) -> date:
        """A day from 1 January of `first` to 31 December of `last`."""
        a, b = date(first, 1, 1).toordinal(), date(last, 12, 31).toordinal()
        return date.fromordinal(self.rng.randint(a, b))

    def licence(self, code: int | None = None, year: int | None = None) -> str:
        """運転免許証番号: 公安委員会 (43 埼玉 mostly), year, serial, check, reissue (mostly 0)."""
        return licence_number(self.rng, code or self.rng.choice(LICENCE_CODES), year)

    def card(self) -> str:
        """A card number, its brand drawn six ways (Visa and JCB twice), then its prefix."""
        R = self.rng
        kind = R.choice(["visa", "master", "jcb", "amex", "visa", "jcb"])
        if kind == "amex":
            return self.luhn(R.choice(["34", "37"]), 15)
        prefix = ("4" + str(R.randint(10, 99)) if kind == "visa" else
                  str(R.randint(51, 55)) if kind == "master" else str(R.randint(3528, 3589)))
        return self.luhn(prefix)

    def home(self) -> Address:
        """A home in 埼玉 (nine in ten) or far off, a building for 40%, a landline for 35%."""
        R = self.rng
        if R.random() < 0.9:
            city, town, head = R.choice(AREA)
            pref = "埼玉県"
        else:
            pref, city, town, head = R.choice(FAR)
        addr = Address(pref, city, town, 0, 0, 0, postal=head + f"{R.randint(1, 99):02d}")
        addr.c, addr.b, addr.g = R.randint(1, 5), R.randint(1, 30), R.randint(1, 25)
        if R.random() < 0.4:
            addr.bldg = f"{R.choice(BLDG)}{town[:2]} {R.randint(1, 4)}0{R.randint(1, 9)}"
        if R.random() < 0.35:
            addr.landline = f"048-{R.randint(600, 999):03d}-{R.randint(0, 9999):04d}"
        return addr

    def person(self, role: str, born: date | None = None, last: Person | None = None,
               addr: Address | None = None) -> Person:
        """Someone new (of `last`'s surname, at `addr`), their name not yet drawn for anyone."""
        R, F = self.rng, self.faker
        while True:
            lp = (last.last, last.last_kana, last.last_roman) if last else F.last_name_pair()
            sex = R.choice("MF")
            fp = F.first_name_male_pair() if sex == "M" else F.first_name_female_pair()
            if (lp[0], fp[0]) not in self.used:
                break
        self.used.add((lp[0], fp[0]))
        p = Person(f"P{len(self.people) + 1:03d}", role, sex, lp[0], fp[0], lp[1], fp[1], lp[2],
                   fp[2], born or TODAY, addr or self.home())
        head = R.choice(["090", "080", "070"])
        p.mobile = f"{head}-{R.randint(1000, 9999)}-{R.randint(0, 9999):04d}"
        sr, mr = lp[2].lower(), fp[2].lower()
        if R.random() < 0.5:
            p.email = f"{mr}.{sr}{R.randint(1, 999)}@{R.choice(MAILDOM)}"
        else:
            sep = R.choice(["_", "-", ""])
            p.email = f"{sr[:4]}{mr[:3]}{sep}{R.randint(10, 2009)}@{R.choice(MAILDOM)}"
        p.ip = f"{R.choice(IP_HEADS)}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
        self.people.append(p)
        return p

    def relative(self, of: Person, role: str, born: date, home: bool = False) -> Person:
        """`of`'s father or mother (their 続柄 by sex), at `of`'s address where `home`."""
        p = self.person(role, born, last=of, addr=of.addr if home else None)
        p.rel = "父" if p.sex == "M" else "母"
        return p


def _student(s: School, i: int) -> Person:
    """The i-th student: a minor (12%), a 二輪 holder adding a car (10%), a re-acquirer (6%)
    or a first-timer; born, course, branch, 原簿番号, 入校日 and 会員番号."""
    R = s.rng
    kind = R.random()
    if kind < 0.12:
        born = TODAY - timedelta(days=R.randint(16 * 365 + 10, 17 * 365 + 360))
        course = R.choice(["普通二輪", "普通二輪", "普通MT"])
        st = s.person("student")
        st.minor = True
    elif kind < 0.22:
        born, course = s.day(1990, 2006), "普通AT"
        st = s.person("student")
        st.lic = s.licence(year=born.year + 17 + R.randint(0, 5))
        st.lic_kind = "普通二輪"
    elif kind < 0.28:
        born, course = s.day(1962, 1992), "普通MT"
        st = s.person("student")
        st.lic = s.licence(year=born.year + 18 + R.randint(0, 8))
        st.lic_kind, st.reacq = "（取消）普通", True
    else:
        born = s.day(1996, 2008)
        course = R.choice(["普通AT", "普通AT", "普通MT", "準中型"])
        st = s.person("student")
    st.born, st.course = born, course
    st.branch = R.choice(BRANCHES)
    st.genbo = ("H" if st.branch == "本校" else "K") + f"26-{i + 1:04d}"
    st.enter = TODAY - timedelta(days=R.randint(10, 120))
    st.member = s.my_number()
    return st


def _staff(s: School, i: int) -> Person:
    R = s.rng
    st = s.person("staff", s.day(1962, 1998))
    st.no = f"{R.choice([1, 2])}{i + 1:03d}"
    st.branch = BRANCHES[int(st.no[0]) - 1]
    st.lic = s.licence(year=st.born.year + 18 + R.randint(0, 3))
    st.mynum = s.my_number()
    st.job = "事務" if i in (3, 9) else "技能検定員" if i in (0, 5, 11) else "指導員"
    st.hire = s.day(2008, 2025)
    st.wmail = f"{st.last_roman.lower()}.{st.first_roman.lower()[0]}@{DOMAIN}"
    return st


def populate(seed: int, share: Share) -> School:
    faker = Faker("ja_JP")
    faker.seed_instance(seed * 31 + 34)
    s = School(seed, random.Random(seed * 7919 + 34), faker, share, Truth(by_person=False))
    R = s.rng
    s.students = [_student(s, i) for i in range(78 if seed % 2 else 74)]
    for st in s.students:
        if st.minor:
            s.guardians[st.id] = s.relative(st, "guardian", s.day(1968, 1985), home=True)
    s.camp = [x for x in s.students if not x.minor and not x.reacq and x.born.year >= 2001][:16]
    for st in s.camp:
        st.univ = R.choice(UNIV)
        s.emergency[st.id] = (s.relative(st, "emergency", s.day(1965, 1980))
                              if R.random() < 0.6 else None)
    s.staff = [_staff(s, i) for i in range(13)]
    for st in s.staff[:5]:
        born = s.day(1965, 2000) if R.random() < 0.5 else s.day(2010, 2020)
        d = s.person("dependent", born, last=st, addr=st.addr)
        d.rel = "配偶者" if born.year < 2005 else ("長男" if d.sex == "M" else "長女")
        d.mynum, d.of = s.my_number(), st
        s.dependents.append(d)
    s.corp = corporate_number(R)
    return s
