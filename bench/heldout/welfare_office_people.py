"""Who the welfare division's share is about: 44 households, 12 staff and 9 民生委員 a seed.

Everything is drawn from one random stream in a fixed order, so a seed always makes one corpus.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from faker import Faker

from .identifiers import digits, my_number
from .share import Share
from .truth import Truth

CITY_PREF, CITY = "静岡県", "富士宮市"
TOWNS = ["大宮町", "淀師", "万野原新田", "小泉", "宮原", "黒田", "阿幸地町", "星山", "粟倉", "山宮",
         "外神", "ひばりが丘"]
DISEASES = ["糖尿病", "統合失調症", "うつ病", "アルコール依存症", "脳梗塞後遺症", "慢性腎不全",
            "高血圧症", "肝硬変", "双極性障害", "COPD"]
KINDS = ["elder", "elder", "single", "family", "family", "couple"]
DEPARTMENTS = ["福祉課 保護係", "福祉課 障害福祉係", "保険年金課 国保係", "保険年金課 介護保険係",
               "子ども未来課"]


@dataclass(eq=False)
class Person:
    """A resident, staff member or 民生委員; staff and 委員 fill their own fields."""

    id: str
    last: str
    lastk: str
    first: str
    firstk: str
    sex: str
    dob: date
    mn: str
    mobile: str
    hh: Household | None
    email: str | None = None
    pension: str = ""
    hins: str = ""
    kaigo: str = ""
    home_addr: str = ""  # staff
    home_postal: str = ""
    mail: str = ""
    ext: str = ""
    dept: str = ""
    hired: date | None = None
    town: str = ""  # 民生委員
    addr: str = ""
    home: str = ""

    def full(self, sep: str = " ") -> str:
        return f"{self.last}{sep}{self.first}"

    def kana(self, sep: str = "　") -> str:
        return f"{self.lastk}{sep}{self.firstk}"


@dataclass(eq=False)
class Household:
    town: str
    postal: str
    addr_short: str
    kind: str
    home: str
    members: list[Person] = field(default_factory=list)
    case: str = ""  # 生活保護 only
    tanto: Person | None = None
    start: date | None = None
    disease: str = ""

    @property
    def head(self) -> Person:
        return self.members[0]

    @property
    def addr(self) -> str:
        return f"{CITY_PREF}{CITY}{self.addr_short}"

    @property
    def addr_city(self) -> str:
        return f"{CITY}{self.addr_short}"


@dataclass(eq=False)
class Office:
    """One seed's population, random streams and output; the file writers share it."""

    rng: random.Random
    faker: Faker
    share: Share
    truth: Truth
    people: list[Person] = field(default_factory=list)
    households: list[Household] = field(default_factory=list)
    staff: list[Person] = field(default_factory=list)
    minsei: list[Person] = field(default_factory=list)
    living: set[str] = field(default_factory=set)
    seiho: list[Household] = field(default_factory=list)
    providers: list[tuple[str, str, str]] = field(default_factory=list)

    @property
    def elders(self) -> list[Household]:
        return [h for h in self.households if h.kind == "elder"]

    @property
    def families(self) -> list[Household]:
        return [h for h in self.households if h.kind == "family"]

    @property
    def kokuho(self) -> list[Household]:
        """国保's households: everyone but the families (employees' insurance)."""
        return [h for h in self.households if h.kind in ("single", "couple", "elder")][:22]

    def add(self, path: str, category: str, value: str, person: str | None = None,
            neutral: bool = False) -> None:
        self.truth.add(path, category, value, person, neutral)

    def write_truth(self, outdir: Path) -> None:
        """The people are those a file exposes who are alive (a dead recipient is not)."""
        self.truth.write(outdir, len(self.truth.people() & self.living))

    def nd(self, count: int) -> str:
        return digits(self.rng, count)

    def atena(self) -> str:
        """宛名番号: 12 digits passing the My Number check (a hard negative)."""
        return my_number(self.rng, zero_lead="1")

    def rdate(self, first: date, last: date) -> date:
        return first + timedelta(days=self.rng.randint(0, (last - first).days))

    def phone(self, number: str, style: int) -> str:
        """0: bare digits; 1: 0544-22-1234; 2: with a random hyphen look-alike."""
        if style == 0:
            return number
        split = (3, 7) if len(number) == 11 else (4, 6)
        a, b, c = number[:split[0]], number[split[0]:split[1]], number[split[1]:]
        hyphen = "-"
        if style == 2:
            hyphens = ["ー", "－", "‐", "―", "−", "-"]
            hyphen = hyphens[self.rng.randrange(len(hyphens))]
        return f"{a}{hyphen}{b}{hyphen}{c}"

    def person(self, last: tuple[str, str], sex: str, dob: date,
               hh: Household | None = None) -> Person:
        given = (self.faker.first_name_male_pair() if sex == "M"
                 else self.faker.first_name_female_pair())
        p = Person(f"P{len(self.people) + 1:03d}", last[0], last[1], given[0], given[1], sex, dob,
                   my_number(self.rng, zero_lead="1"),
                   "0" + self.rng.choice(["90", "80", "70"]) + self.nd(8), hh)
        self.people.append(p)
        return p


