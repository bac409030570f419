"""Markdown pipe tables in text (meeting notes, a wiki page, a README):

    | No | 氏名 | メール | 電話 |
    |----|------|--------|------|
    | 1 | 山崎 あすか | asuka.y@gmail.com | 090-1234-5678 |

The line above the rule is the header: its cells label the cells under them (山崎 あすか is a
name because 氏名 is over it) and each row is one record, one person, as in a CSV. The text
around a table stays text. A table cut by a block's end (text files are read in ~1 MB blocks)
reads on as text from there.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Iterator

from leakscope.pii.extract.base import Item
from leakscope.pii.extract.tables import table_units
from leakscope.pii.units import TextUnit

# the rule under a header: cells of dashes (colons for alignment) between pipes
_RULE = re.compile(r"^[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+(?:[ \t]*:?-{3,}:?[ \t]*)?$",
                   re.MULTILINE)
_PIPE = re.compile(r"(?<!\\)\|")  # a cell's \| is a pipe in its text
MAX_ROW_CHARS = 64 * 1024  # a longer line is no table's row (a minified dump): text


def pipe_table_items(units: Iterable[TextUnit]) -> Iterator[Item]:
    """``units`` (a text file's blocks of lines) with each pipe table in them read as a table."""
    for unit in units:
        if "|" not in unit.text or "line" not in unit.location or "column" in unit.location \
                or _RULE.search(unit.text) is None:
            yield unit
            continue
        yield from _split(unit)


def _split(unit: TextUnit) -> Iterator[Item]:
    pieces = unit.text.split("\n")  # (not splitlines: only \n counts a line, as in ``locate``)
    lines = [piece + "\n" for piece in pieces[:-1]] + ([pieces[-1]] if pieces[-1] else [])
    first, done, index = unit.location["line"], 0, 1
    while index < len(lines):
        header = _cells(lines[index - 1])
        rule = _cells(lines[index])
        if not (header and rule and len(header) == len(rule) and _RULE.match(lines[index])):
            index += 1
            continue
        end = index + 1
        while end < len(lines) and (row := _cells(lines[end])) is not None and any(row):
            end += 1
        if done < index - 1:
            yield _text(unit, lines[done:index - 1], first + done)
        yield from _table(unit, [header, [""] * len(rule), *map(_cells, lines[index + 1:end])],
                          first + index - 1)
        done = index = end
        index += 1
    if done < len(lines):
        yield _text(unit, lines[done:], first + done)


def _cells(line: str) -> list[str] | None:
    """A table line's cells (None: no table line)."""
    text = line.strip()
    if "|" not in text or len(text) > MAX_ROW_CHARS:
        return None
    if text.startswith("|"):
        text = text[1:]
    if text.endswith("|") and not text.endswith("\\|"):
        text = text[:-1]
    return [cell.strip().replace("\\|", "|") for cell in _PIPE.split(text)]


def _text(unit: TextUnit, lines: list[str], line: int) -> TextUnit:
    return TextUnit("".join(lines), unit.path, {**unit.location, "line": line})


def _table(unit: TextUnit, rows: list[list[str]], line: int) -> Iterator[Item]:
    """The table's rows (its header first, the rule blank) as a table's units; each cell's
    location is its line and its column's label."""
    base = {k: v for k, v in unit.location.items() if k != "line"}
    for item in table_units(unit.path, rows, f"{unit.path}#line{line}!", base, first_row=line):
        if item.__class__ is list:
            yield [_at_line(cell) for cell in item]
        else:
            yield _at_line(item)


def _at_line(unit: TextUnit) -> TextUnit:
    location = dict(unit.location)
    return dataclasses.replace(unit, location={"line": location.pop("row"), **location})
