"""Who the general hospital's share is about: 7 doctors, 16-19 nurses, clerks and MSWs, care
managers and their offices, referring doctors, 52-58 inpatients (5-7 of them deceased) and two
foreign ones, their key persons and 12-15 健診 examinees, drawn from one random stream in turn.

Deceased patients are no living people: every value of theirs is neutral and they are not
counted. Care managers' offices are companies ("C01"…): their 法人番号 is expected, not a person.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from faker import Faker

from .identifiers import corporate_number, my_number
from .japanese import wareki
from .share import Named, Population, Share, Street, age_on
from .truth import Truth, normalize, squeeze

TODAY = date(2026, 11, 27)
CITIES = [("埼玉県", "川越市"), ("埼玉県", "所沢市"), ("埼玉県", "狭山市"), ("埼玉県", "入間市"),
          ("埼玉県", "ふじみ野市"), ("埼玉県", "坂戸市"), ("東京都", "東村山市"),
          ("埼玉県", "鶴ヶ島市")]
AREA = [("049", 3), ("048", 3), ("042", 3), ("04", 4), ("03", 4)]
# a shorter base term inside a compound disease name is fine either way (neutral)
BASE_TERMS = ["糖尿病", "肺炎", "認知症", "肝炎", "骨折", "腎不全", "依存症", "障害", "高血圧",
              "癌", "がん", "梗塞", "心不全", "麻痺", "出血", "透析"]
DISEASES = ["糖尿病", "2型糖尿病", "脳梗塞", "心不全", "慢性腎不全", "肺炎", "誤嚥性肺炎", "大腸癌",
            "胃癌", "肺癌", "認知症", "アルツハイマー型認知症", "パーキンソン病", "COPD",
            "大腿骨頸部骨折", "うつ病", "統合失調症", "肝硬変", "C型肝炎", "関節リウマチ", "狭心症",
            "心筋梗塞", "脳出血", "乳癌", "前立腺癌"]
HISTORY = ["高血圧症", "脂質異常症", "糖尿病", "狭心症", "胃潰瘍", "結核", "B型肝炎", "うつ病",
           "脳梗塞", "アルコール依存症", "喘息"]
WARDS = ["3階東", "3階西", "4階東", "4階西", "5階", "HCU"]
INSURERS = [("全国健康保険協会埼玉支部", "01110013"), ("川越市国民健康保険", "112011"),
            ("所沢市国民健康保険", "112086"), ("埼玉県後期高齢者医療広域連合", "39112001"),
            ("関東ITソフトウェア健康保険組合", "06139927"),
            ("東京都後期高齢者医療広域連合", "39131001"), ("狭山市国民健康保険", "112151")]
PHARMA = ["第一三共株式会社", "武田薬品工業株式会社", "アステラス製薬株式会社", "中外製薬株式会社",
          "エーザイ株式会社", "大塚製薬株式会社"]
DRUGS = ["メトホルミン塩酸塩錠250mg", "アムロジピン錠5mg", "ランソプラゾールOD錠15mg",
         "フロセミド錠20mg", "ドネペジル塩酸塩錠5mg", "エリキュース錠2.5mg",
         "酸化マグネシウム錠330mg"]
RELS = ["長男", "長女", "妻", "夫", "次男", "二女", "長男の妻", "姪"]
DEPTS = ["内科", "循環器内科", "脳神経外科", "整形外科", "外科", "消化器内科", "呼吸器内科"]
NURSE_BANKS = [("埼玉りそな銀行", "0017"), ("武蔵野銀行", "0133"), ("みずほ銀行", "0001"),
               ("三井住友銀行", "0009"), ("埼玉縣信用金庫", "1250")]
NURSE_BRANCHES = [("川越支店", "321"), ("本川越支店", "118"), ("所沢支店", "205"),
                  ("狭山支店", "412"), ("ふじみ野支店", "530")]
CM_OFFICES = ["居宅介護支援事業所さくら", "ケアプランセンターひまわり", "むさしの野ケアサービス",
              "川越中央居宅介護支援センター", "ニチイケアセンター所沢", "ふじみ野在宅支援センター",
              "社会福祉法人 清和会 ケアプラン清和"]
CM_DOMAINS = ["sakura-care", "himawari-cp", "mnc-care", "kawagoe-kyotaku", "nichii-tokorozawa",
              "fujimino-zaitaku", "seiwakai"]
CLINICS = ["かわごえ内科クリニック", "所沢みなみ整形外科", "さやま脳神経クリニック",
           "いるま在宅診療所"]
FOREIGN = [("グエン", "ヴァン・ナム", "NGUYEN", "VAN NAM", "ベトナム"),
           ("サントス", "マリア", "SANTOS", "MARIA", "フィリピン"),
           ("ワン", "リー", "WANG", "LI", "中国")]
KENSHIN_CO = ["株式会社川越精機", "入間食品工業株式会社", "有限会社狭山運輸",
              "株式会社ふじみ野電設"]
MAIL_HOSTS = ["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp", "icloud.com"]

HOSP = "医療法人社団 むさしの会 むさしの総合病院"
HOSP_SHORT = "むさしの総合病院"
HOSP_ADDR = "埼玉県川越市新宿町3丁目18番2号"
HOSP_TEL = "049-246-1180"
HOSP_FAX = "049-246-1189"
HOSP_DOMAIN = "musashino-gh.or.jp"


def age(born: date) -> int:
    return age_on(born, TODAY)


def bare(text: str) -> str:
    """The digits of a phone number: 09012345678."""
    return "".join(c for c in text if c.isdigit())


def era(day: date) -> str:
    """和暦 as the hospital writes it: 平成1年, never 元年."""
    return wareki(day, gannen=False)


def sl(day: date) -> str:
    """2026/11/27."""
    return f"{day.year}/{day.month:02d}/{day.day:02d}"


@dataclass(eq=False)
class Addr(Street):
    bldg: str
    postal: str

    def full(self) -> str:
        return self.banchi() + (" " + self.bldg if self.bldg else "")

    def short(self) -> str:
        return self.dashed() + (" " + self.bldg if self.bldg else "")

    def mid(self) -> str:
        return self.dashed(pref=True)


@dataclass(eq=False)
class Person(Named):
    """Anyone in the share; each role fills its own fields."""

    dead: bool
    last_r: str
    first_r: str
    dob: date
    addr: Addr
    tel: str
    mobile: str
    email: str | None = None
    dept: str = ""  # doctors
    staff_no: str = ""  # nurses
    mn: str = ""
    bank: tuple[str, str] = ("", "")
    branch: tuple[str, str] = ("", "")
    acct: str = ""
    hired: date | None = None
    office: str = ""  # care managers
    office_tel: str = ""
    office_fax: str = ""
    corp: str = ""
    office_id: str = ""
    company_pid: str = ""
    clinic: str = ""  # referring doctors
    pt_id: str = ""  # patients
    card_no: str = ""
    ward: str = ""
    room: str = ""
    dx: str = ""
    hx: list[str] = field(default_factory=list)
    doctor: Person | None = None
    adm: date | None = None
    dis: date | None = None
    hin: str = ""
    hin_raw: str = ""
    ins: tuple[str, str] = ("", "")
    ip: str = ""
    nat: str = ""  # foreign patients
    passport: str = ""
    zairyu: str = ""
    kp: Person | None = None  # the key person (family)
    rel: str = ""
    same_addr: bool = False
    co: str = ""  # examinees
    kig: str = ""
    ban: str = ""


def nm(p: Person, sep: str = "　") -> str:
    return p.name(sep)


def kn(p: Person, sep: str = "　") -> str:
    return p.kana(sep)


@dataclass(eq=False)
class Hospital(Population):
    """One seed's population, random streams and output; the file writers share it."""

    dead: dict[str, bool] = field(default_factory=dict)
    companies: set[str] = field(default_factory=set)
    used: set[str] = field(default_factory=set)
    names: set[str] = field(default_factory=set)
    doctors: list[Person] = field(default_factory=list)
    nurses: list[Person] = field(default_factory=list)
    clerks: list[Person] = field(default_factory=list)
    msws: list[Person] = field(default_factory=list)
    cms: list[Person] = field(default_factory=list)
    refdocs: list[Person] = field(default_factory=list)
    patients: list[Person] = field(default_factory=list)
    living: list[Person] = field(default_factory=list)
    foreigners: list[Person] = field(default_factory=list)
    examinees: list[Person] = field(default_factory=list)

    @property
    def dead_patients(self) -> list[Person]:
        return [p for p in self.patients if p.dead]

    def add(self, path: str, category: str, raw: str, person: str | None = None,
            neutral: bool = False, normal: str | None = None) -> None:
        """A truth record as corpus 27 keeps them: a deceased person's values neutral, a card
        expiry as written, a disease's shorter base terms (糖尿病 in 2型糖尿病) neutral too."""
        if not raw:
            return
        neutral = neutral or bool(person and self.dead.get(person))
        if category == "card_expiry":
            normal = squeeze(raw)
        self.truth.add(path, category, raw, person, neutral, normal=normal)
        if category == "sensitive":
            value = normalize(category, raw)
            for base in BASE_TERMS:
                if base in value and base != value:
                    self.truth.add(path, category, base, person, True, normal=base)

    def born(self, path: str, raw: str, p: Person) -> None:
        """A birth date as the file writes it, its truth the ISO date."""
        self.add(path, "date_of_birth", raw, p.id, normal=p.dob.isoformat())

    def write_truth(self, outdir: Path) -> None:
        """People: the living persons some record expects, companies aside."""
        records = self.truth.merged("replace")
        people = self.truth.people(records) - self.companies
        self.truth.write(outdir, len(people), merge="replace")

    def unique(self, draw: Callable[[], str]) -> str:
        """A number drawn again until no other of the share's numbers is it."""
        while True:
            value = draw()
            if value not in self.used:
                self.used.add(value)
                return value

    def my_number(self) -> str:
        """A unique number passing the My Number check (a real one or 診察券番号/受付番号)."""
        return self.unique(lambda: my_number(self.rng, zero_lead="draw"))

    def corporate_number(self) -> str:
        return self.unique(lambda: corporate_number(self.rng))

    def mobile(self) -> str:
        R = self.rng
        return f"{R.choice(['090', '080', '070'])}-{R.randint(1000, 9999)}-{R.randint(1000, 9999)}"

    def landline(self) -> str:
        R = self.rng
        area, n = R.choice(AREA)
        if n == 4:
            return f"{area}-{R.randint(2000, 9999)}-{R.randint(1000, 9999)}"
        return f"{area}-{R.randint(200, 999)}-{R.randint(1000, 9999)}"

    def address(self) -> Addr:
        R, F = self.rng, self.faker
        pref, city = R.choice(CITIES)
        town = F.town()
        c, b, g = R.randint(1, 5), R.randint(1, 30), R.randint(1, 25)
        bldg = (F.building_name() + str(R.randint(101, 505))) if R.random() < 0.35 else ""
        postal = f"{R.randint(330, 369)}-{R.randint(0, 9999):04d}"
        return Addr(pref, city, town, c, b, g, bldg, postal)

    def person(self, kind: str, sex: str | None = None,
               birth_range: tuple[int, int] = (1930, 1990),
               surname: tuple[str, str, str] | None = None, dead: bool = False) -> Person:
        R, F = self.rng, self.faker
        pid = f"P{len(self.dead) + 1:03d}"
        sex = sex or R.choice("MF")
        for _ in range(200):
            ln = surname if surname else F.last_name_pair()
            fn = F.first_name_male_pair() if sex == "M" else F.first_name_female_pair()
            if ln[0] + fn[0] not in self.names:
                break
        self.names.add(ln[0] + fn[0])
        y = R.randint(*birth_range)
        dob = date(y, R.randint(1, 12), R.randint(1, 28))
        addr = self.address()
        tel = self.landline()
        self.dead[pid] = dead
        return Person(pid, kind, sex, ln[0], fn[0], ln[1], fn[1], dead, ln[2], fn[2], dob, addr,
                      tel, self.mobile())


