"""Who the 保健センター's share is about: forty families (a mother, her baby, in two of three a
father, in three of ten an older child), twelve H30 mothers, six 保健師, four doctors and the
児童相談所's 児童福祉司; drawn from one random stream and one Faker in gen.py's order, so the same
seed names the same people.

The truth keeps gen.py's values (a birth date's ISO form, names and addresses without spaces,
a condition as written), one record a (path, category, value, person) whoever first wrote it,
and after the records the people count: anyone any record names, neutral or not.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path
from typing import Any

from .identifiers import my_number
from .japanese import HYPHENS, fphone_numbered, wareki, wareki_short
from .share import Named, Population, Share, lines_pdf, mail_bytes, sign
from .truth import Truth

STAMP = datetime(2024, 11, 20, 9, 0, 0)  # every office container member's and core date
JST = timezone(timedelta(hours=9))
PREF, CITY = "埼玉県", "所沢市"
C_NAME = "所沢市保健センター 母子保健係"
C_TEL, C_ADDR, C_ZIP = "0429911111", "埼玉県所沢市上安松1224番地1", "3590025"
C_MAIL = "boshi@city.tokorozawa.example.lg.jp"
C_TEL_TEXT = "04-2991-1111"
DASHES = ("-", *HYPHENS)  # gen.py's HY
PHONE_FORMS = ["hy", "none", "zen", "", "bracket", " "]  # gen.py's fmt_phone styles 0 to 5
KIOU = ["妊娠糖尿病", "甲状腺機能低下症", "気管支喘息", "うつ病（通院中）", "子宮筋腫",
        "妊娠高血圧症候群（前回妊娠）", "B型肝炎キャリア", "統合失調症（服薬中）", "てんかん", ""]
MAIL_HOSTS = ["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "icloud.com"]
HOSP = [("所沢中央産婦人科クリニック", "0429225555"), ("埼玉西部医療センター", "0429996600"),
        ("こばと小児科医院", "0429481234")]
DOC_HOSTS = ["chuo-sanfujinka", "seibu-mc", "kobato-ped", "chuo-sanfujinka"]
TEXT_CATEGORIES = {"sensitive", "ip_address"}  # gen.py kept these values as written


@dataclass(eq=False)
class Home:
    """gen.py's addr(): a 町 with 丁目, 番 and 号, a room (" ハイツ所沢301") or "", and 〒."""

    zip: str
    town: str
    c: int
    b: int
    g: int
    room: str


@dataclass(eq=False)
class Person(Named):
    """Anyone in the share, with what gen.py drew for their kind (role)."""

    last_roman: str = ""
    first_roman: str = ""
    born: date = date(1900, 1, 1)
    tel: str | None = None
    home: Home | None = None
    mn: str = ""
    mail: str | None = None
    kiou: str = ""
    week: int = 0
    todoke: date = date(1900, 1, 1)
    edd: date = date(1900, 1, 1)
    handbook: str = ""
    atena: str = ""
    epds: int | None = None
    s4: tuple[str, str] | None = None
    s18: tuple[str, str] | None = None
    ext: str = ""
    hosp: str = ""
    htel: str = ""

    def nm(self, sp: bool | int = True) -> str:
        """gen.py's nm(): a space between (2: a 全角 one), or none."""
        return self.name("\u3000" if sp == 2 else " " if sp else "")

    def kn(self, sp: bool = True) -> str:
        return self.kana(" " if sp else "")


@dataclass(eq=False)
class Family:
    mom: Person
    baby: Person
    dad: Person | None = None
    sibs: list[Person] = field(default_factory=list)
    issue: str = ""


