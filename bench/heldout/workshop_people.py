"""Who the welfare workshop's share is about: 40 users, a relative each for the first 30, 12
staff, five counsellors at three 相談支援 offices, a hospital's PSW, a doctor, 16 former users
and seven visitors, then a former user's mother known only from a memo; drawn from one random
stream and one Faker in gen.py's order, so the same seed names the same people.

The truth keeps gen.py's values (names and addresses without spaces, an address's look-alike
hyphens between digits as "-", a birth date's ISO form), one record a (path, category, value,
person) with its neutral flag, in the order written, the people count (those some file really
exposes) after them.
"""

from __future__ import annotations

import sys
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime
from email.utils import format_datetime
from typing import Any

from .identifiers import corporate_number, my_number
from .japanese import wareki, wareki_short
from .share import Extras, Named, Population, Share, mail_bytes
from .truth import Truth, plain_hyphens, squeeze

STAMP = datetime(2024, 10, 31, 9, 0, 0)  # the containers' members and core.xml dates
SIGNER = "hidamari"
MAIL_HOST = "mail.hidamari-npo.or.jp"
CITIES = [("埼玉県", "川越市", "350"), ("埼玉県", "狭山市", "350"), ("埼玉県", "入間市", "358"),
          ("埼玉県", "所沢市", "359"), ("埼玉県", "飯能市", "357"), ("埼玉県", "日高市", "350")]
DIS = [("精神障害", "精神障害者保健福祉手帳", ["1級", "2級", "3級"],
        ["統合失調症", "うつ病", "双極性障害", "発達障害（ASD）"]),
       ("知的障害", "療育手帳", ["A", "B", "A1", "B2"],
        ["知的障害（軽度）", "知的障害（中度）", "ダウン症候群"]),
       ("身体障害", "身体障害者手帳", ["2級", "3級", "4級"],
        ["脳性麻痺", "右片麻痺（脳梗塞後遺症）", "聴覚障害"])]
MEDS = {"統合失調症": ["リスペリドン", "エビリファイ"], "うつ病": ["レクサプロ", "サインバルタ"],
        "双極性障害": ["リーマス", "ラミクタール"],
        "発達障害（ASD）": ["インチュニブ", "コンサータ"],
        "知的障害（軽度）": ["デパケン"], "知的障害（中度）": ["デパケン", "リスパダール"],
        "ダウン症候群": ["チラーヂン"], "脳性麻痺": ["ダントリウム"],
        "右片麻痺（脳梗塞後遺症）": ["バイアスピリン"], "聴覚障害": []}
BANKS = [("武蔵野銀行", "0133"), ("埼玉りそな銀行", "0017"), ("ゆうちょ銀行", "9900"),
         ("飯能信用金庫", "1251"), ("青木信用金庫", "1250")]
REL = ["母", "父", "姉", "兄", "妻", "夫", "叔母"]
QUALS = ["サービス管理責任者", "社会福祉士", "精神保健福祉士", "介護福祉士", "職業指導員",
         "生活支援員", "製菓衛生師", "看護師"]
CONS_OFF = ["相談支援センターさやま", "かわごえ相談支援事業所あおば",
            "入間市障害者相談支援センター"]
CONS_DOMAINS = ["sayama-soudan", "aoba-kawagoe", "iruma-shien"]
REASONS = ["一般就労（食品工場）", "就労移行支援へ移行", "入院のため", "転居", "ご本人の希望",
           "グループホーム入居に伴い他事業所へ"]
VISIT_DIS = ["精神障害（うつ病）", "発達障害", "知的障害", "高次脳機能障害", "統合失調症"]
HY = ["-", "-", "-", "ー", "－", "‐", "―", "−"]  # what hy() draws for "-"
NPO_NAME = "特定非営利活動法人 ひだまりワークス"
OFFICE = "就労継続支援B型事業所 ひだまり工房"
NPO_ADDR, NPO_ZIP = "埼玉県狭山市入間川3-12-8", "350-1305"
NPO_TEL, NPO_FAX = "04-2955-3410", "04-2955-3411"
JIGYOSHO, NPO_MAIL = "1152100387", "info@hidamari-npo.or.jp"
COMP_NAMES = ["株式会社さやまフーズ", "有限会社入間ベーカリー資材", "川越精工株式会社",
              "社会福祉法人 みどり会", "株式会社ところざわ物産"]


