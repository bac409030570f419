"""Who the neighbourhood association's share is about: 48 households in eight 班 (heads,
spouses, children), the officers and 班長 among the heads, two heads who died this summer,
the 民生委員, the 地域包括 and 市役所 staff, the first 喪主, three households since moved away
and the 要支援者's emergency contacts; drawn from one random stream and one Faker in gen.py's
order, so the same seed names the same people.

The truth keeps gen.py's values (names and addresses without spaces, a birth date's ISO form,
a card expiry as 2029-05), one record a (path, category, value, person) whoever first wrote
it, the dead under a D id and neutral, and the people count (anyone a record exposes) after
the records.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from .identifiers import digits
from .japanese import FULL_WIDTH, HYPHENS, fphone, wareki, wareki_short
from .share import Named, Population, Share, lines_pdf, mail_bytes
from .truth import Truth, normalize

STAMP = datetime(2024, 10, 1, 9, 0, 0)  # every office container member's date
CORE = datetime(2024, 4, 1)  # docProps/core.xml's created and modified
TODAY = date(2024, 10, 1)
PREF, CITY, TOWN = "埼玉県", "川越市", "霞ケ丘"
ZIP = "350-1137"
HAN = 8
ROLES = ["会長", "副会長", "副会長", "会計", "書記", "防災部長", "環境部長", "監事"]
KIDS = ("長男", "長女", "次男", "次女")
NEUTRAL_PHONES = {"kominkan": "0492345601", "city": "0492241111", "fire": "0492221234",
                  "hokatsu": "0492357788", "sogi": "0492465500"}
KOMINKAN_ADDR = f"{PREF}{CITY}{TOWN}2丁目1番1号"
CITY_ADDR = f"{PREF}{CITY}元町1丁目3番地1"
_STYLES = ["h", "h", "h", "odd", "fw", "plain", "paren"]  # gen.py's fphone() styles
_FORMS = {"h": "hy", "fw": "zen", "plain": "none", "paren": "paren"}
_ROMAN = ["kasumi", "sakura", "hana", "taro", "jiro", "yuki", "sora", "mame", "neko", "pochi",
          "momo", "kaze"]  # gen.py's lkana_rom(): a word, not the name's reading
_RAW = frozenset({"phone_number", "postal_code", "my_number", "credit_card_number",
                  "bank_account", "corporate_number", "card_security_code", "email_address",
                  "person_name", "address"})  # the categories gen.py's T() normalized


def era(day: date, style: str = "kanji") -> str:
    """gen.py's wareki(): kanji 令和6年10月1日 (元年), fw (its digits full-width), dot R6.10.1,
    slash R6/10/1, year R6."""
    if style in ("kanji", "fw"):
        text = wareki(day)
        return text.translate(FULL_WIDTH) if style == "fw" else text
    short = wareki_short(day, padded=False)
    return {"dot": short, "slash": short.replace(".", "/"), "year": short.split(".")[0]}[style]


@dataclass(eq=False)
class Household:
    """A 班's household: its 番 and 号, building (name, room), kind, landline and members."""

    han: int
    ban: int
    go: int
    bld: tuple[str, str] | None
    kind: str
    members: list[tuple[Person, str]] = field(default_factory=list)
    tel: str | None = None

    @property
    def head(self) -> Person:
        return self.members[0][0]


@dataclass(eq=False)
class Person(Named):
    """Anyone in the share, with what gen.py gave them (role: an officer's post)."""

    born: date = date(1900, 1, 1)
    mobile: str | None = None
    email: str | None = None
    hh: Household | None = None
    dead: bool = False
    death: date | None = None
    kaigo: str = ""
    shogai: str = ""
    byoki: str = ""
    ec: tuple[Person, str, str] | None = None
    helpers: list[Person] = field(default_factory=list)

    @property
    def alive(self) -> bool:
        return not self.dead

    @property
    def pid(self) -> str:
        """The truth's person: the dead's id begins with D."""
        return self.id if self.alive else "D" + self.id[1:]


