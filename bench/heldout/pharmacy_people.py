"""The pharmacy chain's world: its stores, the clinics and conditions, homes, people and the
draws that make them (names from Faker's ja_JP name tables), and how the truth is recorded.

A deceased patient's values are neutral and they are not counted; the chain's, the clinics'
and the wholesalers' own phones are neutral.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from faker.providers.person.ja_JP import Provider

from .identifiers import brand_card, corporate_number, jan13, license_check, luhn_check
from .identifiers import my_number as check_number
from .japanese import FULL_WIDTH
from .share import Population, Resident, Street, age_on
from .truth import normalize, plain_hyphens

COMPANY = "株式会社みどり調剤"
DOMAIN = "midori-chozai.co.jp"
TODAY = date(2025, 11, 20)
STORES = [("本町店", "相模原市南区相模大野5丁目2-1", "042-745-1180", "042-745-1181"),
          ("駅前店", "相模原市中央区淵野辺3丁目8-15 駅前ビル1F", "042-752-3320", "042-752-3321"),
          ("東口店", "町田市原町田6丁目12-20", "042-728-6650", "042-728-6651")]
CONDITIONS = {  # condition: (its drugs, the clinic that prescribes them)
    "高血圧症": (["アムロジピン錠5mg", "オルメサルタン錠20mg"], 0),
    "2型糖尿病": (["メトホルミン塩酸塩錠250mg", "シタグリプチン錠50mg"], 0),
    "脂質異常症": (["ロスバスタチン錠2.5mg"], 0),
    "気管支喘息": (["モンテルカスト錠10mg", "ブデソニド吸入剤"], 1),
    "アトピー性皮膚炎": (["ヘパリン類似物質クリーム", "デルゴシチニブ軟膏"], 5),
    "骨粗鬆症": (["アレンドロン酸錠35mg"], 2),
    "変形性膝関節症": (["セレコキシブ錠100mg"], 2),
    "緑内障": (["ラタノプロスト点眼液"], 3),
    "うつ病": (["セルトラリン錠25mg"], 4),
    "不眠症": (["レンボレキサント錠5mg"], 4),
    "統合失調症": (["アリピプラゾール錠3mg"], 4),
    "慢性心不全": (["ビソプロロール錠2.5mg", "フロセミド錠20mg"], 6),
    "アルツハイマー型認知症": (["ドネペジル塩酸塩錠5mg"], 6),
    "脳梗塞後遺症": (["クロピドグレル錠75mg"], 6),
    "パーキンソン病": (["レボドパ・カルビドパ配合錠"], 6),
    "慢性腎臓病": (["球形吸着炭細粒"], 6),
    "関節リウマチ": (["メトトレキサート錠2mg"], 2),
    "花粉症": (["フェキソフェナジン錠60mg"], 5),
    "小児喘息": (["モンテルカスト細粒4mg"], 1),
    "てんかん": (["レベチラセタム錠250mg"], 6),
}
AREA = [  # (都道府県, 市区, 〒's first five digits, towns)
    ("神奈川県", "相模原市南区", "252-03",
     ["相模大野", "上鶴間本町", "東林間", "南台", "古淵", "若松"]),
    ("神奈川県", "相模原市中央区", "252-02", ["矢部", "淵野辺", "中央", "清新", "光が丘"]),
    ("神奈川県", "座間市", "252-00", ["相武台", "ひばりが丘", "小松原", "入谷西"]),
    ("東京都", "町田市", "194-00", ["原町田", "森野", "木曽東", "南成瀬", "金森"]),
    ("神奈川県", "大和市", "242-00", ["中央林間", "南林間", "つきみ野", "下鶴間"]),
]
BLDG = ["コーポ", "ハイツ", "メゾン", "パレス", "グランドール", "サンライズ"]
MAIL_DOMAINS = ["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp", "icloud.com",
                "outlook.jp"]
MEMO_HYPHENS = ("－", "ー", "‐", "―", "−")  # what a memo types for "-", in the memos' order
LASTS = list(Provider.last_name_pairs)  # (kanji, kana, roman)
FIRSTS = {"男": list(Provider.first_name_male_pairs), "女": list(Provider.first_name_female_pairs)}
_LOWERED = ("person_name", "address", "sensitive")


def age(born: date) -> int:
    return age_on(born, TODAY)


def zen(text: str, hyphen: str = "－") -> str:
    """Digits full-width and "-" as `hyphen`, as a memo types a phone or a date."""
    return text.translate(FULL_WIDTH).replace("－", hyphen)


@dataclass(eq=False)
class Address(Street):
    """A home: its 〒, landline and, for some, a building and room."""

    postal: str = ""
    tel: str = ""
    bldg: str = ""
    room: str = ""

    def written(self, style: int, hyphen: str = "") -> str:
        """0: 神奈川県…2丁目5番14号　ハイツ矢部201号室; 1: 神奈川県…2-5-14 ハイツ矢部 201;
        2: 相模原市…2-5-14-201; 3: full-width digits joined by `hyphen`, ハイツ矢部　２０１;
        4: 相模原市…2丁目5-14 ハイツ矢部201."""
        room = ""
        if self.bldg:
            room = {0: f"　{self.bldg}{self.room}号室", 1: f" {self.bldg} {self.room}",
                    2: f"-{self.room}", 3: f"　{self.bldg}　{zen(self.room)}",
                    4: f" {self.bldg}{self.room}"}[style]
        if style == 0:
            return self.banchi() + room
        if style in (1, 2):
            return self.dashed(style == 1) + room
        if style == 3:
            return self.dashed(True, hyphen).translate(FULL_WIDTH) + room
        return f"{self.city}{self.town}{self.c}丁目{self.b}-{self.g}{room}"


@dataclass(eq=False)
class Clinic:
    name: str
    code: str  # 医療機関コード
    tel: str
    fax: str
    doctors: list[Person] = field(default_factory=list)


@dataclass(eq=False)
class Person(Resident):
    """A patient, a parent, a doctor, a caregiver, a care manager, a staff member, an emergency
    contact or a wholesaler's rep (P…)."""

    addr: Address
    dead: date | None = None
    clinic: Clinic | None = None  # doctors
    no: str = ""  # 患者番号
    conds: list[str] = field(default_factory=list)
    allergy: list[str] = field(default_factory=list)
    sidefx: list[str] = field(default_factory=list)
    disab: str = ""
    hoken: str = ""  # 保険者番号
    kigo: str = ""  # 被保険者証 記号 and 番号
    bango: str = ""
    kohi: tuple[str, str] | None = None  # 公費負担者番号, 公費受給者番号
    store: int = 0
    last_visit: date = TODAY
    guardian: Person | None = None
    kaigo: str = ""  # home visits: 要介護度, key person, care manager
    caregiver: Person | None = None
    rel: str = ""
    caremgr: Person | None = None
    care_office: str = ""
    work_email: str = ""  # staff
    empno: str = ""
    job: str = ""
    reg: str = ""  # 薬剤師名簿登録番号
    hired: date = TODAY
    mynum: str = ""
    lic: str = ""
    bank: tuple[str, str, str] = ("", "", "")  # code, name, kana
    branch: tuple[str, str] = ("", "")  # code, name
    acct: str = ""
    salary: int = 0
    ec: Person | None = None
    ec_rel: str = ""
    health: str = ""
    pw: str = ""


