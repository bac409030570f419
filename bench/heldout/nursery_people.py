"""Who the nursery's share is about: 28 families (seven with two children, one in eight
without a father), ten grandparents registered for pick-up, fourteen staff and the spouses and
children of six, as gen.py drew them from one random stream and one Faker, in its order; the
siblings, graduates and visiting families the files draw later are added as they come.

Ids run P001… in drawing order (a single mother's father keeps the id he was drawn with). The
truth keeps gen.py's normal forms (a birth date's ISO form, an address's look-alike hyphens as
"-", a sensitive value, credential or IP as written), one record a (path, category, value,
person, neutral), "person" null where no one, and the people count after the records.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from .identifiers import corporate_number, my_number
from .japanese import FULL_WIDTH, fphone, wareki_short
from .japanese import wareki as era_date
from .nursery_names import (
    ADULT_F,
    ADULT_M,
    BUILDINGS,
    CHILD_F,
    CHILD_M,
    CITIES,
    COMPANIES,
    SURNAMES,
)
from .share import Named, Population, Share, Street
from .truth import Truth, plain_hyphens, squeeze

CLASSES = ["ひよこ組", "りす組", "うさぎ組", "ぱんだ組", "きりん組", "ぞう組"]  # by age, 0 to 5
ROLES = ["園長", "主任保育士"] + ["保育士"] * 8 + ["看護師", "栄養士", "調理員", "事務員"]
DOCTORS = [("さくら小児科クリニック", "佐藤", "健一", "0482500101"),
           ("みなみ川口こどもクリニック", "村上", "直子", "0482650202"),
           ("わらびキッズクリニック", "岡田", "浩", "0484300303"),
           ("戸田ファミリー小児科", "青木", "誠", "0484410404")]
ALLERGY = ["卵", "乳", "小麦", "落花生", "えび", "そば", "キウイフルーツ", "大豆", "くるみ"]
HISTORY = ["熱性けいれん", "気管支喘息", "アトピー性皮膚炎", "川崎病", "RSウイルス感染症（入院）",
           "心室中隔欠損症（経過観察中）", "食物依存性運動誘発アナフィラキシー"]
BANKS = [("0005", "三菱UFJ銀行"), ("0001", "みずほ銀行"), ("0009", "三井住友銀行"),
         ("0017", "埼玉りそな銀行"), ("9900", "ゆうちょ銀行"), ("1250", "川口信用金庫")]
NAME = "社会福祉法人ひだまり会 ひだまり保育園"
TEL, FAX, MAIL = "048-255-3710", "048-255-3711", "info@hidamari-hoikuen.jp"
ADDRESS = "埼玉県川口市芝中田2丁目18番7号"
PHONE_STYLES = ["hy", "none", "zen", "ー", "paren", "‐"]
CREATED, STAMP = datetime(2024, 4, 1, 9, 0), datetime(2024, 10, 1, 9, 0)


def fw(text: str) -> str:
    """Digits and hyphens full-width."""
    return text.translate(FULL_WIDTH)


def wareki(day: date, style: int = 0) -> str:
    """gen.py's 和暦: 0 令和5年6月1日, 1 R5.6.1, 2 R5/6/1, 3 令和05年06月01日."""
    if style in (1, 2):
        short = wareki_short(day, padded=False)
        return short if style == 1 else short.replace(".", "/")
    return era_date(day, padded=style == 3)


def katakana(text: str) -> str:
    """Hiragana as katakana."""
    return "".join(chr(ord(c) + 96) if "ぁ" <= c <= "ゖ" else c for c in text)


