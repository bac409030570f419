"""Who the 放課後等デイサービス's share is about: 36 families (a guardian, one child or two, an
emergency contact for about half), fourteen staff, the 協力医療機関's doctor, two 相談支援専門員,
three school teachers, six families who asked to visit (the web form) and five former children
with their mothers (the old zip); drawn from one random stream in gen.py's order, a fresh pair
of kanji for every name, so the same seed names the same people.

The truth keeps one record a (path, category, value), a neutral one made expected (and given
the later record's person) where a later record of it is; the people count (anyone a record
names, neutral or not) comes after the records.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from .day_service_names import BOY, DAD, GIRL, MOM, OLDW, SURNAMES
from .identifiers import corporate_number, my_number
from .japanese import HYPHENS, fphone, wareki, wareki_short
from .share import Named, Population, Share, fresh_name
from .truth import Truth

STAMP = datetime(2024, 11, 1, 9, 0, 0)  # every re-zipped office member's date (FIXED)
MODIFIED = datetime(2024, 11, 1)  # docProps/core.xml's modified date after fixzip
OFFICE_ADDR, OFFICE_ZIP = "埼玉県川口市本町4丁目1番8号", "3320012"
TEL, FAX, CLINIC_TEL = "048-255-1111", "048-255-1112", "048-266-3030"
INFO = "info@npo-mirai.or.jp"
SITES = ["みらい教室（本町）", "みらい第二教室（西川口）"]
JIGYO = ["1150200478", "1150200486"]  # 事業所番号 (hard negatives)
SCHOOLS = ["川口市立本町小学校", "川口市立芝小学校", "蕨市立北小学校", "埼玉県立川口特別支援学校",
           "川口市立青木中学校", "さいたま市立文蔵小学校", "埼玉県立和光南特別支援学校"]
DIAG = ["自閉スペクトラム症", "ADHD", "ダウン症", "てんかん", "知的障害", "学習障害",
        "自閉スペクトラム症、ADHD", "自閉スペクトラム症、知的障害"]
MEDS = {"ADHD": "コンサータ18mg 朝", "てんかん": "デパケンR 朝夕",
        "自閉スペクトラム症": "エビリファイ1mg 夕"}
WORKS = ["株式会社ミドリ物流", "川口中央病院", "パート（スーパーいなげや）", "自営業", "専業主婦",
         "蕨市役所", "株式会社サンテック"]
STAFF_Q = ["児童発達支援管理責任者", "保育士", "児童指導員（社会福祉士）", "児童指導員（教員免許）",
           "作業療法士", "看護師", "保育士", "指導員（無資格）", "運転手", "保育士"]
BANKS = ["埼玉りそな銀行", "みずほ銀行", "武蔵野銀行", "川口信用金庫", "ゆうちょ銀行"]
BRANCHES = ["川口支店", "西川口支店", "蕨支店", "本店営業部"]
CITIES = [("埼玉県", "川口市", ["本町", "栄町", "幸町", "青木", "西川口", "並木", "芝", "前川",
                             "朝日", "飯塚"], "332"),
          ("埼玉県", "蕨市", ["中央", "塚越", "北町", "錦町", "南町"], "335"),
          ("埼玉県", "さいたま市南区", ["別所", "文蔵", "白幡", "辻", "南本町"], "336")]
MAIL_DOMAINS = ["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp", "icloud.com",
                "softbank.ne.jp"]
ROMAN = ["mama", "papa", "hiro", "yuki", "kazu", "saku", "hana", "taka", "nao", "mi", "ken",
         "sora", "riku", "aoi", "mame", "haru"]
PHONE_STYLES = ["hy", "none", "zen", "", "bracket", "intl"]  # "": a hyphen look-alike drawn


@dataclass(eq=False)
class Address:
    """Where someone lives, as gen.py's mkaddr() drew it: the rest is 町, 丁目, 番, 号, building."""

    pref: str
    city: str
    rest: str
    postal: str

    def full(self) -> str:
        return self.pref + self.city + self.rest

    def short(self) -> str:
        return self.city + self.rest

    def zip_code(self) -> str:
        return f"〒{self.postal[:3]}-{self.postal[3:]}"


