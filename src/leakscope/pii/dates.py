"""Dates as people write them, Western and 和暦 (昭和60年1月2日, S60.1.2, 平成元年), to ISO 8601."""

from __future__ import annotations

import datetime as dt
import re

# era -> first Gregorian year (元年); the era letters used in forms (M/T/S/H/R).
ERAS = {"明治": 1868, "大正": 1912, "昭和": 1926, "平成": 1989, "令和": 2019}
ERA_LETTERS = {"M": "明治", "T": "大正", "S": "昭和", "H": "平成", "R": "令和"}

_WAREKI = re.compile(
    r"(明治|大正|昭和|平成|令和|[MTSHRmtshr])\s?(元|[0-9]{1,2})\s?[年.\-/]\s?([0-9]{1,2})\s?[月.\-/]"
    r"\s?([0-9]{1,2})日?"
)
_YMD = re.compile(r"([0-9]{4})\s?[年.\-/]\s?([0-9]{1,2})\s?[月.\-/]\s?([0-9]{1,2})日?")
_COMPACT = re.compile(r"((?:19|20)[0-9]{2})([01][0-9])([0-3][0-9])")
_MDY = re.compile(r"([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december")
# "June 9, 1965", "Jun. 9 1965", "9 June 1965": the month's name or its first three letters
MONTH_NAME = r"(?:" + "|".join(f"{m[:3]}(?:{m[3:]}|\\.)?" for m in MONTHS) + ")"
_NAMED_MDY = re.compile(rf"({MONTH_NAME}) ([0-9]{{1,2}}),? ([0-9]{{4}})", re.IGNORECASE)
_NAMED_DMY = re.compile(rf"([0-9]{{1,2}}) ({MONTH_NAME}),? ([0-9]{{4}})", re.IGNORECASE)


def wareki_year(era: str, year: str) -> int:
    """Gregorian year of ``era`` + ``year`` (元 = 1)."""
    era = ERA_LETTERS.get(era.upper(), era)
    return ERAS[era] + (1 if year == "元" else int(year)) - 1


def parse_date(token: str) -> dt.date | None:
    """The date ``token`` names, or None when it is not a real calendar date."""
    token = token.strip()
    try:
        if m := _WAREKI.fullmatch(token):
            return dt.date(wareki_year(m.group(1), m.group(2)), int(m.group(3)), int(m.group(4)))
        if m := _YMD.fullmatch(token) or _COMPACT.fullmatch(token):
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if m := _MDY.fullmatch(token):  # 24/06/1963: a day first where no month is 24
            first, second = int(m.group(1)), int(m.group(2))
            month, day = (second, first) if first > 12 else (first, second)
            return dt.date(int(m.group(3)), month, day)
        if m := _NAMED_MDY.fullmatch(token):
            return dt.date(int(m.group(3)), _month(m.group(1)), int(m.group(2)))
        if m := _NAMED_DMY.fullmatch(token):
            return dt.date(int(m.group(3)), _month(m.group(2)), int(m.group(1)))
    except ValueError:
        return None
    return None


def _month(name: str) -> int:
    return [m[:3] for m in MONTHS].index(name[:3].lower()) + 1
