"""Who the supporters' association's share is about: the councillor, three staff, 78 members
and the family living with some of them, five young volunteers, 14 residents (petitioners,
inquirers, callers), five companies' representatives, the printer's salesperson, and later two
petitioners' relatives and four election workers; drawn from one random stream and one Faker
in gen.py's order, so the same seed names the same people.

A record is a (path, category, value, person), the first of them standing; the people count
after them.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path
from typing import Any

from .identifiers import corporate_number
from .japanese import HYPHENS, wareki, wareki_short
from .share import Named, Population, Share, mail_bytes, sign
from .truth import Truth

STAMP = datetime(2024, 11, 20, 9, 0, 0)  # gen.py's FIXED: every container's members
JST = timezone(timedelta(hours=9))
CITY, PREF = "船橋市", "千葉県"
TOWNS = [("本町", "2730005"), ("湊町", "2730011"), ("宮本", "2730003"), ("夏見", "2730865"),
         ("前原西", "2740825"), ("習志野台", "2740063"), ("薬円台", "2740077"),
         ("高根台", "2740065"), ("二和東", "2740805"), ("飯山満町", "2740822"),
         ("海神", "2730021"), ("西船", "2730031")]
DIST = {"本町": "中部", "湊町": "南部", "宮本": "中部", "夏見": "中部", "前原西": "東部",
        "習志野台": "北部", "薬円台": "北部", "高根台": "北部", "二和東": "北部",
        "飯山満町": "東部", "海神": "西部", "西船": "西部"}
JOBS = ["会社員", "自営業", "会社役員", "無職", "農業", "医師", "主婦", "年金生活", "団体職員",
        "税理士", "商店経営"]
MAIL_HOSTS = ["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp", "icloud.com",
              "nifty.com"]
COMPANY_NAMES = ["株式会社船橋建設", "有限会社みなと不動産", "株式会社習志野運輸",
                 "医療法人社団高根会", "株式会社西船商事"]
OFFICE_ADDR = "千葉県船橋市本町4-15-3 本町第二ビル2F"
OFFICE_ZIP = "273-0005"
OFFICE_MAIL = "info@koenkai-funabashi.jp"
STAFF_MAIL = ["staff1@koenkai-funabashi.jp", "staff2@koenkai-funabashi.jp"]
PRINTER_NAME, PRINTER_MAIL = "株式会社東葉印刷", "e.sales@toyo-print.co.jp"
SENKAN = "047-436-2111"  # the city's 選挙管理委員会
DASHES = ["-", *HYPHENS]


@dataclass(eq=False)
class Person(Named):
    """Anyone in the share: a home in 船橋市 (a landline, a mobile, a mail where drawn); a
    member's number, joining day and introducer; a petitioner's case."""

    last_roman: str
    born: date
    town: str
    postal: str
    rest: str
    tel: str | None = None
    mob: str | None = None
    email: str | None = None
    job: str = ""
    no: str = ""
    join: date = field(init=False)
    intro: Person | None = None
    case: tuple[str, str | None] = ("", None)

    @property
    def full(self) -> str:
        """The home address, 千葉県 first."""
        return PREF + self.addr

    @property
    def addr(self) -> str:
        """The home address from 船橋市."""
        return CITY + self.town + self.rest

    @property
    def dist(self) -> str:
        """The town's 地区 (北部, 中部, ...)."""
        return DIST[self.town]

    @property
    def zipc(self) -> str:
        """〒 dashed: 273-0005."""
        return self.postal[:3] + "-" + self.postal[3:]

    @property
    def phone(self) -> str:
        """The mobile, else the landline, else nothing."""
        return self.mob or self.tel or ""


@dataclass(eq=False)
class Company:
    """A donating company: its 法人番号, representative, address and phone."""

    name: str
    cn: str
    rep: Person
    addr: str
    tel: str


