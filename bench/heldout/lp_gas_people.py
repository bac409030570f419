"""Who the LP gas retailer's share is about: 88 customers, nine staff, 14 customers taken over
from a closed competitor, a builder's contact, a care manager, a doctor, six renovation clients
and five web enquirers, then relatives as files name them (emergency contacts, guarantors, a
mother and a wife known only by a condition); drawn from one random stream and one Faker in
gen.py's order, so the same seed names the same people.

The truth keeps gen.py's values (names and addresses without spaces, a birth date's ISO form, a
card expiry as 2027-05), one record a (path, category, value, person, neutral) in the order
written, the people count (those some file really exposes) after them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from .identifiers import corporate_check, digits, license_check, my_number, my_number_check
from .japanese import HYPHENS, fphone_numbered, wareki, wareki_short
from .share import Named, Population, Share, mail_bytes
from .truth import Truth

STAMP = datetime(2024, 11, 1, 9, 0, 0)  # the workbooks' members and core.xml dates
DOCX_STAMP = datetime(2024, 10, 1, 9, 0, 0)  # the Word documents'
SIGNER = "北上プロパン"
HY = ("-", *HYPHENS)  # gen.py's HY
TEL_FORMS = ("hy", "none", "zen", "", "paren", " ")  # gen.py's fmt_tel styles 0 to 5
PREF = "岩手県"
CITIES = [("一関市", "021"), ("奥州市", "023"), ("平泉町", "029"), ("遠野市", "028"),
          ("花巻市", "025")]
AZA = ["大東町摺沢", "千厩町千厩", "花泉町涌津", "室根町折壁", "藤沢町藤沢", "東山町長坂",
       "川崎町薄衣", "前沢白山", "江刺岩谷堂", "衣川日向", "平泉字志羅山", "上郷町板沢",
       "東和町土沢", "石鳥谷町好地"]
AREA = {"一関市": "0191", "奥州市": "0197", "平泉町": "0191", "遠野市": "0198", "花巻市": "0198"}
CO_NAME, CO_TEL, CO_FAX = "株式会社 北上プロパン商会", "0191-23-4567", "0191-23-4568"
CO_ADDR, CO_ZIP, CO_MAIL = "岩手県一関市山目字前田15-3", "021-0821", "info@kitakami-propane.co.jp"


def era(day: date, style: int) -> str:
    """gen.py's wareki(): 0 昭和60年1月2日, 1 S60.1.2, 2 S60/1/2, else 1985/01/02."""
    if style == 0:
        return wareki(day, gannen=False)
    if style in (1, 2):
        short = wareki_short(day, padded=False)
        return short if style == 1 else short.replace(".", "/")
    return day.strftime("%Y/%m/%d")


@dataclass(eq=False)
class Person(Named):
    """Anyone in the share, with what gen.py's person() gave them (role: its kind)."""

    born: date = date(1900, 1, 1)
    city: str = ""
    postal: str = ""  # seven digits
    short: str = ""  # the address without 岩手県 (gen.py's addr_short)
    tel: str = ""
    mob: str = ""
    email: str | None = None
    cust: str = ""
    meter: str = ""
    start: date = date(1900, 1, 1)
    mynum: str = ""
    lic: str = ""
    wmail: str = ""

    @property
    def full(self) -> str:
        return self.name("")

    @property
    def addr(self) -> str:
        return PREF + self.short

    @property
    def phone(self) -> str:
        """gen.py's phone(): the landline, else the mobile."""
        return self.tel or self.mob

    @property
    def zipped(self) -> str:
        """〒 as printed: 021-0821."""
        return f"{self.postal[:3]}-{self.postal[3:]}"


