"""Who the judicial scrivener's share is about: the three staff, 16 inheritances (the one who
died, a spouse and one to three children as heirs, one heir in two cases), five guardianships
(the ward, the applicant, the doctor), six companies' officers, nine debtors, two bank clerks,
a realtor, a tax accountant, eight web inquirers, 16 clients of the old system and six callers;
drawn from one random stream and one Faker in gen.py's order, so the same seed names the same
people.

The dead are nobody in the people count (their id None) but their values are in the truth; a
surname or given name alone is neutral in every file that holds the full name (gen.py's
NAMEPARTS), one record a (path, category, value, person), the people count after them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path
from typing import Any

from .identifiers import digits, license_check, my_number
from .japanese import FULL_WIDTH, fphone, wareki, wareki_short
from .share import Named, Population, Street, mail_bytes, sign

STAMP = datetime(2024, 11, 1, 9, 0, 0)  # gen.py's FIXED: every container's members
TODAY = date(2024, 10, 1)
JST = timezone(timedelta(hours=9))
OFFICE_NAME = "桜井司法書士事務所"
OFFICE_TEL, OFFICE_FAX = "0354210876", "0354210877"
OFFICE_ADDR = "東京都港区芝五丁目12番3号 芝ビル4階"
OFFICE_ZIP = "1080014"
OFFICE_REG = "東京司法書士会 登録番号 第6218号"
OFFICE_KAN = "簡裁訴訟代理等関係業務認定 第412087号"
OFFICE_BANK = ("三井住友銀行", "田町支店", "普通", "7412086")
OFFICE_MAIL = "info@sakurai-shihou.jp"
PREFS = ["東京都", "神奈川県", "埼玉県", "千葉県", "東京都", "東京都"]
CITIES = {"東京都": ["世田谷区", "杉並区", "練馬区", "大田区", "府中市", "町田市", "板橋区"],
          "神奈川県": ["横浜市港北区", "川崎市中原区", "相模原市南区", "藤沢市"],
          "埼玉県": ["さいたま市浦和区", "川口市", "所沢市", "越谷市"],
          "千葉県": ["船橋市", "市川市", "松戸市", "千葉市美浜区"]}
BANKS = [("みずほ銀行", ["渋谷支店", "新宿西口支店", "浦和支店"]),
         ("三菱UFJ銀行", ["世田谷支店", "船橋支店", "横浜駅前支店"]),
         ("三井住友銀行", ["池袋支店", "川崎支店"]), ("りそな銀行", ["川口支店", "所沢支店"]),
         ("ゆうちょ銀行", ["〇一八店"]), ("城南信用金庫", ["大森支店"])]
LENDERS = [("アコム株式会社", "三菱UFJ銀行", "本店", "1234567"),
           ("プロミス(SMBCコンシューマーファイナンス)", "三井住友銀行", "東京営業部", "0123456"),
           ("アイフル株式会社", "みずほ銀行", "京都中央支店", "2345678"),
           ("株式会社オリエントコーポレーション", "みずほ銀行", "本店", "3456789"),
           ("楽天カード株式会社", "楽天銀行", "第一営業支店", "7001234")]
COMPANIES = ["株式会社ミナトテック", "合同会社リーフデザイン", "株式会社芝浦フーズ",
             "株式会社ホクト建設", "株式会社あおぞら介護サービス", "一般社団法人みどり会"]
HOSPITALS = ["医療法人社団 青葉会 青葉クリニック", "東京港南病院", "さくら記念病院 神経内科"]
FACILITIES = ["特別養護老人ホーム 芝浦苑", "グループホーム ひだまり世田谷",
              "介護付有料老人ホーム ゆうあい川口"]
EMPLOYERS = ["株式会社関東ロジスティクス", "有限会社三和工業", "パート(スーパーマルエツ)", "無職",
             "自営業", "株式会社東京システムサービス"]
TEL_FORMS = ("hy", "none", "zen", "", "bracket", "ー")  # gen.py's fmt_phone styles 0 to 5
DASHES = ["-", "ー", "－", "‐", "―", "−"]


@dataclass(eq=False)
class Addr(Street):
    """gen.py's address(): a street, a building (or none) and 〒's seven digits."""

    zip: str = ""
    bld: str = ""

    def text(self, style: int = 0, bld: bool = True) -> str:
        """gen.py's addr_str(): 0 丁目番号, 1 dashed without 都道府県, 2 full-width, 3 spaced,
        4 丁目 then b-g; the building after a space where bld."""
        b = " " + self.bld if bld and self.bld else ""
        head = f"{self.pref}{self.city}{self.town}"
        if style == 0:
            return self.banchi() + b
        if style == 1:
            return self.dashed() + b
        if style == 2:
            return head + f"{self.c}－{self.b}－{self.g}".translate(FULL_WIDTH) + b
        if style == 3:
            return f"{self.pref} {self.city} {self.town}{self.c}-{self.b}-{self.g}{b}"
        return f"{head}{self.c}丁目{self.b}-{self.g}{b}"

    def postal(self, style: int = 0) -> str:
        """gen.py's zip_str(): 〒108-0014 (0) or 108-0014 (1)."""
        return ("〒" if style == 0 else "") + f"{self.zip[:3]}-{self.zip[3:]}"


