"""Who the research lab's share is about: the lab's seven members (a professor, two researchers,
four students), a co-researcher elsewhere, the ethics committee's chair, 88 participants and a
minor with a parent signing for them, eight spouses and six emergency contacts sharing a
participant's surname, last year's 14 new respondents, ten pilot participants and a doctor;
drawn from one random stream and one Faker in gen.py's order, so the same seed names the same
people.

The truth keeps gen.py's values (names and addresses without spaces, a birth date's ISO form),
one record a (path, category, value, person) whatever its neutral flag, in the order written,
then the people count: everyone some record names, a neutral mention too.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from .identifiers import corporate_check, my_number
from .japanese import HYPHENS, fphone_numbered, wareki, wareki_short
from .share import Population, Resident, Share, Street, sign
from .truth import Truth

STAMP = datetime(2024, 10, 1, 9, 0, 0)  # gen.py's save_xlsx(): every workbook's members
DOCX_DAY = datetime(2024, 6, 1)  # gen.py's save_docx(): the documents' dates
YEAR = 2024  # what gen.py counts ages and birth years from
UNIV = "東都医療大学"
UNIV_ADDR = "東京都八王子市南大沢5丁目1番1号"
UNIV_CORP = corporate_check("012005001234") + "012005001234"
SITES = (("A", "Aサイト（八王子市 南大沢地区）"), ("B", "Bサイト（相模原市 橋本地区）"))
PREFS = ["東京都", "神奈川県", "埼玉県", "千葉県"]
CITIES = {"東京都": ["八王子市", "町田市", "日野市", "多摩市"],
          "神奈川県": ["相模原市緑区", "川崎市麻生区"],
          "埼玉県": ["所沢市", "入間市"], "千葉県": ["松戸市", "柏市"]}
ZIPS = {"東京都": "19", "神奈川県": "25", "埼玉県": "35", "千葉県": "27"}
DOMAINS = ["gmail.com", "yahoo.co.jp", "icloud.com", "docomo.ne.jp", "ezweb.ne.jp"]
DX = ["2型糖尿病", "高血圧症", "脂質異常症", "うつ病", "慢性腎臓病", "気管支喘息", "糖尿病",
      "不眠症", "関節リウマチ"]
TEL_FORMS = ("none", "hy", "bracket", "", "intl", " ")  # gen.py's fmt_phone styles 0 to 5
DASHES = ("-", "-", "-", *HYPHENS)  # style 3's joiner, drawn
ZEN_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")


@dataclass(eq=False)
class Addr(Street):
    """gen.py's address: a street, a building and room (or none) and 〒's seven digits."""

    bld: str = ""
    zip: str = ""

    def text(self, pref: bool = True) -> str:
        """東京都八王子市…1丁目2番3号, the building after a space; without 都道府県 unless pref."""
        street = self.banchi()
        return (street if pref else street[len(self.pref):]) + (
            " " + self.bld if self.bld else "")

    @property
    def dashed_zip(self) -> str:
        return f"{self.zip[:3]}-{self.zip[3:]}"


@dataclass(eq=False)
class Person(Resident):
    """Anyone in the share; a participant's study ID, site, consent day and health, the lab's
    work mail, an honorarium's account."""

    mynum: str = ""
    work: str = ""
    sid: str = ""
    site: str = ""
    consent: date | None = None
    dx: list[str] = field(default_factory=list)
    sbp: int = 0
    dbp: int = 0
    hba1c: float = 0.0
    acct: str = ""

    @property
    def address(self) -> str:
        return self.addr.text()

    @property
    def age(self) -> int:
        return YEAR - self.born.year


