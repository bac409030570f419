"""Who the buyback shop's share is about: 105 sellers (one of them 16 or 17, with a guardian),
nine staff and four of their family, two police officers, two auction-house staff, eighteen
point-card members who never sold, and their purchases; drawn from one random stream and one
Faker in gen.py's order, so the same seed names the same people (a seller who shows a 在留カード
has a katakana name, kana the same).

The truth keeps gen.py's normal forms (a card expiry as 2028-01, as written), one record a
(path, category, value) whatever its person or neutral flag (the first one kept), and the
people count after the records.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from .identifiers import corporate_number, luhn_number, my_number
from .japanese import HYPHENS, wareki_short
from .japanese import wareki as kanji_wareki
from .share import Named, Population, Share
from .truth import Truth, normalize

STAMP = datetime(2026, 11, 20, 9, 0, 0)  # every zip member's date (gen.py's FIXED_DT)
FILED = datetime(2026, 11, 1)  # the office files' docProps/core.xml modified
HY = ["-", *HYPHENS]
OCC = ["会社員", "自営業", "学生", "無職", "パート", "公務員", "アルバイト", "主婦", "会社役員",
       "年金受給者", "看護師", "教員"]
BANKS = [("三菱UFJ銀行", "0005"), ("みずほ銀行", "0001"), ("三井住友銀行", "0009"),
         ("りそな銀行", "0010"), ("ゆうちょ銀行", "9900"), ("横浜銀行", "0138"),
         ("埼玉りそな銀行", "0017"), ("楽天銀行", "0036")]
BRANCHES = ["新宿", "町田", "渋谷", "横浜", "八王子", "大宮", "本店営業部", "相模大野", "第一営業"]
PREFS = ["東京都", "東京都", "東京都", "神奈川県", "埼玉県", "千葉県"]
CITIES = {"東京都": ["町田市", "八王子市", "世田谷区", "杉並区", "練馬区", "多摩市", "府中市"],
          "神奈川県": ["相模原市中央区", "横浜市青葉区", "川崎市麻生区", "大和市"],
          "埼玉県": ["川口市", "さいたま市浦和区", "所沢市"],
          "千葉県": ["船橋市", "松戸市", "市川市"]}
MAIL_DOMAINS = ["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp", "icloud.com",
                "outlook.jp"]
DOCS = ["運転免許証", "在留カード", "パスポート", "健康保険証", "マイナンバーカード"]
FSEI = ["グエン", "チャン", "レ", "ファム", "ワン", "リー", "サントス", "シュレスタ", "キム",
        "パク", "ホアン", "ゴメス"]
FMEI = ["ヴァン・ミン", "ティ・ラン", "クアン", "ドゥック", "ウェイ", "ジュン", "マリア", "ラム",
        "ミンジュ", "ソヨン", "ハイ", "アナ"]
LANDLINES = ["03-%04d-%04d", "045-%03d-%04d", "048-%03d-%04d", "042-%03d-%04d"]
ITEMS = [("ブランド品", "ルイ・ヴィトン モノグラム ネヴァーフルMM", "SN", 40000, 120000),
         ("時計", "ロレックス デイトジャスト 126234", "SER", 600000, 1200000),
         ("時計", "オメガ シーマスター", "SER", 150000, 350000),
         ("貴金属", "K18 喜平ネックレス 20g", None, 150000, 250000),
         ("家電", "ダイソン V11 コードレス掃除機", "SN", 8000, 20000),
         ("携帯電話", "iPhone 14 Pro 256GB", "IMEI", 40000, 90000),
         ("携帯電話", "Galaxy S23", "IMEI", 20000, 50000),
         ("ゲーム", "Nintendo Switch 有機ELモデル", "SN", 15000, 25000),
         ("カメラ", "Canon EOS R6 ボディ", "SN", 80000, 150000),
         ("工具", "マキタ インパクトドライバ TD172D", "SN", 8000, 18000),
         ("楽器", "ヤマハ アコースティックギター FG830", "SN", 10000, 25000),
         ("ブランド品", "エルメス ガーデンパーティ", "SN", 100000, 250000),
         ("金券", "商品券 1万円分", None, 9000, 9600),
         ("PC", "MacBook Air M2", "SN", 60000, 110000)]
SERIAL_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
ZAIRYU_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ"
LICENSE_WEIGHTS = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
NAME = "株式会社リユースマート"
BR1, BR2 = "リユースマート 町田本店", "リユースマート 相模大野駅前店"
TEL1, TEL2, FAX = "042-722-3180", "042-740-5521", "042-722-3181"
ADDR1 = "東京都町田市原町田4-8-12"
ADDR2 = "神奈川県相模原市南区相模大野3-14-2 大野センタービル1F"
ZIP1, MAIL = "194-0013", "info@reusemart-kaitori.jp"
KYOKA, KYOKA2 = "東京都公安委員会 第308861702134号", "神奈川県公安委員会 第452730009876号"


def wareki(day: date, style: str) -> str:
    """和暦 in gen.py's three styles: kanji 平成1年5月3日, short H1.5.3, slash H1/5/3."""
    if style == "kanji":
        return kanji_wareki(day, gannen=False)
    short = wareki_short(day, padded=False)
    return short if style == "short" else short.replace(".", "/")