@dataclass(eq=False)
class Person(Named):
    """Anyone in the share (id None for the dead); what a case gives them after."""

    born: date
    addr: Addr
    mobile: str = ""
    landline: str | None = None
    email: str | None = None
    mynum: str = ""
    license: str = ""
    bank: tuple = ()
    rel: str = ""
    rel2: str = ""
    death: date = field(init=False)  # the dead's alone, as their 本籍
    honseki: Addr = field(init=False)
    fac: str = ""
    diag: str = ""
    hosp: str = ""
    employer: str = ""
    loans: list = field(default_factory=list)

    @property
    def phone(self) -> str:
        """The landline where there is one, else the mobile."""
        return self.landline or self.mobile


@dataclass(eq=False)
class Land:
    """A case's plot: 所在, 地番, 不動産番号 (13 digits passing the 法人番号 check) and 地積."""

    shozai: str
    chiban: str
    fudosan: str
    area: str


@dataclass(eq=False)
class Inheritance:
    """An inheritance: the one who died, the heirs, the client among them."""

    dead: Person
    heirs: list[Person]
    client: Person
    date: date
    kind: str
    land: Land = field(init=False)

    @property
    def resident(self) -> str | None:
        """Whose the last address is: the first heir living there, else no one's."""
        return next((h.id for h in self.heirs if h.addr is self.dead.addr), None)


@dataclass(eq=False)
class Guardianship:
    """A guardianship: the ward, the applicant (a relative), the guardian and the doctor."""

    ward: Person
    app: Person
    guardian: Person
    doc: Person
    jiken: str
    date: date


@dataclass(eq=False)
class Company:
    """A client company: its 法人番号, head office, representative and directors."""

    name: str
    corp: str
    hq: Addr
    rep: Person
    dirs: list[Person]
    tel: str
    kind: str
    date: date


@dataclass(eq=False)
class Debt:
    """A debtor's case."""

    p: Person
    kind: str
    date: date