@dataclass(eq=False)
class Person(Named):
    """Anyone in the share, with what gen.py drew for their kind (a guardian's work, a child's
    diagnosis and 受給者証番号, a staff member's account and My Number)."""

    born: date = date(1900, 1, 1)
    phone: str = ""
    email: str = ""
    addr: Address | None = None
    rel: str = ""
    work: str = ""
    workphone: str = ""
    home: str | None = None
    kids: list[Person] = field(default_factory=list)
    emerg: Person | None = None
    boy: bool = False
    school: str = ""
    grade: str = ""
    diag: str = ""
    med: str = ""
    jukyu: str = ""
    site: int = 0
    g: Person | None = None
    bank: str = ""
    branch: str = ""
    acct: str = ""
    mail: str = ""
    mynum: str = ""
    org: str = ""
    q: str = ""  # a staff member's 資格・職種

    def full(self, sep: str = "") -> str:
        return self.name(sep)

    def reading(self, sep: str = "\u3000") -> str:
        return self.kana(sep)

    def hon(self) -> str:
        """くん or ちゃん."""
        return "くん" if self.boy else "ちゃん"

    def called(self) -> str:
        """The given name with くん or ちゃん."""
        return self.first + self.hon()


@dataclass(eq=False)
class DayService(Population):
    """The seed's people, the NPO's 法人番号 and the truth."""

    guardians: list[Person] = field(default_factory=list)
    children: list[Person] = field(default_factory=list)
    emerg: list[Person] = field(default_factory=list)
    staff: list[Person] = field(default_factory=list)
    doctor: Person | None = None
    sw: list[Person] = field(default_factory=list)
    teachers: list[Person] = field(default_factory=list)
    prospects: list[tuple[Person, Person]] = field(default_factory=list)  # guardian, child
    retired: list[tuple[Person, Person]] = field(default_factory=list)  # child, mother
    corp: str = ""
    used: set[tuple[str, str]] = field(default_factory=set)
    count: int = 0

    # ---- truth
    def t(self, path: str, category: str, value: str, who: Person | None = None,
          neutral: bool = False) -> None:
        self.truth.add(path, category, value, who.id if who else None, neutral)

    def named(self, path: str, p: Person, neutral: bool = False) -> None:
        self.t(path, "person_name", p.full(), p, neutral)

    def read(self, path: str, p: Person) -> None:
        """The kana reading, neutral."""
        self.t(path, "person_name", p.kana(""), p, True)

    def born(self, path: str, p: Person) -> None:
        self.t(path, "date_of_birth", p.born.isoformat(), p)

    def diagnosed(self, path: str, c: Person) -> None:
        for d in c.diag.split("、"):
            self.t(path, "sensitive", d, c)

    def pupil(self, path: str, c: Person, reading: bool = False) -> None:
        """A child's name (and reading, neutral), birth date and diagnoses."""
        self.named(path, c)
        if reading:
            self.read(path, c)
        self.born(path, c)
        self.diagnosed(path, c)

    def reached(self, path: str, g: Person) -> None:
        """A guardian's name and mobile."""
        self.named(path, g)
        self.t(path, "phone_number", g.phone, g)

    def write_truth(self, outdir: Path) -> None:
        records = self.truth.merged("replace")
        people = {r["person"] for r in records if r["person"]}
        self.truth.write(outdir, len(people), merge="replace", meta_last=True)

    def save(self, rel: str, document: Any) -> None:
        """A workbook or .docx as gen.py's savewb / savedoc left it: its author, created 1 April,
        modified (after fixzip) 1 November."""
        if hasattr(document, "core_properties"):
            props = document.core_properties
            props.author = props.last_modified_by = "みらい"
            props.created, props.modified = datetime(2024, 4, 1), datetime(2024, 10, 1)
        else:
            props = document.properties
            props.creator = "みらい事務"
            props.created, props.modified = datetime(2024, 4, 1), MODIFIED
        self.share.save(rel, document, core=MODIFIED)

    # ---- draws, as gen.py made them
    def phone(self, number: str, style: int | None = None) -> str:
        """fmtphone(): one of six styles (drawn where not given); a look-alike drawn for 3."""
        style = self.rng.randint(0, 5) if style is None else style
        form = PHONE_STYLES[style] or self.rng.choice(["-", *HYPHENS])
        return fphone(number.replace("-", ""), form)

    def mobile(self) -> str:
        rng = self.rng
        head = rng.choice(["090", "080", "070"])
        return f"{head}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"

    def land(self) -> str:
        return f"048-{self.rng.randint(220, 299)}-{self.rng.randint(1000, 9999)}"

    def email(self) -> str:
        rng = self.rng
        user = rng.choice(ROMAN) + rng.choice(["_", ".", ""]) + rng.choice(list("kstmyn"))
        return f"{user}{rng.randint(1, 999)}@{rng.choice(MAIL_DOMAINS)}"

    def year(self, first: int, last: int) -> date:
        """rdate(): 1 January of `first` to 31 December of `last`."""
        return self.between(date(first, 1, 1), date(last, 12, 31))

    def address(self) -> Address:
        rng = self.rng
        pref, city, towns, pz = rng.choice(CITIES)
        rest = (f"{rng.choice(towns)}{rng.randint(1, 5)}丁目{rng.randint(1, 30)}番"
                f"{rng.randint(1, 20)}号")
        room = f" グランメゾン{rng.randint(1, 9)}0{rng.randint(1, 9)}号室"
        corpo = f" コーポ{rng.choice(['桜', '若葉', 'ひかり'])}"
        corpo += f"{rng.randint(1, 3)}0{rng.randint(1, 6)}"
        rest += rng.choice(["", "", "", room, corpo])
        return Address(pref, city, rest, f"{pz}{rng.randint(0, 99):02d}{rng.randint(0, 99):02d}")

    def name(self, firsts: list[tuple[str, str]], last: tuple[str, str] | None = None,
             ) -> tuple[tuple[str, str], tuple[str, str]]:
        """mkname(): a surname (`last` where given) and a given name not yet used with it."""
        surname, _, given = fresh_name(self.rng, self.used, SURNAMES, {"-": firsts}, last=last,
                                       sex="-", tries=10**6)
        return surname, given

    def person(self, last: tuple[str, str], first: tuple[str, str], **fields: Any) -> Person:
        """The next P-numbered person."""
        self.count += 1
        return Person(f"P{self.count:03d}", "", "", last[0], first[0], last[1], first[1],
                      **fields)