def era(day: date, style: int) -> str:
    """gen.py's wareki(): 0 令和6年1月2日, 1 R6.1.2, 2 R06.01.02, 3 令和06年01月02日, 4 R6/1/2."""
    if style == 0:
        return wareki(day, gannen=False)
    if style == 3:
        return wareki(day, padded=True)
    if style == 2:
        return wareki_short(day)
    short = wareki_short(day, padded=False)
    return short if style == 1 else short.replace(".", "/")


def kokuho_date(day: date) -> str:
    """国保連's date: the era's code (5 令和, 4 平成, 3 昭和) and yymmdd in it."""
    short = wareki_short(day)
    return {"R": "5", "H": "4", "S": "3"}[short[0]] + short[1:].replace(".", "")


@dataclass(eq=False)
class Addr:
    """gen.py's mk_addr() dict: the town, 丁目-番-号, a building two times in ten, the 〒."""

    pref: str
    city: str
    town: str
    num: str
    bld: str
    zip: str

    def text(self, pref: bool = True, h: str = "-", bld: bool = True) -> str:
        """gen.py's addr_str()."""
        return ((self.pref if pref else "") + self.city + self.town + self.num.replace("-", h)
                + (self.bld if bld else ""))


@dataclass(eq=False)
class Person(Extras, Named):
    """Anyone in the share, with what gen.py's person() and its role's loop gave them."""

    born: date = date(1900, 1, 1)
    addr: Addr = field(default=None)  # type: ignore[assignment]
    tel: str = ""
    ext: dict[str, Any] = field(default_factory=dict)

    @property
    def full(self) -> str:
        return self.name("")

    @property
    def spaced(self) -> str:
        return self.name(" ")


