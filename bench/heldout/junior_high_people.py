"""Who the junior high school's share is about: 48 to 60 students (two 組 a 学年, a guardian
each, two 1年 students sharing an older sibling's guardian and home), twelve teachers (three
of them 校長, 教頭 and 養護教諭), the 学校医, the スクールカウンセラー, the 教育委員会's
指導主事 and, in the zip, fourteen graduates; drawn from one random stream and one Faker
in gen.py's order, so the same seed names the same people.

The truth keeps gen.py's values (a birth date's ISO form, names and addresses without spaces),
one record a (path, category, value, person) whoever first wrote it, and the people count
(anyone a record exposes) after the records.
"""

from __future__ import annotations

import sys
import zlib
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import openpyxl

from .japanese import fphone_numbered, hiragana, wareki, wareki_short
from .share import Named, Population, Share, lines_pdf, mail_bytes, sign
from .truth import Truth

STAMP = datetime(2024, 4, 1, 9, 0, 0)  # every office container member's and core date (ZT)
JST = timezone(timedelta(hours=9))
SCHOOL = "川口市立芝川中学校"
SCH_TEL, SCH_FAX = "0482221234", "0482221235"
SCH_ADDR, SCH_ZIP = "埼玉県川口市芝川町3丁目5番1号", "333-0861"
SCH_MAIL = "shibakawa-jh@city.kawaguchi.example.jp"
CITY = "埼玉県川口市"
TOWNS = ["芝新町", "芝中田", "芝塚原", "芝西", "前川", "南町", "柳崎", "本町", "並木", "末広"]
MAIL_DOMAINS = ["gmail.com", "docomo.ne.jp", "ezweb.ne.jp", "yahoo.co.jp", "icloud.com"]
SUBJECTS = ["国語", "数学", "英語", "理科", "社会", "保健体育", "音楽", "美術", "技術", "家庭"]
HS = ["県立川口高校", "県立浦和西高校", "市立川口高校", "私立栄東高校", "県立蕨高校", "就職希望"]
DASHES = ["－", "ー", "‐", "―", "−"]  # gen.py's HY[1:], in its order
PHONE_STYLES = ["hy", "zen", "", "none", "paren", "hy"]  # gen.py's fmt_phone styles 0 to 5


def era(day: date, style: int = 0) -> str:
    """gen.py's wareki(): 0 令和6年4月1日 (平成1年, not 元年), 1 R6.4.1, 2 R6/04/01."""
    if style == 0:
        return wareki(day, gannen=False)
    return wareki_short(day, padded=False, slashed=style == 2)


@dataclass(eq=False)
class Person(Named):
    """Anyone in the share, with what gen.py drew for their kind (role)."""

    roman: str = ""
    grade: int = 0
    kumi: int = 0
    no: int = 0
    born: date = date(1900, 1, 1)
    addr: str = ""  # 芝西2丁目5番14号 (a teacher's: the whole address)
    addr2: str = ""  # 芝西2-5-14
    zip: str = ""
    home: str | None = None
    g: Person | None = None  # a student's guardian
    rel: str = ""
    mobile: str = ""
    email: str = ""
    work: str = ""
    worktel: str = ""
    subj: str = ""
    lic: str = ""
    clinic: str = ""
    tel: str = ""
    sc: str = ""  # a counselled student's issue
    hs: str = ""
    aid: dict = field(default_factory=dict)

    def full(self, space: bool = True) -> str:
        """gen.py's nm(): a 全角 space between, or none."""
        return self.name("\u3000" if space else "")

    @property
    def furigana(self) -> str:
        return hiragana(self.kana(" "))


