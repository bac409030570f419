"""Who the bone clinic's share is about: 86 patients (children with a guardian who is their
被保険者, some adults insured through a spouse, nine in traffic accidents with a 損保 adjuster),
six adjusters, three referred doctors and eight staff, then each patient's card; drawn from one
random stream in gen.py's order, so the same seed names the same people (no Faker: gen.py
seeded one and drew nothing from it).

The truth keeps gen.py's normal forms (a card expiry as written, 05/27), one record a (path,
category, value): the first expected one, else the last neutral one, where the first stood; the
people count (those some expected record names) after the records.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from .identifiers import card_number, corporate_number, digits, my_number
from .japanese import FULL_WIDTH, fphone, wareki_short
from .share import Named, Population, Share, fresh_name
from .truth import Truth

STAMP = datetime(2024, 11, 5, 9, 30, 0)  # every zip member's date (gen.py's FIXED)
FILED = datetime(2024, 11, 1, 9, 0, 0)  # the office files' docProps/core.xml dates
_SEI = """
佐藤:サトウ:sato 鈴木:スズキ:suzuki 高橋:タカハシ:takahashi 田中:タナカ:tanaka
伊藤:イトウ:ito 渡辺:ワタナベ:watanabe 山本:ヤマモト:yamamoto 中村:ナカムラ:nakamura
小林:コバヤシ:kobayashi 加藤:カトウ:kato 吉田:ヨシダ:yoshida 山田:ヤマダ:yamada
佐々木:ササキ:sasaki 松本:マツモト:matsumoto 井上:イノウエ:inoue 木村:キムラ:kimura
清水:シミズ:shimizu 山崎:ヤマザキ:yamazaki 森:モリ:mori 阿部:アベ:abe 池田:イケダ:ikeda
橋本:ハシモト:hashimoto 石川:イシカワ:ishikawa 前田:マエダ:maeda 藤田:フジタ:fujita
小川:オガワ:ogawa 岡田:オカダ:okada 後藤:ゴトウ:goto 長谷川:ハセガワ:hasegawa
村上:ムラカミ:murakami 近藤:コンドウ:kondo 坂本:サカモト:sakamoto 遠藤:エンドウ:endo
青木:アオキ:aoki 藤井:フジイ:fujii 西村:ニシムラ:nishimura 福田:フクダ:fukuda
太田:オオタ:ota 三浦:ミウラ:miura 藤原:フジワラ:fujiwara 岡本:オカモト:okamoto
松田:マツダ:matsuda 中川:ナカガワ:nakagawa 原田:ハラダ:harada 小野:オノ:ono
竹内:タケウチ:takeuchi 金子:カネコ:kaneko 和田:ワダ:wada 中山:ナカヤマ:nakayama
石田:イシダ:ishida 上田:ウエダ:ueda 森田:モリタ:morita 柴田:シバタ:shibata 酒井:サカイ:sakai
工藤:クドウ:kudo 横山:ヨコヤマ:yokoyama 宮崎:ミヤザキ:miyazaki 宮本:ミヤモト:miyamoto
内田:ウチダ:uchida 高木:タカギ:takagi
"""
SEI = [tuple(e.split(":")) for e in _SEI.split()]  # (kanji, kana, romaji)
MEI = {sex: [tuple(e.split(":")) for e in names.split()] for sex, names in (
    ("M", """
翔太:ショウタ:shota 大輔:ダイスケ:daisuke 健一:ケンイチ:kenichi 拓也:タクヤ:takuya
誠:マコト:makoto 浩二:コウジ:koji 隆:タカシ:takashi 和也:カズヤ:kazuya 悠斗:ユウト:yuto
陽翔:ハルト:haruto 蓮:レン:ren 直樹:ナオキ:naoki 修:オサム:osamu 正雄:マサオ:masao
勇気:ユウキ:yuki 俊介:シュンスケ:shunsuke 昭夫:アキオ:akio 博之:ヒロユキ:hiroyuki
颯太:ソウタ:sota 達也:タツヤ:tatsuya
"""),
    ("F", """
