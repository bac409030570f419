"""Who the private school's share is about: 30 families (38 students, their guardians; three
with a grandparent as the only guardian), 15 staff (an ALT with a 在留カード), 12 applicants and
their guardians, 10 alumni and 5 web inquirers, drawn from one random stream in a fixed order
(names from Faker's stream, surnames unique among families and staff).

Both parents of every family are drawn, and the three grandparent families keep them unnamed in
any file. 受付番号, 証券番号, tickets and 管理番号 pass the My Number check, 顧客番号 the 法人番号
check, 会員番号, 手配番号 and order numbers Luhn: hard negatives all.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from faker import Faker

from .identifiers import card_number, corporate_number, digits, licence_number, luhn_number
from .identifiers import my_number as check_number
from .japanese import wareki, wareki_short
from .share import Named, Population, Share, Street
from .truth import Truth

SCHOOL = "学校法人清陵学園"
SCHOOL_TEL = "0334219876"
SCHOOL_ADDR = "東京都世田谷区成城9-21-3"
TRAVEL_CO = "株式会社エイチ・トラベル"
TRAVEL_TEL = "0355550192"
DOMAIN = "seiryo-gakuen.ed.jp"
MAILDIR = "07_メール/教員共有"
MAIL_DAY = datetime(2026, 6, 3, 7, 42, tzinfo=timezone(timedelta(hours=9)))
CITIES = [("東京都", "世田谷区", ["桜丘", "経堂", "船橋", "千歳台", "砧"], "156", "03"),
          ("東京都", "杉並区", ["高井戸東", "浜田山", "下高井戸", "永福"], "168", "03"),
          ("東京都", "調布市", ["仙川町", "若葉町", "緑ケ丘"], "182", "042"),
          ("東京都", "狛江市", ["和泉本町", "東和泉", "中和泉"], "201", "03"),
          ("神奈川県", "川崎市多摩区", ["登戸", "生田", "宿河原"], "214", "044"),
          ("東京都", "三鷹市", ["北野", "中原", "新川"], "181", "0422")]
BLDG = ["ハイツ", "コーポ", "メゾン", "パークホーム", "グランドール"]
DOMAINS = ["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp", "icloud.com", "outlook.jp",
           "nifty.com"]
SUBJECTS = ["国語", "数学", "英語", "理科", "社会", "保健体育", "音楽", "美術", "養護", "事務"]
STAFF_BANKS = ["みずほ銀行", "三菱UFJ銀行", "三井住友銀行", "城南信用金庫", "ゆうちょ銀行"]
STAFF_BRANCHES = ["成城支店", "経堂支店", "調布支店", "新宿支店"]
CARD_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"
ELEMENTARY = (["世田谷区立", "杉並区立", "調布市立", "狛江市立"], ["第一", "第三", "南", "北"])


def grade_name(grade: int) -> str:
    """中1-中3 for grades 1-3, 高1-高3 for 4-6."""
    return f"中{grade}" if grade <= 3 else f"高{grade - 3}"


def tel(p: str, style: int = 0) -> str:
    """A phone as the school writes it, split 3-4-4 (a mobile) or 2-4-4 (any landline, 042 and
    0422 too): 0 hyphens, 1 digits alone, 2 (090)1234-5678, 3 +81-90-…, 4 spaced."""
    a, b, c = (p[:3], p[3:7], p[7:]) if len(p) == 11 else (p[:2], p[2:6], p[6:])
    return (f"{a}-{b}-{c}", p, f"({a}){b}-{c}", f"+81-{a[1:]}-{b}-{c}", f"{a} {b} {c}")[style]


def birth(day: date, style: int) -> str:
    """A birth date in the staff ledger's five forms, by row: ISO, 2001/04/05, 2001/4/5, 和暦,
    H13.4.5."""
    forms = (day.isoformat(), day.strftime("%Y/%m/%d"), f"{day.year}/{day.month}/{day.day}",
             wareki(day), wareki_short(day, padded=False))
    return forms[style % 5]


@dataclass(eq=False)
class Address(Street):
    """A home: 〒 and, for a third of them, a building and room after the 番地."""

    postal: str = ""
    bld: str = ""

    def full(self) -> str:
        """東京都世田谷区桜丘1-2-3 ハイツ桜丘301."""
        return self.dashed(pref=True) + self.bld

    def kanji(self) -> str:
        """東京都世田谷区桜丘1丁目2番3号 ハイツ桜丘301."""
        return self.banchi() + self.bld

    def short(self) -> str:
        """世田谷区桜丘1-2-3 ハイツ桜丘301 (no 都道府県)."""
        return self.dashed() + self.bld

    def zip(self) -> str:
        return f"{self.postal[:3]}-{self.postal[3:]}"


@dataclass(eq=False)
class Family:
    """A household: its surname, home and phone, its students and their guardians (the first
    the one every roster names)."""

    addr: Address
    home: str | None
    students: list[Person] = field(default_factory=list)
    guardians: list[Person] = field(default_factory=list)


@dataclass(eq=False)
class Person(Named):
    """Anyone in the share; students, staff, applicants and alumni fill their own fields."""

    last_roman: str
    first_roman: str
    born: date | None
    addr: Address | None = None
    rel: str = ""
    mobile: str = ""
    email: str = ""
    employer: str = ""
    fam: Family | None = None  # students
    grade: int = 0
    cls: str = ""
    sid: str = ""
    passport: str = ""  # students on the trip
    passport_exp: date | None = None
    work_mail: str = ""  # staff
    mn: str = ""
    licence: str = ""
    pension: str = ""
    kyosai: str = ""
    bank: tuple[str, str, str] = ("", "", "")
    hired: date | None = None
    subject: str = ""
    zairyu: str = ""
    guardian: Person | None = None  # applicants
    exam_no: str = ""
    elementary: str = ""
    maiden: str = ""  # alumni

    @property
    def g0(self) -> Person:
        """A student's first guardian."""
        return self.fam.guardians[0]


