"""Who the wedding hall's share is about: eight staff (four planners) and three of their
family, sixteen couples booked for 2026 (three brides' mothers, forty guests of four couples),
four vendors' contacts, web inquirers and fair visitors, nine couples of 2019-2021; drawn from
one random stream and one Faker in gen.py's order, so the same seed names the same people (a
bride shares the groom's address one time in two, a 親族 guest the host's surname).

The truth keeps gen.py's normal forms (a card expiry as written, 05/28), one record a (path,
category, value, person) (gen.py's key left the neutral flag out; no two of its records differ
in that alone), an empty value never written, and the people count after the records.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from .identifiers import card_groups, corporate_number, digits, luhn_number, my_number
from .japanese import FULL_WIDTH, HYPHENS, wareki_short
from .japanese import wareki as kanji_wareki
from .share import Named, Population, Share
from .truth import Truth, squeeze

STAMP = datetime(2026, 3, 1, 9, 0, 0)  # every container member's date (gen.py's FIXED)
FILED = datetime(2026, 2, 1)  # the office files' docProps/core.xml dates
HY = ["-", *HYPHENS]
ZEN_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")
PREFS = ["東京都", "神奈川県", "埼玉県", "千葉県"]
CITIES = {"東京都": ["世田谷区", "杉並区", "品川区", "目黒区", "練馬区", "町田市"],
          "神奈川県": ["横浜市青葉区", "川崎市中原区", "相模原市南区", "藤沢市"],
          "埼玉県": ["さいたま市浦和区", "川口市", "所沢市"],
          "千葉県": ["船橋市", "市川市", "千葉市美浜区"]}
MAIL_DOMAINS = ["gmail.com", "yahoo.co.jp", "icloud.com", "docomo.ne.jp", "ezweb.ne.jp",
                "outlook.jp"]
JOBS = ["planner", "planner", "planner", "planner", "chef", "sales", "office", "manager"]
RELATIONS = ["上司", "友人", "友人", "同僚", "親族", "恩師"]
ALLERGIES = [""] * 5 + ["えびアレルギー", "卵アレルギー", "小麦アレルギー", "そばアレルギー",
                        "妊娠中", "乳製品NG(アレルギー)"]
VENDORS = [("フラワーアトリエ花音", "装花", "hanaoto"), ("スタジオ・アルバ", "写真", "alba"),
           ("ヘアメイク Rire", "ヘアメイク", "rire"),
           ("湘南ケータリング有限会社", "料理", "shonan-catering")]
HALL = "ヴィラ・ルミエール湘南"
HALL_CO = "株式会社ルミエールブライダル"
HALL_TEL, HALL_FAX = "0466-28-7711", "0466-28-7712"
HALL_ADDR = "神奈川県藤沢市鵠沼海岸3丁目5番12号"
HALL_ZIP = "251-0037"
HALL_DOMAIN = "lumiere-wedding.jp"
_BANCHI = re.compile(r"(.*?)(\d+)丁目(\d+)番(\d+)号(.*)")


def wareki(day: date, style: int = 0) -> str:
    """和暦 in gen.py's styles: 0 平成1年5月3日, 1 H1.5.3, 2 H1/5/3."""
    if style == 0:
        return kanji_wareki(day, gannen=False)
    short = wareki_short(day, padded=False)
    return short if style == 1 else short.replace(".", "/")


def hiragana(kata: str) -> str:
    """Katakana (ァ to ヶ) as hiragana, anything else as it is."""
    return "".join(chr(ord(ch) - 0x60) if "ァ" <= ch <= "ヶ" else ch for ch in kata)


@dataclass(eq=False)
class Person(Named):
    """Anyone in the share: a name, birth date, home, mobile and mail, and what their part
    adds (a staff member's 個人番号 and work mail, a guest's side and table, a vendor's
    company)."""

    born: date = date(1900, 1, 1)
    pref: str = ""
    city: str = ""
    town: str = ""  # 町名, 丁目番号 and any building
    zip: str = ""
    tel: str = ""
    mail: str = ""
    mynum: str = ""
    empno: str = ""
    work: str = ""
    rel: str = ""
    side: str = ""
    allergy: str = ""
    table: str = ""
    company: str = ""
    kind: str = ""
    corp: str = ""
    cotel: str = ""

    @property
    def full(self) -> str:
        return self.last + self.first

    def address(self, pref: bool = True) -> str:
        return (self.pref if pref else "") + self.city + self.town

    def home(self) -> tuple[str, str, str, str]:
        return self.pref, self.city, self.town, self.zip

    def move(self, home: tuple[str, str, str, str]) -> None:
        self.pref, self.city, self.town, self.zip = home


