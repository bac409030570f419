"""Who the hotel group's share is about: twelve employees, five of them with a spouse and a
child at their address, 58 Japanese guests (eight with a family companion), nine foreign guests,
twelve members of a company's group trip, a bridal couple and a banquet's organizer, drawn from
one random stream, a Japanese and an English Faker in a fixed order.

予約番号, 確認番号 and the 備品's 管理番号 pass the My Number check, 会員番号 and 契約番号 the
法人番号 check, OTA reservation ids, the card sheet's 伝票番号 and a confirmation number Luhn,
the shuttle's 管理番号 the licence check: hard negatives all.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from faker import Faker

from .identifiers import corporate_number, licence_number, luhn_number, named_card
from .identifiers import my_number as check_number
from .share import Population, Resident, Share, Street
from .truth import Truth

HOTEL_DOMAIN = "minato-hotels.co.jp"
FRONT = f"front@{HOTEL_DOMAIN}"
MANAGER = f"shihainin@{HOTEL_DOMAIN}"
RESERVATIONS = f"reservations@{HOTEL_DOMAIN}"
ROOMS = [f"{floor}{r:02d}" for floor in range(2, 10) for r in range(1, 16)]
JOBS = ["会社員", "公務員", "自営業", "教員", "医師", "看護師", "学生", "無職", "主婦",
        "エンジニア", "会社役員", "農業"]
MAILDOM = ["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "icloud.com", "ezweb.ne.jp"]
NATIONS = [("アメリカ", "US"), ("オーストラリア", "AU"), ("イギリス", "GB"), ("台湾", "TW"),
           ("韓国", "KR"), ("シンガポール", "SG"), ("フランス", "FR")]
FOREIGN_PHONES = ["+1 415 555 %04d", "+61 4 1234 %04d", "+44 7700 90%04d", "+886 912 345 %03d",
                  "+65 9123 %04d"]
FOREIGN_MAILDOM = ["gmail.com", "outlook.com", "hotmail.com"]
TODAY = date(2024, 10, 1)


def cp932_ok(*texts: str) -> bool:
    """Whether every text survives CP932 (the 宿泊者名簿's encoding)."""
    try:
        for text in texts:
            text.encode("cp932")
    except UnicodeEncodeError:
        return False
    return True


@dataclass(eq=False)
class Address(Street):
    """A home: its 〒 and, for some, a building and room after a space."""

    bld: str = ""
    postal: str = ""

    def full(self, hyphen: str = "-", short: bool = False) -> str:
        """静岡県浜松市中区高輪7-3-19 パレス高輪305; short: no 都道府県."""
        return self.dashed(not short, hyphen) + (f" {self.bld}" if self.bld else "")


@dataclass(eq=False)
class Person(Resident):
    """An employee, a dependant, a guest or a companion, a group member or a client (P…)."""

    addr: Address
    job: str = ""
    mn: str = ""  # employees and their dependants
    acct: str = ""
    bank: tuple[str, str] = ("", "")
    branch: str = ""
    empno: str = ""

    def moved_in(self, other: Person) -> None:
        """Living at `other`'s address (drawn for them all the same)."""
        self.addr = other.addr


@dataclass(eq=False)
class Foreigner:
    """A foreign guest: a Latin name, a passport, a phone abroad and an address abroad."""

    id: str
    first: str
    last: str
    nation: str
    passport: str
    born: date
    phone: str
    email: str
    addr: str

    @property
    def phone_digits(self) -> str:
        return "".join(c for c in self.phone if c.isdigit())


@dataclass(eq=False)
class Hotel(Population):
    """One seed's population, random streams and output; the file writers share it."""

    english: Any = None
    issued: int = 0  # the last P… id given
    staff: list[Person] = field(default_factory=list)
    families: list[tuple[Person, list[tuple[str, Person]]]] = field(default_factory=list)
    guests: list[Person] = field(default_factory=list)
    companions: dict[str, Person] = field(default_factory=dict)
    foreign: list[Foreigner] = field(default_factory=list)
    group: list[Person] = field(default_factory=list)
    couple: list[Person] = field(default_factory=list)
    host: Person | None = None
    corp: str = ""

    def add(self, path: str, category: str, value: str | date,
            who: Person | Foreigner | None = None, neutral: bool = False,
            normal: str | None = None) -> None:
        if isinstance(value, date):
            value = value.isoformat()
        self.truth.add(path, category, value, who.id if who else None, neutral, normal=normal)

    def rows(self, path: str, who: Person | Foreigner, pairs: list[tuple[str, str | date]]) -> None:
        """The records of one row, (category, value) in order."""
        for category, value in pairs:
            self.add(path, category, value, who)

    def abroad(self, path: str, f: Foreigner) -> None:
        """A foreign phone, neutral: its digits, and with the "+" of its country code."""
        self.add(path, "phone_number", f.phone_digits, f, neutral=True)
        self.add(path, "phone_number", f.phone, f, neutral=True, normal="+" + f.phone_digits)

    def write_truth(self, outdir: Path) -> None:
        self.truth.write(outdir, len(self.truth.people(self.truth.merged("last"))), merge="last")

    def next_id(self) -> str:
        self.issued += 1
        return f"P{self.issued:03d}"

    def my_number(self) -> str:
        return check_number(self.rng, nonzero_lead=True)

    def corporate_number(self) -> str:
        return corporate_number(self.rng, nonzero_lead=True)

    def luhn(self, prefix: str) -> str:
        return luhn_number(self.rng, prefix, 16)

    def stay(self) -> date:
        return TODAY + timedelta(days=self.rng.randint(0, 29))

    def card(self) -> tuple[str, str]:
        """A card's brand and number, the brand drawn first (Visa and JCB twice as often)."""
        return named_card(self.rng)

    def licence(self) -> str:
        """運転免許証番号: 公安委員会, year, serial, check digit, reissue 0-2."""
        code = self.rng.choice(["10", "30", "45", "46", "50", "54", "62", "97"])
        return licence_number(self.rng, code, reissues=(0, 1, 2))

    def client(self, banchi: str) -> tuple[str, str]:
        """A client company's name (CP932) and its office, at a made-up 番地."""
        F = self.faker
        company = F.company()
        while not cp932_ok(company):
            company = F.company()
        return company, F.prefecture() + F.city() + F.town() + banchi

    def person(self, sex: str = "", age: tuple[int, int] = (20, 80),
               last: Person | None = None) -> Person:
        """Someone new, named (with `last`'s surname) and housed in CP932."""
        R, F = self.rng, self.faker
        while True:
            lp = (last.last, last.last_kana, last.last_roman) if last else F.last_name_pair()
            drawn = sex or R.choice("MF")
            fp = F.first_name_male_pair() if drawn == "M" else F.first_name_female_pair()
            if cp932_ok(lp[0], fp[0], lp[1], fp[1]):
                break
        pref, city, town = F.prefecture(), F.city(), F.town()
        while not cp932_ok(pref, city, town):
            pref, city, town = F.prefecture(), F.city(), F.town()
        addr = Address(pref, city, town, R.randint(1, 9), R.randint(1, 30), R.randint(1, 25))
        if R.random() < 0.3:
            addr.bld = F.building_name() + str(R.randint(101, 905))
            if not cp932_ok(addr.bld):
                addr.bld = ""
        born = TODAY - timedelta(days=R.randint(age[0] * 365, age[1] * 365))
        p = Person(self.next_id(), "", drawn, lp[0], fp[0], lp[1], fp[1], lp[2], fp[2], born, addr)
        p.mobile = f"0{R.choice([70, 80, 90])}-{R.randint(1000, 9999)}-{R.randint(1000, 9999)}"
        p.email = f"{fp[2].lower()}.{lp[2].lower()}{R.randint(1, 99)}@{R.choice(MAILDOM)}"
        addr.postal = f"{R.randint(100, 999)}-{R.randint(0, 9999):04d}"
        p.job = R.choice(JOBS)
        return p

    def relative(self, of: Person, sex: str = "", age: tuple[int, int] = (20, 80)) -> Person:
        """Someone of `of`'s family name living at `of`'s address."""
        p = self.person(sex, age, last=of)
        p.moved_in(of)
        return p

    def foreigner(self) -> Foreigner:
        R, E = self.rng, self.english
        first, last = E.first_name(), E.last_name()
        nation, code = R.choice(NATIONS)
        passport = {
            "US": lambda: f"{R.randint(5, 6)}{R.randint(10000000, 99999999)}",
            "KR": lambda: f"M{R.randint(10000000, 99999999)}",
            "TW": lambda: f"3{R.randint(10000000, 99999999)}",
            "SG": lambda: f"K{R.randint(1000000, 9999999)}{R.choice('ABCDEFGHJ')}",
            "AU": lambda: f"P{R.randint(1000000, 9999999)}",
            "FR": lambda: f"{R.randint(10, 99)}AB{R.randint(10000, 99999)}",
        }.get(code, lambda: f"{R.randint(100000000, 999999999)}")()
        born = TODAY - timedelta(days=R.randint(22 * 365, 70 * 365))
        phone = R.choice(FOREIGN_PHONES) % R.randint(0, 999)
        email = f"{first.lower()}.{last.lower()}@{R.choice(FOREIGN_MAILDOM)}"
        return Foreigner(self.next_id(), first, last, nation, passport, born, phone, email,
                         E.street_address() + ", " + E.city())


def populate(seed: int, share: Share) -> Hotel:
    faker = Faker("ja_JP")
    faker.seed_instance(seed)
    english = Faker("en_US")
    english.seed_instance(seed + 100)
    s = Hotel(seed, random.Random(seed), faker, share, Truth(form="full"), english)
    s.staff = [s.person(age=(20, 62)) for _ in range(12)]
    for st in s.staff[:5]:
        spouse = s.relative(st, "F" if st.sex == "M" else "M", (25, 60))
        child = s.relative(st, age=(1, 17))
        s.families.append((st, [("配偶者", spouse), ("子", child)]))
    s.guests = [s.person() for _ in range(58)]
    for g in s.guests[:8]:
        s.companions[g.id] = s.relative(g)
    s.foreign = [s.foreigner() for _ in range(9)]
    s.group = [s.person(age=(22, 60)) for _ in range(12)]
    s.couple = [s.person("M", (26, 38)), s.person("F", (25, 36))]
    s.host = s.person(age=(40, 70))
    s.corp = s.corporate_number()  # the hotel's own, drawn but written nowhere
    return s
