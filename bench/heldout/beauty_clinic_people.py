"""Who the beauty clinic's share is about: eighteen staff over four branches, 88 to 100
patients (a third with a 既往歴, a few pregnant), a mother for each of six counselled patients,
two minors and their guardians, eight to ten more monitor applicants; all drawn from one random
stream and one Faker in gen.py's order, so the same seed names the same people.

Every patient's カルテ番号 passes the 法人番号 check, 予約番号 and 受付番号 the My Number
check: hard negatives. The truth keeps each value as gen.py wrote it (an address with its
hyphen look-alike, an expiry with its slash), one record a (path, category, value, neutral).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from .identifiers import corporate_number, my_number
from .japanese import FULL_WIDTH, HYPHENS
from .share import Population, Resident, Share, Street
from .truth import Truth

CLINIC = "ベルフルール美容クリニック"
DOMAIN = "bellefleur-clinic.jp"
BRANCHES = ["新宿院", "銀座院", "横浜院", "大宮院"]
STAFF_ROLES = ["院長", "医師", "医師", "医師", "看護師", "看護師", "看護師", "看護師", "看護師",
               "看護師", "カウンセラー", "カウンセラー", "カウンセラー", "受付", "受付", "受付",
               "事務長", "経理"]
PREFS = ["東京都", "神奈川県", "埼玉県", "千葉県", "大阪府"]
MAIL_DOMAINS = ["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "icloud.com", "ezweb.ne.jp"]
SALARY_BANKS = ["三菱UFJ銀行", "みずほ銀行", "三井住友銀行", "ゆうちょ銀行", "りそな銀行"]
DISEASES = ["糖尿病", "高血圧症", "気管支喘息", "うつ病", "パニック障害", "アトピー性皮膚炎",
            "B型肝炎", "甲状腺機能低下症", "双極性障害", "関節リウマチ", "心房細動", "乳がん"]
ALLERGIES = ["リドカイン", "ペニシリン", "卵", "金属（ニッケル）", "ラテックス"]
MEDICINES = ["ワーファリン", "ロキソニン", "低用量ピル", "イソトレチノイン",
             "抗うつ薬（レクサプロ）"]
TREATMENTS = ["ヒアルロン酸注入（ジュビダームビスタ ボリューマ）",
              "ボトックス注射（ボトックスビスタ）", "ヒアルロン酸注入（レスチレン リフト）",
              "フォトフェイシャル", "ハイフ（ウルセラ）", "医療脱毛（ジェントルマックスプロ）",
              "ピーリング", "ダーマペン4", "ボトックス（ゼオミン）",
              "ヒアルロン酸（クレヴィエル コントア）", "糸リフト（テスリフト）",
              "ピコレーザー（ピコシュア）"]
VISITS = ["初診", "再診", "カウンセリングのみ", "施術", "アフターケア"]
DASHES = ("-", *HYPHENS)  # a memo's six ways of typing "-", by address style


def zen(text: object) -> str:
    """Digits and hyphens as a LINE message or memo types them, full-width."""
    return str(text).translate(FULL_WIDTH)


def menu(treatment: str) -> str:
    """A treatment without its product in brackets, as the booking screen lists it."""
    return treatment.split("（")[0]


@dataclass(eq=False)
class Address(Street):
    """A home: its building (half of them) and 〒."""

    bldg: str = ""
    postal: str = ""

    def line(self, style: int = 0) -> str:
        """東京都…1-2-3 (style 0-5: with DASHES[style] between), 9: 1丁目2番3号; the building
        after a space."""
        text = self.banchi() if style == 9 else self.dashed(pref=True, hyphen=DASHES[style % 6])
        return text + (" " + self.bldg if self.bldg else "")

    def zip_hyphen(self) -> str:
        """〒 as forms write it, 123-4567."""
        return self.postal[:3] + "-" + self.postal[3:]


@dataclass(eq=False)
class Person(Resident):
    """A staff member, patient, family member or monitor applicant (role: the staff's job,
    else patient or family); a patient's clinic record where drawn."""

    addr: Address | None = None
    disease: str | None = None
    pregnant: bool = False
    karte: str = ""
    doctor: Person | None = None
    branch: str = ""
    emp: str = ""
    my_number: str = ""
    work_mail: str = ""
    bank: tuple[str, str, str] = ("", "", "")