@dataclass(eq=False)
class Couple:
    """A booking: its number, groom and bride, the day and guests expected, the planner; three
    brides' mothers and four couples' guests (current couples); a past couple has no planner."""

    no: str
    g: Person
    b: Person
    date: date
    n: int = 0
    planner: Person | None = None
    mother: Person | None = None
    guests: list[Person] = field(default_factory=list)


@dataclass(eq=False)
class Hall(Population):
    """The seed's people and output."""

    corp: str = ""
    count: int = 0
    staff: list[Person] = field(default_factory=list)
    couples: list[Couple] = field(default_factory=list)
    vendors: list[Person] = field(default_factory=list)
    inquiries: list[Person] = field(default_factory=list)
    fair_people: list[Person] = field(default_factory=list)
    old: list[Couple] = field(default_factory=list)
    dependents: list[tuple[Person, Person]] = field(default_factory=list)

    @property
    def planners(self) -> list[Person]:
        return self.staff[:4]

    def t(self, path: str, category: str, value: str, who: Person | None = None,
          neutral: bool = False) -> None:
        """Record `value` in `path` in gen.py's normal form (nothing where it is empty)."""
        if not value:
            return
        normal = squeeze(value) if category in ("card_expiry", "date_of_birth") else None
        self.truth.add(path, category, value, who.id if who else None, neutral, normal=normal)

    def named(self, path: str, p: Person, written: str = "", neutral: bool = False) -> None:
        """`p`'s name (or how `written`) in `path`."""
        self.t(path, "person_name", written or p.full, p, neutral)

    def write_truth(self, outdir: Path) -> None:
        self.truth.write(outdir, len(self.truth.people()), meta_last=True)

    def save(self, rel: str, document: Any) -> None:
        """An .xlsx or .docx as gen.py re-zipped it: its members dated the share's stamp, its
        core dates 1 February."""
        self.share.save(rel, document, core=FILED)

    # ---- draws
    def sp(self, p: Person, sep: str | None = None) -> str:
        """`p`'s name, spaced as drawn where `sep` is not given."""
        return p.name(self.rng.choice([" ", "　", ""]) if sep is None else sep)

    def mobile(self) -> str:
        return self.rng.choice(["090", "080", "070"]) + digits(self.rng, 8)

    def phone(self, p: str, style: int | None = None) -> str:
        """gen.py's styles, 3-4-rest whatever the number: 0 bare, 1 hyphens, 2 full-width, 3 a
        hyphen look-alike drawn, 4 +81, 5 brackets (one drawn where not given)."""
        style = self.rng.randint(0, 5) if style is None else style
        a, b, c = p[:3], p[3:7], p[7:]
        if style == 3:
            h = self.rng.choice(HY)
            return f"{a}{h}{b}{h}{c}"
        return [p, f"{a}-{b}-{c}", f"{a}-{b}-{c}".translate(FULL_WIDTH), "",
                f"+81-{a[1:]}-{b}-{c}", f"{a}({b}){c}"][style]

    def addr_var(self, p: Person) -> str:
        """The home as 1-2-3 (a look-alike hyphen drawn), full-width three times in ten, the
        prefecture six in ten."""
        m = _BANCHI.match(p.town)
        if not m:
            return p.address()
        h = self.rng.choice(HY)
        t = f"{m.group(1)}{m.group(2)}{h}{m.group(3)}{h}{m.group(4)}{m.group(5)}"
        if self.rng.random() < 0.3:
            t = t.translate(ZEN_DIGITS)
        return (p.pref if self.rng.random() < 0.6 else "") + p.city + t

    def my_number(self) -> str:
        return my_number(self.rng, nonzero_lead=True)

    def card(self) -> str:
        """Visa (4 and five digits drawn), Mastercard, JCB (16 digits) or Amex (15)."""
        rng = self.rng
        kind = rng.choice(["visa", "mc", "jcb", "amex"])
        if kind == "visa":
            return luhn_number(rng, "4" + str(rng.randint(10000, 99999)), 16)
        if kind == "mc":
            return luhn_number(rng, str(rng.randint(51, 55)), 16)
        if kind == "jcb":
            return luhn_number(rng, str(rng.randint(3528, 3589)), 16)
        return luhn_number(rng, rng.choice(["34", "37"]), 15)

    def card_text(self, number: str) -> str:
        """An Amex 4 6 5, else fours joined by a space, a hyphen or nothing (drawn)."""
        if len(number) == 15:
            return card_groups(number, " ")
        return card_groups(number, self.rng.choice([" ", "-", ""]))

    def person(self, role: str, sex: str = "", age: tuple[int, int] = (24, 38),
               sei: tuple[str, str] | None = None,
               home: tuple[str, str, str, str] | None = None) -> Person:
        rng, fake = self.rng, self.faker
        self.count += 1
        sex = sex or rng.choice("MF")
        last, last_kana = sei or fake.last_name_pair()[:2]
        first, first_kana, _ = (fake.first_name_male_pair() if sex == "M"
                                else fake.first_name_female_pair())
        p = Person(f"P{self.count:03d}", role, sex, last, first, last_kana, first_kana)
        year = 2026 - rng.randint(*age)
        p.born = date(year, rng.randint(1, 12), rng.randint(1, 28))
        if home:
            p.move(home)
        else:
            p.pref = rng.choice(PREFS)
            p.city = rng.choice(CITIES[p.pref])
            p.town = fake.town() + (f"{rng.randint(1, 5)}丁目{rng.randint(1, 30)}番"
                                    f"{rng.randint(1, 20)}号")
            building = " " + fake.building_name() + str(rng.randint(101, 905))
            p.town += rng.choice(["", "", building])
            p.zip = f"{rng.randint(100, 359)}-{rng.randint(0, 9999):04d}"
        p.tel = self.mobile()
        p.mail = f"{fake.user_name()}{rng.randint(1, 99)}@{rng.choice(MAIL_DOMAINS)}"
        return p


