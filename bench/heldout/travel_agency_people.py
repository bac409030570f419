"""Who the travel agency's share is about: 26 to 30 bookings on three tours (ハワイ, 台北,
道東), each a representative with family, friends or no one, and an emergency contact; six to
eight staff (some with dependants); six to nine prospects from the web form; then, as the
手配旅行 file is written, a client's contact and ten of its employees; all drawn from one random
stream and one Faker in gen.py's order.

受付番号, 見積番号, the form's 受付番号 and 旅程管理主任者 登録番号 pass the My Number check,
予約番号 pass Luhn beginning 35x/36x like a JCB card: hard negatives all. Hotels, bus companies
and airlines are no one; their phones, addresses and contacts are neutral.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from faker.providers.person.ja_JP import Provider

from .identifiers import corporate_number, licence_number, luhn_number, named_card
from .identifiers import my_number as check_number
from .japanese import FULL_WIDTH, HYPHENS, fphone
from .share import Population, Resident, Share, Street, age_on, fresh_name
from .truth import Truth

TODAY = date(2026, 7, 1)
LASTS = list(Provider.last_name_pairs)  # (kanji, kana, roman)
FIRSTS = {"M": list(Provider.first_name_male_pairs), "F": list(Provider.first_name_female_pairs)}
SENS = ["糖尿病", "人工透析", "車椅子", "妊娠中", "喘息", "てんかん", "そばアレルギー",
        "甲殻類アレルギー", "心臓病", "高血圧", "乳製品アレルギー"]
DOMAINS = ["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "icloud.com", "ezweb.ne.jp", "outlook.jp"]
AREAS = ["3", "6", "11", "22", "45", "52", "75", "92", "467", "285", "3", "6"]  # 市外局番 after 0
STAFF_DOMAIN = "hoshizora-travel.co.jp"
VENDOR_KINDS = [("シェラトン・プリンセス・カイウラニ", "ホテル"), ("台北ガーデンホテル", "ホテル"),
                ("阿寒湖温泉 湖畔荘", "旅館"), ("道東観光バス株式会社", "バス"),
                ("株式会社ノースライン交通", "バス"), ("ホノルル・ランド・サービス", "現地手配")]
MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


@dataclass(frozen=True)
class Tour:
    code: str
    name: str
    dep: date
    ret: date
    intl: bool
    hotel: str
    air: str  # the carrier's code: JL, CI, NH


TOURS = [
    Tour("HW26-0712", "ハワイ・オアフ島 6日間", date(2026, 7, 12), date(2026, 7, 17), True,
         "シェラトン・プリンセス・カイウラニ", "JL"),
    Tour("TP26-0803", "台湾・台北 九フンと故宮 4日間", date(2026, 8, 3), date(2026, 8, 6), True,
         "台北ガーデンホテル", "CI"),
    Tour("HK26-0920", "北海道 道東周遊 3日間", date(2026, 9, 20), date(2026, 9, 22), False,
         "阿寒湖温泉 湖畔荘", "NH"),
]


def ddmon(day: date) -> str:
    """A ticket's date: 12JUL26."""
    return f"{day.day:02d}{MONTHS[day.month - 1]}{day.year % 100:02d}"


def phone(number: str, style: str = "hy") -> str:
    """A bare number as the agency's systems write it: hy, no (bare), paren, intl (+81 90-…, a
    space after the country code) or a hyphen look-alike; 0467 and 0285 are 4-digit areas."""
    if style == "intl":
        return "+81 " + phone(number)[1:]
    area = 4 if number[1:4] in ("467", "285") else 0
    return fphone(number, "none" if style == "no" else style, area=area)


