"""Drawing the staffing agency's people from one random stream in the blind generator's order:
Japanese staff, foreign staff (the two shuffled together), every staff member's papers, the
agency's employees, nine staff's dependants, the client companies and their contacts, and every
staff member's assignment."""

from __future__ import annotations

import random
from datetime import date, timedelta

from faker import Faker

from .share import Share
from .staffing_agency_people import (
    BANKS,
    BRANCHES,
    CARD_LETTERS,
    CDOMAIN,
    FOREIGN,
    INDUSTRY,
    JOBS,
    OFFICE,
    ROLES,
    VISAS,
    Account,
    Agency,
    Client,
    Person,
)
from .truth import Truth


def _foreigner(s: Agency, nat: str, names: tuple[str, str, str, str]) -> Person:
    """A foreign staff member: romaji and katakana names, 在留カード, a passport of the
    nationality's form, 在留資格 and its expiry."""
    R = s.rng
    p = s.person("foreign", born=(date(1975, 1, 1), date(2003, 12, 31)))
    p.last_roman, p.first_roman, p.last_kana, p.first_kana = names
    p.nat = nat
    domain = ["gmail.com", "yahoo.com", "outlook.com"]
    p.email = (f"{p.first_roman.split()[0].lower()}.{p.last_roman.split()[0].lower()}"
               f"{R.randint(1, 999)}@{R.choice(domain)}")
    p.sid = f"S{s.sids.pop()}"

    def letters(k: int) -> str:
        return "".join(R.choice(CARD_LETTERS) for _ in range(k))

    p.rcard = f"{letters(2)}{R.randint(0, 99999999):08d}{letters(2)}"
    p.passport = {"ベトナム": lambda: f"C{R.randint(0, 9999999):07d}",
                  "フィリピン": lambda: f"P{R.randint(0, 9999999):07d}{letters(1)}",
                  "ネパール": lambda: f"PA{R.randint(0, 9999999):07d}",
                  "インドネシア": lambda: f"X{R.randint(0, 9999999):07d}",
                  "ブラジル": lambda: f"FZ{R.randint(0, 999999):06d}"}[nat]()
    p.visa = R.choice(VISAS)
    p.visa_exp = s.between(date(2025, 1, 1), date(2028, 12, 31))
    return p


def _papers(s: Agency, p: Person) -> None:
    """A staff member's pay account, 基礎年金番号, 雇用保険 and 健康保険 numbers, job and
    registration day."""
    R = s.rng
    b, br = R.choice(BANKS), R.choice(BRANCHES)
    p.bank = Account(b[0], b[1], b[2], br[0], br[1], f"{R.randint(1, 899):03d}",
                     R.choice(["普通", "普通", "普通", "当座"]), f"{R.randint(1000000, 9999999)}")
    p.pension = f"{R.randint(1000, 9999)}-{R.randint(0, 999999):06d}"
    office = R.choice(['1301', '1302', '1303', '1401', '1101', '1201'])
    p.koyo = f"{office}-{R.randint(0, 999999):06d}-{R.randint(0, 9)}"
    p.kenpo = f"{R.randint(10000000, 39999999)}-{R.randint(1, 250)}"
    p.job = R.choice(JOBS)
    p.reg = s.between(date(2015, 4, 1), date(2024, 9, 30))


def _employee(s: Agency, dept: str, title: str) -> Person:
    p = s.person("employee", born=(date(1968, 1, 1), date(1998, 12, 31)))
    p.dept, p.title = dept, title
    p.wmail = f"{p.last_roman.lower()}.{p.first_roman[0].lower()}@{CDOMAIN}"
    p.ext = f"03-5321-88{s.rng.randint(71, 99)}"
    p.eid = f"E{s.rng.randint(1000, 1999)}"
    return p


