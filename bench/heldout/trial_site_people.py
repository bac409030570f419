"""Who the SMO office's share is about: 82 subjects of four studies (38 in ABC-2101, 30 in
XYZ-0417 or KMT-305, 14 of the ended DEF-1902), 18 recruitment-site applicants (six more as the
October form is written), seven 代諾者, seven CRCs with four emergency contacts (drawn as the
roster is written), three 治験責任医師 and the sponsor's two CRAs; drawn from one random stream
and one Faker in gen.py's order, so the same seed names the same people.

The truth keeps gen.py's values (names, addresses and diseases without spaces, a birth date's
ISO form), one record a (path, category, value, person) whoever first wrote it (neutral or not),
the people count (those some file names not only neutrally) after them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from .identifiers import corporate_check, digits, luhn_check, my_number
from .japanese import HYPHENS, fphone, wareki, wareki_short
from .share import Named, Population, Share, sign
from .truth import Truth

STAMP = datetime(2026, 10, 15, 9, 0, 0)  # every office container member's date
CORE = datetime(2026, 10, 1)  # docProps/core.xml's modified date, as gen.py's normzip() set it
HY = ("-", "-", "-", *HYPHENS)  # gen.py's HY
DISEASES = [("2型糖尿病", "メトホルミン塩酸塩錠"), ("高血圧症", "アムロジピン錠5mg"),
            ("脂質異常症", "ロスバスタチン錠"), ("気管支喘息", "フルチカゾン吸入"),
            ("関節リウマチ", "メトトレキサート"), ("うつ病", "エスシタロプラム錠"),
            ("逆流性食道炎", "ランソプラゾール"), ("慢性腎臓病", "ARB製剤"),
            ("アトピー性皮膚炎", "デュピルマブ"), ("痛風", "フェブキソスタット錠"),
            ("骨粗鬆症", "アレンドロン酸"), ("不眠症", "ゾルピデム錠")]
BANKS = [("みずほ銀行", "0001"), ("三菱UFJ銀行", "0005"), ("三井住友銀行", "0009"),
         ("りそな銀行", "0010"), ("ゆうちょ銀行", "9900"), ("横浜銀行", "0138"),
         ("多摩信用金庫", "1360")]
BRANCHES = ["本店", "武蔵野", "三鷹", "吉祥寺", "調布", "府中"]
PREFS = ["東京都", "神奈川県", "東京都", "東京都", "埼玉県"]
CITIES = {"東京都": ["武蔵野市", "三鷹市", "調布市", "府中市", "小金井市"],
          "神奈川県": ["相模原市中央区", "藤沢市", "川崎市麻生区"], "埼玉県": ["所沢市", "新座市"]}
MAIL_DOMAINS = ["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "icloud.com", "ezweb.ne.jp"]
STUDIES = [("ABC-2101-P3", "2型糖尿病"), ("XYZ-0417-P2", "関節リウマチ"), ("KMT-305", "気管支喘息")]
OLD_STUDY = ("DEF-1902", "高血圧症")
CLINICS = ["むさしの内科クリニック", "みたか駅前医院"]
SPONSOR = "株式会社オリオンファーマ"
SPONSOR_TEL = "0352011234"
OFFICE_TEL = "0422551234"
OFFICE = "株式会社さくらSMO"
AES = ["肝機能障害(AST/ALT上昇)", "低血糖", "間質性肺炎", "帯状疱疹", "急性膵炎"]
CRA_MAILS = ["s.kondo", "m.arai"]


def zen(text: str) -> str:
    """gen.py's zen(): full-width digits (a hyphen kept)."""
    return text.translate(str.maketrans("0123456789", "０１２３４５６７８９"))


def era(day: date, style: int = 0) -> str:
    """gen.py's wareki(): 0 令和元年5月1日, 1 R1.5.1, 2 R1/05/01."""
    if style == 0:
        return wareki(day)
    return wareki_short(day, padded=False, slashed=style == 2)


