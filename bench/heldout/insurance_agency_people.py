"""Who the insurance agency's share is about: six 募集人 (three with a spouse for the 年末調整),
48 customers (the 契約者; half with a spouse, some with a child, as 被保険者 or 受取人), four
corporate customers' contacts, nine accident counterparties, ten web prospects, one contact at
each 引受保険会社 and a customer's late father (the deceased insured of a death claim), all
drawn from one random stream and one Faker in gen.py's order.

The agency's, the insurers' and the repair shops' names and phones are neutral, as is all of
the deceased's; 証券番号, 募集人登録番号 and 事故受付番号 passing the My Number check and
会員番号 passing Luhn are hard negatives.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from faker import Faker

from .identifiers import corporate_number, licence_number, luhn_number
from .identifiers import my_number as check_number
from .japanese import fphone
from .share import Named, Population, Share, Street
from .truth import Truth, normalize, plain_hyphens

CITIES = [  # (都道府県, 市区, towns, 〒's first three digits, 市外局番)
    ("東京都", "世田谷区", ["太子堂", "三軒茶屋", "経堂", "桜新町", "北沢"], "154", "03"),
    ("東京都", "杉並区", ["阿佐谷南", "高円寺北", "荻窪", "下井草"], "166", "03"),
    ("東京都", "練馬区", ["石神井町", "大泉学園町", "光が丘", "豊玉北"], "177", "03"),
    ("神奈川県", "横浜市港北区", ["日吉本町", "綱島西", "大倉山", "菊名"], "223", "045"),
    ("神奈川県", "川崎市中原区", ["小杉町", "新丸子町", "木月", "井田"], "211", "044"),
    ("埼玉県", "さいたま市浦和区", ["高砂", "常盤", "岸町", "仲町"], "330", "048"),
    ("埼玉県", "川口市", ["栄町", "芝新町", "本町", "幸町"], "332", "048"),
    ("千葉県", "船橋市", ["本町", "湊町", "前原西", "習志野台"], "273", "047"),
]
BUILDINGS = ["コーポ", "ハイツ", "メゾン", "グランドール", "パークサイド", "サンライズ"]
MAIL_DOMAINS = ["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp", "icloud.com",
                "nifty.com"]
AGENCY = {"name": "有限会社みどり保険サービス", "tel": "03-5432-1187", "fax": "03-5432-1188",
          "addr": "東京都世田谷区太子堂4-22-7 三茶ビル3F", "postal": "154-0004",
          "domain": "midori-hoken.co.jp"}
LINES = ["自動車", "自動車", "火災", "生命", "自動車", "傷害"]  # 種目, drawn
BANKS = {"0001": "みずほ銀行", "0005": "三菱UFJ銀行", "0009": "三井住友銀行", "0010": "りそな銀行",
         "0033": "PayPay銀行", "0036": "楽天銀行"}
PLATES = ["品川", "世田谷", "杉並", "練馬", "横浜", "川崎", "大宮", "習志野"]
MODELS = ["プリウス", "フィット", "ノート", "N-BOX", "アクア", "セレナ", "ヴォクシー"]
FRAMES = ["ZVW50", "GK3", "E12", "JF3", "NHP10", "C27", "ZWR80"]
SHOPS = [("株式会社オートサービス三軒茶屋", "03-3418-2256"),
         ("有限会社杉並モータース", "03-3311-0945"), ("横浜ボデーリペア株式会社", "045-541-7720")]
DISEASES = ["高血圧症", "糖尿病", "脂質異常症", "胃潰瘍", "うつ病", "脳梗塞", "子宮筋腫", "喘息"]


@dataclass(frozen=True)
class Insurer:
    """An 引受保険会社: its 事故受付 free dial, its branch's phone and its mail domain."""

    name: str
    accident_line: str
    tel: str
    domain: str


