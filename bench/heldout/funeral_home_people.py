"""Who the funeral home's share is about: eight staff (half with a spouse for the 年末調整),
twenty 施行 (the deceased, who is no one; the 喪主, of the deceased's surname or, for a married
daughter, another; up to two more of the family), forty 会葬者, fourteen 互助会 members beside
six 喪主, three people planning their own funeral and a relative each, twelve web customers;
all drawn from one random stream and one Faker in gen.py's order.

施行番号, 火葬許可番号 and 互助会会員番号 pass the My Number check, 見積番号 and 受付番号 the
法人番号 check, 注文番号 and 発注番号 Luhn: hard negatives all. The company's, the temples', the
crematoria's and the florists' names and phones are neutral.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .identifiers import corporate_number, luhn_check
from .identifiers import my_number as check_number
from .share import Population, Resident, Share, Street, age_on
from .truth import Truth

COMPANY = "株式会社さくら典礼"
MAIL_DOMAINS = ["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp", "icloud.com"]
TEMPLE_NAMES = ["蓮光", "善福", "長源", "大慈", "正覚", "法泉"]
SHUHA = ["浄土真宗本願寺派", "浄土宗", "曹洞宗", "臨済宗", "真言宗", "日蓮宗", "天台宗",
         "キリスト教", "神道", "創価学会"]
CAUSES = ["肺炎", "心不全", "老衰", "脳梗塞", "誤嚥性肺炎", "腎不全"]
PLACES = ["川越総合病院", "自宅", "特別養護老人ホームけやき苑", "埼玉医療センター"]


@dataclass(eq=False)
class Address(Street):
    """A home as gen.py typed it: 都道府県 to 号 joined by '-', a building after a space for
    some."""

    bldg: str = ""

    def full(self) -> str:
        return self.dashed(pref=True) + (f" {self.bldg}" if self.bldg else "")


@dataclass(eq=False)
class Person(Resident):
    """Anyone the share names (P…; the deceased have no id): staff, 喪主, family, 会葬者,
    members, planners, customers, the web form's inquirers."""

    addr: Address | None = None
    postal: str = ""
    my_number: str = ""  # staff and their spouses
    pension: str = ""  # 基礎年金番号
    bank: tuple[str, str, str] = ("", "", "")  # bank code, branch, account
    hired: str = ""
    family: Person | None = None  # a staff member's spouse
    ext: str = ""

    @property
    def male(self) -> bool:
        return self.sex == "M"


@dataclass(frozen=True)
class Temple:
    name: str
    tel: str
    priest: str


@dataclass(eq=False)
class Case:
    """A 施行: the deceased, the 喪主 and the family, the dates and the numbers."""

    dec: Person
    mosh: Person
    fam: list[Person]
    zoku: str  # the 喪主's 続柄
    shuha: str
    temple: Temple
    saijo: tuple[str, str]
    death: date
    sekou: str  # 施行番号 (passes the My Number check)
    age: int
    mosh_tel: str
    tsuya: date | None = None
    kokubetsu: date | None = None
    uketsuke: date | None = None
    kaso: str = ""  # 火葬許可番号 (passes the My Number check)
    juri: str = ""  # 見積番号 (passes the 法人番号 check)
    cause: str = ""
    place: str = ""
    honseki: str = ""


