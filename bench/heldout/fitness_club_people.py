"""Who the fitness club's share is about: 88 members (a third with a condition, a few
pregnant), 14 emergency contacts, twelve staff, ten trial inquirers, four client companies'
contacts, a doctor and two vendors; the writers add four new corporate members, four staff
dependants and twelve old members. All drawn from one random stream and one Faker in gen.py's
order, so the same seed names the same people.

The truth keeps each value as gen.py's emit wrote it: names, addresses and mails normalized,
the digit categories as digits, everything else (a card's expiry, a condition in full-width
brackets) as written; its people count comes last.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from .identifiers import brand_card, card_groups, corporate_number, luhn_number, my_number
from .japanese import FULL_WIDTH, fphone, wareki, wareki_short
from .share import Population, Resident, Share, Street, fresh_name
from .truth import Truth, normalize

CLUB = "フィットネスクラブ・アクティブワン"
DOMAIN = "active-one.co.jp"
BRANCHES = [("新宿", "SJ"), ("川崎", "KW"), ("吉祥寺", "KJ")]
CLUB_TEL = {"新宿": "0353210781", "川崎": "0442110934", "吉祥寺": "0422270455"}
HY = ["-", "-", "-", "ー", "－", "‐", "―", "−"]

SUR = [("佐藤", "サトウ", "sato"), ("鈴木", "スズキ", "suzuki"), ("高橋", "タカハシ", "takahashi"),
       ("田中", "タナカ", "tanaka"), ("伊藤", "イトウ", "ito"), ("渡辺", "ワタナベ", "watanabe"),
       ("山本", "ヤマモト", "yamamoto"), ("中村", "ナカムラ", "nakamura"),
       ("小林", "コバヤシ", "kobayashi"), ("加藤", "カトウ", "kato"),
       ("吉田", "ヨシダ", "yoshida"), ("山田", "ヤマダ", "yamada"), ("佐々木", "ササキ", "sasaki"),
       ("山口", "ヤマグチ", "yamaguchi"), ("松本", "マツモト", "matsumoto"),
       ("井上", "イノウエ", "inoue"), ("木村", "キムラ", "kimura"), ("林", "ハヤシ", "hayashi"),
       ("斎藤", "サイトウ", "saito"), ("清水", "シミズ", "shimizu"),
       ("山崎", "ヤマザキ", "yamazaki"), ("森", "モリ", "mori"), ("池田", "イケダ", "ikeda"),
       ("橋本", "ハシモト", "hashimoto"), ("阿部", "アベ", "abe"),
       ("石川", "イシカワ", "ishikawa"), ("前田", "マエダ", "maeda"), ("藤田", "フジタ", "fujita"),
       ("小川", "オガワ", "ogawa"), ("岡田", "オカダ", "okada"), ("後藤", "ゴトウ", "goto"),
       ("長谷川", "ハセガワ", "hasegawa"), ("村上", "ムラカミ", "murakami"),
       ("近藤", "コンドウ", "kondo"), ("石井", "イシイ", "ishii"),
       ("坂本", "サカモト", "sakamoto"), ("遠藤", "エンドウ", "endo"), ("青木", "アオキ", "aoki"),
       ("藤井", "フジイ", "fujii"), ("西村", "ニシムラ", "nishimura"),
       ("福田", "フクダ", "fukuda"), ("太田", "オオタ", "ota"), ("三浦", "ミウラ", "miura"),
       ("藤原", "フジワラ", "fujiwara"), ("岡本", "オカモト", "okamoto"),
       ("松田", "マツダ", "matsuda"), ("中川", "ナカガワ", "nakagawa"),
       ("原田", "ハラダ", "harada"), ("小野", "オノ", "ono"), ("竹内", "タケウチ", "takeuchi"),
       ("金子", "カネコ", "kaneko"), ("和田", "ワダ", "wada"), ("中野", "ナカノ", "nakano"),
       ("原", "ハラ", "hara"), ("野口", "ノグチ", "noguchi"), ("菅原", "スガワラ", "sugawara"),
       ("武田", "タケダ", "takeda"), ("上田", "ウエダ", "ueda"), ("杉山", "スギヤマ", "sugiyama"),
       ("千葉", "チバ", "chiba")]
GIVEN = {"M": [("翔太", "ショウタ", "shota"), ("大輔", "ダイスケ", "daisuke"),
               ("健太", "ケンタ", "kenta"),
               ("拓也", "タクヤ", "takuya"), ("直樹", "ナオキ", "naoki"),
               ("和也", "カズヤ", "kazuya"), ("誠", "マコト", "makoto"),
               ("浩二", "コウジ", "koji"), ("剛", "ツヨシ", "tsuyoshi"),
               ("隆", "タカシ", "takashi"), ("亮", "リョウ", "ryo"), ("悠斗", "ユウト", "yuto"),
               ("蓮", "レン", "ren"), ("陽介", "ヨウスケ", "yosuke"), ("修", "オサム", "osamu"),
               ("博之", "ヒロユキ", "hiroyuki"), ("達也", "タツヤ", "tatsuya"),
               ("雄一", "ユウイチ", "yuichi"), ("智也", "トモヤ", "tomoya"),
               ("優太", "ユウタ", "yuta"), ("正人", "マサト", "masato"),
               ("昌平", "ショウヘイ", "shohei"), ("賢治", "ケンジ", "kenji"),
               ("勇気", "ユウキ", "yuki")],
         "F": [("美咲", "ミサキ", "misaki"), ("陽子", "ヨウコ", "yoko"), ("由美", "ユミ", "yumi"),
               ("恵", "メグミ", "megumi"), ("真由美", "マユミ", "mayumi"), ("愛", "アイ", "ai"),
               ("彩", "アヤ", "aya"), ("舞", "マイ", "mai"), ("さくら", "サクラ", "sakura"),
               ("優子", "ユウコ", "yuko"), ("裕子", "ユウコ", "yuko"), ("麻衣", "マイ", "mai"),
               ("直美", "ナオミ", "naomi"), ("京子", "キョウコ", "kyoko"),
               ("香織", "カオリ", "kaori"), ("奈々", "ナナ", "nana"),
               ("千尋", "チヒロ", "chihiro"), ("結衣", "ユイ", "yui"), ("明美", "アケミ", "akemi"),
               ("智子", "トモコ", "tomoko"), ("里美", "サトミ", "satomi"),
               ("紀子", "ノリコ", "noriko"), ("久美子", "クミコ", "kumiko"),
               ("彩花", "アヤカ", "ayaka")]}
MAIL_DOMAINS = ["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp", "icloud.com",
                "softbank.ne.jp", "outlook.jp", "nifty.com"]
BANKS = [("三菱UFJ銀行", "0005"), ("三井住友銀行", "0009"), ("みずほ銀行", "0001"),
         ("りそな銀行", "0010"), ("ゆうちょ銀行", "9900"), ("横浜銀行", "0138"),
         ("千葉銀行", "0134"), ("城南信用金庫", "1344")]
BANK_BRANCHES = ["新宿", "渋谷", "池袋", "品川", "川崎", "横浜駅前", "町田", "立川", "大宮", "船橋",
                 "吉祥寺", "蒲田"]
CITIES = {"東京都": ["世田谷区", "杉並区", "練馬区", "大田区", "品川区", "目黒区", "中野区",
                    "渋谷区", "調布市", "三鷹市"],
          "神奈川県": ["川崎市中原区", "川崎市高津区", "横浜市港北区", "横浜市青葉区"],
          "埼玉県": ["さいたま市浦和区", "川口市", "所沢市"],
          "千葉県": ["市川市", "船橋市", "浦安市"]}
MTYPES = ["レギュラー", "レギュラー", "レギュラー", "デイタイム", "ナイト", "24H", "24H", "法人",
          "学生"]
CONDITIONS = ["高血圧", "糖尿病", "喘息", "腰椎椎間板ヘルニア", "心臓病（不整脈）", "高脂血症",
              "膝関節症", "てんかん", "うつ病", "甲状腺機能低下症"]
MEDS = {"高血圧": "降圧剤（アムロジピン）", "糖尿病": "メトホルミン", "喘息": "吸入ステロイド",
        "心臓病（不整脈）": "抗不整脈薬", "高脂血症": "スタチン", "てんかん": "抗てんかん薬",
        "うつ病": "抗うつ薬", "甲状腺機能低下症": "チラーヂン"}
ROLES = ["店長"] * 3 + ["トレーナー"] * 4 + ["フロント"] * 4 + ["本部経理"]
COMPANIES = {"株式会社ミナト精機": "minato-seiki.co.jp", "東和システム株式会社": "towa-sys.jp",
             "株式会社さくら物流": "sakura-logi.co.jp",
             "日進ケミカル株式会社": "nisshin-chem.co.jp"}
# the categories gen.py's emit normalized; every other value is kept as written
NORMALIZED = {"person_name", "address", "email_address", "phone_number", "postal_code",
              "my_number", "corporate_number", "credit_card_number", "bank_account",
              "basic_pension_number", "card_security_code"}


def zen(text: str) -> str:
    """Digits and hyphens full-width."""
    return text.translate(FULL_WIDTH)


def phone(number: str, style: str = "h", hy: str = "-") -> str:
    """gen.py's fmt_phone: h (parts joined by `hy`), p (paren), n (digits), i (+81), z (h in
    full-width digits)."""
    text = fphone(number, {"p": "paren", "n": "none", "i": "intl"}.get(style, hy))
    return zen(text) if style == "z" else text


def jdate(day: date, style: str) -> str:
    """gen.py's fmt_date and wareki: iso, slash, jp (2024年10月1日), k (令和6年10月1日), a
    (R6.10.1), s (R6/10/1)."""
    if style in ("iso", "slash", "jp"):
        return {"iso": day.isoformat(), "slash": day.strftime("%Y/%m/%d"),
                "jp": f"{day.year}年{day.month}月{day.day}日"}[style]
    if style == "k":
        return wareki(day)
    short = wareki_short(day, padded=False)
    return short.replace(".", "/") if style == "s" else short


def card(number: str, style: str) -> str:
    """gen.py's card_fmt: plain, or in groups (an Amex's always spaced; else sp or hy)."""
    if style == "plain":
        return number
    return card_groups(number, " " if style == "sp" or len(number) == 15 else "-")


@dataclass(eq=False)
class Address(Street):
    """A home with its building (half of them) and 〒."""

    bld: str = ""
    zip: str = ""

    def line(self, style: str = "full", pref: bool = True) -> str:
        """gen.py's addr_str: full (1丁目2番3号), hy (1-2-3) or zen (１－２－３), the building
        after a space."""
        if style == "hy":
            text = self.dashed(pref)
        else:
            text = self.banchi() if style == "full" else (
                f"{self.pref}{self.city}{self.town}{zen(str(self.c))}－{zen(str(self.b))}－"
                f"{zen(str(self.g))}")
            text = text if pref else text[len(self.pref):]
        return text + (" " + self.bld if self.bld else "")

    def postal(self, mark: str = "") -> str:
        """〒 as 123-4567, after `mark` (〒)."""
        return f"{mark}{self.zip[:3]}-{self.zip[3:]}"


@dataclass(eq=False)
class Person(Resident):
    """A member, staff member, family member, trial inquirer, contact, doctor or vendor; a
    member's and a staff member's records where drawn."""

    addr: Address | None = None
    branch: str = ""
    mno: str = ""
    mtype: str = ""
    join: date | None = None
    card_id: str = ""
    bank: tuple[str, str] = ("", "")
    bbr: str = ""
    bbrno: str = ""
    acct: str = ""
    pay: str = ""
    cond: str | None = None
    preg: bool = False
    emerg: Person | None = None
    rel: str = ""
    job: str = ""
    work: str = ""
    eno: str = ""
    mn: str = ""
    pen: str = ""
    corp: Company | None = None
    cmail: str = ""
    cc: str = ""
    exp: str = ""


@dataclass(eq=False)
class Company:
    """A client company: its 法人番号, main line, address, contact and mail domain."""

    name: str
    num: str
    tel: str
    addr: str
    contact: Person
    dom: str


@dataclass(eq=False)
class Club(Population):
    """The seed's people and output; the writers share it."""

    members: list[Person] = field(default_factory=list)
    staff: list[Person] = field(default_factory=list)
    trials: list[Person] = field(default_factory=list)
    companies: list[Company] = field(default_factory=list)
    others: dict[str, Person] = field(default_factory=dict)  # doctor, vendor, vendor2
    used_names: set[tuple[str, str]] = field(default_factory=set)
    used_mail: set[str] = field(default_factory=set)
    used_phone: set[str] = field(default_factory=lambda: set(CLUB_TEL.values()))
    count: int = 0

    def t(self, path: str, category: str, value: str, who: Person | None = None,
          neutral: bool = False) -> None:
        """A truth record, normalized as gen.py's emit did (see the module doc)."""
        normal = normalize(category, value) if category in NORMALIZED else value
        self.truth.add(path, category, value, who.id if who else None, neutral, normal=normal)

    def write_truth(self, outdir: Path) -> None:
        """truth.jsonl: the records in order, then the people count."""
        self.truth.write(outdir, len(self.truth.people()), meta_last=True)

    def save(self, rel: str, document: Any) -> None:
        """An openpyxl Workbook (honbu's) or python-docx Document (frontpc's), dated as
        gen.py's xlsx_save, docx_save and fix_zip did: core.xml 1 October, the members the
        share's stamp, with no file mode (keep_modes off)."""
        stamp = datetime(2024, 10, 1)
        if hasattr(document, "core_properties"):
            props = document.core_properties
            props.created = props.modified = stamp
            props.last_modified_by = props.author = "frontpc"
        else:
            props = document.properties
            props.created = props.modified = stamp
            props.creator = props.lastModifiedBy = "honbu"
        self.share.save(rel, document, core=stamp)

    def mobile(self) -> str:
        rng = self.rng
        while True:
            number = rng.choice(["090", "080", "070"]) + f"{rng.randint(0, 99999999):08d}"
            if number not in self.used_phone and not number.endswith("0000"):
                self.used_phone.add(number)
                return number

    def landline(self) -> str:
        """A Tokyo (03) number no one has yet."""
        while True:
            number = "03" + f"{self.rng.randint(10000000, 99999999)}"
            if number not in self.used_phone:
                self.used_phone.add(number)
                return number

    def mail(self, last: tuple, first: tuple, year: int) -> str:
        rng = self.rng
        forms = [f"{first[2]}.{last[2]}", f"{last[2]}{first[2]}", f"{first[2]}{year % 100:02d}",
                 f"{last[2]}.{first[2][0]}{rng.randint(1, 999)}", f"{first[2]}_{last[2]}{year}"]
        while True:
            address = rng.choice(forms) + "@" + rng.choice(MAIL_DOMAINS)
            if address not in self.used_mail:
                self.used_mail.add(address)
                return address
            forms.append(f"{first[2]}{rng.randint(100, 9999)}")

    def address(self) -> Address:
        rng, faker = self.rng, self.faker
        pref = rng.choice(["東京都", "東京都", "東京都", "神奈川県", "埼玉県", "千葉県"])
        city = rng.choice(CITIES[pref])
        town = faker.town()
        c, b, g = rng.randint(1, 5), rng.randint(1, 30), rng.randint(1, 20)
        bld = ""
        if rng.random() < 0.5:
            bld = faker.building_name() + str(rng.choice([101, 102, 201, 203, 305, 402, 501]))
        return Address(pref, city, town, c, b, g, bld,
                       f"{rng.randint(100, 359):03d}{rng.randint(0, 9999):04d}")

    def person(self, role: str, years: tuple[int, int] = (1955, 2004)) -> Person:
        """Someone new: a fresh name, a birth date in `years`, a mobile, a mail, a home."""
        self.count += 1
        last, sex, first = fresh_name(self.rng, self.used_names, SUR, GIVEN, tries=10**9)
        born = self.between(date(years[0], 1, 1), date(years[1], 12, 31))
        mobile = self.mobile()
        email = self.mail(last, first, born.year)
        return Person(f"P{self.count:03d}", role, sex, last[0], first[0], last[1], first[1],
                      last[2], first[2], born, self.address(), mobile, email)

    def kin(self, role: str, of: Person, years: tuple[int, int]) -> Person:
        """A new person given `of`'s surname (after their own was drawn, as gen.py did)."""
        p = self.person(role, years)
        p.last, p.last_kana, p.last_roman = of.last, of.last_kana, of.last_roman
        return p

    def new_card(self) -> str:
        """gen.py's new_card (its Visa prefixes 4539, 4980, 4297, 4123)."""
        rng = self.rng
        kind = rng.choice(["visa", "visa", "master", "jcb", "jcb", "amex"])
        if kind == "visa":
            return luhn_number(rng, "4" + rng.choice(["539", "980", "297", "123"]), 16)
        return brand_card(rng, kind)


