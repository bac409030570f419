"""The birth date column's rule: 1985-01-02, 1985/1/2 and 19850102 read in integers for a whole
column (和暦 and every other form: the engine)."""

from __future__ import annotations

from datetime import date

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from ..recognizers.date_of_birth import EARLIEST, today
from .cellfacts import Fact
from .rules import CellRule, _found, digit_matrix


class BirthDateRule(CellRule):  # a whole-cell value from the label: other cells go to the engine
    """生年月日: 1985-01-02, 1985/1/2, 19850102 (和暦 and the rest: the engine)."""

    category = "date_of_birth"

    def canonical(self, raw, where, facts):
        mask = facts.has(Fact.DATE_SEPARATED | Fact.DATE_COMPACT)
        cells = raw.filter(pa.array(mask))
        compact = facts.has(Fact.DATE_COMPACT)[mask]  # 19850102
        fixed = ~compact & (facts.chars[mask] == 10)  # 1985-01-02
        y, m, d = (np.zeros(len(cells), dtype=np.int64) for _ in range(3))
        for shape, read in ((compact, _ymd_compact), (fixed, _ymd_fixed),
                            (~compact & ~fixed, _ymd_loose)):
            if shape.any():
                y[shape], m[shape], d[shape] = read(cells.filter(pa.array(shape)))
        iso, valid = _iso_dates(y, m, d)
        return mask, [_found(valid, iso, 0.99, "birth_date_context", where[mask])]


def _ymd_compact(cells: pa.Array) -> tuple[np.ndarray, ...]:
    digits = digit_matrix(cells, 8)
    return digits[:, :4] @ _PLACES, digits[:, 4:6] @ _PLACES[2:], digits[:, 6:] @ _PLACES[2:]


def _ymd_fixed(cells: pa.Array) -> tuple[np.ndarray, ...]:
    digits = digit_matrix(cells, 10)  # 1985-01-02
    return digits[:, :4] @ _PLACES, digits[:, 5:7] @ _PLACES[2:], digits[:, 8:] @ _PLACES[2:]


_PLACES = np.array([1000, 100, 10, 1])


def _ymd_loose(cells: pa.Array) -> tuple[np.ndarray, ...]:
    parts = pc.extract_regex(cells, r"^(?P<y>[0-9]{4})[\-/.](?P<m>[0-9]{1,2})[\-/.]"
                                    r"(?P<d>[0-9]{1,2})$")
    return tuple(_ints(pc.struct_field(parts, k)) for k in "ymd")


def _ints(texts: pa.Array) -> np.ndarray:
    return pc.cast(texts, pa.int64()).to_numpy(zero_copy_only=False).copy()


def _iso_dates(y: np.ndarray, m: np.ndarray, d: np.ndarray) -> tuple[pa.Array, np.ndarray]:
    """ISO dates (what a date's text would be: meaningful where valid), and which are real
    calendar dates from 1880-01-01 to today. In integers: numpy's datetime64 conversions and
    Arrow's date-to-text cast cost 2.5x as much."""
    leap = (y % 4 == 0) & ((y % 100 != 0) | (y % 400 == 0))
    days = _MONTH_DAYS[np.clip(m, 1, 12) - 1] + (leap & (m == 2))
    valid = (m >= 1) & (m <= 12) & (d >= 1) & (d <= days)
    ymd = y * 10000 + m * 100 + d
    valid &= (ymd >= _ymd(EARLIEST)) & (ymd <= _ymd(today()))
    return _iso_texts(y, m, d), valid


_MONTH_DAYS = np.array([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31])


def _ymd(day: date) -> int:
    return day.year * 10000 + day.month * 100 + day.day


def _iso_texts(y: np.ndarray, m: np.ndarray, d: np.ndarray) -> pa.Array:
    """「YYYY-MM-DD」 of each (a 4-digit year), ten ASCII bytes apiece."""
    text = np.full((len(y), 10), ord("-"), np.uint8)
    parts = (y, m, d)
    for column, part, place in _ISO_PLACES:
        text[:, column] = parts[part] // place % 10 + 48
    offsets = np.arange(0, 10 * len(y) + 1, 10, dtype=np.int32)
    return pa.StringArray.from_buffers(len(y), pa.py_buffer(offsets), pa.py_buffer(text))


# (the text's byte, year / month / day, the digit's place)
_ISO_PLACES = ((0, 0, 1000), (1, 0, 100), (2, 0, 10), (3, 0, 1), (5, 1, 10), (6, 1, 1),
               (8, 2, 10), (9, 2, 1))
