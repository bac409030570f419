"""Where in its unit each finding is: line and column from a unit's offsets, counting
newlines once for all of a unit's values (units are ~1 MB of text)."""

from __future__ import annotations

import numpy as np

from .extract.location import LINE_KEYS, as_written
from .units import TextUnit


def unit_locations(unit: TextUnit, offsets: list[int]) -> list[dict]:
    """``locate`` for sorted offsets of one unit, counting newlines once (units are ~1 MB)."""
    key = next((k for k in LINE_KEYS if k in unit.location), None)
    if key is None:
        return [dict(unit.location) for _ in offsets]
    text, offsets = as_written(unit, offsets)  # (a hard-wrapped mail's breaks put back)
    base = dict(unit.location)
    base.pop("overlap", None)
    line, first_column = base[key], base.get("column", 1)
    if len(offsets) * _DENSE > len(text):
        lines, columns = _lines_and_columns(text, offsets, line, first_column)
    else:  # a few values in much text: newlines counted between them
        lines, columns = [], []
        line_start, prev = None, 0
        count, rfind = text.count, text.rfind
        for off in offsets:
            newlines = count("\n", prev, off)
            if newlines:
                line += newlines
                line_start = rfind("\n", prev, off) + 1
            prev = off
            lines.append(line)
            columns.append(off - line_start + 1 if line_start is not None
                           else first_column + off)
    if base.keys() == {key}:  # (most text) {key: line, "column": col} is the same dict
        return [{key: n, "column": c} for n, c in zip(lines, columns, strict=True)]
    return [{**base, key: n, "column": c} for n, c in zip(lines, columns, strict=True)]


_DENSE = 128  # a value per this many characters or more: every newline found at once


def _lines_and_columns(text: str, offsets: list[int], line: int, first_column: int
                       ) -> tuple[list[int], list[int]]:
    """Line and column of each offset of ``text`` (its first line ``line``, whose first
    character is at ``first_column``), from the positions of all its newlines."""
    newlines = np.flatnonzero(np.frombuffer(text.encode("utf-32-le", "surrogatepass"),
                                            np.uint32) == 10)
    at = np.asarray(offsets, np.int64)
    before = np.searchsorted(newlines, at, "left")  # newlines before each offset
    if newlines.size:
        columns = np.where(before > 0, at - newlines[np.maximum(before - 1, 0)],
                           first_column + at)
    else:
        columns = first_column + at
    return (line + before).tolist(), columns.tolist()


