"""Who the condominium management company's share is about: eight staff (three 管理員, three
フロント, 経理, 課長), a contact at each of three contractors, the owners of three buildings'
rooms (about a third let, an investor owning two, the let ones' owners living elsewhere), their
tenants, emergency contacts, the families of six households (居住者届), four former owners and a
deceased owner; all drawn from one random stream and one Faker in gen.py's order.

Phones are kept as written with hyphens (03-5123-4567); the company's, the contractors' and the
buildings' names, phones and 法人番号 are neutral.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from .identifiers import corporate_number
from .identifiers import my_number as check_number
from .japanese import FULL_WIDTH, HYPHENS, fphone
from .share import Population, Share
from .truth import Truth

COMPANY_NAMES = ["株式会社ミナト住宅管理", "株式会社セントラルコミュニティ",
                 "株式会社東和マンションサービス"]
COMPANY_DOMAINS = ["minato-kanri.co.jp", "central-comm.jp", "towa-ms.co.jp"]
COMPANY_ADDR = "東京都港区芝浦3丁目4番1号 芝浦ビル5階"
COMPANY_KANA = "ミナトジユウタクカンリ(カ"  # the 全銀 file's 委託者名, neutral wherever it shows
CONTRACTOR_NAMES = ["株式会社大和防水工業", "有限会社サンエイ設備",
                    "株式会社東邦エレベータサービス"]
CONTRACTOR_DOMAINS = ["daiwa-bousui.co.jp", "san-ei.jp", "toho-ev.co.jp"]
BUILDING_NAMES = ["パークハイツ", "グランドメゾン", "ライオンズプラザ", "シティテラス",
                  "ザ・レジデンス", "ブリリアコート"]
SITES = [("東京都", "世田谷区", "桜新町", "154-0015"),
         ("神奈川県", "川崎市中原区", "小杉町", "211-0063"),
         ("神奈川県", "横浜市港北区", "日吉", "223-0061"),
         ("東京都", "杉並区", "阿佐谷南", "166-0004"),
         ("埼玉県", "さいたま市浦和区", "高砂", "330-0063"),
         ("東京都", "江東区", "豊洲", "135-0061")]  # (pref, city, town, 〒)
HOME_PLACES = [("東京都", "練馬区", "石神井町"), ("東京都", "目黒区", "中町"),
               ("東京都", "府中市", "若松町"), ("東京都", "大田区", "池上"),
               ("神奈川県", "横浜市青葉区", "美しが丘"), ("神奈川県", "藤沢市", "鵠沼海岸"),
               ("神奈川県", "相模原市南区", "相模大野"), ("埼玉県", "川口市", "芝新町"),
               ("埼玉県", "所沢市", "小手指町"), ("千葉県", "船橋市", "前原西"),
               ("千葉県", "市川市", "南八幡"), ("大阪府", "豊中市", "上野東"),
               ("愛知県", "名古屋市千種区", "覚王山通"), ("兵庫県", "西宮市", "甲子園口")]
AREAS = [("03", 4), ("045", 3), ("044", 3), ("048", 3), ("042", 3), ("06", 4)]  # (area, width)
MAIL_DOMAINS = ["gmail.com", "yahoo.co.jp", "icloud.com", "docomo.ne.jp", "ezweb.ne.jp",
                "outlook.jp", "nifty.com"]
STAFF_ROLES = ["管理員", "管理員", "管理員", "フロント担当", "フロント担当", "フロント担当", "経理",
               "課長"]
BOARD_ROLES = ["理事長", "副理事長", "会計理事", "理事", "監事"]
KIN = ("長男", "長女", "次男", "弟")  # an emergency contact of the occupant's surname
SALARY_BANKS = ["三菱ＵＦＪ銀行", "みずほ銀行", "三井住友銀行", "りそな銀行", "ゆうちょ銀行"]
SALARY_BRANCHES = ["渋谷支店", "新宿支店", "川崎支店", "本店営業部", "浦和支店"]
DEBIT_BANKS = [("0005", "ﾐﾂﾋﾞｼﾕ-ｴﾌｼﾞｴｲ"), ("0001", "ﾐｽﾞﾎ"), ("0009", "ﾐﾂｲｽﾐﾄﾓ"),
               ("0010", "ﾘｿﾅ"), ("9900", "ﾕｳﾁﾖ")]
DEBIT_BRANCHES = ["ｼﾌﾞﾔ", "ｼﾝｼﾞﾕｸ", "ｺｽｷﾞ", "ﾋﾖｼ", "ｳﾗﾜ", "ｾﾀｶﾞﾔ"]


@dataclass(eq=False)
class Person:
    """Anyone the share names (P…): staff, a contractor's contact, an owner, a tenant, an
    emergency contact, a family member, a former or the deceased owner."""

    id: str
    sex: str
    last: str
    first: str
    last_kana: str
    first_kana: str
    roman: str  # the surname's romanization ("x" for a relative given the surname)
    born: date
    mobile: str
    email: str
    phone: str = ""  # the number the 名簿 lists
    addr: str = ""  # a home away from the buildings (staff, owners who let, contacts)
    postal: str = ""
    rel: str = ""  # 続柄
    care: str = ""  # 要介護 / 要支援, and the state behind it
    state: str = ""
    role: str = ""  # staff
    emp: str = ""
    work_email: str = ""
    my_number: str = ""
    bank: tuple[str, str, str] = ("", "", "")
    pension: str = ""
    hired: date | None = None
    tel: str = ""
    work_mobile: str = ""  # a contractor's contact
    ip: str = ""  # a portal user's

    def name(self, sep: str = "") -> str:
        return f"{self.last}{sep}{self.first}"

    def kana(self, sep: str = " ") -> str:
        return f"{self.last_kana}{sep}{self.first_kana}"

    @property
    def cell(self) -> str:
        """The phone that reaches them in person: the 名簿's if a mobile, else the mobile."""
        return self.phone if self.phone[1] in "789" else self.mobile