def _couples(h: Hall) -> None:
    """Sixteen couples for 2026, three brides' mothers, five guests a side for four."""
    rng = h.rng
    for i in range(16):
        g = h.person("groom", "M", (26, 40))
        b = h.person("bride", "F", (24, 37))
        if rng.random() < 0.5:
            b.move(g.home())
        day = date(2026, 4, 1) + timedelta(days=rng.randint(0, 330))
        n = rng.randint(30, 90)
        h.couples.append(Couple(f"W2026{i + 1:04d}", g, b, day, n, rng.choice(h.planners)))
    for c in h.couples[:3]:
        m = h.person("mother", "F", (52, 68), sei=(c.b.last, c.b.last_kana))
        m.move(c.b.home())
        landline = rng.random() < 0.5
        m.tel = "0" + str(rng.randint(3, 4)) + digits(rng, 8) if landline else h.mobile()
        c.mother = m
    for c in h.couples[:4]:
        for side, host in (("新郎側", c.g), ("新婦側", c.b)):
            for _ in range(5):
                rel = rng.choice(RELATIONS)
                sei = (host.last, host.last_kana) if rel == "親族" else None
                gp = h.person("guest", age=(22, 70), sei=sei)
                gp.rel, gp.side = rel, side
                gp.allergy = rng.choice(ALLERGIES)
                c.guests.append(gp)


def populate(seed: int, share: Share) -> Hall:
    """The hall's 法人番号, staff, couples, vendors, prospects, past couples and dependents, as
    gen.py drew them."""
    share.keep_modes = False
    h = Hall.seeded(seed, share, Truth(form="full"), seed * 7919, seed)
    rng = h.rng
    h.corp = corporate_number(rng)
    h.staff = [h.person("staff", age=(23, 55)) for _ in range(8)]
    for i, s in enumerate(h.staff):
        s.mynum = h.my_number()
        s.empno = f"L{2010 + i:04d}"
        s.work = f"{JOBS[i]}{i + 1}@{HALL_DOMAIN}"
    _couples(h)
    for k, (company, kind, slug) in enumerate(VENDORS):
        v = h.person("vendor", age=(28, 55))
        v.company, v.kind, v.corp = company, kind, corporate_number(rng)
        v.cotel = "0466" + digits(rng, 6)
        v.mail = f"{slug}.info{k}@example-vendor{k}.co.jp"
        h.vendors.append(v)
    h.inquiries = [c.b if rng.random() < 0.6 else c.g for c in h.couples[4:8]]
    h.inquiries += [h.person("inquirer", age=(24, 36)) for _ in range(8)]
    h.fair_people = h.inquiries[2:7] + [h.person("visitor", age=(24, 36)) for _ in range(5)]
    for i in range(9):
        g = h.person("groom", "M", (28, 45))
        b = h.person("bride", "F", (27, 42))
        if rng.random() < 0.5:
            b.move(g.home())
        year = 2019 + i // 3
        h.old.append(Couple(f"W{year}{i + 1:04d}", g, b,
                            date(year, rng.randint(1, 12), rng.randint(1, 28))))
    for s in h.staff[4:7]:
        d = h.person("dependent", age=(1, 60), sei=(s.last, s.last_kana), home=s.home())
        d.rel = rng.choice(["配偶者", "子", "子", "母"])
        d.mynum = h.my_number()
        h.dependents.append((s, d))
    return h
