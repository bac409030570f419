"""Who the staffing agency's share is about: 66-76 registered staff and 12-16 foreign staff
(shuffled together; the first 48 are on assignment), six of the agency's own employees, nine staff's
dependants (a spouse and children, or a parent), and 8-10 client companies with one or two
contacts each, drawn from one random stream in a fixed order.

Client companies are no one (their 法人番号 alone is theirs, under the client's id); 契約番号,
案件番号, 求人番号 and job ids pass the My Number check, 請求書番号 and 保守契約番号 the 法人番号
check, 伝票番号, 会員番号 and 問い合わせ番号 Luhn: hard negatives all.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .identifiers import corporate_number, licence_number, luhn_number
from .identifiers import my_number as check_number
from .share import Population, Resident, Street

COMPANY = "株式会社アクシスキャリア"
CDOMAIN = "axis-career.co.jp"
CPHONE = "03-5321-8870"
CADDR = "東京都新宿区西新宿6丁目14番1号 新宿グリーンタワービル9階"
AREAS = [  # 都道府県, city, 〒 prefix, towns, nearest station, 公安委員会 code
    ("東京都", "世田谷区", "154", ["太子堂", "三軒茶屋", "北沢", "経堂"],
     "東急田園都市線 三軒茶屋駅", 30),
    ("東京都", "杉並区", "166", ["阿佐谷南", "高円寺北", "荻窪"], "JR中央線 高円寺駅", 30),
    ("東京都", "大田区", "144", ["蒲田", "西蒲田", "大森北"], "JR京浜東北線 蒲田駅", 30),
    ("東京都", "足立区", "120", ["千住", "綾瀬", "梅島"], "東武スカイツリーライン 梅島駅", 30),
    ("東京都", "八王子市", "192", ["旭町", "明神町", "子安町"], "JR中央線 八王子駅", 30),
    ("神奈川県", "横浜市港北区", "222", ["大倉山", "綱島西", "日吉本町"], "東急東横線 綱島駅", 45),
    ("神奈川県", "川崎市中原区", "211", ["新丸子町", "小杉町", "木月"], "JR南武線 武蔵小杉駅", 45),
    ("埼玉県", "さいたま市浦和区", "330", ["高砂", "常盤", "岸町"], "JR京浜東北線 浦和駅", 43),
    ("埼玉県", "川口市", "332", ["栄町", "本町", "幸町"], "JR京浜東北線 川口駅", 43),
    ("千葉県", "船橋市", "273", ["本町", "湊町", "宮本"], "JR総武線 船橋駅", 44),
    ("千葉県", "市川市", "272", ["八幡", "南八幡", "市川"], "JR総武線 本八幡駅", 44),
]
BLDGS = ["サンハイツ", "メゾン", "コーポ", "グランドール", "パークサイド", "リバーコート",
         "エクセル", "ハイム"]
MAILDOM = ["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp", "icloud.com", "outlook.jp",
           "softbank.ne.jp"]
BANKS = [("0005", "三菱ＵＦＪ銀行", "ﾐﾂﾋﾞｼﾕ-ｴﾌｼﾞｴｲ"), ("0009", "三井住友銀行", "ﾐﾂｲｽﾐﾄﾓ"),
         ("0001", "みずほ銀行", "ﾐｽﾞﾎ"), ("9900", "ゆうちょ銀行", "ﾕｳﾁﾖ"),
         ("0010", "りそな銀行", "ﾘｿﾅ"), ("0138", "横浜銀行", "ﾖｺﾊﾏ"),
         ("0017", "埼玉りそな銀行", "ｻｲﾀﾏﾘｿﾅ"), ("0134", "千葉銀行", "ﾁﾊﾞ")]
BRANCHES = [("新宿", "ｼﾝｼﾞﾕｸ"), ("渋谷", "ｼﾌﾞﾔ"), ("横浜", "ﾖｺﾊﾏ"), ("池袋", "ｲｹﾌﾞｸﾛ"),
            ("大宮", "ｵｵﾐﾔ"), ("船橋", "ﾌﾅﾊﾞｼ"), ("蒲田", "ｶﾏﾀ"), ("川崎", "ｶﾜｻｷ"), ("上野", "ｳｴﾉ"),
            ("八王子", "ﾊﾁｵｳｼﾞ")]
JOBS = ["一般事務", "経理事務", "コールセンター", "軽作業", "フォークリフト", "製造ライン",
        "データ入力", "受付", "営業事務", "倉庫管理"]
FOREIGN = {  # nationality: (romaji surname, given names, katakana surname, given names)
    "ベトナム": [("NGUYEN", "VAN AN", "グエン", "ヴァン・アン"),
             ("TRAN", "THI HOA", "チャン", "ティ・ホア"),
             ("LE", "MINH TUAN", "レ", "ミン・トゥアン"),
             ("PHAM", "THI LAN", "ファム", "ティ・ラン"),
             ("HOANG", "DUC THANH", "ホアン", "ドゥック・タイン"),
             ("VU", "THI MAI", "ヴー", "ティ・マイ")],
    "フィリピン": [("SANTOS", "MARIA CRUZ", "サントス", "マリア・クルス"),
              ("REYES", "JOHN PAUL", "レイエス", "ジョン・ポール"),
              ("DELA CRUZ", "ANGELICA", "デラクルス", "アンジェリカ"),
              ("GARCIA", "MARK ANTHONY", "ガルシア", "マーク・アンソニー")],
    "ネパール": [("GURUNG", "BIKASH", "グルン", "ビカス"),
             ("SHRESTHA", "SUNITA", "シュレスタ", "スニタ"),
             ("TAMANG", "RAJESH", "タマン", "ラジェシュ")],
    "インドネシア": [("SAPUTRA", "RIZKY", "サプトラ", "リズキー"),
               ("LESTARI", "DEWI", "レスタリ", "デウィ")],
    "ブラジル": [("SILVA", "LUCAS HIROSHI", "シルバ", "ルーカス・ヒロシ"),
             ("OLIVEIRA", "ANA PAULA", "オリヴェイラ", "アナ・パウラ")],
}
VISAS = ["技術・人文知識・国際業務", "特定技能1号", "定住者", "永住者", "日本人の配偶者等",
         "留学(資格外活動許可)"]
INDUSTRY = ["物流", "製作所", "商事", "食品", "電子", "システムズ", "ロジスティクス", "化学",
            "精機", "フーズ"]
ROLES = ["人事部 課長", "総務課 係長", "物流センター長", "製造部 主任", "管理部 部長"]
OFFICE = [("営業部", "営業課長"), ("営業部", "コーディネーター"), ("営業部", "コーディネーター"),
          ("人事労務部", "労務担当"), ("人事労務部", "部長"), ("経理部", "経理担当")]
CARD_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"
ADULT = (date(1962, 1, 1), date(2004, 12, 31))


def grp(digits: str, sizes: tuple[int, ...], sep: str = " ") -> str:
    """`digits` in groups of `sizes`: 1234 5678 9012."""
    out, i = [], 0
    for k in sizes:
        out.append(digits[i:i + k])
        i += k
    return sep.join(out)


@dataclass(eq=False)
class Address(Street):
    """A home: 〒 (with its hyphen), the nearest station, the 公安委員会 of its 都道府県 and, for
    half of them, a building and room."""

    postal: str = ""
    station: str = ""
    lic: int = 0
    bld: str = ""
    room: str = ""

    def full(self, bld: bool = True) -> str:
        """東京都世田谷区太子堂1丁目2番3号 メゾン 301号室."""
        return self.banchi() + (f" {self.bld} {self.room}号室" if bld and self.bld else "")

    def hyphened(self, pref: bool = True, bld: bool = True) -> str:
        """東京都世田谷区太子堂1-2-3 メゾン301."""
        return self.dashed(pref) + (f" {self.bld}{self.room}" if bld and self.bld else "")


@dataclass(eq=False)
class Account:
    """A pay account: bank code, name and half-width name, branch, its half-width name and code,
    普通 or 当座, number."""

    code: str
    name: str
    kana: str
    br: str
    brk: str
    brcode: str
    type: str
    acct: str


@dataclass(eq=False)
class Client:
    """A client company: no one, but its 法人番号 is filed under its id."""

    id: str
    name: str
    corp: str
    addr: Address
    phone: str
    dom: str
    code: str
    contacts: list[Person] = field(default_factory=list)


@dataclass(eq=False)
class Person(Resident):
    """Anyone in the share (role: staff, foreign, employee, family or contact); a foreign staff
    member's last and first hold the Japanese names drawn for them, never written as theirs but
    in the 提出状況 sheet."""

    addr: Address
    mn: str = ""
    sid: str = ""
    nat: str = ""  # foreign staff
    rcard: str = ""
    passport: str = ""
    visa: str = ""
    visa_exp: date | None = None
    bank: Account | None = None  # staff
    pension: str = ""
    koyo: str = ""
    kenpo: str = ""
    job: str = ""
    reg: date | None = None
    client: Client | None = None
    start: date | None = None
    end: date | None = None
    licence: str = ""
    dept: str = ""  # employees
    title: str = ""
    wmail: str = ""
    ext: str = ""
    eid: str = ""
    family: list[Person] = field(default_factory=list)
    rel: str = ""  # dependants
    role_title: str = ""  # client contacts
    tel: str = ""

    @property
    def foreign(self) -> bool:
        return self.role == "foreign"

    @property
    def code(self) -> str:
        """スタッフID, or an employee's 社員番号."""
        return self.sid or self.eid

    def name(self, sep: str = "　") -> str:
        """姓　名 (a foreign staff member: NGUYEN VAN AN)."""
        if self.foreign:
            return f"{self.last_roman} {self.first_roman}"
        return f"{self.last}{sep}{self.first}"


