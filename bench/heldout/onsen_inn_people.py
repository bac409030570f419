"""Who the onsen inn's share is about: 85 Japanese and 18 foreign guests, ten staff and two
特定技能 staff, six emergency contacts and three dependants, three vendors' contacts and a
doctor; drawn from one random stream and one seeded Faker in gen.py's order, so the same seed
names the same people.

The truth keeps gen.py's normal forms (a card expiry as written, 2027-05; a sensitive need as
its condition's words), one record a (path, category, value): the first, made expected if any
record of it is; the people count after the records.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from .identifiers import brand_card, corporate_number, digits, my_number
from .japanese import FULL_WIDTH, HYPHENS
from .share import Extras, Population, Share
from .truth import Truth, squeeze

STAMP = datetime(2024, 10, 31, 9, 0, 0)  # every office member's date and core date (FIXED)
INN = dict(name="湯元 川瀬旅館", corp="株式会社 川瀬観光", addr="静岡県伊東市湯川1丁目12-3",
           zip="414-0002", tel="0557-37-1126", fax="0557-37-1127", mail="info@yumoto-kawase.jp",
           hotel="ビジネスホテル カワセ伊東駅前", htel="0557-35-0808")
# the condition's own words for a need written with extra words (gen.py's truth fix after v1)
COND = {"糖尿病のため糖質制限": "糖尿病", "人工透析中": "人工透析",
        "車椅子・入浴介助希望": "車椅子", "車椅子使用": "車椅子"}
_DIGIT_CATEGORIES = frozenset({
    "phone_number", "postal_code", "my_number", "credit_card_number", "corporate_number",
    "drivers_license_number", "basic_pension_number", "bank_account", "card_security_code",
})
ALLERGY = ["えびアレルギー", "卵アレルギー", "そばアレルギー", "小麦アレルギー", "乳アレルギー",
           "かにアレルギー", "落花生アレルギー", "甲殻類アレルギー"]
HY = ["-", "-", "-", *HYPHENS]  # what gen.py joins a phone with: "-" or a look-alike
MAIL_DOMAINS = ["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp", "icloud.com",
                "outlook.jp", "softbank.ne.jp", "nifty.com"]
AREAS = ["03", "06", "045", "052", "011", "092", "0466", "0557", "0263", "048"]
BANKS = [("0005", "三菱UFJ銀行"), ("0009", "三井住友銀行"), ("0149", "静岡銀行"),
         ("9900", "ゆうちょ銀行"), ("0150", "スルガ銀行")]
VENDORS = [("有限会社 丸八酒店", "0557-81-2231", "maruhachi-saketen.co.jp"),
           ("株式会社 伊豆水産", "0557-82-5570", "izu-suisan.co.jp"),
           ("株式会社 ホテルシステムズ", "03-5812-4470", "hotelsystems.co.jp")]
RC_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"
COUNTRY_CODES = {"US": "1", "GB": "44", "AU": "61", "CN": "86", "KR": "82", "TW": "886",
                 "FR": "33", "DE": "49"}
# (code, country, its Japanese name, given names, surnames)
FOREIGN_POOL = [
    ("US", "United States", "アメリカ", ["James", "Emily", "Michael", "Sarah", "David"],
     ["Miller", "Johnson", "Brown", "Davis", "Wilson"]),
    ("GB", "United Kingdom", "イギリス", ["Oliver", "Charlotte", "Harry", "Amelia"],
     ["Taylor", "Evans", "Thomas", "Roberts"]),
    ("AU", "Australia", "オーストラリア", ["Jack", "Chloe", "Liam"], ["Walker", "White", "Harris"]),
    ("CN", "China", "中国", ["Wei", "Fang", "Min", "Jing"], ["Wang", "Li", "Zhang", "Liu"]),
    ("KR", "Korea", "韓国", ["Minjun", "Seoyeon", "Jiho"], ["Kim", "Park", "Lee"]),
    ("TW", "Taiwan", "台湾", ["Yu-Ting", "Chia-Hao", "Hsin-Yi"], ["Chen", "Lin", "Huang"]),
    ("FR", "France", "フランス", ["Camille", "Lucas", "Chloé"], ["Martin", "Bernard", "Dubois"]),
    ("DE", "Germany", "ドイツ", ["Lukas", "Anna", "Felix"], ["Müller", "Schmidt", "Weber"]),
]
FOREIGN_MAIL = ["gmail.com", "outlook.com", "yahoo.com", "qq.com", "naver.com", "hotmail.co.uk",
                "gmx.de"]


def zen(text: str) -> str:
    """Digits and hyphens full-width, as an old ledger or a typed notice has them."""
    return text.translate(FULL_WIDTH)


def normal(category: str, value: str) -> str:
    """gen.py's normal form: names and addresses squeezed, e-mail lower-case, its digit
    categories their digits (+81 as 0), a need as its condition, anything else as written."""
    if category in ("person_name", "address"):
        return squeeze(value)
    if category == "email_address":
        return value.lower()
    if category in _DIGIT_CATEGORIES:
        v = re.sub(r"\D", "", unicodedata.normalize("NFKC", value))
        return "0" + v[2:] if category == "phone_number" and v.startswith("81") else v
    return COND.get(value, value) if category == "sensitive" else value


@dataclass(eq=False)
class Person(Extras):
    """Anyone in the share, with what gen.py drew for their role (foreign guests' fields too)."""

    id: str
    role: str
    foreign: bool = False
    sei: str = ""
    mei: str = ""
    skana: str = ""
    mkana: str = ""
    srom: str = ""
    mrom: str = ""
    name: str = ""
    kana: str = ""
    rom: str = ""
    dob: date = date(1900, 1, 1)
    pref: str = ""
    city: str = ""
    town: str = ""
    street: str = ""
    bldg: str = ""
    zip: str = ""
    tel: str = ""
    home: str | None = None
    email: str = ""
    card: str = ""
    exp: tuple[int, int] = (0, 0)
    cvc: str = ""
    ip: str = ""
    res: str = ""
    cin: date = date(1900, 1, 1)
    nights: int = 0
    extra: dict[str, Any] = field(default_factory=dict)
    extras = "extra"  # a role's own fields (a foreign guest's passport, a staff bank)


@dataclass(eq=False)
class Inn(Population):
    """The inn's random streams, share, truth and people."""

    people: list[Person] = field(default_factory=list)
    used: set[str] = field(default_factory=set)
    guests: list[Person] = field(default_factory=list)
    foreign: list[Person] = field(default_factory=list)
    staff: list[Person] = field(default_factory=list)
    foreign_staff: list[Person] = field(default_factory=list)
    vendors: list[Person] = field(default_factory=list)
    doctor: Person | None = None
    corp: str = ""
    vendor_corp: str = ""
    needs: dict[str, str] = field(default_factory=dict)

    @property
    def all_staff(self) -> list[Person]:
        """The ten staff, then the two 特定技能 staff: gen.py's STAFF, in its draw order."""
        return self.staff + self.foreign_staff

    # ---- truth
    def t(self, path: str, category: str, value: str, who: Person | None = None,
          neutral: bool = False) -> None:
        """Record `value` in `path` in gen.py's normal form."""
        self.truth.add(path, category, value, who.id if who else None, neutral,
                       normal=normal(category, value))

    def tn(self, path: str, p: Person, name: str = "", kana: bool = False) -> None:
        """`p`'s name (or `name`) in `path`, its kana reading neutral where `kana`."""
        self.t(path, "person_name", name or p.name, p)
        if kana:
            self.t(path, "person_name", p.kana, p, True)

    def sur(self, path: str, p: Person) -> None:
        """`p`'s surname alone: neutral."""
        self.t(path, "person_name", p.sei, p, True)

    def t_inn(self, path: str, corp: bool = False) -> None:
        """The inn's own phone, FAX, mail, address and 〒 (and 法人番号): neutral."""
        for category, value in (("phone_number", INN["tel"]), ("phone_number", INN["fax"]),
                                ("email_address", INN["mail"]), ("address", INN["addr"]),
                                ("postal_code", INN["zip"])):
            self.t(path, category, value, None, True)
        if corp:
            self.t(path, "corporate_number", self.corp, None, True)

    def write_truth(self, outdir: Path) -> None:
        """truth.jsonl as gen.py kept it: merged a (path, category, value), the count last."""
        records = self.truth.merged("flag")
        self.truth.write(outdir, len(self.truth.people(records)), merge="flag", meta_last=True)

    # ---- draws
    def mobile(self) -> str:
        """A 090/080/070 mobile, hyphenated."""
        rng = self.rng
        head = rng.choice(["090", "080", "070"])
        return f"{head}-{rng.randint(1000, 9999):04d}-{rng.randint(0, 9999):04d}"

    def landline(self) -> str:
        """A home phone, its 市外局番 two to four digits long."""
        rng = self.rng
        a = rng.choice(AREAS)
        if len(a) == 2:
            return a + f"-{rng.randint(1000, 9999):04d}-{rng.randint(0, 9999):04d}"
        if len(a) == 3:
            return a + f"-{rng.randint(200, 999):03d}-{rng.randint(0, 9999):04d}"
        return a + f"-{rng.randint(20, 99):02d}-{rng.randint(0, 9999):04d}"

    def phone(self, p: str, style: int | None = None) -> str:
        """gen.py's ways of writing a phone: as is, bare, full-width, a look-alike hyphen,
        the middle part in brackets, spaced (drawn where style is not given)."""
        a, b, c = p.split("-")
        st = style if style is not None else self.rng.randint(0, 5)
        if st == 0:
            return p
        if st == 1:
            return a + b + c
        if st == 2:
            return zen(p)
        if st == 3:
            h = self.rng.choice(HY)
            return a + h + b + h + c
        if st == 4:
            return a + "(" + b + ")" + c
        return a + " " + b + " " + c

    def card(self) -> str:
        """A card number, JCB drawn twice as often as Visa, Mastercard or Amex."""
        return brand_card(self.rng, self.rng.choice(["visa", "master", "jcb", "jcb", "amex"]))

    def ip(self, firsts: list[int]) -> str:
        """An IPv4 address whose first octet is one of `firsts` (Japanese or foreign ISPs)."""
        rng = self.rng
        return ".".join(str(x) for x in (rng.choice(firsts), rng.randint(0, 255),
                                          rng.randint(0, 255), rng.randint(1, 254)))

    def licence(self) -> str:
        """運転免許証番号 as gen.py drew it: its check digit 0 where 11 - r is 10 or 11."""
        rng = self.rng
        code = rng.choice(["30", "45", "46", "49", "50", "62", "63", "10", "11"])
        d = code + f"{rng.randint(0, 99):02d}" + digits(rng, 6)
        r = sum(int(a) * b for a, b in zip(d, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2), strict=True)) % 11
        return d + str(0 if r <= 1 else 11 - r) + str(rng.randint(0, 2))

    def resv(self) -> str:
        """A 12-digit reservation number passing the My Number check (a hard negative)."""
        return my_number(self.rng, "24")

    def jp(self, role: str, age: tuple[int, int] = (20, 80)) -> Person:
        """A Japanese person of `role` with a fresh Faker name, home, phones, mail and card."""
        rng, fk = self.rng, self.faker
        p = Person(f"P{len(self.people) + 1:03d}", role)
        while True:
            sei, skana, srom = fk.last_name_pair()
            mei, mkana, mrom = fk.first_name_pair()
            if sei + mei not in self.used:
                self.used.add(sei + mei)
                break
        p.sei, p.mei, p.skana, p.mkana, p.srom, p.mrom = sei, mei, skana, mkana, srom, mrom
        p.name, p.kana, p.rom = sei + " " + mei, skana + " " + mkana, (mrom + " " + srom).upper()
        y = 2024 - rng.randint(*age)
        p.dob = date(y, rng.randint(1, 12), rng.randint(1, 28))
        p.pref, p.city, p.town = fk.prefecture(), fk.city(), fk.town()
        p.street = f"{rng.randint(1, 9)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}"
        p.bldg = fk.building_name() + str(rng.randint(101, 905)) if rng.random() < 0.3 else ""
        p.zip = fk.zipcode()
        p.tel = self.mobile()
        p.home = self.landline() if rng.random() < 0.35 else None
        m, s = mrom.lower(), srom.lower()
        u = rng.choice([m, s, m[0] + s, s + "." + m])
        p.email = u + str(rng.choice(["", "", rng.randint(1, 99), p.dob.year % 100])) + "@" + \
            rng.choice(MAIL_DOMAINS)
        p.card = self.card()
        p.exp = (rng.randint(1, 12), rng.randint(25, 30))
        p.cvc = (f"{rng.randint(0, 999):03d}" if p.card[0] != "3" or len(p.card) == 16
                 else f"{rng.randint(0, 9999):04d}")
        p.ip = self.ip([60, 106, 118, 126, 133, 153, 180, 219, 221])
        self.people.append(p)
        return p

    def passport(self, cc: str) -> str:
        """A passport number in the format of country `cc`."""
        rng = self.rng
        if cc == "US":
            return f"{rng.randint(500000000, 599999999):09d}"
        if cc == "GB":
            return f"{rng.randint(100000000, 599999999):09d}"
        if cc == "AU":
            return rng.choice("NPE") + rng.choice("ABCDE") + f"{rng.randint(0, 9999999):07d}"
        if cc == "FR":
            return f"{rng.randint(10, 99):02d}" + rng.choice(["AB", "CF", "DK"]) + \
                f"{rng.randint(0, 99999):05d}"
        if cc == "DE":
            return "C" + "".join(rng.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))
        return {"CN": "E", "KR": "M", "TW": "3"}[cc] + f"{rng.randint(0, 99999999):08d}"

    def visitor(self) -> Person:
        """A foreign guest: a name from its country's pool, passport, phone, card and home."""
        rng = self.rng
        p = Person(f"P{len(self.people) + 1:03d}", "foreign", foreign=True)
        cc, country, country_ja, firsts, lasts = rng.choice(FOREIGN_POOL)
        while True:
            first, last = rng.choice(firsts), rng.choice(lasts)
            p.name = first + " " + last
            if p.name not in self.used:
                self.used.add(p.name)
                break
        p.extra.update(cc=cc, country=country, country_ja=country_ja, first=first, last=last,
                       passport=self.passport(cc))
        p.dob = date(2024 - rng.randint(22, 70), rng.randint(1, 12), rng.randint(1, 28))
        p.email = (first.lower().replace("é", "e").replace("-", "") + "." +
                   last.lower().replace("ü", "u") + str(rng.randint(1, 99)) + "@" +
                   rng.choice(FOREIGN_MAIL))
        p.tel = (f"+{COUNTRY_CODES[cc]} {rng.randint(200, 999)} {rng.randint(100, 999):03d} "
                 f"{rng.randint(0, 9999):04d}")
        p.extra["telnorm"] = re.sub(r"\D", "", p.tel)
        p.card = self.card()
        p.exp = (rng.randint(1, 12), rng.randint(25, 30))
        p.cvc = f"{rng.randint(0, 999):03d}"
        p.ip = self.ip([24, 73, 81, 101, 175, 203, 211])
        homes = {"US": f"{rng.randint(10, 999)} Oak Street, Portland, OR 97205",
                 "GB": f"{rng.randint(1, 99)} Baker Road, Leeds LS6 2AB",
                 "AU": f"{rng.randint(1, 300)} George St, Sydney NSW 2000",
                 "CN": f"上海市浦东新区世纪大道{rng.randint(1, 300)}号",
                 "KR": f"서울특별시 강남구 테헤란로 {rng.randint(1, 500)}",
                 "TW": f"台北市信義區松仁路{rng.randint(1, 200)}號",
                 "FR": f"{rng.randint(1, 200)} rue de Rivoli, 75001 Paris",
                 "DE": f"Hauptstraße {rng.randint(1, 200)}, 10115 Berlin"}
        p.extra["homeaddr"] = homes[cc]  # (all eight drawn, as gen.py's dict did)
        self.people.append(p)
        return p

    def relative(self, s: Person, age: tuple[int, int]) -> Person:
        """A family member sharing `s`'s surname, the given name drawn again until fresh."""
        e = self.jp("family", age)
        while s.sei + e.mei in self.used:
            e.mei, e.mkana, _ = self.faker.first_name_pair()
        self.used.add(s.sei + e.mei)
        e.sei, e.name = s.sei, s.sei + " " + e.mei
        return e