@dataclass(eq=False)
class Contractor:
    name: str
    corp: str
    tel: str
    domain: str
    contact: Person | None = None


@dataclass(eq=False)
class Room:
    """A unit (101…603): its owner, a tenant where let, an emergency contact for some, the
    口座振替 account and, for six, the family of the 居住者届."""

    room: str
    owner: Person
    rented: bool
    bldg: Building
    tenant: Person | None = None
    ec: Person | None = None
    acct: str = ""
    bank: tuple[str, str] = ("", "")
    branch: tuple[str, str] = ("", "")
    family: list[Person] = field(default_factory=list)

    @property
    def occupant(self) -> Person:
        return self.tenant or self.owner

    def home(self) -> str:
        """The unit as an address: 東京都江東区豊洲1丁目16番11号ライオンズプラザ豊洲401号室."""
        return f"{self.bldg.addr}{self.bldg.name}{self.room}号室"


@dataclass(eq=False)
class Building:
    code: str
    name: str
    addr: str
    postal: str
    built: date
    tel: str  # the 管理組合's
    rooms: list[Room] = field(default_factory=list)
    kanriin: Person | None = None
    front: Person | None = None
    board: list[tuple[str, Room]] = field(default_factory=list)


@dataclass(eq=False)
class Condo(Population):
    """One seed's people, random streams and output; the file writers share it."""

    company: str = ""
    corp: str = ""
    tel: str = ""
    fax: str = ""
    domain: str = ""
    contractors: list[Contractor] = field(default_factory=list)
    buildings: list[Building] = field(default_factory=list)
    staff: list[Person] = field(default_factory=list)
    forms: list[Room] = field(default_factory=list)  # the 居住者届 households
    former: list[Person] = field(default_factory=list)
    deceased: Person | None = None
    delinquent: list[Room] = field(default_factory=list)  # as the 滞納者一覧 lists them
    workplaces: list[str] = field(default_factory=list)  # the 居住者届's 勤務先, neutral
    drawn: dict[str, str] = field(default_factory=dict)  # a PDF's lines, for the neutral pass
    everyone: list[Person] = field(default_factory=list)
    used: set[str] = field(default_factory=set)
    living: set[str] = field(default_factory=set)

    def add(self, path: str, category: str, value: str, who: Person | None = None,
            neutral: bool = False) -> None:
        """Record `value` for `who` (None: the company, a building, a contractor); anyone
        recorded as expected counts, even where an earlier record of the value is kept."""
        if who and not neutral:
            self.living.add(who.id)
        self.truth.add(path, category, value, who.id if who else None, neutral)

    def write_truth(self, outdir: Path) -> None:
        """A neutral record is dropped where the same value is expected in the file."""
        self.truth.write(outdir, len(self.living), merge="drop")

    # ---- draws
    def my_number(self) -> str:
        """A number passing the My Number check, its 11 digits drawn again while one leads 0."""
        return check_number(self.rng, redraw=True)

    def mobile(self) -> str:
        R = self.rng
        return f"{R.choice(['090', '080', '070'])}-{R.randint(1000, 9999)}-{R.randint(1000, 9999)}"

    def landline(self) -> str:
        R = self.rng
        area, width = R.choice(AREAS)
        return f"{area}-{R.randint(10 ** (width - 1), 10 ** width - 1)}-{R.randint(1000, 9999)}"

    def home_address(self) -> tuple[str, str]:
        """A home and its 〒, 丁目-番-号 joined by a hyphen or a look-alike, a building for some."""
        R = self.rng
        pref, city, town = R.choice(HOME_PLACES)
        sep = R.choice(["-", "-", "－", "−", "ー"])
        addr = f"{pref}{city}{town}{R.randint(1, 5)}{sep}{R.randint(1, 30)}{sep}{R.randint(1, 20)}"
        if R.random() < 0.3:
            addr += f" {self.faker.building_name()}{R.randint(1, 9)}0{R.randint(1, 5)}"
        return addr, f"{R.randint(100, 999)}-{R.randint(0, 9999):04d}"

    def typed(self, number: str, style: str) -> str:
        """A phone as a file types it: fphone's styles, or "look": full-width digits joined by
        a look-alike hyphen (drawn)."""
        plain = number.replace("-", "")
        if style == "look":
            return fphone(plain, self.rng.choice(HYPHENS)).translate(FULL_WIDTH)
        return fphone(plain, style)

    def name(self, who: Person) -> str:
        """姓名 with the space a clerk typed: none, half- or full-width (drawn)."""
        return who.name(self.rng.choice(["", " ", "\u3000"]))

    def person(self, sex: str = "", born: date | None = None,
               last: tuple[str, str] | None = None) -> Person:
        """Someone new (of the surname `last`: a relative), their 姓名 not yet drawn for anyone
        and CP932-safe (their first name drawn again until so)."""
        R, F = self.rng, self.faker
        while True:
            surname = (last[0], last[1], "x") if last else F.last_name_pair()
            sx = sex or R.choice("MF")
            given = F.first_name_male_pair() if sx == "M" else F.first_name_female_pair()
            try:
                (surname[0] + given[0] + surname[1] + given[1]).encode("cp932")
            except UnicodeEncodeError:
                continue
            if surname[0] + given[0] not in self.used:
                break
        self.used.add(surname[0] + given[0])
        if born is None:
            born = date(R.randint(1940, 1998), R.randint(1, 12), R.randint(1, 28))
        roman = ("tanaka" if last else surname[2]).lower() + R.choice([".", "_", ""])
        roman += given[2].lower()[:R.randint(3, 6)]
        pid = f"P{len(self.everyone) + 1:03d}"
        mobile = self.mobile()
        email = f"{roman}{R.randint(1, 99)}@{R.choice(MAIL_DOMAINS)}"
        p = Person(pid, sx, surname[0], given[0], surname[1], given[1], surname[2], born, mobile,
                   email)
        self.everyone.append(p)
        return p

    def relative(self, of: Person, sex: str = "", born: date | None = None) -> Person:
        return self.person(sex, born, (of.last, of.last_kana))


