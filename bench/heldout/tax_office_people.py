"""Who the tax accountant office's share is about: 6 client companies (a 代表者 each, 6-9
employees, their spouses and children), 18 individual 確定申告 clients, 5 office staff, a dead
client and his two heirs, drawn from one random stream in a fixed order.

The dead client is nobody living: his values are neutral and carry no person. A company's own
phone and address are neutral; its 法人番号 is expected. 管理番号, 受付番号 and request ids pass
the My Number check, 利用者識別番号 and 整理番号 are bare digits: hard negatives all.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from faker import Faker

from .identifiers import corporate_number, digits, my_number
from .japanese import wareki
from .share import Named, Population, Share, Street
from .truth import Truth

BANKS = ["三菱ＵＦＪ銀行", "みずほ銀行", "三井住友銀行", "りそな銀行", "ゆうちょ銀行"]
TAX_OFFICES = ["麹町", "神田", "品川", "新宿", "渋谷", "豊島"]
MAIL_HOSTS = ["gmail.com", "yahoo.co.jp", "docomo.ne.jp"]
CLINICS = ["病院", "クリニック", "眼科医院"]
ILLNESSES = ["糖尿病", "うつ病", "乳がん", "統合失調症", "白内障", "脳梗塞", "不妊治療",
             "HIV感染症"]
DONEES = [None, None, "宗教法人 創価学会", "宗教法人 浄土真宗本願寺派 西光寺", "日本赤十字社",
          "宗教法人 カトリック東京大司教区"]
STAFF_ROLES = ["所長税理士", "税理士", "補助者", "補助者", "事務"]
OFFICE = "みなと会計事務所"
OFFICE_TEL = "0335550123"
OFFICE_ADDR = "東京都港区芝五丁目11番3号"
OFFICE_DOMAIN = "minato-kaikei.jp"
ARCHIVE = "99_アーカイブ/R5年末調整_一式.zip"


def era(day: date) -> str:
    """和暦 as the office's files write it: the era by the year alone, 平成1年, never 元年."""
    return wareki(day, gannen=False, by_year=True)


@dataclass(eq=False)
class Person(Named):
    """Anyone in the share; employees, clients and the dead fill their own fields."""

    born: date
    mn: str
    postal: str
    home: Street
    tel: str
    mail: str
    bank: str
    branch: str
    rel: str = ""  # dependants and heirs
    hired: date | None = None  # employees
    disabled: bool = False
    widow: bool = False
    deps: list[Person] = field(default_factory=list)
    uid: str = ""  # individual clients: e-Tax 利用者識別番号, 整理番号
    seiri: str = ""
    med: list[tuple[str, str, int]] = field(default_factory=list)
    donee: str | None = None
    social: int = 0
    died: date | None = None

    @property
    def addr(self) -> str:
        return self.home.banchi()


def nm(p: Person, spaced: bool = True) -> str:
    """山田　太郎 (an ideographic space) or 山田太郎."""
    return p.name("　" if spaced else "")


def kn(p: Person) -> str:
    return p.kana(" ")


@dataclass(eq=False)
class Company:
    """A client company: its numbers, its office's phone and address (neutral), its people."""

    name: str
    cn: str
    tel: str
    addr: str
    tax_office: str
    uid: str
    seiri: str
    fiscal_month: int
    founded: date
    rep: Person | None = None
    emps: list[Person] = field(default_factory=list)