@dataclass(eq=False)
class Address(Street):
    """A home: its building (half of them) and 〒."""

    bldg: str = ""
    postal: str = ""

    def line(self, pref: bool = True, style: int = 0) -> str:
        """gen.py's addr_str: 0 芝1丁目2番3号 with the building glued on, 1 芝1-2-3 and 2
        芝１－２－３ with the building after a space."""
        if style == 0:
            text = (self.pref if pref else "") + self.banchi()[len(self.pref):]
            return text + self.bldg
        text = self.dashed(pref)
        text = fw(text) if style == 2 else text
        return text + (" " + self.bldg if self.bldg else "")

    def zip_code(self, dash: str = "-") -> str:
        return f"{self.postal[:3]}{dash}{self.postal[3:]}"


@dataclass(eq=False)
class Person(Named):
    """Anyone in the share; fields for what a child, guardian, grandparent or staff member has."""

    kind: str = ""
    rel: str = ""
    born: date = date(1900, 1, 1)
    mobile: str = ""
    work: tuple[str, str] = ("", "")
    email: str = ""
    addr: Address | None = None
    fam: Family | None = None
    cls: str = ""
    no: str = ""
    allergy: list[str] = field(default_factory=list)
    history: list[str] = field(default_factory=list)
    doc: tuple[str, str, str, str] = ("", "", "", "")
    epipen: bool = False
    my_number: str = ""
    licence: str = ""
    work_mail: str = ""
    private_mail: str = ""
    emp: str = ""
    spouse: Person | None = None
    kid: Person | None = None


@dataclass(eq=False)
class Family:
    """A household: its surname, home, guardians, enrolled children and 保育料 account."""

    last: tuple[str, str]
    addr: Address
    home: str | None
    mother: Person
    father: Person | None
    single: bool
    kids: list[Person] = field(default_factory=list)
    grand: Person | None = None
    payer: Person | None = None
    bank: tuple[str, str] = ("", "")
    branch: str = ""
    account: str = ""
    work_phone: str = ""


