"""Japanese holidays and closed days that move a 確報 deadline."""

from __future__ import annotations

from datetime import date

import pytest

from leakscope.assess.jp_calendar import day_n, holidays, is_closed


@pytest.mark.parametrize("day", [
    date(2024, 2, 12),   # 振替休日 for 建国記念の日 on a Sunday
    date(2025, 11, 24),  # 振替休日 for 勤労感謝の日
    date(2026, 5, 6),    # 振替休日 after 5/3-5/5
    date(2026, 9, 22),   # 国民の休日 between 敬老の日 and 秋分の日
    date(2027, 3, 22),   # 春分の日 3/21 is a Sunday
    date(2021, 7, 23),   # Olympic スポーツの日
    date(2019, 5, 1),    # 即位の日
])
def test_holidays(day):
    assert day in holidays(day.year) and is_closed(day)


@pytest.mark.parametrize("day", [date(2026, 5, 7), date(2026, 9, 24), date(2025, 12, 26)])
def test_open_days(day):
    assert not is_closed(day)


def test_year_end_closing_and_counting():
    assert is_closed(date(2026, 12, 29)) and is_closed(date(2027, 1, 3))
    assert day_n(date(2026, 5, 11), 1) == date(2026, 5, 11)  # the day known is day 1
    assert day_n(date(2026, 5, 11), 30) == date(2026, 6, 9)
    assert day_n(date(2026, 12, 1), 30, roll_past_closed=True) == date(2027, 1, 4)
