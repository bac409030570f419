"""Who the securities branch's share is about: 86 customers (an account, a 担当, often a My
Number and a bank account for withdrawals), 14 staff (11 sales, 3 compliance), eight elderly
customers' agents, three deceased customers and their heirs, a 税理士, a 司法書士, a doctor
and six corporate clients' contacts; drawn from one random stream and one Faker in gen.py's
order, so the same seed names the same people.

The truth keeps gen.py's values (names and addresses without spaces, a birth date's ISO form,
a card expiry as 12/27), one record a (path, category, value, person) whoever first wrote it
(neutral or not), a neutral record dropped where the file has the value expected, the dead
neutral and left out of the people count, which follows the records.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from .identifiers import corporate_number, digits, license_check, my_number, my_number_check
from .japanese import HYPHENS, fphone, wareki, wareki_short
from .securities_branch_names import BANKS, DOMAINS, MEI_F, MEI_M, SEI, romaji
from .share import Extras, Named, Population, Share, mail_bytes, sign
from .truth import Truth

STAMP = datetime(2024, 10, 31, 9, 0, 0)  # every office container member's date and core.xml's
BR = "115"
COMPANY = "丸星証券株式会社 新宿支店"
CO_TEL, CO_FAX, CO_POST = "0353211100", "0353211199", "1600023"
CO_ADDR = "東京都新宿区西新宿一丁目8番3号"
HY = ("-", *HYPHENS)  # gen.py's HY
STOCKS = [("7203", "JP3633400001", "トヨタ自動車"), ("6758", "JP3435000009", "ソニーグループ"),
          ("9984", "JP3436100006", "ソフトバンクグループ"),
          ("8306", "JP3902900004", "三菱ＵＦＪフィナンシャル・グループ"),
          ("9432", "JP3735400008", "日本電信電話"), ("4502", "JP3463000004", "武田薬品工業")]
H_WORDS = ["認知症の疑い", "軽度認知障害（MCI）と診断", "脳梗塞で入院中", "うつ病で通院中",
           "がん治療中",
           "要介護2の認定"]
# the truth's value is the condition word itself, not the whole phrase
H_TRUTH = {"認知症の疑い": "認知症", "軽度認知障害（MCI）と診断": "軽度認知障害",
           "脳梗塞で入院中": "脳梗塞",
           "うつ病で通院中": "うつ病", "がん治療中": "がん", "要介護2の認定": "要介護2"}
def era(day: date, style: int) -> str:
    """gen.py's wareki(): 0 昭和50年1月5日, 1 S50.1.5, 2 S50/01/05, 3 昭和50年01月05日 (the
    year bare), else ISO."""
    if style == 0:
        return wareki(day, gannen=False)
    if style in (1, 2):
        short = wareki_short(day, padded=style == 2)
        return short.replace(".", "/") if style == 2 else short
    if style == 3:
        return f"{wareki(day, gannen=False).split('年')[0]}年{day.month:02d}月{day.day:02d}日"
    return day.isoformat()


@dataclass(eq=False)
class Person(Named, Extras):
    """Anyone in the share, with what gen.py gave them (role: its kind)."""

    born: date = date(1900, 1, 1)
    postal: str = ""
    pref: str = ""
    rest: str = ""
    tel: str | None = None
    mob: str = ""
    mail: str | None = None
    dead: bool = False
    acct: str = ""
    mn: str | None = None
    iddoc: str | None = None
    lic: str | None = None
    pp: str | None = None
    bank: tuple[str, str, str, str] | None = None
    uid: str = ""
    rep: Person | None = None
    work: str = ""
    ext: dict[str, Any] = field(default_factory=dict)  # the rest: job, code, rel, office, ...
    heirs: list[Person] = field(default_factory=list)

    @property
    def full(self) -> str:
        return self.name("")

    @property
    def reading(self) -> str:
        return self.kana("")

    @property
    def fem(self) -> bool:
        return self.sex == "F"

    @property
    def home(self) -> str:
        return self.pref + self.rest


@dataclass(eq=False)
class Branch(Population):
    """The seed's people, and what several files share."""

    used: set[str] = field(default_factory=set)
    count: int = 0
    customers: list[Person] = field(default_factory=list)
    staff: list[Person] = field(default_factory=list)
    agents: list[Person] = field(default_factory=list)
    deceased: list[Person] = field(default_factory=list)
    corps: list[Any] = field(default_factory=list)
    health: dict[str, str] = field(default_factory=dict)
    ext: dict[str, Any] = field(default_factory=dict)  # corp_no, web, ipmap, prospects, ...

    @property
    def sales(self) -> list[Person]:
        return self.staff[:-3]

    @property
    def compliance(self) -> list[Person]:
        return self.staff[-3:]

    # ---- draws as gen.py made them
    def rand_date(self, y0: int, y1: int) -> date:
        d0, d1 = date(y0, 1, 1).toordinal(), date(y1, 12, 28).toordinal()
        return date.fromordinal(self.rng.randint(d0, d1))

    def mobile(self) -> str:
        rng = self.rng
        return (rng.choice(["090", "080", "070"]) + f"{rng.randint(1000, 9999):04d}"
                + f"{rng.randint(0, 9999):04d}")

    def landline(self) -> str:
        rng = self.rng
        a = rng.choice(["03", "045", "048", "043", "06", "042"])
        if len(a) == 2:
            return a + f"{rng.randint(3000, 6999):04d}{rng.randint(0, 9999):04d}"
        return a + f"{rng.randint(200, 999):03d}{rng.randint(0, 9999):04d}"

    def tokyo(self) -> str:
        """An 03 number: an office's or a company's."""
        return f"03{self.rng.randint(3000, 6999):04d}{self.rng.randint(0, 9999):04d}"

    def mkaddr(self) -> tuple[str, str, str]:
        """〒, 都道府県 and the rest (a building and room three times in ten)."""
        rng, fk = self.rng, self.faker
        pref = rng.choice(["東京都", "東京都", "東京都", "神奈川県", "埼玉県", "千葉県"])
        city, town = fk.city(), fk.town()
        rest = f"{city}{town}{rng.randint(1, 5)}丁目{rng.randint(1, 30)}番{rng.randint(1, 20)}号"
        if rng.random() < .3:
            rest += f" {fk.building_name()}{rng.randint(1, 12)}0{rng.randint(1, 9)}号室"
        return f"{rng.randint(100, 359):03d}-{rng.randint(0, 9999):04d}", pref, rest

    def licence(self) -> str:
        rng = self.rng
        pc = rng.choice(["30", "45", "46", "47", "62", "40"])
        yy = f"{rng.randint(80, 99):02d}" if rng.random() < .6 else f"{rng.randint(0, 20):02d}"
        body = pc + yy + digits(rng, 6)
        return body + license_check(body, low_zero=True) + str(rng.randint(0, 2))

    def passport(self) -> str:
        return self.rng.choice(["TK", "TR", "TZ", "MU", "MZ"]) + digits(self.rng, 7)

    def my_number(self) -> str:
        return my_number(self.rng, redraw=True)

    def yakujo_no(self) -> str:
        """A 約定番号: 12 digits that pass the My Number check (a hard negative)."""
        while True:
            s = f"24{self.rng.randint(0, 9999999999):010d}"
            if my_number_check(s[:11]) == s[11]:
                return s

    def person(self, kind: str, female: bool | None = None, sei: tuple[str, str] | None = None,
               y0: int = 1935, y1: int = 2000) -> Person:
        """gen.py's person(): a fresh name, birth date, home, phones and maybe a mail."""
        rng = self.rng
        self.count += 1
        while True:
            s = sei or rng.choice(SEI)
            fem = (rng.random() < .45) if female is None else female
            m = rng.choice(MEI_F if fem else MEI_M)
            if s[0] + m[0] not in self.used:
                self.used.add(s[0] + m[0])
                break
        p = Person(f"P{self.count:03d}", kind, "F" if fem else "M", s[0], m[0], s[1], m[1],
                   born=self.rand_date(y0, y1))
        p.postal, p.pref, p.rest = self.mkaddr()
        p.tel = self.landline() if rng.random() < .5 else None
        p.mob = self.mobile()
        if rng.random() < .8:
            p.mail = (f"{romaji(p.last_kana)}.{romaji(p.first_kana)}{rng.randint(1, 99)}"
                      f"@{rng.choice(DOMAINS)}")
        return p

    def name_variant(self, p: Person, honor: bool = True) -> str:
        sp = self.rng.choice(["", " ", "　"])
        h = self.rng.choice(["", "様", "様", "さん", "殿"]) if honor else ""
        return p.name(sp) + h

    # ---- truth
    def t(self, path: str, category: str, value: str, pid: str | None = None,
          neutral: bool = False) -> None:
        """gen.py's T(): a card expiry kept as written (12/27)."""
        normal = value if category == "card_expiry" else None
        self.truth.add(path, category, value, pid, neutral, normal=normal)

    def x(self, path: str, category: str, value: str, p: Person | None,
          neutral: bool | None = None) -> None:
        """gen.py's X(): the dead neutral where not said."""
        self.t(path, category, value, p.id if p else None, p.dead if neutral is None else neutral)

    def name(self, path: str, *people: Person, neutral: bool | None = None) -> None:
        """gen.py's NAME() for each."""
        for p in people:
            self.x(path, "person_name", p.full, p, neutral)

    def kana(self, path: str, p: Person) -> None:
        """gen.py's KANA(): the reading, expected (the dead's neutral)."""
        self.x(path, "person_name", p.reading, p)

    def surname(self, path: str, *people: Person) -> None:
        """A surname alone, neutral."""
        for p in people:
            self.t(path, "person_name", p.last, p.id, True)

    def write_truth(self, outdir: Path) -> None:
        people = self.truth.people(self.truth.merged("drop")) - {d.id for d in self.deceased}
        self.truth.write(outdir, len(people), merge="drop", meta_last=True)

    # ---- files
    def save(self, rel: str, document: Any) -> None:
        """gen.py's save_xlsx() / save_docx(): signed, re-zipped with no modes."""
        sign(document, "丸星証券", "branch", STAMP)
        if hasattr(document, "core_properties"):
            document.core_properties.last_modified_by = "丸星証券"
        self.share.save(rel, document)

    def mail(self, rel: str, frm: str, to: str, subject: str, body: str, when: str,
             attach: list[tuple[str, bytes, str, str]] | None = None) -> None:
        """gen.py's eml(): a Message-ID from the path's length and a draw, then (with an
        attachment) a drawn boundary."""
        mid = f"<{len(rel)}.{self.rng.randint(10**6, 10**7)}@maruhoshi-sec.co.jp>"
        boundary = f"----=_Part_{self.rng.randint(10**6, 10**7)}" if attach else ""
        self.share.write(rel, mail_bytes(frm, to, subject, when, body, attach or [], mid,
                                         boundary=boundary))


