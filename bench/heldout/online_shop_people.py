"""Who the online shop's server knows: 95 customers, 18 gift recipients, 3 staff, 2 foreign
customers and 6 individual affiliates, drawn from one random stream in a fixed order."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from pathlib import Path

from faker import Faker

from .identifiers import card_number, digits, luhn_number, my_number
from .share import Share
from .truth import Truth


def _pairs(text: str) -> list[tuple[str, ...]]:
    """Tuples from colon-joined words ("佐藤:サトウ": ("佐藤", "サトウ")), many to a line."""
    return [tuple(item.split(":")) for item in text.split()]


SEI = _pairs("""
    佐藤:サトウ 鈴木:スズキ 高橋:タカハシ 田中:タナカ 伊藤:イトウ 渡辺:ワタナベ
    山本:ヤマモト 中村:ナカムラ 小林:コバヤシ 加藤:カトウ 吉田:ヨシダ 山田:ヤマダ
    佐々木:ササキ 山口:ヤマグチ 松本:マツモト 井上:イノウエ 木村:キムラ 林:ハヤシ
    斎藤:サイトウ 清水:シミズ 山崎:ヤマザキ 森:モリ 池田:イケダ 橋本:ハシモト 阿部:アベ
    石川:イシカワ 前田:マエダ 藤田:フジタ 岡田:オカダ 後藤:ゴトウ 長谷川:ハセガワ
    村上:ムラカミ 近藤:コンドウ 坂本:サカモト 遠藤:エンドウ 青木:アオキ 藤井:フジイ
    西村:ニシムラ 福田:フクダ 太田:オオタ 三浦:ミウラ 藤原:フジワラ 岡本:オカモト
    松田:マツダ 中川:ナカガワ
""")  # surname:reading
MEI = _pairs("""
    翔太:ショウタ 大輔:ダイスケ 美咲:ミサキ 陽子:ヨウコ 健一:ケンイチ 直樹:ナオキ
    彩:アヤ 真由美:マユミ 拓也:タクヤ 恵子:ケイコ 由美子:ユミコ 和也:カズヤ 優子:ユウコ
    誠:マコト 沙織:サオリ 浩二:コウジ 千尋:チヒロ 裕子:ユウコ 隆:タカシ 奈々:ナナ
    修:オサム 香織:カオリ 洋平:ヨウヘイ 明美:アケミ 亮:リョウ 智子:トモコ 悠斗:ユウト
    さくら:サクラ 聡:サトシ 麻衣:マイ
""")  # given name:reading
PREF = _pairs("""
    東京都:新宿区西新宿:160-0023 東京都:世田谷区三軒茶屋:154-0024
    神奈川県:横浜市港北区日吉:223-0061 大阪府:大阪市北区梅田:530-0001
    愛知県:名古屋市中区栄:460-0008 福岡県:福岡市中央区天神:810-0001
    北海道:札幌市中央区北一条西:060-0001 埼玉県:さいたま市浦和区高砂:330-0063
    千葉県:船橋市本町:273-0005 京都府:京都市左京区田中:606-8201
    兵庫県:神戸市灘区六甲台町:657-0013 宮城県:仙台市青葉区一番町:980-0811
    広島県:広島市中区紙屋町:730-0031 静岡県:浜松市中区板屋町:430-0928
""")  # 都道府県:市区町村:〒
MAIL_USERS = ["tanaka", "sora", "hana", "mika", "ken", "ryo", "yui", "aoi", "taro", "nao"]
MAIL_HOSTS = ["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp", "icloud.com", "outlook.jp"]
SHOP = {"name": "株式会社みどり屋ストア", "tel": "03-5123-4567",
        "addr": "東京都台東区蔵前2丁目14番3号", "zip": "111-0051"}
CUSTOMERS = 95


@dataclass(eq=False)
class Buyer:
    """A customer, recipient, staff member or affiliate; customers also hold a card."""

    pid: str
    sei: str
    mei: str
    seik: str
    meik: str
    pref: str
    city: str
    zip: str
    ch: int
    bn: int
    gn: int
    bld: str
    phone: str
    email: str
    dob: str
    card: str = ""
    exp: str = ""
    cvv: str = ""
    pw: str = ""
    member: str = ""

    @property
    def name(self) -> str:
        return f"{self.sei} {self.mei}"

    @property
    def kana(self) -> str:
        return f"{self.seik} {self.meik}"

    @property
    def street(self) -> str:
        """The address as the shop's forms split it: city and 1-2-3, no 都道府県."""
        return f"{self.city}{self.ch}-{self.bn}-{self.gn}"

    @property
    def addr(self) -> str:
        return f"{self.pref}{self.city}{self.ch}丁目{self.bn}番{self.gn}号{self.bld}"

    @property
    def addr_short(self) -> str:
        return f"{self.pref}{self.street}{self.bld}"

    @property
    def ph(self) -> str:
        return f"{self.phone[:3]}-{self.phone[3:7]}-{self.phone[7:]}"


