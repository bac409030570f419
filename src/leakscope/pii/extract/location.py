"""Exact location of a match inside a unit that spans several lines or is a window of one."""

from __future__ import annotations

from bisect import bisect_right

from leakscope.pii.units import TextUnit

LINE_KEYS = ("line", "paragraph")


def locate(unit: TextUnit, start: int) -> dict:
    """The location of the character at `start` in `unit.text`.

    Units of text files, mail bodies, PDF pages and documents hold many lines; their
    ``location`` names the first one. Field units (a table cell, a JSON value) come back as
    they are.
    """
    if not any(k in unit.location for k in LINE_KEYS):
        return dict(unit.location)
    key = line_key(unit)
    text, (start,) = as_written(unit, [start])
    newlines = text.count("\n", 0, start)
    location = dict(unit.location)
    location.pop("overlap", None)
    location[key] = unit.location[key] + newlines
    if newlines:
        location["column"] = start - text.rfind("\n", 0, start)
    else:
        location["column"] = unit.location.get("column", 1) + start
    return location


def is_repeat(unit: TextUnit, start: int) -> bool:
    """True when `start` lies in the overlap a window shares with the previous one."""
    return start < unit.location.get("overlap", 0)


def as_written(unit: TextUnit, offsets: list[int]) -> tuple[str, list[int]]:
    """``unit.text`` as the file wrote it and ``offsets`` in it: the line breaks a
    `JoinedLines` unit read through put back."""
    breaks = getattr(unit, "breaks", ())
    if not breaks:
        return unit.text, offsets
    text = unit.text
    ends = [*breaks, len(text)]
    written = "\n".join(text[a:b] for a, b in zip([0, *breaks], ends, strict=True))
    return written, [o + bisect_right(breaks, o) for o in offsets]


def lines_of(unit: TextUnit, start: int, end: int, line: int) -> TextUnit:
    """``unit.text[start:end]`` (whole lines, the first ``line``) as a unit of its own; the
    first piece keeps the column of a huge line's rest."""
    if start == 0:
        location = unit.location
    else:
        location = {k: v for k, v in unit.location.items() if k not in ("column", "overlap")}
        location[line_key(unit)] = line
    return TextUnit(unit.text[start:end], unit.path, location, unit.label, unit.record)


def line_key(unit: TextUnit) -> str:
    """What a unit's lines are numbered as: a text's lines, a document's paragraphs."""
    return next((k for k in LINE_KEYS if k in unit.location), "line")