@dataclass(eq=False)
class Nursery(Population):
    """The seed's people and output."""

    families: list[Family] = field(default_factory=list)
    children: list[Person] = field(default_factory=list)
    grands: list[Person] = field(default_factory=list)
    staff: list[Person] = field(default_factory=list)
    corporate: str = ""
    vendor_corporate: str = ""
    phones: set[str] = field(default_factory=set)
    count: int = 0
    mails: int = 0

    @property
    def guardians(self) -> list[Person]:
        return [g for f in self.families for g in (f.mother, f.father) if g]

    def t(self, path: str, category: str, value: Any, who: Person | str | None = None,
          neutral: bool = False) -> None:
        """Record `value` in `path` in gen.py's normal form."""
        normal = None
        if category == "address":
            normal = plain_hyphens(squeeze(value))
        elif category == "date_of_birth":
            normal = value = value.isoformat()
        elif category in ("sensitive", "credential", "ip_address"):
            normal = value
        pid = who.id if isinstance(who, Person) else who
        self.truth.add(path, category, value, pid, neutral, normal=normal)

    def named(self, path: str, p: Person, reading: str = "") -> None:
        """`p`'s name, and its reading in hiragana ("hira") or katakana ("kata")."""
        self.t(path, "person_name", p.name(), p)
        if reading:
            kana = p.kana()
            self.t(path, "person_name", kana if reading == "hira" else katakana(kana), p)

    def school(self, path: str, *what: str) -> None:
        """The nursery's own phone, fax, address or 〒 (neutral)."""
        values = {"tel": ("phone_number", TEL), "fax": ("phone_number", FAX),
                  "addr": ("address", ADDRESS), "zip": ("postal_code", "3330848")}
        for key in what:
            self.t(path, *values[key], None, True)

    def write_truth(self, outdir: Path) -> None:
        """The records, then the people some record really names."""
        self.truth.write(outdir, len(self.truth.people()), meta_last=True)

    def save(self, rel: str, document: Any) -> None:
        """A workbook or .docx as gen.py saved it: created 1 April, modified (pinned) 1 October."""
        if hasattr(document, "core_properties"):
            props = document.core_properties
            props.author = props.last_modified_by = "hidamari"
        else:
            props = document.properties
            props.creator = "hidamari"
        props.created = CREATED
        self.share.save(rel, document)

    # ---- draws
    def phone(self, number: str, style: int | None = None) -> str:
        """A number in gen.py's six styles (one drawn where not given), 3-3-4 or 3-4-4."""
        style = self.rng.randint(0, 5) if style is None else style
        return fphone(number, PHONE_STYLES[style], area=3)

    def mobile(self) -> str:
        """A mobile no one has yet, its four middle digits not 0000."""
        rng = self.rng
        return self._fresh(lambda: rng.choice(["090", "080", "070"])
                           + f"{rng.randint(1000, 9999)}{rng.randint(0, 9999):04d}",
                           lambda p: "0000" not in p[3:7])

    def landline(self) -> str:
        """A 048 (川口) number no one has yet."""
        rng = self.rng
        return self._fresh(lambda: f"048{rng.randint(220, 299)}{rng.randint(0, 9999):04d}")

    def _fresh(self, draw: Callable[[], str], fits: Callable[[str], bool] = bool) -> str:
        """draw() again until it gives a number not yet used that fits."""
        while (p := draw()) in self.phones or not fits(p):
            pass
        self.phones.add(p)
        return p

    def year(self, first: int, last: int) -> date:
        """gen.py's rdate: 1 January of `first` to 28 December of `last`."""
        return self.between(date(first, 1, 1), date(last, 12, 28))

    def address(self) -> Address:
        rng = self.rng
        pref, city, zp, towns = rng.choice(CITIES[:3] if rng.random() < .85 else CITIES)
        street = (pref, city, rng.choice(towns), rng.randint(1, 6), rng.randint(1, 30),
                  rng.randint(1, 20))
        bldg = ""
        if rng.random() < .5:
            bldg = f"{rng.choice(BUILDINGS)}{rng.randint(1, 9)}0{rng.randint(1, 9)}号室"
        return Address(*street, bldg, zp + f"{rng.randint(0, 9999):04d}")

    def person(self, kind: str, last: tuple[str, str], first: tuple[str, str],
               **fields: Any) -> Person:
        """The next P-numbered person."""
        self.count += 1
        return Person(f"P{self.count:03d}", fields.pop("role", ""), fields.pop("sex", ""),
                      last[0], first[0], last[1], first[1], kind=kind, **fields)

    def child_name(self, sex: str) -> tuple[str, str]:
        return self.rng.choice(CHILD_M if sex == "男" else CHILD_F)

    def user(self) -> str:
        return self.faker.user_name()


def _family(h: Nursery, i: int, last: tuple[str, str]) -> Family:
    rng = h.rng
    addr = h.address()
    mg, fg = rng.choice(ADULT_F), rng.choice(ADULT_M)
    mother = h.person("guardian", last, mg, rel="母", sex="女", born=h.year(1984, 1996),
                      mobile=h.mobile(), work=rng.choice(COMPANIES), addr=addr)
    mother.email = (f"{rng.choice(['mama', 'm', 'happy', 'sakura', 'hana'])}.{h.user()}"
                    f"{rng.randint(1, 99)}@"
                    + rng.choice(['gmail.com', 'docomo.ne.jp', 'ezweb.ne.jp', 'icloud.com',
                                  'yahoo.co.jp']))
    father = h.person("guardian", last, fg, rel="父", sex="男", born=h.year(1981, 1994),
                      mobile=h.mobile(), work=rng.choice(COMPANIES), addr=addr)
    father.email = (f"{h.user()}{rng.randint(1, 99)}@"
                    + rng.choice(['gmail.com', 'softbank.ne.jp', 'outlook.jp']))
    home = h.landline() if rng.random() < .3 else None
    fam = Family(last, addr, home, mother, father, rng.random() < .12)
    if fam.single:
        fam.father = None
    for age in rng.sample(range(6), 2 if i < 7 else 1):
        sex = rng.choice("男女")
        given = h.child_name(sex)
        by = 2024 - age - 1
        h.year(by, by)  # gen.py's first draw of the birth date, overwritten
        born = h.between(date(by, 4, 2), date(by + 1, 4, 1))
        if age == 0:
            born = h.between(date(2023, 6, 1), date(2024, 3, 20))
        c = h.person("child", last, given, sex=sex, born=born, cls=CLASSES[age], fam=fam)
        fam.kids.append(c)
        h.children.append(c)
    return fam