def addr(p: Person, pref: bool = True, bldg: bool = True) -> str:
    """`p`'s address as gen.py wrote it: prefecture where pref, the building after a space."""
    return ((p.pref if pref else "") + p.city + p.town + p.street
            + (" " + p.bldg if bldg and p.bldg else ""))


def _staff(n: Inn) -> None:
    """The 特定技能 staff, everyone's pay and 個人番号 details, then the families."""
    rng = n.rng
    for nm, kana, nat in [("NGUYEN THI LAN", "グエン ティ ラン", "ベトナム"),
                          ("SANTOS MARIA CRISTINA", "サントス マリア クリスティーナ",
                           "フィリピン")]:
        p = n.jp("staff", (22, 35))
        p.name, p.kana = nm, kana
        rc = "".join(rng.choice(RC_LETTERS) for _ in range(2)) + f"{rng.randint(0, 99999999):08d}"
        p.extra.update(nat=nat, rc=rc + "".join(rng.choice(RC_LETTERS) for _ in range(2)))
        n.foreign_staff.append(p)
    for s in n.all_staff:
        s.extra["mn"] = my_number(rng)
        s.extra["pension"] = f"{rng.randint(1000, 9999):04d}{rng.randint(0, 999999):06d}"
        s.extra.update(bank=rng.choice(BANKS), branch=f"{rng.randint(100, 899):03d}")
        s.extra.update(acct=f"{rng.randint(0, 9999999):07d}", hi=str(rng.randint(10, 99999)))
    for s in n.staff[:6]:
        e = n.relative(s, (40, 85))
        e.kana = s.skana + " " + e.mkana
        e.extra["rel"] = rng.choice(["父", "母", "妻", "夫", "兄", "姉"])
        e.pref, e.city, e.town, e.street = s.pref, s.city, s.town, s.street
        s.extra["emg"] = e
    for s in n.staff[:3]:
        d = n.relative(s, (3, 17))
        d.extra["mn"] = my_number(rng)
        s.extra["dep"] = d