@dataclass(eq=False)
class Association(Population):
    """The seed's people, and what several files share."""

    names: set[str] = field(default_factory=set)
    count: int = 0
    giin: Person = field(init=False)
    staff: list[Person] = field(default_factory=list)
    members: list[Person] = field(default_factory=list)
    vols: list[Person] = field(default_factory=list)
    outsiders: list[Person] = field(default_factory=list)
    companies: list[Company] = field(default_factory=list)
    printer: Person = field(init=False)
    printer_tel: str = ""
    tel: str = ""
    fax: str = ""
    bank: str = ""
    donors: list[Person] = field(default_factory=list)
    pets: list[Person] = field(default_factory=list)
    fams: dict[str, Person] = field(default_factory=dict)

    @property
    def name(self) -> str:
        """The association's name: the councillor's, then 後援会."""
        return f"{self.giin.last}{self.giin.first}後援会"

    # ---- draws as gen.py made them
    def four(self) -> str:
        """Four digits drawn: a phone number's last part."""
        return f"{self.rng.randint(0, 9999):04d}"

    def person(self, role: str, sei: tuple[str, str, str] | None = None,
               home: Person | None = None, sex: str = "", age: int = 0) -> Person:
        """gen.py's mk_person(): a fresh full name, a birth day, a home (`home`'s where given),
        phones, a mail and a job."""
        rng, fk = self.rng, self.faker
        sex = sex or rng.choice("MF")
        while True:
            s = sei or fk.last_name_pair()
            m = fk.first_name_male_pair() if sex == "M" else fk.first_name_female_pair()
            if s[0] + " " + m[0] not in self.names:
                self.names.add(s[0] + " " + m[0])
                break
        years = age or rng.randint(28, 88)
        born = date(2024 - years, rng.randint(1, 12), rng.randint(1, 28))
        if home:
            town, postal, rest, tel = home.town, home.postal, home.rest, home.tel
        else:
            town, postal = rng.choice(TOWNS)
            rest = f"{rng.randint(1, 6)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}"
            if rng.random() < 0.25:
                rest += f" {fk.building_name()}{rng.randint(1, 9)}0{rng.randint(1, 5)}"
            tel = None
            if rng.random() < 0.6:
                tel = f"047-{rng.randint(400, 499)}-{self.four()}"
        mob = None
        if rng.random() < 0.8:
            mob = rng.choice(["090", "080", "070"]) + f"-{rng.randint(1000, 9999)}-"
            mob += self.four()
        if rng.random() < 0.5:
            rom = (m[2] + "." + s[2]).lower()
        else:
            rom = (s[2][0] + m[2]).lower() + str(rng.randint(1, 99))
        email = rom + "@" + rng.choice(MAIL_HOSTS) if rng.random() < 0.55 else None
        self.count += 1
        return Person(f"P{self.count:03d}", role, sex, s[0], m[0], s[1], m[1], s[2], born,
                      town, postal, rest, tel, mob, email, rng.choice(JOBS))

    def hy(self, text: str, hyphen: str | None = None) -> str:
        """gen.py's hy(): every "-" as `hyphen`, else as a dash drawn."""
        return text.replace("-", hyphen or self.rng.choice(DASHES))

    # ---- truth
    def t(self, path: str, category: str, value: str, person: Person | None = None,
          neutral: bool = False, *, normal: str | None = None) -> None:
        self.truth.add(path, category, value, person.id if person else None, neutral,
                       normal=normal)

    def tp(self, path: str, p: Person, name: bool = True, addr: str | None = None, *,
           postal: bool = False, tel: bool = False, mob: bool = False, email: bool = False,
           dob: bool = False, kana: bool = False, sei: bool = False) -> None:
        """gen.py's tp(): the full name (unless not name), then what the flags say; addr:
        "full", "city" or the text itself; sei: the surname alone, neutral."""
        if name:
            self.t(path, "person_name", p.name(), p)
        if sei:
            self.t(path, "person_name", p.last, p, True)
        if kana:
            self.t(path, "person_name", p.kana(), p, True)
        if addr:
            self.t(path, "address", {"full": p.full, "city": p.addr}.get(addr, addr), p)
        if postal:
            self.t(path, "postal_code", p.postal, p)
        if tel and p.tel:
            self.t(path, "phone_number", p.tel, p)
        if mob and p.mob:
            self.t(path, "phone_number", p.mob, p)
        if email and p.email:
            self.t(path, "email_address", p.email, p)
        if dob:
            self.t(path, "date_of_birth", p.born.isoformat(), p)

    def phone(self, path: str, p: Person) -> None:
        """The mobile (else the landline) as expected, where there is one."""
        if p.phone:
            self.t(path, "phone_number", p.phone, p)

    def office(self, path: str, mail: bool = True) -> None:
        """gen.py's office_negs(): the office's phone, address, 〒 (and mail), neutral."""
        self.t(path, "phone_number", self.tel, None, True)
        self.t(path, "address", OFFICE_ADDR, None, True)
        self.t(path, "postal_code", OFFICE_ZIP, None, True)
        if mail:
            self.t(path, "email_address", OFFICE_MAIL, None, True)

    def write_truth(self, outdir: Path) -> None:
        self.truth.write(outdir, len(self.truth.people()), meta_last=True)

    # ---- files
    def save(self, rel: str, document: Any) -> None:
        """gen.py's save_wb() and save_doc(): by kouenkai, dated the share's stamp."""
        sign(document, "kouenkai", "kouenkai", STAMP)
        if hasattr(document, "core_properties"):
            document.core_properties.last_modified_by = "kouenkai"
        self.share.save(rel, document)

    def mail(self, rel: str, frm: str, to: str, subject: str, body: str,
             when: tuple[int, ...], attach: tuple[str, str] | None = None) -> None:
        """gen.py's mail() and save_eml(): a Message-ID of the subject's length and the day,
        written under policy.SMTP (email drawing an attachment's boundary from the stream)."""
        mid = f"<{len(subject)}.{when[1]}{when[2]}@koenkai>"
        boundary = f"{'=' * 15}{self.rng.randrange(sys.maxsize):019d}==" if attach else ""
        files = [(attach[0], attach[1].encode(), "text", "csv")] if attach else []
        self.share.write(rel, mail_bytes(frm, to, subject,
                                         format_datetime(datetime(*when, tzinfo=JST)), body,
                                         files, mid, boundary=boundary, linesep="\r\n"))


