"""Dates as people write them, Western and 和暦 (昭和60年1月2日, S60.1.2, 平成元年), to ISO 8601."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence

# era -> first Gregorian year (元年); the era letters used in forms (M/T/S/H/R).
ERAS = {"明治": 1868, "大正": 1912, "昭和": 1926, "平成": 1989, "令和": 2019}
ERA_LETTERS = {"M": "明治", "T": "大正", "S": "昭和", "H": "平成", "R": "令和"}

_WAREKI = re.compile(
    r"(明治|大正|昭和|平成|令和|[MTSHRmtshr])\s?(元|[0-9]{1,2})\s?[年.\-/]\s?([0-9]{1,2})\s?[月.\-/]"
    r"\s?([0-9]{1,2})日?"
)
# an era's code and the date in it (日本年金機構's 元号 codes: 5 昭和, 7 平成), as a 算定基礎届's
# 生年月日元号 | 生年月日 columns read together give it (``split_fields``): 7-140207
ERA_CODES = {"1": "明治", "3": "大正", "5": "昭和", "7": "平成", "9": "令和"}
_ERA_CODE = re.compile(r"([13579])-([0-9]{2})([01][0-9])([0-3][0-9])")
_YMD = re.compile(r"([0-9]{4})\s?[年.\-/]\s?([0-9]{1,2})\s?[月.\-/]\s?([0-9]{1,2})日?")
_COMPACT = re.compile(r"((?:19|20)[0-9]{2})([01][0-9])([0-3][0-9])")
_MDY = re.compile(r"([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})")
_DMY_DOTTED = re.compile(r"([0-9]{1,2})\.([0-9]{1,2})\.([0-9]{4})")  # Europe's 13.02.1950
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december")
# "June 9, 1965", "Jun. 9 1965", "9 June 1965": the month's name or its first three letters
MONTH_NAME = r"(?:" + "|".join(f"{m[:3]}(?:{m[3:]}|\\.)?" for m in MONTHS) + ")"
_NAMED_MDY = re.compile(rf"({MONTH_NAME}) ([0-9]{{1,2}}),? ([0-9]{{4}})", re.IGNORECASE)
_NAMED_DMY = re.compile(rf"([0-9]{{1,2}}) ({MONTH_NAME}),? ([0-9]{{4}})", re.IGNORECASE)
# an airline's (APIS, a ticket's passenger): 18SEP20, the century the one that is past
MONTH_ABBREVIATION = "(?:" + "|".join(m[:3] for m in MONTHS) + ")"
_AIRLINE = re.compile(rf"([0-3][0-9])({MONTH_ABBREVIATION})([0-9]{{2}})", re.IGNORECASE)
DATE_ORDER_ROWS = 10_000  # a table's first rows: how its columns write dates
# A slash date whose fields say their order (RE2 and Python alike: a table column's cells are
# tested by both): 24/06/1963 is written day first, 06/24/1963 month first.
_DAY, _MONTH = "(?:1[3-9]|2[0-9]|3[01])", "(?:0?[1-9]|1[0-2])"
WRITTEN_DAY_FIRST = rf"(?:^|[^0-9/]){_DAY}/{_MONTH}/[0-9]{{4}}(?:[^0-9/]|$)"
WRITTEN_MONTH_FIRST = rf"(?:^|[^0-9/]){_MONTH}/{_DAY}/[0-9]{{4}}(?:[^0-9/]|$)"
_WRITTEN_DAY_FIRST, _WRITTEN_MONTH_FIRST = (re.compile(p) for p in (WRITTEN_DAY_FIRST,
                                                                    WRITTEN_MONTH_FIRST))


def wareki_year(era: str, year: str) -> int:
    """Gregorian year of ``era`` + ``year`` (元 = 1)."""
    era = ERA_LETTERS.get(era.upper(), era)
    return ERAS[era] + (1 if year == "元" else int(year)) - 1


# a claim's (レセプト, 国保連 interface files) birth date: its era's digit (1 明治 to 5 令和, not
# the pension service's codes above) and YYMMDD, as one number (3440209: 昭和44年2月9日); asked
# only where a birth date is told (a birth column, a column of them)
CLAIM_ERAS = {"1": "明治", "2": "大正", "3": "昭和", "4": "平成", "5": "令和"}
_CLAIM_DATE = re.compile(r"([1-5])([0-9]{2})([01][0-9])([0-3][0-9])")


def claim_date(token: str) -> dt.date | None:
    """The date a claim's era-coded number names (3440209), or None."""
    if (m := _CLAIM_DATE.fullmatch(token.strip())) is None:
        return None
    try:
        return dt.date(wareki_year(CLAIM_ERAS[m.group(1)], m.group(2)), int(m.group(3)),
                       int(m.group(4)))
    except ValueError:
        return None


def parse_date(token: str, day_first: bool = False) -> dt.date | None:
    """The date ``token`` names, or None when it is not a real calendar date.

    A slash date is read month first (06/24/1963) unless its first field is no month
    (24/06/1963); ``day_first``: its column writes dates day first, so 04/07/1963 is 4 July.
    A dotted one (13.02.1950) is day first, as Europe writes it."""
    token = token.strip()
    try:
        if m := _WAREKI.fullmatch(token):
            return dt.date(wareki_year(m.group(1), m.group(2)), int(m.group(3)), int(m.group(4)))
        if m := _ERA_CODE.fullmatch(token):
            return dt.date(wareki_year(ERA_CODES[m.group(1)], m.group(2)), int(m.group(3)),
                           int(m.group(4)))
        if m := _YMD.fullmatch(token) or _COMPACT.fullmatch(token):
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if m := _MDY.fullmatch(token):  # 24/06/1963: a day first where no month is 24
            first, second = int(m.group(1)), int(m.group(2))
            month, day = (second, first) if first > 12 or (day_first and second <= 12) \
                else (first, second)
            return dt.date(int(m.group(3)), month, day)
        if m := _DMY_DOTTED.fullmatch(token):  # a dotted date is day first everywhere
            return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        if m := _NAMED_MDY.fullmatch(token):
            return dt.date(int(m.group(3)), _month(m.group(1)), int(m.group(2)))
        if m := _NAMED_DMY.fullmatch(token):
            return dt.date(int(m.group(3)), _month(m.group(2)), int(m.group(1)))
        if m := _AIRLINE.fullmatch(token):
            year = 2000 + int(m.group(3))
            if year > dt.date.today().year:
                year -= 100
            return dt.date(year, _month(m.group(2)), int(m.group(1)))
    except ValueError:
        return None
    return None


def _month(name: str) -> int:
    return [m[:3] for m in MONTHS].index(name[:3].lower()) + 1


def day_first_columns(rows: Iterable[Sequence[object]]) -> frozenset[int]:
    """The columns of ``rows`` that write slash dates day first: a date at least says so
    (24/06/1963) and none says month first (06/24/1963: a column of both is read cell by
    cell, as one of neither)."""
    day: set[int] = set()
    month: set[int] = set()
    for row in rows:
        for index, cell in enumerate(row):
            if cell.__class__ is str and "/" in cell:
                if index not in day and _WRITTEN_DAY_FIRST.search(cell):
                    day.add(index)
                if index not in month and _WRITTEN_MONTH_FIRST.search(cell):
                    month.add(index)
    return frozenset(day - month)
