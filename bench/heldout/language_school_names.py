"""The language school's names and places: students' names by nationality (romanized as the
passport has them, with a katakana reading; Chinese names in kanji too), Japanese names, the
passport and 在留カード numbers, phones abroad and at home, home addresses and banks abroad,
the dormitories and the towns the Japanese staff and 保証人 live in; drawn from the one
random stream in gen.py's order.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date

from .identifiers import digits
from .japanese import FULL_WIDTH, fphone, wareki, wareki_short

VN_F = [("NGUYEN", "グエン"), ("TRAN", "チャン"), ("LE", "レ"), ("PHAM", "ファム"),
        ("HOANG", "ホアン"), ("VU", "ヴー"), ("DANG", "ダン"), ("BUI", "ブイ"), ("DO", "ドー"),
        ("NGO", "ゴー")]
VN_M = [("VAN", "ヴァン"), ("THI", "ティ"), ("DUC", "ドゥック"), ("MINH", "ミン"),
        ("NGOC", "ゴック"), ("THANH", "タイン")]
VN_G = [("ANH", "アイン"), ("HUNG", "フン"), ("LINH", "リン"), ("TUAN", "トゥアン"),
        ("HOA", "ホア"), ("NAM", "ナム"), ("TRANG", "チャン"), ("DUNG", "ズン"), ("HIEU", "ヒエウ"),
        ("QUYEN", "クエン"), ("KHANH", "カイン"), ("PHUONG", "フオン")]
NP_F = [("THAPA", "タパ"), ("GURUNG", "グルン"), ("SHRESTHA", "シュレスタ"), ("TAMANG", "タマン"),
        ("RAI", "ライ"), ("MAGAR", "マガル"), ("ADHIKARI", "アディカリ"), ("POUDEL", "ポウデル"),
        ("BHANDARI", "バンダリ")]
NP_G = [("RAM", "ラム"), ("SITA", "シタ"), ("BIKASH", "ビカス"), ("SUNITA", "スニタ"),
        ("PRAKASH", "プラカス"), ("ANITA", "アニタ"), ("SURESH", "スレス"), ("MANISHA", "マニサ"),
        ("DIPAK", "ディパク"), ("SABINA", "サビナ")]
NP_M = [("BAHADUR", "バハドゥル"), ("KUMAR", "クマル"), ("PRASAD", "プラサド"),
        ("KUMARI", "クマリ")]
CN_F = [("WANG", "王", "ワン"), ("LI", "李", "リー"), ("ZHANG", "張", "チャン"),
        ("LIU", "劉", "リュウ"), ("CHEN", "陳", "チェン"), ("ZHAO", "趙", "チャオ"),
        ("HUANG", "黄", "ホアン")]
CN_G = [("WEI", "偉", "ウェイ"), ("JING", "静", "ジン"), ("HAO", "浩", "ハオ"),
        ("XIAOMING", "小明", "シャオミン"), ("YUTONG", "雨桐", "ユートン"), ("JUN", "軍", "ジュン"),
        ("MENGYAO", "夢瑶", "モンヤオ"), ("ZIHAN", "子涵", "ズーハン")]
LK_F = [("PERERA", "ペレラ"), ("FERNANDO", "フェルナンド"), ("SILVA", "シルワ"),
        ("JAYASINGHE", "ジャヤシンハ"), ("BANDARA", "バンダーラ"),
        ("WICKRAMASINGHE", "ウィクラマシンハ")]
LK_G = [("KASUN", "カスン"), ("NIMAL", "ニマル"), ("DILANI", "ディラニ"), ("CHAMARI", "チャマリ"),
        ("SAMAN", "サマン"), ("THARINDU", "タリンドゥ")]
LK_PRE = [("HERATH MUDIYANSELAGE", "ヘーラト・ムディヤンセラーゲ"),
          ("WARNAKULASURIYA", "ワルナクラスーリヤ")]
MM = [("AUNG", "アウン"), ("KYAW", "チョー"), ("MOE", "モー"), ("SU", "スー"), ("MYAT", "ミャッ"),
      ("NOE", "ノー"), ("THET", "テッ"), ("HTAR", "ター"), ("ZAW", "ゾー"), ("WIN", "ウィン"),
      ("HLAING", "フライン"), ("THIN", "ティン")]
ID_G = [("DEWI", "デウィ"), ("RIZKI", "リズキ"), ("AGUS", "アグス"), ("SITI", "シティ"),
        ("BUDI", "ブディ"), ("PUTRI", "プトリ")]
ID_F = [("LESTARI", "レスタリ"), ("PRATAMA", "プラタマ"), ("SANTOSO", "サントソ"),
        ("WIJAYA", "ウィジャヤ"), ("NURHALIZA", "ヌルハリザ"), ("SAPUTRA", "サプトラ")]

JP_F = [("佐藤", "サトウ"), ("鈴木", "スズキ"), ("高橋", "タカハシ"), ("田中", "タナカ"),
        ("伊藤", "イトウ"), ("渡辺", "ワタナベ"), ("山本", "ヤマモト"), ("中村", "ナカムラ"),
        ("小林", "コバヤシ"), ("加藤", "カトウ"), ("吉田", "ヨシダ"), ("山田", "ヤマダ"),
        ("松本", "マツモト"), ("井上", "イノウエ"), ("木村", "キムラ"), ("清水", "シミズ"),
        ("森", "モリ"), ("池田", "イケダ"), ("橋本", "ハシモト"), ("石川", "イシカワ"),
        ("前田", "マエダ"), ("藤田", "フジタ"), ("岡田", "オカダ"), ("長谷川", "ハセガワ")]
JP_G = [("健一", "ケンイチ"), ("美香", "ミカ"), ("隆", "タカシ"), ("裕子", "ユウコ"),
        ("誠", "マコト"), ("直美", "ナオミ"), ("大輔", "ダイスケ"), ("恵子", "ケイコ"),
        ("修", "オサム"), ("由美", "ユミ"),
        ("浩二", "コウジ"), ("真理子", "マリコ"), ("翔太", "ショウタ"), ("千尋", "チヒロ"),
        ("和也", "カズヤ"), ("陽子", "ヨウコ")]
ROMA = {"サトウ": "sato", "スズキ": "suzuki", "タカハシ": "takahashi", "タナカ": "tanaka",
        "イトウ": "ito", "ワタナベ": "watanabe", "ヤマモト": "yamamoto", "ナカムラ": "nakamura",
        "コバヤシ": "kobayashi", "カトウ": "kato", "ヨシダ": "yoshida", "ヤマダ": "yamada",
        "マツモト": "matsumoto", "イノウエ": "inoue", "キムラ": "kimura", "シミズ": "shimizu",
        "モリ": "mori", "イケダ": "ikeda", "ハシモト": "hashimoto", "イシカワ": "ishikawa",
        "マエダ": "maeda", "フジタ": "fujita", "オカダ": "okada", "ハセガワ": "hasegawa"}
_KANA_OF = dict(JP_F)

# country code, and the national number's first digits and how many follow
CC = {"ベトナム": ("84", ["90", "91", "98", "97"], 7),
      "ネパール": ("977", ["984", "985", "986"], 7),
      "中国": ("86", ["138", "139", "159", "186"], 8),
      "スリランカ": ("94", ["77", "71", "76"], 7),
      "ミャンマー": ("95", ["25", "45", "79"], 6),
      "インドネシア": ("62", ["2", "3", "1"], 8)}
_CC_LEAD = {"ミャンマー": "9", "インドネシア": "81"}
HOME = {"ベトナム": ["Thon 3, Xa Dong Phu, Huyen Chuong My, Ha Noi, Viet Nam",
                 "So 12 Ngo 45 Pho Kim Ma, Ba Dinh, Ha Noi, Viet Nam",
                 "27 Duong Le Loi, TP Hue, Thua Thien Hue, Viet Nam",
                 "Xom 5, Xa Nghi Phong, Nghi Loc, Nghe An, Viet Nam"],
        "ネパール": ["Ward No. 4, Pokhara Metropolitan City, Kaski, Nepal",
                 "Kalanki-14, Kathmandu, Bagmati, Nepal", "Butwal-9, Rupandehi, Lumbini, Nepal",
                 "Bharatpur-7, Chitwan, Nepal"],
        "中国": ["江苏省南京市鼓楼区中山路123号", "福建省福州市仓山区上渡路56号",
               "辽宁省大连市沙河口区西安路88号"],
        "スリランカ": ["No. 45/2, Temple Road, Maharagama, Sri Lanka",
                  "112 Kandy Road, Kurunegala, Sri Lanka"],
        "ミャンマー": ["No. 23, Bogyoke Road, Hlaing Township, Yangon, Myanmar",
                  "56th Street, Chanayethazan, Mandalay, Myanmar"],
        "インドネシア": ["Jl. Merdeka No. 17, Bandung, Jawa Barat, Indonesia",
                   "Jl. Diponegoro 45, Semarang, Jawa Tengah, Indonesia"]}
BANKS_ABROAD = {"ベトナム": ["Vietcombank", "BIDV", "Agribank", "VietinBank"],
                "ネパール": ["Nabil Bank", "Nepal Investment Mega Bank", "Global IME Bank"],
                "中国": ["中国银行", "中国工商银行", "中国建设银行"],
                "スリランカ": ["Bank of Ceylon", "People's Bank", "Commercial Bank of Ceylon"],
                "ミャンマー": ["KBZ Bank", "AYA Bank", "CB Bank"],
                "インドネシア": ["Bank Mandiri", "BNI", "BCA"]}
ACCT_LEN = {"ベトナム": 13, "ネパール": 14, "中国": 16, "スリランカ": 12, "ミャンマー": 17,
            "インドネシア": 10}
NAT_EN = {"ベトナム": "VIETNAM", "ネパール": "NEPAL", "中国": "CHINA", "スリランカ": "SRI LANKA",
          "ミャンマー": "MYANMAR", "インドネシア": "INDONESIA"}
DORMS = [("169-0072", "東京都", "新宿区大久保２丁目", "メゾンさくら"),
         ("169-0073", "東京都", "新宿区百人町１丁目", "百人町ハイツ"),
         ("171-0021", "東京都", "豊島区西池袋４丁目", "第二池袋寮"),
         ("114-0023", "東京都", "北区滝野川６丁目", "コーポ滝野川")]
JP_TOWNS = [("埼玉県", "川口市", "栄町", "332-0017"), ("東京都", "練馬区", "豊玉北", "176-0012"),
            ("千葉県", "船橋市", "本町", "273-0005"),
            ("神奈川県", "川崎市中原区", "小杉町", "211-0063"),
            ("東京都", "板橋区", "大山東町", "173-0014"),
            ("東京都", "杉並区", "高円寺南", "166-0003"),
            ("埼玉県", "さいたま市浦和区", "常盤", "330-0061"),
            ("東京都", "中野区", "中央", "164-0011")]
_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"
_PHONE_DASHES = ["-", "", "ー", " ", "－", "‐"]  # gen.py's fmt_jp_phone() styles 0 to 5


def foreign_name(rng: random.Random, nat: str) -> dict:
    """gen.py's foreign_name(): roman (the passport's order), kana (・ between), kanji (Chinese
    alone; kanji_sp with a space), fam and giv."""
    c = rng.choice
    if nat == "ベトナム":
        f, m, g = c(VN_F), c(VN_M), c(VN_G)
        toks = [f, m, g]
        fam, giv = f[0], m[0] + " " + g[0]
    elif nat == "ネパール":
        g, f = c(NP_G), c(NP_F)
        toks = [g, c(NP_M), f] if rng.random() < 0.5 else [g, f]
        fam, giv = f[0], " ".join(t[0] for t in toks[:-1])
    elif nat == "中国":
        return chinese_name(c(CN_F), c(CN_G))
    elif nat == "スリランカ":
        if rng.random() < 0.4:
            p, g, f = c(LK_PRE), c(LK_G), c(LK_F)
            toks = [p, g, f]
            fam, giv = p[0], g[0] + " " + f[0]
        else:
            g, f = c(LK_G), c(LK_F)
            toks = [g, f]
            fam, giv = f[0], g[0]
    elif nat == "ミャンマー":
        toks = rng.sample(MM, rng.choice([2, 3, 3]))
        fam, giv = "", " ".join(t[0] for t in toks)
    elif rng.random() < 0.2:  # インドネシア
        toks = [c(ID_G)]
        fam, giv = "", toks[0][0]
    else:
        toks = [c(ID_G), c(ID_F)]
        fam, giv = toks[1][0], toks[0][0]
    return {"roman": " ".join(t[0] for t in toks), "kana": "・".join(t[1] for t in toks),
            "kanji": None, "fam": fam, "giv": giv}


def chinese_name(f: tuple, g: tuple) -> dict:
    return {"roman": f[0] + " " + g[0], "kana": f[2] + "・" + g[2], "kanji": f[1] + g[1],
            "kanji_sp": f[1] + " " + g[1], "fam": f[0], "giv": g[0]}


def jp_name(rng: random.Random) -> dict:
    """gen.py's jp_name(): roman is the kanji with a space, as gen.py had it."""
    f, g = rng.choice(JP_F), rng.choice(JP_G)
    return {"roman": f[0] + " " + g[0], "kanji": f[0] + g[0], "sp": f[0] + " " + g[0],
            "kana": f[1] + " " + g[1], "fam": f[0], "giv": g[0]}