@dataclass(eq=False)
class Lab(Population):
    """The seed's people, and what several files share; spouses and emergency contacts by the
    participant they belong to."""

    staff: list[Person] = field(default_factory=list)  # the professor, two researchers, students
    pi: Person = field(init=False)
    res1: Person = field(init=False)
    res2: Person = field(init=False)
    students: list[Person] = field(default_factory=list)
    cor: Person = field(init=False)
    chair: Person = field(init=False)
    parts: list[Person] = field(default_factory=list)
    minor: Person = field(init=False)
    guardian: Person = field(init=False)
    spouses: dict[str, Person] = field(default_factory=dict)
    emerg: list[tuple[Person, Person]] = field(default_factory=list)
    wave1_new: list[Person] = field(default_factory=list)
    pilot: list[Person] = field(default_factory=list)
    doctor: Person = field(init=False)
    count: int = 0

    # ---- draws as gen.py made them
    def person(self, role: str = "", sex: str = "", age: tuple[int, int] = (20, 85)) -> Person:
        """gen.py's P(): a name, a birth day, a home (a building one in four), a mobile, a mail
        and a My Number; the id S… for the lab's role "staff", else P…."""
        rng, fk = self.rng, self.faker
        self.count += 1
        sex = sex or rng.choice("MF")
        last, last_kana, last_roman = fk.last_name_pair()
        first, first_kana, first_roman = (fk.first_name_male_pair() if sex == "M"
                                          else fk.first_name_female_pair())
        year = YEAR - rng.randint(*age)
        born = date(year, rng.randint(1, 12), rng.randint(1, 28))
        pref = rng.choice(PREFS)
        city = rng.choice(CITIES[pref])
        addr = Addr(pref, city, fk.town(), rng.randint(1, 5), rng.randint(1, 30),
                    rng.randint(1, 20))
        if rng.random() < 0.25:
            addr.bld = fk.building_name() + f"{rng.randint(1, 9)}0{rng.randint(1, 5)}"
        addr.zip = ZIPS[pref] + f"{rng.randint(0, 9)}{rng.randint(0, 9999):04d}"
        mobile = rng.choice(["090", "080", "070"]) + f"{rng.randint(0, 99999999):08d}"
        email = (f"{first_roman.lower()}.{last_roman.lower()}{rng.randint(1, 99)}"
                 f"@{rng.choice(DOMAINS)}")
        pid = f"{'S' if role == 'staff' else 'P'}{self.count:03d}"
        return Person(pid, role, sex, last, first, last_kana, first_kana, last_roman,
                      first_roman, born, addr, mobile, email, my_number(rng))

    def relative(self, of: Person, role: str, sex: str = "",
                 age: tuple[int, int] = (20, 85)) -> Person:
        """Someone drawn, then given `of`'s surname (its kana and romaji too)."""
        p = self.person(role, sex, age)
        p.last, p.last_kana, p.last_roman = of.last, of.last_kana, of.last_roman
        return p

    def tel(self, number: str, style: int) -> str:
        """gen.py's fmt_phone(): 09012345678, 090-1234-5678, (090)1234-5678, full-width digits
        joined by a dash drawn, +81-90-…, or spaced (styles 0 to 5)."""
        text = fphone_numbered(self.rng, number, style, TEL_FORMS, DASHES)
        return text.translate(ZEN_DIGITS) if style == 3 else text

    # ---- truth
    def t(self, path: str, category: str, value: str, p: Person | None = None,
          neutral: bool = False) -> None:
        """gen.py's T()."""
        self.truth.add(path, category, value, p.id if p else None, neutral)

    def name(self, path: str, p: Person, neutral: bool = False) -> None:
        """gen.py's tn(): the full name."""
        self.t(path, "person_name", p.name(""), p, neutral)

    def surname(self, path: str, p: Person) -> None:
        """gen.py's ts_(): the surname alone, neutral."""
        self.t(path, "person_name", p.last, p, True)

    def facts(self, path: str, p: Person, *fields: str) -> None:
        """`p`'s values in `path` in the order named: name, kana, dob, zip, addr, phone, email
        (gen.py's tn, tk and T calls)."""
        values = {"name": ("person_name", p.name("")), "kana": ("person_name", p.kana()),
                  "dob": ("date_of_birth", p.born.isoformat()), "zip": ("postal_code", p.addr.zip),
                  "addr": ("address", p.address), "phone": ("phone_number", p.mobile),
                  "email": ("email_address", p.email)}
        for f in fields:
            self.t(path, *values[f], p)

    def work(self, path: str, p: Person) -> None:
        """A lab member's (or colleague's) work mail, neutral."""
        self.t(path, "email_address", p.work, p, True)

    def write_truth(self, outdir: Path) -> None:
        """truth.jsonl, the count last: everyone a record names, neutral or not."""
        people = {r["person"] for r in self.truth.records if r["person"]}
        self.truth.write(outdir, len(people), meta_last=True)

    # ---- files
    def save_xlsx(self, path: str, wb: Any) -> None:
        """gen.py's save_xlsx(): by lab, its dates and members' the share's stamp."""
        sign(wb, "", "lab", STAMP)
        wb.properties.lastModifiedBy = "lab"
        self.share.save(path, wb)

    def save_docx(self, path: str, d: Any) -> None:
        """gen.py's save_docx(): by lab, dated 1 June, its members at 9:00 that day."""
        sign(d, "lab", "", DOCX_DAY)
        d.core_properties.last_modified_by = "lab"
        self.share.save(path, d, core=False, when=DOCX_DAY.replace(hour=9))