@dataclass(eq=False)
class School(Population):
    """One seed's population, random streams and output; the file writers share it."""

    count: int = 0
    used_last: set[str] = field(default_factory=set)
    families: list[Family] = field(default_factory=list)
    students: list[Person] = field(default_factory=list)
    staff: list[Person] = field(default_factory=list)
    applicants: list[Person] = field(default_factory=list)
    alumni: list[Person] = field(default_factory=list)
    inquirers: list[Person] = field(default_factory=list)
    school_cn: str = ""
    travel_cn: str = ""
    health: dict[str, tuple[str, list[str]]] = field(default_factory=dict)  # by student id
    trip: list[Person] = field(default_factory=list)

    @property
    def principal(self) -> Person:
        return self.staff[0]

    @property
    def nurse(self) -> Person:
        return self.staff[8]

    @property
    def clerk(self) -> Person:
        return self.staff[9]

    def add(self, path: str, category: str, value: str, person: Person | None = None,
            neutral: bool = False) -> None:
        self.truth.add(path, category, value, person.id if person else None, neutral)

    def write_truth(self, outdir: Path) -> None:
        self.truth.write(outdir, len(self.truth.people()))

    def my_number(self) -> str:
        return check_number(self.rng, nonzero_lead=True)

    def corporate_number(self) -> str:
        return corporate_number(self.rng)

    def luhn(self, prefix: str) -> str:
        return luhn_number(self.rng, prefix, 16)

    def card(self) -> str:
        return card_number(self.rng)

    def licence(self, koan: int) -> str:
        """運転免許証番号: 公安委員会, two digits, a serial, the check digit, reissues."""
        return licence_number(self.rng, koan)

    def day(self, first: int, last: int) -> date:
        """A day of the years first to last."""
        start = date(first, 1, 1).toordinal()
        return date.fromordinal(self.rng.randint(start, date(last, 12, 31).toordinal()))

    def address(self) -> Address:
        R = self.rng
        pref, city, towns, zp, _ = R.choice(CITIES)
        town = R.choice(towns)
        c, b, g = R.randint(1, 6), R.randint(1, 30), R.randint(1, 25)
        bld = ""
        if R.random() < 0.35:
            bld = f" {R.choice(BLDG)}{town[:2]}{R.randint(1, 5)}0{R.randint(1, 9)}"
        return Address(pref, city, town, c, b, g, f"{zp}{R.randint(0, 9999):04d}", bld)

    def mobile(self) -> str:
        return self.rng.choice(["090", "080", "070"]) + f"{self.rng.randint(0, 99999999):08d}"

    def landline(self, a: Address) -> str:
        """A home phone in the city's area code (its first digit after it 2-9)."""
        area = next(c[4] for c in CITIES if c[1] == a.city)
        return area + str(self.rng.randint(2, 9)) + digits(self.rng, 10 - len(area) - 1)

    def mail(self, p: Person, year: int) -> str:
        """A private address from the romaji: taro.yamada, yamadat85, taro_123 or yamada.taro7."""
        R, given, last = self.rng, p.first_roman, p.last_roman
        style = R.randint(0, 3)
        local = (f"{given}.{last}" if style == 0 else f"{last}{given[0]}{year % 100:02d}"
                 if style == 1 else f"{given}_{R.randint(10, 999)}" if style == 2
                 else f"{last}.{given}{R.randint(1, 99)}")
        return f"{local}@{R.choice(DOMAINS)}"

    def surname(self) -> tuple[str, str, str]:
        """A surname no family or staff member has yet."""
        while True:
            last = self.faker.last_name_pair()
            if last[0] not in self.used_last:
                self.used_last.add(last[0])
                return last

    def person(self, role: str, last: tuple[str, str, str], sex: str, born: date | None,
               **fields) -> Person:
        """Someone new (the next P-number) of `sex` with Faker's given name for it."""
        pair = (self.faker.first_name_male_pair() if sex == "M"
                else self.faker.first_name_female_pair())
        self.count += 1
        return Person(f"P{self.count:03d}", role, sex, last[0], pair[0], last[1], pair[1],
                      last[2].lower(), pair[2].lower(), born, **fields)

    def guardian(self, last: tuple[str, str, str], sex: str, born: date, rel: str,
                 a: Address) -> Person:
        g = self.person("guardian", last, sex, born, rel=rel, addr=a)
        g.mobile, g.email = self.mobile(), self.mail(g, born.year)
        return g