@dataclass(eq=False)
class Workshop(Population):
    """The seed's people, and what several files share."""

    count: int = 0
    users: list[Person] = field(default_factory=list)
    fam: dict[str, Person] = field(default_factory=dict)
    staff: list[Person] = field(default_factory=list)
    couns: list[Person] = field(default_factory=list)
    former: list[Person] = field(default_factory=list)
    visit: list[Person] = field(default_factory=list)
    psw: Person = field(init=False)
    doc: Person = field(init=False)
    corp: str = ""
    comp: list[dict[str, str]] = field(default_factory=list)  # the dump's trading partners

    @property
    def sabikan(self) -> Person:
        return self.staff[0]

    @property
    def riji(self) -> Person:
        return self.staff[11]

    # ---- draws as gen.py made them
    def address(self) -> Addr:
        rng, fk = self.rng, self.faker
        pref, city, z = rng.choice(CITIES)
        town = fk.town()
        c, b, g = rng.randint(1, 6), rng.randint(1, 30), rng.randint(1, 25)
        bld = ""
        if rng.random() < 0.3:
            bld = f" {fk.building_name()}{rng.randint(1, 3)}0{rng.randint(1, 5)}"
        zipcode = z + "-" + "".join(str(rng.randint(0, 9)) for _ in range(4))
        return Addr(pref, city, town, f"{c}-{b}-{g}", bld, zipcode)

    def mobile(self) -> str:
        rng = self.rng
        return (rng.choice(["090", "080", "070"])
                + f"-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}")

    def land(self) -> str:
        return f"04-{self.rng.randint(2900, 2999)}-{self.rng.randint(1000, 9999)}"

    def person(self, role: str, sex: str = "", sei: tuple[str, str] | None = None,
               age: tuple[int, int] = (20, 65), addr: Addr | None = None) -> Person:
        """gen.py's person(): a surname (unless given), a sex (unless given), a given name, a
        birth date, a home (unless shared) and a mobile three times in four, else a landline."""
        rng, fk = self.rng, self.faker
        self.count += 1
        if sei is None:
            sei = fk.last_name_pair()
        sex = sex or rng.choice("MF")
        mei = fk.first_name_male_pair() if sex == "M" else fk.first_name_female_pair()
        y = 2024 - rng.randint(*age)
        born = date(y, rng.randint(1, 12), rng.randint(1, 28))
        p = Person(f"P{self.count:03d}", role, sex, sei[0], mei[0], sei[1], mei[1], born)
        p.addr = addr or self.address()
        p.tel = self.mobile() if rng.random() < 0.75 else self.land()
        return p

    def hy(self, text: str) -> str:
        """gen.py's hy(): "-" as a hyphen drawn (three times in eight kept)."""
        return text.replace("-", self.rng.choice(HY))

    # ---- truth
    def rec(self, path: str, category: str, value: str | date, pid: str | None,
            neutral: bool = False) -> None:
        """gen.py's T(): a date as ISO, names squeezed, an address's hyphens plain, numbers
        their digits, a mail lower-case, anything else NFKC."""
        if isinstance(value, date):
            value = value.isoformat()
        normal: str | None = None
        if category == "address":
            normal = plain_hyphens(squeeze(value))
        elif category == "date_of_birth":
            normal = value
        elif category not in ("person_name", "email_address", "phone_number", "postal_code",
                              "my_number", "corporate_number", "bank_account",
                              "basic_pension_number"):
            normal = unicodedata.normalize("NFKC", value)
        self.truth.add(path, category, value, pid, neutral, normal=normal)

    def tn(self, path: str, p: Person) -> None:
        """gen.py's tn(): the full name."""
        self.rec(path, "person_name", p.full, p.id)

    def tk(self, path: str, p: Person) -> None:
        """gen.py's tk(): the kana reading, neutral."""
        self.rec(path, "person_name", p.kana(""), p.id, True)

    def ident(self, path: str, p: Person, shown: str) -> None:
        """A ledger row's name and reading, birth date, 〒, address (as `shown`) and phone."""
        self.tn(path, p)
        self.tk(path, p)
        self.rec(path, "date_of_birth", p.born, p.id)
        self.rec(path, "postal_code", p.addr.zip, p.id)
        self.rec(path, "address", shown, p.id)
        self.rec(path, "phone_number", p.tel, p.id)

    def tsei(self, path: str, p: Person) -> None:
        """gen.py's tsei(): the surname alone, neutral."""
        self.rec(path, "person_name", p.last, p.id, True)

    def sens(self, path: str, p: Person, *values: str) -> None:
        for value in values:
            self.rec(path, "sensitive", value, p.id)

    def write_truth(self, outdir: Any) -> None:
        self.truth.write(outdir, len(self.truth.people()), meta_last=True)

    # ---- files
    def save(self, rel: str, document: Any) -> None:
        """gen.py's save_wb() / save_doc(): signed and re-zipped, every date STAMP."""
        if hasattr(document, "core_properties"):
            props = document.core_properties
            props.author = props.last_modified_by = SIGNER
            props.revision = 1
        else:
            props = document.properties
            props.creator = props.lastModifiedBy = SIGNER
        props.created = props.modified = STAMP
        self.share.save(rel, document)

    def mail(self, rel: str, frm: str, to: str, subject: str, body: str, when: datetime,
             attach: tuple[str, bytes] | None = None) -> None:
        """gen.py's eml(): policy.SMTP, a Message-ID of the path's length and a number drawn,
        and a multipart's boundary drawn from the same stream (email's own draw)."""
        mid = f"<{len(rel)}{self.rng.randint(10**6, 10**7)}@{MAIL_HOST}>"
        boundary = f"{'=' * 15}{self.rng.randrange(sys.maxsize):019d}==" if attach else ""
        stamp = format_datetime(when)
        self.share.write(rel, mail_bytes(
            frm, to, subject, stamp, body,
            [(attach[0], attach[1], "text", "csv")] if attach else [], mid,
            boundary=boundary, linesep="\r\n", smtp=True))


