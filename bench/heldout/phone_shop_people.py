"""Who the phone shop's share is about: nine staff, 88 customers (a licence, passport, 在留カード
or マイナンバーカード shown; a card or a bank account paying), ten 家族割 groups' family members,
five minors with their 親権者, six elderly customers with their 代理人 or 成年後見人, three
suppliers' contacts and (in the old zip) eight former customers; drawn from one random stream
and a Faker reseeded for each name in gen.py's order, so the same seed names the same people.

The truth keeps gen.py's values as written (a card expiry 2027-05, a kana reading without its
space), one record a (path, category, value, person, neutral), and the people count (anyone a
record exposes) after the records.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from faker import Faker

from .identifiers import corporate_number, digits, licence_number, luhn_number, my_number
from .japanese import wareki, wareki_short
from .share import Named, Population, Share
from .truth import Truth, squeeze

STAMP = datetime(2024, 5, 1, 10, 0, 0)  # every office container member's and core date (FIX)
NAME = "株式会社モバイルリンク東"
TEL_HQ, TEL_K, TEL_S = "0120-555-381", "044-711-2301", "03-5432-8870"
ADDR_K = "神奈川県川崎市中原区小杉町3丁目264番地 ライフプラザ2F"
ADDR_S = "東京都世田谷区三軒茶屋2丁目11番23号 サンタワー1F"
CARRIER_TEL, CARRIER_CENTER, EMAIL = "157", "0800-700-0600", "info@mobilelink-east.co.jp"
KOSUGI, SANGENJAYA = "武蔵小杉店", "三軒茶屋店"
PREFS = [("東京都", ["世田谷区", "杉並区", "練馬区", "大田区", "中野区"]),
         ("神奈川県", ["川崎市中原区", "横浜市港北区"]), ("埼玉県", ["川口市", "さいたま市浦和区"])]
MAIL_DOMAINS = ["docomo.ne.jp", "ezweb.ne.jp", "gmail.com", "yahoo.co.jp", "icloud.com",
                "softbank.ne.jp"]
BANKS = ["みずほ銀行", "三菱UFJ銀行", "三井住友銀行", "ゆうちょ銀行", "城南信用金庫"]
ID_DOCS = {"lic": "運転免許証", "pass": "旅券", "res": "在留カード", "myn": "マイナンバーカード"}
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
REPRESENTATIVES = ["代理人（長男）", "代理人（長女）", "成年後見人", "成年後見人（司法書士）"]


def era(day: date, style: int) -> str:
    """gen.py's wareki(): 0 令和6年4月12日 (平成1年, not 元年), 1 R6.4.12."""
    return wareki(day, gannen=False) if style == 0 else wareki_short(day, padded=False)


def dashed(mobile: str, sep: str = "-") -> str:
    """090-1234-5678 (sep: what joins the parts)."""
    return f"{mobile[:3]}{sep}{mobile[3:7]}{sep}{mobile[7:]}"


@dataclass(eq=False)
class Person(Named):
    """Anyone in the share, with what gen.py drew for their kind (role); a resident foreigner's
    name in Latin capitals and no reading."""

    born: date = date(1900, 1, 1)
    age: int = 0
    addr: tuple[str, str, str, str] = ("", "", "", "")  # prefecture, city, the rest, 〒
    mobile: str = ""
    home: str = ""
    email: str = ""
    lic: str = ""
    idtype: str = ""
    passport: str = ""
    rescard: str = ""
    mynum: str = ""
    card: str = ""
    exp: tuple[int, int] = (2021, 3)  # (gen.py's default for a former customer)
    bank: tuple[str, str, str] | None = None
    branch: str = ""
    imei: str = ""
    iccid: str = ""
    mnp: str = ""
    rel: str = ""
    title: str = ""  # a 代理人's or 後見人's standing

    @property
    def reading(self) -> str:
        """The kana reading as gen.py held it ("" for a 在留カード holder)."""
        return self.kana(" ") if self.last_kana else ""

    def full(self, space: bool = True) -> str:
        """gen.py's name(): a 全角 space between, or none."""
        return self.name("\u3000" if space else "")

    def address(self, pref: bool = True) -> str:
        a = self.addr
        return (a[0] if pref else "") + a[1] + a[2]

    def id_doc(self) -> tuple[str, str]:
        """The identity document shown and its number (none written for a My Number card)."""
        number = {"lic": self.lic, "pass": self.passport, "res": self.rescard}.get(self.idtype)
        return ID_DOCS[self.idtype], number or ""

    def id_field(self) -> list[str]:
        """The truth field of that number, if one is written."""
        return [self.idtype] if self.idtype in ("lic", "pass", "res") else []


