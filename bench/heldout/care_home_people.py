"""Who the care home's share is about: four 主治医, 34 residents each with a 身元引受人, twelve
former residents (eight died) and theirs, eighteen staff, eighteen day-service users and their
キーパーソン; drawn from one random stream and one Faker in gen.py's order, so the same seed
names the same people (a guarantor takes the resident's surname three times in five).

The truth keeps gen.py's normal forms (an address's look-alike hyphens as "-", a condition
without 既往 or 術後), one record a (path, category, value, person) (gen.py's key left the
neutral flag out; no two of its records differ in that alone), and the people count after the
records. The dead are neutral and
not counted; everyone else some record names is, a neutral mention included.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from .identifiers import corporate_check, digits, luhn_check, my_number_check
from .identifiers import my_number as check_number
from .japanese import FULL_WIDTH, fphone
from .share import Named, Population, Share, Street
from .truth import Truth, plain_hyphens, squeeze

PREF_CITIES = [("東京都", ["八王子市", "町田市", "府中市", "調布市", "世田谷区", "練馬区"]),
               ("神奈川県", ["相模原市南区", "横浜市青葉区", "川崎市宮前区", "大和市"]),
               ("埼玉県", ["所沢市", "川越市", "さいたま市浦和区"]),
               ("千葉県", ["船橋市", "松戸市"])]
HOME_CITY = ("東京都", "町田市")
KAIGO = ["要支援2", "要介護1", "要介護2", "要介護3", "要介護4", "要介護5"]
DISEASES = ["アルツハイマー型認知症", "高血圧症", "2型糖尿病", "脳梗塞後遺症", "心房細動",
            "骨粗鬆症", "パーキンソン病", "慢性心不全", "変形性膝関節症", "慢性腎臓病",
            "大腿骨頸部骨折術後",
            "誤嚥性肺炎既往", "うつ病", "前立腺肥大症"]
RELS = ["長男", "長女", "次男", "次女", "妻", "夫", "甥", "姪", "長男の妻"]
CLINICS = ["小山ヶ丘内科クリニック", "まちだ在宅診療所", "多摩境ファミリークリニック",
           "相原メディカルクリニック"]
MAIL_DOMAINS = ["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "icloud.com", "ezweb.ne.jp",
                "nifty.com"]
QUALS = ["介護福祉士", "介護支援専門員", "看護師", "准看護師", "初任者研修", "実務者研修"]
BANKS = ["みずほ銀行", "三菱UFJ銀行", "きらぼし銀行", "ゆうちょ銀行", "多摩信用金庫"]
BRANCHES = ["町田支店", "相模原支店", "八王子支店", "多摩センター支店"]
ROLES = ["介護職", "介護職", "看護職", "生活相談員", "ケアマネジャー", "送迎ドライバー"]
NAME = "介護付き有料老人ホーム さくらの丘町田"
ADDRESS = "東京都町田市小山ヶ丘3-12-5"
POSTAL = "1940215"
TEL, FAX = "0427985501", "0427985502"
CORPORATE = corporate_check("010401187734") + "010401187734"
MAIL_DATE = datetime(2024, 10, 20, 10, 0, tzinfo=timezone(timedelta(hours=9)))
PHONE_STYLES = ["hy", "none", "zen", "paren", "ー", "‐"]
ADDRESS_DASHES = {0: "-", 1: "－", 3: "ー", 4: "‐"}
ERAS = [(date(2019, 5, 1), "令和", "R"), (date(1989, 1, 8), "平成", "H"),
        (date(1926, 12, 25), "昭和", "S"), (date(1912, 7, 30), "大正", "T")]


def fw(text: str) -> str:
    """Digits full-width."""
    return text.translate(FULL_WIDTH)


def wareki(day: date, style: int) -> str:
    """A birth date as gen.py's styles write it: 0 昭和20年1月5日, 1 S20.1.5, 2 S20/01/05,
    3 style 0 full-width, 4 1945/01/05, 5 1945年1月5日."""
    start, era, abbr = next(e for e in ERAS if day >= e[0])
    n = day.year - start.year + 1
    forms = [f"{era}{n}年{day.month}月{day.day}日", f"{abbr}{n}.{day.month}.{day.day}",
             f"{abbr}{n:02d}/{day.month:02d}/{day.day:02d}",
             fw(f"{era}{n}年{day.month}月{day.day}日"),
             day.strftime("%Y/%m/%d"), f"{day.year}年{day.month}月{day.day}日"]
    return forms[style] if style < len(forms) else day.isoformat()


@dataclass(eq=False)
class Address(Street):
    """A home: its building (three in ten) and 〒."""

    bldg: str = ""
    postal: str = ""

    def line(self, pref: bool, style: int) -> str:
        """Styles 0 1-2-3, 1 full-width １－２－３, 2 1丁目2番3号, 3 1ー2ー3, 4 1‐2‐3; the
        building after a space."""
        numbers = (self.c, self.b, self.g)
        num = ("%d丁目%d番%d号" if style == 2 else ADDRESS_DASHES[style].join(["%d"] * 3)) % numbers
        num = fw(num) if style == 1 else num
        text = (self.pref if pref else "") + self.city + self.town + num
        return text + (" " + self.bldg if self.bldg else "")

    def zip_line(self, style: int) -> str:
        """〒123-4567 (0), 123-4567 (1) or full-width 〒１２３－４５６７ (2)."""
        z = f"{self.postal[:3]}-{self.postal[3:]}"
        return ["〒" + z, z, fw("〒" + z)][style]


@dataclass(eq=False)
class Person(Named):
    """Anyone in the share; fields for what a resident, guarantor, staff member or day-service
    user has."""

    born: date = date(1900, 1, 1)
    addr: Address | None = None
    mobile: str = ""
    tel: str = ""
    rel: str = ""
    email: str = ""
    room: str = ""
    kaigo: str = ""
    hihoken: str = ""
    kouki: str = ""
    dx: list[str] = field(default_factory=list)
    doc: Person | None = None
    g: Person | None = None
    moved_in: date | None = None
    clinic: str = ""
    clinic_tel: str = ""
    reason: str = ""
    dead: bool = False
    out: date | None = None
    my_number: str = ""
    pension: str = ""
    qual: str = ""
    qual_no: str = ""
    bank: str = ""
    branch: str = ""
    account: str = ""
    work_mail: str = ""
    days: str = ""


@dataclass(eq=False)
class Home(Population):
    """The seed's people and output."""

    doctors: list[Person] = field(default_factory=list)
    residents: list[Person] = field(default_factory=list)
    former: list[Person] = field(default_factory=list)
    staff: list[Person] = field(default_factory=list)
    day_users: list[Person] = field(default_factory=list)
    used: set[tuple[str, str]] = field(default_factory=set)
    dead: set[str] = field(default_factory=set)

    def t(self, path: str, category: str, value: str, who: Person | str | None = None,
          neutral: bool = False) -> None:
        """Record `value` in `path` in gen.py's normal form."""
        normal = None
        if category == "address":
            normal = plain_hyphens(squeeze(value))
        elif category == "sensitive":
            normal = re.sub(r"(既往|術後)$", "", value)
        elif category in ("date_of_birth", "credential", "ip_address"):
            normal = value
        pid = who.id if isinstance(who, Person) else who
        self.truth.add(path, category, value, pid, neutral, normal=normal)

    def write_truth(self, outdir: Path) -> None:
        """The records, then the people: every person named, the dead (and a former
        resident's or guarantor's neutral-only mention) aside."""
        people = {r["person"] for r in self.truth.records if r["person"]
                  and (not r["neutral"] or not r["person"].startswith("O"))}
        self.truth.write(outdir, len(people - self.dead), meta_last=True)

    def book(self, rel: str, wb: Any) -> None:
        """Save a workbook as gen.py did: its creator the company, its times the share's."""
        wb.properties.creator = "さくらケアサービス"
        wb.properties.created = wb.properties.modified = self.share.stamp
        self.share.save(rel, wb)

    def document(self, rel: str, d: Any) -> None:
        """Save a .docx as gen.py did: its author the home, its times the share's."""
        d.core_properties.created = d.core_properties.modified = self.share.stamp
        d.core_properties.author = "さくらの丘町田"
        self.share.save(rel, d)

    # ---- draws
    def name(self, p: Person, sep: str | None = None) -> str:
        """`p`'s name, spaced as drawn where `sep` is not given."""
        return p.name(self.rng.choice([" ", "　", ""]) if sep is None else sep)

    def phone(self, number: str, style: int | None = None) -> str:
        """A number as gen.py's six styles write it (one drawn where not given)."""
        return fphone(number, PHONE_STYLES[self.rng.randint(0, 5) if style is None else style])

    def address(self, a: Address, pref: bool = True, style: int | None = None) -> str:
        return a.line(pref, self.rng.randint(0, 4) if style is None else style)

    def day(self, first: int, last: int) -> date:
        rng = self.rng
        return date(rng.randint(first, last), rng.randint(1, 12), rng.randint(1, 28))

    def landline(self) -> str:
        area = self.rng.choice(["03", "045", "044", "042", "048", "047"])
        return area + digits(self.rng, 10 - len(area))

    def check_number(self, prefix: str) -> str:
        """12 digits after `prefix` passing both the My Number check and Luhn: a hard negative."""
        while True:
            s = prefix + digits(self.rng, 12 - len(prefix))
            if my_number_check(s[:11]) == s[11] and luhn_check(s[:11]) == s[11]:
                return s

    def new_address(self, local: bool) -> Address:
        rng, faker = self.rng, self.faker
        if local and rng.random() < 0.8:
            pref, city = HOME_CITY
        else:
            pref, cities = rng.choice(PREF_CITIES)
            city = rng.choice(cities)
        town = faker.town()
        c, b, g = rng.randint(1, 5), rng.randint(1, 30), rng.randint(1, 20)
        bldg = ""
        if rng.random() < 0.3:
            bldg = faker.building_name() + str(rng.choice([101, 203, 305, 402, 1102]))
        postal = f"{rng.randint(100, 399):03d}{rng.randint(0, 9999):04d}"
        return Address(pref, city, town, c, b, g, bldg, postal)

    def person(self, pid: str, born: tuple[int, int], local: bool = False) -> Person:
        """Someone new whose full name no one has yet (drawn again until so)."""
        rng, faker = self.rng, self.faker
        while True:
            sex = rng.choice("MF")
            last = faker.last_name_pair()
            first = faker.first_name_male_pair() if sex == "M" else faker.first_name_female_pair()
            p = Person(pid, "", sex, last[0], first[0], last[1], first[1], self.day(*born),
                       self.new_address(local), rng.choice(["090", "080", "070"]) + digits(rng, 8),
                       self.landline())
            rng.choice([" ", "　", ""])  # gen.py's stored name and kana spacing, never used
            rng.choice([" ", "　"])
            if (p.last, p.first) not in self.used:
                self.used.add((p.last, p.first))
                return p

    def family(self, pid: str, born: tuple[int, int], local: bool = False) -> Person:
        """A relative: a person and their relation to whom they are named with."""
        p = self.person(pid, born, local)
        p.rel = self.rng.choice(RELS)
        return p