def wareki_style(day: date, style: int = 0) -> str:
    """gen.py's wareki(): 0 令和6年4月1日 (平成1年), 1 H28.4.1, 2 H28/4/1, 3 平成元年4月1日."""
    if style == 0:
        return wareki(day, gannen=False)
    if style == 3:
        return wareki(day)
    short = wareki_short(day, padded=False)
    return short if style == 1 else short.replace(".", "/")


def half(text: str) -> str:
    """NFKC, as gen.py put a reading into a CSV."""
    return unicodedata.normalize("NFKC", text)


def _family(h: DayService, i: int) -> None:
    rng = h.rng
    sur = rng.choice(SURNAMES)
    addr = h.address()
    _, mom = h.name(MOM, sur)
    g = h.person(sur, mom, rel="母", born=h.year(1976, 1992), phone=h.mobile(), email=h.email(),
                 addr=addr, work=rng.choice(WORKS), workphone=h.land())
    g.home = h.land() if rng.random() < .4 else None
    if rng.random() < .2:
        _, dad = h.name(DAD, sur)
        g.first, g.first_kana, g.rel = dad[0], dad[1], "父"
    h.guardians.append(g)
    for _ in range(2 if i < 4 else 1):
        boy = rng.random() < .65
        _, given = h.name(BOY if boy else GIRL, sur)
        born = h.year(2011, 2018)
        gr = max(1, min(9, 2024 - born.year - 6 + (1 if born.month < 4 else 0)))
        school = rng.choice(SCHOOLS)
        if "中学校" in school and gr <= 6:
            school = SCHOOLS[0]
        diag = rng.choice(DIAG)
        med = "; ".join(MEDS[d] for d in MEDS if d in diag) or "なし"
        c = h.person(sur, given, boy=boy, born=born, school=school,
                     grade=f"小{gr}" if gr <= 6 else f"中{gr - 6}", diag=diag, med=med, g=g,
                     addr=addr)
        c.jukyu = f"{rng.randint(1, 9)}{rng.randint(0, 999999999):09d}"
        c.site = rng.randint(0, 1)
        g.kids.append(c)
        h.children.append(c)
    if rng.random() < .55:
        last = sur if rng.random() < .7 else None
        es, ef = h.name(OLDW, last)
        e = h.person(es, ef, rel=rng.choice(["祖母", "祖母（母方）", "叔母"]), phone=h.mobile())
        e.addr = h.address() if es != sur or rng.random() < .5 else addr
        h.emerg.append(e)
        g.emerg = e


