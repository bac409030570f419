"""Who the moving company's share is about: 78 customers, 14 transferees of two client companies
and their 総務, ten drivers with their emergency contacts, ten part-timers, four office staff
and (in the old zip) twelve customers of 2021-2022; drawn from one random stream and one seeded
Faker in gen.py's order, so the same seed names the same people.

The truth keeps gen.py's normal forms (a card expiry as written, 05/27), one record a (path,
category, value, person), and the people count (anyone a record exposes) after the records.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from .identifiers import corporate_number, digits, license_check, luhn_number, my_number
from .japanese import FULL_WIDTH, HYPHENS
from .share import Named, Population, Share, sign
from .truth import Truth

STAMP = datetime(2024, 11, 1, 9, 0, 0)  # every office container member's and core date (FIXED)
NAME = "株式会社さくら引越センター"
HQ = "埼玉県さいたま市大宮区桜木町2丁目3番5号"
HQ_ZIP, HQ_TEL, FAX, FREE = "330-0854", "048-641-1234", "048-641-1235", "0120-39-8341"
BRANCHES = [("川越支店", "埼玉県川越市新宿町1-14-3", "049-245-8800"),
            ("所沢営業所", "埼玉県所沢市東住吉7-8", "04-2925-3311"),
            ("春日部営業所", "埼玉県春日部市中央1丁目52-1", "048-760-2200")]
CLIENT_NAMES = [("東和精機株式会社", "towa-seiki"), ("株式会社ミナトロジスティクス", "minato-logi")]
PREF_CODES = [30, 45, 50, 51, 52, 53, 54, 55, 60]  # the 公安委員会 codes of a licence
MAIL_DOMAINS = ["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp", "icloud.com"]
WORK_DOMAIN = "sakura-hikkoshi.co.jp"
DASHES = HYPHENS  # what gen.py's phone style 3 joins the parts with (HY[1:])


def cp932(text: str) -> bytes:
    """CP932 as gen.py's w() wrote it: a character the code page lacks as '?'."""
    return text.encode("cp932", errors="replace")


def jp_era(day: date, style: int) -> str:
    """gen.py's 和暦 (平成 from 1 January 1989): 0 令和6年1月2日, 1 R6.1.2, 2 R6/1/2, else
    2024/01/02."""
    if day >= date(2019, 5, 1):
        era, year, letter = "令和", day.year - 2018, "R"
    elif day.year >= 1989:
        era, year, letter = "平成", day.year - 1988, "H"
    else:
        era, year, letter = "昭和", day.year - 1925, "S"
    if style == 0:
        return f"{era}{year}年{day.month}月{day.day}日"
    if style in (1, 2):
        sep = "." if style == 1 else "/"
        return f"{letter}{year}{sep}{day.month}{sep}{day.day}"
    return day.strftime("%Y/%m/%d")


@dataclass(eq=False)
class Home:
    """An address as gen.py's addr() drew it: the prefecture, the rest, the 〒."""

    pref: str
    body: str
    zip: str

    def full(self) -> str:
        """The address with its prefecture, as gen.py's afull() wrote it."""
        return self.pref + self.body


@dataclass(eq=False)
class Person(Named):
    """Anyone in the share, with what gen.py drew for their kind (role)."""

    last_roman: str = ""
    first_roman: str = ""
    phone: str = ""
    email: str = ""
    old: Home = field(default_factory=lambda: Home("", "", ""))
    new: Home = field(default_factory=lambda: Home("", "", ""))
    born: date = date(1900, 1, 1)
    emerg: Person | None = None
    mn: str = ""
    lic: str = ""
    work: str = ""
    move: date = date(1900, 1, 1)
    qno: str = ""
    slip: str = ""

    @property
    def full(self) -> str:
        """The name as the truth holds it: surname and given name, no space."""
        return self.last + self.first