美咲:ミサキ:misaki 陽子:ヨウコ:yoko 恵子:ケイコ:keiko 由美:ユミ:yumi さくら:サクラ:sakura
愛:アイ:ai 真由美:マユミ:mayumi 優子:ユウコ:yuko 結衣:ユイ:yui 陽菜:ヒナ:hina 芽依:メイ:mei
千尋:チヒロ:chihiro 久美子:クミコ:kumiko 幸子:サチコ:sachiko 智子:トモコ:tomoko
麻衣:マイ:mai 直美:ナオミ:naomi 明美:アケミ:akemi 彩:アヤ:aya 静香:シズカ:shizuka
"""),
)}
TOWNS = [("埼玉県", "川口市", "栄町", "332-0017"), ("埼玉県", "川口市", "西川口", "332-0021"),
         ("埼玉県", "川口市", "芝", "333-0866"), ("埼玉県", "蕨市", "中央", "335-0004"),
         ("埼玉県", "蕨市", "塚越", "335-0002"), ("埼玉県", "戸田市", "上戸田", "335-0022"),
         ("埼玉県", "さいたま市南区", "南浦和", "336-0017"),
         ("埼玉県", "さいたま市浦和区", "常盤", "330-0061"), ("東京都", "北区", "赤羽", "115-0045"),
         ("東京都", "板橋区", "舟渡", "174-0041"), ("埼玉県", "戸田市", "新曽", "335-0021"),
         ("埼玉県", "川口市", "青木", "332-0031")]
BLDG = ["", "", "", "コーポ栄", "メゾン西川口", "グランドハイツ", "レジデンス戸田", "サンハイム"]
MAIL_DOMAINS = ["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "icloud.com", "ezweb.ne.jp"]
INJ = ["右足関節捻挫", "左足関節捻挫", "腰部挫傷", "頸部捻挫", "右肩関節捻挫", "左膝関節捻挫",
       "右手関節捻挫", "背部挫傷", "左下腿部挫傷", "右大腿部挫傷", "頸部挫傷", "右母指MP関節捻挫"]
REAR_ENDED = "追突事故(信号待ち停車中に後方から追突)"
CAUSE = ["階段を踏み外して右足をひねった", "荷物を持ち上げた際に腰を痛めた",
         "部活動(サッカー)中に相手と接触", "自転車で転倒", "駅のホームで転倒",
         "庭の草むしり中に腰をひねった", "子供を抱き上げた際に痛めた",
         "バスケットボール練習中に着地失敗", REAR_ENDED, "ゴルフのスイング時に痛めた"]
KIOU = ["高血圧", "糖尿病", "喘息", "骨粗しょう症", "椎間板ヘルニア(H28手術)", "甲状腺機能低下症",
        "心筋梗塞(R2)", "関節リウマチ"]
DRUG = ["アムロジピン", "メトホルミン", "ロキソニン", "ワーファリン", "レボチロキシン", "リリカ",
        "プレドニゾロン"]
INSURERS = [("01110012", "全国健康保険協会 埼玉支部"), ("06139012", "〇〇製作所健康保険組合"),
            ("00110023", "川口市国民健康保険"), ("39112011", "埼玉県後期高齢者医療広域連合"),
            ("31130016", "東京都職員共済組合"), ("06270523", "△△商事健康保険組合")]
SONPO = [("あいおい安心損害保険株式会社", "03-5555-2101", "03-5555-2199", "aioi-anshin"),
         ("東洋海上火災保険株式会社", "0120-555-987", "03-6666-4400", "toyo-kaijo"),
         ("日本中央損保株式会社", "048-555-3300", "048-555-3301", "nchuo-sonpo")]
HOSPITALS = ["川口中央整形外科クリニック", "蕨さくら病院 整形外科", "戸田あおば整形外科"]
TITLES = ["院長", "分院長", "柔道整復師", "柔道整復師", "柔道整復師", "受付", "受付", "鍼灸師"]
BANKS = ["埼玉りそな銀行", "武蔵野銀行", "ゆうちょ銀行", "川口信用金庫"]
CLINIC_NAME, CLINIC_MAIL = "さかえ接骨院", "info@sekkotsu-sakae.jp"
TEL, FAX, TEL2 = "0482551234", "0482551235", "0484301122"
ADDR = "埼玉県川口市栄町3-8-12 栄ビル1F"
ADDR2 = "埼玉県蕨市中央2-5-7"
SUPPORT = "0120555123"  # the レセコン vendor's support line (neutral)
PHONE_STYLES = ["hy", "none", "zen", "ー", "paren", "intl", "‐"]


def nk(text: str) -> str:
    """gen.py's normal form of a name or address: NFKC, spaces (both widths) dropped."""
    return unicodedata.normalize("NFKC", text).replace(" ", "").replace("\u3000", "")


