"""Exact location of a match inside a unit that spans several lines or is a window of one."""

from __future__ import annotations

from leakscope.pii.units import TextUnit

LINE_KEYS = ("line", "paragraph")


def locate(unit: TextUnit, start: int) -> dict:
    """The location of the character at `start` in `unit.text`.

    Units of text files, mail bodies, PDF pages and documents hold many lines; their
    ``location`` names the first one. Field units (a table cell, a JSON value) come back as
    they are.
    """
    key = next((k for k in LINE_KEYS if k in unit.location), None)
    if key is None:
        return dict(unit.location)
    text = unit.text
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
