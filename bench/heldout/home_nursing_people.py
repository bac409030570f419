"""Who the home-nursing station's share is about: 15 staff, ten doctors, nine care managers,
42 patients (32 elderly, six psychiatric, four children) with their families, ten ended
patients, a teacher and three web enquirers with the parent they ask for; drawn from one random
stream and one Faker in gen.py's order, so the same seed names the same people.

The truth keeps gen.py's values (names and addresses without spaces, a birth date's ISO form),
one record a (path, category, value, person) whoever first wrote it (neutral or not), the dead
neutral and left out of the people count.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from . import home_nursing_names as names
from .identifiers import luhn_check
from .japanese import FULL_WIDTH, HYPHENS, fphone_numbered, wareki
from .share import Extras, Named, Population, Street, mail_bytes, sign

STAMP = datetime(2024, 11, 15, 9, 0, 0)  # every office container member's date and core.xml's
HY = ("-", "-", "-", *HYPHENS)  # gen.py's HY
PHONE_FORMS = ("hy", "hy", "hy", "hy", "", "zen", "bracket", "none", "intl")  # gen.py's styles
_ABBR = {"令和": "R", "平成": "H", "昭和": "S", "大正": "T"}


def era(day: date, style: int) -> str:
    """gen.py's wareki(): 0 令和6年1月5日, 1 R6.1.5, 2 R06.01.05, 3 R6/1/5, 4 令和6年01月05日,
    5 2024/01/05 (the year never 元)."""
    if style == 5:
        return f"{day.year}/{day.month:02d}/{day.day:02d}"
    kan = wareki(day, gannen=False)
    year = int(kan[2:kan.index("年")])
    ab = _ABBR[kan[:2]]
    forms = {0: kan, 1: f"{ab}{year}.{day.month}.{day.day}",
             2: f"{ab}{year:02d}.{day.month:02d}.{day.day:02d}",
             3: f"{ab}{year}/{day.month}/{day.day}",
             4: f"{kan[:2]}{year}年{day.month:02d}月{day.day:02d}日"}
    return forms[style]


def joined(phone: tuple[str, str, str]) -> str:
    """gen.py's pj(): a phone's digits."""
    return "".join(phone)


@dataclass(eq=False)
class Home(Street):
    """gen.py's address: a street, maybe a building and room, 〒 and the area code."""

    bld: str = ""
    post: str = ""
    ac: str = ""


@dataclass(eq=False)
class Person(Named, Extras):
    """Anyone in the share, with what gen.py gave them."""

    last_roman: str = ""
    first_roman: str = ""
    born: date = date(1900, 1, 1)
    home: Home | None = None
    tel: tuple[str, str, str] = ("", "", "")
    mob: tuple[str, str, str] = ("", "", "")
    counted: bool = True
    email: str = ""
    ext: dict[str, Any] = field(default_factory=dict)  # the rest: dx, kp, clinic, office, ...

    @property
    def full(self) -> str:
        return self.name("")


