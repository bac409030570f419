"""Who the town's ふるさと納税 desk's share is about: 80 donors (a third with a landline), six
spouses sharing a donor's home and line, 14 gift recipients (a donor's parent, in-law or
teacher), five elderly donors and the child acting for each, three town hall and three
contractor staff, four companies' contacts; drawn from one random stream and one Faker in
gen.py's order, so the same seed names the same people.

The truth keeps gen.py's values (names and addresses without spaces, a birth date's ISO form, a
card expiry as written), one record a (path, category, value) whatever its person or neutral
flag, in the order written; a counted name in a file that also shows its kana gets the kana as
a neutral record, then the people count (those some file really exposes) after them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import docx

from .identifiers import corporate_number, digits, license_check, luhn_number, my_number
from .japanese import FULL_WIDTH, HYPHENS, fphone_numbered, wareki, wareki_short
from .share import Population, Resident, Share, Street, mail_bytes
from .truth import Truth, squeeze

STAMP = datetime(2024, 12, 20, 9, 0, 0)  # gen.py's FIXED: every container's members
TOWN_NAME = "北山町"
TOWN_ADDR = "岐阜県加茂郡北山町大字中野1234番地1"
TOWN_ZIP, TOWN_TEL, TOWN_FAX = "5093399", "0574821111", "0574821120"
TOWN_DEPT = "企画課 ふるさと納税係"
TOWN_MAIL = "furusato@town.kitayama.example.lg.jp"
VENDOR_NAME = "株式会社ミナモ地域商社"
VENDOR_ADDR = "岐阜県美濃加茂市太田町2890番地5 ミナモビル3F"
VENDOR_TEL = "0574258800"
VENDOR_BANK, VENDOR_ACCOUNT = "十六銀行 美濃加茂支店 普通 1234567", "1234567"
VENDOR_DOMAIN = "minamo-trade.co.jp"
DOMAINS = ["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp", "icloud.com",
           "outlook.jp", "nifty.com", "softbank.ne.jp"]
LIC_PREF = ["10", "20", "30", "40", "45", "46", "50", "55", "60", "62", "70", "80", "85", "90",
            "97"]
ROM = ["tanaka", "mori", "ishii", "ueda", "sakai", "hara"]
COMPANIES = ["株式会社東海精工", "中部ロジテック株式会社", "有限会社やまびこ建設",
             "株式会社ヒノデ食品"]
GIFTS = ["飛騨牛すき焼き用 500g", "清流鮎の甘露煮セット", "東白川茶 詰合せ", "天然ひのき まな板",
         "北山米コシヒカリ 10kg", "栗きんとん 12個入", "地酒 飲み比べ3本"]
TEL_FORMS = ("hy", "none", "", "zen", "paren", "intl")  # gen.py's fmt_phone styles 0-5
SEPS = ("", " ", "\u3000")  # gen.py's nm() styles 0-2
# files whose counted names stand next to their kana (and every 変更届出書)
KANA_FILES = ("01_ポータル/寄附者エクスポート_R6上期.csv",
              "01_ポータル/寄附者エクスポート_R6下期.csv", "01_ポータル/orders_api_20241201.json",
              "02_ワンストップ/申請書入力_R6.tsv",
              "03_台帳/受付台帳_R6.xlsx", "06_メール/2024-12-03_返礼品が届きません.eml",
              "09_旧システム/furusato_old_20230331.sql",
              "09_旧システム/R5_寄附データ.zip!R5/寄附者一覧_R5.csv",
              "09_旧システム/R5_寄附データ.zip!R5/返金処理メモ.txt")
LEDGER = "03_台帳/受付台帳_R6.xlsx"


@dataclass(eq=False)
class Addr(Street):
    """gen.py's addr_new(): a street, a building and room (or none) and 〒's digits."""

    bld: str = ""
    zip: str = ""

    @property
    def zip_dashed(self) -> str:
        return f"{self.zip[:3]}-{self.zip[3:]}"

    def text(self, style: int = 0, pref: bool = True, hyphen: str = "-") -> str:
        """gen.py's addr_str(): 0 dashed, 1 丁目番号, 2 full-width dashed, 3 dashed with
        `hyphen` (a look-alike); the building after a space."""
        if style == 1:
            s = self.banchi() if pref else self.banchi()[len(self.pref):]
        else:
            s = self.dashed(pref, hyphen)
            if style == 2:
                s = s.translate(FULL_WIDTH)
        return s + (" " + self.bld if self.bld else "")


@dataclass(eq=False)
class Person(Resident):
    """Anyone in the share (mobile and land: a phone's digits); a recipient's or an agent's
    donor (`of`) and relation, staff's and contacts' work mail, a company's details, the
    moved donor's new address."""

    land: str = ""
    my: str = ""
    lic: str = ""
    of: Any = None
    rel: str = ""
    work: str = ""
    corp: dict = field(default_factory=dict)
    new: Addr | None = None

    @property
    def full(self) -> str:
        return self.name("")

    @property
    def tel(self) -> str:
        """The number a file gives: the landline where there is one."""
        return self.land or self.mobile


@dataclass(eq=False)
class Furusato(Population):
    """The seed's people (all of them in `people`, as drawn), and what several files share;
    names: each counted name record's (file, name), for the kana written next to it."""

    people: list[Person] = field(default_factory=list)
    donors: list[Person] = field(default_factory=list)
    spouses: list[Person] = field(default_factory=list)
    recipients: list[Person] = field(default_factory=list)
    elders: list[Person] = field(default_factory=list)
    agents: list[Person] = field(default_factory=list)
    town_staff: list[Person] = field(default_factory=list)
    vendor_staff: list[Person] = field(default_factory=list)
    contacts: list[Person] = field(default_factory=list)
    gcode: dict[str, str] = field(default_factory=dict)
    town_corp: str = ""
    vendor_corp: str = ""
    names: list[tuple[str, str]] = field(default_factory=list)

    # ---- draws as gen.py made them
    def address(self) -> Addr:
        rng, fk = self.rng, self.faker
        pref, city, town = fk.prefecture(), fk.city(), fk.town()
        c, b, g = rng.randint(1, 5), rng.randint(1, 30), rng.randint(1, 25)
        bld = fk.building_name() + str(rng.randint(101, 905)) if rng.random() < 0.3 else ""
        return Addr(pref, city, town, c, b, g, bld, fk.zipcode().replace("-", ""))

    def landline(self) -> str:
        """A 10-digit fixed line: 0, an area (never 050/070/080/090) and the subscriber."""
        return "0" + str(self.rng.randint(3, 9)) + str(self.rng.randint(1, 9)) + digits(
            self.rng, 7)

    def person(self, role: str, sex: str = "", last: Person | None = None,
               addr: Addr | None = None, age: tuple[int, int] = (25, 80),
               land: str = "") -> Person:
        """gen.py's person(): `last`'s surname where given, a mobile, a mail, a My Number and
        (seven in ten) a driving licence."""
        rng, fk = self.rng, self.faker
        sex = sex or rng.choice("MF")
        ln, lk, lr = (last.last, last.last_kana, "x") if last else fk.last_name_pair()
        fn, fkana, fr = fk.first_name_male_pair() if sex == "M" else fk.first_name_female_pair()
        born = date(2024, 4, 1) - timedelta(days=rng.randint(age[0] * 365, age[1] * 365))
        mobile = rng.choice(["090", "080", "070"]) + digits(rng, 8)
        mail = (f"{fr.lower()}.{(lr if lr != 'x' else 'k').lower()}{rng.randint(1, 999)}"
                f"@{rng.choice(DOMAINS)}")
        p = Person(f"P{len(self.people) + 1:03d}", role, sex, ln, fn, lk, fkana, lr, fr, born,
                   addr or self.address(), mobile, mail, land, my_number(rng))
        if rng.random() < 0.7:
            p.lic = self.licence(born)
        self.people.append(p)
        return p

    def licence(self, born: date) -> str:
        """gen.py's license_no(): a prefecture's code, the year licensed, six digits, the
        check digit (0 for a remainder of 0 or 1) and a reissue count."""
        rng = self.rng
        body = (rng.choice(LIC_PREF) + f"{(born.year + 18 + rng.randint(0, 5)) % 100:02d}"
                + digits(rng, 6))
        return body + license_check(body, low_zero=True) + str(rng.choice([0, 0, 0, 1]))

    def name(self, p: Person, seps: tuple[str, ...] = SEPS) -> str:
        """gen.py's nm() in a style drawn from `seps`."""
        return p.name(self.rng.choice(seps))

    def phone(self, number: str, style: int) -> str:
        """gen.py's fmt_phone(): a 10-digit line as 0574-82-1111; style 2 a hyphen drawn."""
        return fphone_numbered(self.rng, number, style, TEL_FORMS, ("-", *HYPHENS), area=4)

    def addr(self, a: Addr, style: int = 0, pref: bool = True) -> str:
        """gen.py's addr_str(): style 3's look-alike hyphen drawn."""
        return a.text(style, pref, self.rng.choice(HYPHENS) if style == 3 else "-")

    def lookalike(self, prefix: str) -> str:
        """gen.py's mynum_like(): 12 digits after `prefix` passing the My Number check."""
        return my_number(self.rng, prefix)

    def donation_no(self) -> str:
        return self.lookalike("2024")

    def tracking_no(self) -> str:
        return self.lookalike(self.rng.choice(["3", "4", "5"]))

    def day(self, first: int = 4, last: int = 12) -> date:
        """gen.py's rdate(): a day of 2024 from month `first` to `last`, never past the 28th."""
        return date(2024, self.rng.randint(first, last), self.rng.randint(1, 28))

    def amount(self) -> int:
        return self.rng.choice([10000, 10000, 12000, 15000, 20000, 30000, 50000, 100000])

    # ---- truth
    def rec(self, path: str, category: str, value: str, p: Person | None = None,
            neutral: bool = False) -> None:
        """gen.py's T(): a card expiry kept as written; a counted name noted for the kana."""
        if category == "person_name" and not neutral:
            self.names.append((path, squeeze(value)))
        normal = value if category == "card_expiry" else None
        self.truth.add(path, category, value, p.id if p else None, neutral, normal=normal)

    def facts(self, path: str, pairs: list[tuple[str, str]], p: Person) -> None:
        """Several (category, value) records of `p` in `path`."""
        for category, value in pairs:
            self.rec(path, category, value, p)

    def staff(self, path: str, s: Person) -> None:
        """gen.py's T_staff(): a staff member's name and work mail, neutral."""
        self.rec(path, "person_name", s.full, None, True)
        self.rec(path, "email_address", s.work, None, True)

    def neutral(self, path: str, pairs: list[tuple[str, str]]) -> None:
        """(category, value) records no one's in `path`, neutral."""
        for category, value in pairs:
            self.rec(path, category, value, None, True)

    def write_truth(self, outdir: Path) -> None:
        """The kana of each counted name in KANA_FILES (the ledger's: its form's donor alone)
        and the old dump's host, then truth.jsonl with the count last."""
        byname = {p.full: p for p in self.people}
        for path, value in self.names:
            p = byname.get(value)
            if p is None or not (path in KANA_FILES or path.startswith("04_受領証明書/変更届出書")):
                continue
            if path != LEDGER or p is self.donors[5]:
                self.rec(path, "person_name", p.kana(), p, True)
        self.rec("09_旧システム/furusato_old_20230331.sql", "ip_address", "192.168.10.5", None,
                 True)
        self.truth.write(outdir, len(self.truth.people()), meta_last=True)

    # ---- files
    def document(self) -> Any:
        """gen.py's docx_common(): a Document dated STAMP, its author the town."""
        d = docx.Document()
        d.core_properties.created = STAMP
        d.core_properties.modified = STAMP
        d.core_properties.author = TOWN_NAME
        return d

    def mail(self, rel: str, frm: str, to: str, subject: str, body: str, when: str,
             cc: str = "", attach: tuple[str, str, str, str] | None = None) -> None:
        """gen.py's eml(): under policy.SMTP, a Message-ID of the path's length and a number
        drawn, then a multipart's boundary."""
        rng = self.rng
        mid = f"<{len(rel)}.{rng.randint(10**6, 10**7)}@mail.example>"
        boundary = f"==kitayama_{rng.randint(10**8, 10**9)}==" if attach else ""
        self.share.write(rel, mail_bytes(frm, to, subject, when, body,
                                         [attach] if attach else [], mid, cc,
                                         boundary=boundary, linesep="\r\n", smtp=True))


def era(day: date, style: int = 0) -> str:
    """gen.py's wareki(): 0 令和元年10月1日, 1 R6.10.1, 2 R6/10/1, 3 full width, 元 as 1."""
    if style == 0:
        return wareki(day)
    if style == 3:
        return wareki(day, gannen=False).translate(FULL_WIDTH)
    short = wareki_short(day, padded=False)
    return short if style == 1 else short.replace(".", "/")


def populate(seed: int, share: Share) -> Furusato:
    """The town's and contractor's 法人番号, the donors, spouses, recipients, elders and their
    agents, the staff, the companies' contacts and the gifts' Luhn-valid codes."""
    share.keep_modes = False
    h = Furusato.seeded(seed, share, Truth(by_person=False, by_neutral=False, form="full"),
                        seed, seed)
    rng = h.rng
    h.town_corp, h.vendor_corp = corporate_number(rng), corporate_number(rng)
    d = h.donors
    d += [h.person("donor") for _ in range(80)]
    for p in d:
        if rng.random() < 0.35:
            p.land = h.landline()
    for partner in d[10:16]:  # a spouse shares the home and the landline (one drawn if none)
        s = h.person("spouse", "F" if partner.sex == "M" else "M", partner, partner.addr,
                     land=partner.land)
        if not partner.land:
            partner.land = s.land = h.landline()
        h.spouses.append(s)
        d.append(s)
    for donor in d[40:54]:
        kin = rng.random() < 0.7
        g = h.person("recipient", last=donor if kin else None, age=(70, 92))
        g.of = donor
        same = g.last == donor.last
        if g.sex == "M":
            g.rel = rng.choice(["父", "祖父", "叔父"] if same else ["義父", "知人", "恩師"])
        else:
            g.rel = rng.choice(["母", "祖母", "叔母"] if same else ["義母", "知人", "恩師"])
        h.recipients.append(g)
    h.elders = d[70:75]
    for e in h.elders:
        e.born = date(1935 + rng.randint(0, 10), rng.randint(1, 12), rng.randint(1, 28))
    for e in h.elders:
        a = h.person("agent", last=e, age=(40, 60))
        a.of = e
        a.rel = rng.choice(["長男", "次男"] if a.sex == "M" else ["長女", "二女"])
        h.agents.append(a)
    h.town_staff = [h.person("town_staff") for _ in range(3)]
    h.vendor_staff = [h.person("vendor_staff") for _ in range(3)]
    for i, s in enumerate(h.town_staff):
        s.work = f"{ROM[i]}-k@town.kitayama.example.lg.jp"
    for i, s in enumerate(h.vendor_staff):
        s.work = f"{ROM[i + 3]}@{VENDOR_DOMAIN}"
    for i, company in enumerate(COMPANIES):
        c = h.person("corp_contact")
        c.corp = {"name": company, "num": corporate_number(rng), "tel": h.landline(),
                  "addr": h.address().text(1), "dom": f"corp{rng.randint(10, 99)}.co.jp"}
        c.work = f"{rng.choice(['soumu', 'kikaku', 'info'])}.{ROM[i]}@{c.corp['dom']}"
        h.contacts.append(c)
    h.gcode = {g: luhn_number(rng, "45", 16) for g in GIFTS}
    return h