def _staff(h: Hospital) -> None:
    R = h.rng
    h.doctors = [h.person("doctor", birth_range=(1960, 1990)) for _ in range(7)]
    for d, dept in zip(h.doctors, DEPTS, strict=True):
        d.dept = dept
    h.nurses = [h.person("nurse", sex=("F" if R.random() < 0.85 else "M"),
                         birth_range=(1968, 2003)) for _ in range(R.randint(16, 19))]
    for i, n in enumerate(h.nurses):
        n.staff_no = f"N{2000 + i * 7 + R.randint(0, 5):05d}"
        n.mn = h.my_number()
        n.bank = R.choice(NURSE_BANKS)
        n.branch = R.choice(NURSE_BRANCHES)
        n.acct = f"{R.randint(1000000, 9999999)}"
        n.hired = date(R.randint(1995, 2025), 4, 1)
    h.clerks = [h.person("clerk", birth_range=(1970, 2000)) for _ in range(3)]
    h.msws = [h.person("msw", birth_range=(1975, 1998)) for _ in range(3)]
    for s in h.clerks + h.msws + h.doctors:
        s.email = f"{s.first_r.lower()[0]}.{s.last_r.lower()}@{HOSP_DOMAIN}"
    for i in range(R.randint(6, 7)):
        c = h.person("caremgr", birth_range=(1962, 1992))
        c.office = CM_OFFICES[i]
        c.office_tel = h.landline()
        c.office_fax = c.office_tel[:-1] + str((int(c.office_tel[-1]) + 1) % 10)
        c.email = f"{c.last_r.lower()}.{c.first_r.lower()[:3]}@{CM_DOMAINS[i]}.jp"
        c.corp = h.corporate_number()
        c.office_id = f"11{R.randint(70000000, 79999999)}"
        c.company_pid = f"C{i + 1:02d}"
        h.companies.add(c.company_pid)
        h.cms.append(c)
    for clinic in CLINICS:
        d = h.person("refdoc", birth_range=(1955, 1985))
        d.clinic = clinic
        h.landline()  # (the clinic's phone and address were drawn, never written)
        h.address()
        h.refdocs.append(d)