INSURERS = [
    Insurer("東都海上日動火災保険株式会社", "0120-119-110", "03-3212-6211", "totokaijo.co.jp"),
    Insurer("あおば損害保険株式会社", "0120-256-321", "03-6731-4400", "aoba-sonpo.co.jp"),
    Insurer("さくら生命保険株式会社", "0120-333-817", "03-5211-7700", "sakura-life.co.jp"),
]


@dataclass(eq=False)
class Address(Street):
    """A home: for a third a building and room after a space, its 〒 and 市外局番."""

    bld: str = ""
    postal: str = ""
    area: str = ""

    def full(self, bld: bool = True, pref: bool = True) -> str:
        """東京都世田谷区経堂3-7-11 パークサイド小林108 (the building and 都道府県 where asked)."""
        return self.dashed(pref) + (f" {self.bld}" if bld and self.bld else "")

    def kanji(self) -> str:
        """東京都世田谷区経堂3丁目7番11号 パークサイド小林108."""
        return self.banchi() + (f" {self.bld}" if self.bld else "")


@dataclass(eq=False)
class Account:
    """A customer's 口座振替 account."""

    code: str
    bank: str
    branch: str
    kind: str  # 普通 or 当座
    number: str


@dataclass(eq=False)
class Car:
    model: str
    plate: str  # 登録番号
    vin: str  # 車台番号


@dataclass(eq=False)
class Person(Named):
    """Anyone the share names (P…): staff, a customer or their family, a corporate customer's
    contact, a counterparty, a prospect, an insurer's contact, the deceased."""

    born: date
    addr: Address
    mobile: str
    home: str | None
    email: str | None = None
    family: list[tuple[str, Person]] = field(default_factory=list)  # (続柄, who)
    my_number: str = ""  # staff and their spouses
    licence: str = ""  # staff and counterparties
    reg_no: str = ""  # 募集人登録番号 (passes the My Number check)
    hired: date | None = None
    work_email: str = ""  # staff and insurers' contacts
    salary_account: str = ""
    company: Insurer | None = None  # an insurer's contact's
    cno: str = ""  # 顧客番号
    policy: str = ""  # 証券番号 (passing the My Number check or Luhn)
    line: str = ""  # 種目
    start: date | None = None
    end: date | None = None
    insurer: Insurer | None = None
    bank: Account | None = None
    car: Car | None = None
    died: date | None = None


@dataclass(eq=False)
class Corporate:
    """A corporate customer (法人契約): its data neutral, its contact a person."""

    name: str
    corp: str  # 法人番号
    tel: str
    rep: Person
    cno: str
    policy: str