def fw(text: str) -> str:
    return text.translate(FULL_WIDTH)


def wareki(day: date, style: int = 0) -> str:
    """gen.py's date styles: 0 令和6年5月3日 (1 not 元), 1 R6.5.3, 2 R06/05/03, 3 style 0 with
    full-width digits, 4 2024/5/3, 5 ISO, else 2024年5月3日."""
    short = wareki_short(day, padded=False)
    era = {"R": "令和", "H": "平成", "S": "昭和"}[short[0]]
    kanji = f"{era}{short[1:].split('.')[0]}年{day.month}月{day.day}日"
    forms = [kanji, short, wareki_short(day).replace(".", "/"), fw(kanji),
             f"{day.year}/{day.month}/{day.day}", day.isoformat()]
    return forms[style] if style < len(forms) else f"{day.year}年{day.month}月{day.day}日"


@dataclass(eq=False)
class Person(Named):
    """Anyone in the share, with what gen.py drew for their role."""

    last_roman: str = ""
    first_roman: str = ""
    born: date = date(1900, 1, 1)
    pref: str = ""
    city: str = ""
    rest: str = ""  # town, 番地 and building
    pc: str = ""
    phone: str = ""
    email: str = ""
    branch: str = ""
    no: str = ""
    inj: str = ""
    cause: str = ""
    shoken: date = date(1900, 1, 1)
    hokensha: str = ""
    hoken_name: str = ""
    kigo: str = ""
    bango: str = ""
    honnin: str = "本人"
    insured: Person | None = None
    guardian: Person | None = None
    adj: Person | None = None
    claim: str = ""
    company: str = ""
    cotel: str = ""
    cofax: str = ""
    hosp: str = ""
    title: str = ""
    mynum: str = ""
    license: str = ""
    bank: str = ""
    work: str = ""
    card: str = ""
    exp: str = ""
    cvv: str = ""

    @property
    def age(self) -> int:
        return 2024 - self.born.year

    @property
    def full(self) -> str:
        return self.last + self.first

    def lives_with(self, other: Person) -> None:
        self.pref, self.city, self.rest, self.pc = other.pref, other.city, other.rest, other.pc


