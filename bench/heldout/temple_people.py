"""Who the temple's share is about: 62 檀家 heads and their families, the 過去帳's 40 dead (never
a living person), three staff, the 葬儀社's two people, a 石材店, a doctor and ten web visitors;
drawn from one random stream and one seeded Faker in gen.py's order.

The truth keeps gen.py's records: one a (path, category, value, person), the first as it was
added; the people count after them.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from .identifiers import corporate_number, luhn_number, my_number
from .japanese import FULL_WIDTH, HYPHENS, wareki, wareki_short
from .share import Population, Share, fresh_name
from .truth import Truth, normalize

STAMP = datetime(2024, 4, 1, 9, 0, 0)  # every office member's date and core date (FIXED)
SUR = [("佐藤", "サトウ"), ("鈴木", "スズキ"), ("高橋", "タカハシ"), ("田中", "タナカ"),
       ("渡辺", "ワタナベ"), ("伊藤", "イトウ"), ("山本", "ヤマモト"), ("中村", "ナカムラ"),
       ("小林", "コバヤシ"), ("加藤", "カトウ"), ("吉田", "ヨシダ"), ("山田", "ヤマダ"),
       ("佐々木", "ササキ"), ("山口", "ヤマグチ"), ("松本", "マツモト"), ("井上", "イノウエ"),
       ("木村", "キムラ"), ("林", "ハヤシ"), ("清水", "シミズ"), ("山崎", "ヤマザキ"),
       ("森", "モリ"), ("池田", "イケダ"), ("橋本", "ハシモト"), ("阿部", "アベ"),
       ("石川", "イシカワ"), ("前田", "マエダ"), ("藤田", "フジタ"), ("小川", "オガワ"),
       ("岡田", "オカダ"), ("後藤", "ゴトウ"), ("長谷川", "ハセガワ"), ("村上", "ムラカミ"),
       ("近藤", "コンドウ"), ("石井", "イシイ"), ("坂本", "サカモト"), ("遠藤", "エンドウ"),
       ("青木", "アオキ"), ("藤井", "フジイ"), ("西村", "ニシムラ"), ("福田", "フクダ"),
       ("太田", "オオタ"), ("三浦", "ミウラ"), ("岡本", "オカモト"), ("松田", "マツダ"),
       ("中川", "ナカガワ"), ("中野", "ナカノ"), ("原田", "ハラダ"), ("小野", "オノ"),
       ("田村", "タムラ"), ("竹内", "タケウチ"), ("金子", "カネコ"), ("和田", "ワダ"),
       ("中山", "ナカヤマ"), ("石田", "イシダ"), ("上田", "ウエダ"), ("森田", "モリタ"),
       ("原", "ハラ"), ("柴田", "シバタ"), ("酒井", "サカイ"), ("工藤", "クドウ"),
       ("横山", "ヨコヤマ"), ("宮崎", "ミヤザキ"), ("宮本", "ミヤモト"), ("内田", "ウチダ"),
       ("高木", "タカギ"), ("安藤", "アンドウ"), ("谷口", "タニグチ"), ("大野", "オオノ"),
       ("丸山", "マルヤマ"), ("今井", "イマイ"), ("河野", "コウノ"), ("藤原", "フジワラ"),
       ("小島", "コジマ"), ("村田", "ムラタ"), ("武田", "タケダ")]
GIVEN = {"M": [("健一", "ケンイチ"), ("茂", "シゲル"), ("博", "ヒロシ"), ("清", "キヨシ"),
               ("勇", "イサム"), ("誠", "マコト"), ("実", "ミノル"), ("正雄", "マサオ"),
               ("和夫", "カズオ"), ("隆", "タカシ"), ("進", "ススム"), ("修", "オサム"),
               ("浩二", "コウジ"), ("達也", "タツヤ"), ("哲也", "テツヤ"), ("大輔", "ダイスケ"),
               ("翔太", "ショウタ"), ("健太", "ケンタ"), ("拓也", "タクヤ"), ("義男", "ヨシオ"),
               ("昭", "アキラ"), ("秀樹", "ヒデキ"), ("信之", "ノブユキ"), ("一郎", "イチロウ"),
               ("光男", "ミツオ"), ("勝", "マサル"), ("豊", "ユタカ"), ("晴彦", "ハルヒコ")],
         "F": [("幸子", "サチコ"), ("和子", "カズコ"), ("洋子", "ヨウコ"), ("節子", "セツコ"),
               ("恵子", "ケイコ"), ("京子", "キョウコ"), ("美智子", "ミチコ"), ("久美子", "クミコ"),
               ("由美子", "ユミコ"), ("裕子", "ユウコ"), ("直美", "ナオミ"), ("真由美", "マユミ"),
               ("智子", "トモコ"), ("明美", "アケミ"), ("陽子", "ヨウコ"), ("千代", "チヨ"),
               ("トシ子", "トシコ"), ("文子", "フミコ"), ("美穂", "ミホ"), ("愛", "アイ"),
               ("さくら", "サクラ"), ("舞", "マイ"), ("花子", "ハナコ"), ("恵美", "エミ"),
               ("静江", "シズエ"), ("好子", "ヨシコ")]}
LOCAL = [("埼玉県", ["川越市", "さいたま市浦和区", "所沢市", "狭山市", "入間市", "坂戸市",
                    "ふじみ野市"]),
         ("東京都", ["練馬区", "板橋区", "杉並区", "八王子市"]),
         ("神奈川県", ["横浜市青葉区", "相模原市中央区"])]
SECTS = ["浄土真宗本願寺派", "浄土真宗本願寺派", "浄土真宗本願寺派", "浄土宗", "真言宗豊山派",
         "曹洞宗", "日蓮宗", "天台宗"]
TEMPLE = dict(name="宗教法人 慈光山 浄念寺", short="浄念寺", addr="埼玉県川越市大字笠幡1234番地",
              zip="350-1175", tel="0492310456", fax="0492310457",
              mail="office@jonenji-kawagoe.or.jp", sect="浄土真宗本願寺派")
FUNERAL = dict(co="株式会社 さくら典礼", tel="0492456789", addr="埼玉県川越市脇田本町15-3")
BANK_T = "埼玉りそな銀行 川越支店 普通 1234567"
HY = ["-", "-", "-", *HYPHENS]  # what gen.py joins a phone with: "-" or a look-alike
KANJI = "浄光慈明照雲香真願徳信妙蓮華清寿恵智覚善"
RELATIONS = {("M", "M"): ["長男", "次男", "父"], ("M", "F"): ["妻", "長女", "母"],
             ("F", "M"): ["夫", "長男", "次男"], ("F", "F"): ["長女", "次女", "母"]}
_KANA = ("アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモ"
         "ヤユヨラリルレロワンガギグゲゴザジズゼゾダヂヅデドバビブベボパピプペポャュョ")
_ROMAN = ("a i u e o ka ki ku ke ko sa shi su se so ta chi tsu te to na ni nu ne no ha hi fu he "
          "ho ma mi mu me mo ya yu yo ra ri ru re ro wa n ga gi gu ge go za ji zu ze zo da ji zu "
          "de do ba bi bu be bo pa pi pu pe po ya yu yo")
_ROMA = dict(zip(_KANA, _ROMAN.split(" "), strict=True))


@dataclass(eq=False)
class Home:
    """An address as gen.py kept it: the prefecture, the rest, the 〒."""

    pref: str
    rest: str
    zip: str


@dataclass(eq=False)
class Person:
    """A living person; a 檀家 head also has a number, a sect and a family."""

    id: str
    sur: str
    sk: str
    given: str
    gk: str
    sex: str
    dob: date
    addr: Home
    tel: str
    mail: str | None = None
    sect: str = ""
    no: str = ""
    fam: list[Person] = field(default_factory=list)
    rel: str = ""
    role: str = ""
    mn: str = ""
    acct: str = ""
    bank: str = ""
    workmail: str = ""
    succ: Person | None = None
    ip: str = ""

    @property
    def name(self) -> str:
        """The name as the truth has it, no space."""
        return self.sur + self.given

    @property
    def kana(self) -> str:
        """The kana, no space."""
        return self.sk + self.gk


@dataclass(eq=False)
class Dead:
    """A 過去帳 entry: a 法名 and the 檀家 head who holds the 法要."""

    name: str
    sur: str
    given: str
    sex: str
    homyo: str
    died: date
    born: date
    age: int
    head: Person


def roma(kana: str) -> str:
    """gen.py's crude romanization for mail ids (ッ and ー dropped)."""
    return "".join(_ROMA.get(c, "") for c in kana)