@dataclass(eq=False)
class Person(Named):
    """Anyone in the share, with what gen.py's person() gave them (role: its kind)."""

    born: date = date(1900, 1, 1)
    age: int = 0
    mobile: str = ""
    home: str | None = None
    pref: str = ""
    city: str = ""
    street: str = ""
    postal: str = ""
    email: str = ""
    bank: str = ""
    branch: str = ""
    acct: str = ""
    dis: list[str] = field(default_factory=list)
    med: list[str] = field(default_factory=list)
    study: tuple[str, str] = ("", "")
    code: str = ""
    guardian: Person | None = None
    rel: str = ""
    work: str = ""
    uid: str = ""
    ip: str = ""
    wphone: str = ""
    mn: str = ""

    @property
    def full(self) -> str:
        return self.name("")

    @property
    def full_kana(self) -> str:
        return self.kana("")

    @property
    def addr(self) -> str:
        return self.pref + self.city + self.street


@dataclass(eq=False)
class Site(Population):
    """The seed's people, and what several files share."""

    people: list[Person] = field(default_factory=list)
    calls: int = 0  # gen.py's len(TRUTH): every truth record made, repeats too
    sponsor_cn: str = ""
    own_cn: str = ""
    subj_a: list[Person] = field(default_factory=list)
    subj_b: list[Person] = field(default_factory=list)
    subj_old: list[Person] = field(default_factory=list)
    applicants: list[Person] = field(default_factory=list)
    both: list[Person] = field(default_factory=list)
    guardians: list[Person] = field(default_factory=list)
    crcs: list[Person] = field(default_factory=list)
    doctors: list[Person] = field(default_factory=list)
    cras: list[Person] = field(default_factory=list)

    @property
    def subjects(self) -> list[Person]:
        """gen.py's allsubj: the two running studies' subjects."""
        return self.subj_a + self.subj_b

    # ---- draws as gen.py made them
    def mobile(self) -> str:
        return self.rng.choice(["090", "080", "070"]) + digits(self.rng, 8)

    def landline(self) -> str:
        return self.rng.choice(["0422", "0425", "0428", "0467", "0466"]) + digits(self.rng, 6)

    def corp(self) -> str:
        """gen.py's corpnum() over 12 drawn digits, the first not 0."""
        base = str(self.rng.randint(10**11, 10**12 - 1))
        return corporate_check(base) + base

    def my_number(self) -> str:
        """gen.py's mynumber(): a leading 0 made 1."""
        return my_number(self.rng, zero_lead="1")

    def luhn(self, body: str) -> str:
        """gen.py's luhn_complete()."""
        return body + luhn_check(body)

    def phone(self, number: str, hy: str = "") -> str:
        """gen.py's fmt_phone(): 3-4-4 a mobile, else 4-2-4, joined by `hy` (a drawn one of HY
        where none), full-width digits 15 times in 100."""
        text = fphone(number, hy or self.rng.choice(HY), area=4)
        return zen(text) if self.rng.random() < 0.15 else text

    def sp(self, p: Person) -> str:
        """gen.py's sp(): the name with a space, an ideographic space or none."""
        return p.name(self.rng.choice([" ", "\u3000", ""]))

    def kp(self, p: Person) -> str:
        return p.kana(self.rng.choice([" ", "\u3000"]))

    def person(self, role: str, age: tuple[int, int] = (20, 80)) -> Person:
        """gen.py's person(): a name, a birth date, a mobile (a landline four in ten), a home
        and 〒, a mail, a bank account and one or two diseases with their medicines."""
        rng, fk = self.rng, self.faker
        sex = rng.choice("MF")
        ln, lk, _ = fk.last_name_pair()
        fn, fkana, _ = fk.first_name_male_pair() if sex == "M" else fk.first_name_female_pair()
        p = Person(f"P{len(self.people) + 1:03d}", role, sex, ln, fn, lk, fkana)
        a = rng.randint(*age)
        p.born, p.age = date(2026 - a, rng.randint(1, 12), rng.randint(1, 28)), a
        p.mobile = self.mobile()
        p.home = self.landline() if rng.random() < 0.4 else None
        p.pref = rng.choice(PREFS)
        p.city = rng.choice(CITIES[p.pref])
        p.street = (f"{fk.town()}{rng.randint(1, 5)}丁目{rng.randint(1, 30)}番"
                    f"{rng.randint(1, 20)}号")
        p.postal = f"{rng.randint(180, 259)}-{rng.randint(0, 9999):04d}"
        p.email = f"{fk.user_name()}{rng.randint(1, 99)}@{rng.choice(MAIL_DOMAINS)}"
        p.bank = rng.choice(BANKS)[0]
        p.branch = f"{rng.choice(BRANCHES)}支店"
        p.acct = f"{rng.randint(1000000, 9999999)}"
        k = rng.sample(range(len(DISEASES)), rng.choice([1, 1, 2]))
        p.dis, p.med = [DISEASES[i][0] for i in k], [DISEASES[i][1] for i in k]
        self.people.append(p)
        return p

    # ---- truth
    def t(self, path: str, category: str, value: str, p: Person | None,
          neutral: bool = False) -> None:
        """gen.py's T(): every record counted (a mail's boundary and Message-ID number them)."""
        self.calls += 1
        self.truth.add(path, category, value, p.id if p else None, neutral)

    def names(self, path: str, p: Person, kana: bool = True, dob: bool = True) -> None:
        """gen.py's name_rows(): the name, the kana and the birth date."""
        self.t(path, "person_name", p.full, p)
        if kana:
            self.t(path, "person_name", p.full_kana, p)
        if dob:
            self.t(path, "date_of_birth", p.born.isoformat(), p)

    def ills(self, path: str, p: Person) -> None:
        """Someone's diseases, then their medicines."""
        for word in p.dis + p.med:
            self.t(path, "sensitive", word, p)

    def write_truth(self, outdir: Path) -> None:
        self.truth.write(outdir, len(self.truth.people()), meta_last=True)

    # ---- files
    def save(self, rel: str, document: Any, when: datetime) -> None:
        """gen.py's save_wb() / save_doc(): signed smo and dated `when`, re-zipped with no
        modes, core.xml's modified date 1 October."""
        sign(document, "smo", "smo", when)
        if hasattr(document, "core_properties"):
            document.core_properties.last_modified_by = "smo"
        self.share.save(rel, document, core=CORE)