def _buildings(h: Condo) -> None:
    """Three buildings on sites drawn from six, named after their town."""
    R = h.rng
    names, sites = list(BUILDING_NAMES), list(SITES)
    R.shuffle(names)
    R.shuffle(sites)
    for name, (pref, city, town, postal) in zip(names[:3], sites[:3], strict=True):
        code = f"M{R.randint(1000, 9999)}"
        addr = f"{pref}{city}{town}{R.randint(1, 4)}丁目{R.randint(1, 20)}番{R.randint(1, 15)}号"
        built = date(R.randint(1985, 2015), R.randint(1, 12), R.randint(1, 28))
        h.buildings.append(Building(code, f"{name}{town}", addr, postal, built, h.landline()))


def _staff(h: Condo) -> None:
    R = h.rng
    for i, role in enumerate(STAFF_ROLES):
        p = h.person(born=date(R.randint(1950, 1995), R.randint(1, 12), R.randint(1, 28)))
        p.role = role
        p.emp = f"{R.randint(10, 99)}{i:02d}{R.randint(10, 99)}"
        p.work_email = f"{p.roman.lower()}.{i}@{h.domain}"
        p.addr, p.postal = h.home_address()
        p.my_number = h.my_number()
        p.bank = (R.choice(SALARY_BANKS), R.choice(SALARY_BRANCHES),
                  f"{R.randint(1000000, 9999999)}")
        p.pension = f"{R.randint(1000, 9999)}-{R.randint(100000, 999999)}"
        p.hired = date(R.randint(2005, 2023), R.randint(1, 12), 1)
        p.tel = h.mobile() if R.random() < 0.7 else h.landline()
        h.staff.append(p)
    for i, b in enumerate(h.buildings):
        b.kanriin, b.front = h.staff[i], h.staff[3 + i]