def _family(s: School, fi: int) -> Family:
    R = s.rng
    last = s.surname()
    a = s.address()
    fam = Family(a, s.landline(a) if R.random() < 0.6 else None)
    father = s.person("guardian", last, "M", s.day(1972, 1986), rel="父", addr=a)
    mother = s.person("guardian", last, "F", s.day(1974, 1988), rel="母", addr=a)
    for g in (father, mother):
        g.mobile, g.email = s.mobile(), s.mail(g, g.born.year)
        g.employer = s.faker.company()
    fam.guardians = [father, mother] if R.random() < 0.55 else [mother, father]
    if fi % 10 == 7:  # a grandparent is the one guardian
        sex = R.choice("MF")
        gp = s.guardian(last, sex, s.day(1948, 1958), "祖父" if sex == "M" else "祖母", a)
        gp.employer = "無職"
        fam.guardians = [gp]
    for _ in range(2 if fi % 4 == 1 else 1):
        sex, grade = R.choice("MF"), R.randint(1, 6)
        R.random()  # (the blind generator drew a birth-year shift that was always 0)
        year = 2026 - 12 - grade
        st = s.person("student", last, sex, s.day(year, year), grade=grade, fam=fam, addr=a)
        st.cls = R.choice("ABC")
        st.sid = f"{2026 - grade + 1}{R.randint(100, 399)}"
        fam.students.append(st)
    if len(fam.students) == 2 and fam.students[0].grade == fam.students[1].grade:
        st = fam.students[1]  # siblings are in different grades
        st.grade = st.grade % 6 + 1
        year = 2026 - 12 - st.grade
        st.born = s.day(year, year)
        st.sid = f"{2026 - st.grade + 1}{R.randint(400, 699)}"
    return fam