@dataclass(eq=False)
class School(Population):
    """The seed's people, the files' shared draws (health, counselling, aid) and a pid count."""

    students: list[Person] = field(default_factory=list)
    teachers: list[Person] = field(default_factory=list)
    homeroom: dict[tuple[int, int], Person] = field(default_factory=dict)
    doctor: Any = None
    counselor: Any = None
    boe: Any = None
    health: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    sc_cases: list[Person] = field(default_factory=list)
    aid: list[Person] = field(default_factory=list)
    count: int = 0

    def pid(self) -> str:
        self.count += 1
        return f"P{self.count:03d}"

    def grade(self, g: int, kumi: int = 0) -> list[Person]:
        return [s for s in self.students if s.grade == g and (not kumi or s.kumi == kumi)]

    @property
    def nurse(self) -> Person:
        return self.teachers[2]

    # ---- numbers as gen.py drew them
    def mobile(self) -> str:
        return self.rng.choice(["090", "080", "070"]) + f"{self.rng.randint(0, 99999999):08d}"

    def landline(self) -> str:
        return "048" + f"{self.rng.randint(2000000, 2999999):07d}"

    def phone(self, digits: str, style: int | None = None) -> str:
        """gen.py's fmt_phone(): a style 0-5 drawn where not given (2: a dash drawn too)."""
        return fphone_numbered(self.rng, digits, style, PHONE_STYLES, DASHES, area=3)

    # ---- truth
    def t(self, path: str, category: str, value: str, who: Person | None = None,
          neutral: bool = False) -> None:
        self.truth.add(path, category, value, who.id if who else None, neutral)

    def kn(self, path: str, p: Person, reading: str) -> None:
        """A kana reading, neutral."""
        self.t(path, "person_name", reading, p, True)

    def rec(self, path: str, s: Person, *, bd: bool = False, addr: str | None = None,
            zipc: bool = False, home: bool = False) -> None:
        """gen.py's rec_student(): the name, and the fields asked."""
        self.t(path, "person_name", s.full(), s)
        if bd:
            self.t(path, "date_of_birth", s.born.isoformat(), s)
        if addr is not None:
            self.t(path, "address", addr, s)
        if zipc:
            self.t(path, "postal_code", s.zip, s)
        if home and s.home:
            self.t(path, "phone_number", s.home, s)

    def neutral(self, path: str, category: str, *values: str) -> None:
        """The school's own numbers and address, neutral."""
        for value in values:
            self.t(path, category, value, None, True)

    def write_truth(self, outdir: Path) -> None:
        """truth.jsonl with gen.py's people count after the records."""
        self.truth.write(outdir, len(self.truth.people()), meta_last=True)

    # ---- files
    def save(self, rel: str, document: Any) -> None:
        """A workbook or a .docx as gen.py's save_xlsx and save_docx left them: by kyomu, every
        member deflated, dated ZT and given no mode, the core dates ZT (a workbook's modified tag
        bare, as save_xlsx's re.sub left it)."""
        sign(document, "kyomu", "kyomu", STAMP)
        self.share.save(rel, document)

    def pdf(self, rel: str, lines: list[str]) -> None:
        """gen.py's pdf(): 10-point lines at x 40 from y 800 down by 16."""
        self.share.write(rel, lines_pdf(lines, 10, 40, 16))

    def mail(self, rel: str, sender: str, to: str, subject: str, body: str, when: datetime,
             attach: tuple[str, bytes] | None = None) -> None:
        """gen.py's eml() (policy.SMTP): a Message-ID from the subject's CRC-32 and the seed; an
        attachment's boundary drawn from the one stream, as email's generator drew it."""
        mid = f"<{zlib.crc32(subject.encode())}.{self.seed}@mail.example.jp>"
        attachments = [(attach[0], attach[1], "text", "csv")] if attach else []
        boundary = f"{'=' * 15}{self.rng.randrange(sys.maxsize):019d}==" if attach else ""
        self.share.write(rel, mail_bytes(sender, to, subject, format_datetime(when), body,
                                         attachments, mid, boundary=boundary, linesep="\r\n",
                                         smtp=True))


def sheets() -> openpyxl.Workbook:
    """A workbook without its first sheet, as gen.py began its many-sheet ones."""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    return wb


