"""Who the 社会保険労務士事務所's share is about: twelve client companies (each with an HR contact,
a business contact and so neutral) and their five to eight employees each, with spouses and
children; later a newborn, a mother named in a mail, ten 2019 leavers and six 身元保証人; drawn
from one random stream and one seeded Faker in gen.py's order, so the same seed names the same
people.

The truth keeps gen.py's records (one a path, category, value and person, the first as added),
every full name's surname alone added neutral at the end, and the people count after them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path
from typing import Any

from .identifiers import corporate_number, my_number
from .japanese import FULL_WIDTH, wareki, wareki_short
from .share import Named, Population, Share, mail_bytes, pdf_bytes
from .truth import Truth, normalize

STAMP = datetime(2024, 11, 15, 9, 30, 0)  # every office member's and core date (FIXED)
JST = timezone(timedelta(hours=9))
BANKS = [("0001", "みずほ銀行"), ("0005", "三菱UFJ銀行"), ("0009", "三井住友銀行"),
         ("0010", "りそな銀行"), ("9900", "ゆうちょ銀行"), ("0138", "横浜銀行"),
         ("0134", "千葉銀行")]
INDUSTRY = ["株式会社", "有限会社", "合同会社"]
CNAMES = ["丸和精工", "青葉フーズ", "さくら介護サービス", "東邦ロジスティクス", "ミナト設計",
          "北斗建設", "若葉歯科医院", "ひかり印刷", "大和テクノ", "河内屋商店",
          "グリーンフィールド", "新星電機"]
SEIRI = ["イロハ", "アカサ", "ニホヘ", "タチツ", "ヲワカ", "ミシエ"]
DOMAINS = ["maruwa", "aoba", "sakura", "toho", "minato", "hokuto", "wakaba", "hikari", "yamato",
           "kawachi", "green", "shinsei"]
MAIL_HOSTS = ["gmail.com", "yahoo.co.jp", "icloud.com", "docomo.ne.jp"]
LOCAL_PARTS = ["sora", "hana", "taku", "yuki", "kenta", "mai", "riku", "nao", "shun", "aya"]
OFFICE = dict(name="みなと社会保険労務士事務所",
              addr="東京都中央区日本橋蛎殻町2丁目8番5号 蛎殻町ビル3F", zip="103-0014",
              tel="03-5641-2280", fax="03-5641-2281")
STAFF = [("所長 社会保険労務士", "佐伯 真理子", "saeki@minato-sr.jp"),
         ("", "小野寺 健", "onodera@minato-sr.jp"), ("", "村井 美香", "murai@minato-sr.jp")]
DOCTORS = [("医療法人 桜会 さくらメンタルクリニック", "長谷川 浩一"), ("城東整形外科", "江口 拓海"),
           ("東都総合病院 整形外科", "松永 美穂")]


def jp_date(day: date, style: str) -> str:
    """gen.py's wareki(): kanji 令和6年1月2日 (no 元年), dot R6.1.2, slash R6/1/2, fw the kanji
    form's digits full-width."""
    if style == "kanji":
        return wareki(day, gannen=False)
    if style == "fw":
        return wareki(day, gannen=False).translate(FULL_WIDTH)
    short = wareki_short(day, padded=False)
    return short.replace(".", "/") if style == "slash" else short


def sex_word(p: Person) -> str:
    """性別 as the forms write it."""
    return "男" if p.sex == "M" else "女"


@dataclass(eq=False)
class Person(Named):
    """Anyone gen.py's Person() drew: an employee (with insurance, bank and hiring), a
    dependant (rel), an HR contact (id None) or a later extra."""

    born: date = date(1900, 1, 1)
    mn: str = ""
    pref: str = ""
    addr: str = ""
    zip: str = ""
    phone: str = ""
    email: str = ""
    deps: list[Person] = field(default_factory=list)
    company: dict = field(default_factory=dict)
    rel: str = ""
    pension: str = ""
    koyo: str = ""
    hi_kigo: str = ""
    hi_ban: str = ""
    bank: tuple[str, str] = ("", "")
    branch: str = ""
    acct: str = ""
    hired: date = date(1900, 1, 1)
    salary: int = 0
    db_id: int = 0
    left: date = date(1900, 1, 1)
    injury: str = ""

    @property
    def name2(self) -> str:
        return self.last + self.first

    @property
    def pension_dashed(self) -> str:
        """基礎年金番号 as 1234-567890."""
        return self.pension[:4] + "-" + self.pension[4:]

    @property
    def full_addr(self) -> str:
        return self.pref + self.addr