@dataclass(frozen=True)
class Foreigner:
    pid: str
    name: str
    email: str
    phone: str


@dataclass(eq=False)
class Shop:
    """One seed's population, random streams and output; the file writers share it."""

    seed: int
    rng: random.Random
    faker: Faker
    share: Share
    truth: Truth
    customers: list[Buyer] = field(default_factory=list)
    recipients: list[Buyer] = field(default_factory=list)
    staff: list[Buyer] = field(default_factory=list)
    foreign: list[Foreigner] = field(default_factory=list)
    affiliates: list[Buyer] = field(default_factory=list)
    orders: dict[str, str] = field(default_factory=dict)
    _names: set[tuple[str, str]] = field(default_factory=set)

    @property
    def people(self) -> int:
        return (len(self.customers) + len(self.recipients) + len(self.staff) + len(self.foreign)
                + len(self.affiliates))

    def add(self, path: str, category: str, value: str, person: str | None = None,
            neutral: bool = False) -> None:
        self.truth.add(path, category, value, person, neutral)

    def write_truth(self, outdir: Path) -> None:
        """Everyone drawn is someone the share exposes; one record a value, as corpus 26 has."""
        self.truth.write(outdir, self.people, merge="flag")

    def look_alike(self, prefix: str) -> str:
        """A 伝票番号/受付番号 that passes the My Number check (a hard negative)."""
        return my_number(self.rng, prefix)

    def order_number(self) -> str:
        """A Luhn-passing 16-digit order number (a hard negative)."""
        return luhn_number(self.rng, "20" + str(self.rng.randint(24, 26)), 16)

    def buyer(self, pid: str) -> Buyer:
        R = self.rng
        while True:
            sei, mei = R.choice(SEI), R.choice(MEI)
            if (sei[0], mei[0]) not in self._names:
                self._names.add((sei[0], mei[0]))
                break
        pref, city, zip_code = R.choice(PREF)
        ch, bn, gn = R.randint(1, 5), R.randint(1, 30), R.randint(1, 20)
        building = f" {self.faker.building_name()}{R.randint(101, 905)}"
        bld = R.choice(["", "", building])
        phone = R.choice(["090", "080", "070"]) + f"{R.randint(1000, 9999)}{R.randint(1000, 9999)}"
        email = (f"{R.choice(['k', 'm', 's', 't', 'y', 'n'])}{R.choice(['.', '_', ''])}"
                 f"{R.choice(MAIL_USERS)}{R.randint(1, 999)}@{R.choice(MAIL_HOSTS)}")
        dob = f"{R.randint(1948, 2003)}-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}"
        return Buyer(pid, sei[0], mei[0], sei[1], mei[1], pref, city, zip_code, ch, bn, gn, bld,
                     phone, email, dob)

    def give_card(self, c: Buyer) -> None:
        R = self.rng
        c.card = card_number(R)
        c.exp = f"{R.randint(1, 12):02d}/{R.randint(26, 31)}"
        c.cvv = digits(R, 4 if len(c.card) == 15 else 3)  # an Amex has 15 digits and 4 here
        c.pw = (R.choice(["hana", "sakura", "pass", "neko", "taro", "shop"])
                + str(R.randint(100, 9999)) + R.choice(["!", "#", ""]))
        c.member = f"M{R.randint(100000, 999999)}"


def populate(seed: int, share: Share) -> Shop:
    """Customers with their cards, then recipients, staff, foreign customers and affiliates."""
    faker = Faker("ja_JP")
    faker.seed_instance(seed)
    shop = Shop(seed, random.Random(seed), faker, share, Truth())
    n = CUSTOMERS
    shop.customers = [shop.buyer(f"P{i:03d}") for i in range(1, n + 1)]
    for c in shop.customers:
        shop.give_card(c)
    shop.recipients = [shop.buyer(f"P{i:03d}") for i in range(n + 1, n + 19)]
    shop.staff = [shop.buyer(f"P{i:03d}") for i in range(n + 19, n + 22)]
    for s in shop.staff:
        s.email = f"{faker.last_romanized_name().lower()}.{shop.rng.randint(1, 99)}@example-shop.jp"
    shop.foreign = [Foreigner(f"P{n + 22}", "Emily Carter", "emily.carter82@gmail.com",
                              "+1 415 555 0148"),
                    Foreigner(f"P{n + 23}", "David Nguyen", "dnguyen.sydney@outlook.com",
                              "+61 2 9374 4000")]
    shop.affiliates = [shop.buyer(f"P{i:03d}") for i in range(n + 24, n + 30)]
    return shop


def era_birthday(dob: str) -> str:
    """A birth date (ISO) in 和暦 as the shop's staff type it: 昭和 before 1989, else 平成 (a
    year's own count, so 平成1年, never 元年)."""
    year = int(dob[:4])
    era, count = ("昭和", year - 1925) if year < 1989 else ("平成", year - 1988)
    return f"{era}{count}年{int(dob[5:7])}月{int(dob[8:])}日"
