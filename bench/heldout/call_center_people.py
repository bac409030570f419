"""Who the call centre's share is about: 90 customers of the mail-order client (12 of them
elderly), nine family members calling for elderly ones, 22 operators and four SVs with 14
emergency contacts, three client staff and three delivery drivers; drawn from one random stream
and one Faker in gen.py's order, so the same seed names the same people.

The truth keeps gen.py's values (names and addresses without spaces, a birth date's ISO form,
a card expiry as 2027-05), one record a (path, category, value) where a later record takes a
neutral one's place, sorted, the people count (everyone a file was written about, surname
alone or not) after them.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from .identifiers import corporate_number, digits, jan13, luhn_number, my_number
from .japanese import HYPHENS, wareki, wareki_short
from .share import Named, Population, Share, mail_bytes, sign
from .truth import Truth

STAMP = datetime(2024, 11, 30, 9, 0, 0)  # every office container member's date and core.xml's
HY = ("-", "-", "-", *HYPHENS)  # gen.py's HY
ROMA_DOM = ["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp", "icloud.com",
            "softbank.ne.jp", "nifty.com", "ybb.ne.jp"]
PREFS = ["東京都", "神奈川県", "埼玉県", "千葉県", "大阪府", "愛知県", "福岡県", "北海道", "宮城県",
         "兵庫県", "静岡県", "広島県", "新潟県", "長野県"]
CLIENT_CO, CLIENT_DOM = "株式会社ハルモニア通販", "harmonia-tsuhan.co.jp"
CENTER, CENTER_DOM = "株式会社ベルリンク・コミュニケーションズ 札幌第2センター", "bell-link.jp"
TOPICS = ["お届け日の変更", "住所変更", "返品希望", "定期便の解約", "支払方法の変更",
          "商品の不具合", "請求金額の確認", "配達遅延"]
PRODUCTS = [("グルコサミン&コンドロイチン 90粒", 3980), ("低反発まくら プレミアム", 8800),
            ("青汁 30包", 2980), ("ステンレス電気ケトル", 5480), ("着圧ソックス 3足組", 1980),
            ("羽毛布団 シングル", 19800), ("DHA・EPAサプリ", 4320),
            ("折りたたみ杖 ライトブルー", 3300), ("保湿クリーム 50g", 2750)]


def era(day: date, style: int) -> str:
    """gen.py's wareki(): 0 平成1年1月8日, 1 H1.1.8, 2 1989/01/08, 3 1989年1月8日, else
    H01/01/08."""
    if style == 0:
        return wareki(day, gannen=False)
    if style == 1:
        return wareki_short(day, padded=False)
    if style == 2:
        return f"{day.year}/{day.month:02d}/{day.day:02d}"
    if style == 3:
        return f"{day.year}年{day.month}月{day.day}日"
    return wareki_short(day).replace(".", "/")


def zen(text: str) -> str:
    """Full-width digits and hyphens."""
    return text.translate(str.maketrans("0123456789-", "０１２３４５６７８９－"))


@dataclass(eq=False)
class Person(Named):
    """Anyone in the share, with what gen.py's person() gave them (role: its kind)."""

    last_roman: str = ""
    first_roman: str = ""
    pref: str = ""
    rest: str = ""
    postal: str = ""
    tel: str = ""
    mail: str = ""
    born: date = date(1900, 1, 1)
    card: str = ""
    exp: tuple[int, int] = (1, 25)
    cvv: str = ""
    cid: str = ""
    tel2: str = ""
    opid: str = ""
    wmail: str = ""
    rel: str = ""
    of: Person | None = None
    emer: Person | None = None
    orders: list[str] = field(default_factory=list)
    ext: dict[str, Any] = field(default_factory=dict)  # acct, mn, dl, pw

    @property
    def addr(self) -> str:
        return self.pref + self.rest

    @property
    def roma(self) -> str:
        return f"{self.last_roman} {self.first_roman}"

    @property
    def expiry(self) -> str:
        """The truth's card expiry: 2027-05."""
        return f"20{self.exp[1]}-{self.exp[0]:02d}"