def roma(surname: str) -> str:
    """A Japanese surname as a mail address spells it (佐藤: sato)."""
    return ROMA[_KANA_OF[surname]]


def passport(rng: random.Random, nat: str) -> str:
    if nat == "ベトナム":
        return rng.choice("CBN") + digits(rng, 7)
    if nat == "ネパール":
        return "PA" + digits(rng, 7)
    if nat == "中国":
        return "E" + rng.choice("ABCDGH") + digits(rng, 7)
    if nat == "スリランカ":
        return "N" + digits(rng, 7)
    if nat == "ミャンマー":
        return "M" + rng.choice("ABCDE") + digits(rng, 6)
    return rng.choice("ABC") + digits(rng, 7)


def zairyu(rng: random.Random) -> str:
    """在留カード番号: two letters, eight digits, two letters."""
    def letters() -> str:
        return "".join(rng.choice(_LETTERS) for _ in range(2))
    return letters() + digits(rng, 8) + letters()


def jp_mobile(rng: random.Random) -> str:
    return rng.choice(["090", "080", "070"]) + digits(rng, 8)


def phone_abroad(rng: random.Random, nat: str) -> tuple[str, Callable[[], str]]:
    """The country code and a drawer of national mobile numbers (gen.py's CC)."""
    cc, leads, n = CC[nat]
    return cc, lambda: _CC_LEAD.get(nat, "") + rng.choice(leads) + digits(rng, n)