@dataclass(eq=False)
class Shop(Population):
    """The seed's people and the company's 法人番号."""

    staff: list[Person] = field(default_factory=list)
    customers: list[Person] = field(default_factory=list)
    families: list[tuple[Person, list[Person]]] = field(default_factory=list)
    minors: list[tuple[Person, Person]] = field(default_factory=list)
    elders: list[tuple[Person, Person]] = field(default_factory=list)
    vendors: list[Person] = field(default_factory=list)
    corp: str = ""
    count: int = 0
    latin: Any = None

    # ---- numbers as gen.py drew them
    def card(self, prefix: str, length: int = 16) -> str:
        return luhn_number(self.rng, prefix, length)

    def imei(self) -> str:
        return luhn_number(self.rng, self.rng.choice(["35", "86", "01"]), 15)

    def iccid(self) -> str:
        return luhn_number(self.rng, "898110", 19)

    def mnp(self) -> str:
        return digits(self.rng, 10)

    def licence(self) -> str:
        code = self.rng.choice(["30", "30", "30", "45", "43", "44"])
        return licence_number(self.rng, code, reissues=(0, 1, 2), low_zero=True)

    def person(self, kind: str, ages: tuple[int, int] = (20, 80), last: str | None = None,
               addr: tuple[str, str, str, str] | None = None, home: str = "") -> Person:
        """gen.py's mkperson(): the Faker reseeded for the surname, the given name and the
        reading in turn; the rest from the one stream."""
        rng, fk, seed = self.rng, self.faker, self.seed
        self.count += 1
        n = self.count
        sex = rng.choice("MF")
        if last is None:
            rng.randint(0, 10**6)
            fk.seed_instance(seed * 7919 + n)
            last = fk.last_name()
        fk.seed_instance(seed * 104729 + n)
        first = fk.first_name_male() if sex == "M" else fk.first_name_female()
        fk.seed_instance(seed * 31 + n)
        last_kana = fk.last_kana_name()
        first_kana = fk.first_kana_name_male() if sex == "M" else fk.first_kana_name_female()
        age = rng.randint(*ages)
        born = date(2024 - age, rng.randint(1, 12), rng.randint(1, 28))
        if addr is None:
            pref, cities = rng.choice(PREFS)
            city = rng.choice(cities)
            rest = f"{fk.town()}{rng.randint(1, 5)}丁目{rng.randint(1, 30)}番{rng.randint(1, 20)}号"
            if rng.random() < 0.3:
                rest += f" {fk.building_name()}{rng.randint(1, 9)}0{rng.randint(1, 9)}号室"
            addr = (pref, city, rest, fk.postcode())
        p = Person(f"P{n:03d}", kind, sex, last, first, last_kana, first_kana, born=born,
                   age=age, addr=addr, home=home)
        p.mobile = f"0{rng.choice([7, 8, 9])}0{rng.randint(0, 99999999):08d}"
        p.email = f"{fk.user_name()}{rng.randint(1, 99)}@{rng.choice(MAIL_DOMAINS)}"
        if 18 <= age <= 80 and rng.random() < 0.7:
            p.lic = self.licence()
        return p

    def equip(self, p: Person) -> None:
        """A line's handset and SIM."""
        p.imei, p.iccid = self.imei(), self.iccid()

    # ---- truth
    def t(self, path: str, category: str, value: str, who: Person | str | None = None,
          neutral: bool = False) -> None:
        pid = who.id if isinstance(who, Person) else who
        self.truth.add(path, category, value, pid, neutral, normal=value)

    def core(self, path: str, p: Person, fields: str) -> None:
        """gen.py's person_core(): the fields named (space-separated) as `p`'s records; kana
        neutral, addr_np the address without its prefecture."""
        values = {"name": ("person_name", lambda: p.name("")),
                  "addr": ("address", lambda: squeeze(p.address())),
                  "addr_np": ("address", lambda: squeeze(p.address(False))),
                  "pc": ("postal_code", lambda: "".join(c for c in p.addr[3] if c.isdigit())),
                  "mobile": ("phone_number", lambda: p.mobile),
                  "home": ("phone_number", lambda: p.home),
                  "email": ("email_address", lambda: p.email.lower()),
                  "dob": ("date_of_birth", lambda: p.born.isoformat()),
                  "lic": ("drivers_license_number", lambda: p.lic),
                  "pass": ("passport_number", lambda: p.passport),
                  "res": ("residence_card_number", lambda: p.rescard),
                  "card": ("credit_card_number", lambda: p.card),
                  "exp": ("card_expiry", lambda: f"{p.exp[0]:04d}-{p.exp[1]:02d}"),
                  "bank": ("bank_account", lambda: p.bank[2] if p.bank else ""),
                  "myn": ("my_number", lambda: p.mynum)}
        for f in fields.split():
            if f == "kana":
                if p.reading:
                    self.t(path, "person_name", squeeze(p.reading), p, True)
                continue
            category, value = values[f]
            self.t(path, category, value(), p)

    def tel(self, path: str, number: str) -> None:
        """One of the company's numbers, neutral."""
        self.t(path, "phone_number", "".join(c for c in number if c.isdigit()), None, True)

    def branch_tels(self, path: str) -> None:
        self.tel(path, TEL_K)
        self.tel(path, TEL_S)

    def write_truth(self, outdir: Path) -> None:
        """truth.jsonl with gen.py's people count after the records."""
        self.truth.write(outdir, len(self.truth.people()), meta_last=True)

    def save(self, rel: str, document: Any) -> None:
        """A workbook or a .docx as gen.py's save_xlsx and save_docx left them: every member
        deflated and dated FIX, the core dates FIX."""
        props = document.core_properties if hasattr(document, "core_properties") \
            else document.properties
        props.created = props.modified = STAMP
        self.share.save(rel, document)


