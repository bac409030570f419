"""Japanese public holidays and office closing days, for deadlines that move past them.

The PPC counts the day the organisation knew as day 1 and, when the last day of a 確報 period
falls on a weekend, a national holiday or the year-end closing (12/29-1/3), moves it to the next
open day. Holidays follow 国民の祝日に関する法律 (fixed days, Happy Monday, equinoxes, 振替休日,
国民の休日), which is computed here rather than shipped as a table that goes stale.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import cache

# The Olympic years moved three holidays by special law.
_SPECIAL = {
    2020: {"umi": date(2020, 7, 23), "sports": date(2020, 7, 24), "yama": date(2020, 8, 10)},
    2021: {"umi": date(2021, 7, 22), "sports": date(2021, 7, 23), "yama": date(2021, 8, 8)},
}


def _nth_monday(year: int, month: int, n: int) -> date:
    first = date(year, month, 1)
    return first + timedelta(days=(7 - first.weekday()) % 7 + 7 * (n - 1))


def _equinox(year: int, base: float) -> int:
    """Day of the vernal (base 20.8431) or autumnal (23.2488) equinox, valid 1980-2099."""
    return int(base + 0.242194 * (year - 1980) - (year - 1980) // 4)


@cache
def holidays(year: int) -> frozenset[date]:
    """National holidays of one year, including 振替休日 and 国民の休日."""
    special = _SPECIAL.get(year, {})
    days = {
        date(year, 1, 1), _nth_monday(year, 1, 2), date(year, 2, 11),
        date(year, 3, _equinox(year, 20.8431)), date(year, 4, 29), date(year, 5, 3),
        date(year, 5, 4), date(year, 5, 5), _nth_monday(year, 9, 3),
        date(year, 9, _equinox(year, 23.2488)), date(year, 11, 3), date(year, 11, 23),
        special.get("umi", _nth_monday(year, 7, 3)),
        special.get("sports", _nth_monday(year, 10, 2)),
    }
    if year >= 2016:
        days.add(special.get("yama", date(year, 8, 11)))
    if year >= 2020:
        days.add(date(year, 2, 23))
    elif year <= 2018:
        days.add(date(year, 12, 23))
    if year == 2019:
        days |= {date(2019, 4, 30), date(2019, 5, 1), date(2019, 5, 2), date(2019, 10, 22)}
    for day in sorted(days):  # 振替休日: a Sunday holiday moves to the next non-holiday
        if day.weekday() == 6:
            substitute = day + timedelta(days=1)
            while substitute in days:
                substitute += timedelta(days=1)
            days.add(substitute)
    for day in sorted(days):  # 国民の休日: a weekday between two holidays
        between = day + timedelta(days=1)
        if between not in days and day + timedelta(days=2) in days and between.weekday() != 6:
            days.add(between)
    return frozenset(days)


def is_closed(day: date) -> bool:
    """Weekend, national holiday or the government's year-end closing (12/29-1/3)."""
    if day.weekday() >= 5 or day in holidays(day.year):
        return True
    return (day.month == 12 and day.day >= 29) or (day.month == 1 and day.day <= 3)


def day_n(start: date, n: int, *, roll_past_closed: bool = False) -> date:
    """The n-th day counting `start` as day 1; optionally the next open day after a closed one."""
    due = start + timedelta(days=n - 1)
    while roll_past_closed and is_closed(due):
        due += timedelta(days=1)
    return due
