"""Who the dental clinic's share is about: ten staff, 92 or more patients (a fifth with family
at the same address, three young parents' children), a guardian for each child born 2012 or
later, eight 訪問 patients each with a キーパーソン, one who died, a staff member at each care
facility, the lab's technician; all drawn from one random stream and one Faker in gen.py's
order (five patients only in the 2019 archive are drawn as it is written).

受付番号 and 予約番号 pass the My Number check, 見積番号 the 法人番号 check, 技工指示書番号,
伝票番号 and the appointment book's numbers Luhn: hard negatives all. The clinic's, the lab's
and the facilities' names, addresses and phones are neutral; the deceased is no one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .identifiers import corporate_number, digits
from .identifiers import my_number as check_number
from .japanese import FULL_WIDTH, wareki
from .share import Population, Resident, Share, Street
from .truth import Truth, normalize, plain_hyphens

FACILITIES = ["特別養護老人ホーム さくらの里", "介護付有料老人ホーム ひだまり港北",
              "グループホーム あおぞら"]
CITIES = ["横浜市港北区", "横浜市港北区", "横浜市港北区", "横浜市都筑区", "横浜市神奈川区",
          "川崎市中原区"]  # all in 神奈川県
MAIL_DOMAINS = ["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp", "icloud.com"]
ROLES = [("院長", "歯科医師", (1962, 1975)), ("副院長", "歯科医師", (1975, 1988)),
         ("勤務医", "歯科医師", (1988, 1996)), ("主任歯科衛生士", "歯科衛生士", (1978, 1990)),
         ("歯科衛生士", "歯科衛生士", (1990, 2000)), ("歯科衛生士", "歯科衛生士", (1995, 2003)),
         ("歯科衛生士（訪問）", "歯科衛生士", (1985, 1995)), ("受付", "事務", (1980, 2002)),
         ("受付", "事務", (1995, 2004)), ("歯科助手", "事務", (1990, 2005))]


def wareki_long(day: date) -> str:
    """和暦 as gen.py wrote it: 昭和 counted back before 1926-12-25 (a 1925 birth 昭和0年,
    which japanese.wareki calls 大正14年)."""
    if day >= date(1926, 12, 25):
        return wareki(day)
    year = day.year - 1925
    return f"昭和{'元' if year == 1 else year}年{day.month}月{day.day}日"


def zenkaku(n: int | str) -> str:
    """A number as a memo types it, in full-width digits."""
    return str(n).translate(FULL_WIDTH)


@dataclass(eq=False)
class Address(Street):
    """A home in 神奈川県, its building (some) and 〒 shared by a family."""

    bldg: str = ""
    postal: str = ""

    def line(self, style: int = 0, hyphen: str = "") -> str:
        """How a file writes it: 0 神奈川県… 1-2-3, 1 without 県 and building as 1丁目2-3,
        2 in 丁目番号, 3 (a hyphen given) without 県 in full-width digits joined by it; a
        building after a full-width space (a plain one in style 3)."""
        c, b, g = self.c, self.b, self.g
        if style == 0:
            text = self.dashed(pref=True)
        elif style == 1:
            text = f"{self.city}{self.town}{c}丁目{b}-{g}"
        elif style == 2:
            text = self.banchi()
        else:
            text = self.city + self.town + hyphen.join(zenkaku(n) for n in (c, b, g))
        if not self.bldg or style == 1:
            return text
        return text + (" " if style == 3 else "　") + self.bldg


@dataclass(eq=False)
class Person(Resident):
    """Anyone named: staff, patients, guardians, キーパーソン, facility staff, the technician
    and the deceased; phones are digits (home: a landline where the family has one)."""

    addr: Address | None = None
    home: str = ""
    title: str = ""  # staff: 職種
    lic: str = ""  # staff: 歯科医師, 歯科衛生士 or 事務
    karte: str = ""
    insurer: str = ""  # 保険者番号
    kigo: str = ""  # 記号・番号
    first_visit: date | None = None
    facility: str = ""  # a 訪問 patient's (or a facility's staff member's)
    kp: Person | None = None  # a 訪問 patient's キーパーソン
    rel: str = ""  # the キーパーソン's 続柄
    work: str = ""  # a facility's phone
    death: date | None = None
    card: str = ""
    expiry: str = ""
    my_number: str = ""
    pension: str = ""
    bank: tuple[tuple[str, str], tuple[str, str], str] = (("", ""), ("", ""), "")
    licence: str = ""  # 運転免許証番号

    def name(self, sep: str = "　") -> str:
        return f"{self.last}{sep}{self.first}"

    def kana(self, sep: str = "　") -> str:
        return f"{self.last_kana}{sep}{self.first_kana}"

    @property
    def tel(self) -> str:
        """The number the ledger gives: the home's, else the mobile."""
        return self.home or self.mobile


