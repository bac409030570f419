"""Who the car dealer's share is about: 78 customers (each with a car, the first 18 with a
family member as 使用者), twelve staff (the first seven with a dependant for the 年末調整) and,
as the accident mail is written, an insurer's adjuster; all drawn from one random stream and
one Faker in gen.py's order.

The shop's, the insurers', the body shop's and the suppliers' names, phones and 法人番号 are
neutral, as is a staff member's surname alone; 注文番号 and 型式指定番号 passing the 法人番号
check, 見積番号, 受付番号 and 在庫番号 passing the My Number check and 査定番号 and 証券番号
passing Luhn are hard negatives.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from .identifiers import corporate_number, luhn_number
from .identifiers import my_number as check_number
from .japanese import FULL_WIDTH, fphone
from .share import Named, Population, Share, Street
from .truth import Truth

TODAY = date(2026, 11, 1)
MAKERS = [("トヨタ", "プリウス", "ZVW51"), ("ホンダ", "フィット", "GR3"), ("日産", "ノート", "E13"),
          ("スズキ", "ハスラー", "MR92S"), ("ダイハツ", "タント", "LA650S"),
          ("マツダ", "CX-5", "KF2P"), ("トヨタ", "アルファード", "AGH30W"),
          ("スバル", "フォレスター", "SK9"), ("トヨタ", "シエンタ", "NHP170G"),
          ("ホンダ", "N-BOX", "JF3")]  # (maker, car, 型式)
PLACES = ["品川", "練馬", "足立", "多摩", "八王子", "横浜", "相模", "湘南", "大宮", "所沢"]
PLATE_KANA = "さすせそたちつてとなにぬねのはひふほまみむめもやゆよらりるれろわ"
STAFF_ROLES = ["店長", "営業", "営業", "営業", "整備士", "整備士", "整備士", "検査員", "フロント",
               "事務", "事務", "営業"]
MAIL_USERS = ["taro", "hana", "k", "m", "car", "yama", "sora"]
MAIL_DOMAINS = ["example.jp", "mail.example.com", "ezweb.example.ne.jp", "docomo.example.ne.jp"]
SHOP_NAME = "株式会社ミナトオート"
SHOP_TEL = "0312345678"
SHOP_ADDR = "東京都品川区南品川4丁目8番12号"
INSURERS = [("東京海上日動火災保険株式会社", "0120119110"),
            ("損害保険ジャパン株式会社", "0120256110"),
            ("あいおいニッセイ同和損害保険株式会社", "0120024024")]
BODY_SHOP = ("有限会社大森ボデー", "0337651234")


def tel(number: str, style: str = "hy") -> str:
    """A phone as the dealer's files write it (fphone's styles; a landline's first two digits
    are its area, even a free dial's: 01-2011-9110)."""
    return fphone(number, style, area=2 if len(number) == 10 else 0)


@dataclass(eq=False)
class Address(Street):
    """A home: its 〒 (7 digits) and, for a third, a building and room after a space."""

    bld: str = ""
    postal: str = ""

    def kanji(self) -> str:
        """東京都品川区南品川4丁目8番12号 ハイツ品川305."""
        return self.banchi() + (f" {self.bld}" if self.bld else "")

    def full(self) -> str:
        """東京都品川区南品川4-8-12 ハイツ品川305."""
        return self.dashed(pref=True) + (f" {self.bld}" if self.bld else "")

    def memo(self, hyphen: str) -> str:
        """As a 日報 types it: full-width digits joined by `hyphen`, no building."""
        return self.dashed(pref=True, hyphen=hyphen).translate(FULL_WIDTH)

    def zip(self, mark: str = "") -> str:
        """〒140-0004 (`mark` before it where given)."""
        return f"{mark}{self.postal[:3]}-{self.postal[3:]}"


@dataclass(eq=False)
class Person(Named):
    """A customer (C…), their family member (F…), staff (S…), a dependant (D…) or the
    insurer's adjuster (X01)."""

    born: date = TODAY
    addr: Address | None = None
    mobile: str = ""
    home: str = ""
    email: str = ""
    maker: str = ""
    car: str = ""
    plate: str = ""  # 登録番号
    vin: str = ""  # 車台番号
    first_reg: date = TODAY  # 初度登録
    shaken: date = TODAY  # 車検満了日
    cno: str = ""  # 顧客番号
    family: Person | None = None  # the 使用者, a customer's
    rel: str = ""  # 続柄
    lic: str = ""  # 運転免許証番号 (loan applicants)
    work: str = ""  # 勤務先
    work_tel: str = ""
    my_number: str = ""  # staff and dependants
    hired: date = TODAY
    pension: str = ""  # 基礎年金番号
    dependant: Person | None = None

    def name(self, sep: str = "\u3000") -> str:
        """姓　名, with the full-width space the dealer's forms use unless told otherwise."""
        return super().name(sep)

    def kana(self, sep: str = "\u3000") -> str:
        return super().kana(sep)