def _staff_papers(s: School, st: Person, licensed: bool = True) -> None:
    """個人番号, most teachers' 運転免許証番号 (the ALT has none), 基礎年金番号 and 私学共済
    加入者証番号."""
    R = s.rng
    st.mn = s.my_number()
    if licensed and R.random() < 0.8:
        st.licence = s.licence(R.choice([30, 30, 30, 45, 46]))
    st.pension = f"{R.randint(1000, 9999)}{R.randint(0, 999999):06d}"
    st.kyosai = f"{R.randint(10000000, 99999999)}"


def _teacher(s: School, i: int) -> Person:
    R = s.rng
    last = s.surname()
    st = s.person("staff", last, R.choice("MF"), s.day(1962, 1998))
    st.addr, st.mobile = s.address(), s.mobile()
    st.work_mail = f"{st.last_roman}.{st.first_roman[0]}@{DOMAIN}"
    st.email = s.mail(st, st.born.year)
    _staff_papers(s, st)
    st.bank = (R.choice(STAFF_BANKS), R.choice(STAFF_BRANCHES), f"{R.randint(1000000, 9999999)}")
    st.hired = s.day(max(st.born.year + 23, 1990), 2025)
    st.subject = SUBJECTS[i] if i < len(SUBJECTS) else R.choice(SUBJECTS[:6])
    return st


def _alt(s: School) -> Person:
    """The ALT: a foreign teacher with a 在留カード and no licence."""
    R = s.rng
    s.count += 1
    alt = Person(f"P{s.count:03d}", "staff", "F", "ミラー", "エミリー", "ミラー", "エミリー",
                 "miller", "emily", s.day(1990, 1997))
    alt.addr, alt.mobile = s.address(), s.mobile()
    alt.work_mail = f"e.miller@{DOMAIN}"
    alt.email = f"emily.r.miller{R.randint(1, 99)}@gmail.com"
    _staff_papers(s, alt, licensed=False)
    alt.bank = ("三井住友銀行", "新宿支店", f"{R.randint(1000000, 9999999)}")
    alt.hired, alt.subject = date(2024, 4, 1), "英語(ALT)"
    alt.zairyu = (R.choice(CARD_LETTERS) + R.choice(CARD_LETTERS) + f"{R.randint(0, 99999999):08d}"
                  + R.choice(CARD_LETTERS) + R.choice(CARD_LETTERS))
    return alt


def _applicant(s: School) -> Person:
    R = s.rng
    last = s.faker.last_name_pair()
    a = s.address()
    ap = s.person("applicant", last, R.choice("MF"), s.day(2014, 2014), addr=a)
    sex = R.choice("MF")
    ap.guardian = s.guardian(last, sex, s.day(1975, 1988), "父" if sex == "M" else "母", a)
    ap.exam_no = f"{R.randint(1000, 1999)}"
    ap.elementary = R.choice(ELEMENTARY[0]) + R.choice(ELEMENTARY[1]) + "小学校"
    return ap


def _alumnus(s: School) -> Person:
    R = s.rng
    al = s.person("alumnus", s.faker.last_name_pair(), R.choice("MF"), s.day(1975, 2005))
    al.email = s.mail(al, al.born.year)
    if al.sex == "F" and R.random() < 0.5:
        al.maiden = s.faker.last_name()
    al.mobile = s.mobile() if R.random() < 0.5 else ""
    return al


def _inquirer(s: School) -> Person:
    q = s.person("inquirer", s.faker.last_name_pair(), s.rng.choice("MF"), None)
    q.email, q.mobile = s.mail(q, 1980), s.mobile()
    return q


def populate(seed: int, share: Share) -> School:
    """Families, staff and the ALT, applicants, alumni, inquirers; the two 法人番号."""
    faker = Faker("ja_JP")
    faker.seed_instance(seed)
    s = School(seed, random.Random(seed), faker, share, Truth(form="sparse"))
    s.families = [_family(s, fi) for fi in range(30)]
    s.students = [st for fam in s.families for st in fam.students]
    s.staff = [_teacher(s, i) for i in range(14)] + [_alt(s)]
    s.applicants = [_applicant(s) for _ in range(12)]
    s.alumni = [_alumnus(s) for _ in range(10)]
    s.inquirers = [_inquirer(s) for _ in range(5)]
    s.school_cn, s.travel_cn = s.corporate_number(), s.corporate_number()
    return s