def _household(o: Office, kind: str, codes: dict[str, str]) -> Household:
    R = o.rng
    surname = o.faker.last_name_pair()
    town = R.choice(TOWNS)
    addr_short = f"{town}{R.randint(1, 30)}番{R.randint(1, 25)}号"
    if R.random() < 0.3:
        addr_short += f" {o.faker.building_name()}{R.randint(101, 305)}"
    h = Household(town, codes[town], addr_short, kind, "0544" + o.nd(6))
    if kind == "elder":
        h.members.append(o.person(surname, R.choice("MF"),
                                  o.rdate(date(1930, 1, 1), date(1950, 12, 31)), h))
        if R.random() < 0.4:
            h.members.append(o.person(surname, "F" if h.members[0].sex == "M" else "M",
                                      o.rdate(date(1932, 1, 1), date(1952, 12, 31)), h))
    elif kind == "single":
        h.members.append(o.person(surname, R.choice("MF"),
                                  o.rdate(date(1955, 1, 1), date(1990, 12, 31)), h))
    elif kind == "couple":
        h.members.append(o.person(surname, "M", o.rdate(date(1950, 1, 1), date(1975, 12, 31)), h))
        h.members.append(o.person(surname, "F", o.rdate(date(1952, 1, 1), date(1978, 12, 31)), h))
    else:
        h.members.append(o.person(surname, "M", o.rdate(date(1978, 1, 1), date(1992, 12, 31)), h))
        h.members.append(o.person(surname, "F", o.rdate(date(1980, 1, 1), date(1994, 12, 31)), h))
        for _ in range(R.randint(1, 3)):
            h.members.append(o.person(surname, R.choice("MF"),
                                      o.rdate(date(2008, 4, 2), date(2023, 12, 31)), h))
    return h


def populate(seed: int, share: Share) -> Office:
    """The residents, then the staff and 委員, then who is on 生活保護 and each home's 病名."""
    faker = Faker("ja_JP")
    faker.seed_instance(seed)
    o = Office(random.Random(seed), faker, share, Truth())
    R = o.rng
    codes = {t: f"418{R.randint(0, 99):02d}{R.randint(0, 99):02d}" for t in TOWNS}
    o.households = [_household(o, KINDS[i % 6], codes) for i in range(44)]
    for p in o.people:
        p.pension = o.nd(4) + o.nd(6)
        p.hins = o.nd(8)
        if R.random() < 0.3:
            p.email = (f"{R.choice(['taro', 'hana', 'k.', 'yuki', 'mm', 'sun'])}"
                       f"{R.randint(10, 999)}"
                       f"@{R.choice(['docomo.ne.jp', 'ezweb.ne.jp', 'gmail.com', 'yahoo.co.jp'])}")
    for i in range(12):
        s = o.person(faker.last_name_pair(), R.choice("MF"),
                     o.rdate(date(1965, 1, 1), date(2000, 12, 31)))
        s.home_addr = (f"{CITY_PREF}{R.choice(['富士市', '富士宮市', '静岡市清水区'])}"
                       f"{faker.town()}{R.randint(1, 9)}丁目{R.randint(1, 20)}番地"
                       f"{R.randint(1, 20)}")
        s.home_postal = "41" + o.nd(5)
        login = ["sato", "suzuki", "kato", "ito", "ono", "mori"][i % 6]
        s.mail = f"{login}{i:02d}@city.fujinomiya.lg.jp"
        s.ext = f"0544-22-{1100 + i}"
        s.dept = R.choice(DEPARTMENTS)
        s.hired = o.rdate(date(1988, 4, 1), date(2024, 4, 1))
        o.staff.append(s)
    for _ in range(9):
        m = o.person(faker.last_name_pair(), R.choice("MF"),
                     o.rdate(date(1945, 1, 1), date(1965, 12, 31)))
        m.town = R.choice(TOWNS)
        m.addr = f"{CITY}{m.town}{R.randint(1, 30)}番地の{R.randint(1, 9)}"
        m.home = "0544" + o.nd(6)
        o.minsei.append(m)
    o.living = {p.id for p in o.people}
    singles = [h for h in o.households if h.kind in ("single", "couple")]
    o.seiho = R.sample(o.elders, 8) + R.sample(singles, 6) + R.sample(o.families, 2)
    for h in o.seiho:
        h.case = f"{R.choice(['A', 'B', 'C'])}-{R.randint(1000, 9999)}"
        h.tanto = R.choice(o.staff[:4])
        h.start = o.rdate(date(2015, 4, 1), date(2024, 3, 31))
    for h in o.households:
        h.disease = R.choice(DISEASES)
    return o