def _family(s: Agency, o: Person) -> None:
    """A staff member born before 1992: a spouse and up to two children; else a parent."""
    R = s.rng
    last = (o.last, o.last_kana, o.last_roman)
    if o.born.year < 1992:
        spouse = s.person("family", sex="F" if o.sex == "M" else "M",
                          born=(o.born - timedelta(days=1500), o.born + timedelta(days=1500)),
                          last=last, addr=o.addr)
        spouse.rel = "配偶者"
        o.family.append(spouse)
        for _ in range(R.randint(0, 2)):
            first = max(o.born + timedelta(days=365 * 22), date(2004, 1, 1))
            child = s.person("family", born=(first, date(2023, 3, 31)), last=last, addr=o.addr)
            child.rel = "長男" if child.sex == "M" else "長女"
            o.family.append(child)
    else:
        parent = s.person("family", born=(date(1955, 1, 1), date(1966, 12, 31)), last=last,
                          addr=o.addr)
        parent.rel = "父" if parent.sex == "M" else "母"
        o.family.append(parent)


def _client(s: Agency, i: int, used: set[str]) -> Client:
    """A client company (its name unique) and its one or two contacts."""
    R = s.rng
    while True:
        name = f"{R.choice(['株式会社', ''])}{s.faker.last_name()}{R.choice(INDUSTRY)}"
        name = name if name.startswith("株式会社") else name + R.choice(["株式会社", "株式会社",
                                                                          "有限会社"])
        if name not in used:
            used.add(name)
            break
    a = s.address()
    corp = s.corporate_number()
    phone = f"0{R.choice(['3', '45', '48', '47'])}-{R.randint(100, 9999)}-{R.randint(1000, 9999)}"
    tail = R.choice(['-logi', '-tech', '-foods', ''])
    dom = f"{['kk', 'corp', 'grp', 'co'][i % 4]}{i}{tail}.co.jp"
    cl = Client(f"C{i + 1:02d}", name, corp, a, phone, dom, f"T{R.randint(10000, 99999)}")
    for j in range(R.choice([1, 1, 2])):
        c = s.person("contact", born=(date(1965, 1, 1), date(1995, 1, 1)))
        c.wmail = f"{c.last_roman.lower()}{'.' + c.first_roman.lower() if j else ''}@{dom}"
        c.tel = f"{phone[:-4]}{R.randint(1000, 9999)}"
        c.role_title = R.choice(ROLES)
        cl.contacts.append(c)
    return cl


def populate(seed: int, share: Share) -> Agency:
    """Staff, foreign staff (shuffled together), their papers, employees, dependants, clients
    and every staff member's assignment."""
    faker = Faker("ja_JP")
    faker.seed_instance(seed)
    s = Agency(seed, random.Random(seed), faker, share, Truth(by_person=False, form="sparse"))
    R = s.rng
    n_staff, n_foreign = R.randint(66, 76), R.randint(12, 16)
    s.sids = R.sample(range(10100, 19999), 200)
    for _ in range(n_staff):
        p = s.person("staff")
        p.sid = f"S{s.sids.pop()}"
        s.staff.append(p)
    pool = [(nat, names) for nat, group in FOREIGN.items() for names in group]
    R.shuffle(pool)
    s.foreigners = [_foreigner(s, nat, names) for nat, names in pool[:n_foreign]]
    s.all_staff = s.staff + s.foreigners
    R.shuffle(s.all_staff)
    for p in s.all_staff:
        _papers(s, p)
    s.emp = [_employee(s, dept, title) for dept, title in OFFICE]
    s.fam_owners = R.sample(s.staff[:45], 9)
    for o in s.fam_owners:
        _family(s, o)
    used: set[str] = set()
    s.clients = [_client(s, i, used) for i in range(R.randint(8, 10))]
    for p in s.all_staff:
        p.client = R.choice(s.clients)
        p.start = s.between(date(2022, 4, 1), date(2024, 9, 1))
        p.end = p.start + timedelta(days=R.choice([90, 181, 365]))
        R.randint(200000, 299999)  # (the blind generator drew a 社員番号 no file shows)
    return s