def era(day: date, style: int) -> str:
    """gen.py's wareki(): 0 令和6年10月3日 (元 as 1), 1 R6.10.3, 2 R6/10/3."""
    if style == 0:
        return wareki(day, gannen=False)
    short = wareki_short(day, padded=False)
    return short if style == 1 else short.replace(".", "/")


def populate(seed: int, share: Share) -> Association:
    """gen.py's population, its draws in order."""
    share.keep_modes = False
    w = Association.seeded(seed, share, Truth(form="full", by_neutral=False), seed, seed)
    rng = w.rng
    w.giin = w.person("giin", sex="M", age=54)
    w.giin.mob = f"090-{rng.randint(1000, 9999)}-{w.four()}"
    w.staff = [w.person("staff", age=rng.randint(40, 70)) for _ in range(3)]
    for _ in range(78):
        p = w.person("member")
        w.members.append(p)
        if rng.random() < 0.18:  # family at the same address
            w.members.append(w.person("member", sei=(p.last, p.last_kana, "x"), home=p))
    for i, p in enumerate(w.members):
        p.no = f"{10000 + 7 * i + rng.randint(0, 6):05d}"
    for p in w.members:
        p.join = date(rng.randint(2011, 2024), rng.randint(1, 12), rng.randint(1, 28))
        p.intro = rng.choice(w.members[:20]) if rng.random() < 0.4 else None
    w.vols = rng.sample(w.members, 10)
    w.vols += [w.person("volunteer", age=rng.randint(19, 30)) for _ in range(5)]
    w.outsiders = [w.person("resident") for _ in range(14)]
    for name in COMPANY_NAMES:
        rep = w.person("rep", age=rng.randint(50, 75))
        cn = corporate_number(rng)
        addr = f"{PREF}{CITY}{rng.choice(TOWNS)[0]}{rng.randint(1, 5)}-{rng.randint(1, 20)}-"
        addr += str(rng.randint(1, 9))
        w.companies.append(Company(name, cn, rep, addr, f"047-{rng.randint(300, 399)}-"
                                   + w.four()))
    w.printer = w.person("vendor", age=45)
    w.printer_tel = "047-431-" + w.four()
    w.tel, w.fax = "047-432-" + w.four(), "047-432-" + w.four()
    w.bank = f"千葉銀行 船橋支店 普通 {rng.randint(1000000, 9999999)}"
    return w