@dataclass(eq=False)
class Center(Population):
    """The seed's people, the draws files share (visits, cases, web bookings) and a pid count."""

    families: list[Family] = field(default_factory=list)
    old: list[Person] = field(default_factory=list)
    staff: list[Person] = field(default_factory=list)
    docs: list[Person] = field(default_factory=list)
    jiso: Any = None
    visit: list[Family] = field(default_factory=list)
    risk: list[Family] = field(default_factory=list)
    web: list[Family] = field(default_factory=list)
    used: set[str] = field(default_factory=set)
    count: int = 0

    @property
    def moms(self) -> list[Person]:
        return [f.mom for f in self.families]

    def pid(self) -> str:
        self.count += 1
        return f"P{self.count:03d}"

    def mk_name(self, sex: str, last: tuple | None = None) -> tuple[tuple, tuple]:
        """gen.py's mk_name(): a (kanji, kana, roman) surname and given name not yet used."""
        while True:
            ln = last or self.faker.last_name_pair()
            fn = (self.faker.first_name_female_pair() if sex == "F"
                  else self.faker.first_name_male_pair())
            if ln[0] + fn[0] not in self.used:
                self.used.add(ln[0] + fn[0])
                return ln, fn

    def person(self, ln: tuple, fn: tuple, **fields: Any) -> Person:
        role, sex = fields.pop("role", ""), fields.pop("sex", "")
        return Person(self.pid(), role, sex, ln[0], fn[0], ln[1], fn[1], ln[2], fn[2], **fields)

    def mobile(self) -> str:
        return self.rng.choice(["090", "080", "070"]) + f"{self.rng.randint(0, 99999999):08d}"

    def addr(self) -> Home:
        rng = self.rng
        town = self.faker.town()
        c, b, g = rng.randint(1, 6), rng.randint(1, 30), rng.randint(1, 25)
        room = ""
        if rng.random() < 0.3:
            room = (f" {self.faker.building_name()}{rng.choice(['所沢', '', 'ハイツ'])}"
                    f"{rng.randint(1, 5)}0{rng.randint(1, 9)}")
        return Home(f"359{rng.randint(0, 9)}{rng.randint(0, 999):03d}", town, c, b, g, room)

    def addr_str(self, p: Person, pref: bool = True, style: int = 0) -> str:
        """gen.py's addr_str(): 1 丁目 番 号 as 1-2-3, each hyphen drawn."""
        a = p.home
        head = (PREF if pref else "") + CITY + a.town
        if style == 1:
            h1, h2 = self.rng.choice(DASHES), self.rng.choice(DASHES)
            return f"{head}{a.c}{h1}{a.b}{h2}{a.g}{a.room}"
        return f"{head}{a.c}丁目{a.b}番{a.g}号{a.room}"

    def phone(self, digits: str, style: int | None = None) -> str:
        """gen.py's fmt_phone(): a style 0-5 drawn where not given (3: a dash drawn too)."""
        return fphone_numbered(self.rng, digits, style, PHONE_FORMS, DASHES, area=2)

    # ---- truth
    def t(self, path: str, category: str, value: str, who: Person | None = None,
          neutral: bool = False) -> None:
        normal = value if category in TEXT_CATEGORIES else None
        self.truth.add(path, category, value, who.id if who else None, neutral, normal=normal)

    def name(self, path: str, p: Person, kana: bool = False) -> None:
        """gen.py's Tname(): the name, and its kana reading where asked."""
        self.t(path, "person_name", p.nm(False), p)
        if kana:
            self.t(path, "person_name", p.kn(False), p)

    def bd(self, path: str, p: Person) -> None:
        self.t(path, "date_of_birth", p.born.isoformat(), p)

    def center(self, path: str, *, addr: bool = False) -> None:
        """The centre's phone (and address and 〒), neutral."""
        self.t(path, "phone_number", C_TEL, None, True)
        if addr:
            self.t(path, "address", C_ADDR, None, True)
            self.t(path, "postal_code", C_ZIP, None, True)

    def write_truth(self, outdir: Path) -> None:
        """truth.jsonl, gen.py's people count (anyone named, neutral too) after the records."""
        people = {r["person"] for r in self.truth.records if r["person"]}
        self.truth.write(outdir, len(people), meta_last=True)

    # ---- files
    def save(self, rel: str, document: Any) -> None:
        """gen.py's save_wb and save_doc: by 所沢市 (a document by 母子保健係, revision 1, last
        printed then), dated STAMP, every member re-zipped deflated without a mode."""
        sign(document, "母子保健係", "所沢市", STAMP)
        if hasattr(document, "core_properties"):
            document.core_properties.last_printed = STAMP
            document.core_properties.revision = 1
        self.share.save(rel, document)

    def pdf(self, rel: str, lines: list[str]) -> None:
        """gen.py's pdf(): 10-point lines at x 40 from y 800 down by 16."""
        self.share.write(rel, lines_pdf(lines, 10, 40, 16))

    def mail(self, rel: str, sender: str, to: str, subject: str, body: str, when: datetime,
             atts: list[tuple[str, bytes]] = (), cc: str = "") -> None:
        """gen.py's mail() (policy.SMTP): Message-ID and boundary from the path's length and the
        date; attachments text/csv."""
        mid = f"<{len(rel)}.{when.strftime('%Y%m%d%H%M')}@city.tokorozawa.example.lg.jp>"
        self.share.write(rel, mail_bytes(
            sender, to, subject, format_datetime(when), body,
            [(fn, data, "text", "csv") for fn, data in atts], mid, cc,
            boundary=f"==b{len(rel)}_{when.strftime('%H%M%S')}==", linesep="\r\n", smtp=True))