@dataclass(eq=False)
class Dealer(Population):
    """One seed's people, random streams and output; the file writers share it."""

    customers: list[Person] = field(default_factory=list)
    family: list[Person] = field(default_factory=list)
    staff: list[Person] = field(default_factory=list)
    corporate: str = ""  # the shop's 法人番号

    @property
    def sales(self) -> list[Person]:
        return [s for s in self.staff if s.role in ("営業", "店長")]

    @property
    def mechanics(self) -> list[Person]:
        return [s for s in self.staff if s.role in ("整備士", "検査員")]

    def add(self, path: str, category: str, value: str, who: Person | None = None,
            neutral: bool = False) -> str:
        """Record `value` for `who` (None: the shop, an insurer, a supplier) and give it back."""
        self.truth.add(path, category, value, who.id if who else None, neutral)
        return value

    # ---- draws
    def my_number(self) -> str:
        return check_number(self.rng, zero_lead="1")

    def corporate_number(self) -> str:
        return corporate_number(self.rng)

    def luhn(self, prefix: str, length: int = 16) -> str:
        return luhn_number(self.rng, prefix, length)

    def person(self, pid: str, youngest: int = 20, oldest: int = 80) -> Person:
        """Someone new, born between 1 January `oldest` and `youngest` years before this year's;
        every field drawn, a family member's home then overwritten, as gen.py does."""
        R, F = self.rng, self.faker
        sex = R.choice("MF")
        last, last_kana, _ = F.last_name_pair()
        first, first_kana, _ = (F.first_name_male_pair() if sex == "M"
                                else F.first_name_female_pair())
        born = self.between(date(TODAY.year - oldest, 1, 1), date(TODAY.year - youngest, 1, 1))
        postal = "".join(c for c in F.zipcode() if c.isdigit())
        pref, city, town = F.prefecture(), F.city(), F.town()
        c, b, g = R.randint(1, 9), R.randint(1, 30), R.randint(1, 20)
        building = f"{F.building_name()}{R.randint(101, 905)}"  # (drawn before the choice)
        addr = Address(pref, city, town, c, b, g, R.choice(["", "", building]), postal)
        mobile = f"0{R.choice(['90', '80', '70'])}{R.randint(0, 99999999):08d}"
        home = f"0{R.choice(['3', '6'])}{R.randint(10000000, 99999999):08d}"
        email = f"{R.choice(MAIL_USERS)}{R.randint(10, 9999)}@{R.choice(MAIL_DOMAINS)}"
        return Person(pid, "", sex, last, first, last_kana, first_kana, born, addr, mobile, home,
                      email)

    def relative(self, pid: str, of: Person, youngest: int, oldest: int) -> Person:
        """Someone of `of`'s surname at `of`'s home."""
        p = self.person(pid, youngest, oldest)
        p.last, p.last_kana, p.addr = of.last, of.last_kana, of.addr
        return p


def _car(d: Dealer, p: Person) -> None:
    """A customer's car: its 登録番号, 車台番号, 初度登録 and 車検満了日."""
    R = d.rng
    p.maker, p.car, frame = R.choice(MAKERS)
    p.plate = (f"{R.choice(PLACES)} {R.choice(['300', '500', '330', '530', '580'])} "
               f"{R.choice(PLATE_KANA)} {R.randint(1, 99):>2}-{R.randint(0, 99):02d}"
               ).replace("  ", " ")
    p.vin = f"{frame}-{R.randint(1000000, 9999999)}"
    p.first_reg = d.between(date(2012, 1, 1), date(2025, 12, 1))
    p.shaken = d.between(date(2026, 12, 1), date(2028, 12, 1))
    p.cno = f"{R.randint(100000, 999999):06d}"


def populate(seed: int, share: Share) -> Dealer:
    """The seed's customers, their family, the staff and their dependants, then the shop's
    法人番号, in gen.py's order."""
    d = Dealer.seeded(seed, share, Truth(by_person=False, form="sparse"),
                      seed * 7919 + 40, seed * 31 + 40)
    R = d.rng
    d.customers = [d.person(f"C{i:03d}") for i in range(1, 79)]
    for c in d.customers:  # (every customer drawn before any car)
        _car(d, c)
    for c in d.customers[:18]:
        f = d.relative("F" + c.id[1:], c, 18, 85)
        f.home = c.home
        f.rel = R.choice(["妻", "夫", "長男", "長女", "父", "母"])
        c.family = f
        d.family.append(f)
    d.staff = [d.person(f"S{i:02d}", 22, 64) for i in range(1, 13)]
    for s, role in zip(d.staff, STAFF_ROLES, strict=True):
        s.role = role
        s.my_number = d.my_number()
        s.hired = d.between(date(1995, 4, 1), date(2025, 4, 1))
    for s in d.staff[:7]:
        dep = d.relative("D" + s.id[1:], s, 0, 80)
        dep.rel = R.choice(["配偶者", "子", "子", "母"])
        dep.my_number = d.my_number()
        s.dependant = dep
    d.corporate = d.corporate_number()
    return d