@dataclass(eq=False)
class Association(Population):
    """The seed's households and people, and what several files share."""

    households: list[Household] = field(default_factory=list)
    used: set[tuple[str, str]] = field(default_factory=set)
    count: int = 0
    off: dict[str, list[Person]] = field(default_factory=dict)
    hancho: dict[int, Person] = field(default_factory=dict)
    dead: list[Person] = field(default_factory=list)
    support: list[Person] = field(default_factory=list)
    moved: list[dict] = field(default_factory=list)
    ext: dict[str, Any] = field(default_factory=dict)  # minsei, hokatsu, city, moshu, B, ...

    @property
    def heads(self) -> list[Person]:
        return [h.head for h in self.households]

    def o(self, role: str) -> Person:
        return self.off[role][0]

    # ---- draws as gen.py made them
    def rdate(self, y0: int, y1: int) -> date:
        rng = self.rng
        return date(rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))

    def person(self, sex: str | None = None, last: tuple[str, str] | None = None,
               born: date | None = None, mobile: bool = True, email: bool = False) -> Person:
        """gen.py's new_person(): last (kanji, kana) or Faker's, a fresh given name."""
        rng, fk = self.rng, self.faker
        self.count += 1
        pid = f"P{self.count:03d}"
        if last is None:
            last = fk.last_name_pair()[:2]
        if sex is None:
            sex = rng.choice("MF")
        while True:
            first = (fk.first_name_male_pair() if sex == "M" else fk.first_name_female_pair())
            if (last[0], first[0]) not in self.used:
                break
        self.used.add((last[0], first[0]))
        p = Person(pid, "", sex, last[0], first[0], last[1], first[1],
                   born=born or self.rdate(1950, 1990))
        if mobile:
            p.mobile = "0" + rng.choice("789") + "0" + digits(rng, 8)
        if email:
            dom = rng.choice(["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp",
                              "icloud.com", "softbank.ne.jp"])
            p.email = (f"{rng.choice(['k', 'h', 'y', 'm', 't', 's'])}{rng.choice(['.', '_', ''])}"
                       f"{rng.choice(_ROMAN)}"
                       f"{rng.randint(1, 99)}@{dom}")
        return p

    def nm(self, p: Person, sp: str | None = None) -> str:
        """gen.py's nm(): a space, a 全角 space or none drawn where not given."""
        return p.name(self.rng.choice([" ", "\u3000", ""]) if sp is None else sp)

    def phone(self, num: str, style: str | None = None) -> str:
        """gen.py's fphone(): a style drawn where not given (odd: a look-alike hyphen drawn)."""
        style = self.rng.choice(_STYLES) if style is None else style
        return fphone(num, self.rng.choice(HYPHENS) if style == "odd" else _FORMS[style])

    def addr(self, h: Household, style: str) -> str:
        """gen.py's addr(): short 霞ケ丘2-5-14, hy (a hyphen drawn), fw, city, full."""
        if style in ("full", "city"):
            b = f"{TOWN}2丁目{h.ban}番{h.go}号"
        else:
            b = f"{TOWN}2-{h.ban}-{h.go}"
        if style == "hy":
            hh = self.rng.choice(["-", "-", "-", *HYPHENS])
            b = f"{TOWN}2{hh}{h.ban}{hh}{h.go}"
        if style == "fw":
            b = f"{TOWN}２丁目{h.ban}番{h.go}号".translate(FULL_WIDTH)
        if h.bld:
            b += ((" " if self.rng.random() < 0.6 else "") + f"{h.bld[0]}{h.bld[1]}"
                  + ("号室" if style == "full" else ""))
        if style == "city":
            b = CITY + b
        return PREF + CITY + b if style == "full" else b

    # ---- truth
    def t(self, path: str, category: str, value: str, pid: str | None = None,
          neutral: bool = False) -> None:
        """gen.py's T(): only its normalized categories normalized, the rest kept raw."""
        normal = None if category in _RAW else value
        self.truth.add(path, category, value, pid, neutral, normal=normal)

    def tp(self, path: str, p: Person, category: str, value: str) -> None:
        """gen.py's Tp(): the dead neutral."""
        self.t(path, category, value, p.pid, p.dead)

    def name(self, path: str, *people: Person) -> None:
        """gen.py's Tp(path, p, 'person_name', nm(p)): each name's space drawn, then dropped."""
        for p in people:
            self.tp(path, p, "person_name", self.nm(p))

    def reach(self, path: str, p: Person, *tels: str | None) -> None:
        """Each phone given (where there is one), then the mail address (where p has one)."""
        for tel in tels:
            if tel:
                self.tp(path, p, "phone_number", tel)
        if p.email:
            self.tp(path, p, "email_address", p.email)

    def tk(self, path: str, p: Person) -> None:
        """A kana reading, neutral."""
        self.t(path, "person_name", p.last_kana + p.first_kana, p.pid, True)

    def surname(self, path: str, p: Person) -> None:
        """A surname alone, neutral."""
        self.t(path, "person_name", p.last, p.id, True)

    def write_truth(self, outdir: Path) -> None:
        self.truth.write(outdir, len(self.truth.people()), meta_last=True)

    # ---- files
    def save(self, rel: str, document: Any) -> None:
        """gen.py's fix_zip(): members dated STAMP with no mode, core dates 1 April."""
        self.share.save(rel, document, CORE)

    def pdf(self, rel: str, lines: list[str]) -> None:
        """gen.py's pdf(): 10.5-point lines at x 50 from y 800 down by 1.7 lines."""
        self.share.write(rel, lines_pdf(lines, 10.5, 50, 10.5 * 1.7))

    def mail(self, rel: str, frm: str, to: str, subject: str, body: str, when: str,
             atts: list[tuple[str, bytes, str, str]] | None = None) -> None:
        """gen.py's eml() (policy.SMTP): a Message-ID from the subject's length and the seed; an
        attachment's boundary drawn from the one stream, as email's generator drew it."""
        mid = f"<{len(subject) * 7919}.{self.seed}@kasumi2.local>"
        boundary = f"{'=' * 15}{self.rng.randrange(sys.maxsize):019d}==" if atts else ""
        self.share.write(rel, mail_bytes(frm, to, subject, when, body, atts or [], mid,
                                         boundary=boundary, linesep="\r\n", smtp=True))


