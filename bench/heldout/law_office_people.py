"""Who the law office's share is about: two lawyers and three clerks (each with a family member
as emergency contact), 39 clients of six kinds of case (任意整理, 自己破産, 個人再生: spouses,
children and two to four creditors each; 交通事故: the other driver; 離婚: the spouse and one or
two children; 刑事: the victim), then, as the mails are written, a criminal client's mother, all
drawn from one random stream and one Faker in a fixed order.

管理番号 (13 digits, some passing the 法人番号 check), 受付番号 and 領収書番号 (passing the My
Number check), 証券番号 and 会員番号 (passing Luhn): hard negatives all.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from .identifiers import brand_card, licence_number
from .identifiers import my_number as check_number
from .japanese import FULL_WIDTH, HYPHENS, fphone
from .share import Population, Resident, Street, age_on
from .truth import normalize, plain_hyphens

OFFICE = {
    "name": "あおば総合法律事務所",
    "postal": "160-0023",
    "addr": "東京都新宿区西新宿一丁目8番3号 新宿あおばビル5階",
    "tel": "03-5321-4870",
    "fax": "03-5321-4871",
    "corp": "",
}
BANKS = [
    ("みずほ銀行", "0001", "ﾐｽﾞﾎ"),
    ("三菱ＵＦＪ銀行", "0005", "ﾐﾂﾋﾞｼﾕ-ｴﾌｼﾞｴｲ"),
    ("三井住友銀行", "0009", "ﾐﾂｲｽﾐﾄﾓ"),
    ("りそな銀行", "0010", "ﾘｿﾅ"),
    ("ゆうちょ銀行", "9900", "ﾕｳﾁﾖ"),
    ("横浜銀行", "0138", "ﾖｺﾊﾏ"),
    ("千葉銀行", "0134", "ﾁﾊﾞ"),
    ("楽天銀行", "0036", "ﾗｸﾃﾝ"),
]
COURTS = [
    "東京地方裁判所",
    "東京家庭裁判所",
    "東京地方裁判所立川支部",
    "横浜地方裁判所",
    "さいたま地方裁判所",
    "千葉家庭裁判所",
]
MOBILE = ["090", "080", "070"]
MAIL_DOMAINS = ["gmail.com", "yahoo.co.jp", "icloud.com", "docomo.ne.jp", "ezweb.ne.jp"]
BRANCHES = ["本店", "新宿", "渋谷", "池袋", "船橋", "大宮", "川崎", "町田", "立川", "柏"]
DEBT = ("任意整理", "自己破産", "個人再生")
PASSWORD = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789"
TODAY = date(2024, 11, 1)


@dataclass(eq=False)
class Address(Street):
    """A home: its 〒 and, for some, a building and room after a space."""

    postal: str = ""
    bldg: str = ""

    def written(self, style: str = "kanji", pref: bool = True, hyphen: str = "") -> str:
        """kanji: 2丁目5番14号; hy: 2-5-14; var: full-width digits joined by `hyphen`."""
        head = (self.pref if pref else "") + self.city + self.town
        if style == "kanji":
            text = self.banchi() if pref else f"{head}{self.c}丁目{self.b}番{self.g}号"
        elif style == "hy":
            text = self.dashed(pref)
        else:
            text = f"{head}{self.c}{hyphen}{self.b}{hyphen}{self.g}".translate(
                str.maketrans("0123456789", "０１２３４５６７８９")
            )
        return text + (f" {self.bldg}" if self.bldg else "")


@dataclass(eq=False)
class Person(Resident):
    """A staff member, a client or someone in a client's case."""

    mynum: str = ""
    bank: tuple = ()
    branch: tuple = ()
    acct: str = ""
    ip: str = ""
    case: dict[str, Any] = field(default_factory=dict)
    family: list[tuple[str, Person]] = field(default_factory=list)

    def age(self, on: date = TODAY) -> int:
        return age_on(self.born, on)

    def __getattr__(self, name: str) -> Any:  # a client's case facts: kind, lawyer, debts, ...
        case = self.__dict__.get("case")
        if case is not None and name in case:
            return case[name]
        raise AttributeError(name)