@dataclass(eq=False)
class Propane(Population):
    """The seed's people, and what several files share."""

    count: int = 0
    cust: list[Person] = field(default_factory=list)
    staff: list[Person] = field(default_factory=list)
    comp_old: list[Person] = field(default_factory=list)
    reform: list[Person] = field(default_factory=list)
    web: list[Person] = field(default_factory=list)
    vendor: Person = field(init=False)  # the builder's (佐藤工務店) contact
    caremgr: Person = field(init=False)
    doctor: Person = field(init=False)
    seshu: Person = field(init=False)  # the builder's client, from its mail to the works ledger
    corp: str = ""
    hoan: str = ""
    acct: dict[str, tuple[tuple[str, str], str]] = field(default_factory=dict)
    elders: list[tuple[Person, tuple[str, str]]] = field(default_factory=list)
    family: list[tuple[Person, Person, str]] = field(default_factory=list)
    invs: list[tuple[Person, str]] = field(default_factory=list)

    # ---- draws as gen.py made them
    def person(self, role: str, age: tuple[int, int] = (25, 92)) -> Person:
        """gen.py's person(): a name, a birth date, a home in 岩手県, a landline eight times in
        ten and a mobile (always where no landline)."""
        rng, fk = self.rng, self.faker
        self.count += 1
        male = rng.random() < 0.5
        ln = fk.last_name_pair()
        fn = fk.first_name_male_pair() if male else fk.first_name_female_pair()
        p = Person(f"P{self.count:03d}", role, "M" if male else "F", ln[0], fn[0], ln[1], fn[1])
        p.born = date(2024 - rng.randint(*age), rng.randint(1, 12), rng.randint(1, 28))
        p.city, code = rng.choice(CITIES)
        p.postal = f"{code}{rng.randint(0, 9999):04d}"
        p.short = (f"{p.city}{rng.choice(AZA)}字{rng.choice(['上', '下', '中', '北', '南'])}"
                   f"{rng.choice(['野', '沢', '田', '原', '平'])}{rng.randint(1, 250)}")
        if rng.random() < 0.5:
            p.short += f"-{rng.randint(1, 9)}"
        if rng.random() < 0.8:
            p.tel = (f"{AREA[p.city]}{rng.randint(2, 7)}{rng.randint(0, 9)}"
                     f"{rng.randint(0, 9999):04d}")
        if rng.random() < 0.6 or not p.tel:
            p.mob = rng.choice(["090", "080", "070"]) + f"{rng.randint(0, 99999999):08d}"
        return p

    def relative(self, of: Person, age: tuple[int, int] = (25, 92)) -> Person:
        """A relative of `of`: a person() given their surname (gen.py's fam.sei = c.sei)."""
        p = self.person("family", age)
        p.last = of.last
        return p

    def tel(self, number: str, style: int) -> str:
        """gen.py's fmt_tel(): a mobile 3-4-4, a landline 4-2-4; 0 hyphens, 1 none, 2 full
        width, 3 a drawn one of HY, 4 brackets, 5 spaces."""
        return fphone_numbered(self.rng, number, style, TEL_FORMS, HY, area=4)

    def nm(self, p: Person, style: int | None = None) -> str:
        """gen.py's nm(): no space, a space, an ideographic space or none (drawn where None)."""
        style = self.rng.randint(0, 3) if style is None else style
        return p.name(["", " ", "\u3000", ""][style])

    def invoice_no(self) -> str:
        """gen.py's mynum_like_invoice('2024'): digits drawn again until they pass the My
        Number check (a hard negative)."""
        while True:
            s = "2024" + digits(self.rng, 8)
            if my_number_check(s[:11]) == s[11]:
                return s

    def licence(self, year: int) -> str:
        """gen.py's license_no('21', year): 岩手's code, the year, six digits, the check digit
        and a reissue count."""
        body = f"21{year % 100:02d}{digits(self.rng, 6)}"
        return body + license_check(body) + self.rng.choice("0001")

    # ---- truth
    def rec(self, path: str, category: str, value: str, pid: str | None,
            neutral: bool = False) -> None:
        """gen.py's T(): a card expiry kept as written."""
        normal = value if category == "card_expiry" else None
        self.truth.add(path, category, value, pid, neutral, normal=normal)

    def kana(self, path: str, p: Person, rev: bool = False) -> None:
        """gen.py's K(): the name in kana, neutral (given name first where rev)."""
        value = p.first_kana + p.last_kana if rev else p.kana("")
        self.rec(path, "person_name", value, p.id, True)

    def company(self, path: str, corpno: bool = True, tel: bool = True) -> None:
        """gen.py's co_negs(): the company's number and 法人番号, neutral."""
        if tel:
            self.rec(path, "phone_number", CO_TEL, None, True)
        if corpno:
            self.rec(path, "corporate_number", self.corp, None, True)

    def write_truth(self, outdir: Path) -> None:
        self.truth.write(outdir, len(self.truth.people()), meta_last=True)

    # ---- files
    def save(self, rel: str, document: Any) -> None:
        """gen.py's fix_xlsx() / save_docx(): signed by the company and re-zipped with no
        modes, a workbook dated STAMP, a document DOCX_STAMP (its core.xml as written)."""
        if hasattr(document, "core_properties"):
            props = document.core_properties
            props.created = props.modified = DOCX_STAMP
            props.author = props.last_modified_by = SIGNER
            props.revision = 1
            self.share.save(rel, document, core=False, when=DOCX_STAMP)
        else:
            props = document.properties
            props.created = props.modified = STAMP
            props.creator = props.lastModifiedBy = SIGNER
            self.share.save(rel, document)

    def mail(self, rel: str, frm: str, to: str, subject: str, body: str, when: str,
             attach: tuple[str, bytes, str, str] | None = None) -> None:
        """gen.py's eml(): under policy.SMTP, a Message-ID drawn, the boundary the seed's."""
        mid = f"<{self.rng.getrandbits(32):08x}.{self.seed}@mail.local>"
        self.share.write(rel, mail_bytes(frm, to, subject, when, body,
                                         [attach] if attach else [], mid,
                                         boundary=f"==b{self.seed}==", linesep="\r\n",
                                         smtp=True))