def addr(p: Person) -> str:
    return f"{p.full} <{p.work}>"


def phone(num: str, hy: str = "-") -> str:
    """gen.py's fmt_phone(): 3-4-4 a mobile, 2-4-4 an 03 or 06 number, else 3-3-4."""
    return fphone(num, hy)


def populate(seed: int, share: Share) -> Branch:
    """Customers, staff, agents, the deceased and heirs, the professionals and corporate clients."""
    share.keep_modes = False
    b = Branch.seeded(seed, share, Truth(form="full", by_neutral=False), seed, seed)
    rng = b.rng
    for _ in range(86):
        c = b.person("customer")
        c.acct = f"{BR}-{rng.randint(100000, 999999):06d}"
        c.ext.update(job=rng.choice(["会社員", "会社役員", "公務員", "自営業", "年金受給者", "主婦",
                                     "医師",
                                     "無職", "パート", "教員"]),
                     income=rng.choice(["300万円未満", "300〜500万円", "500〜1000万円",
                                        "1000万円以上"]),
                     exp=rng.choice(["なし", "1年未満", "1〜5年", "5〜10年", "10年以上"]),
                     risk=rng.choice(["低", "中", "やや高", "高"]))
        c.mn = b.my_number() if rng.random() < .75 else None
        if c.mn:
            c.iddoc = rng.choice(["個人番号カード", "個人番号カード", "通知カード＋運転免許証",
                                  "通知カード＋旅券"])
            c.lic = b.licence() if "運転免許証" in c.iddoc else None
            c.pp = b.passport() if "旅券" in c.iddoc else None
        if rng.random() < .65:
            bank, branches = rng.choice(BANKS)
            c.bank = (bank, rng.choice(branches), "普通" if rng.random() < .9 else "当座",
                      f"{rng.randint(1000000, 9999999):07d}")
        c.uid = f"u{rng.randint(10000000, 99999999)}"
        b.customers.append(c)
    for i in range(14):
        s = b.person("staff", y0=1965, y1=2001)
        s.ext["reg"] = f"{rng.choice(['一種', '二種'])}外務員 第{rng.randint(10000000, 99999999)}号"
        s.ext.update(regno=f"{rng.randint(10000000, 99999999):08d}", code=f"T{i + 1:03d}")
        s.work = f"{romaji(s.last_kana)}.{romaji(s.first_kana)}@maruhoshi-sec.co.jp"
        s.ext["naisen"] = f"{rng.randint(2100, 2199):04d}"
        b.staff.append(s)
    for c in b.customers:
        c.rep = rng.choice(b.sales)
    b.ext["corp_no"] = corporate_number(rng, nonzero_lead=True)
    _families(b)
    _outsiders(b)
    return b