@dataclass(eq=False)
class Person(Named):
    """Anyone in the share, with all gen.py drew for them (a 身分証 of each kind among it)."""

    born: date = date(1900, 1, 1)
    age: int = 0
    pref: str = ""
    city: str = ""
    town: str = ""
    banchi: str = ""
    bldg: str = ""
    zip: str = ""
    mobile: str = ""
    tel: str = ""
    email: str = ""
    occ: str = ""
    doc: str = ""
    lic: str = ""
    zairyu: str = ""
    pp: str = ""
    hk: tuple[str, str] = ("", "")
    docno: str = ""
    bank: str = ""
    bankcode: str = ""
    branch: str = ""
    branch_code: str = ""
    acct_type: str = ""
    acct: str = ""
    memid: str = ""
    mynum: str = ""
    empno: str = ""
    shop: str = ""  # a staff member's 本店 or 駅前店
    rel: str = ""

    @property
    def full(self) -> str:
        return self.last + self.first

    @property
    def kana_full(self) -> str:
        return self.last_kana + self.first_kana

    def lives_with(self, other: Person) -> None:
        """Take `other`'s surname (and its kana) and home."""
        self.last, self.last_kana = other.last, other.last_kana
        for key in ("pref", "city", "town", "banchi", "bldg", "zip"):
            setattr(self, key, getattr(other, key))


@dataclass(eq=False)
class Purchase:
    no: str
    date: date
    p: Person
    cat: str
    item: str
    serial: str
    price: int
    branch: str
    staff: Person