@dataclass(eq=False)
class Station(Population):
    """The seed's people, and what several files share."""

    people: dict[str, Person] = field(default_factory=dict)
    used: set[str] = field(default_factory=set)
    staff: list[Person] = field(default_factory=list)
    doctors: list[Person] = field(default_factory=list)
    cms: list[Person] = field(default_factory=list)
    pts: list[Person] = field(default_factory=list)
    fam: list[Person] = field(default_factory=list)
    ended: list[Person] = field(default_factory=list)
    newq: list[tuple[Person, Person]] = field(default_factory=list)
    ext: dict[str, Any] = field(default_factory=dict)  # jigyo, corpno, teacher

    @property
    def nurses(self) -> list[Person]:
        return [s for s in self.staff if "看護" in s.role]

    # ---- draws as gen.py made them
    def phone(self, ph: tuple[str, str, str], style: int | None = None) -> str:
        """gen.py's fmt_phone()."""
        return fphone_numbered(self.rng, joined(ph), style, PHONE_FORMS, HY, area=len(ph[0]))

    def mobile(self) -> tuple[str, str, str]:
        r = self.rng
        return (r.choice(["090", "080", "070"]), f"{r.randrange(1000, 10000)}",
                f"{r.randrange(10000):04d}")

    def landline(self, ac: str | None = None) -> tuple[str, str, str]:
        r = self.rng
        a, n = r.choice(names.AREAS) if ac is None else (ac, 4 if ac == "03" else 3)
        b = str(r.randrange(10**(n - 1) * 2, 10**n))
        return a, b, f"{r.randrange(10000):04d}"

    def rdate(self, y0: int, y1: int) -> date:
        r = self.rng
        return date(r.randrange(y0, y1 + 1), r.randrange(1, 13), r.randrange(1, 29))

    def mkaddr(self) -> Home:
        r = self.rng
        pref, city, towns, pp, ac = r.choice(names.CITIES[:3] if r.random() < .85 else names.CITIES)
        town = r.choice(towns)
        c, b, g = r.randrange(1, 6), r.randrange(1, 30), r.randrange(1, 25)
        bld = ""
        if r.random() < .3:
            bld = self.faker.building_name() + str(r.randrange(1, 9)) + "0" + str(r.randrange(1, 9))
        post = (pp + str(r.randrange(10)))[:3] + f"-00{r.randrange(10, 99)}"
        return Home(pref, city, town, c, b, g, bld, post, ac)

    def addr(self, a: Home, style: int | None = None, pref: bool | None = None) -> str:
        """gen.py's addr_str(): 丁目番号, dashed (plain or full-width) or 丁目 and dashes."""
        st = self.rng.randrange(5) if style is None else style
        c, b, g = a.c, a.b, a.g
        num = {0: f"{c}丁目{b}番{g}号", 2: f"{c}-{b}-{g}".translate(FULL_WIDTH),
               3: f"{c}丁目{b}-{g}"}.get(st, f"{c}-{b}-{g}")
        usepref = (self.rng.random() < .6) if pref is None else pref
        s = (a.pref if usepref else "") + a.city + a.town + num
        return s + " " + a.bld if a.bld else s

    def post(self, a: Home, st: int | None = None) -> str:
        st = self.rng.randrange(4) if st is None else st
        return ["〒" + a.post, a.post, ("〒" + a.post).translate(FULL_WIDTH),
                a.post.replace("-", "")][st]

    def nm(self, p: Person, st: int | None = None) -> str:
        """gen.py's nm(): the name with a space, none, an ideographic space or a space."""
        st = self.rng.randrange(4) if st is None else st
        return p.name([" ", "", "\u3000", " "][st])

    def luhn(self, prefix: str, n: int) -> str:
        """gen.py's luhn_num(): digits drawn again until they pass Luhn."""
        while True:
            s = prefix + "".join(str(self.rng.randrange(10)) for _ in range(n - len(prefix)))
            if luhn_check(s[:-1]) == s[-1]:
                return s

    def person(self, pid: str, sex: str | None = None, y0: int = 1930, y1: int = 1945,
               last: tuple[str, str, str] | None = None, counted: bool = True) -> Person:
        """gen.py's mkperson(): a fresh name (the surname drawn again unless given), a home,
        a birth date, a landline of the home's area and a mobile."""
        sex = sex or self.rng.choice("MF")
        fk = self.faker
        ln = last or fk.last_name_pair()
        while True:
            fn = fk.first_name_male_pair() if sex == "M" else fk.first_name_female_pair()
            if ln[0] + fn[0] not in self.used and not any(
                    q.first == fn[0] and q.last == ln[0] for q in self.people.values()):
                break
            if last is None:
                ln = fk.last_name_pair()
        self.used.add(ln[0] + fn[0])
        home = self.mkaddr()
        p = Person(pid, "", sex, ln[0], fn[0], ln[1], fn[1], ln[2], fn[2], self.rdate(y0, y1),
                   home, counted=counted)
        p.tel = self.landline(home.ac)
        p.mob = self.mobile()
        self.people[pid] = p
        return p

    def family(self, pt: Person, rel: str, y0: int, y1: int, same: bool = True,
               sex: str | None = None) -> Person:
        """gen.py's mkfam(): a relative, a spouse, eldest son or parent often at the same home."""
        f = self.person(f"F{len(self.fam) + 1:03d}", sex, y0, y1,
                        (pt.last, pt.last_kana, pt.last_roman) if same else None)
        f.ext["rel"] = rel
        if rel in ("妻", "夫", "長男", "母", "父") and self.rng.random() < .7:
            f.home, f.tel = pt.home, pt.tel
        self.fam.append(f)
        return f

    # ---- truth
    def t(self, path: str, category: str, value: str, pid: str | None,
          neutral: bool = False) -> None:
        self.truth.add(path, category, value, pid, neutral)

    def tp(self, path: str, p: Person, name: bool | str = True, dob: bool = False,
           addr: str | None = None, post: bool = False,
           phones: tuple | list = (), email: str | None = None) -> None:
        """gen.py's Tp(): whatever of someone the file holds (the dead's neutral)."""
        n = not p.counted
        if name:
            self.t(path, "person_name", name if isinstance(name, str) else p.full, p.id, n)
        if dob:
            self.t(path, "date_of_birth", p.born.isoformat(), p.id, n)
        if addr:
            self.t(path, "address", addr, p.id, n)
        if post:
            self.t(path, "postal_code", p.home.post, p.id, n)
        for ph in phones:
            self.t(path, "phone_number", joined(ph), p.id, n)
        if email:
            self.t(path, "email_address", email, p.id, n)

    def tdx(self, path: str, p: Person, word: str | None = None) -> None:
        self.t(path, "sensitive", word or p.dx, p.id, not p.counted)

    def tcare(self, path: str, p: Person, text: str | None = None) -> None:
        """gen.py's Tcare(): the core words of the care named in `text` (else the patient's)."""
        for k, ws in names.CORE.items():
            if (text is not None and k in text) or (text is None and names.CARE.get(p.dx) == k):
                for w in ws:
                    self.t(path, "sensitive", w, p.id, not p.counted)

    def tkana(self, path: str, p: Person) -> None:
        self.t(path, "person_name", p.kana(), p.id, True)

    def tsur(self, path: str, *people: Person) -> None:
        for p in people:
            self.t(path, "person_name", p.last, p.id, True)

    def tstation(self, path: str, *numbers: tuple[str, str, str]) -> None:
        """The station's (or an office's) phone numbers, neutral."""
        for ph in numbers:
            self.t(path, "phone_number", joined(ph), None, True)

    def write_truth(self, outdir: Path) -> None:
        counted = {pid for pid in self.truth.people() if self.people[pid].counted}
        self.truth.write(outdir, len(counted), meta_last=True)

    # ---- files
    def save(self, rel: str, document: Any) -> None:
        """gen.py's savedoc() / wb.save() and fix_zip(): re-zipped with no modes."""
        self.share.save(rel, document)

    def newdoc(self, heading: str) -> Any:
        """gen.py's newdoc(): a signed python-docx Document, under its `heading`."""
        import docx
        dd = docx.Document()
        sign(dd, "訪問看護ステーション", "", STAMP)
        dd.core_properties.last_modified_by = "staff"
        dd.add_heading(heading, 1)
        return dd

    def mail(self, rel: str, frm: str, to: str, subj: str, body: str, when: datetime,
             cc: str = "", att: tuple[str, str] | None = None, jis: bool = False) -> None:
        """gen.py's mail(): a Message-ID drawn, then (with a CSV attached) a boundary."""
        from email.utils import format_datetime
        mid = f"<{self.rng.randrange(10**12)}@{names.DOM}>"
        attach, boundary = [], ""
        if att:
            attach = [(att[0], att[1].encode("utf-8"), "text", "csv")]
            boundary = f"==hidamari{self.rng.randrange(10**9)}=="
        self.share.write(rel, mail_bytes(
            frm, to, subj, format_datetime(when), body, attach, mid, cc,
            charset="iso-2022-jp" if jis else "utf-8", cte="7bit" if jis else None,
            boundary=boundary, linesep="\r\n", smtp=True))