@dataclass(eq=False)
class Clinic(Population):
    """The seed's people and output."""

    patients: list[Person] = field(default_factory=list)
    jibai: list[Person] = field(default_factory=list)
    adjusters: list[Person] = field(default_factory=list)
    doctors: list[Person] = field(default_factory=list)
    staff: list[Person] = field(default_factory=list)
    corp: str = ""
    count: int = 0
    used: set[tuple[str, str]] = field(default_factory=set)

    @property
    def director(self) -> Person:
        return self.staff[0]

    def adults(self) -> list[Person]:
        return [p for p in self.patients if p.age >= 18]

    def branch(self, name: str) -> list[Person]:
        return [p for p in self.patients if p.branch == name]

    def newp(self, role: str, sex: str = "", age: int | None = None,
             family: Person | None = None) -> Person:
        """Someone new as gen.py's newp drew them (sex, age, a fresh name, birth date, home,
        mobile, mail); family: whose surname they take."""
        rng = self.rng
        sex = sex or rng.choice("MF")
        age = age if age is not None else rng.randint(20, 85)
        last = next(s for s in SEI if s[0] == family.last) if family else None
        s, _, m = fresh_name(rng, self.used, SEI, MEI, last=last, sex=sex)
        self.count += 1
        p = Person(f"P{self.count:03d}", role, sex, s[0], m[0], s[1], m[1], s[2], m[2])
        p.born = date(2024 - age, rng.randint(1, 12), rng.randint(1, 28))
        p.pref, p.city, town, pc = rng.choice(TOWNS)
        p.rest = f"{town}{rng.randint(1, 6)}-{rng.randint(1, 25)}-{rng.randint(1, 20)}"
        bldg = rng.choice(BLDG)
        if bldg:
            p.rest += f" {bldg}{rng.randint(1, 5)}0{rng.randint(1, 9)}"
        p.pc = pc.replace("-", "")
        p.phone = rng.choice(["090", "080", "070"]) + digits(rng, 8)
        p.email = f"{m[2]}.{s[2]}{rng.randint(1, 99)}@{rng.choice(MAIL_DOMAINS)}"
        return p

    # ---- how gen.py wrote a person
    def name(self, p: Person, sp: str | None = None) -> str:
        return p.name(self.rng.choice([" ", "\u3000", ""]) if sp is None else sp)

    @staticmethod
    def addr(p: Person, pref: bool = True) -> str:
        return (p.pref if pref else "") + p.city + p.rest

    def phone(self, number: str, style: int | None = None) -> str:
        """A phone as gen.py's fmt_phone wrote it, the style drawn where not given (a 0120
        number: 4-3-3)."""
        style = self.rng.randrange(7) if style is None else style
        if number.startswith("0120"):
            return f"{number[:4]}-{number[4:7]}-{number[7:]}"
        return fphone(number, PHONE_STYLES[style])

    # ---- truth
    def t(self, path: str, category: str, value: str, who: Person | None = None,
          neutral: bool = False) -> None:
        normal = value if category == "card_expiry" else None
        self.truth.add(path, category, value, who.id if who else None, neutral, normal=normal)

    def t_name(self, path: str, p: Person) -> None:
        self.t(path, "person_name", p.full, p)

    def t_std(self, path: str, p: Person, fields: str, written_addr: str = "") -> None:
        """gen.py's t_std: the fields named (space-separated) as `p`'s records."""
        for f in fields.split():
            if f == "name":
                self.t_name(path, p)
            elif f == "kana":
                self.t(path, "person_name", p.kana(""), p, neutral=True)
            elif f == "dob":
                self.t(path, "date_of_birth", p.born.isoformat(), p)
            elif f == "addr":
                self.t(path, "address", written_addr or nk(self.addr(p)), p)
            elif f == "pc":
                self.t(path, "postal_code", p.pc, p)
            elif f == "phone":
                self.t(path, "phone_number", p.phone, p)
            elif f == "email":
                self.t(path, "email_address", p.email, p)
            elif f == "inj":
                self.t(path, "sensitive", p.inj, p)
            elif f == "ins":
                self.t(path, "health_insurance_number", p.kigo + p.bango, p.insured or p)
            elif f == "card":
                self.t(path, "credit_card_number", p.card, p)

    def t_clinic(self, path: str, *phones: str) -> None:
        """The clinic's phones and its 本院's address, neutral."""
        for number in phones:
            self.t(path, "phone_number", number, None, neutral=True)
        self.t(path, "address", nk(ADDR), None, neutral=True)

    def write_truth(self, outdir: Path) -> None:
        records = self.truth.merged("last")
        self.truth.write(outdir, len(self.truth.people(records)), merge="last", meta_last=True)

    # ---- output
    def files(self) -> int:
        """How many files the share holds so far (gen.py's len(FILES))."""
        return sum(1 for f in self.share.root.rglob("*") if f.is_file())

    def save(self, rel: str, document: Any) -> None:
        """A workbook or .docx as gen.py saved it: by "sakae", its core dates 1 November."""
        if hasattr(document, "core_properties"):
            cp = document.core_properties
            cp.author = cp.last_modified_by = "sakae"
            cp.revision = 1
        else:
            document.properties.creator = document.properties.lastModifiedBy = "sakae"
        self.share.save(rel, document, core=FILED)