def populate(seed: int, share: Share) -> Propane:
    """The customers (numbers, meters, some mails), the staff (My Numbers, licences), the
    competitor's customers, the builder's contact, the care manager, the doctor, the renovation
    and web clients (mails) and the company's numbers."""
    share.keep_modes = False
    h = Propane.seeded(seed, share, Truth(form="full"), seed, seed)
    rng, fk = h.rng, h.faker
    h.cust = [h.person("cust") for _ in range(88)]
    for i, c in enumerate(h.cust):
        c.cust = f"K{10021 + i * 7:05d}"
        c.meter = f"M{rng.choice('ABCD')}-{rng.randint(0, 999999):06d}"
        c.start = date(rng.randint(1985, 2023), rng.randint(1, 12), rng.randint(1, 28))
    for c in rng.sample(h.cust, 20):
        c.email = (fk.user_name() + str(rng.randint(1, 99)) + "@"
                   + rng.choice(["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp",
                                 "icloud.com"]))
    h.staff = [h.person("staff", age=(22, 66)) for _ in range(9)]
    for s in h.staff:
        s.mynum = my_number(rng, zero_lead="1")
        s.lic = h.licence(min(2023, s.born.year + rng.randint(18, 24)))
    h.comp_old = [h.person("old") for _ in range(14)]
    h.vendor = h.person("vendor", age=(30, 60))
    h.vendor.wmail = "k.tanaka@sato-koumuten.co.jp"
    h.caremgr = h.person("caremgr", age=(30, 60))
    h.doctor = h.person("doctor", age=(40, 70))
    h.reform = [h.person("reform") for _ in range(6)]
    h.web = [h.person("web") for _ in range(5)]
    for x in h.web + h.reform:
        x.email = fk.user_name() + "@" + rng.choice(["gmail.com", "yahoo.co.jp", "outlook.jp"])
    base = f"{rng.randint(10**11, 10**12 - 1):012d}"
    h.corp = corporate_check(base) + base
    h.hoan = f"岩手県第{rng.randint(100, 999)}号"
    return h