@dataclass(eq=False)
class Office(Population):
    """The seed's people, and what several files share."""

    tno: str = ""
    staff: list[Person] = field(default_factory=list)
    inh: list[Inheritance] = field(default_factory=list)
    guard: list[Guardianship] = field(default_factory=list)
    doctors: list[Person] = field(default_factory=list)
    comp: list[Company] = field(default_factory=list)
    debt: list[Debt] = field(default_factory=list)
    bankstaff: list[Person] = field(default_factory=list)
    realtor: Person = field(init=False)
    zeirishi: Person = field(init=False)
    web_new: list[Person] = field(default_factory=list)
    old: list[Person] = field(default_factory=list)
    callers: list[Person] = field(default_factory=list)
    clients: list[tuple[Person, str, date]] = field(default_factory=list)
    client_ids: dict[str, int] = field(default_factory=dict)
    parts: dict[str, tuple[str, str]] = field(default_factory=dict)
    used: set[str] = field(default_factory=set)
    count: int = 0

    # ---- draws as gen.py made them
    def address(self) -> Addr:
        rng, fk = self.rng, self.faker
        pref = rng.choice(PREFS)
        city, town = rng.choice(CITIES[pref]), fk.town()
        c, b, g = rng.randint(1, 5), rng.randint(1, 30), rng.randint(1, 25)
        a = Addr(pref, city, town, c, b, g, fk.zipcode().replace("-", ""))
        if rng.random() < 0.25:
            a.bld = f"{fk.building_name()} {rng.randint(1, 9)}0{rng.randint(1, 9)}"
        return a

    def person(self, sex: str = "", age: tuple[int, int] = (25, 80),
               sei: tuple[str, str] | None = None, addr: Addr | None = None,
               dead: bool = False) -> Person:
        """gen.py's World.person(): a fresh kanji name, a mobile, a My Number and a licence."""
        rng, fk = self.rng, self.faker
        sex = sex or rng.choice("MF")
        while True:
            ln = sei or fk.last_name_pair()
            fn = fk.first_name_male_pair() if sex == "M" else fk.first_name_female_pair()
            if ln[0] + fn[0] not in self.used:
                break
        self.used.add(ln[0] + fn[0])
        self.parts[ln[0] + fn[0]] = (ln[0], fn[0])
        years = rng.randint(*age)
        born = TODAY - timedelta(days=years * 365 + rng.randint(0, 364))
        pid = None
        if not dead:
            self.count += 1
            pid = f"P{self.count:03d}"
        p = Person(pid, "", sex, ln[0], fn[0], ln[1], fn[1], born, addr or self.address())
        p.mobile = "0" + rng.choice("987") + "0" + digits(rng, 8)
        p.mynum = my_number(rng, zero_lead="3")
        body = rng.choice(["30", "45", "46", "47", "50", "54"]) + f"{rng.randint(0, 99):02d}"
        body += digits(rng, 6)
        p.license = body + license_check(body) + rng.choice("0001")
        return p

    def give_bank(self, p: Person) -> None:
        """gen.py's give_bank(): a bank and branch, 普通 (two in three) or 当座, seven digits."""
        rng = self.rng
        b, branches = rng.choice(BANKS)
        p.bank = (b, rng.choice(branches), rng.choice(["普通", "普通", "当座"]),
                  f"{rng.randint(1000000, 9999999):07d}")

    def tel(self, number: str, style: int) -> str:
        """gen.py's fmt_phone(): hy, none, zen, a dash drawn, (03)5421-0876 or full width
        joined by ー (styles 0 to 5)."""
        form = TEL_FORMS[style] or self.rng.choice(DASHES)
        text = fphone(number, form, area=0 if number.startswith(("03", "06")) else 4)
        return text.translate(FULL_WIDTH) if style == 5 else text

    # ---- truth
    def t(self, path: str, category: str, value: str, person: str | None,
          neutral: bool = False) -> None:
        self.truth.add(path, category, value, person, neutral)

    def tp(self, path: str, p: Person, name: str | bool | None = None, *, kana: bool = False,
           dob: bool = False, addr: str | None = None, zipc: bool = False,
           phone: str | None = None, email: bool = False, mynum: bool = False,
           lic: bool = False, bank: bool = False) -> None:
        """gen.py's tp(): the full name (or `name`; False: none), then what the flags say."""
        pid = p.id
        if name is not False:
            self.t(path, "person_name", str(name or p.name("")), pid)
        if kana:
            self.t(path, "person_name", p.kana(""), pid, True)
        if dob:
            self.t(path, "date_of_birth", p.born.isoformat(), pid)
        if addr is not None:
            self.t(path, "address", addr, pid)
        if zipc:
            self.t(path, "postal_code", p.addr.zip, pid)
        if phone:
            self.t(path, "phone_number", phone, pid)
        if email:
            self.t(path, "email_address", str(p.email), pid)
        if mynum:
            self.t(path, "my_number", p.mynum, pid)
        if lic:
            self.t(path, "drivers_license_number", p.license, pid)
        if bank:
            self.t(path, "bank_account", p.bank[3], pid)

    def office(self, path: str, bank: bool = False) -> None:
        """gen.py's office_neutrals(): the office's phone and address (and account)."""
        self.t(path, "phone_number", OFFICE_TEL, None, True)
        self.t(path, "address", OFFICE_ADDR, None, True)
        if bank:
            self.t(path, "bank_account", OFFICE_BANK[3], None, True)

    def write_truth(self, outdir: Path) -> None:
        """A surname and given name alone neutral wherever the full name is expected."""
        for r in list(self.truth.records):
            if r["category"] == "person_name" and not r["neutral"] and r["value"] in self.parts:
                for part in self.parts[r["value"]]:
                    self.t(r["path"], "person_name", part, r["person"], True)
        self.truth.write(outdir, len(self.truth.people()), meta_last=True)

    # ---- files
    def docx(self) -> Any:
        """gen.py's new_docx(): by sakurai, dated the share's stamp."""
        import docx

        d = docx.Document()
        sign(d, "sakurai", "", STAMP)
        d.core_properties.last_modified_by = "sakurai"
        return d

    def mail(self, rel: str, frm: str, to: str, subject: str, body: str, when: datetime,
             attach: tuple[str, bytes, str, str] | None = None) -> None:
        """gen.py's eml(): under policy.SMTP, a Message-ID of the body's length and the time."""
        stamp = when.strftime("%Y%m%d%H%M")
        self.share.write(rel, mail_bytes(
            frm, to, subject, format_datetime(when), body, [attach] if attach else [],
            f"<{len(body):08d}.{stamp}@sakurai-shihou.jp>",
            boundary=f"==leakscope71-{stamp}==" if attach else "", linesep="\r\n", smtp=True))


def era(day: date, style: int = 0) -> str:
    """gen.py's wareki(): 0 令和6年10月1日, 1 R6.10.1, 2 full width (no 元年), 3 令和6年10月01日,
    4 R6/10/1."""
    if style == 0:
        return wareki(day)
    if style == 2:
        return wareki(day, gannen=False).translate(FULL_WIDTH)
    if style == 3:
        return wareki(day, days_padded=True)
    short = wareki_short(day, padded=False)
    return short if style == 1 else short.replace(".", "/")
