"""Who the animal hospital's share is about: 78 to 88 owners (one to three pets each, a third of
them with a family member at home), ten staff (two vets, three nurses, two trimmers, two at the
desk, the office manager; three in four with a relative), a former trimmer, then, as the files
are written, the suppliers' contacts and the salon's outside helper, all drawn from one random
stream and one Faker in a fixed order.

The animals are no one: their names (some a person's: 太郎, 花子, 健太), birth dates, illnesses,
microchips (half passing Luhn), 鑑札 and 注射済票 numbers and insurance 証券番号 (passing the My
Number check or Luhn) are hard negatives.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from faker import Faker

from .identifiers import digits, licence_number, luhn_number
from .identifiers import my_number as check_number
from .japanese import FULL_WIDTH, HYPHENS, fphone
from .share import Population, Resident, Share, Street
from .truth import Truth

LOCALES = [
    [("東京都", "世田谷区"), ("東京都", "目黒区"), ("東京都", "大田区"),
     ("神奈川県", "川崎市高津区")],
    [("埼玉県", "さいたま市浦和区"), ("埼玉県", "さいたま市南区"), ("埼玉県", "戸田市"),
     ("埼玉県", "蕨市")],
]
CLINICS = [
    {"name": "さくら動物病院", "tel": "03-5712-4460", "fax": "03-5712-4461",
     "mail": "info@sakura-ah.jp", "salon": "トリミングサロン Sakura"},
    {"name": "みどりの森どうぶつ病院", "tel": "048-862-3371", "fax": "048-862-3372",
     "mail": "contact@midorinomori-vet.jp", "salon": "グルーミングルーム MIDORI"},
]
DOMAINS = ["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp", "icloud.com",
           "softbank.ne.jp", "outlook.jp"]
PET_NAMES = ["モモ", "ココ", "レオ", "マロン", "ソラ", "チョコ", "ハナ", "サクラ", "太郎", "小太郎",
             "次郎", "Leo", "Max", "ルナ", "ムギ", "きなこ", "小梅", "ハル", "リク", "大福",
             "コタロウ", "Coco", "花子", "さくら", "ラッキー", "ナナ", "ゴン", "まる", "福",
             "ジロー", "ミルク", "クッキー", "ベル", "アンズ", "ユキ", "健太", "Hana", "はな", "蓮",
             "ひなた", "さくら子", "みかん", "こむぎ"]
DOG = ["トイ・プードル", "柴犬", "ミニチュア・ダックスフンド", "チワワ", "ポメラニアン",
       "フレンチ・ブルドッグ", "ゴールデン・レトリーバー", "シー・ズー", "ミニチュア・シュナウザー",
       "MIX"]
CAT = ["雑種", "スコティッシュ・フォールド", "アメリカン・ショートヘア", "マンチカン",
       "ロシアンブルー"]
PET_ILL = ["糖尿病", "慢性腎不全", "腎不全", "てんかん", "乳腺腫瘍（癌）", "外耳炎",
           "アトピー性皮膚炎", "僧帽弁閉鎖不全症", "椎間板ヘルニア", "甲状腺機能亢進症",
           "膀胱結石", "リンパ腫", "肥満細胞腫", "白内障", "心臓病", "肝炎",
           "うつ傾向（分離不安）"]
INSURERS = ["アニコム損保", "アイペット損保", "ペット&ファミリー損保", "楽天ペット保険"]
STAFF_ROLES = [("院長", "獣医師"), ("副院長", "獣医師"), ("看護師", "愛玩動物看護師"),
               ("看護師", "愛玩動物看護師"), ("看護師", "愛玩動物看護師"), ("トリマー", "トリマー"),
               ("トリマー", "トリマー"), ("受付", "受付"), ("受付", "受付"), ("事務", "事務長")]
BANKS = [("0005", "三菱ＵＦＪ銀行", "ﾐﾂﾋﾞｼUFJ"), ("0009", "三井住友銀行", "ﾐﾂｲｽﾐﾄﾓ"),
         ("0001", "みずほ銀行", "ﾐｽﾞﾎ"), ("0017", "埼玉りそな銀行", "ｻｲﾀﾏﾘｿﾅ"),
         ("9900", "ゆうちょ銀行", "ﾕｳﾁﾖ")]
HEALTH = ["喘息", "うつ病", "糖尿病", "妊娠", "椎間板ヘルニア", "てんかん"]


@dataclass(eq=False)
class Address(Street):
    """A home: its 〒, for some a building and room after a space, and the household's landline."""

    postal: str = ""
    bldg: str = ""
    landline: str = ""

    def full(self, kanji: bool = False) -> str:
        """東京都目黒区中目黒2-5-14 (2丁目5番14号 where kanji) and the room."""
        return (self.banchi() if kanji else self.dashed(pref=True)) + (
            f" {self.bldg}" if self.bldg else "")