@dataclass(eq=False)
class Office(Population):
    """The seed's companies, people (in gen.py's REAL order) and output."""

    companies: list[dict] = field(default_factory=list)
    real: list[Person] = field(default_factory=list)
    corp: str = ""
    count: int = 0
    injured: list[Person] = field(default_factory=list)
    sick: Any = None

    @property
    def emps(self) -> list[Person]:
        return [e for c in self.companies for e in c["emps"]]

    def rdate(self, first: int, last: int) -> date:
        """A day of a year from `first` to `last`, its day of the month at most 28."""
        rng = self.rng
        return date(rng.randint(first, last), rng.randint(1, 12), rng.randint(1, 28))

    def mobile(self) -> str:
        rng = self.rng
        return f"{rng.choice(['090', '080', '070'])}-{rng.randint(1000, 9999):04d}-" \
               f"{rng.randint(0, 9999):04d}"

    def landline(self) -> str:
        rng = self.rng
        area = rng.choice(["03", "06", "045", "048", "052", "011"])
        if len(area) == 2:
            return f"{area}-{rng.randint(2000, 9999):04d}-{rng.randint(0, 9999):04d}"
        return f"{area}-{rng.randint(200, 999):03d}-{rng.randint(0, 9999):04d}"

    def pension(self) -> str:
        return f"{self.rng.randint(1000, 9999):04d}{self.rng.randint(0, 999999):06d}"

    def koyo(self, low: int = 1000, high: int = 9999) -> str:
        rng = self.rng
        return f"{rng.randint(low, high):04d}-{rng.randint(0, 999999):06d}-{rng.randint(0, 9)}"

    def address(self) -> tuple[str, str, str]:
        """gen.py's address(): the prefecture, the rest (a building one time in three), the 〒."""
        rng, fk = self.rng, self.faker
        pref, city, town = fk.prefecture(), fk.city(), fk.town()
        body = f"{city}{town}{rng.randint(1, 5)}丁目{rng.randint(1, 30)}番{rng.randint(1, 20)}号"
        bld = rng.choice(["", "", f" {fk.building_name()}{rng.randint(101, 905)}"])
        return pref, body + bld, fk.zipcode()

    def person(self, sex: str = "", born: tuple[int, int] = (1960, 2002),
               surname: tuple[str, str] | None = None, counted: bool = True) -> Person:
        """Someone new as gen.py's Person() drew them; counted: given the next id (an HR
        contact is not)."""
        rng, fk = self.rng, self.faker
        sex = sex or rng.choice("MF")
        last = surname or fk.last_name_pair()[:2]
        first = fk.first_name_male_pair() if sex == "M" else fk.first_name_female_pair()
        if counted:
            self.count += 1
        p = Person(f"P{self.count:03d}" if counted else None, "", sex, last[0], first[0],
                   last[1], first[1])
        p.born = self.rdate(*born)
        p.mn = my_number(rng, zero_lead="draw")
        p.pref, p.addr, p.zip = self.address()
        p.phone = self.mobile()
        return p

    def family(self, e: Person, sex: str = "", born: tuple[int, int] = (1960, 2002),
               rel: str = "") -> Person:
        """A dependant of `e`: their surname, their home, `rel`."""
        d = self.person(sex, born, (e.last, e.last_kana))
        d.rel, d.pref, d.addr, d.zip = rel, e.pref, e.addr, e.zip
        return d

    # ---- truth
    def t(self, path: str, category: str, value: str, who: Person | None = None,
          neutral: bool = False) -> None:
        self.truth.add(path, category, value, who.id if who else None, neutral)

    def t_emp(self, path: str, e: Person, fields: str, name: str = "") -> None:
        """gen.py's t_emp: the name (as `name` where given), then the fields named."""
        self.t(path, "person_name", name or e.name(), e)
        for f in fields.split():
            value, category = {
                "kana": (e.kana(), "person_name"), "dob": (e.born.isoformat(), "date_of_birth"),
                "mn": (e.mn, "my_number"), "addr": (e.full_addr, "address"),
                "zip": (e.zip, "postal_code"), "phone": (e.phone, "phone_number"),
                "email": (e.email, "email_address"), "pension": (e.pension, "basic_pension_number"),
                "hi": (e.hi_kigo + e.hi_ban, "health_insurance_number"),
                "bank": (e.acct, "bank_account")}[f]
            if value:
                self.t(path, category, value, e)

    def t_company(self, path: str, c: dict, corp: bool = True) -> None:
        if corp:
            self.t(path, "corporate_number", c["corp"])
        self.t(path, "phone_number", c["tel"], None, True)
        self.t(path, "address", c["addr"], None, True)

    def t_staff(self, path: str, i: int, mail: bool = True) -> None:
        self.t(path, "person_name", STAFF[i][1], None, True)
        if mail:
            self.t(path, "email_address", STAFF[i][2], None, True)

    def t_hr(self, path: str, c: dict, mail: bool = True) -> None:
        self.t(path, "person_name", c["hr"].name(), None, True)
        if mail:
            self.t(path, "email_address", c["hr_mail"], None, True)

    def write_truth(self, outdir: Path) -> None:
        """truth.jsonl: a surname alone, neutral, wherever its bearer's full name is; the people
        count after the records."""
        surnames = {normalize("person_name", x.name()): x.last
                    for x in self.real + [c["hr"] for c in self.companies]}
        surnames.update({normalize("person_name", n): n.split()[0] for _, n, _ in STAFF})
        for r in list(self.truth.records):
            if r["category"] == "person_name" and r["value"] in surnames:
                self.truth.add(r["path"], "person_name", surnames[r["value"]], r["person"], True)
        self.truth.write(outdir, len(self.truth.people()), meta_last=True)

    # ---- files
    def save(self, rel: str, document: Any) -> None:
        """A workbook (by 佐伯) or a .docx (by 小野寺, its last editor too) as gen.py's save_wb
        and save_doc left them: every date the share's (Share.save pins them), every member
        deflated."""
        if hasattr(document, "core_properties"):
            document.core_properties.author = document.core_properties.last_modified_by = "小野寺"
        else:
            document.properties.creator = "佐伯"
        self.share.save(rel, document)

    def pdf(self, rel: str, lines: list[tuple[str, int, int]]) -> None:
        """gen.py's PDF class: (text, size, x) lines from y 800 down by size + 6."""
        def draw(sheet: Any, font: str) -> None:
            y = 800
            for text, size, x in lines:
                if y < 60:
                    sheet.showPage()
                    y = 800
                sheet.setFont(font, size)
                sheet.drawString(x, y, text)
                y -= size + 6
        self.share.write(rel, pdf_bytes(draw))

    def mail(self, rel: str, sender: str, to: str, subject: str, body: str,
             when: tuple[int, ...], attach: tuple[str, bytes, str, str] | None = None) -> None:
        """gen.py's mk_mail: a Message-ID of 32 random bits and the seed; an attachment's
        boundary from the seed and the path's length."""
        stamp = format_datetime(datetime(*when, tzinfo=JST))
        mid = f"<{self.rng.getrandbits(32):08x}.{self.seed}@minato-sr.jp>"
        self.share.write(rel, mail_bytes(sender, to, subject, stamp, body,
                                         [attach] if attach else [], mid,
                                         boundary=f"==b{self.seed}_{len(rel)}=="))