def era(day: date, style: int = 0) -> str:
    """gen.py's wareki(): 0 令和6年4月1日 (元年), 1 R6.4.1, 2 R6/04/01."""
    return wareki(day) if style == 0 else wareki_short(day, padded=False, slashed=style == 2)


def sig(p: Person) -> str:
    """A 保健師's mail signature."""
    return f"\n--\n{C_NAME}\n保健師 {p.nm()}\nTEL {C_TEL_TEXT}（内線{p.ext}）\n{p.mail}\n"


def family(c: Center) -> Family:
    rng = c.rng
    ml, mf = c.mk_name("F")
    mom = c.person(ml, mf, born=c.between(date(1984, 1, 1), date(2003, 12, 31)), tel=c.mobile(),
                   home=c.addr(), mn=my_number(rng))
    if rng.random() < 0.6:
        mom.mail = (f"{mf[2].lower()}.{ml[2].lower()}{rng.randint(1, 99)}@"
                    + rng.choice(MAIL_HOSTS))
    mom.kiou = rng.choice(KIOU) if rng.random() < 0.45 else ""
    mom.week = rng.randint(7, 16)
    mom.todoke = c.between(date(2023, 10, 1), date(2024, 3, 31))
    mom.edd = mom.todoke + timedelta(days=(40 - mom.week) * 7 + rng.randint(-3, 3))
    sex = rng.choice("MF")
    _, bf = c.mk_name(sex, ml)
    baby = c.person(ml, bf, sex="男" if sex == "M" else "女",
                    born=mom.edd + timedelta(days=rng.randint(-20, 10)))
    f = Family(mom, baby)
    if rng.random() < 0.65:
        _, df = c.mk_name("M", ml)
        f.dad = c.person(ml, df)
        f.dad.tel = c.mobile() if rng.random() < 0.6 else None
        f.dad.born = c.between(date(1980, 1, 1), date(2001, 1, 1))
    if rng.random() < 0.3:
        s = rng.choice("MF")
        _, sf = c.mk_name(s, ml)
        f.sibs.append(c.person(ml, sf, born=c.between(date(2018, 1, 1), date(2022, 6, 1)),
                               sex="男" if s == "M" else "女"))
    mom.handbook = f"{rng.randint(100000000000, 999999999999)}"
    return f


def populate(seed: int, share: Share) -> Center:
    """The families, the H30 mothers, the 保健師, the doctors and the 児童福祉司."""
    share.keep_modes = False
    c = Center.seeded(seed, share, Truth(form="full"), seed, seed)
    rng = c.rng
    c.families = [family(c) for _ in range(40)]
    for _ in range(12):
        ln, fn = c.mk_name("F")
        c.old.append(c.person(ln, fn, born=c.between(date(1980, 1, 1), date(1998, 1, 1)),
                              tel=c.mobile(), home=c.addr()))
    for _ in range(6):
        ln, fn = c.mk_name("F")
        c.staff.append(c.person(ln, fn, mail=f"{ln[2].lower()}-{fn[2][0].lower()}"
                                "@city.tokorozawa.example.lg.jp", ext=f"{rng.randint(200, 299)}"))
    for i in range(4):
        ln, fn = c.mk_name(rng.choice("MF"))
        hosp, htel = HOSP[i % 3]
        c.docs.append(c.person(ln, fn, hosp=hosp, htel=htel,
                               mail=f"{ln[2].lower()}@{DOC_HOSTS[i]}.example.jp"))
    ln, fn = c.mk_name("M")
    c.jiso = c.person(ln, fn, role="埼玉県所沢児童相談所", tel="0429924152",
                      mail=f"{ln[2].lower()}.{fn[2].lower()}@pref.saitama.example.lg.jp")
    return c