@dataclass(eq=False)
class Pet:
    """An animal: no one, whatever its name; its owner is."""

    name: str
    species: str
    breed: str
    born: date
    sex: str
    chip: str | None
    kansatsu: str  # 鑑札番号 (dogs)
    chusha: str  # 注射済票番号 (dogs)
    insurer: str
    policy: str  # 証券番号
    ill: list[str]


@dataclass(eq=False)
class Person(Resident):
    """An owner, a family member, a staff member (or their relative), a supplier's contact."""

    addr: Address
    pets: list[Pet] = field(default_factory=list)
    family: list[Person] = field(default_factory=list)
    rel: str = ""
    job: str = ""
    post: str = ""  # 役職
    no: str = ""
    mynum: str = ""
    lic: str = ""
    vetlic: str = ""
    bank: tuple = ()  # ((code, name, kana), branch, account)
    hired: date | None = None
    health: str = ""

    @property
    def home(self) -> str:
        return self.addr.landline

    def insured(self) -> list[Pet]:
        return [p for p in self.pets if p.insurer]


@dataclass(eq=False)
class Hospital(Population):
    """One seed's population, random streams and output; the file writers share it."""

    clinic: dict[str, str] = field(default_factory=dict)
    locale: list[tuple[str, str]] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    used: set[tuple[str, str]] = field(default_factory=set)
    owners: list[Person] = field(default_factory=list)
    staff: list[Person] = field(default_factory=list)
    former: Person | None = None  # a former trimmer (the old zip only)

    @property
    def vets(self) -> list[Person]:
        return self.staff[:2]

    @property
    def trimmers(self) -> list[Person]:
        return self.staff[5:7]

    @property
    def domain(self) -> str:
        return self.clinic["mail"].split("@")[1]

    def animals(self, species: str = "") -> list[tuple[Person, Pet]]:
        """(owner, animal) pairs in the owners' order, of `species` where given."""
        return [(o, p) for o in self.owners for p in o.pets if not species or p.species == species]

    def claimant(self) -> tuple[Person, Pet]:
        """An owner drawn among those with an insured animal, and the first such animal."""
        o = self.rng.choice([x for x in self.owners if x.insured()])
        return o, o.insured()[0]

    def add(self, path: str, category: str, value: str, who: Person | None,
            neutral: bool = False) -> str:
        """Record `value` for `who` (None: the clinic, an insurer, a supplier) and give it back."""
        self.truth.add(path, category, value, who.id if who else None, neutral)
        return value

    def clinic_fields(self, path: str, fax: bool = False, mail: bool = False) -> None:
        """The clinic's own phone (and fax, mail address), neutral."""
        self.add(path, "phone_number", self.clinic["tel"], None, True)
        if fax:
            self.add(path, "phone_number", self.clinic["fax"], None, True)
        if mail:
            self.add(path, "email_address", self.clinic["mail"], None, True)

    def write_truth(self, outdir: Path) -> None:
        records = self.truth.merged("replace")
        self.truth.write(outdir, len(self.truth.people(records)), merge="replace")

    # ---- draws
    def name(self, p: Person) -> str:
        """`p`'s name as a clerk types it: spaced (half the time), run together or 全角-spaced."""
        return p.name(self.rng.choice([" ", " ", "", "　"]))

    def phone(self, number: str, style: str = "hy") -> str:
        """A hyphenated number as written: hy, none, paren, intl (+81-90-…) or zen (full-width,
        one look-alike hyphen drawn)."""
        bare = number.replace("-", "")
        if style == "zen":
            return fphone(bare, self.rng.choice(HYPHENS)).translate(FULL_WIDTH)
        return fphone(bare, style)

    def call(self, pet: Pet) -> str:
        """How the desk calls an animal: モモちゃん, レオくん, ハナさん."""
        if pet.species == "猫":
            return pet.name + self.rng.choice(["ちゃん", "ちゃん", "くん", "さん"])
        return pet.name + self.rng.choice(["ちゃん", "くん", "ちゃん", "さん"])

    def my_number(self) -> str:
        return check_number(self.rng, zero_lead="draw")

    def luhn(self, prefix: str, length: int) -> str:
        return luhn_number(self.rng, prefix, length)

    def day(self, first: date, last: date) -> date:
        return first + timedelta(days=self.rng.randint(0, (last - first).days))

    def address(self) -> Address:
        R, F = self.rng, self.faker
        pref, city = R.choice(self.locale)
        addr = Address(pref, city, F.town(), R.randint(1, 5), R.randint(1, 30), R.randint(1, 25))
        mark = ["", "桜", "南", "ヒルズ"]
        addr.bldg = R.choice(["", "", "", f"{F.building_name()}{R.choice(mark)}"
                                          f"{R.randint(1, 9)}0{R.randint(1, 9)}"])
        addr.postal = f"{R.randint(100, 369):03d}-{R.randint(0, 9999):04d}"
        return addr

    def person(self, role: str, age: tuple[int, int], sex: str = "",
               of: Person | None = None) -> Person:
        """Someone new aged about `age` in 2024 (of `of`'s surname and household where given),
        their name not yet drawn for anyone."""
        R, F = self.rng, self.faker
        sex = sex or R.choice("MF")
        while True:
            lp = (of.last, of.last_kana, of.last_roman) if of else F.last_name_pair()
            fp = F.first_name_male_pair() if sex == "M" else F.first_name_female_pair()
            if (lp[0], fp[0]) not in self.used:
                break
        self.used.add((lp[0], fp[0]))
        born = self.day(date(2024 - age[1], 1, 1), date(2024 - age[0], 12, 28))
        addr = of.addr if of else self.address()
        head = R.choice(["090", "080", "070"])
        mobile = f"{head}-{R.randint(1000, 9999)}-{R.randint(1000, 9999)}"
        if addr.pref == "東京都":  # (drawn for everyone; a household's first member's kept)
            landline = f"03-{R.randint(3000, 6999)}-{R.randint(1000, 9999)}"
        else:
            area = "044" if addr.pref == "神奈川県" else "048"
            landline = f"{area}-{R.randint(200, 999)}-{R.randint(1000, 9999)}"
        addr.landline = addr.landline or landline
        sep = R.choice([".", "_", "", "-"])
        number = R.randint(1, 999) if R.random() < 0.6 else ""
        email = f"{fp[2].lower()}{sep}{lp[2].lower()}{number}@{R.choice(DOMAINS)}"
        p = Person(f"P{len(self.people) + 1:03d}", role, sex, lp[0], fp[0], lp[1], fp[1], lp[2],
                   fp[2], born, addr, mobile, email)
        self.people.append(p)
        return p

    def pet(self) -> Pet:
        R = self.rng
        name = R.choice(PET_NAMES)
        species = R.choices(["犬", "猫", "うさぎ", "フェレット"], [60, 32, 5, 3])[0]
        breed = R.choice(DOG) if species == "犬" else R.choice(CAT) if species == "猫" else "-"
        born = self.day(date(2008, 1, 1), date(2024, 6, 1))
        sex = R.choice(["オス", "メス", "オス(去勢)", "メス(避妊)"])
        chip: str | None  # 392 and 12 digits, half passing Luhn on purpose
        if R.random() < 0.5:
            chip = self.luhn("392" + R.choice(["141", "145", "091"]), 15)
        else:
            chip = "392" + R.choice(["141", "145", "091"]) + digits(R, 9)
        if R.random() < 0.1:
            chip = None
        dog = species == "犬"
        kansatsu = (f"{R.choice(['R2', 'R3', 'R4', 'R5', 'H30', 'H31'])}-"
                    f"{R.choice(['世', '目', '大', '浦', '戸'])}-{R.randint(1, 9999):04d}"
                    if dog else "")
        chusha = f"R6-{R.randint(1, 9999):04d}" if dog else ""
        insurer = R.choice(INSURERS) if R.random() < 0.55 else ""
        kind = R.random()  # 証券番号: the My Number check, Luhn (JCB-like) or neither
        if not insurer:
            policy = ""
        elif kind < 0.4:
            policy = self.my_number()
        elif kind < 0.7:
            policy = self.luhn(R.choice(["3530", "4539", "5301"]), 16)
        else:
            policy = f"{R.randint(10, 99)}-{R.randint(1000000, 9999999)}"
        ill = R.sample(PET_ILL, R.randint(0, 2))
        return Pet(name, species, breed, born, sex, chip, kansatsu, chusha, insurer, policy, ill)