@dataclass(eq=False)
class Address(Street):
    """A home: its 〒 (7 digits) and, for some, a building and room after a space."""

    postal: str = ""
    bldg: str = ""

    def full(self, kanji: bool = False, pref: bool = True) -> str:
        """東京都千代田区神田2-5-14 (2丁目5番14号 where kanji; 都道府県 left out where not pref)
        and the room."""
        room = f" {self.bldg}" if self.bldg else ""
        return (self.banchi() if kanji else self.dashed(pref)) + room

    def memo(self, hyphen: str) -> str:
        """As the memo types it: no 都道府県, full-width 丁目 digits joined by `hyphen`."""
        numbers = hyphen.join(str(n).translate(FULL_WIDTH) for n in (self.c, self.b, self.g))
        return self.city + self.town + numbers + (f" {self.bldg}" if self.bldg else "")

    def english(self) -> str:
        """An ESTA's: 2-5-14 神田, 千代田区, 東京都."""
        return f"{self.c}-{self.b}-{self.g} {self.town}, {self.city}, {self.pref}"


@dataclass(eq=False)
class Person(Resident):
    """A traveller, an emergency contact, a staff member or dependant, a prospect, a client's
    contact or employee (P…)."""

    addr: Address | None = None
    passport: str = ""
    expiry: date = TODAY  # 旅券有効期限
    home: str = ""
    child: bool = False
    health: str = ""
    rel: str = ""
    mynum: str = ""
    lic: str = ""
    empno: str = ""
    hired: date = TODAY
    registration: str = ""  # 旅程管理主任者 登録番号 (passes the My Number check)
    work_email: str = ""
    dependants: list[Person] = field(default_factory=list)
    office_tel: str = ""  # a client's 会社代表電話

    def roman(self, sep: str = " ") -> str:
        """As in a passport (SAITO MAAYA) or, sep "/", a ticket or rooming list (SAITO/MAAYA)."""
        return f"{self.last_roman.upper()}{sep}{self.first_roman.upper()}"

    def age(self, on: date = TODAY) -> int:
        return age_on(self.born, on)


@dataclass(eq=False)
class Booking:
    tour: Tour
    rep: Person
    members: list[Person]
    emergency: Person
    applied: date
    receipt: str  # 受付番号 (passes the My Number check)
    number: str  # 予約番号 (passes Luhn)
    pnr: str
    price: int
    card: tuple[str, str]  # brand, number
    expiry: str
    cvc: str


@dataclass(frozen=True)
class Vendor:
    name: str
    kind: str
    tel: str
    corporate: str
    contact: str
    addr: str


@dataclass(frozen=True)
class Company:
    """The agency itself: its 法人番号, 旅行業登録 and office."""

    name: str
    corporate: str
    registration: str
    tel: str
    addr: str
    postal: str