@dataclass(eq=False)
class Mover(Population):
    """The seed's company numbers, people and output."""

    corp: str = ""
    clients: list[tuple[str, str, str]] = field(default_factory=list)  # name, domain, 法人番号
    customers: list[Person] = field(default_factory=list)
    transfer: list[Person] = field(default_factory=list)
    soumu: list[Person] = field(default_factory=list)
    drivers: list[Person] = field(default_factory=list)
    emerg: list[Person] = field(default_factory=list)
    parttime: list[Person] = field(default_factory=list)
    office: list[Person] = field(default_factory=list)
    count: int = 0

    def person(self, kind: str, sex: str = "") -> Person:
        """Someone new as gen.py's person() drew them: name, mobile, mail, old and new home."""
        rng, fk = self.rng, self.faker
        self.count += 1
        ln = fk.last_name_pair()
        sex = sex or rng.choice("MF")
        fn = fk.first_name_male_pair() if sex == "M" else fk.first_name_female_pair()
        p = Person(f"P{self.count:03d}", kind, sex, ln[0], fn[0], ln[1], fn[1], ln[2], fn[2])
        p.phone = f"{rng.choice(['090', '080', '070'])}-{rng.randint(1000, 9999)}-" \
                  f"{rng.randint(1000, 9999)}"
        p.email = (f"{fn[2].lower()}.{ln[2].lower()}{rng.randint(1, 99)}@"
                   f"{rng.choice(MAIL_DOMAINS)}")
        p.old, p.new = self.home(), self.home()
        return p

    def home(self) -> Home:
        """gen.py's addr(): 丁目番号 or 1-2-3 four times in ten, a building four times in ten."""
        rng, fk = self.rng, self.faker
        pref, city, town = fk.prefecture(), fk.city(), fk.town()
        rest = f"{fk.chome()}{fk.ban()}{fk.gou()}"
        if rng.random() < .4:
            rest = f"{rng.randint(1, 5)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}"
        bld = ""
        if rng.random() < .4:
            bld = f" {fk.building_name()}{rng.randint(101, 905)}号室"
        return Home(pref, f"{city}{town}{rest}{bld}", fk.zipcode())

    def nm(self, p: Person, sep: str | None = None) -> str:
        """A name as typed: the separator drawn (space, 全角 space, none) where not given."""
        return p.name(self.rng.choice([" ", "\u3000", ""]) if sep is None else sep)

    def phone(self, number: str, style: int | None = None) -> str:
        """gen.py's fmt_phone (style drawn where not given): 0 as is, 1 digits, 2 full-width,
        3 a drawn look-alike hyphen, 4 (090)1234-5678."""
        style = self.rng.randint(0, 4) if style is None else style
        a, b, c = number.split("-")
        if style == 1:
            return a + b + c
        if style == 2:
            return number.translate(FULL_WIDTH)
        if style == 3:
            return number.replace("-", self.rng.choice(DASHES))
        return f"({a}){b}-{c}" if style == 4 else number

    def ip(self, firsts: list[int]) -> str:
        """A client IP as gen.py drew one: its first octet from `firsts`."""
        rng = self.rng
        return f"{rng.choice(firsts)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}." \
               f"{rng.randint(1, 254)}"

    # ---- truth
    def t(self, path: str, category: str, value: str, who: Person | None = None,
          neutral: bool = False) -> None:
        normal = value if category == "card_expiry" else None  # (gen.py kept 05/27)
        self.truth.add(path, category, value, who.id if who else None, neutral, normal=normal)

    def t_std(self, path: str, p: Person, fields: str) -> None:
        """The fields named (space-separated) as `p`'s records, in that order: kana and sei
        (the surname) neutral; old and new the full addresses, obody and nbody without the
        prefecture; zold and znew their 〒."""
        for f in fields.split():
            if f == "name":
                self.t(path, "person_name", p.full, p)
            elif f in ("kana", "sei"):
                value = p.last_kana + p.first_kana if f == "kana" else p.last
                self.t(path, "person_name", value, p, True)
            elif f in ("phone", "email"):
                self.t(path, f"{f}_number" if f == "phone" else "email_address",
                       getattr(p, f), p)
            elif f in ("old", "new"):
                self.t(path, "address", getattr(p, f).full(), p)
            elif f in ("obody", "nbody"):
                self.t(path, "address", (p.old if f == "obody" else p.new).body, p)
            elif f in ("zold", "znew"):
                self.t(path, "postal_code", (p.old if f == "zold" else p.new).zip, p)
            elif f == "work":
                self.t(path, "email_address", p.work, p, True)

    def comp_neg(self, path: str) -> None:
        """The company's phone, address and 法人番号, neutral."""
        self.t(path, "phone_number", HQ_TEL, None, True)
        self.t(path, "address", HQ, None, True)
        self.t(path, "corporate_number", self.corp, None, True)

    def write_truth(self, outdir: Path) -> None:
        """truth.jsonl with gen.py's people count after the records."""
        self.truth.write(outdir, len(self.truth.people()), meta_last=True)

    def save(self, rel: str, document: Any) -> None:
        """A workbook (by 'office') or a .docx (by the company) as gen.py's save_xlsx and
        save_docx left them: every time the share's."""
        sign(document, "さくら引越センター", "office", STAMP)
        self.share.save(rel, document)


def licence(rng: random.Random) -> str:
    """運転免許証番号 as gen.py's licence() draws it: code, year, eight digits, the 11th then
    made the check digit over the first ten."""
    s = f"{rng.choice(PREF_CODES)}{rng.randint(0, 99):02d}" + digits(rng, 8)
    return s[:10] + license_check(s[:10]) + s[11]


def populate(seed: int, share: Share) -> Mover:
    """The people by kind, their birth dates, emergency contacts, 個人番号, licences and work
    mail, the company's and clients' 法人番号, then each customer's move, 見積番号 and 伝票番号."""
    share.keep_modes = False
    c = Mover.seeded(seed, share, Truth(form="full"), seed, seed)
    rng = c.rng
    c.customers = [c.person("customer") for _ in range(78)]
    c.transfer = [c.person("transferee") for _ in range(14)]
    c.soumu = [c.person("client_soumu") for _ in range(2)]
    c.drivers = [c.person("driver", "M") for _ in range(10)]
    c.emerg = [c.person("emergency") for _ in range(10)]
    c.parttime = [c.person("parttime") for _ in range(10)]
    c.office = [c.person("office") for _ in range(4)]
    for p in c.drivers + c.parttime + c.office + c.soumu:
        p.born = date(rng.randint(1962, 2004), rng.randint(1, 12), rng.randint(1, 28))
    for d, e in zip(c.drivers, c.emerg, strict=True):
        d.emerg = e
        if rng.random() < .7:
            e.last = d.last
        if e.last == d.last:
            e.last_kana = d.last_kana
    for p in c.parttime:
        p.mn = my_number(rng)
    for p in c.drivers:
        p.lic = licence(rng)
    for p in c.drivers + c.office:
        p.work = f"{p.last_roman.lower()}@{WORK_DOMAIN}"
    c.corp = corporate_number(rng)
    c.clients = [(name, dom, corporate_number(rng)) for name, dom in CLIENT_NAMES]
    for p in c.customers + c.transfer:
        p.move = date(2024, rng.randint(9, 12), rng.randint(1, 28))
        p.qno = "Q" + luhn_number(rng, "", 10)
        p.slip = my_number(rng)
    return c