def _staff(h: Hospital, i: int, post: str, job: str) -> Person:
    R = h.rng
    s = h.person("staff", (22, 62))
    s.job, s.post, s.no = job, post, f"S{2001 + i}"
    s.mynum = h.my_number()
    s.lic = licence_number(R, 30 if s.addr.pref == "東京都" else
                           45 if s.addr.pref == "神奈川県" else 40)
    s.vetlic = f"第{R.randint(10000, 99999)}号" if job == "獣医師" else ""
    s.bank = (R.choice(BANKS), f"{R.randint(100, 899):03d}", f"{R.randint(1000000, 9999999)}")
    s.hired = h.day(date(2008, 4, 1), date(2024, 4, 1))
    if R.random() < 0.75:
        f = h.person("staff_family", (20, 85), of=s)
        f.rel = R.choice(["配偶者", "父", "母", "夫", "妻", "兄"])
        s.family.append(f)
    return s


def populate(seed: int, share: Share) -> Hospital:
    """The seed's owners (their pets and families), staff and former trimmer, drawn in gen.py's
    order."""
    faker = Faker("ja_JP")
    faker.seed_instance(seed * 101 + 37)
    h = Hospital(seed, random.Random(seed * 7919 + 37), faker, share, Truth(),
                 clinic=CLINICS[(seed - 1) % 2], locale=LOCALES[(seed - 1) % 2])
    R = h.rng
    h.owners = [h.person("owner", (25, 80)) for _ in range(R.randint(78, 88))]
    for o in h.owners:
        o.pets = [h.pet() for _ in range(R.choices([1, 2, 3], [55, 33, 12])[0])]
        if R.random() < 0.33:
            f = h.person("family", (16, 75), "F" if o.sex == "M" else R.choice("MF"), of=o)
            f.rel = "妻" if o.sex == "M" else R.choice(["娘", "息子", "夫", "母"])
            o.family.append(f)
    h.staff = [_staff(h, i, post, job) for i, (post, job) in enumerate(STAFF_ROLES)]
    for s, sick in zip(R.sample(h.staff, 4), R.sample(HEALTH, 4), strict=True):
        s.health = sick
    h.former = h.person("staff", (25, 50))
    h.former.job = "トリマー"
    return h