def mailaddr(p: Person) -> str:
    return f"{p.name(' ')} <{p.email}>"


def fold(text: str) -> str:
    """A value as gen.py's T() compared it: NFKC, no white space."""
    return normalize("address", text)


def _household(a: Association, han: int) -> Household:
    rng = a.rng
    kind = rng.choices(["family", "couple_old", "single_old", "single", "family3"],
                       [4, 3, 2, 1, 2])[0]
    ban, go = rng.randint(1, 30), rng.randint(1, 25)
    bld = None
    if rng.random() < 0.3:
        bld = (rng.choice(["コーポ霞", "グリーンハイツ", "メゾン桜", "サンライズ霞ケ丘"]),
               f"{rng.randint(1, 3)}0{rng.randint(1, 5)}")
    h = Household(han, ban, go, bld, kind)
    if rng.random() < 0.7:
        h.tel = "049" + str(rng.randint(2, 2)) + digits(rng, 6)
    if kind == "single_old":
        born = a.rdate(1928, 1943)
        h.members = [(a.person(born=born, mobile=rng.random() < 0.4), "本人")]
    elif kind == "couple_old":
        head = a.person(sex="M", born=a.rdate(1934, 1950), mobile=rng.random() < 0.6)
        sp = a.person(sex="F", last=(head.last, head.last_kana), born=a.rdate(1936, 1952),
                      mobile=False)
        h.members = [(head, "本人"), (sp, "妻")]
    elif kind == "single":
        h.members = [(a.person(born=a.rdate(1975, 1998), email=True), "本人")]
    else:
        born = a.rdate(1962, 1988)
        head = a.person(sex="M", born=born, email=rng.random() < 0.7)
        born = a.rdate(1964, 1990)
        sp = a.person(sex="F", last=(head.last, head.last_kana), born=born,
                      mobile=rng.random() < 0.5)
        h.members = [(head, "本人"), (sp, "妻")]
        for c in range(1 if kind == "family" else 2):
            s = rng.choice("MF")
            ch = a.person(sex=s, last=(head.last, head.last_kana),
                          born=a.rdate(max(head.born.year + 24, 1995), 2018), mobile=False)
            rel = ("長男" if c == 0 else "次男") if s == "M" else ("長女" if c == 0 else "次女")
            h.members.append((ch, rel))
    return h