def populate(seed: int, share: Share) -> Workshop:
    """The users (disabilities, 受給者証, accounts), their relatives, the staff (My Numbers,
    pensions), the counsellors, the PSW, the doctor, the former users, the visitors and the
    法人番号."""
    share.keep_modes = False
    h = Workshop.seeded(seed, share, Truth(form="full", by_neutral=False), seed, seed)
    rng = h.rng
    for _ in range(40):
        u = h.person("user", age=(19, 62))
        d = rng.choice(DIS)
        u.ext.update(dis=d[0], techo=d[1], grade=rng.choice(d[2]), diag=rng.choice(d[3]))
        u.ext["meds"] = MEDS.get(u.diag, [])
        u.ext["kubun"] = f"区分{rng.randint(1, 5)}" if rng.random() < 0.8 else "非該当"
        u.ext["jukyu"] = f"{rng.choice(['11', '12'])}{rng.randint(10000000, 99999999)}"
        u.ext["bank"] = rng.choice(BANKS)
        u.ext["branch"] = f"{rng.randint(1, 399):03d}"
        u.ext["acct"] = f"{rng.randint(1000000, 9999999)}"
        u.ext["start"] = date(rng.randint(2015, 2024), rng.randint(1, 12), 1)
        u.ext["transport"] = rng.random() < 0.5
        h.users.append(u)
    for u in h.users[:30]:
        r = rng.choice(REL)
        same = r in ("母", "父", "兄", "姉")
        home = u.addr if same and rng.random() < 0.7 else None
        f = h.person("family", sex="F" if r in ("母", "姉", "妻", "叔母") else "M",
                     sei=(u.last, u.last_kana) if r != "叔母" else None,
                     age=(45, 85) if r in ("母", "父", "叔母") else (25, 60), addr=home)
        f.ext["rel"] = r
        h.fam[u.id] = f
    for i in range(12):
        s = h.person("staff", age=(24, 66))
        s.ext["qual"] = QUALS[i] if i < len(QUALS) else rng.choice(QUALS[3:])
        s.ext["mn"] = my_number(rng, zero_lead="draw")
        s.ext["pension"] = f"{rng.randint(1000, 9999)}-{rng.randint(100000, 999999)}"
        s.ext["empno"] = f"S{i + 1:03d}"
        s.ext["mail"] = f"staff{i + 1:02d}@hidamari-npo.or.jp"
        h.staff.append(s)
    for i in range(5):
        c = h.person("counsellor", age=(30, 60))
        c.ext["office"] = CONS_OFF[i % 3]
        c.ext["otel"] = h.land()
        c.ext["mail"] = f"soudan{i + 1}@{CONS_DOMAINS[i % 3]}.jp"
        h.couns.append(c)
    for u in h.users:
        u.ext["counsellor"] = rng.choice(h.couns)
    h.psw = h.person("psw", age=(30, 55))
    h.psw.ext.update(hosp="医療法人社団 緑風会 さやま台病院", otel="04-2958-7711",
                     mail="psw-renkei@sayamadai-hp.or.jp")
    h.doc = h.person("doctor", age=(40, 70))
    h.doc.ext["hosp"] = "入間こころのクリニック"
    for _ in range(16):
        fm = h.person("former", age=(22, 70))
        d = rng.choice(DIS)
        fm.ext["dis"] = d[0]
        fm.ext["grade"] = d[1] + rng.choice(d[2])
        fm.ext["jukyu"] = f"11{rng.randint(10000000, 99999999)}"
        fm.ext["end"] = date(rng.randint(2016, 2019), rng.randint(1, 12), rng.randint(1, 28))
        fm.ext["reason"] = rng.choice(REASONS)
        h.former.append(fm)
    for _ in range(7):
        v = h.person("visitor", age=(18, 50))
        user = rng.choice(["mika", "taku", "yu", "sora", "haru", "kei", "nao"])
        number = rng.randint(10, 9999)
        host = rng.choice(["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp"])
        v.ext["mail"] = f"{user}{number}@{host}"
        v.ext["dis"] = rng.choice(VISIT_DIS)
        h.visit.append(v)
    h.corp = corporate_number(rng, nonzero_lead=True)
    return h