@dataclass(eq=False)
class Shop(Population):
    """The seed's people and output."""

    sellers: list[Person] = field(default_factory=list)
    staff: list[Person] = field(default_factory=list)
    family: list[tuple[Person, Person]] = field(default_factory=list)
    police: list[Person] = field(default_factory=list)
    vendors: list[Person] = field(default_factory=list)
    members_only: list[Person] = field(default_factory=list)
    guardians: list[tuple[Person, Person]] = field(default_factory=list)  # (minor, guardian)
    purchases: list[Purchase] = field(default_factory=list)
    paid_by_transfer: list[Person] = field(default_factory=list)
    shucchou: list[Person] = field(default_factory=list)
    takuhai: list[Person] = field(default_factory=list)
    corp: str = ""
    used: set[str] = field(default_factory=set)
    seen: set[tuple[str, str, str]] = field(default_factory=set)

    def t(self, path: str, category: str, value: str, who: Person | None = None,
          neutral: bool = False) -> None:
        """Record `value` in `path` as gen.py did: not when empty, not again for the same
        (path, category, normal form), a card expiry as written."""
        normal = value if category == "card_expiry" else None
        key = (path, category, normal or normalize(category, value)) if value else None
        if key is None or key in self.seen:
            return
        self.seen.add(key)
        self.truth.add(path, category, value, who.id if who else None, neutral, normal=normal)

    def doc_truth(self, path: str, p: Person) -> None:
        """The number of the 身分証 `p` showed (a My Number card's was not noted)."""
        if p.doc == "運転免許証":
            self.t(path, "drivers_license_number", p.lic, p)
        elif p.doc == "在留カード":
            self.t(path, "residence_card_number", p.zairyu, p)
        elif p.doc == "パスポート":
            self.t(path, "passport_number", p.pp, p)
        elif p.doc == "健康保険証":
            self.t(path, "health_insurance_number", p.hk[0] + p.hk[1], p)

    def write_truth(self, outdir: Path) -> None:
        self.truth.write(outdir, len(self.truth.people()), meta_last=True)

    def book(self, rel: str, wb: Any) -> None:
        """A workbook as gen.py saved it: its core dates 1 November."""
        self.share.save(rel, wb, core=FILED)

    def document(self, rel: str, d: Any, created: datetime, author: str = "") -> None:
        """A .docx as gen.py saved it: created `created`, modified 1 November."""
        d.core_properties.created = created
        d.core_properties.modified = FILED
        if author:
            d.core_properties.author = author
        self.share.save(rel, d, core=False)

    # ---- draws
    @staticmethod
    def addr(p: Person, pref: bool = True, bldg: bool = True) -> str:
        return ((p.pref if pref else "") + p.city + p.town + p.banchi
                + (" " + p.bldg if bldg and p.bldg else ""))

    def hy(self, text: str, p: float = 0.35) -> str:
        """A number's hyphens typed as one look-alike, `p` of the time."""
        if self.rng.random() < p:
            return text.replace("-", self.rng.choice(HY))
        return text

    def serial(self, kind: str) -> str:
        rng = self.rng
        if kind == "IMEI":
            return luhn_number(rng, "35", 15)
        if kind == "SER":
            return f"{rng.choice(['Z', 'M', 'G', '8'])}{rng.randint(0, 9999999):07d}"
        return "".join(rng.choice(SERIAL_CHARS) for _ in range(10))

    def card(self) -> str:
        rng = self.rng
        kind = rng.choice(["visa", "visa", "mc", "jcb", "amex"])
        if kind == "visa":
            prefix, n = "4" + rng.choice(["539", "980", "297", "511"]), 16
        elif kind == "mc":
            prefix, n = str(rng.randint(51, 55)) + str(rng.randint(10, 99)), 16
        elif kind == "jcb":
            prefix, n = str(rng.randint(3528, 3589)), 16
        else:
            prefix, n = rng.choice(["34", "37"]) + str(rng.randint(10, 99)), 15
        return luhn_number(rng, prefix, n)

    def license(self) -> str:
        """運転免許証番号, drawn again while its weighted remainder is 0 or 1."""
        rng = self.rng
        while True:
            body = (rng.choice(["30", "45", "43", "44", "62", "54"])
                    + f"{rng.randint(0, 99):02d}{rng.randint(0, 999999):06d}")
            r = sum(int(c) * w for c, w in zip(body, LICENSE_WEIGHTS, strict=True)) % 11
            if r >= 2:
                return body + str(11 - r) + str(rng.choice([0, 0, 0, 1, 2]))

    def person(self, i: int, ages: tuple[int, int] = (18, 85)) -> Person:
        """Someone new whose full name no one has yet (drawn again until so)."""
        while True:
            p = self._person(i, ages)
            if p.full not in self.used:
                self.used.add(p.full)
                return p

    def _person(self, i: int, ages: tuple[int, int]) -> Person:
        rng, fake = self.rng, self.faker
        last, last_kana, _ = fake.last_name_pair()
        female = rng.random() < 0.5
        first, first_kana, _ = (fake.first_name_female_pair() if female
                                else fake.first_name_male_pair())
        p = Person(f"P{i:03d}", "", "女" if female else "男", last, first, last_kana, first_kana)
        age = rng.randint(*ages)
        p.born = date(2026 - age, rng.randint(1, 12), rng.randint(1, 28))
        p.age = 2026 - p.born.year - (1 if (p.born.month, p.born.day) > (11, 1) else 0)
        p.pref = rng.choice(PREFS)
        p.city = rng.choice(CITIES[p.pref])
        p.town = fake.town() + fake.chome()
        p.banchi = f"{rng.randint(1, 30)}-{rng.randint(1, 40)}"
        if rng.random() < 0.35:
            p.bldg = (fake.building_name() + str(rng.randint(1, 12) * 100 + rng.randint(1, 9))
                      + "号室")
        p.zip = f"{rng.randint(100, 399):03d}-{rng.randint(0, 9999):04d}"
        p.mobile = (rng.choice(["090", "080", "070"])
                    + f"-{rng.randint(1000, 9999):04d}-{rng.randint(0, 9999):04d}")
        if rng.random() < 0.2:
            form = rng.choice(LANDLINES)
            p.tel = form % (rng.randint(200, 999) if "%03d" in form else rng.randint(3000, 6999),
                            rng.randint(0, 9999))
        p.email = (fake.user_name() + str(rng.randint(1, 99)) + "@"
                   + rng.choice(MAIL_DOMAINS)).lower()
        p.occ = rng.choice(OCC)
        p.doc = rng.choices(DOCS, [50, 10, 8, 18, 6])[0]
        if p.doc == "在留カード":  # foreign residents: katakana names
            p.last, p.first = rng.choice(FSEI), rng.choice(FMEI)
            p.last_kana, p.first_kana = p.last, p.first
        p.lic = self.license()
        p.zairyu = (rng.choice(ZAIRYU_CHARS) + rng.choice(ZAIRYU_CHARS)
                    + f"{rng.randint(0, 99999999):08d}" + rng.choice(ZAIRYU_CHARS)
                    + rng.choice(ZAIRYU_CHARS))
        p.pp = rng.choice(["TK", "TR", "TS", "MZ", "TZ"]) + f"{rng.randint(0, 9999999):07d}"
        p.hk = (str(rng.randint(1000, 99999999)), str(rng.randint(1, 9999)))
        p.docno = {"運転免許証": p.lic, "在留カード": p.zairyu, "パスポート": p.pp,
                   "健康保険証": f"記号{p.hk[0]} 番号{p.hk[1]}",
                   "マイナンバーカード": "（番号控えず）"}[p.doc]
        p.bank, p.bankcode = rng.choice(BANKS)
        p.branch = rng.choice(BRANCHES)
        p.branch_code = f"{rng.randint(1, 899):03d}"
        p.acct_type = rng.choice(["普通", "普通", "普通", "当座"])
        p.acct = f"{rng.randint(1000000, 9999999):07d}"
        p.memid = f"M{rng.randint(100000, 999999):06d}"
        return p