@dataclass(eq=False)
class FuneralHome(Population):
    """One seed's people, random streams and output; the file writers share it."""

    dial: str = ""  # the free dial (drawn, never written)
    tel2: str = ""  # the office's line
    fax: str = ""
    addr: str = ""
    corp: str = ""
    temples: list[Temple] = field(default_factory=list)
    saijo: list[tuple[str, str]] = field(default_factory=list)
    florists: list[tuple[str, str, str]] = field(default_factory=list)  # name, tel, 法人番号
    staff: list[Person] = field(default_factory=list)
    cases: list[Case] = field(default_factory=list)
    attendees: list[Person] = field(default_factory=list)
    members: list[Person] = field(default_factory=list)
    planners: list[Person] = field(default_factory=list)
    planner_family: list[Person] = field(default_factory=list)
    web: list[Person] = field(default_factory=list)
    count: int = 0  # ids given (the deceased take none)
    used: set[tuple[str, str]] = field(default_factory=set)
    living: set[str] = field(default_factory=set)

    def add(self, path: str, category: str, value: str, who: Person | None = None,
            neutral: bool = False, *, normal: str | None = None) -> None:
        """Record `value` for `who` (None: the company, a temple, the deceased); anyone recorded
        as expected counts, even where an earlier record of the value is kept instead."""
        pid = who.id if who else None
        if pid and not neutral:
            self.living.add(pid)
        self.truth.add(path, category, value, pid, neutral, normal=normal)

    def name(self, path: str, who: Person, form: str = "") -> None:
        self.add(path, "person_name", form or who.name(), who)

    def add_card(self, path: str, who: Person, tel: str) -> None:
        """What a form gives about someone, in gen.py's order: name, kana, birth date, home and
        the phone `tel`."""
        self.name(path, who)
        self.name(path, who, who.kana())
        self.add(path, "date_of_birth", who.born.isoformat(), who)
        self.add(path, "address", who.addr.full(), who)
        self.add(path, "phone_number", tel, who)

    def write_truth(self, outdir: Path) -> None:
        """People: everyone some add() expected, and the 連名 spouses named only beside them."""
        self.truth.write(outdir, len(self.living))

    # ---- draws
    def my_number(self) -> str:
        return check_number(self.rng, nonzero_lead=True)

    def landline(self, area: str) -> str:
        R = self.rng
        return f"{area}-{R.randint(200, 999)}-{R.randint(1000, 9999)}"

    def person(self, last: tuple[str, str] | None = None, male: bool | None = None,
               age: tuple[int, int] = (25, 85), deceased: bool = False) -> Person:
        """Someone new (of the surname `last`: a relative, its romanization "kc" as gen.py had
        it), their name not yet drawn for anyone (a fresh surname too after 21 tries where not
        given; after 200, whatever came)."""
        R, F = self.rng, self.faker
        fixed = last is not None
        surname = (last[0], last[1], "kc") if last else F.last_name_pair()
        male = R.random() < 0.5 if male is None else male
        for tries in range(200):
            fp = F.first_name_male_pair() if male else F.first_name_female_pair()
            if (surname[0], fp[0]) not in self.used:
                break
            if tries > 20 and not fixed:
                surname = F.last_name_pair()
        self.used.add((surname[0], fp[0]))
        born = date(2026 - R.randint(*age), R.randint(1, 12), R.randint(1, 28))
        addr = Address(F.prefecture(), F.city(), F.town(), R.randint(1, 9), R.randint(1, 30),
                       R.randint(1, 20))
        if R.random() < 0.3:
            addr.bldg = f"{F.building_name()}{R.randint(101, 905)}"
        postal = f"{R.randint(100, 999)}-{R.randint(0, 9999):04d}"
        mobile = f"0{R.choice([70, 80, 90])}-{R.randint(1000, 9999)}-{R.randint(1000, 9999)}"
        email = f"{F.user_name()}{R.randint(1, 99)}@{R.choice(MAIL_DOMAINS)}"
        if not deceased:
            self.count += 1
        pid = "" if deceased else f"P{self.count:03d}"
        return Person(pid, "", "M" if male else "F", surname[0], fp[0], surname[1], fp[1],
                      surname[2], fp[2], born, addr, mobile, email, postal=postal)

    def relative(self, of: Person, age: tuple[int, int], male: bool | None = None) -> Person:
        return self.person((of.last, of.last_kana), male, age)


def fix_master(card: str) -> str:
    """A 5… number outside Mastercard's 51-55 moved into it (second digit mod 5 + 1), Luhn
    again: BLIND_SCORES.md's truth fix 6, which leaves the random stream as it was."""
    if card[0] != "5" or card[1] in "12345":
        return card
    body = "5" + str(int(card[1]) % 5 + 1) + card[2:15]
    return body + luhn_check(body)


def _staff(h: FuneralHome) -> None:
    R = h.rng
    h.staff = [h.person(age=(24, 62)) for _ in range(8)]
    for s in h.staff:
        s.my_number = h.my_number()
        s.pension = f"{R.randint(1000, 9999)}-{R.randint(100000, 999999)}"
        s.bank = ("0009", f"{R.randint(100, 999)}", f"{R.randint(1000000, 9999999)}")
        s.hired = f"{R.randint(2003, 2024)}/{R.randint(1, 12):02d}/01"
        if R.random() < 0.5:
            s.family = h.relative(s, (24, 62), not s.male)
            s.family.my_number = h.my_number()
        s.ext = f"内線{R.randint(10, 39)}"


