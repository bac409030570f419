"""Who the rental management company's share is about: 6 staff, 8 owners and 4 corporate
owners' contacts, 50 tenants (a few foreign), their families, guarantors and emergency contacts,
10 applicants and 5 vendors' contacts, drawn from one random stream in a fixed order.

Buildings' 物件番号 pass the 法人番号 check, 契約番号 the My Number check and 管理番号 Luhn:
hard negatives all.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from faker import Faker

from .identifiers import card_number, corporate_number, digits, license_check, luhn_number
from .identifiers import my_number as check_number
from .japanese import FULL_WIDTH, wareki, wareki_short
from .share import Named, Population, Share, Street
from .truth import Truth

COMPANY = "株式会社みなと住宅管理"
COMPANY_TEL = "0354128870"
COMPANY_ADDR = "東京都港区芝浦3丁目4番1号 芝浦アーバンビル5階"
DOMAIN = "minato-jutaku.co.jp"
BANKS = [("みずほ銀行", "ﾐｽﾞﾎ"), ("三菱UFJ銀行", "ﾐﾂﾋﾞｼﾕ-ｴﾌｼﾞｴｲ"), ("三井住友銀行", "ﾐﾂｲｽﾐﾄﾓ"),
         ("りそな銀行", "ﾘｿﾅ"), ("ゆうちょ銀行", "ﾕｳﾁﾖ"), ("横浜銀行", "ﾖｺﾊﾏ"),
         ("城南信用金庫", "ｼﾞﾖｳﾅﾝｼﾝｷﾝ"), ("楽天銀行", "ﾗｸﾃﾝ")]
BRANCHES = ["渋谷支店", "新宿支店", "品川支店", "横浜駅前支店", "川崎支店", "目黒支店", "蒲田支店",
            "自由が丘支店", "武蔵小杉支店", "池袋支店"]
DOMAINS = ["gmail.com", "yahoo.co.jp", "icloud.com", "docomo.ne.jp", "ezweb.ne.jp", "outlook.jp",
           "softbank.ne.jp"]
CITIES = [("東京都", "世田谷区", ["桜新町", "三軒茶屋", "経堂", "用賀"]),
          ("東京都", "目黒区", ["中目黒", "自由が丘", "祐天寺"]),
          ("東京都", "大田区", ["蒲田", "池上", "大森北"]),
          ("東京都", "品川区", ["戸越", "西大井", "大崎"]),
          ("神奈川県", "川崎市中原区", ["新丸子町", "小杉町", "木月"]),
          ("神奈川県", "横浜市港北区", ["日吉", "綱島西", "大倉山"]),
          ("東京都", "杉並区", ["阿佐谷南", "高円寺北", "荻窪"]),
          ("埼玉県", "さいたま市浦和区", ["高砂", "常盤", "岸町"]),
          ("千葉県", "船橋市", ["本町", "宮本", "前原西"]),
          ("大阪府", "大阪市北区", ["天神橋", "中崎"]),
          ("北海道", "札幌市中央区", ["南十条西", "北五条西"]),
          ("福岡県", "福岡市中央区", ["大名", "平尾"])]
BLD_SUFFIX = ["ハイツ", "コーポ", "レジデンス", "メゾン", "パレス", "ヒルズ", "テラス", "コート"]
BLD_PREFIX = ["サン", "グラン", "リバー", "エクセル", "ロイヤル", "ベル", "フォレスト", "アーバン",
              "パーク", "ミモザ"]
ROOMS = [101, 102, 103, 201, 202, 203, 301, 302, 303, 401, 402, 1203]
FOREIGN = [("NGUYEN", "VAN AN", "グエン", "ヴァン アン", "ベトナム"),
           ("TRAN", "THI MAI", "チャン", "ティ マイ", "ベトナム"),
           ("ZHANG", "WEI", "チョウ", "イ", "中国"), ("LI", "NA", "リ", "ナ", "中国"),
           ("SANTOS", "MARIA", "サントス", "マリア", "フィリピン"),
           ("KIM", "MINJUN", "キム", "ミンジュン", "韓国"),
           ("SHARMA", "RAHUL", "シャルマ", "ラフル", "インド"),
           ("SMITH", "DANIEL", "スミス", "ダニエル", "アメリカ"),
           ("GURUNG", "BIKASH", "グルン", "ビカシュ", "ネパール"),
           ("PEREZ", "LUCIA", "ペレス", "ルシア", "ペルー")]
LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"


def fdate(d: date, style: str) -> str:
    """A date as the company's papers write it: slash, kanji, iso, wareki, wa1 (R6.8.2),
    zwareki (full-width 和暦) or dot."""
    forms = {"slash": lambda: f"{d.year}/{d.month:02d}/{d.day:02d}",
             "kanji": lambda: f"{d.year}年{d.month}月{d.day}日", "iso": d.isoformat,
             "wareki": lambda: wareki(d, gannen=False),
             "wa1": lambda: wareki_short(d, padded=False),
             "zwareki": lambda: wareki(d, gannen=False).translate(FULL_WIDTH),
             "dot": lambda: f"{d.year}.{d.month}.{d.day}"}
    return forms[style]()


@dataclass(eq=False)
class Addr(Street):
    postal: str
    bld: str = ""
    room: int = 0

    def full(self) -> str:
        return self.banchi() + (f" {self.bld}{self.room}号室" if self.bld else "")

    def short(self) -> str:
        return self.dashed() + (f" {self.bld} {self.room}" if self.bld else "")

    def zen(self) -> str:
        z = FULL_WIDTH
        s = (f"{self.pref}{self.city}{self.town}{str(self.c).translate(z)}－"
             f"{str(self.b).translate(z)}－{str(self.g).translate(z)}")
        return s + (f"　{self.bld}{str(self.room).translate(z)}" if self.bld else "")

    @property
    def zip(self) -> str:
        """〒 with its hyphen: 123-4567."""
        return f"{self.postal[:3]}-{self.postal[3:]}"


@dataclass(eq=False)
class Person(Named):
    """Anyone in the share; tenants, guarantors and the like fill their own fields."""

    foreign: bool
    roma: str
    nat: str
    dob: date = date(2000, 1, 1)
    phone: str = ""
    email: str = ""
    addr: Addr | None = None
    employer: str = ""
    income: int = 0
    bank: str = ""
    bank_kana: str = ""
    branch: str = ""
    acct: str = ""
    license: str = ""
    license_exp: date = date(2000, 1, 1)
    rc: str | None = None
    passport: str | None = None
    mynumber: str = ""
    rel: str = ""
    tel: str = ""  # owners' phone, guarantors' home phone
    work_email: str = ""  # staff
    direct: str = ""
    prev_addr: Addr | None = None  # tenants
    bld: dict[str, Any] = field(default_factory=dict)
    room: int = 0
    contract_no: str = ""
    kanri_no: str = ""
    rent: int = 0
    fee: int = 0
    contract_date: date = date(2000, 1, 1)
    move_in: date = date(2000, 1, 1)
    renew: date = date(2000, 1, 1)
    owner: Person | None = None
    family: list[Person] = field(default_factory=list)
    guarantor: Person | None = None
    emergency: Person | None = None
    card: str | None = None
    card_exp: str = ""
    want: dict[str, Any] = field(default_factory=dict)  # applicants: the building


@dataclass(eq=False)
class Agency(Population):
    """One seed's population, random streams and output; the file writers share it."""

    employers: list[str] = field(default_factory=list)
    foreign_names: list[tuple[str, ...]] = field(default_factory=list)  # shuffled
    foreign_pool: list[tuple[str, ...]] = field(default_factory=list)  # those not yet given
    rooms_used: set[tuple[str, int]] = field(default_factory=set)
    buildings: list[dict[str, Any]] = field(default_factory=list)
    staff: list[Person] = field(default_factory=list)
    owners: list[Person] = field(default_factory=list)
    corp_owners: list[dict[str, Any]] = field(default_factory=list)
    tenants: list[Person] = field(default_factory=list)
    applicants: list[Person] = field(default_factory=list)
    vendors: list[dict[str, Any]] = field(default_factory=list)
    ips: dict[str, str] = field(default_factory=dict)  # the portal's users' IPs
    portal: list[Person] = field(default_factory=list)  # the portal's users
    count: int = 0

    def add(self, path: str, category: str, raw: str, person: str | None,
            neutral: bool = False) -> None:
        self.truth.add(path, category, raw, person, neutral)

    def born(self, path: str, raw: str, p: Person) -> None:
        """A birth date as the file writes it, its truth the ISO date."""
        self.truth.add(path, "date_of_birth", raw, p.id, normal=p.dob.isoformat())

    def write_truth(self, outdir: Path) -> None:
        self.truth.write(outdir, len(self.truth.people()))

    def my_number(self) -> str:
        """12 digits passing the My Number check (a leading 0 made 3): real or 契約番号."""
        return check_number(self.rng, zero_lead="3")

    def corporate_number(self) -> str:
        return corporate_number(self.rng, nonzero_lead=True)

    def luhn(self, prefix: str, length: int = 16) -> str:
        return luhn_number(self.rng, prefix, length)

    def card(self) -> str:
        return card_number(self.rng)

    def license(self, year: int | None = None) -> str:
        """運転免許証番号 (鍵番号 look-alikes too): 公安委員会, year, serial, check, reissues."""
        R = self.rng
        koan = R.choice([30, 30, 30, 45, 45, 46, 44, 62, 12])
        y = (year if year is not None else R.randint(1985, 2020)) % 100
        body = f"{koan:02d}{y:02d}" + digits(R, 6)
        return body + license_check(body) + str(R.choice([0, 0, 0, 1, 2]))

    def address(self, home_city: tuple[str, str, list[str]] | None = None) -> Addr:
        R = self.rng
        pref, city, towns = home_city or R.choice(CITIES)
        town = R.choice(towns)
        c, b, g = R.randint(1, 5), R.randint(1, 28), R.randint(1, 30)
        return Addr(pref, city, town, c, b, g, f"{R.randint(100, 399)}{R.randint(0, 9999):04d}")

    def mobile(self) -> str:
        return self.rng.choice(["090", "080", "070"]) + f"{self.rng.randint(0, 99999999):08d}"

    def landline(self, pref: str) -> str:
        R = self.rng
        if pref == "東京都":
            return "03" + f"{R.randint(30000000, 69999999)}"
        if pref == "大阪府":
            return "06" + f"{R.randint(60000000, 69999999)}"
        area = R.choice(["044", "045", "048", "047", "011", "092"])
        return area + f"{R.randint(2000000, 9999999)}"

    def person(self, role: str, age_range: tuple[int, int] = (22, 70), foreign: bool = False,
               sex: str | None = None, last: tuple[str, str, str] | None = None) -> Person:
        R, fake = self.rng, self.faker
        self.count += 1
        pid = f"P{self.count:03d}"
        sex = sex or R.choice("MF")
        if foreign:
            fam, giv, kfam, kgiv, nat = R.choice(self.foreign_names)
            p = Person(pid, role, sex, fam, giv, kfam, kgiv, foreign, f"{fam} {giv}", nat)
        else:
            ln = last or fake.last_name_pair()
            fn = fake.first_name_male_pair() if sex == "M" else fake.first_name_female_pair()
            p = Person(pid, role, sex, ln[0], fn[0], ln[1], fn[1], foreign, f"{fn[2]} {ln[2]}",
                       "日本")
        years = R.randint(*age_range)
        p.dob = date(2024 - years, 1, 1) + timedelta(days=R.randint(0, 364))
        p.phone = self.mobile()
        user = p.roma.lower().replace(" ", R.choice([".", "_", ""])) + str(R.randint(1, 99))
        p.email = f"{user}@{R.choice(DOMAINS)}"
        p.addr = self.address()
        p.employer = R.choice(self.employers)
        p.income = R.choice(range(280, 980, 20))
        p.bank, p.bank_kana = R.choice(BANKS)
        p.branch = R.choice(BRANCHES)
        p.acct = f"{R.randint(0, 9999999):07d}"
        p.license = self.license(p.dob.year + R.randint(18, 25) if p.dob.year < 2002 else 2021)
        p.license_exp = date(2026 + R.randint(0, 4), p.dob.month, min(p.dob.day, 28))
        if foreign:
            p.rc = (R.choice(LETTERS) + R.choice(LETTERS) + f"{R.randint(0, 99999999):08d}"
                    + R.choice(LETTERS) + R.choice(LETTERS))
            p.passport = R.choice(LETTERS) + R.choice(LETTERS) + f"{R.randint(0, 9999999):07d}"
        elif R.random() < 0.2:
            p.passport = "T" + R.choice("KRSZ") + f"{R.randint(0, 9999999):07d}"
        p.mynumber = self.my_number()
        return p

    def take_foreign(self, p: Person) -> None:
        """Give `p` the next foreign name of the shuffled pool."""
        p.last, p.first, p.last_kana, p.first_kana, p.nat = self.foreign_pool.pop()
        p.roma = f"{p.last} {p.first}"