def populate(seed: int, share: Share) -> Club:
    """Members and their records, emergency contacts, staff, trial inquirers, client companies,
    the doctor and the vendors, as gen.py drew them."""
    share.keep_modes = False
    club = Club.seeded(seed, share, Truth(form="full"), seed, seed)
    rng = club.rng
    numbers: set[str] = set()
    for _ in range(88):
        p = club.person("member")
        p.branch, code = rng.choice(BRANCHES)
        while True:
            p.mno = f"{code}{rng.randint(100000, 999999)}"
            if p.mno not in numbers:
                numbers.add(p.mno)
                break
        p.mtype = rng.choice(MTYPES)
        p.join = max(club.between(date(2016, 1, 1), date(2024, 12, 31)), date(2016, 6, 1))
        p.card_id = f"{rng.randint(10**9, 10**10 - 1):010d}"
        p.bank, p.bbr = rng.choice(BANKS), rng.choice(BANK_BRANCHES)
        p.bbrno, p.acct = f"{rng.randint(1, 899):03d}", f"{rng.randint(1000000, 9999999)}"
        p.pay = rng.choice(["口座振替", "口座振替", "クレジット"])
        club.members.append(p)
    for p in club.members:
        p.cond = rng.choice(CONDITIONS) if rng.random() < 0.35 else None
        p.preg = p.sex == "F" and rng.random() < 0.08 and p.born.year > 1985
    for p in rng.sample(club.members, 14):
        e = club.kin("family", p, (1950, 2000))
        e.rel = rng.choice(["父", "夫", "兄", "配偶者"] if e.sex == "M"
                           else ["母", "妻", "姉", "配偶者"])
        p.emerg = e
    for i, role in enumerate(ROLES):
        s = club.person("staff", (1975, 2002))
        s.branch = BRANCHES[i % 3][0] if i < 11 else "本部"
        s.mn = my_number(rng, redraw=True)
        s.pen = f"{rng.randint(1000, 9999)}{rng.randint(100000, 999999)}"
        s.bank, s.bbr = rng.choice(BANKS), rng.choice(BANK_BRANCHES)
        s.acct = f"{rng.randint(1000000, 9999999)}"
        s.job, s.work, s.eno = role, f"{s.last_roman}.{s.first_roman[0]}@{DOMAIN}", f"E{1001 + i}"
        club.staff.append(s)
    club.trials = [club.person("trial", (1965, 2005)) for _ in range(10)]
    for name, dom in COMPANIES.items():
        num, tel = corporate_number(rng, nonzero_lead=True), club.landline()
        addr = club.address().line()
        contact = club.person("corp_contact", (1970, 1995))
        club.companies.append(Company(name, num, tel, addr, contact, dom))
    for i, m in enumerate(p for p in club.members if p.mtype == "法人"):
        m.corp = club.companies[i % 4]
        m.cmail = f"{m.first_roman[0]}-{m.last_roman}@{m.corp.dom}"
    for role in ("doctor", "vendor", "vendor2"):
        club.others[role] = club.person(role.rstrip("2"), (1960, 1980) if role == "doctor"
                                        else (1970, 1990))
    return club