@dataclass(eq=False)
class Center(Population):
    """The seed's people, and what several files share."""

    count: int = 0
    used: set[str] = field(default_factory=set)
    cust: list[Person] = field(default_factory=list)
    elder: list[Person] = field(default_factory=list)
    fam: list[Person] = field(default_factory=list)
    ops: list[Person] = field(default_factory=list)
    svs: list[Person] = field(default_factory=list)
    client: list[Person] = field(default_factory=list)
    drv: list[Person] = field(default_factory=list)
    corp_client: str = ""
    corp_center: str = ""
    free: list[str] = field(default_factory=list)
    center_tel: str = ""
    jan: dict[str, str] = field(default_factory=dict)

    @property
    def staff(self) -> list[Person]:
        return self.ops + self.svs

    # ---- draws as gen.py made them
    def nid(self) -> str:
        self.count += 1
        return f"P{self.count:03d}"

    def landline(self) -> str:
        rng = self.rng
        return f"0{rng.choice([3, 4, 5, 6, 9])}{rng.randint(1, 9)}{digits(rng, 7)}"

    def card(self) -> str:
        """gen.py's card(): Visa (three prefixes), Mastercard, JCB twice as often, or Amex."""
        rng = self.rng
        kind = rng.choice(["visa", "mc", "jcb", "jcb", "amex"])
        if kind == "visa":
            rng.randint(0, 9)  # drawn and multiplied by 0
            return luhn_number(rng, "4" + rng.choice(["539", "980", "297", "205"]), 16)
        if kind == "mc":
            return luhn_number(rng, "5" + str(rng.randint(1, 5)), 16)
        if kind == "jcb":
            return luhn_number(rng, "35" + str(rng.randint(28, 89)), 16)
        return luhn_number(rng, "3" + rng.choice("47"), 15)

    def person(self, pid: str, sex: str = "", age: tuple[int, int] = (20, 90),
               role: str = "customer", sei: tuple[str, str, str] | None = None) -> Person:
        """gen.py's person(): a name, a home (a building three times in ten), a birth date, a
        phone (a landline for some elderly), a mail, a 〒, a card and a customer ID."""
        rng, fk = self.rng, self.faker
        sex = sex or rng.choice("MF")
        s = sei or fk.last_name_pair()
        f = fk.first_name_male_pair() if sex == "M" else fk.first_name_female_pair()
        pref, city, town = rng.choice(PREFS), fk.city(), fk.town()
        c, b, g = rng.randint(1, 6), rng.randint(1, 30), rng.randint(1, 25)
        num = f"{c}丁目{b}番{g}号" if rng.random() < 0.5 else f"{c}-{b}-{g}"
        bld = ""
        if rng.random() < 0.35:
            bld = f"{fk.building_name()}{rng.randint(1, 9)}0{rng.randint(1, 9)}"
        born = date(2024 - rng.randint(*age), rng.randint(1, 12), rng.randint(1, 28))
        mobile = rng.random() < 0.75 or age[1] < 70
        tel = rng.choice(["090", "080", "070"]) + digits(rng, 8) if mobile else self.landline()
        mail = f"{s[2].lower()}.{f[2].lower()}{rng.randint(1, 99)}@{rng.choice(ROMA_DOM)}"
        p = Person(pid, role, sex, s[0], f[0], s[1], f[1], s[2], f[2], pref,
                   city + town + num + bld, tel=tel, mail=mail, born=born)
        p.postal = f"{rng.randint(100, 999)}-{rng.randint(0, 9999):04d}"
        p.card = self.card()
        p.exp = (rng.randint(1, 12), rng.randint(25, 30))
        p.cvv = str(rng.randint(100, 999))
        p.cid = f"C{rng.randint(1000000, 9999999)}"
        return p

    def tel(self, number: str, hy: str = "") -> str:
        """gen.py's fmt_tel(): 3-4-4 a mobile, 2-4-4 an 03 or 06 number, else 4-2-4, joined by
        `hy` (a drawn one of HY where none)."""
        hy = hy or self.rng.choice(HY)
        t = number
        if t.startswith("0") and t[1] in "789" and t[2] == "0":
            return t[:3] + hy + t[3:7] + hy + t[7:]
        if t.startswith(("03", "06")):
            return t[:2] + hy + t[2:6] + hy + t[6:]
        return t[:4] + hy + t[4:6] + hy + t[6:]

    def order_no(self) -> str:
        """A 注文番号: 12 digits that pass the My Number check (a hard negative)."""
        return my_number(self.rng, "24")

    def inquiry_no(self) -> str:
        """A お問い合わせ番号: 16 digits passing Luhn, begun like a JCB card (a hard negative)."""
        return luhn_number(self.rng, "35" + str(self.rng.randint(28, 89)), 16)

    def slip_no(self) -> str:
        return digits(self.rng, 12)

    def dt(self, day: int, hour: int | None = None) -> datetime:
        rng = self.rng
        return datetime(2024, 11, day, rng.randint(9, 20) if hour is None else hour,
                        rng.randint(0, 59), rng.randint(0, 59))

    # ---- truth
    def rec(self, path: str, category: str, value: str, pid: str | None,
            neutral: bool = False) -> None:
        """gen.py's rec(): a card expiry kept as written."""
        normal = value if category == "card_expiry" else None
        self.truth.add(path, category, value, pid, neutral, normal=normal)

    def recp(self, path: str, p: Person, *fields: str) -> None:
        """gen.py's recp(): the fields of p the file shows, p counted whatever they are."""
        self.used.add(p.id)
        values = {"name": p.name(), "kana": p.kana(), "addr": p.addr, "addr_nopref": p.rest,
                  "zip": p.postal, "tel": p.tel, "tel2": p.tel2, "mail": p.mail,
                  "dob": p.born.isoformat()}
        categories = {"name": "person_name", "kana": "person_name", "addr": "address",
                      "addr_nopref": "address", "zip": "postal_code", "tel": "phone_number",
                      "tel2": "phone_number", "mail": "email_address", "dob": "date_of_birth"}
        for f in fields:
            if f == "surname":
                self.rec(path, "person_name", p.last, p.id, neutral=True)
            elif f != "tel2" or p.tel2:
                self.rec(path, categories[f], values[f], p.id)

    def card_leak(self, path: str, p: Person, expiry: bool = True) -> None:
        """A card number (and its expiry) in full."""
        self.rec(path, "credit_card_number", p.card, p.id)
        if expiry:
            self.rec(path, "card_expiry", p.expiry, p.id)

    def write_truth(self, outdir: Path) -> None:
        records = self.truth.merged("last")
        people = (self.used | self.truth.people(records)) - {"tmp"}
        self.truth.write(outdir, len(people), merge="last", meta_last=True, sort=True)

    # ---- files
    def save(self, rel: str, document: Any) -> None:
        """gen.py's save_wb() / save_doc(): dated STAMP by bell-link, re-zipped with no modes."""
        sign(document, "bell-link", "bell-link", STAMP)
        if hasattr(document, "core_properties"):
            document.core_properties.last_printed = STAMP
            document.core_properties.revision = 1
        self.share.save(rel, document)

    def mail(self, rel: str, frm: str, to: str, subject: str, body: str,
             attach: tuple[str, bytes, str, str] | None = None,
             when: str = "Tue, 05 Nov 2024 18:22:10 +0900") -> None:
        """gen.py's mail(): a drawn Message-ID, then (with an attachment) email's boundary,
        drawn from the same stream."""
        mid = f"<{self.rng.randint(10**7, 10**8)}.{self.seed}@{CENTER_DOM}>"
        boundary = f"{'=' * 15}{self.rng.randrange(sys.maxsize):019d}==" if attach else ""
        self.share.write(rel, mail_bytes(frm, to, subject, when, body,
                                         [attach] if attach else [], mid, boundary=boundary,
                                         linesep="\r\n"))