@dataclass(eq=False)
class TaxOffice(Population):
    """One seed's population, random streams and output; the file writers share it."""

    count: int = 0
    companies: list[Company] = field(default_factory=list)
    clients: list[Person] = field(default_factory=list)
    staff: list[Person] = field(default_factory=list)
    heirs: list[Person] = field(default_factory=list)
    dead: Person | None = None

    def add(self, path: str, category: str, value: str, person: str | None = None,
            neutral: bool = False) -> None:
        """A truth record as corpus 29 keeps it: names and addresses NFKC without spaces, any
        other value as written (a 寄附先's space stays)."""
        normal = None if category in ("person_name", "address") else value
        self.truth.add(path, category, value, person, neutral, normal=normal)

    def write_truth(self, outdir: Path) -> None:
        self.truth.write(outdir, len(self.truth.people()))

    def digits(self, count: int) -> str:
        return digits(self.rng, count)

    def my_number(self) -> str:
        return my_number(self.rng)

    def corporate_number(self) -> str:
        return corporate_number(self.rng)

    def mobile(self) -> str:
        return "0" + self.rng.choice(["80", "90", "70"]) + self.digits(8)

    def landline(self) -> str:
        return "0" + self.rng.choice(["3", "6"]) + self.digits(8)

    def person(self, pid: str = "", ages: tuple[int, int] = (22, 65), role: str = "") -> Person:
        """Someone new (the next P-number unless `pid`), born `ages` years before 2025."""
        R, F = self.rng, self.faker
        if not pid:
            self.count += 1
            pid = f"P{self.count:03d}"
        last, first = F.last_name(), F.first_name()
        born = date(2025, 1, 1) - timedelta(days=R.randint(ages[0] * 365, ages[1] * 365))
        postal = self.digits(7)
        pref, city, town = F.prefecture(), F.city(), F.town()
        c, b, g = (int(F.chome()[:-2]), int(F.ban()[:-1]), int(F.gou()[:-1]))
        last_kana, first_kana = F.last_kana_name(), F.first_kana_name()
        mn = self.my_number()
        tel = self.mobile()
        mail = f"{F.user_name()}{R.randint(1, 99)}@{R.choice(MAIL_HOSTS)}"
        return Person(pid, role, "", last, first, last_kana, first_kana, born, mn, postal,
                      Street(pref, city, town, c, b, g), tel, mail, self.digits(7),
                      self.digits(3))

    def relative(self, of: Person, rel: str, ages: tuple[int, int] = (22, 65)) -> Person:
        """A spouse, child or heir: someone new who takes `of`'s surname (not its reading)."""
        p = self.person(ages=ages, role="family")
        p.last, p.rel = of.last, rel
        return p


def _company(t: TaxOffice) -> Company:
    R, F = t.rng, t.faker
    c = Company(F.company(), t.corporate_number(), t.landline(), F.address().replace(" ", ""),
                R.choice(TAX_OFFICES) + "税務署", t.digits(16), t.digits(8),
                R.choice([3, 6, 9, 12]),
                date(R.randint(1975, 2015), R.randint(1, 12), R.randint(1, 28)))
    c.rep = t.person(ages=(45, 75), role="representative")
    for _ in range(R.randint(6, 9)):
        e = t.person(role="employee")
        e.hired = date(R.randint(2000, 2024), 4, 1)
        e.disabled, e.widow = R.random() < 0.1, R.random() < 0.08
        if R.random() < 0.6:
            spouse = t.relative(e, "配偶者")
            spouse.mn = t.my_number()
            e.deps.append(spouse)
        for _ in range(R.choice([0, 0, 1, 2])):
            child = t.relative(e, "", ages=(0, 20))
            child.rel = R.choice(["長男", "長女", "次男", "次女"])
            e.deps.append(child)
        c.emps.append(e)
    return c


def _client(t: TaxOffice) -> Person:
    R, F = t.rng, t.faker
    p = t.person(ages=(30, 85), role="client")
    p.uid, p.seiri = t.digits(16), t.digits(8)
    p.med = [(F.last_name() + R.choice(CLINICS), R.choice(ILLNESSES), R.randint(5, 300) * 1000)
             for _ in range(R.randint(0, 3))]
    p.donee = R.choice(DONEES)
    p.social = R.randint(100, 900) * 1000
    return p


def populate(seed: int, share: Share) -> TaxOffice:
    """Companies and their people, individual clients, staff, the dead client and his heirs."""
    faker = Faker("ja_JP")
    faker.seed_instance(seed)
    t = TaxOffice(seed, random.Random(seed), faker, share, Truth(by_person=False, form="sparse"))
    t.companies = [_company(t) for _ in range(6)]
    t.clients = [_client(t) for _ in range(18)]
    for role in STAFF_ROLES:
        t.staff.append(t.person(role=role))
    t.dead = t.person("DEAD", role="deceased")
    t.dead.died = date(2025, t.rng.randint(1, 9), t.rng.randint(1, 28))
    t.dead.born = date(1938, 5, 3)
    t.heirs = [t.relative(t.dead, rel, ages=(40, 65)) for rel in ("長男", "長女")]
    return t