@dataclass(eq=False)
class TravelAgency(Population):
    """One seed's people, random streams and output; the file writers share it."""

    company: Company | None = None  # the agency itself
    bookings: list[Booking] = field(default_factory=list)
    staff: list[Person] = field(default_factory=list)
    prospects: list[Person] = field(default_factory=list)
    vendors: list[Vendor] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)  # everyone, in the order drawn
    used: set[tuple[str, str]] = field(default_factory=set)  # (surname, given name) drawn

    @property
    def abroad(self) -> list[Booking]:
        return [b for b in self.bookings if b.tour.intl]

    @property
    def hawaii(self) -> list[Booking]:
        return [b for b in self.bookings if b.tour is TOURS[0]]

    def add(self, path: str, category: str, value: str, who: Person | None = None,
            neutral: bool = False, *, normal: str | None = None) -> str:
        """Record `value` for `who` (None: the agency, a vendor, an airline) and give it back."""
        self.truth.add(path, category, value, who.id if who else None, neutral, normal=normal)
        return value

    def add_card(self, path: str, p: Person) -> None:
        """A form's block about `p`: name, kana, birth date, 〒, address (丁目番号), mobile."""
        for category, value in [("person_name", p.name()), ("person_name", p.kana()),
                                ("date_of_birth", p.born.isoformat()),
                                ("postal_code", p.addr.postal),
                                ("address", p.addr.full(kanji=True)), ("phone_number", p.mobile)]:
            self.add(path, category, value, p)

    # ---- draws
    def my_number(self) -> str:
        return check_number(self.rng, zero_lead="draw")

    def corporate(self) -> str:
        return corporate_number(self.rng, nonzero_lead=True)

    def licence(self) -> str:
        code = self.rng.choice([10, 30, 30, 30, 45, 46, 50, 54, 62, 97])
        return licence_number(self.rng, code)

    def memo_phone(self, number: str) -> str:
        """Full-width digits joined by a hyphen look-alike drawn (the memo's)."""
        return phone(number, self.rng.choice(HYPHENS)).translate(FULL_WIDTH)

    def address(self) -> Address:
        R, F = self.rng, self.faker
        pref, city, town = F.prefecture(), F.city(), F.town()
        addr = Address(pref, city, town, R.randint(1, 9), R.randint(1, 30), R.randint(1, 25))
        addr.bldg = R.choice(["", "", "", f"{F.building_name()}{R.randint(1, 12)}0"
                                          f"{R.randint(1, 9)}"])
        addr.postal = f"{R.randint(100, 999)}{R.randint(0, 9999):04d}"
        return addr

    def person(self, last: str = "", sex: str = "", born: date | None = None,
               role: str = "customer") -> Person:
        """Someone new (of the surname `last` where given: its first reading in Faker's list, as
        gen.py looked it up, which may not be the relative's), their name not yet drawn for
        anyone (after 200 tries, drawn again anyway)."""
        R = self.rng
        surname = next(x for x in LASTS if x[0] == last) if last else None
        lp, drawn, fp = fresh_name(R, self.used, LASTS, FIRSTS, last=surname, sex=sex)
        born = born or TODAY - timedelta(days=R.randint(20 * 365, 78 * 365))
        p = Person(f"P{len(self.people) + 1:03d}", role, drawn, lp[0], fp[0], lp[1], fp[1],
                   lp[2], fp[2], born)
        p.mobile = f"0{R.choice('987')}0{R.randint(10000000, 99999999)}"
        p.email = (f"{fp[2].lower()}{R.choice(['.', '_', ''])}{lp[2].lower()}{R.randint(1, 99)}@"
                   + R.choice(DOMAINS))
        p.passport = R.choice(["TK", "TR", "TS", "TZ", "MZ", "TT"]) + f"{R.randint(0, 9999999):07d}"
        p.expiry = TODAY + timedelta(days=R.randint(300, 3300))
        self.people.append(p)
        return p

    def days_ago(self, first: int, last: int) -> date:
        return TODAY - timedelta(days=self.rng.randint(first, last))


def _booking(t: TravelAgency, tour: Tour) -> Booking:
    """A representative and their party (family, a couple, friends or alone), an emergency
    contact, the numbers and the card."""
    R = t.rng
    kind = R.choice(["family", "family", "couple", "friends", "solo"])
    rep = t.person()
    rep.born = t.days_ago(30 * 365, 72 * 365)
    rep.addr = t.address()
    area = R.choice(AREAS)
    if R.random() < 0.4:
        rep.home = (f"0{area}" + f"{R.randint(2, 9)}{R.randint(0, 10 ** 9):09d}")[:10]
    members = [rep]
    if kind in ("family", "couple"):
        spouse = t.person(rep.last, "F" if rep.sex == "M" else "M",
                          rep.born + timedelta(days=R.randint(-1500, 1500)))
        members.append(spouse)
        if kind == "family":
            for _ in range(R.randint(1, 2)):
                born = t.days_ago(3 * 365, 16 * 365)
                if born < rep.born + timedelta(days=20 * 365):
                    born = rep.born + timedelta(days=22 * 365 + R.randint(0, 3000))
                    if born > TODAY - timedelta(days=400):
                        born = t.days_ago(800, 3000)
                kid = t.person(rep.last, born=born)
                kid.child = True
                members.append(kid)
        for m in members[1:]:
            m.addr, m.home = rep.addr, rep.home
    elif kind == "friends":
        for _ in range(R.randint(1, 2)):
            friend = t.person()
            friend.addr = t.address()
            members.append(friend)
    for m in members:
        m.child = m.child or m.age() < 18
        m.health = R.choice(SENS) if R.random() < 0.22 else ""
    emergency = t.person(rep.last if R.random() < 0.7 else "")
    if emergency.last == rep.last:
        emergency.rel = R.choice(["父", "長男", "兄", "弟"] if emergency.sex == "M"
                                 else ["母", "長女", "姉", "妹"])
    else:
        emergency.rel = R.choice(["友人", "義父", "叔父"] if emergency.sex == "M"
                                 else ["友人", "義母", "叔母", "長女"])
    applied = tour.dep - timedelta(days=R.randint(20, 120))
    receipt = t.my_number()
    number = luhn_number(R, "3" + str(R.randint(5, 6)) + "0", 16)
    pnr = "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
    price = R.choice([128000, 158000, 189000, 234000, 89800, 69800])
    card = named_card(R)
    expiry = f"{R.randint(1, 12):02d}/{R.randint(27, 31)}"
    cvc = f"{R.randint(0, 9999):04d}" if card[0] == "AMEX" else f"{R.randint(0, 999):03d}"
    return Booking(tour, rep, members, emergency, applied, receipt, number, pnr, price, card,
                   expiry, cvc)


