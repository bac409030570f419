"""Who the hair salon chain's share is about: 100 customers, five minors with a guardian each
(the guardian given the minor's surname), ten staff (My Numbers, licences, salary accounts), 12
customers of the closed third shop and a dealer's rep, then the staff's emergency contacts as
the roster draws them; drawn from one random stream and one Faker in gen.py's order, so the
same seed names the same people.

The truth keeps gen.py's values (names and addresses without spaces, a birth date's ISO form, a
card expiry as written), one record a (path, category, value, person) whichever its neutral
flag, in the order written, the people count (those some file really exposes) after them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any

from .identifiers import corporate_check, my_number
from .japanese import FULL_WIDTH, HYPHENS, fphone_numbered, wareki, wareki_short
from .share import Population, Resident, Share, Street, mail_bytes
from .truth import Truth

STAMP = datetime(2024, 11, 1, 9, 0, 0)  # gen.py's FIXED_DT: every container's members
TODAY = date(2024, 11, 1)
TEL_FORMS = ("hy", "hy", "hy", "none", "zen", "", "paren")  # gen.py's fmt_phone styles
TEL_STYLE = {"-": 0, "none": 3, "fw": 4, "hy": 5, "paren": 6}
PLACES = [("東京都", "世田谷区", ["三軒茶屋", "太子堂", "下馬", "若林", "代沢", "池尻"], "154"),
          ("東京都", "目黒区", ["中目黒", "上目黒", "祐天寺", "五本木"], "153"),
          ("東京都", "渋谷区", ["恵比寿", "代官山町", "笹塚"], "150"),
          ("神奈川県", "川崎市中原区", ["新丸子町", "小杉町", "今井南町"], "211"),
          ("東京都", "大田区", ["田園調布", "雪谷大塚町", "北千束"], "145")]
BLD = ["メゾン", "コーポ", "ハイツ", "パークハウス", "グランドール", "レジデンス"]
DOMAINS = ["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp", "icloud.com",
           "softbank.ne.jp"]
BANKS = [("三菱UFJ銀行", "0005"), ("みずほ銀行", "0001"), ("三井住友銀行", "0009"),
         ("城南信用金庫", "1344")]
STORES = ["三軒茶屋店", "中目黒店"]
SALON_PHONE, SALON2_PHONE = "0354321180", "0363032271"
SALON_MAIL = "info@hair-lumiere.jp"


def work_mail(s: Resident) -> str:
    """A staff member's work mail: her romanized surname at the salon's domain."""
    return f"{s.last_roman.lower()}@hair-lumiere.jp"


DOCTOR = "榊原"  # the dermatologist, known by surname alone
SENS = ["アトピー性皮膚炎", "金属アレルギー", "ジアミンアレルギー", "妊娠中", "円形脱毛症",
        "脂漏性皮膚炎", "抗がん剤治療中", "乾癬", "てんかん", "うつ病で服薬中", "喘息", "糖尿病",
        "ケロイド体質"]


@dataclass(eq=False)
class Addr(Street):
    """gen.py's make_addr(): a street, a building (or none) and 〒 (154-0123)."""

    bld: str = ""
    zip: str = ""

    def text(self, pref: bool = True, style: str = "kanji") -> str:
        """gen.py's addr_str(): kanji (1丁目2番3号, the building joined), dash or fw (1-2-3 in
        full width, the building after a space)."""
        if style == "kanji":
            s = f"{self.city}{self.town}{self.c}丁目{self.b}番{self.g}号"
        elif style == "dash":
            s = self.dashed()
        else:
            s = self.dashed(hyphen="－").translate(FULL_WIDTH)
        if self.bld:
            s += self.bld if style == "kanji" else " " + self.bld
        return (self.pref + s) if pref else s


