"""How Japanese offices re-type the same value: full-width digits, half-width kana, 和暦 dates."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date

FULL_WIDTH = str.maketrans("0123456789-", "０１２３４５６７８９－")
HYPHENS = ("ー", "－", "‐", "―", "−")  # what a memo writes for "-" (長音, full-width, dashes)

_KANA = ("アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモ"
         "ヤユヨラリルレロワヲンァィゥェォャュョッー")
_HALF = "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝｧｨｩｪｫｬｭｮｯｰ"
_VOICED = ("ガギグゲゴザジズゼゾダヂヅデドバビブベボヴ",
           "カキクケコサシスセソタチツテトハヒフヘホウ")
_HALF_KANA = dict(zip(_KANA, _HALF, strict=True))
_HALF_KANA.update({v: _HALF_KANA[b] + "ﾞ" for v, b in zip(*_VOICED, strict=True)})
_HALF_KANA.update({v: _HALF_KANA[b] + "ﾟ" for v, b in zip("パピプペポ", "ハヒフヘホ", strict=True)})
_HALF_KANA["　"] = " "
_SMALL = "ァィゥェォャュョッ"
_LARGE_KANA = str.maketrans(_SMALL, "アイウエオヤユヨツ")


def half_width_kana(text: str, *, small: bool = True) -> str:
    """Katakana as bank transfer files and old systems hold them (ｶﾞ: two characters); where
    not small, a careless converter's: small kana left full-width (ｼョｳ)."""
    return "".join(c if not small and c in _SMALL else _HALF_KANA.get(c, c) for c in text)


def hiragana(text: str) -> str:
    """Katakana (ァ to ヶ) as a ふりがな column has it in hiragana; anything else kept."""
    return "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in text)


def bank_kana(text: str) -> str:
    """A name as a bank's export writes it: half-width, small kana made large (ｼﾖｳ for ショウ)."""
    return half_width_kana(text.translate(_LARGE_KANA))


def wareki(day: date, *, gannen: bool = True, by_year: bool = False, padded: bool = False,
           days_padded: bool = False) -> str:
    """和暦 as an office form writes it: 令和6年10月1日, 平成元年 for the first year (平成1年
    where not gannen), 大正 before 昭和; by_year: the era of the year's last day, as a careless
    form has it (令和1年1月7日, not 平成31年); padded: two digits each, 平成03年04月05日;
    days_padded: the month and day alone two digits, 平成元年04月05日 (corpus 71)."""
    when = day.replace(month=12, day=31) if by_year else day
    if when >= date(2019, 5, 1):
        era, year = "令和", day.year - 2018
    elif when >= date(1989, 1, 8):
        era, year = "平成", day.year - 1988
    elif when >= date(1926, 12, 25):
        era, year = "昭和", day.year - 1925
    else:
        era, year = "大正", day.year - 1911
    if padded:
        return f"{era}{year:02d}年{day.month:02d}月{day.day:02d}日"
    shown = "元" if year == 1 and gannen else year
    if days_padded:
        return f"{era}{shown}年{day.month:02d}月{day.day:02d}日"
    return f"{era}{shown}年{day.month}月{day.day}日"


def wareki_short(day: date, *, padded: bool = True, slashed: bool = False,
                 by_year: bool = False) -> str:
    """The ledger form of 和暦: R06.10.01, H01.01.08, S40.05.03 (R6.10.1 where not padded);
    slashed: R6/10/01, the year bare and month and day two digits (corpora 59, 60); by_year:
    the era of the year's last day, as wareki's (corpus 62)."""
    when = day.replace(month=12, day=31) if by_year else day
    era = "R" if when >= date(2019, 5, 1) else ("H" if when >= date(1989, 1, 8) else "S")
    year = day.year - (2018 if era == "R" else 1988 if era == "H" else 1925)
    if slashed:
        return f"{era}{year}/{day.month:02d}/{day.day:02d}"
    if not padded:
        return f"{era}{year}.{day.month}.{day.day}"
    return f"{era}{year:02d}.{day.month:02d}.{day.day:02d}"


def fphone_numbered(rng: random.Random, p: str, style: int | None, forms: Sequence[str],
                    dashes: Sequence[str], *, area: int = 0) -> str:
    """A generator's fmt_phone(p, style): forms[style] (a style index drawn from all of them
    where None; a form "": a dash drawn from `dashes`) as fphone writes it (corpora 59, 60)."""
    style = rng.randint(0, len(forms) - 1) if style is None else style
    return fphone(p, forms[style] or rng.choice(dashes), area=area)


def fphone(p: str, style: str = "hy", *, area: int = 0) -> str:
    """A phone's digits as written: hy (090-1234-5678), none, paren, bracket ((090)1234-5678),
    intl (+81-90-…), zen (full-width) or a hyphen look-alike joining the three parts; area: a
    landline's 市外局番 length where the number alone does not say it (4: 0467-12-3456)."""
    if len(p) == 11:
        a, b, c = p[:3], p[3:7], p[7:]
    elif area:
        a, b, c = p[:area], p[area:6], p[6:]
    elif p.startswith(("03", "06")):
        a, b, c = p[:2], p[2:6], p[6:]
    else:
        a, b, c = p[:3], p[3:6], p[6:]
    forms = {"hy": f"{a}-{b}-{c}", "none": p, "paren": f"{a}({b}){c}",
             "bracket": f"({a}){b}-{c}",
             "intl": f"+81-{a[1:]}-{b}-{c}", "zen": f"{a}-{b}-{c}".translate(FULL_WIDTH)}
    return forms.get(style, f"{a}{style}{b}{style}{c}")