def fmt_jp_phone(rng: random.Random, p: str, style: int | None = None) -> str:
    """gen.py's fmt_jp_phone(): 090-1234-5678, bare, full-width with ー, +81 90 1234 5678,
    full-width hyphens or ‐ (a style drawn where not given)."""
    style = rng.randint(0, 5) if style is None else style
    text = fphone(p, _PHONE_DASHES[style])
    if style == 2:
        return text.translate(FULL_WIDTH)
    return "+81 " + text[1:] if style == 3 else text


def fmt_foreign(rng: random.Random, cc: str, nat: str) -> str:
    s = rng.randint(0, 3)
    if s == 0:
        return f"+{cc} {nat[:3]} {nat[3:6]} {nat[6:]}"
    if s == 1:
        return f"+{cc}-{nat}"
    return f"00{cc}-{nat[:3]}-{nat[3:]}" if s == 2 else f"(+{cc}) {nat}"


def jp_addr(rng: random.Random) -> dict:
    pref, city, town, zipc = rng.choice(JP_TOWNS)
    return {"pref": pref, "zip": zipc,
            "rest": f"{city}{town}{rng.randint(1, 6)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}"}


def addr_str(a: dict, with_pref: bool = True) -> str:
    return (a["pref"] if with_pref else "") + a["rest"]


def era(d: date, style: int) -> str:
    """gen.py's wareki(): 令和7年10月1日 (no 元年), R7.10.1 or R7/10/1, 平成 from 1 January
    1989 (its dates are never in 2019)."""
    if style == 0:
        return wareki(d, gannen=False, by_year=True)
    short = wareki_short(d, padded=False, by_year=True)
    return short if style == 1 else short.replace(".", "/")


def fdate(rng: random.Random, d: date, style: int | None = None) -> str:
    """gen.py's fdate(): one of seven forms (drawn where not given)."""
    style = rng.randint(0, 6) if style is None else style
    if style == 3:
        return era(d, 1)
    return [d.strftime("%Y/%m/%d"), f"{d.year}-{d.month}-{d.day}", d.strftime("%d/%m/%Y"), "",
            f"{d.year}年{d.month}月{d.day}日", d.strftime("%Y%m%d"),
            d.strftime("%d %b %Y").upper()][style]