def _families(b: Branch) -> None:
    """Eight elderly customers' agents; three deceased customers, their heirs and heirs' banks."""
    rng = b.rng
    elderly = [c for c in b.customers if c.born.year < 1950][:8]
    for c in elderly:
        a = b.person("agent", sei=(c.last, c.last_kana), y0=1960, y1=1980)
        a.ext.update(of=c, rel=rng.choice(["長男", "長女", "次男", "次女"]))
        b.agents.append(a)
    b.deceased = [c for c in b.customers if c.born.year < 1945 and c not in elderly][:3]
    if len(b.deceased) < 3:
        b.deceased = [c for c in b.customers if c not in elderly][:3]
    for d in b.deceased:
        d.dead = True
        d.ext["death"] = b.rand_date(2024, 2024).replace(month=rng.randint(3, 8))
        if not d.fem:
            w = b.person("heir", female=True, sei=(d.last, d.last_kana), y0=1938, y1=1950)
            w.ext["rel"] = "妻"
            w.postal, w.pref, w.rest = d.postal, d.pref, d.rest
            d.heirs.append(w)
        for _ in range(rng.randint(1, 2)):
            sei = (d.last, d.last_kana) if rng.random() < .6 else None
            h = b.person("heir", sei=sei, y0=1962, y1=1978)
            h.ext["rel"] = "長男" if not h.fem else "長女"
            d.heirs.append(h)
        for h in d.heirs:
            bank, branches = rng.choice(BANKS)
            h.bank = (bank, rng.choice(branches), "普通", f"{rng.randint(1000000, 9999999):07d}")