@dataclass(eq=False)
class DentalClinic(Population):
    """One seed's people, random streams and output; the file writers share it."""

    clinic: str = ""
    tel: str = ""
    addr: str = ""
    corp: str = ""
    lab: str = ""
    lab_tel: str = ""
    lab_corp: str = ""
    people: list[Person] = field(default_factory=list)
    used: set[tuple[str, str]] = field(default_factory=set)
    used_kana: set[tuple[str, str]] = field(default_factory=set)
    staff: list[Person] = field(default_factory=list)
    patients: list[Person] = field(default_factory=list)
    guardians: dict[str, Person] = field(default_factory=dict)  # by the child's id
    visits: list[Person] = field(default_factory=list)
    deceased: Person | None = None
    facility_staff: dict[str, Person] = field(default_factory=dict)  # by facility
    tech: Person | None = None
    implants: list[Person] = field(default_factory=list)  # drawn as their 見積書 are written

    @property
    def director(self) -> Person:
        return self.staff[0]

    @property
    def dentists(self) -> list[Person]:
        return [s for s in self.staff if s.lic == "歯科医師"]

    @property
    def hygienists(self) -> list[Person]:
        return [s for s in self.staff if s.lic == "歯科衛生士"]

    def add(self, path: str, category: str, raw: str, who: Person | None = None,
            neutral: bool = False, born: date | None = None) -> None:
        """Record `raw` for `who`; born: a birth date (its truth the ISO date); an address's
        look-alike hyphen between digits as '-'."""
        normal = normalize(category, raw) if born is None else born.isoformat()
        if category == "address":
            normal = plain_hyphens(normal)
        self.truth.add(path, category, raw, who.id if who else None, neutral, normal=normal)

    def write_truth(self, outdir: Path) -> None:
        """People: those some record expects, once a neutral record met an expected one."""
        records = self.truth.merged("replace")
        self.truth.write(outdir, len(self.truth.people(records)), merge="replace")

    # ---- draws
    def my_number(self) -> str:
        return check_number(self.rng)

    def day(self, first_year: int, last_year: int) -> date:
        """A day from 1 January of the one year to 28 December of the other."""
        return self.between(date(first_year, 1, 1), date(last_year, 12, 28))

    def landline(self) -> str:
        """A 045 number."""
        return f"045{self.rng.randint(400, 999)}{self.rng.randint(1000, 9999)}"

    def person(self, role: str, sex: str = "", born: tuple[int, int] = (1935, 2018),
               family: Person | None = None) -> Person:
        """Someone new (of `family`'s surname and home where given), neither their kanji nor
        their kana name drawn before (a fresh surname every fifth try where not a family's;
        after 200, whatever came)."""
        R, F = self.rng, self.faker
        sex = sex or R.choice("MF")
        last = (family.last, family.last_kana, family.last_roman) if family else F.last_name_pair()
        for tries in range(200):
            first = F.first_name_male_pair() if sex == "M" else F.first_name_female_pair()
            if ((last[0], first[0]) not in self.used and (last[1], first[1]) not in self.used_kana
                    and first[0] != last[0]):
                break
            if not family and tries % 5 == 4:
                last = F.last_name_pair()
        self.used.add((last[0], first[0]))
        self.used_kana.add((last[1], first[1]))
        day = self.day(*born)
        mobile = f"{R.choice(['090', '080', '070'])}{R.randint(1000, 9999)}{R.randint(1000, 9999)}"
        if family:
            addr, home = family.addr, family.home
        else:
            addr = Address("神奈川県", R.choice(CITIES), F.town(), R.randint(1, 6),
                           R.randint(1, 30), R.randint(1, 25))
            building = (F.building_name() + R.choice(["", "港北", "日吉", "綱島"])
                        + str(R.randint(1, 5)) + f"{R.randint(1, 12):02d}")
            addr.bldg = R.choice(["", "", "", building])
            addr.postal = f"22{R.randint(0, 3)}-{R.randint(0, 99):04d}"
            home = self.landline() if R.random() < 0.5 else ""
        email = ""
        if R.random() < 0.5:
            email = (f"{R.choice(['', 'k', 'y', 'm'])}{F.user_name()}{R.randint(1, 99)}"
                     f"@{R.choice(MAIL_DOMAINS)}")
        p = Person(f"P{len(self.people) + 1:03d}", role, sex, last[0], first[0], last[1],
                   first[1], last[2], first[2], day, addr, mobile, email, home=home)
        self.people.append(p)
        return p

    def insurer_number(self, prefix: str) -> str:
        """保険者番号: 8 digits, the last a check digit (weights 2,1,2,1 from the left, the
        products' digits summed)."""
        body = prefix + digits(self.rng, 7 - len(prefix))
        total = 0
        for i, c in enumerate(body):
            product = int(c) * (2 if i % 2 == 0 else 1)
            total += product // 10 + product % 10
        return body + str((10 - total % 10) % 10)