def populate(seed: int, share: Share) -> Inn:
    """The guests, staff and their families, vendors and doctor, the 法人番号, the guests'
    needs and reservations, as gen.py drew them."""
    share.keep_modes = False
    n = Inn.seeded(seed, share, Truth(form="full"), seed, seed)
    rng = n.rng
    n.guests = [n.jp("guest") for _ in range(85)]
    n.foreign = [n.visitor() for _ in range(18)]
    n.staff = [n.jp("staff", (19, 68)) for _ in range(10)]
    _staff(n)
    n.vendors = [n.jp("vendor", (30, 60)) for _ in VENDORS]
    for v, (co, cotel, domain) in zip(n.vendors, VENDORS, strict=True):
        v.extra.update(co=co, cotel=cotel, mtel=n.mobile(), wmail=f"{v.srom.lower()}@{domain}")
    n.doctor = n.jp("doctor", (45, 70))
    n.corp, n.vendor_corp = corporate_number(rng), corporate_number(rng)
    choices = ALLERGY + ALLERGY + ["車椅子使用", "糖尿病のため糖質制限", "人工透析中",
                                   "車椅子・入浴介助希望"]
    for p in n.guests[5:28]:
        n.needs[p.id] = rng.choice(choices)
    for p in n.guests + n.foreign:
        p.res = n.resv()
        p.cin = date(2024, 10, rng.randint(1, 30))
        p.nights = rng.choice([1, 1, 1, 2, 3])
    return n