def _staff(t: TravelAgency) -> Person:
    """A staff member: 個人番号, a licence for most, 旅程管理主任者 登録番号, dependants."""
    R = t.rng
    s = t.person(role="staff")
    s.born = t.days_ago(24 * 365, 60 * 365)
    s.addr = t.address()
    s.mynum = t.my_number()
    s.lic = t.licence() if R.random() < 0.8 else ""
    s.empno = f"T{R.randint(100, 999)}"
    s.hired = date(R.randint(2005, 2024), R.choice([4, 4, 10]), 1)
    s.registration = t.my_number()
    s.work_email = f"{s.first_roman.lower()[0]}.{s.last_roman.lower()}@{STAFF_DOMAIN}"
    for _ in range(R.choice([0, 0, 1, 2])):
        d = t.person(s.last, born=t.days_ago(2 * 365, 70 * 365))
        d.mynum = t.my_number()
        d.rel = "子" if d.age() < s.age() - 18 else R.choice(["配偶者", "母", "父"])
        s.dependants.append(d)
    return s


def _vendor(t: TravelAgency, name: str, kind: str) -> Vendor:
    R, F = t.rng, t.faker
    tel = f"0{R.randint(11, 99)}-{R.randint(100, 999)}-{R.randint(1000, 9999)}"
    corporate = t.corporate()
    contact = F.last_name() + " " + F.first_name()
    addr = (F.prefecture() + F.city() + F.town()
            + f"{R.randint(1, 9)}-{R.randint(1, 20)}-{R.randint(1, 20)}")
    return Vendor(name, kind, tel, corporate, contact, addr)


def populate(seed: int, share: Share) -> TravelAgency:
    """The seed's bookings, staff, prospects, the agency and its vendors, in gen.py's order."""
    t = TravelAgency.seeded(seed, share, Truth(by_person=False, form="sparse"),
                            seed * 7919 + 39, seed * 101 + 39)
    R = t.rng
    for i in range(R.randint(26, 30)):
        t.bookings.append(_booking(t, TOURS[0] if i < 11 else TOURS[1] if i < 20 else TOURS[2]))
    t.staff = [_staff(t) for _ in range(R.randint(6, 8))]
    for _ in range(R.randint(6, 9)):
        p = t.person()
        p.health = R.choice(SENS) if R.random() < 0.5 else ""
        t.prospects.append(p)
    corporate = t.corporate()
    registration = f"観光庁長官登録旅行業第{R.randint(1000, 2100)}号"
    t.company = Company("株式会社ほしぞらトラベル", corporate, registration,
                        f"03-5577-{R.randint(1000, 9999)}",
                        "東京都千代田区神田須田町2-11-3 ほしぞらビル4F", "101-0041")
    t.vendors = [_vendor(t, name, kind) for name, kind in VENDOR_KINDS]
    return t