def wareki_style(d: date, style: int) -> str:
    """gen.py's 和暦 styles: 0 令和6年4月1日, 1 R6.4.1, 2 R6/4/1, 3 令和６年０４月０１日
    (full-width, month and day padded)."""
    if style == 0:
        return wareki(d)
    if style in (1, 2):
        return wareki_short(d, padded=False).replace(".", "/" if style == 2 else ".")
    return f"{wareki(d, gannen=False).split('年')[0]}年{d.month:02d}月{d.day:02d}日".translate(
        FULL_WIDTH)


@dataclass(eq=False)
class Temple(Population):
    """The temple's people and output; `added` counts every truth record gen.py appended, the
    repeats too (its Message-IDs and boundary name that count)."""

    people: dict[str, Person] = field(default_factory=dict)
    used: set[tuple[str, str]] = field(default_factory=set)
    corp: str = ""
    funeral_corp: str = ""
    danka: list[Person] = field(default_factory=list)
    dead: list[Dead] = field(default_factory=list)
    staff: list[Person] = field(default_factory=list)
    visitors: list[Person] = field(default_factory=list)
    others: dict[str, Person] = field(default_factory=dict)
    plots: dict[str, str] = field(default_factory=dict)
    transfers: list[Person] = field(default_factory=list)
    added: int = 0
    seen: set[tuple] = field(default_factory=set)

    def rdate(self, y1: int, y2: int) -> date:
        """gen.py's day: 1 January of y1 plus up to (y2 - y1) * 365 days."""
        return date(y1, 1, 1) + timedelta(days=self.rng.randint(0, (y2 - y1) * 365))

    def mobile(self) -> str:
        """A mobile's 11 digits (090, 080 or 070)."""
        return self.rng.choice(["090", "080", "070"]) + f"{self.rng.randint(10000000, 99999999)}"

    def phone(self, p: str, style: int | None = None) -> str:
        """A phone as written: a style 0-6 drawn where not given (3-4-4 for a mobile)."""
        rng = self.rng
        style = style if style is not None else rng.randint(0, 6)
        mob = p.startswith("0") and p[1] in "789"
        a, b, c = (p[:3], p[3:7], p[7:]) if mob else (p[:3], p[3:6], p[6:])
        if style == 1:
            return f"{a}-{b}-{c}".translate(FULL_WIDTH)
        if style == 2:
            h = rng.choice(HY)
            return f"{a}{h}{b}{h}{c}"
        if style == 3:
            return p
        if style == 4:
            return f"({a}){b}-{c}"
        if style == 5:
            return f"+81 {a[1:]}-{b}-{c}"
        return f"{a}-{b}-{c}"

    def home(self) -> Home:
        """An address, mostly in 埼玉, 東京 or 神奈川; a building drawn whether used or not."""
        rng, fk = self.rng, self.faker
        pr, cities = rng.choice(LOCAL) if rng.random() < .85 else (fk.prefecture(), [fk.city()])
        rest = rng.choice(cities) + fk.town()
        if rng.random() < .3:
            rest += f"{rng.randint(1, 5)}丁目{rng.randint(1, 30)}番{rng.randint(1, 20)}号"
        else:
            rest += f"{rng.randint(1, 5)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}"
        bld = f" {fk.building_name()}{rng.randint(1, 9)}0{rng.randint(1, 5)}"
        rest += rng.choice(["", "", "", bld])
        zipc = (f"{rng.randint(330, 369)}-{rng.randint(0, 9999):04d}" if pr == "埼玉県"
                else fk.zipcode())
        return Home(pr, rest, zipc)

    def person(self, sur: tuple[str, str] | None = None, sex: str = "",
               by: tuple[int, int] = (1935, 1990)) -> Person:
        """Someone new, their name pair fresh, a 049 landline for three in ten."""
        rng = self.rng
        s, sx, g = fresh_name(rng, self.used, SUR, GIVEN, last=sur, sex=sex, tries=500)
        dob, home = self.rdate(*by), self.home()
        tel = (self.mobile() if rng.random() < .7
               else "049" + f"{rng.randint(200, 299)}{rng.randint(1000, 9999)}")
        p = Person(f"P{len(self.people) + 1:03d}", s[0], s[1], g[0], g[1], sx, dob, home, tel)
        self.people[p.id] = p
        return p

    def add(self, path: str, cat: str, val: str, pid: str | None, neutral: bool = False) -> None:
        """A truth record unless one of the same path, category, value and person came first."""
        self.added += 1
        key = (path, cat, normalize(cat, val), pid)
        if key not in self.seen:
            self.seen.add(key)
            self.truth.add(path, cat, val, pid, neutral)

    def name(self, path: str, p: Person | Dead, s: str = "", neutral: bool = False) -> None:
        """A name in `path`: a dead person's always neutral and nobody's."""
        if isinstance(p, Dead):
            self.add(path, "person_name", s or p.name, None, True)
        else:
            self.add(path, "person_name", s or p.name, p.id, neutral)

    def record(self, path: str, p: Person, *fields: str, pref: bool = True) -> None:
        """`p`'s fields in `path`, in the order given: name, kana, dob, zip, addr, tel, mail,
        sect (the address with the prefecture where pref)."""
        values = {"name": ("person_name", p.name), "kana": ("person_name", p.kana),
                  "dob": ("date_of_birth", p.dob.isoformat()), "zip": ("postal_code", p.addr.zip),
                  "addr": ("address", addr_str(p, pref)), "tel": ("phone_number", p.tel),
                  "mail": ("email_address", p.mail or ""), "sect": ("sensitive", p.sect)}
        for f in fields:
            self.add(path, *values[f], p.id)

    def temple(self, path: str, tel: bool = True, addr: bool = True, corp: bool = False) -> None:
        """The temple's own phone, address and 法人番号 in `path`: neutral."""
        if tel:
            self.add(path, "phone_number", TEMPLE["tel"], None, True)
        if addr:
            self.add(path, "address", TEMPLE["addr"], None, True)
        if corp:
            self.add(path, "corporate_number", self.corp, None, True)

    def write_truth(self, outdir: Path) -> None:
        """truth.jsonl as gen.py wrote it: the records, then the living people they expose."""
        self.truth.write(outdir, len(self.truth.people()), meta_last=True)

    @property
    def jushoku(self) -> Person:
        """The 住職 (代表役員)."""
        return self.staff[0]

    @property
    def fuku(self) -> Person:
        """The 副住職, the 住職's son."""
        return self.staff[1]

    @property
    def jimu(self) -> Person:
        """The 事務員, who signs the office's mails."""
        return self.staff[2]