def _insure(h: DentalClinic, p: Person, index: int) -> None:
    """カルテ番号, insurer and 記号・番号: a 健保組合's, 協会けんぽ 神奈川's or a 国保's (whose
    8-digit number gen.py drew and dropped for 6 digits)."""
    R = h.rng
    p.karte = f"{R.randint(1, 9)}{index + 1:04d}"
    kind = R.random()
    if kind < 0.55:
        p.insurer = h.insurer_number("06" + R.choice(["13", "14", "27"]))
        p.kigo = f"{R.randint(1, 9999)}・{R.randint(1, 999)}"
    elif kind < 0.8:
        p.insurer = h.insurer_number("0114")
        p.kigo = f"{R.randint(10000000, 99999999)}・{R.randint(1, 99)}"
    else:
        h.insurer_number("14")
        p.insurer = "14" + digits(R, 4)
        p.kigo = f"{R.randint(100, 999)}・{R.randint(10000, 99999)}"
    p.first_visit = h.day(2012, 2026)


def _visit(h: DentalClinic) -> Person:
    """A 訪問 patient (後期高齢者), at a facility or at home, and the キーパーソン: of the
    family (at the same home) six times in ten."""
    R = h.rng
    v = h.person("patient", born=(1928, 1945))
    v.karte = f"8{len(h.patients) + len(h.visits) + 1:04d}"
    v.insurer = "3914" + digits(R, 4)
    v.kigo = f"{R.randint(10000000, 99999999)}"
    v.first_visit = h.day(2021, 2026)
    v.facility = R.choice([*FACILITIES, "", ""])
    kp = h.person("keyperson", born=(1955, 1975), family=v if R.random() < 0.6 else None)
    if kp.last == v.last:
        kp.rel = R.choice(["長男", "次男"] + (["夫"] if v.sex == "F" else [])) if kp.sex == "M" \
            else R.choice(["長女", "次女", "長男の妻"] + (["妻"] if v.sex == "M" else []))
    elif kp.sex == "M":
        kp.rel = R.choice(["甥", "娘婿"])
    else:
        kp.rel = R.choice(["長女（嫁ぎ先）", "次女", "姪"])
    v.kp = kp
    return v


def populate(seed: int, share: Share) -> DentalClinic:
    """The clinic, the lab, staff, patients and their families, 訪問 patients, the deceased,
    the facilities' staff and the technician, in gen.py's order."""
    h = DentalClinic.seeded(seed, share, Truth(form="full"), seed * 7919 + 42, seed * 31 + 4242)
    R, F = h.rng, h.faker
    h.clinic = (f"医療法人社団 {R.choice(['青葉会', '緑風会', '白鳳会', '慈歯会'])} "
                f"{R.choice(['さくら', 'ひまわり', 'みなと', 'けやき'])}歯科医院")
    h.tel = h.landline()
    h.addr = (f"神奈川県横浜市港北区{F.town()}{R.randint(1, 5)}-{R.randint(1, 30)}"
              f"-{R.randint(1, 20)}")
    h.corp = corporate_number(R)
    h.lab = f"株式会社{R.choice(['横浜', '港北', '湘南', '京浜'])}デンタルラボ"
    h.lab_tel = h.landline()
    h.lab_corp = corporate_number(R)
    for title, lic, born in ROLES:
        s = h.person("staff", born=born, sex=R.choice("MF") if lic == "歯科医師" else "F")
        s.title, s.lic = title, lic
        h.staff.append(s)
    while len(h.patients) < 92:
        head = h.person("patient", born=(1938, 2004))
        h.patients.append(head)
        if R.random() < 0.22:
            h.patients += [h.person("patient", born=(1940, 2020), family=head)
                           for _ in range(R.randint(1, 2))]
    parents = [p for p in h.patients if 1975 <= p.born.year <= 1992][:3]
    h.patients += [h.person("patient", born=(2013, 2020), family=p) for p in parents]
    for p in h.patients:
        if p.born.year >= 2012:
            h.guardians[p.id] = h.person("guardian", born=(1978, 1990), family=p)
    for i, p in enumerate(h.patients):
        _insure(h, p, i)
    for _ in range(8):
        h.visits.append(_visit(h))
    h.deceased = h.person("deceased", born=(1925, 1932))
    h.deceased.karte = "80099"
    h.deceased.death = h.day(2026, 2026)
    for facility in FACILITIES:
        fs = h.person("facility_staff", born=(1970, 1998))
        fs.facility, fs.work = facility, h.landline()
        h.facility_staff[facility] = fs
    h.tech = h.person("lab_tech", born=(1970, 1990))
    return h