def populate(seed: int, share: Share) -> DayService:
    """The families, staff, doctor, 相談支援, teachers, prospects and former children."""
    share.keep_modes, share.keep_created = False, True
    h = DayService.seeded(seed, share, Truth(form="full"), seed, seed)
    rng = h.rng
    for i in range(36):
        _family(h, i)
    for i in range(14):
        female = rng.random() < .6
        s, f = h.name(MOM if female else DAD)
        p = h.person(s, f, born=h.year(1962, 2000), phone=h.mobile(), addr=h.address(),
                     q=STAFF_Q[i % len(STAFF_Q)], bank=rng.choice(BANKS),
                     branch=rng.choice(BRANCHES), acct=f"{rng.randint(1000000, 9999999)}",
                     site=i % 2, mail=f"staff{i + 1:02d}@npo-mirai.or.jp")
        h.staff.append(p)
    for s in h.staff:
        s.mynum = my_number(rng)
    h.doctor = h.person(*h.name(DAD), org="川口こども発達クリニック",
                        mail="dr.clinic@kawaguchi-kodomo.jp")
    for i in range(2):
        s, f = h.name(MOM)
        h.sw.append(h.person(s, f, org="相談支援事業所あおぞら", phone=h.mobile(),
                             mail=f"soudan{i + 1}@aozora-soudan.jp"))
    for i in range(3):
        s, f = h.name(DAD if i == 1 else MOM)
        h.teachers.append(h.person(
            s, f, school=SCHOOLS[i if i < 2 else 3],
            mail=f"{['tanin', 'gakunen', 'shien'][i]}@"
                 f"{['honcho-es', 'shiba-es', 'kawaguchi-sh'][i]}.saitama.ed.jp"))
    for i in range(6):
        sur = rng.choice(SURNAMES)
        _, mf = h.name(MOM, sur)
        _, cf = h.name(BOY if i % 2 else GIRL, sur)
        g, c = h.person(sur, mf), h.person(sur, cf)
        c.born, g.phone, g.email = h.year(2013, 2019), h.mobile(), h.email()
        g.addr, c.diag = h.address(), rng.choice(DIAG[:6])
        h.prospects.append((g, c))
    for _ in range(5):
        sur = rng.choice(SURNAMES)
        _, cf = h.name(BOY, sur)
        _, mf = h.name(MOM, sur)
        c, m = h.person(sur, cf), h.person(sur, mf)
        c.born, m.phone, m.addr = h.year(2006, 2010), h.mobile(), h.address()
        c.diag = rng.choice(DIAG)
        h.retired.append((c, m))
    return h


def corp_number(h: DayService) -> str:
    """The NPO's 法人番号, drawn where gen.py drew it (after the handover memo's draws)."""
    h.corp = corporate_number(h.rng)
    return h.corp