def _insure(h: Hospital, p: Person, insurer: tuple[str, str]) -> None:
    """被保険者記号・番号: the two numbers joined by 「・」 as the list writes them."""
    kig, ban = f"{h.rng.randint(1000, 99999999)}", f"{h.rng.randint(1, 9999)}"
    p.hin, p.hin_raw, p.ins = kig + ban, f"{kig}・{ban}", insurer


def _patients(h: Hospital) -> None:
    R = h.rng
    for i in range(R.randint(52, 58)):
        dead = i < R.randint(5, 7)
        p = h.person("patient", birth_range=(1928, 1975) if R.random() < 0.85 else (1976, 2004),
                     dead=dead)
        p.pt_id = f"{R.randint(10, 99)}{R.randint(0, 99999999):08d}"
        p.card_no = h.my_number()  # 診察券番号 passing the My Number check: a hard negative
        p.ward = R.choice(WARDS)
        p.room = f"{R.randint(3, 5)}{R.randint(1, 20):02d}"
        p.dx = R.choice(DISEASES)
        p.hx = R.sample(HISTORY, R.randint(1, 3))
        p.doctor = R.choice(h.doctors)
        if dead or R.random() < 0.45:  # discharged already (or died)
            p.dis = TODAY - timedelta(days=R.randint(1, 120))
            p.adm = p.dis - timedelta(days=R.randint(4, 50))
        else:  # in hospital now, discharge planned
            p.adm = TODAY - timedelta(days=R.randint(1, 60))
            p.dis = TODAY + timedelta(days=R.randint(3, 35))
        if age(p.dob) >= 75:
            p.ins = R.choice([x for x in INSURERS if "後期" in x[0]])
            p.hin = p.hin_raw = f"{R.randint(10000000, 99999999)}"
        else:
            _insure(h, p, R.choice([x for x in INSURERS if "後期" not in x[0]]))
        p.email = (f"{p.first_r.lower()}{R.randint(1, 99)}@{R.choice(MAIL_HOSTS)}"
                   if R.random() < 0.4 else None)
        p.ip = (f"{R.choice([126, 60, 153, 180, 220, 49, 114])}.{R.randint(1, 254)}."
                f"{R.randint(1, 254)}.{R.randint(1, 254)}")
        h.patients.append(p)
    h.living = [p for p in h.patients if not p.dead]
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    for fam, giv, famr, givr, nat in R.sample(FOREIGN, 2):
        p = h.person("patient", birth_range=(1980, 2000))
        p.last, p.first, p.last_kana, p.first_kana = fam, giv, fam, giv
        p.last_r, p.first_r = famr, givr
        p.nat = nat
        p.passport = (R.choice(["C", "B", "P", "E"]) + str(R.randint(1000000, 9999999))
                      if nat != "ベトナム" else "C" + str(R.randint(1000000, 9999999)))
        p.zairyu = ("".join(R.choice(letters) for _ in range(2)) + f"{R.randint(0, 99999999):08d}"
                    + "".join(R.choice(letters) for _ in range(2)))
        p.pt_id = f"{R.randint(10, 99)}{R.randint(0, 99999999):08d}"
        p.card_no = h.my_number()
        p.ward, p.room = R.choice(WARDS), f"{R.randint(3, 5)}{R.randint(1, 20):02d}"
        p.dx = R.choice(["虫垂炎", "肺炎", "大腿骨頸部骨折"])
        p.hx, p.doctor = ["結核"], R.choice(h.doctors)
        p.adm = TODAY - timedelta(days=R.randint(2, 20))
        p.dis = p.adm + timedelta(days=10)
        _insure(h, p, INSURERS[0])
        p.email = f"{givr.split()[0].lower()}.{famr.lower()}{R.randint(10, 99)}@gmail.com"
        p.ip = (f"{R.choice([126, 60, 153])}.{R.randint(1, 254)}.{R.randint(1, 254)}."
                f"{R.randint(1, 254)}")
        h.foreigners.append(p)
        h.living.append(p)
        h.patients.append(p)