def populate(seed: int, share: Share) -> Home:
    """The doctors, residents, former residents, staff and day-service users, as gen.py drew
    them."""
    share.keep_modes = False
    h = Home.seeded(seed, share, Truth(form="full"), seed, seed)
    rng = h.rng
    for i in range(4):
        d = h.person(f"D{i + 1:02d}", (1955, 1980))
        d.clinic = rng.choice(CLINICS)
        d.clinic_tel = "042" + digits(rng, 7)
        h.doctors.append(d)
    for i in range(34):
        r = h.person(f"R{i + 1:03d}", (1926, 1946))
        r.room = f"{rng.randint(2, 4)}{rng.randint(1, 15):02d}"
        r.kaigo = rng.choice(KAIGO)
        r.hihoken = "13" + digits(rng, 8)
        r.kouki = "3913" + digits(rng, 4)
        r.dx = rng.sample(DISEASES, rng.randint(1, 3))
        r.doc = rng.choice(h.doctors)
        r.moved_in = h.day(2018, 2024)
        g = h.person(f"G{i + 1:03d}", (1950, 1975))
        if rng.random() < 0.6:
            g.last = r.last
        if g.last == r.last:
            g.last_kana = r.last_kana
        r.g = g
        g.rel = rng.choice(RELS)
        h.residents.append(r)
    for r in h.residents:
        user, dot = h.faker.user_name()[:6], rng.choice([".", "_", ""])
        r.g.email = f"{user}{dot}{rng.randint(1, 99)}@{rng.choice(MAIL_DOMAINS)}"
    for i in range(12):
        o = h.person(f"O{i + 1:03d}", (1920, 1940))
        o.reason = "死亡" if i < 8 else rng.choice(["他施設へ転居", "自宅へ退居", "病院へ長期入院"])
        o.dead = o.reason == "死亡"
        if o.dead:
            h.dead.add(o.id)
        o.hihoken = "13" + digits(rng, 8)
        o.kaigo = rng.choice(KAIGO)
        o.dx = rng.sample(DISEASES, 2)
        o.out = h.day(2022, 2023)
        o.g = h.family(f"OG{i + 1:03d}", (1945, 1970))
        h.former.append(o)
    for i in range(18):
        s = h.person(f"S{i + 1:03d}", (1965, 2001), local=True)
        s.my_number = check_number(rng, zero_lead="3")
        s.pension = f"{rng.randint(1000, 9999):04d}{rng.randint(0, 999999):06d}"
        s.qual = rng.choice(QUALS)
        s.qual_no = f"{rng.randint(0, 999999):06d}"
        s.bank, s.branch = rng.choice(BANKS), rng.choice(BRANCHES)
        s.account = f"{rng.randint(1000000, 9999999):07d}"
        s.work_mail = f"staff{i + 1:02d}@sakura-care.co.jp"
        s.role = rng.choice(ROLES)
        h.staff.append(s)
    for i, role in ((0, "施設長"), (1, "生活相談員"), (2, "看護職"), (16, "送迎ドライバー"),
                    (17, "送迎ドライバー")):
        h.staff[i].role = role
    for i in range(18):
        u = h.person(f"U{i + 1:03d}", (1928, 1950), local=True)
        u.kaigo = rng.choice(KAIGO[:4])
        u.hihoken = "13" + digits(rng, 8)
        u.days = "".join(rng.sample("月火水木金土", 2))
        u.g = h.family(f"K{i + 1:03d}", (1950, 1980))
        u.dx = rng.sample(DISEASES, 1)
        h.day_users.append(u)
    return h