def _case(h: FuneralHome) -> Case:
    """A 施行 of 2025: a quarter of the 喪主 a married daughter (another surname; the first
    drawn is dropped, its id spent)."""
    R, F = h.rng, h.faker
    dec = h.person(age=(62, 99), deceased=True)
    mosh = h.relative(dec, (30, 80))
    if R.random() < 0.25:
        mosh = h.person(age=(30, 70))
    fam = [h.relative(dec, (20, 70)) for _ in range(R.randint(0, 2))]
    y, m, d = 2025, R.randint(1, 12), R.randint(1, 25)
    zoku = R.choice(["長男", "次男", "夫"] if mosh.male else ["長女", "二女", "妻", "長男の妻"])
    shuha, temple, saijo = R.choice(SHUHA), R.choice(h.temples), R.choice(h.saijo)
    death = date(y, m, d)
    c = Case(dec, mosh, fam, zoku, shuha, temple, saijo, death, "", age_on(dec.born, death), "",
             date(y, m, d + 2), date(y, m, d + 3), death)
    c.sekou, c.kaso, c.juri = h.my_number(), h.my_number(), corporate_number(h.rng)
    c.cause, c.place = R.choice(CAUSES), R.choice(PLACES)
    c.honseki = f"{F.prefecture()}{F.city()}{F.town()}{R.randint(1, 999)}番地"
    c.mosh_tel = mosh.mobile if R.random() < 0.6 else h.landline("049")
    return c


def old_case(h: FuneralHome) -> Case:
    """A 施行 of 2024 for the archive (drawn as the zip is written): the eldest son 喪主, 享年
    81 whatever the dates."""
    R = h.rng
    dec = h.person(age=(62, 99), deceased=True)
    mosh = h.person((dec.last, dec.last_kana), True, (35, 75))
    shuha, temple, saijo = R.choice(SHUHA), R.choice(h.temples), R.choice(h.saijo)
    death = date(2024, R.randint(1, 12), R.randint(1, 25))
    return Case(dec, mosh, [], "長男", shuha, temple, saijo, death, h.my_number(), 80,
                mosh.mobile, uketsuke=death)


def populate(seed: int, share: Share) -> FuneralHome:
    """The company, temples, crematoria, florists, staff, cases and the living around them, in
    gen.py's order."""
    h = FuneralHome.seeded(seed, share, Truth(by_person=False, form="sparse"),
                           seed * 7919 + 41, seed * 31 + 41)
    R, F = h.rng, h.faker
    h.dial = f"0120-{R.randint(100, 999)}-{R.randint(100, 999)}"
    h.tel2, h.fax = h.landline("048"), h.landline("048")
    h.addr = f"埼玉県川越市{F.town()}{R.randint(1, 5)}-{R.randint(1, 20)}-{R.randint(1, 9)}"
    h.corp = corporate_number(h.rng)
    for name in TEMPLE_NAMES:
        tel = h.landline(f"0{R.randint(42, 49)}")
        priest = (F.last_name() + R.choice(["道", "順", "昭", "賢"])
                  + R.choice(["信", "雄", "隆", "典"]))
        h.temples.append(Temple(f"{name}寺", tel, priest))
    h.saijo = [("川越市斎場", h.landline("049")), ("ふじみ野葬祭センター", h.landline("049"))]
    h.florists = [(name, h.landline("049"), corporate_number(h.rng))
                  for name in ["有限会社花工房みどり", "フラワーショップ彩花"]]
    _staff(h)
    h.cases = [_case(h) for _ in range(20)]
    h.attendees = [h.person(age=(25, 90)) for _ in range(40)]
    h.members = [h.person(age=(40, 88)) for _ in range(14)] + [c.mosh for c in h.cases[:6]]
    h.planners = [h.person(age=(60, 85)) for _ in range(3)]
    h.planner_family = [h.relative(p, (30, 60)) for p in h.planners]
    h.web = [h.person(age=(25, 75)) for _ in range(12)] + h.attendees[:5]
    return h