@dataclass(eq=False)
class Person(Resident):
    """Anyone in the share (mobile: the phone's digits); a customer's stylist, shop, visits
    and number, a staff member's My Number, licence and bank, a sensitive note once written."""

    sty: Any = None
    store: str = ""
    visits: int = 0
    no: str = ""
    sens: str = ""
    mynum: str = ""
    lic: str = ""
    bank: tuple = ()

    @property
    def full(self) -> str:
        return self.name("")


@dataclass(eq=False)
class Salon(Population):
    """The seed's people, and what several files share."""

    cust: list[Person] = field(default_factory=list)
    minors: list[Person] = field(default_factory=list)
    guard: list[Person] = field(default_factory=list)
    staff: list[Person] = field(default_factory=list)
    old: list[Person] = field(default_factory=list)
    vendor: Person = field(init=False)
    corp: str = ""

    # ---- draws as gen.py made them
    def address(self) -> Addr:
        rng = self.rng
        pref, city, towns, zp = rng.choice(PLACES)
        town = rng.choice(towns)
        c, b, g = rng.randint(1, 5), rng.randint(1, 30), rng.randint(1, 20)
        bld = (f"{rng.choice(BLD)}{self.faker.last_name()}{rng.randint(1, 5)}0{rng.randint(1, 9)}"
               if rng.random() < 0.4 else "")
        return Addr(pref, city, town, c, b, g, bld,
                    f"{zp}-{rng.randint(0, 99):02d}{rng.randint(0, 99):02d}")

    def person(self, pid: str, sex: str = "", age: tuple[int, int] = (18, 75),
               addr: Addr | None = None) -> Person:
        """gen.py's new_person(): a mobile always, a mail at one of six providers."""
        rng, fk = self.rng, self.faker
        sex = sex or rng.choice(["F", "F", "F", "M"])
        ln, lk, lr = fk.last_name_pair()
        fn, fkana, fr = fk.first_name_female_pair() if sex == "F" else fk.first_name_male_pair()
        born = TODAY - timedelta(days=rng.randint(age[0] * 365 + 10, age[1] * 365))
        mobile = (rng.choice(["090", "080", "070"]) + f"{rng.randint(1000, 9999)}"
                  + f"{rng.randint(0, 9999):04d}")
        dom = rng.choice(DOMAINS)
        if rng.random() < 0.7:
            email = f"{fr.lower()}.{lr.lower()}{rng.randint(1, 999)}@{dom}"
        else:
            email = f"{lr.lower()}{fr[0].lower()}_{born.year % 100:02d}@{dom}"
        return Person(pid, "", sex, ln, fn, lk, fkana, lr, fr, born, addr or self.address(),
                      mobile, email)

    def name(self, p: Any, sep: str | None = None) -> str:
        """gen.py's name(): no space, a space or an ideographic space (drawn where None)."""
        return p.name(self.rng.choice(["", " ", "\u3000"]) if sep is None else sep)

    def kana(self, p: Person, sep: str | None = None) -> str:
        return p.kana(self.rng.choice(["", " ", "\u3000"]) if sep is None else sep)

    def tel(self, number: str, style: str | None = None) -> str:
        """gen.py's fmt_phone(): -, none, fw (full width), hy (a look-alike drawn) or paren
        (090(1234)5678), three in seven hyphens where drawn."""
        return fphone_numbered(self.rng, number, None if style is None else TEL_STYLE[style],
                               TEL_FORMS, HYPHENS)

    def era(self, day: date, style: str = "") -> str:
        """gen.py's wareki(): kanji (令和元年), abbr (R6.11.1) or slash (R6/11/1), drawn where
        not given."""
        style = style or self.rng.choice(["kanji", "abbr", "slash"])
        if style == "kanji":
            return wareki(day)
        short = wareki_short(day, padded=False)
        return short if style == "abbr" else short.replace(".", "/")

    def date_any(self, day: date) -> str:
        """gen.py's date_any(): ISO, 1990/01/02, 1990年1月2日 or 和暦, drawn."""
        style = self.rng.choice(["iso", "slash", "jp", "wareki"])
        if style == "iso":
            return day.isoformat()
        if style == "slash":
            return f"{day.year}/{day.month:02d}/{day.day:02d}"
        if style == "jp":
            return f"{day.year}年{day.month}月{day.day}日"
        return self.era(day)

    # ---- truth
    def rec(self, path: str, category: str, value: str, pid: str | None,
            neutral: bool = False) -> None:
        """gen.py's T(): a card expiry kept as written."""
        normal = value if category == "card_expiry" else None
        self.truth.add(path, category, value, pid, neutral, normal=normal)

    def facts(self, path: str, p: Person, cats: str) -> None:
        """gen.py's T_person(): name, kana (neutral), phone, email, dob and zip in `cats`'s
        order (space-separated)."""
        for c in cats.split():
            if c == "name":
                self.rec(path, "person_name", p.full, p.id)
            elif c == "kana":
                self.rec(path, "person_name", p.kana(""), p.id, True)
            elif c == "phone":
                self.rec(path, "phone_number", p.mobile, p.id)
            elif c == "email":
                self.rec(path, "email_address", p.email, p.id)
            elif c == "dob":
                self.rec(path, "date_of_birth", p.born.isoformat(), p.id)
            elif c == "zip":
                self.rec(path, "postal_code", p.addr.zip, p.id)

    def write_truth(self, outdir: Path) -> None:
        self.truth.write(outdir, len(self.truth.people()), meta_last=True)

    # ---- files
    def mail(self, rel: str, frm: str, to: str, subject: str, body: str, when: datetime,
             attach: tuple[str, bytes, str, str] | None = None) -> None:
        """gen.py's eml(): under policy.SMTP, a Message-ID drawn, then a multipart's boundary."""
        rng = self.rng
        mid = f"<{rng.randint(10**9, 10**10)}.{rng.randint(1000, 9999)}@mail.example.net>"
        boundary = f"=_lumiere_{rng.randint(10**9, 10**10)}" if attach else ""
        self.share.write(rel, mail_bytes(frm, to, subject, format_datetime(when), body,
                                         [attach] if attach else [], mid, boundary=boundary,
                                         linesep="\r\n", smtp=True))