def era(day: date, style: int = 0) -> str:
    """gen.py's wareki(): 0 令和6年10月1日 (no 元年), 1 R6.10.1, 2 R6/10/1."""
    if style == 0:
        return wareki(day, gannen=False)
    short = wareki_short(day, padded=False)
    return short if style == 1 else short.replace(".", "/")


def populate(seed: int, share: Share) -> Lab:
    """The lab, the co-researcher and the chair, the participants (study IDs, consent days),
    the minor and the parent, spouses, emergency contacts, last year's and the pilot's people,
    the doctor, then every participant's diagnoses and measurements."""
    share.keep_modes = False
    w = Lab.seeded(seed, share, Truth(by_neutral=False, form="full"), seed, seed)
    rng = w.rng
    w.staff = ([w.person("staff", age=(45, 60))]
               + [w.person("staff", age=(30, 45)) for _ in range(2)]
               + [w.person("staff", age=(21, 27)) for _ in range(4)])
    w.pi, w.res1, w.res2 = w.staff[:3]
    w.students = w.staff[3:]
    for s in w.staff:
        s.work = f"{s.last_roman.lower()}.{s.first_roman[0].lower()}@toto-med.ac.jp"
    w.cor = w.person("staff", age=(40, 55))
    w.cor.work = f"{w.cor.last_roman.lower()}@hoku-u.ac.jp"
    w.chair = w.person("staff", age=(55, 68))
    w.parts = [w.person("participant") for _ in range(88)]
    for i, p in enumerate(w.parts):
        p.sid = f"CHS-{rng.choice('AB')}{i + 1:04d}"
        p.site = p.sid[4]
        p.consent = date(2024, rng.randint(4, 9), rng.randint(1, 28))
    w.minor = w.person("participant", age=(15, 17))
    w.minor.sid, w.minor.site, w.minor.consent = "CHS-B0901", "B", date(2024, 6, 14)
    w.guardian = w.relative(w.minor, "guardian", age=(40, 50))
    w.guardian.addr = w.minor.addr
    w.parts.append(w.minor)
    for p in rng.sample(w.parts[:80], 8):
        w.spouses[p.id] = w.relative(p, "spouse", "F" if p.sex == "M" else "M",
                                     (p.age - 5, p.age + 5) if p.age > 25 else (25, 30))
    w.emerg = [(p, w.relative(p, "contact", age=(30, 60))) for p in rng.sample(w.parts[:80], 6)]
    w.wave1_new = [w.person("respondent") for _ in range(14)]
    w.pilot = [w.person("pilot") for _ in range(10)]
    w.doctor = w.person("doctor", age=(40, 65))
    for p in w.parts:
        p.dx = rng.sample(DX, rng.choice([0, 0, 1, 1, 2]))
        p.sbp, p.dbp = rng.randint(105, 170), rng.randint(60, 100)
        p.hba1c = round(rng.uniform(5.0, 8.9), 1)
    return w