def _staff(h: Nursery) -> None:
    rng = h.rng
    for i, role in enumerate(ROLES):
        sex = "男" if i in (0, 8) else "女"
        given = rng.choice(ADULT_M if sex == "男" else ADULT_F)
        last = rng.choice(SURNAMES)
        s = h.person("staff", last, given, sex=sex, role=role,
                     born=h.year(1962 if i < 2 else 1970, 1975 if i < 2 else 2002),
                     mobile=h.mobile(), addr=h.address(), my_number=my_number(rng))
        s.licence = (f"埼玉県-{rng.randint(10000, 99999):06d}"
                     if "保育士" in role or role == "園長" else "")
        s.work_mail = f"staff{i + 1:02d}@hidamari-hoikuen.jp"
        s.private_mail = f"{h.user()}{rng.randint(1, 999)}@gmail.com"
        s.emp = f"E{i + 101:04d}"
        h.staff.append(s)
    for s in h.staff[:6]:
        last = (s.last, s.last_kana)
        given = rng.choice(ADULT_M if s.sex == "女" else ADULT_F)
        s.spouse = h.person("dependent", last, given, born=h.year(1965, 1995),
                            my_number=my_number(rng), rel="配偶者")
        if rng.random() < .7:
            given = rng.choice(CHILD_M + CHILD_F)
            s.kid = h.person("dependent", last, given, born=h.year(2008, 2020),
                             my_number=my_number(rng), rel="子")


def populate(seed: int, share: Share) -> Nursery:
    """The families, grandparents, staff and their dependents, as gen.py drew them."""
    share.keep_modes, share.keep_created = False, True
    h = Nursery.seeded(seed, share, Truth(form="full"), seed, seed)
    rng = h.rng
    surnames = SURNAMES[:]
    rng.shuffle(surnames)
    h.families = [_family(h, i, surnames[i]) for i in range(28)]
    h.children.sort(key=lambda c: -c.born.toordinal())
    for i, c in enumerate(h.children):
        c.no = f"2024{i + 1:03d}"
    for fam in rng.sample(h.families, 10):
        side, sex = rng.choice(["母方", "父方"]), rng.choice("男女")
        given = rng.choice(ADULT_F[12:] if sex == "女" else ADULT_M[12:])
        last = fam.last if side == "父方" else rng.choice(SURNAMES)
        rel = f"祖{'母' if sex == '女' else '父'}（{side}）"
        fam.grand = h.person("grand", last, given, sex=sex, rel=rel, born=h.year(1950, 1963),
                             mobile=h.mobile(), fam=fam, addr=h.address())
        h.grands.append(fam.grand)
    _staff(h)
    for c in h.children:
        c.allergy = rng.sample(ALLERGY, rng.choice([1, 2])) if rng.random() < .25 else []
        c.history = [rng.choice(HISTORY)] if rng.random() < .3 else []
        c.doc = rng.choice(DOCTORS)
        c.epipen = bool(c.allergy) and rng.random() < .4
    for fam in h.families:
        fam.payer = fam.father or fam.mother
        if rng.random() < .5 and fam.father:
            fam.payer = fam.mother
        fam.bank = rng.choice(BANKS)
        fam.branch, fam.account = f"{rng.randint(100, 899):03d}", f"{rng.randint(1000000, 9999999)}"
    h.corporate = corporate_number(rng, nonzero_lead=True)
    return h