def _key_person(h: Hospital, p: Person) -> Person:
    """A relative of `p`: spouse or parent of the same surname and sex that fits, a child."""
    R = h.rng
    rel = R.choice(RELS if age(p.dob) > 55 else ["妻", "夫", "母", "父"])
    if rel in ("妻", "夫"):
        rel = "妻" if p.sex == "M" else "夫"
    year = p.dob.year
    if rel in ("妻", "夫"):
        sex, span = ("F" if rel == "妻" else "M"), (year - 5, year + 5)
    elif rel in ("母", "父"):
        sex, span = ("F" if rel == "母" else "M"), (year - 35, year - 22)
    else:
        sex, span = ("M" if rel in ("長男", "次男") else "F"), (year + 22, min(year + 40, 2000))
    same_name = rel in ("妻", "夫", "長男", "次男", "母", "父") or R.random() < 0.4
    k = h.person("family", sex=sex, birth_range=span,
                 surname=(p.last, p.last_kana, p.last_r) if same_name else None)
    k.rel = rel
    k.same_addr = rel in ("妻", "夫", "母", "父") or R.random() < 0.3
    if k.same_addr:
        k.addr, k.tel = p.addr, p.tel
    hosts = ["gmail.com", "yahoo.co.jp", "outlook.jp"]
    k.email = (f"{k.first_r.lower()}.{k.last_r.lower()}{R.randint(1, 999)}@{R.choice(hosts)}"
               if R.random() < 0.5 else None)
    return k


def populate(seed: int, share: Share) -> Hospital:
    """Staff and outside contacts, patients (the deceased first), key persons, examinees."""
    faker = Faker("ja_JP")
    faker.seed_instance(seed * 31 + 5)
    h = Hospital(seed, random.Random(seed * 7919 + 27), faker, share, Truth(form="bool"))
    _staff(h)
    _patients(h)
    for p in h.patients:
        if p.nat or h.rng.random() > (0.9 if p.dead else 0.55):
            continue
        p.kp = _key_person(h, p)
    h.examinees = [h.person("examinee", birth_range=(1965, 2003))
                   for _ in range(h.rng.randint(12, 15))]
    for e in h.examinees:
        e.co = h.rng.choice(KENSHIN_CO)
        e.kig, e.ban = f"{h.rng.randint(10, 9999)}", f"{h.rng.randint(1, 999)}"
    return h