def addr_str(p: Person, with_pref: bool = True, with_zip: bool = False) -> str:
    """`p`'s address: the prefecture where with_pref, 〒 first where with_zip."""
    s = (p.addr.pref if with_pref else "") + p.addr.rest
    return (f"〒{p.addr.zip} " if with_zip else "") + s


def nfkc(text: str) -> str:
    """NFKC, as gen.py wrote some kana columns (it leaves full-width kana as they are)."""
    return unicodedata.normalize("NFKC", text)


def mynumber(t: Temple) -> str:
    """gen.py's 個人番号: 11 digits, the first drawn again from 1-9, and the check digit."""
    return my_number(t.rng, nonzero_lead=True)


def luhn(t: Temple, prefix: str, length: int) -> str:
    """A Luhn-valid look-alike (plot, receipt, transaction number) from the temple's stream."""
    return luhn_number(t.rng, prefix, length)


def _danka(t: Temple) -> None:
    """The 62 heads with their sect, number, mail and family, then the romanized mail ids."""
    rng = t.rng
    for i in range(62):
        h = t.person(by=(1938, 1975))
        h.sect = rng.choice(SECTS) if rng.random() < .3 else TEMPLE["sect"]
        h.no = f"D{1000 + i * 7 + rng.randint(0, 6):04d}"
        if rng.random() < .35:
            h.mail = f"{h.sk.lower()}{rng.randint(1, 99)}@" + rng.choice(
                ["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp", "nifty.com"])
        for _ in range(rng.choice([0, 0, 1, 1, 1, 2])):
            f = t.person(sur=(h.sur, h.sk), by=(1940, 2005))
            f.addr, f.tel = h.addr, t.mobile()
            f.rel = rng.choice(RELATIONS[(h.sex, f.sex)])
            h.fam.append(f)
        t.danka.append(h)
    for h in t.danka:
        if h.mail:
            h.mail = (roma(h.sk) + "." + roma(h.gk)[:3] + str(rng.randint(1, 99)) + "@"
                      + h.mail.split("@")[1])
    for h in t.danka:
        for f in h.fam:
            if rng.random() < .3:
                f.mail = roma(f.gk) + str(rng.randint(10, 99)) + "@" + rng.choice(
                    ["gmail.com", "icloud.com", "softbank.ne.jp"])