def customer_papers(c: Shop, p: Person) -> None:
    """A customer's identity document, My Number, card or bank account, branch and line, in
    gen.py's order."""
    rng, seed = c.rng, c.seed
    r = rng.random()
    p.idtype = "lic" if (p.lic and r < 0.6) else ("pass" if r < 0.7 else (
        "res" if r < 0.82 else "myn"))
    if p.idtype == "lic" and not p.lic:
        p.idtype = "myn"
    if p.idtype == "pass":
        p.passport = rng.choice(["TK", "TR", "TZ", "MU"]) + f"{rng.randint(0, 9999999):07d}"
    if p.idtype == "res":
        p.rescard = (rng.choice(LETTERS) + rng.choice(LETTERS) + f"{rng.randint(0, 99999999):08d}"
                     + rng.choice(LETTERS) + rng.choice(LETTERS))
        c.latin = c.latin or Faker("en_US")
        c.latin.seed_instance(seed * 13 + int(p.id[1:]))
        p.last, p.first = c.latin.last_name().upper(), c.latin.first_name().upper()
        p.last_kana = p.first_kana = ""
    p.mynum = my_number(rng)
    if rng.random() < 0.55:
        p.card = c.card(rng.choice(["4", "53", "3540", "37"]))
    if p.card.startswith("37"):
        p.card = c.card("37", 15)
    p.exp = (rng.randint(2025, 2030), rng.randint(1, 12))
    if not p.card:
        p.bank = (rng.choice(BANKS), f"{rng.randint(1, 899):03d}",
                  f"{rng.randint(0, 9999999):07d}")
    p.branch = rng.choice([KOSUGI, SANGENJAYA])
    c.equip(p)
    p.mnp = c.mnp() if rng.random() < 0.4 else ""


def populate(seed: int, share: Share) -> Shop:
    """Staff and customers, the 家族割 groups, the minors and their 親権者, the elderly and their
    representatives, the suppliers' contacts, then the company's 法人番号."""
    share.keep_modes = False
    c = Shop.seeded(seed, share, Truth(form="full"), seed, seed)
    rng = c.rng
    c.staff = [c.person("staff", (20, 50)) for _ in range(9)]
    c.customers = [c.person("cust") for _ in range(88)]
    for p in c.customers:
        customer_papers(c, p)
    for head in rng.sample([p for p in c.customers if p.idtype in ("lic", "myn")], 10):
        head.home = (f"03{rng.randint(0, 99999999):08d}" if head.addr[0] == "東京都"
                     else f"044{rng.randint(0, 9999999):07d}")
        members = []
        for k in range(rng.randint(1, 3)):
            ages = (8, 17) if k > 0 and rng.random() < 0.5 else (18, 80)
            m = c.person("family", ages, head.last, head.addr, head.home)
            c.equip(m)
            m.rel = "子" if ages[0] == 8 else rng.choice(["配偶者", "子", "父", "母"])
            members.append(m)
        c.families.append((head, members))
    for _ in range(5):
        parent = c.person("parent", (35, 55))
        kid = c.person("minor", (10, 17), parent.last, parent.addr)
        c.equip(kid)
        kid.branch = SANGENJAYA
        parent.lic = parent.lic or c.licence()
        c.minors.append((kid, parent))
    for _ in range(6):
        old, rep = c.person("elder", (78, 94)), c.person("agent", (40, 65))
        c.equip(old)
        rep.lic = rep.lic or c.licence()
        rep.title = rng.choice(REPRESENTATIVES)
        c.elders.append((old, rep))
    c.vendors = [c.person("vendor", (30, 60)) for _ in range(3)]
    c.corp = corporate_number(rng)
    return c