@dataclass(eq=False)
class Supplier:
    name: str
    corp: str
    rep: Person
    tel: str
    rep_mobile: str


@dataclass(eq=False)
class Pharmacy(Population):
    """One seed's people, random stream and output; the file writers share it."""

    people: list[Person] = field(default_factory=list)
    used: set[tuple[str, str]] = field(default_factory=set)
    corp: str = ""
    clinics: list[Clinic] = field(default_factory=list)
    patients: list[Person] = field(default_factory=list)
    guardians: list[Person] = field(default_factory=list)
    home: list[Person] = field(default_factory=list)
    staff: list[Person] = field(default_factory=list)
    suppliers: list[Supplier] = field(default_factory=list)
    queried: Person | None = None  # the FAX's patient, whom the forwarded 疑義照会 is not of
    home_list: str = ""  # where the 在宅対象者一覧 went (a mail's attachment)

    @property
    def doctors(self) -> list[Person]:
        return [d for c in self.clinics for d in c.doctors]

    @property
    def live(self) -> list[Person]:
        return [p for p in self.patients if not p.dead]

    @property
    def pharmacists(self) -> list[Person]:
        return [s for s in self.staff if s.job == "薬剤師"]

    def add(self, path: str, category: str, raw: str, who: Person | None = None,
            neutral: bool = False, value: date | None = None) -> None:
        """Record `raw` for `who`; value: a birth date (its truth the ISO date). Names,
        addresses and conditions lower-cased, a look-alike hyphen between digits as '-'."""
        normal = normalize(category, raw) if value is None else value.isoformat()
        if category in _LOWERED and value is None:
            normal = normal.lower()
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

    def corporate_number(self) -> str:
        return corporate_number(self.rng)

    def jan(self) -> str:
        return jan13(self.rng, "4987")

    def card(self, brand: str) -> str:
        """A card number of `brand` (VISA, Master, JCB, AMEX)."""
        return brand_card(self.rng, brand.lower())

    def licence(self, code: int) -> str:
        R = self.rng
        body = f"{code:02d}{R.randint(0, 99):02d}{R.randint(0, 999999):06d}"
        return body + license_check(body) + R.choice("0001")

    def checked(self, body: str) -> str:
        """`body` and its check digit as 保険者番号, 医療機関コード and 公費 numbers have it
        (modulus 10, weights 2-1 from the right: Luhn's)."""
        return body + luhn_check(body)

    def insurer(self) -> str:
        """保険者番号: 法別, 都道府県, 保険者別 and the check digit."""
        R = self.rng
        return self.checked(R.choice(["06", "01", "31", "32", "34", "39", "67"])
                            + R.choice(["13", "14"]) + f"{R.randint(1, 999):03d}")

    def kokuho(self) -> str:
        """A six-digit 国保 保険者番号 (14, three digits, the check): a patient's of 75 or more."""
        return self.checked("14" + f"{self.rng.randint(0, 9999):04d}"[:3])

    def yj(self) -> str:
        """A YJ code: 1234567F1234."""
        R = self.rng
        return (f"{R.randint(1000, 4999)}{R.randint(0, 999):03d}"
                f"F{R.randint(1, 9)}{R.randint(0, 999):03d}")

    def mobile(self, head: str) -> str:
        return f"{head}-{self.rng.randint(1000, 9999)}-{self.rng.randint(0, 9999):04d}"

    def landline(self) -> str:
        return f"042-{self.rng.randint(700, 799)}-{self.rng.randint(0, 9999):04d}"

    def address(self) -> Address:
        R = self.rng
        pref, city, head, towns = R.choice(AREA)
        town = R.choice(towns)
        addr = Address(pref, city, town, R.randint(1, 8), R.randint(1, 30), R.randint(1, 25))
        if R.random() < 0.35:
            addr.bldg = R.choice(BLDG) + town + R.choice(["", "II", "壱番館"])
            addr.room = f"{R.randint(1, 5)}0{R.randint(1, 9)}"
        addr.postal = head + f"{R.randint(0, 99):02d}"
        addr.tel = self.landline()
        return addr

    def person(self, role: str, sex: str = "", last: tuple[str, str, str] | None = None,
               born: date | None = None, addr: Address | None = None) -> Person:
        """Someone new (of the surname `last`, at `addr`), a name not yet drawn for anyone
        (after 500 draws, whatever came)."""
        R = self.rng
        for _ in range(500):
            ln = last or R.choice(LASTS)
            s = sex or R.choice("男女")
            fn = R.choice(FIRSTS[s])
            if (ln[0], fn[0]) not in self.used:
                break
        self.used.add((ln[0], fn[0]))
        born = born or self.between(date(1935, 1, 1), date(2003, 12, 31))
        p = Person(f"P{len(self.people) + 1:03d}", role, s, ln[0], fn[0], ln[1], fn[1], ln[2],
                   fn[2], born, addr or self.address())
        if R.random() < 0.75:
            p.mobile = self.mobile(R.choice(["090", "080", "070"]))
        self.people.append(p)
        return p

    def mail_address(self, p: Person) -> str:
        R = self.rng
        domain = R.choice(MAIL_DOMAINS)
        first, last = p.first_roman.lower(), p.last_roman.lower()
        return R.choice([f"{first}.{last}", f"{last}{R.randint(1, 99)}",
                         f"{first}_{p.born.year % 100:02d}",
                         f"{last[0]}{first}{R.randint(10, 999)}"]) + "@" + domain