@dataclass(eq=False)
class Clinic(Population):
    """The seed's people and output; truth values kept as written (see the module doc)."""

    staff: list[Person] = field(default_factory=list)
    patients: list[Person] = field(default_factory=list)
    minors: list[Person] = field(default_factory=list)
    used: set[tuple[str, str]] = field(default_factory=set)
    count: int = 0

    @property
    def doctors(self) -> list[Person]:
        return [s for s in self.staff if s.role in ("院長", "医師")]

    @property
    def nurses(self) -> list[Person]:
        return [s for s in self.staff if s.role == "看護師"]

    @property
    def counsellors(self) -> list[Person]:
        return [s for s in self.staff if s.role == "カウンセラー"]

    @property
    def reception(self) -> list[Person]:
        return self.staff[13:16]

    def t(self, path: str, category: str, value: str, who: Person | None = None,
          neutral: bool = False) -> None:
        """Record `value` in `path` as written (gen.py did not normalize)."""
        self.truth.add(path, category, value, who.id if who else None, neutral, normal=value)

    def day(self, first_year: int, last_year: int) -> date:
        """A day in gen.py's 365-day years from 1 January of `first_year`."""
        days = (last_year - first_year + 1) * 365 - 1
        return self.between(date(first_year, 1, 1), date(first_year, 1, 1) + timedelta(days))

    def person(self, role: str = "patient", sex: str = "", age: tuple[int, int] = (18, 62),
               family: Person | None = None) -> Person:
        """Someone new: a full name (and within a family a given name) no one has yet, a
        birth date `age` years before 2024-06-01, a home, a mobile and a private mail."""
        rng, faker = self.rng, self.faker
        self.count += 1
        sex = sex or ("f" if rng.random() < 0.82 else "m")
        while True:
            last = (faker.last_name_pair() if family is None
                    else (family.last, family.last_kana, family.last_roman))
            first = faker.first_name_female_pair() if sex == "f" else faker.first_name_male_pair()
            if ((last[0], first[0]) not in self.used and (last[1], first[1]) not in self.used
                    and (family is None or first[0] != family.first)):
                break
        self.used.update({(last[0], first[0]), (last[1], first[1])})
        born = date(2024, 6, 1) - timedelta(days=rng.randint(age[0] * 365, age[1] * 365))
        pref = rng.choice(PREFS)
        town = faker.town()
        c, b, g = rng.randint(1, 5), rng.randint(1, 30), rng.randint(1, 20)
        bldg = ""
        if rng.random() < 0.5:
            bldg = (f"{faker.building_name()}{rng.randint(1, 12)}"
                    f"{rng.randint(0, 1)}{rng.randint(1, 9)}")
        mobile = rng.choice(["090", "080", "070"]) + f"{rng.randint(0, 99999999):08d}"
        if rng.random() < .6:
            user = (last[2].lower() + rng.choice([".", "_", ""])
                    + first[2].lower()[:rng.randint(1, len(first[2]))] + str(rng.randint(0, 99)))
        else:
            user = first[2].lower() + str(rng.randint(70, 2005))
        email = user + "@" + rng.choice(MAIL_DOMAINS)
        city = faker.city()
        postal = f"{rng.randint(100, 599)}{rng.randint(0, 9999):04d}"
        return Person(f"P{self.count:03d}", role, sex, last[0], first[0], last[1], first[1],
                      last[2], first[2], born, Address(pref, city, town, c, b, g, bldg, postal),
                      mobile, email)

    def patient_record(self, p: Person) -> None:
        """A patient's 既往歴 (a third), pregnancy, カルテ番号, doctor and branch."""
        rng = self.rng
        if rng.random() < .35:
            p.disease = rng.choice(DISEASES)
        p.pregnant = p.sex == "f" and rng.random() < .06 and p.born.year > 1985
        p.karte = corporate_number(rng)
        p.doctor = rng.choice(self.doctors)
        p.branch = rng.choice(BRANCHES)


def populate(seed: int, share: Share) -> Clinic:
    """The staff, then the patients and their records, as gen.py drew them."""
    clinic = Clinic.seeded(seed, share, Truth(by_person=False, form="full"), seed, seed)
    rng = clinic.rng
    for i, role in enumerate(STAFF_ROLES):
        s = clinic.person(role, age=(24, 58))
        s.branch = BRANCHES[i % 4]
        s.emp = f"E{2010 + i:04d}{rng.randint(10, 99)}"
        s.my_number = my_number(rng, nonzero_lead=True)
        s.work_mail = f"{s.last_roman.lower()}.{s.first_roman[0].lower()}@{DOMAIN}"
        s.bank = (rng.choice(SALARY_BANKS), f"{rng.randint(100, 999)}",
                  f"{rng.randint(0, 9999999):07d}")
        clinic.staff.append(s)
    clinic.patients = [clinic.person() for _ in range(rng.randint(88, 100))]
    for p in clinic.patients:
        clinic.patient_record(p)
    return clinic