def student(c: School, grade: int, kumi: int, no: int) -> Person:
    """A student and their guardian, drawn as gen.py's people loop drew them."""
    rng, fk = c.rng, c.faker
    ln = fk.last_name_pair()
    male = rng.random() < 0.5
    fn = fk.first_name_male_pair() if male else fk.first_name_female_pair()
    born = date(2024 - 12 - grade, 4, 2) + timedelta(days=rng.randint(0, 364))
    town, ch, ban, go = rng.choice(TOWNS), rng.randint(1, 5), rng.randint(1, 30), rng.randint(1, 25)
    bld = ("" if rng.random() < 0.7
           else f" {fk.building_name()}{rng.randint(1, 9)}0{rng.randint(1, 5)}")
    zipc = f"333-{rng.randint(800, 899):04d}"
    s = Person(c.pid(), "student", "男" if male else "女", ln[0], fn[0], ln[1], fn[1],
               grade=grade, kumi=kumi, no=no, born=born, addr=f"{town}{ch}丁目{ban}番{go}号{bld}",
               addr2=f"{town}{ch}-{ban}-{go}{bld}", zip=zipc)
    s.home = c.landline() if rng.random() < 0.6 else None
    mother = rng.random() < 0.6
    gfn = fk.first_name_female_pair() if mother else fk.first_name_male_pair()
    g = Person(c.pid(), "guardian", "", ln[0], gfn[0], ln[1], gfn[1], rel="母" if mother else "父")
    g.mobile = c.mobile()
    g.email = (f"{ln[2].lower()}.{gfn[2].lower()}{rng.randint(1, 99)}@"
               + rng.choice(MAIL_DOMAINS))
    g.work = fk.company()
    g.worktel = "03" + f"{rng.randint(10000000, 99999999)}"
    s.g = g
    return s


def teacher(c: School, i: int) -> Person:
    rng, fk = c.rng, c.faker
    ln = fk.last_name_pair()
    fn = rng.choice([fk.first_name_male_pair, fk.first_name_female_pair])()
    t = Person(c.pid(), "教諭", "", ln[0], fn[0], ln[1], fn[1], roman=ln[2].lower(),
               subj=SUBJECTS[i % 10])
    t.mobile = c.mobile()
    t.born = date(rng.randint(1965, 1998), rng.randint(1, 12), rng.randint(1, 28))
    t.lic = f"平{rng.randint(10, 30)}中一種免第{rng.randint(1000, 9999)}号"
    t.addr = fk.prefecture() + fk.city() + fk.town() + fk.chome() + fk.ban()
    return t


def populate(seed: int, share: Share) -> School:
    """The students by 学年 and 組 with their guardians, two siblings' shared guardians, the
    teachers, the 学校医, the SC and the 指導主事."""
    share.keep_modes = False
    share.modified_tag = b'<dcterms:modified xsi:type="dcterms:W3CDTF">'  # save_xlsx's re.sub
    c = School.seeded(seed, share, Truth(form="full"), seed, seed)
    rng, fk = c.rng, c.faker
    for grade in (1, 2, 3):
        for kumi in (1, 2):
            n = rng.randint(8, 10)
            c.students += [student(c, grade, kumi, no) for no in range(1, n + 1)]
    for a, b in [(0, 40), (3, 44)]:
        if b < len(c.students):
            sa, sb = c.students[a], c.students[b]
            sa.last, sa.last_kana = sb.last, sb.last_kana
            sa.addr, sa.addr2, sa.zip, sa.home, sa.g = sb.addr, sb.addr2, sb.zip, sb.home, sb.g
    c.teachers = [teacher(c, i) for i in range(12)]
    for t, role in zip(c.teachers, ["校長", "教頭", "養護教諭"], strict=False):
        t.role = role
    c.homeroom = {(g, k): c.teachers[3 + (g - 1) * 2 + (k - 1)] for g in (1, 2, 3) for k in (1, 2)}
    ln = fk.last_name_pair()
    c.doctor = Person(c.pid(), "学校医", "", ln[0], fk.first_name_male_pair()[0], "", "",
                      clinic=ln[0] + "内科クリニック")
    c.doctor.tel = "048" + f"{rng.randint(2000000, 2999999):07d}"
    ln = fk.last_name_pair()
    c.counselor = Person(c.pid(), "SC", "", ln[0], fk.first_name_female_pair()[0], "", "")
    c.counselor.mobile = c.mobile()
    ln = fk.last_name_pair()
    c.boe = Person(c.pid(), "指導主事", "", ln[0], fk.first_name_male_pair()[0], "", "",
                   email=f"{ln[2].lower()}-k@city.kawaguchi.example.jp", tel="0482591111")
    return c


def tmail(t: Person) -> str:
    return f"{t.roman}.t@kawaguchi-edu.example.jp"