def populate(seed: int, share: Share) -> Any:
    """The temple's 法人番号, the 檀家, the dead, staff, 葬儀社, 石材店, doctor and visitors,
    as gen.py drew them."""
    share.keep_modes, share.member_mode = False, 0o644
    t = Temple.seeded(seed, share, Truth(form="full"), seed, seed)
    rng = t.rng
    t.corp = corporate_number(rng)
    _danka(t)
    for h in rng.sample(t.danka, 40):
        s, sx, g = fresh_name(rng, t.used, SUR, GIVEN, last=(h.sur, h.sk), tries=500)
        dd, bd = t.rdate(2010, 2024), t.rdate(1925, 1950)
        hm = ("釋" if sx == "M" else "釋尼") + rng.choice(KANJI) + rng.choice(KANJI)
        t.dead.append(Dead(s[0] + g[0], s[0], g[0], sx, hm, dd, bd, dd.year - bd.year, h))
    for role, sx, by in [("住職", "M", (1955, 1965)), ("副住職", "M", (1985, 1992)),
                         ("事務員", "F", (1970, 1985))]:
        sur = ((t.staff[0].sur, t.staff[0].sk) if role == "副住職"
               else ("大谷", "オオタニ") if role == "住職" else None)
        s = t.person(sur=sur, sex=sx, by=by)
        s.role, s.mn = role, mynumber(t)
        s.acct = f"{rng.randint(1000000, 9999999)}"
        s.bank = rng.choice(["武蔵野銀行 川越支店", "JAいるま野 笠幡支店", "ゆうちょ銀行 〇一八店"])
        s.workmail = {"住職": "jushoku", "副住職": "fuku", "事務員": "jimu"}[role]
        s.workmail += "@jonenji-kawagoe.or.jp"
        t.staff.append(s)
    t.funeral_corp = corporate_number(rng)
    for key, by in [("fc", (1970, 1985)), ("fc2", (1980, 1995)), ("stone", (1960, 1980)),
                    ("doctor", (1960, 1975))]:
        t.others[key] = t.person(by=by)
    for key in ("fc", "fc2"):
        t.others[key].workmail = roma(t.others[key].sk) + "@sakura-tenrei.co.jp"
    t.others["stone"].workmail = "info@ishi-yamato.jp"
    for _ in range(10):
        v = t.person(by=(1950, 1985))
        v.mail = (roma(v.sk) + roma(v.gk)[:2] + str(rng.randint(1, 999)) + "@"
                  + rng.choice(["gmail.com", "yahoo.co.jp", "outlook.jp"]))
        t.visitors.append(v)
    return t


def save_office(t: Temple, rel: str, doc: Any) -> None:
    """A workbook or document saved as gen.py did: its core dates (a document's author and
    revision too) set to the stamp, then re-zipped."""
    if hasattr(doc, "core_properties"):
        cp = doc.core_properties
        cp.created = cp.modified = cp.last_printed = STAMP
        cp.author, cp.revision = "浄念寺", 1
    else:
        doc.properties.created = doc.properties.modified = STAMP
    t.share.save(rel, doc)