def _rooms(h: Condo) -> None:
    """Five or six floors of three units (no 103); the first owner who lets a unit owns a
    second one let in the third building, their home drawn again there."""
    R = h.rng
    investor: Person | None = None
    second = False
    for bi, b in enumerate(h.buildings):
        for floor in range(1, R.randint(5, 6) + 1):
            for unit in range(1, 4):
                if floor == 1 and unit == 3:
                    continue
                rented = R.random() < 0.3
                if investor is not None and bi == 2 and rented and not second:
                    owner, second = investor, True
                else:
                    owner = h.person()
                    owner.phone = h.mobile() if R.random() < 0.75 else h.landline()
                if rented:
                    owner.addr, owner.postal = h.home_address()
                    investor = investor or owner
                rm = Room(f"{floor}0{unit}", owner, rented, b)
                if rented:
                    rm.tenant = h.person()
                    rm.tenant.phone = rm.tenant.mobile
                if R.random() < 0.45:
                    rel = R.choice(["長男", "長女", "弟", "姉", "次男", "義母"])
                    sex = "M" if rel in ("長男", "次男", "弟") else "F"
                    rm.ec = (h.relative(rm.occupant, sex) if rel in KIN else h.person(sex))
                    rm.ec.rel, rm.ec.phone = rel, rm.ec.mobile
                rm.acct = f"{R.randint(1000000, 9999999)}"
                rm.bank = R.choice(DEBIT_BANKS)
                rm.branch = (f"{R.randint(1, 899):03d}", R.choice(DEBIT_BRANCHES))
                b.rooms.append(rm)


def _families(h: Condo) -> None:
    """Two households a building hand in a 居住者届: a spouse, up to two children, and for
    some a mother needing care."""
    R = h.rng
    for b in h.buildings:
        rooms = list(b.rooms)
        R.shuffle(rooms)
        for rm in rooms[:2]:
            head = rm.occupant
            spouse = h.relative(head, "F" if head.sex == "M" else "M",
                                head.born + timedelta(days=R.randint(-1500, 1500)))
            spouse.rel = "妻" if head.sex == "M" else "夫"
            rm.family.append(spouse)
            for _ in range(R.randint(0, 2)):
                year = min(2022, head.born.year + R.randint(25, 38))
                child = h.relative(head, born=date(year, R.randint(1, 12), R.randint(1, 28)))
                child.rel = "長男" if child.sex == "M" else "長女"
                rm.family.append(child)
            if R.random() < 0.6:
                born = date(R.randint(1932, 1945), R.randint(1, 12), R.randint(1, 28))
                mother = h.relative(head, "F", born)
                mother.rel = "母"
                mother.care = R.choice(["要介護3", "要介護2", "要支援1"])
                mother.state = R.choice(["車椅子使用", "認知症", "人工透析（週3回）"])
                rm.family.append(mother)
            h.forms.append(rm)


def populate(seed: int, share: Share) -> Condo:
    """The company, contractors, buildings, staff, rooms, families, former owners and boards,
    in gen.py's order."""
    h = Condo.seeded(seed, share, Truth(by_person=False, form="sparse"),
                     seed * 7919 + 43, seed * 31 + 43)
    R = h.rng
    h.company, h.corp = R.choice(COMPANY_NAMES), corporate_number(R)
    h.tel = "03-5" + f"{R.randint(100, 999)}-{R.randint(1000, 9999)}"
    h.fax = "03-5" + f"{R.randint(100, 999)}-{R.randint(1000, 9999)}"
    h.domain = R.choice(COMPANY_DOMAINS)
    for name in CONTRACTOR_NAMES:
        h.contractors.append(Contractor(name, corporate_number(R), h.landline(),
                                        R.choice(CONTRACTOR_DOMAINS)))
    _buildings(h)
    _staff(h)
    for c in h.contractors:
        c.contact = h.person("M", date(1970, 1, 1))
        c.contact.work_mobile = h.mobile()
    _rooms(h)
    _families(h)
    h.former = [h.person() for _ in range(4)]
    for p in h.former:
        p.phone = h.landline()
    h.deceased = h.person("M", date(1938, 5, 5))
    for b in h.buildings:
        owners = [rm for rm in b.rooms if not rm.rented]
        R.shuffle(owners)
        b.board = list(zip(BOARD_ROLES, owners[:5], strict=True))
    return h


def care_term(state: str) -> str:
    """The state as the truth holds it, without 使用 or （週3回） (the truth fix after the blind
    score)."""
    return state.split("（")[0].replace("車椅子使用", "車椅子")
