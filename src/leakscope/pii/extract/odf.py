"""OpenDocument (.ods, .odt, .odp; LibreOffice, many Japanese local governments).

content.xml is parsed with defusedxml (no DTDs, no entity expansion). Spreadsheets stream
(`iterparse`, rows cleared as read): a row is a record under the sheet's header, and
repeated cells and rows (``number-columns-repeated="16384"`` pads every row) are expanded
only while they hold a value. Text documents and presentations give their paragraphs as
text and their tables as records.
"""

from __future__ import annotations

import itertools
import zipfile
from collections.abc import Iterator
from pathlib import Path

from defusedxml.ElementTree import iterparse, parse

from leakscope.pii.extract.archive import check_container
from leakscope.pii.extract.base import Context, Item
from leakscope.pii.extract.forms import document_table_units, sheet_units
from leakscope.pii.units import TextUnit

_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_CELLS = (f"{_TABLE}table-cell", f"{_TABLE}covered-table-cell")
_PARAGRAPHS = (f"{_TEXT}p", f"{_TEXT}h")
MAX_REPEAT = 10_000  # repeated non-empty cells/rows expanded at most this often
MAX_EMPTY_ROWS = 100_000  # trailing empty rows are counted no further


def _cell_value(cell) -> str:
    """A cell's value: its paragraphs' text, or the typed value (dates, numbers)."""
    text = "\n".join("".join(p.itertext()) for p in cell.iter() if p.tag in _PARAGRAPHS)
    if text.strip():
        return text
    for name in ("date-value", "value", "string-value", "time-value", "boolean-value"):
        value = cell.get(f"{_OFFICE}{name}")
        if value is not None:
            return value
    return ""


def _row_cells(row) -> list[str]:
    cells: list[str] = []
    for cell in row:
        if cell.tag not in _CELLS:
            continue
        value = _cell_value(cell)
        repeat = int(cell.get(f"{_TABLE}number-columns-repeated", "1"))
        cells.extend([value] * (min(repeat, MAX_REPEAT) if value else min(repeat, 1)))
    while cells and not cells[-1]:
        cells.pop()
    return cells


def _rows_of(row) -> Iterator[list[str]]:
    cells = _row_cells(row)
    repeat = int(row.get(f"{_TABLE}number-rows-repeated", "1"))
    yield from itertools.repeat(cells, min(repeat, MAX_REPEAT if cells else MAX_EMPTY_ROWS))


def extract_ods(path: Path, display: str, ctx: Context) -> Iterator[Item]:
    check_container(path, ctx)
    with zipfile.ZipFile(path) as archive, archive.open("content.xml") as stream:
        events = iterparse(stream, events=("start", "end"))
        for event, element in events:
            if event == "start" and element.tag == f"{_TABLE}table":
                name = element.get(f"{_TABLE}name") or "sheet"
                rows = _sheet_rows(element, events)
                yield from sheet_units(display, rows, f"{display}#{name}!", {"sheet": name})


def _sheet_rows(table, events) -> Iterator[list[str]]:
    """Rows of `table` (its start tag just read), each dropped from the tree once read."""
    open_elements = [table]
    for event, element in events:
        if event == "start":
            open_elements.append(element)
            continue
        open_elements.pop()
        if element is table:
            table.clear()
            return
        if element.tag == f"{_TABLE}table-row" and _TABLE + "table" not in (
            e.tag for e in open_elements[1:]
        ):
            yield from _rows_of(element)
            open_elements[-1].remove(element)  # memory stays flat over a million rows


def extract_odt(path: Path, display: str, ctx: Context) -> Iterator[Item]:
    """Text documents and presentations: paragraphs outside tables as text, tables as rows."""
    check_container(path, ctx)
    with zipfile.ZipFile(path) as archive, archive.open("content.xml") as stream:
        root = parse(stream).getroot()
    body = root.find(f"{_OFFICE}body")
    paragraphs: list[str] = []
    tables = []
    stack = [body] if body is not None else []
    while stack:  # explicit stack, document order: no recursion on hostile nesting
        element = stack.pop()
        if element.tag == f"{_TABLE}table":
            tables.append(element)
        elif element.tag in _PARAGRAPHS:
            paragraphs.append("".join(element.itertext()).replace("\n", " "))
        else:
            stack.extend(reversed(list(element)))
    text = "\n".join(paragraphs)
    if text.strip():
        yield TextUnit(text, display, {"part": "body", "paragraph": 1})
    for number, table in enumerate(tables, 1):
        rows = (cells for row in table.iter(f"{_TABLE}table-row") for cells in _rows_of(row))
        prefix, base = f"{display}#table{number}!", {"table": number}
        yield from document_table_units(display, rows, prefix, base)