@dataclass(eq=False)
class Agency(Population):
    """One seed's population, random streams and output; the file writers share it."""

    count: int = 0
    staff: list[Person] = field(default_factory=list)  # Japanese, in drawing order
    foreigners: list[Person] = field(default_factory=list)
    all_staff: list[Person] = field(default_factory=list)  # shuffled; the first 48 assigned
    emp: list[Person] = field(default_factory=list)
    fam_owners: list[Person] = field(default_factory=list)
    clients: list[Client] = field(default_factory=list)
    cards: dict[str, tuple[str, str, str]] = field(default_factory=dict)  # by employee id
    sids: list[int] = field(default_factory=list)

    @property
    def assigned(self) -> list[Person]:
        return self.all_staff[:48]

    @property
    def sales(self) -> list[Person]:
        return self.emp[:3]

    @property
    def hr(self) -> list[Person]:
        return self.emp[3:5]

    @property
    def accounting(self) -> Person:
        return self.emp[5]

    def add(self, path: str, category: str, value: str | date, who: Person | Client | None = None,
            neutral: bool = False) -> None:
        if isinstance(value, date):
            value = value.isoformat()
        self.truth.add(path, category, value, who.id if who else None, neutral)

    def basic(self, path: str, p: Person, names: list[str], *, dob: bool = False, addr: str = "",
              postal: bool = False, phone: str = "", email: bool = False) -> None:
        """The usual records of one row: its names, then what else it shows, in this order."""
        for written in names:
            self.add(path, "person_name", written, p)
        if dob:
            self.add(path, "date_of_birth", p.born, p)
        if addr:
            self.add(path, "address", addr, p)
        if postal:
            self.add(path, "postal_code", p.addr.postal, p)
        if phone:
            self.add(path, "phone_number", phone, p)
        if email:
            self.add(path, "email_address", p.email, p)

    def write_truth(self, outdir: Path) -> None:
        records = self.truth.merged("replace")
        living = {r["person"] for r in records
                  if (r["person"] or "").startswith("P") and not r["neutral"]}
        self.truth.write(outdir, len(living), merge="replace")

    def my_number(self) -> str:
        return check_number(self.rng)

    def corporate_number(self) -> str:
        return corporate_number(self.rng)

    def luhn(self, prefix: str, length: int = 16) -> str:
        return luhn_number(self.rng, prefix, length)

    def licence(self, koan: int) -> str:
        """運転免許証番号: 公安委員会, the year (80s-90s or 00s-20), a serial, check, reissues."""
        R = self.rng
        year = R.randint(80, 99) if R.random() < .6 else R.randint(0, 20)
        return licence_number(R, koan, year, (0, 0, 0, 1, 2))

    def address(self) -> Address:
        R = self.rng
        pref, city, zp, towns, station, lic = R.choice(AREAS)
        a = Address(pref, city, R.choice(towns), R.randint(1, 6), R.randint(1, 30),
                    R.randint(1, 25), f"{zp}-{R.randint(0, 9999):04d}", station, lic)
        if R.random() < .55:
            kind = R.choice(BLDGS)
            owner = self.faker.last_name() if R.random() < .3 else ""
            a.bld = f"{kind}{owner}{R.choice(['', '第2', 'II'])}"
            a.room = f"{R.randint(1, 8)}0{R.randint(1, 9)}"
        return a

    def person(self, role: str, sex: str = "", born: tuple[date, date] = ADULT,
               last: tuple[str, str, str] | None = None, addr: Address | None = None) -> Person:
        R = self.rng
        sex = sex or R.choice("MF")
        lp = last or self.faker.last_name_pair()
        fp = (self.faker.first_name_male_pair() if sex == "M"
              else self.faker.first_name_female_pair())
        self.count += 1
        p = Person(f"P{self.count:03d}", role, sex, lp[0], fp[0], lp[1], fp[1], lp[2], fp[2],
                   self.between(*born), addr or self.address())
        head = R.choice(['090', '080', '070'])
        p.mobile = f"{head}-{R.randint(1000, 9999)}-{R.randint(1000, 9999)}"
        sep = R.choice(['.', '_', ''])
        number = R.randint(1, 99) if R.random() < .6 else ''
        p.email = f"{p.first_roman.lower()}{sep}{p.last_roman.lower()}{number}@{R.choice(MAILDOM)}"
        p.mn = self.my_number()
        return p