def _support(a: Association, p: Person) -> None:
    """A 要支援者's care level, disability, illness, emergency contact and two helpers."""
    rng = a.rng
    if p.hh.kind in ("single_old", "couple_old"):
        p.kaigo = rng.choice(["要支援1", "要支援2", "要介護1", "要介護2", "要介護3", "なし"])
        p.shogai = rng.choice(["", "", "身体障害者手帳2級（下肢）", "視覚障害", "聴覚障害"])
        p.byoki = rng.choice(["心不全", "在宅酸素療法", "認知症", "糖尿病（インスリン）",
                              "人工透析", "パーキンソン病"])
        ec = a.person(last=(p.last, p.last_kana), born=a.rdate(1960, 1975))
        p.ec = (ec, rng.choice(list(KIDS)),
                rng.choice(["東京都練馬区", "さいたま市浦和区", "東京都板橋区", "所沢市"]))
    else:
        p.kaigo = "なし"
        p.shogai = rng.choice(["療育手帳A", "精神障害者保健福祉手帳2級",
                               "身体障害者手帳1級（肢体不自由）"])
        p.byoki = rng.choice(["てんかん", "自閉症スペクトラム", "脳性まひ"])
    p.helpers = [h.head for h in a.households
                 if h.han == p.hh.han and h.head is not p and not h.head.dead][:2]
    for hp in p.helpers:
        if not hp.mobile:
            hp.mobile = "090" + digits(rng, 8)


def populate(seed: int, share: Share) -> Association:
    """The households, the dead, the officers and 班長, outsiders, the moved and 要支援者."""
    share.keep_modes = False
    a = Association.seeded(seed, share, Truth(form="full"), seed, seed)
    rng = a.rng
    for han in range(1, HAN + 1):
        for _ in range(6):
            a.households.append(_household(a, han))
    for h in a.households:
        for p, _ in h.members:
            p.hh = h
    old_singles = [h for h in a.households if h.kind == "single_old"]
    old_couples = [h for h in a.households if h.kind == "couple_old"]
    a.dead = [old_singles[0].head, old_couples[0].head]
    for d in a.dead:
        d.dead = True
        d.death = date(2024, rng.choice([7, 8, 9]), rng.randint(1, 25))
    alive = [p for p in a.heads if p.alive and p.born.year > 1938]
    rng.shuffle(alive)
    for r, p in zip(ROLES, alive, strict=False):
        a.off.setdefault(r, []).append(p)
        p.role = r
        if not p.mobile:
            p.mobile = "090" + digits(rng, 8)
        if not p.email:
            p.email = (f"{rng.choice(['kasumi', 'k2', 'chonai'])}.{p.id.lower()}"
                       f"@{rng.choice(['gmail.com', 'yahoo.co.jp', 'nifty.com'])}")
    for han in range(1, HAN + 1):
        cands = [h.head for h in a.households if h.han == han and h.head.alive and not h.head.role]
        a.hancho[han] = cands[0]
        if not cands[0].mobile:
            cands[0].mobile = "080" + digits(rng, 8)
    a.ext["minsei"] = a.person(sex="F", born=a.rdate(1950, 1960), email=True)
    a.ext["hokatsu"] = a.person(sex="F", mobile=False)
    a.ext["city"] = a.person(sex="M", mobile=False)
    dd = a.dead[0]
    a.ext["moshu"] = a.person(sex="M", last=(dd.last, dd.last_kana), born=a.rdate(1955, 1970))
    for _ in range(3):
        p = a.person(born=a.rdate(1950, 1985))
        a.moved.append({"p": p, "han": rng.randint(1, 8), "ban": rng.randint(1, 30),
                        "go": rng.randint(1, 25), "tel": "0492" + digits(rng, 6)})
    a.support = [h.head for h in old_singles] + [h.members[0][0] for h in old_couples[1:4]]
    a.support += [p for h in a.households if h.kind in ("family", "family3")
                  for p, r in h.members if r in KIDS][:2]
    for p in a.support:
        _support(a, p)
    return a
