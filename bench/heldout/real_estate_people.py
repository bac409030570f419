"""Who the real-estate brokerage's share is about: ten staff and an emergency contact each, 46
buyers (16 with a spouse), 22 sellers (7 with a co-owner), 14 web 査定 requesters, two 司法書士
and four bankers; all drawn from one random stream and one Faker in gen.py's order.

The company's, the banks' and the 司法書士's office phones, addresses and 法人番号 are neutral.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta
from random import Random

from .identifiers import corporate_number, licence_number, my_number
from .japanese import FULL_WIDTH
from .share import Named, Population, Share
from .truth import Truth

COMPANY = "株式会社みなと住宅流通"
COMPANY_TEL = "03-5789-2140"
COMPANY_FAX = "03-5789-2141"
COMPANY_ADDR = "東京都世田谷区玉川2丁目21番1号 二子玉川ライズオフィス8階"
DOMAIN = "minato-jutaku.co.jp"
LENDER_ADDR = "東京都千代田区丸の内一丁目１番２号"  # the 抵当権者's head office in 登記 excerpts

CITIES = [
    ("東京都", "世田谷区", ["桜丘", "経堂", "用賀", "三軒茶屋", "太子堂"], "154"),
    ("東京都", "杉並区", ["阿佐谷南", "荻窪", "高円寺北"], "166"),
    ("東京都", "練馬区", ["石神井町", "大泉学園町", "豊玉北"], "176"),
    ("神奈川県", "川崎市中原区", ["新丸子町", "木月", "小杉町"], "211"),
    ("神奈川県", "横浜市港北区", ["日吉本町", "大倉山", "綱島西"], "222"),
    ("埼玉県", "さいたま市浦和区", ["常盤", "岸町", "高砂"], "330"),
    ("東京都", "目黒区", ["中町", "祐天寺", "鷹番"], "152"),
    ("千葉県", "市川市", ["八幡", "南八幡", "真間"], "272"),
]
BUILDINGS = ["パークハウス", "ライオンズマンション", "グランドメゾン", "ブリリア", "シティテラス",
             "コスモ", "クレッセント"]
EMPLOYERS = ["株式会社日立製作所", "東京海上日動火災保険株式会社", "世田谷区役所",
             "株式会社NTTデータ",
             "トヨタ自動車株式会社", "三井住友信託銀行株式会社", "東京都立広尾病院",
             "株式会社ファーストリテイリング", "川崎市立小杉小学校", "株式会社サイバーエージェント",
             "日本郵便株式会社", "自営業（飲食店経営）"]
MAIL_DOMAINS = ["gmail.com", "yahoo.co.jp", "icloud.com", "docomo.ne.jp", "ezweb.ne.jp",
                "outlook.jp", "nifty.com"]
SINGLE_FAMILIES = ["単身", "夫婦", "夫婦＋子1人", "夫婦＋子2人", "夫婦＋子1人（小2）",
                   "本人＋母"]
COUPLE_FAMILIES = ["夫婦", "夫婦＋子1人", "夫婦＋子2人"]
AREAS = ["世田谷区", "目黒区", "杉並区", "武蔵小杉", "日吉", "浦和", "田園都市線沿線", "中央線沿線"]
SALE_REASONS = ["住み替え", "住み替え", "転勤", "相続", "資金化", "離婚", "介護施設入居",
                "病気療養"]
LICENCE_CODES = [10, 30, 30, 30, 45, 46, 50, 54, 62, 97, 40, 41]
TODAY = date(2024, 6, 1)


def digits_of(text: str) -> str:
    """The digits of a phone, 〒 or insurance number, full-width ones included."""
    return "".join(c for c in unicodedata.normalize("NFKC", text) if c.isdigit())


def zen(text: str) -> str:
    """Digits and hyphens full-width, as typed into a 登記 excerpt or memo."""
    return text.translate(FULL_WIDTH)


@dataclass(eq=False)
class Address:
    pref: str
    city: str
    town: str
    chome: int
    ban: int
    go: int
    building: str | None
    zip: str

    def written(self, style: int, rng: Random | None = None) -> str:
        """The address as the office re-types it: 0 hyphens, 1 丁目番号, 2 city onwards, 3
        full-width, 4 city onwards full-width with one dash drawn from `rng` (a fresh draw each
        call, as gen.py's)."""
        bl = f" {self.building}" if self.building else ""
        a, b, g = self.chome, self.ban, self.go
        if style == 0:
            return f"{self.pref}{self.city}{self.town}{a}-{b}-{g}{bl}"
        if style == 1:
            return f"{self.pref}{self.city}{self.town}{a}丁目{b}番{g}号{bl}"
        if style == 2:
            return f"{self.city}{self.town}{a}-{b}-{g}"
        if style == 3:
            return (f"{self.pref}{self.city}{self.town}"
                    f"{zen(str(a))}－{zen(str(b))}－{zen(str(g))}{bl}")
        assert rng is not None
        h = rng.choice("ー‐―−")
        return f"{self.city}{self.town}{zen(str(a))}{h}{zen(str(b))}{h}{zen(str(g))}"


def draw_address(rng: Random) -> Address:
    """A home in one of the eight towns the brokerage covers, 55% of them in a マンション."""
    pref, city, towns, zip3 = rng.choice(CITIES)
    town = rng.choice(towns)
    a, b, g = rng.randint(1, 5), rng.randint(1, 30), rng.randint(1, 20)
    building = None
    if rng.random() >= 0.45:
        building = (f"{rng.choice(BUILDINGS)}{town}{rng.choice(['', '弐番館', 'ガーデン'])} "
                    f"{rng.randint(1, 12)}0{rng.randint(1, 9)}号室")
    return Address(pref, city, town, a, b, g, building, f"{zip3}-{rng.randint(0, 9999):04d}")


@dataclass(eq=False)
class Person(Named):
    """Anyone the share names (P…); the fields after `years` are set for some roles only."""

    last_roman: str
    first_roman: str
    born: date
    mobile: str
    email: str
    home: Address
    employer: str
    income: int  # 万円
    licence: str
    insurance: str  # 健康保険証 記号・番号
    years: int  # 勤続年数
    work_mail: str = ""
    takken: str | None = None  # 宅建士登録番号
    my_number: str = ""
    relation: str = ""
    family: str = ""
    area: str = ""
    budget: int = 0
    customer_id: str = ""
    staff: Person | None = None
    reason: str = ""
    bank: tuple[str, str, str, str] = ("", "", "", "")
    account: str = ""
    work_tel: str = ""

    def full_name(self) -> str:
        """姓　名 with an ideographic space, as the office's forms type it."""
        return self.name("　")

    def phone(self, style: int = 0) -> str:
        """The mobile as written: 0 hyphens, 1 digits, 2 full-width, 3 +81."""
        x = self.mobile
        return [x, x.replace("-", ""), zen(x), f"+81-{x[1:]}"][style]


@dataclass(eq=False)
class Brokerage(Population):
    """One seed's people, random streams and output; the file writers share it."""

    people: dict[str, Person] = field(default_factory=dict)
    corp: str = ""
    licence_no: str = ""  # 宅建業免許
    # name, branch, 法人番号, tel
    banks: list[tuple[str, str, str, str]] = field(default_factory=list)
    staff: list[Person] = field(default_factory=list)
    sales: list[Person] = field(default_factory=list)
    emergency: list[Person] = field(default_factory=list)
    buyers: list[Person] = field(default_factory=list)
    spouses: dict[str, Person] = field(default_factory=dict)
    sellers: list[Person] = field(default_factory=list)
    coowners: dict[str, Person] = field(default_factory=dict)
    satei: list[Person] = field(default_factory=list)
    shiho: list[Person] = field(default_factory=list)
    bankers: list[Person] = field(default_factory=list)
    land: list[Address] = field(default_factory=list)
    offers: list[tuple[Person, Person]] = field(default_factory=list)  # buyer, seller
    # buyer, seller, 取引番号, contract day, settlement day, the 宅建士 who explains
    deals: list[tuple[Person, Person, str, date, date, Person]] = field(default_factory=list)

    def note(self, path: str, category: str, value: str, person: Person | None = None,
             neutral: bool = False) -> None:
        """A truth record, its value as gen.py wrote it (not normalized)."""
        self.truth.add(path, category, value, person.id if person else None, neutral,
                       normal=value)

    def property_no(self) -> str:
        """A 物件番号 passing the My Number check (a hard negative)."""
        return my_number(self.rng, nonzero_lead=True)

    def person(self, role: str, sex: str = "", age: tuple[int, int] = (28, 70),
               family: Person | None = None) -> Person:
        """A new person; `family` lends its surname and home."""
        R = self.rng
        sex = sex or R.choice("MF")
        if family:
            last, last_kana, last_roman = family.last, family.last_kana, family.last_roman
        else:
            last, last_kana, last_roman = self.faker.last_name_pair()
        pair = self.faker.first_name_male_pair if sex == "M" else self.faker.first_name_female_pair
        first, first_kana, first_roman = pair()
        born = TODAY - timedelta(days=R.randint(age[0] * 365, age[1] * 365))
        mobile = f"0{R.choice('987')}0-{R.randint(1000, 9999)}-{R.randint(1000, 9999)}"
        email = (f"{first_roman.lower()}.{last_roman.lower()}{R.randint(1, 999)}"
                 f"@{R.choice(MAIL_DOMAINS)}")
        home = family.home if family else draw_address(R)
        employer, income = R.choice(EMPLOYERS), R.randrange(380, 1600, 10)
        code = R.choice(LICENCE_CODES)
        licence = licence_number(R, code, born.year + 18 + R.randint(0, 6))
        insurance = f"{R.randint(10, 99999999)}・{R.randint(1, 999)}"
        p = Person(f"P{len(self.people) + 1:03d}", role, sex, last, first, last_kana, first_kana,
                   last_roman, first_roman, born, mobile, email, home, employer, income, licence,
                   insurance, R.randint(1, 30))
        self.people[p.id] = p
        return p


def populate(seed: int, share: Share) -> Brokerage:
    """The company, banks, staff, buyers, sellers, requesters, 司法書士, bankers and two plots of
    land, in gen.py's order."""
    h = Brokerage.seeded(seed, share, Truth(by_person=False, form="full"), seed, seed)
    R = h.rng
    h.corp = corporate_number(R)
    h.licence_no = f"国土交通大臣(2)第{R.randint(8000, 9999)}号"
    h.banks = [("三井住友銀行", "二子玉川支店", corporate_number(R), "03-3700-1321"),
               ("みずほ銀行", "自由が丘支店", corporate_number(R), "03-3718-5411"),
               ("りそな銀行", "三軒茶屋支店", corporate_number(R), "03-3421-2211"),
               ("横浜銀行", "武蔵小杉支店", corporate_number(R), "044-722-3131")]
    h.staff = [h.person("staff", age=(24, 58)) for _ in range(10)]
    for s in h.staff:
        s.work_mail = f"{s.last_roman.lower()}.{s.first_roman[0].lower()}@{DOMAIN}"
        s.takken = f"東京都 第{R.randint(100000, 299999)}号" if R.random() < 0.7 else None
        s.my_number = my_number(R, nonzero_lead=True)
    h.sales = h.staff[:7]
    for s in h.staff:
        e = h.person("emergency", family=s, age=(25, 80))
        e.relation = R.choice(["妻", "夫", "母", "父"])
        h.emergency.append(e)
    h.buyers = [h.person("buyer", age=(27, 55)) for _ in range(46)]
    for b in h.buyers[:16]:
        h.spouses[b.id] = h.person("spouse", "F" if b.sex == "M" else "M", (26, 55), b)
    for b in h.buyers:
        b.family = R.choice(SINGLE_FAMILIES if b.id not in h.spouses else COUPLE_FAMILIES)
        b.area = R.choice(AREAS)
        b.budget = R.randrange(3500, 12000, 100)
        b.customer_id = f"C{R.randint(10000, 99999)}"
        b.staff = R.choice(h.sales)
    h.sellers = [h.person("seller", age=(35, 85)) for _ in range(22)]
    for s in h.sellers[:7]:
        h.coowners[s.id] = h.person("coowner", "F" if s.sex == "M" else "M", (35, 85), s)
    for s in h.sellers:
        s.reason = R.choice(SALE_REASONS)
        s.bank = R.choice(h.banks)
        s.account = f"{R.randint(1000000, 9999999)}"
        s.staff = R.choice(h.sales)
        s.my_number = my_number(R, nonzero_lead=True)
    h.satei = [h.person("satei", age=(30, 80)) for _ in range(14)]
    h.shiho = [h.person("shihoshoshi", age=(35, 65)) for _ in range(2)]
    h.bankers = [h.person("banker", age=(28, 55)) for _ in range(4)]
    for bank, banker in zip(h.banks, h.bankers, strict=True):
        banker.bank, banker.work_tel = bank, bank[3]
    h.land = [Address("東京都", "世田谷区", "喜多見", R.randint(1, 9), R.randint(1, 30),
                      R.randint(1, 20), None, "157-0067"),
              Address("神奈川県", "川崎市宮前区", "有馬", R.randint(1, 9), R.randint(1, 30),
                      R.randint(1, 20), None, "216-0003")]
    return h