@dataclass(eq=False)
class Agency(Population):
    """One seed's people, random streams and output; the file writers share it."""

    staff: list[Person] = field(default_factory=list)
    customers: list[Person] = field(default_factory=list)
    corps: list[Corporate] = field(default_factory=list)
    counterparties: list[Person] = field(default_factory=list)
    prospects: list[Person] = field(default_factory=list)
    insurer_staff: list[Person] = field(default_factory=list)
    dead_owner: Person | None = None  # the death claim's beneficiary
    dead: Person | None = None
    people: list[Person] = field(default_factory=list)  # everyone, in the order drawn
    used: set[str] = field(default_factory=set)  # 姓名 and セイメイ run together, as gen.py
    used_kana: set[str] = field(default_factory=set)

    def add(self, path: str, category: str, value: str, who: Person | None,
            neutral: bool = False) -> str:
        """Record `value` for `who` (None: the agency, an insurer, a company) and give it back;
        an address's look-alike hyphens between digits as '-', as gen.py's normal form."""
        normal = normalize(category, value)
        if category == "address":
            normal = plain_hyphens(normal)
        self.truth.add(path, category, value, who.id if who else None, neutral, normal=normal)
        return value

    def write_truth(self, outdir: Path) -> None:
        """People: those some record expects once a neutral record beside an expected one of
        the same value is dropped."""
        records = self.truth.merged("drop")
        self.truth.write(outdir, len(self.truth.people(records)), merge="drop")

    def autos(self) -> list[Person]:
        return [c for c in self.customers if c.line == "自動車"]

    # ---- draws
    def my_number(self) -> str:
        return check_number(self.rng, zero_lead="3")

    def corporate_number(self) -> str:
        return corporate_number(self.rng)

    def luhn(self, prefix: str, length: int) -> str:
        return luhn_number(self.rng, prefix, length)

    def day(self, first: int, last: int) -> date:
        """A day from 1 January of `first` to 31 December of `last`."""
        return self.between(date(first, 1, 1), date(last, 12, 31))

    def mobile(self) -> str:
        R = self.rng
        return f"{R.choice(['090', '080', '070'])}-{R.randint(1000, 9999)}-{R.randint(1000, 9999)}"

    def landline(self, area: str) -> str:
        R = self.rng
        if len(area) == 2:
            return f"{area}-{R.randint(3000, 7999)}-{R.randint(1000, 9999)}"
        return f"{area}-{R.randint(300, 999)}-{R.randint(1000, 9999)}"

    def typed(self, number: str) -> str:
        """A phone as the 満期 list has it: as given half the time, bare or 03(5432)1187."""
        r = self.rng.random()
        if r < 0.5:
            return number
        return fphone(number.replace("-", ""), "none" if r < 0.75 else "paren")

    def mail_address(self) -> str:
        R = self.rng
        return f"{self.faker.user_name()}{R.randint(1, 99)}@{R.choice(MAIL_DOMAINS)}"

    def address(self) -> Address:
        R = self.rng
        pref, city, towns, zip3, area = R.choice(CITIES)
        town = R.choice(towns)
        addr = Address(pref, city, town, R.randint(1, 5), R.randint(1, 28), R.randint(1, 20))
        if R.random() < 0.35:
            addr.bld = (f"{R.choice(BUILDINGS)}{self.faker.last_name()}"
                        f"{R.randint(1, 5)}0{R.randint(1, 9)}")
        addr.postal = f"{zip3}-{R.randint(0, 9999):04d}"
        addr.area = area
        return addr

    def person(self, role: str, sex: str = "", last: tuple[str, str] | None = None,
               addr: Address | None = None, born: date | None = None) -> Person:
        """Someone new (of the surname `last`, at `addr`), a name and kana not yet drawn for
        anyone (after 200 draws, whatever came)."""
        R, F = self.rng, self.faker
        sex = sex or R.choice("MF")
        last = last or F.last_name_pair()
        for _ in range(200):
            fp = F.first_name_male_pair() if sex == "M" else F.first_name_female_pair()
            if last[0] + fp[0] not in self.used and last[1] + fp[1] not in self.used_kana:
                break
        self.used.add(last[0] + fp[0])
        self.used_kana.add(last[1] + fp[1])
        addr = addr or self.address()
        born = born or self.day(1945, 2000)
        mobile = self.mobile()
        home = self.landline(addr.area) if R.random() < 0.5 else None
        p = Person(f"P{len(self.people) + 1:03d}", role, sex, last[0], fp[0], last[1], fp[1],
                   born, addr, mobile, home)
        self.people.append(p)
        return p

    def spouse(self, role: str, of: Person, days: int) -> Person:
        """`of`'s spouse: the other sex, born within `days` of `of`, at `of`'s home."""
        return self.person(role, "F" if of.sex == "M" else "M", (of.last, of.last_kana), of.addr,
                           of.born + timedelta(days=self.rng.randint(-days, days)))