def populate(seed: int, share: Share) -> Clinic:
    """The patients, their guardians and insured spouses, the accident cases and adjusters, the
    doctors and staff, then the patients' cards and the company's 法人番号, as gen.py drew them."""
    share.keep_modes = False
    c = Clinic.seeded(seed, share, Truth(form="full", repeats=True), seed, seed)
    rng = c.rng
    for i in range(86):
        r = rng.random()
        if r < 0.12:
            p = c.newp("patient", age=rng.randint(8, 15))
        elif r < 0.25:
            p = c.newp("patient", age=rng.randint(66, 88))
        else:
            p = c.newp("patient")
        p.branch = rng.choice(["本院", "本院", "分院"])
        p.no = f"{'1' if p.branch == '本院' else '2'}{i + 1:04d}"
        p.inj, p.cause = rng.choice(INJ), rng.choice(CAUSE)
        p.shoken = date(2024, rng.randint(1, 10), rng.randint(1, 28))
        p.hokensha, p.hoken_name = rng.choice(INSURERS)
        p.kigo, p.bango = str(rng.randint(1000, 99999999)), str(rng.randint(1, 999))
        c.patients.append(p)
    for p in c.patients:
        if p.age < 16:
            sex = rng.choice("MF")
            g = c.newp("guardian", sex, rng.randint(35, 48), family=p)
            g.lives_with(p)
            p.guardian = p.insured = g
            p.honnin, p.phone = "家族", g.phone
            g.kigo, g.bango = p.kigo, p.bango
    for p in c.patients:
        if p.honnin == "本人" and rng.random() < 0.15:
            spouse = c.newp("insured", "M" if p.sex == "F" else "F",
                            p.age + rng.randint(-3, 3), family=p)
            spouse.lives_with(p)
            p.insured, p.honnin = spouse, "家族"
    c.jibai = rng.sample(c.adults(), 9)
    for company, tel, fax, domain in SONPO:
        for _ in range(2):
            a = c.newp("adjuster", age=rng.randint(28, 55))
            a.company, a.cotel, a.cofax = company, tel.replace("-", ""), fax.replace("-", "")
            a.email = f"{a.last_roman}.{a.first_roman[0]}@{domain}.co.jp"
            c.adjusters.append(a)
    for p in c.jibai:
        p.inj, p.cause = rng.choice(["頸部捻挫", "腰部挫傷", "頸部捻挫・腰部捻挫"]), REAR_ENDED
        p.adj = rng.choice(c.adjusters)
        letter = rng.choice(["A", "K", "T"])
        p.claim = f"{letter}{rng.randint(10, 99)}-{rng.randint(1000000, 9999999)}"
    for hosp in HOSPITALS:
        d = c.newp("doctor", age=rng.randint(38, 65))
        d.hosp = hosp
        c.doctors.append(d)
    for k, title in enumerate(TITLES):
        s = c.newp("staff", age=rng.randint(24, 58))
        s.title, s.mynum = title, my_number(rng, redraw=True)
        s.license = f"第{rng.randint(10000, 99999)}号" if "柔道" in title or "院長" in title else ""
        s.bank = (f"{rng.choice(BANKS)}|{rng.choice(['川口', '蕨', '戸田'])}支店|普通|"
                  f"{rng.randint(1000000, 9999999)}")
        s.work = f"{s.last_roman}@sekkotsu-sakae.jp"
        s.branch = "本院" if k in (0, 2, 3, 5) else "分院"
        c.staff.append(s)
    for p in c.patients:
        if rng.random() < 0.35:
            p.card = card_number(rng)
            p.exp = f"{rng.randint(1, 12):02d}/{rng.randint(25, 30)}"
            p.cvv = str(rng.randint(100, 999))
    c.corp = corporate_number(rng)
    return c