def populate(seed: int, share: Share) -> Center:
    """The customers and elderly, their families, the staff and their emergency contacts, the
    client's staff, the drivers, the two companies' numbers, the orders and the JAN codes."""
    share.keep_modes = False
    h = Center.seeded(seed, share, Truth(form="full", repeats=True), seed, seed)
    rng = h.rng
    h.cust = [h.person(h.nid()) for _ in range(78)]
    h.elder = [h.person(h.nid(), age=(74, 92)) for _ in range(12)]
    h.cust += h.elder
    for e in h.elder[:9]:
        pid = h.nid()
        sei = h.faker.last_name_pair() if rng.random() < 0.3 else (e.last, e.last_kana,
                                                                    e.last_roman)
        fp = h.person(pid, age=(40, 62), role="family", sei=sei)
        fp.of = e
        fp.rel = rng.choice(["長男", "長女", "次女", "娘", "息子", "長男の妻"])
        h.fam.append(fp)
    h.ops = [h.person(h.nid(), age=(20, 55), role="op") for _ in range(22)]
    for i, o in enumerate(h.ops):
        o.opid = f"OP{1001 + i}"
    h.svs = [h.person(h.nid(), age=(30, 50), role="sv") for _ in range(4)]
    for i, o in enumerate(h.svs):
        o.opid = f"SV{201 + i}"
    for o in h.staff[:14]:
        ep = h.person(h.nid(), age=(25, 75), role="emer", sei=(o.last, o.last_kana, o.last_roman))
        ep.rel = rng.choice(["母", "父", "夫", "妻", "兄", "姉"])
        o.emer = ep
    h.client = [h.person(h.nid(), age=(30, 55), role="client") for _ in range(3)]
    for c in h.client:
        c.wmail = f"{c.last_roman.lower()}@{CLIENT_DOM}"
    h.drv = [h.person(h.nid(), age=(25, 60), role="driver", sex="M") for _ in range(3)]
    for o in h.staff:
        o.wmail = f"{o.opid.lower()}@{CENTER_DOM}"
    h.corp_client, h.corp_center = corporate_number(rng), corporate_number(rng)
    h.free = ["0120" + digits(rng, 6) for _ in range(2)]
    h.center_tel = "011" + digits(rng, 7)
    for c in h.cust:
        c.orders = [h.order_no() for _ in range(rng.randint(1, 2))]
    h.jan = {p[0]: jan13(rng, "49") for p in PRODUCTS}
    return h