def _staff(a: Agency) -> None:
    """Six 募集人 (their birth dates drawn before the rest of them): 個人番号, licence, 登録番号,
    work mail, salary account; the first three's spouses (個人番号 too)."""
    R = a.rng
    a.staff = [a.person("staff", born=a.day(1960, 1995)) for _ in range(6)]
    for s in a.staff:
        s.my_number = a.my_number()
        code = 30 if s.addr.pref == "東京都" else R.choice([45, 46, 47])
        s.licence = licence_number(R, code, s.born.year + 19)
        s.reg_no = a.my_number()
        s.hired = a.day(2005, 2022)
        given = a.faker.romanized_name().split()[0]  # ("First Last")
        s.work_email = f"{given.lower()}{R.randint(1, 9)}@{AGENCY['domain']}"
        s.salary_account = f"{R.randint(0, 9999999):07d}"
    for s in a.staff[:3]:
        spouse = a.spouse("staff_family", s, 1500)
        spouse.my_number = a.my_number()
        s.family.append(("配偶者", spouse))


def _customer(a: Agency, i: int) -> Person:
    """A 契約者: contract, account, car (自動車), a spouse and a child for some."""
    R = a.rng
    c = a.person("customer")
    c.email = a.mail_address() if R.random() < 0.6 else None
    c.cno = f"C{a.seed}{i + 1:04d}"
    c.policy = a.my_number() if R.random() < 0.5 else a.luhn("8", 12)
    c.line = R.choice(LINES)
    c.start = a.day(2023, 2024)
    c.end = c.start.replace(year=c.start.year + 1)
    c.insurer = R.choice(INSURERS)
    code = R.choice(list(BANKS))
    c.bank = Account(code, BANKS[code], f"{R.randint(1, 899):03d}",
                     R.choice(["普通", "普通", "当座"]), f"{R.randint(0, 9999999):07d}")
    if c.line == "自動車":
        model = R.choice(MODELS)
        plate = (f"{R.choice(PLATES)} {R.choice(['300', '330', '500', '530'])} "
                 f"{R.choice('あいうえかきさすせ')} {R.randint(1, 99):d}-{R.randint(10, 99)}")
        c.car = Car(model, plate, f"{R.choice(FRAMES)}-{R.randint(1000000, 9999999)}")
    if R.random() < 0.55:
        c.family.append(("配偶者", a.spouse("family", c, 2000)))
    if R.random() < 0.3:
        born = min(c.born + timedelta(days=R.randint(9000, 12000)), date(2012, 3, 1))
        c.family.append(("子", a.person("family", last=(c.last, c.last_kana), addr=c.addr,
                                        born=born)))
    return c


def populate(seed: int, share: Share) -> Agency:
    """The seed's staff, customers, corporate contacts, counterparties, prospects, insurers'
    contacts and the deceased, drawn in gen.py's order."""
    faker = Faker("ja_JP")
    faker.seed_instance(seed * 31 + 38)
    a = Agency(seed, random.Random(seed * 7919 + 38), faker, share,
               Truth(by_person=False, form="sparse"))
    R = a.rng
    _staff(a)
    a.customers = [_customer(a, i) for i in range(48)]
    for i in range(4):
        rep = a.person("corp_contact")
        a.corps.append(Corporate(faker.company(), a.corporate_number(), a.landline(rep.addr.area),
                                 rep, f"K{seed}{i + 1:03d}", a.luhn("9", 12)))
    a.counterparties = [a.person("counterparty") for _ in range(9)]
    for cp in a.counterparties:
        cp.licence = licence_number(R, R.choice([30, 30, 45, 43]), cp.born.year + 20)
    a.prospects = [a.person("prospect", born=a.day(1960, 2003)) for _ in range(10)]
    for p in a.prospects:
        p.email = a.mail_address()
    for insurer in INSURERS:
        s = a.person("insurer_staff")
        s.company = insurer
        # (a surname from one romanized name, a given name from the next: "First Last")
        family, given = faker.romanized_name().split()[1], faker.romanized_name().split()[0]
        s.work_email = f"{family.lower()}.{given.lower()}@{insurer.domain}"
        a.insurer_staff.append(s)
    a.dead_owner = owner = R.choice([c for c in a.customers if c.family])
    a.dead = a.person("deceased", "M", (owner.last, owner.last_kana), owner.addr, a.day(1940, 1955))
    a.dead.died = a.day(2024, 2024)
    return a