def populate(seed: int, share: Share) -> Office:
    """The companies with their HR contacts and numbers, the employees with their dependants,
    the mail addresses redrawn readable, then the office's 法人番号."""
    share.keep_modes = False
    c = Office.seeded(seed, share, Truth(form="full"), seed, seed)
    rng = c.rng
    for i, cn in enumerate(CNAMES):
        kind = rng.choice(INDUSTRY)
        full = kind + cn if rng.random() < 0.5 else cn + kind
        if cn.endswith("医院"):
            full = "医療法人社団" + cn
        pref, a, z = c.address()
        hr = c.person(counted=False)
        corp = corporate_number(rng)
        seiri = f"{rng.randint(1, 40):02d}-{rng.choice(SEIRI)}"
        jigyo = c.koyo(1101, 4799)
        tel, fax = c.landline(), c.landline()
        local = rng.choice(["jinji", "soumu", "hr"])
        c.companies.append(dict(idx=i, name=full, corp=corp, seiri=seiri, koyo_jigyo=jigyo,
                                addr=pref + a, zip=z, tel=tel, fax=fax, hr=hr,
                                hr_mail=f"{local}@c{i:02d}-{rng.choice(DOMAINS)}.co.jp",
                                emps=[]))
    for co in c.companies:
        for _ in range(rng.randint(5, 8)):
            e = c.person()
            e.company = co
            e.pension, e.koyo = c.pension(), c.koyo()
            e.hi_kigo, e.hi_ban = f"{rng.randint(10000000, 99999999):08d}", str(rng.randint(1, 250))
            e.bank, e.branch = rng.choice(BANKS), f"{rng.randint(1, 899):03d}"
            e.acct = f"{rng.randint(1000000, 9999999):07d}"
            e.hired, e.salary = c.rdate(2005, 2024), rng.randrange(180000, 520000, 1000)
            if rng.random() < 0.3:
                e.email = f"u.{rng.choice('ktms')}{rng.randint(10, 99)}@{rng.choice(MAIL_HOSTS)}"
            co["emps"].append(e)
            c.real.append(e)
            if rng.random() < 0.35 and e.born.year < 1990:
                y = e.born.year
                e.deps.append(c.family(e, "F" if e.sex == "M" else "M", (y - 3, y + 3), "配偶者"))
                for _ in range(rng.randint(0, 2)):
                    e.deps.append(c.family(e, "", (max(y + 25, 2005), 2022), "子"))
                c.real += e.deps
    for e in c.real:
        if e.email:
            e.email = f"{rng.choice(LOCAL_PARTS)}{rng.randint(100, 9999)}@{e.email.split('@')[1]}"
    c.corp = corporate_number(rng)
    return c