def _tenant(a: Agency, i: int) -> Person:
    R = a.rng
    foreign = i % 8 == 5 and bool(a.foreign_pool)
    t = a.person("tenant", age_range=(21, 72), foreign=foreign)
    if foreign:
        a.take_foreign(t)
    b = R.choice(a.buildings)
    while True:
        room = R.choice(b["rooms"])
        if (b["name"], room) not in a.rooms_used:
            a.rooms_used.add((b["name"], room))
            break
    t.prev_addr = t.addr
    t.addr = replace(b["addr"], bld=b["name"], room=room)
    t.bld, t.room = b, room
    t.contract_no = a.my_number()  # passes the My Number check: a hard negative
    t.kanri_no = a.luhn("4")  # Luhn-valid, Visa-like: a hard negative
    t.rent = R.choice(range(58000, 168000, 1000))
    t.fee = R.choice([3000, 5000, 8000, 10000])
    t.contract_date = date(2019, 1, 1) + timedelta(days=R.randint(0, 2000))
    t.move_in = t.contract_date + timedelta(days=R.randint(3, 30))
    t.renew = date(t.move_in.year + 2 * ((2025 - t.move_in.year) // 2 + 1), t.move_in.month, 1)
    t.owner = R.choice(a.owners + [c["contact"] for c in a.corp_owners])
    t.card = a.card() if R.random() < 0.25 else None
    t.card_exp = f"{R.randint(1, 12):02d}/{R.randint(26, 30)}"
    return t


def _relations(a: Agency) -> None:
    """Families, guarantors and emergency contacts of tenants drawn at random."""
    R = a.rng
    for t in R.sample(a.tenants, 15):
        f = a.person("family", age_range=(1, 68), foreign=False,
                     last=(t.last, t.last_kana, "x") if not t.foreign else None)
        if t.foreign:
            f.last, f.first, f.last_kana, f.first_kana = (
                t.last, R.choice(["HOA", "MEI", "JUN", "ANA"]), t.last_kana,
                R.choice(["ホア", "メイ", "ジュン", "アナ"]))
            f.foreign = True
        f.rel = R.choice(["妻", "夫", "長男", "長女", "次男"])
        f.addr = t.addr
        t.family.append(f)
    candidates = [t for t in a.tenants if not t.foreign] + [t for t in a.tenants if t.foreign][:1]
    for t in R.sample(candidates, 28):
        same = not t.foreign and R.random() < 0.7
        g = a.person("guarantor", age_range=(45, 80),
                     last=(t.last, t.last_kana, "x") if same else None)
        g.rel = "父" if g.sex == "M" else "母"
        if g.last != t.last:
            g.rel = R.choice(["叔父", "知人", "兄", "姉"])
        g.addr = a.address()
        g.tel = a.landline(g.addr.pref)
        t.guarantor = g
    for t in R.sample(a.tenants, 10):
        e = a.person("emergency", age_range=(25, 75))
        e.rel = R.choice(["兄", "姉", "友人", "叔母", "元上司"])
        t.emergency = e


def populate(seed: int, share: Share) -> Agency:
    """Buildings, staff, owners, tenants and those around them, applicants, vendors."""
    fake = Faker("ja_JP")
    fake.seed_instance(seed * 31 + 5)
    a = Agency(seed, random.Random(seed * 7919 + 28), fake, share,
               Truth(by_person=False, form="raw"))
    R = a.rng
    a.employers = [fake.company() for _ in range(40)]
    a.foreign_names = list(FOREIGN)
    R.shuffle(a.foreign_names)
    a.foreign_pool = list(a.foreign_names)
    for _ in range(12):
        home = R.choice(CITIES[:9])
        addr = a.address(home)
        name = R.choice(BLD_PREFIX) + R.choice(BLD_SUFFIX) + R.choice([addr.town, "", "Ⅱ", "第2"])
        a.buildings.append({"name": name, "addr": addr, "code": a.corporate_number(),
                            "rooms": ROOMS})
    for i in range(6):
        s = a.person("staff", age_range=(24, 58))
        given, family = s.roma.split()[0], s.roma.split()[1]
        s.work_email = f"{family.lower()}.{given.lower()[0]}@{DOMAIN}"
        s.direct = "03541288" + f"{71 + i:02d}"
        a.staff.append(s)
    for _ in range(8):
        o = a.person("owner", age_range=(50, 85))
        o.addr = a.address()
        o.tel = a.landline(o.addr.pref) if R.random() < 0.6 else o.phone
        a.owners.append(o)
    for _ in range(4):
        name = (R.choice(["有限会社", "株式会社", "合同会社"]) + fake.last_name()
                + R.choice(["不動産", "興産", "地所", "商事"]))
        contact = a.person("owner_contact", age_range=(30, 60))
        a.corp_owners.append({"name": name, "corp": a.corporate_number(), "contact": contact,
                              "addr": a.address(), "tel": None})
    for c in a.corp_owners:
        c["tel"] = a.landline(c["addr"].pref)
    a.tenants = [_tenant(a, i) for i in range(50)]
    _relations(a)
    for i in range(10):
        foreign = i in (2, 7) and bool(a.foreign_pool)
        p = a.person("applicant", age_range=(20, 60), foreign=foreign)
        if p.foreign and a.foreign_pool:
            a.take_foreign(p)
            hosts = ["gmail.com", "outlook.com", "yahoo.com"]
            p.email = (f"{p.first.split()[0].lower()}.{p.last.lower()}{R.randint(1, 99)}@"
                       f"{R.choice(hosts)}")
        p.want = R.choice(a.buildings)
        a.applicants.append(p)
    for i in range(7):
        name = fake.company()
        trade = R.choice(["給排水", "電気工事", "内装", "鍵交換", "清掃", "空調", "塗装"])
        addr = a.address()
        a.vendors.append({"name": name, "trade": trade, "addr": addr, "tel": a.landline(addr.pref),
                          "code": a.luhn("35"), "reg": "T" + a.corporate_number(),
                          "contact": a.person("vendor", age_range=(28, 62)) if i < 5 else None})
    return a
