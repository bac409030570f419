"""Who the health check centre's share is about: 100 examinees (56 employees of three client
companies, 44 みなと台市 国保 members) with their checkup values, 14 family members named as
emergency contacts, the companies' 人事担当, eight staff, the 産業医 and a hospital doctor;
drawn from one random stream and one Faker in gen.py's order, so the same seed names the same
people.

The truth keeps gen.py's normal forms (an address's look-alike hyphens as "-"), one record a
(path, category, value, person) (gen.py's key left the neutral flag out; no two of its records
differ in that alone), and the people count (anyone a record names, neutral or not) after the
records.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from .identifiers import corporate_number, digits, luhn_check, my_number, my_number_check
from .japanese import FULL_WIDTH, HYPHENS, fphone, wareki_short
from .japanese import wareki as kanji_date
from .share import Named, Population, Share
from .truth import Truth, plain_hyphens, squeeze

STAMP = datetime(2024, 12, 2, 9, 0, 0)  # every office container member's date (gen.py's FIXED)
FILED = datetime(2024, 12, 1)  # their docProps/core.xml dates
COMPANIES = [("株式会社三和精工", "sanwa-seiko.co.jp"),
             ("東邦ロジスティクス株式会社", "toho-logi.co.jp"),
             ("有限会社みどり設計", "midori-sekkei.jp")]
CLINIC_NAME = "医療法人社団 みなと台健診センター"
CLINIC_TEL = "045-555-8800"
CLINIC_ADDR = "神奈川県みなと台市中央2-4-1 みなと台メディカルビル3階"
CLINIC_MAIL = "info@minatodai-kenshin.jp"
CITY_NAME, CITY_TEL = "みなと台市", "045-555-0123"
HOSP_NAME, HOSP_DEPT = "みなと台総合病院", "循環器内科"
STAFF_ROLES = ["センター長（医師）", "医師", "保健師", "看護師", "臨床検査技師", "受付", "受付",
               "事務長"]
HISTORY = ["高血圧", "糖尿病", "脂質異常症", "脳卒中", "心臓病", "慢性腎臓病", "貧血", "喘息",
           "うつ病"]
SEVERE = ("糖尿病疑い", "胸部X線異常陰影", "心電図異常（心房細動）")  # a D2 判定's findings
DASHES = ("-", *HYPHENS)  # gen.py's HY: what a memo types between two digits
PHONE_STYLES = ["hy", "none", "zen", "intl", "paren"]
MAIL_DOMAINS = ["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "icloud.com"]
EXAM_DAY0 = date(2024, 10, 1)


def wareki(day: date, style: str) -> str:
    """gen.py's date styles: kanji 令和6年1月2日 (1 not 元), dot R6.1.2, slash R6/01/02, else
    ISO."""
    if style == "kanji":
        return kanji_date(day, gannen=False)
    short = wareki_short(day, padded=False)
    if style == "dot":
        return short
    if style == "slash":
        return f"{short.split('.')[0]}/{day.month:02d}/{day.day:02d}"
    return day.isoformat()


def phone(number: str, style: int) -> str:
    """A mobile as gen.py's phone_fmt wrote it: 0 hyphens, 1 digits, 2 full-width, 3 +81, 4
    brackets."""
    return fphone(number, PHONE_STYLES[style])


@dataclass(eq=False)
class Company:
    """A client company with the numbers gen.py drew for it (its insurer: the 健保組合's)."""

    name: str
    dom: str
    corp: str
    tel: str
    addr: str
    insurer: str


@dataclass(eq=False)
class Person(Named):
    """Anyone in the share, with what gen.py drew for their kind (role) and checkup."""

    company: int | None = None
    born: date = date(1900, 1, 1)
    postal: str = ""
    pref: str = ""
    city: str = ""
    town: str = ""
    ch: int = 0
    bn: int = 0
    go: int = 0
    bldg: str = ""
    phone: str = ""
    email: str = ""
    uketsuke: str = ""
    kentai: str = ""
    exam_day: date = date(1900, 1, 1)
    insurer: str = ""
    kigo: str = ""
    bango: str = ""
    emp_no: str = ""
    vals: dict[str, Any] = field(default_factory=dict)  # h, w, bmi, sbp, ... ggt
    findings: list[str] = field(default_factory=list)
    hantei: str = ""
    hist: list[str] = field(default_factory=list)
    meds: list[str] = field(default_factory=list)
    smoke: str = ""
    emerg: Person | None = None
    rel: str = ""
    title: str = ""
    mynum: str = ""
    work_mail: str = ""
    work_tel: str = ""
    mental: str = ""

    @property
    def full(self) -> str:
        return self.last + self.first

    @property
    def corp(self) -> bool:
        return self.role == "corp"

    def addr(self, style: str, pref: bool, rng: random.Random | None = None) -> str:
        """gen.py's addr: hy 1-2-3, kanji 1丁目2番3号, zen full-width digits joined by a drawn
        look-alike hyphen; the building after."""
        a = (self.pref if pref else "") + self.city + self.town
        if style == "hy":
            a += f"{self.ch}-{self.bn}-{self.go}"
        elif style == "kanji":
            a += f"{self.ch}丁目{self.bn}番{self.go}号"
        else:
            h = rng.choice(DASHES)
            a += h.join(str(n).translate(FULL_WIDTH) for n in (self.ch, self.bn, self.go))
        return a + self.bldg

    def sens(self) -> list[str]:
        """The findings and, for a D 判定, its words (要精密検査, 要治療)."""
        out = list(self.findings)
        if self.hantei.startswith("D"):
            out.append(self.hantei.split()[1])
        return out

    def ins(self) -> str:
        return self.kigo + self.bango


@dataclass(eq=False)
class Center(Population):
    """The seed's companies, people and output."""

    companies: list[Company] = field(default_factory=list)
    city_insurer: str = ""
    clinic_corp: str = ""
    examinees: list[Person] = field(default_factory=list)
    family: list[Person] = field(default_factory=list)
    hr: list[Person] = field(default_factory=list)
    staff: list[Person] = field(default_factory=list)
    sangyoi: Person | None = None
    hosp_dr: Person | None = None
    interviewed: list[Person] = field(default_factory=list)  # the 産業医 memo's six
    used: set[tuple[str, str]] = field(default_factory=set)
    count: int = 0

    def kokuho(self) -> list[Person]:
        return [p for p in self.examinees if not p.corp]

    def employees(self, ci: int) -> list[Person]:
        return [p for p in self.examinees if p.corp and p.company == ci]

    def person(self, kind: str, company: int | None = None,
               age: tuple[int, int] = (22, 74)) -> Person:
        """Someone new as gen.py's make_person drew them: a fresh name, birth date, home,
        mobile and mail."""
        rng, fk = self.rng, self.faker
        sex = rng.choice("MF")
        while True:
            sei = fk.last_name_pair()
            mei = fk.first_name_male_pair() if sex == "M" else fk.first_name_female_pair()
            if (sei[0], mei[0]) not in self.used:
                self.used.add((sei[0], mei[0]))
                break
        self.count += 1
        p = Person(f"P{self.count:03d}", kind, sex, sei[0], mei[0], sei[1], mei[1], company)
        p.born = date(2024 - rng.randint(*age), rng.randint(1, 12), rng.randint(1, 28))
        p.pref = rng.choice(["神奈川県", "神奈川県", "神奈川県", "東京都"])
        p.city = CITY_NAME if kind == "kokuho" else fk.city()
        p.town = fk.town()
        p.ch, p.bn, p.go = rng.randint(1, 9), rng.randint(1, 30), rng.randint(1, 25)
        if rng.random() < 0.3:
            p.bldg = fk.building_name() + f"{rng.randint(1, 9)}0{rng.randint(1, 9)}号室"
        p.phone = f"0{rng.choice([70, 80, 90])}{rng.randint(1000, 9999)}{rng.randint(1000, 9999)}"
        p.postal = f"{rng.randint(200, 259)}-{rng.randint(0, 9999):04d}"
        p.email = f"{fk.user_name()}{rng.randint(1, 99)}@{rng.choice(MAIL_DOMAINS)}"
        return p

    # ---- truth
    def t(self, path: str, category: str, value: str, who: Person | None = None,
          neutral: bool = False) -> None:
        normal = plain_hyphens(squeeze(value)) if category == "address" else None
        self.truth.add(path, category, value, who.id if who else None, neutral, normal=normal)

    def t_name(self, path: str, p: Person) -> None:
        self.t(path, "person_name", p.full, p)

    def t_std(self, path: str, p: Person, fields: str) -> None:
        """The fields named (space-separated) as `p`'s records, in that order."""
        for f in fields.split():
            if f == "name":
                self.t_name(path, p)
            elif f == "kana":
                self.t(path, "person_name", p.kana(), p)
            elif f == "sei":
                self.t(path, "person_name", p.last, p, neutral=True)
            elif f == "dob":
                self.t(path, "date_of_birth", p.born.isoformat(), p)
            elif f == "postal":
                self.t(path, "postal_code", p.postal, p)
            elif f == "phone":
                self.t(path, "phone_number", p.phone, p)
            elif f == "email":
                self.t(path, "email_address", p.email, p)
            elif f == "ins":
                self.t(path, "health_insurance_number", p.ins(), p)
            elif f == "work":
                self.t(path, "email_address", p.work_mail, p, neutral=True)

    def t_sens(self, path: str, p: Person, words: list[str]) -> None:
        for w in words:
            self.t(path, "sensitive", w, p)

    def t_clinic(self, path: str, *, addr: bool = False) -> None:
        """The centre's phone (and its address), neutral."""
        self.t(path, "phone_number", CLINIC_TEL, None, True)
        if addr:
            self.t(path, "address", CLINIC_ADDR, None, True)

    def write_truth(self, outdir: Path) -> None:
        people = {r["person"] for r in self.truth.records if r["person"]}
        self.truth.write(outdir, len(people), meta_last=True)

    def save(self, rel: str, document: Any) -> None:
        """A workbook or .docx as gen.py's fix_zip left it: core dates 1 December."""
        self.share.save(rel, document, core=FILED)


def checkup(rng: random.Random, p: Person, seq: int) -> None:
    """An examinee's numbers, insurance card and checkup as gen.py drew them."""
    digits(rng, 10)  # (gen.py drew a My Number for the 受付番号 and threw it away)
    p.uketsuke = "2411" + f"{seq:07d}"
    p.uketsuke += my_number_check(p.uketsuke)  # 12 digits passing the My Number check
    body = f"2024{rng.randint(10, 12):02d}{seq:06d}{rng.randint(100, 999)}"
    p.kentai = body + luhn_check(body)  # 16 digits passing Luhn (the lab's barcode)
    p.exam_day = EXAM_DAY0 + timedelta(days=rng.randint(0, 55))
    if p.corp:
        p.kigo, p.bango = f"{rng.randint(1, 99)}", f"{rng.randint(1, 9999)}"
        p.emp_no = f"{rng.choice('ABK')}{rng.randint(10000, 99999)}"
    else:
        p.kigo, p.bango = f"みな{rng.randint(1, 30)}", f"{rng.randint(100000, 999999)}"
    age = 2024 - p.born.year
    v = p.vals
    h = rng.gauss(171 if p.sex == "M" else 158, 6)
    w = h * h / 10000 * rng.gauss(23 + age / 40, 3)
    v["h"], v["w"] = round(h, 1), round(w, 1)
    v["bmi"] = round(w / (h / 100) ** 2, 1)
    v["sbp"] = int(rng.gauss(118 + age * 0.35, 15))
    v["dbp"] = int(v["sbp"] * rng.uniform(0.58, 0.7))
    v["a1c"] = round(rng.gauss(5.5 + age * 0.006, 0.5), 1)
    v["fpg"] = int(v["a1c"] * 18 + rng.gauss(0, 8))
    v["ldl"], v["hdl"] = int(rng.gauss(122, 30)), int(rng.gauss(58, 13))
    v["tg"] = int(rng.gauss(120, 60)) + 30
    v["alt"], v["ast"] = int(rng.gauss(24, 14)) + 5, int(rng.gauss(23, 8)) + 5
    v["ggt"] = int(rng.gauss(35, 30)) + 10
    p.findings = f = findings(rng, v)
    if any(x in f for x in SEVERE) or v["sbp"] >= 180:
        p.hantei = "D2 要精密検査"
    elif any(x in f for x in ("高血圧症", "脂質異常症", "肝機能障害")):
        p.hantei = "D1 要治療"
    elif f:
        p.hantei = "C 要経過観察"
    else:
        p.hantei = rng.choice(["A 異常なし", "B 軽度異常"])
    p.hist = rng.sample(HISTORY, k=rng.choice([0, 0, 0, 1, 1, 2]))
    if "高血圧" in p.hist or ("高血圧症" in f and rng.random() < .5):
        p.meds.append("血圧を下げる薬")
    if "糖尿病" in p.hist:
        p.meds.append("血糖を下げる薬")
    if "脂質異常症" in p.hist:
        p.meds.append("コレステロールを下げる薬")
    p.smoke = rng.choice(["はい", "いいえ", "いいえ", "やめた"])


def findings(rng: random.Random, v: dict[str, Any]) -> list[str]:
    """The checkup's findings in its own words (the ECG and X-ray ones drawn)."""
    f = []
    if v["sbp"] >= 160 or v["dbp"] >= 100:
        f.append("高血圧症")
    elif v["sbp"] >= 140 or v["dbp"] >= 90:
        f.append("高血圧疑い")
    if v["a1c"] >= 6.5:
        f.append("糖尿病疑い")
    elif v["a1c"] >= 6.0:
        f.append("耐糖能異常")
    if v["ldl"] >= 160 or v["tg"] >= 300:
        f.append("脂質異常症")
    if v["alt"] >= 51:
        f.append("肝機能障害")
    if rng.random() < 0.06:
        f.append("心電図異常（心房細動）")
    if rng.random() < 0.05:
        f.append("胸部X線異常陰影")
    return f


def populate(seed: int, share: Share) -> Center:
    """The companies, the city and the centre, then the examinees and their checkups, the
    family members, 人事担当, staff and doctors, as gen.py drew them."""
    share.keep_modes = False
    c = Center.seeded(seed, share, Truth(form="full"), seed, seed)
    rng, fk = c.rng, c.faker
    for name, dom in COMPANIES:
        corp = corporate_number(rng)
        tel = f"0{rng.choice([3, 45, 44])}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
        addr = (f"{fk.prefecture()}{fk.city()}{fk.town()}{rng.randint(1, 5)}-"
                f"{rng.randint(1, 30)}-{rng.randint(1, 20)}")
        c.companies.append(Company(name, dom, corp, tel, addr, f"0{rng.randint(6000000, 6999999)}"))
    c.city_insurer = f"{rng.randint(130000, 139999)}"
    c.clinic_corp = corporate_number(rng)
    for ci, n in enumerate([24, 20, 12]):
        c.examinees += [c.person("corp", ci, (22, 64)) for _ in range(n)]
    c.examinees += [c.person("kokuho", None, (40, 74)) for _ in range(44)]
    for seq, p in enumerate(c.examinees, 1):
        checkup(rng, p, seq)
        p.insurer = c.companies[p.company].insurer if p.corp else c.city_insurer
    for p in rng.sample(c.examinees, 14):
        f = c.person("family")
        while (p.last, f.first) in c.used:
            f.first, f.first_kana, _ = fk.first_name_female_pair()
        c.used.add((p.last, f.first))
        f.last, f.last_kana = p.last, p.last_kana
        f.rel = rng.choice(["長男", "長女", "母", "父"] if p.born.year > 1985
                           else ["妻", "夫", "長男", "長女"])
        f.postal, f.pref, f.city, f.town = p.postal, p.pref, p.city, p.town
        f.ch, f.bn, f.go, f.bldg = p.ch, p.bn, p.go, p.bldg
        p.emerg = f
        c.family.append(f)
    for co in c.companies:
        x = c.person("hr", age=(28, 55))
        x.work_mail = f"{rng.choice(['jinji', 'soumu'])}.{fk.user_name()}@{co.dom}"
        x.work_tel = co.tel[:-1] + str(rng.randint(0, 9))
        c.hr.append(x)
    for role in STAFF_ROLES:
        s = c.person("staff", age=(25, 62))
        s.title = role
        s.mynum = my_number(rng, str(rng.randint(1, 9)))
        s.work_mail = f"{fk.user_name()}@minatodai-kenshin.jp"
        c.staff.append(s)
    c.sangyoi = c.person("sangyoi", age=(45, 70))
    c.sangyoi.title = "産業医"
    c.hosp_dr = c.person("hospdr", age=(35, 60))
    return c