@dataclass(eq=False)
class Office(Population):
    """The seed's people and the files' truth."""

    people: list[Person] = field(default_factory=list)
    lawyers: list[Person] = field(default_factory=list)
    clerks: list[Person] = field(default_factory=list)
    clients: list[Person] = field(default_factory=list)
    creditors: list[dict] = field(default_factory=list)
    office: dict[str, str] = field(default_factory=dict)

    @property
    def staff(self) -> list[Person]:
        return self.lawyers + self.clerks

    def of(self, kind: str) -> list[Person]:
        return [c for c in self.clients if c.kind == kind]

    @property
    def debtors(self) -> list[Person]:
        return [c for kind in DEBT for c in self.of(kind)]

    def add(
        self,
        path: str,
        category: str,
        raw: str,
        who: str,
        neutral: bool = False,
        value: str | None = None,
    ) -> None:
        """Record `raw` for `who` ("ORG": the office); value: its normal form where given (a
        birth date's ISO form); else lower-case, a look-alike hyphen between digits as '-'."""
        normal = normalize(category, raw).lower() if value is None else value
        if category == "address":
            normal = plain_hyphens(normal)
        self.truth.add(path, category, raw, who, neutral, normal=normal)

    def person_fields(self, path: str, p: Person, **fields: str) -> None:
        """Record what a file writes of `p`: name, kana, birth, addr, postal, phone, email
        (a neutral name where neutral_name)."""
        neutral_name = bool(fields.pop("neutral_name", False))
        for key, category in (
            ("name", "person_name"),
            ("kana", "person_name"),
            ("birth", "date_of_birth"),
            ("addr", "address"),
            ("postal", "postal_code"),
            ("phone", "phone_number"),
            ("email", "email_address"),
        ):
            raw = fields.get(key)
            if raw:
                self.add(
                    path,
                    category,
                    raw,
                    p.id,
                    neutral_name and key == "name",
                    p.born.isoformat() if key == "birth" else None,
                )

    def client_fields(self, path: str, c: Person, born: str, addr: str, phone: str) -> None:
        """Record a client's row as a form or ledger writes it: name, kana, the birth date,
        address, 〒, phone and mail as given."""
        self.person_fields(
            path,
            c,
            name=c.name(),
            kana=c.kana(),
            birth=born,
            addr=addr,
            postal=c.addr.postal,
            phone=phone,
            email=c.email,
        )

    def office_fields(
        self, path: str, tel: bool = True, addr: bool = False, corp: bool = False, fax: bool = False
    ) -> None:
        """The office's own phone, fax, address and 法人番号, neutral."""
        o = self.office
        for on, category, raw in (
            (tel, "phone_number", o["tel"]),
            (fax, "phone_number", o["fax"]),
            (addr, "address", o["addr"]),
            (addr, "postal_code", o["postal"]),
            (corp, "corporate_number", o["corp"]),
        ):
            if on:
                self.add(path, category, raw, "ORG", neutral=True)

    def write_truth(self, outdir: Path) -> None:
        self.truth.write(outdir, len(self.truth.people() - {"ORG"}))

    # ---- draws
    def my_number(self) -> str:
        """A 12-digit number passing the My Number check, its first digit never 0 (redrawn)."""
        return check_number(self.rng, redraw=True)

    def card(self) -> str:
        return brand_card(self.rng, self.rng.choice(["visa", "master", "jcb", "jcb", "amex"]))

    def licence(self) -> str:
        code = self.rng.choice([10, 20, 30, 30, 30, 40, 45, 50, 54, 60, 62, 70, 80, 90, 97])
        return licence_number(self.rng, code)

    def day(self, y0: int, y1: int) -> date:
        if y1 < y0:
            y0 = y1 - 2
        start, end = date(y0, 1, 1).toordinal(), date(y1, 12, 28).toordinal()
        return date.fromordinal(self.rng.randint(start, end))

    def phone(self, p: str, style: str = "hy") -> str:
        """A mobile as written; var: a look-alike hyphen, each part full-width or not."""
        if style != "var":
            return fphone(p, style)
        h = self.rng.choice(HYPHENS)
        return h.join(
            x.translate(FULL_WIDTH) if self.rng.random() < 0.5 else x
            for x in (p[:3], p[3:7], p[7:])
        )

    def where(self, p: Person, style: str = "kanji", pref: bool = True) -> str:
        """`p`'s address as written (var: a hyphen or a look-alike drawn)."""
        hyphen = self.rng.choice(("-", *HYPHENS)) if style == "var" else ""
        return p.addr.written(style, pref, hyphen)

    def address(self) -> Address:
        rng, fk = self.rng, self.faker
        pref, city, town = fk.prefecture(), fk.city(), fk.town()
        c, b, g = rng.randint(1, 5), rng.randint(1, 30), rng.randint(1, 25)
        bldg = rng.choice(
            [
                "",
                "",
                f"{fk.building_name()}{rng.randint(101, 905)}号室",
                f"{fk.building_name()}{rng.randint(101, 905)}",
            ]
        )
        postal = f"{rng.randint(100, 999)}-{rng.randint(0, 9999):04d}"
        return Address(pref, city, town, c, b, g, postal, bldg)

    def person(
        self,
        role: str,
        y0: int,
        y1: int,
        sex: str = "",
        last: Person | None = None,
        home: Person | None = None,
    ) -> Person:
        """Someone new (of `last`'s surname, living at `home`'s where given)."""
        rng, fk = self.rng, self.faker
        pid = f"P{len(self.people) + 1:03d}"
        sex = sex or rng.choice("MF")
        lp = (last.last, last.last_kana) if last else fk.last_name_pair()
        fp = fk.first_name_male_pair() if sex == "M" else fk.first_name_female_pair()
        born = self.day(y0, y1)
        mobile = f"{rng.choice(MOBILE)}{rng.randint(1000, 9999)}{rng.randint(1000, 9999)}"
        email = (
            f"{fp[2].lower()}.{rng.choice(['k', 'm', 's', 't', 'y'])}{rng.randint(10, 99)}@"
            f"{rng.choice(MAIL_DOMAINS)}"
        )
        mynum = self.my_number()
        addr = self.address()
        bank = rng.choice(BANKS)
        branch = (
            f"{rng.choice(BRANCHES)}支店",
            f"{rng.randint(100, 899):03d}",
        )
        acct = f"{rng.randint(1000000, 9999999)}"
        ip = (
            f"{rng.choice([126, 153, 180, 219, 110, 60, 114, 133])}.{rng.randint(0, 255)}."
            f"{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        )
        p = Person(
            pid,
            role,
            sex,
            lp[0],
            fp[0],
            lp[1],
            fp[1],
            "",
            fp[2].lower(),
            born,
            home.addr if home else addr,
            mobile,
            email,
            mynum,
            bank,
            branch,
            acct,
            ip,
        )
        self.people.append(p)
        return p