def populate(seed: int, share: Share) -> Site:
    """The two companies' 法人番号, the subjects, applicants, 代諾者, CRCs, doctors and CRAs."""
    share.keep_modes, share.keep_created = False, True
    h = Site.seeded(seed, share, Truth(form="full", by_neutral=False), seed, seed)
    rng = h.rng
    h.sponsor_cn, h.own_cn = h.corp(), h.corp()
    h.subj_a = [h.person("subject") for _ in range(38)]
    h.subj_b = [h.person("subject") for _ in range(30)]
    h.subj_old = [h.person("subject") for _ in range(14)]
    h.applicants = [h.person("applicant", age=(20, 70)) for _ in range(18)]
    h.both = rng.sample(h.subj_a, 6) + rng.sample(h.subj_b, 4)
    for s in h.subj_a:
        s.study = STUDIES[0]
    for s in h.subj_b:
        s.study = rng.choice(STUDIES[1:])
    for s in h.subj_old:
        s.study = OLD_STUDY
    for s in rng.sample(h.subjects, 7):
        g = h.person("guardian", age=(40, 75))
        if rng.random() < 0.7:
            g.last = s.last
        if g.last == s.last:
            g.last_kana = s.last_kana
        g.rel = rng.choice(["長男", "長女", "妻", "夫", "次男"])
        s.guardian = g
        h.guardians.append(g)
    h.crcs = [h.person("crc", age=(25, 55)) for _ in range(7)]
    for i, c in enumerate(h.crcs):
        c.uid = f"crc{i + 1:02d}"
        c.work, c.ip = f"{c.uid}@smo-sakura.co.jp", f"10.20.1.{11 + i}"
    h.doctors = [h.person("doctor", age=(40, 65)) for _ in range(3)]
    h.cras = [h.person("cra", age=(28, 50)) for _ in range(2)]
    for i, c in enumerate(h.cras):
        c.work, c.uid = f"{CRA_MAILS[i]}@orion-pharma.co.jp", f"orion_cra{i + 1}"
        c.ip = ".".join(str(rng.randint(*span)) for span in ((100, 210), *[(1, 250)] * 3))
    for i, s in enumerate(h.subj_a):
        s.code = f"{STUDIES[0][0][:3]}-{101 + i:03d}"
    for i, s in enumerate(h.subj_b):
        s.code = f"{s.study[0][:3]}-{201 + i:03d}"
    for i, s in enumerate(h.subj_old):
        s.code = f"DEF-{301 + i:03d}"
    return h