@dataclass(eq=False)
class Company:
    """A corporate client: its name, 法人番号, address, phone, account and contact."""

    name: str
    cn: str
    postal: str = ""
    pref: str = ""
    rest: str = ""
    tel: str = ""
    acct: str = ""
    ct: Person | None = None


def _outsiders(b: Branch) -> None:
    """The 税理士, the 司法書士, the doctor and six corporate clients with their contacts."""
    rng = b.rng
    tax = b.person("tax", y0=1955, y1=1975)
    tax.ext["office"] = f"{tax.last}税理士事務所"
    tax.work = f"{romaji(tax.last_kana)}@{romaji(tax.last_kana)}-tax.jp"
    tax.ext["otel"] = b.tokyo()
    scr = b.person("scrivener", y0=1960, y1=1980)
    scr.ext["office"] = f"司法書士法人{scr.last}総合事務所"
    scr.work = f"info@{romaji(scr.last_kana)}-shihou.jp"
    scr.ext["otel"] = b.tokyo()
    doctor = b.person("doctor", y0=1960, y1=1975)
    doctor.ext["clinic"] = f"{b.faker.city()}{doctor.last}内科クリニック"
    b.ext.update(tax=tax, scr=scr, doctor=doctor)
    for i in range(6):
        co = Company(b.faker.company(), corporate_number(rng, nonzero_lead=True))
        co.postal, co.pref, co.rest = b.mkaddr()
        co.tel = b.tokyo()
        co.acct = f"{BR}-9{rng.randint(10000, 99999)}"
        ct = b.person("contact", y0=1965, y1=1995)
        ct.ext["dept"] = rng.choice(["経理部", "財務部", "総務部"])
        dom = f"corp{i:02d}-{romaji(rng.choice(SEI)[1])}.co.jp"
        ct.work = f"{romaji(ct.last_kana)}@{dom}"
        ct.ext["direct"] = co.tel[:-4] + f"{rng.randint(0, 9999):04d}"
        co.ct = ct
        b.corps.append(co)