def populate(seed: int, share: Share) -> Salon:
    """The customers (stylist, shop, visits, number), the minors and their guardians, the
    staff (My Numbers, licences, banks), the closed shop's customers, the dealer's rep and the
    company's 法人番号."""
    share.keep_modes = False
    h = Salon.seeded(seed, share, Truth(form="full", by_neutral=False), seed, seed)
    rng = h.rng
    h.cust = [h.person(f"C{i:03d}") for i in range(1, 101)]
    h.minors = [h.person(f"M{i:02d}", "F", (15, 17)) for i in range(1, 6)]
    for i, m in enumerate(h.minors):
        g = h.person(f"G{i + 1:02d}", age=(40, 52), addr=m.addr)
        g.last, g.last_kana, g.last_roman = m.last, m.last_kana, m.last_roman
        h.guard.append(g)
    h.staff = [h.person(f"S{i:02d}", age=(21, 48)) for i in range(1, 11)]
    h.old = [h.person(f"O{i:02d}") for i in range(1, 13)]
    h.vendor = h.person("V01", "M", (30, 55))
    for s in h.staff:
        s.mynum = my_number(rng)
        s.lic = f"{rng.randint(300000, 520000)}"
        s.bank = (rng.choice(BANKS), f"{rng.randint(100, 899):03d}",
                  f"{rng.randint(1000000, 9999999)}")
    sty = h.staff[:7]
    for c in h.cust + h.minors:
        c.sty, c.store, c.visits = rng.choice(sty), rng.choice(STORES), rng.randint(1, 60)
        c.no = f"{rng.randint(10, 99)}{rng.randint(0, 99999):05d}"
    base = "011001" + f"{rng.randint(100000, 999999)}"
    h.corp = corporate_check(base) + base
    return h