def populate(seed: int, share: Share) -> Shop:
    """The sellers, staff and their family, police, vendors, members, minors' guardians and
    the purchases, then who was paid by transfer, visited and sent a kit, as gen.py drew them."""
    share.keep_modes = False
    s = Shop.seeded(seed, share, Truth(by_person=False, form="full"), seed * 7919 + 1, seed)
    rng = s.rng
    s.sellers = [s.person(i + 1, (16, 17) if i == 10 else (18, 85)) for i in range(105)]
    s.staff = [s.person(200 + i, (20, 65)) for i in range(9)]
    for k, st in enumerate(s.staff):
        st.doc, st.mynum = "運転免許証", my_number(rng, redraw=True)
        st.empno, st.shop = f"E{11 + 7 * k:03d}", "本店" if k < 5 else "駅前店"
    for i, st in enumerate(s.staff[:4]):
        f = s.person(300 + i, (1, 70))
        f.mynum = my_number(rng, redraw=True)
        f.rel = rng.choice(["妻", "夫", "長男", "長女", "母"])
        f.lives_with(st)
        s.family.append((st, f))
    s.police = [s.person(400 + i, (28, 55)) for i in range(2)]
    s.vendors = [s.person(500 + i, (30, 60)) for i in range(2)]
    s.members_only = [s.person(600 + i) for i in range(18)]
    s.corp = corporate_number(rng)
    for p in s.sellers:
        if p.age < 18:
            g = s.person(700 + len(s.guardians), (40, 60))
            g.lives_with(p)
            s.guardians.append((p, g))
    txn = 260801000
    for p in s.sellers:
        for _ in range(rng.choice([1, 1, 1, 2, 3])):
            cat, item, kind, low, high = rng.choice(ITEMS)
            day = date(2026, 8, 1) + timedelta(days=rng.randint(0, 91))
            txn += rng.randint(1, 9)
            serial = s.serial(kind) if kind else ""
            price = rng.randint(low, high) // 100 * 100
            branch = rng.choice(["本店", "本店", "駅前店"])
            s.purchases.append(Purchase(str(txn), day, p, cat, item, serial, price, branch,
                                        rng.choice(s.staff)))
    s.purchases.sort(key=lambda x: (x.date, x.no))
    s.paid_by_transfer = [p for p in s.sellers if rng.random() < 0.3]
    s.shucchou = rng.sample(s.sellers, 7)
    s.takuhai = rng.sample(s.sellers, 30)
    return s
