"""The text of an Office file's XML parts, for a file its own reader gave up on.

python-docx refuses a document whose relationships name a part that is gone, calamine and
openpyxl a sheet with one shared-string index out of range: one damaged detail, and none of
the file's text is read. Its parts are still XML; their text, paragraph by paragraph (a
shared string, a cell, a table row each on its line), is scanned instead, labels lost.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

from defusedxml import ElementTree

from leakscope.pii.extract.archive import check_container
from leakscope.pii.extract.base import Context, Item, describe
from leakscope.pii.extract.text import line_blocks
from leakscope.pii.units import ExtractError

# Elements that end a line of text: paragraphs (Word, PowerPoint, ODF), shared strings, cells
# and rows (Excel, ODF), table cells, breaks and tabs.
_LINE_ENDS = {"p", "si", "c", "row", "tc", "tr", "br", "tab", "h", "table-cell", "is"}
_RUNS = {"t", "r", "span", "s", "rPr", "pPr"}  # pieces of one paragraph's text
MAX_PART_BYTES = 64 << 20  # a part is parsed whole
# Parts of layout and settings only (their numbers read as IP addresses and dates).
_LAYOUT = {"[Content_Types].xml", "app.xml", "styles.xml", "stylesWithEffects.xml", "fontTable.xml",
           "settings.xml", "webSettings.xml", "presProps.xml", "viewProps.xml",
           "tableStyles.xml", "calcChain.xml", "numbering.xml"}


def xml_part_units(path: Path, display: str, ctx: Context) -> Iterator[Item]:
    """An error saying so, then a text unit per XML part with text, located by part and line;
    raises `LimitExceeded` for a file whose parts declare a bomb."""
    check_container(path, ctx)
    yield ExtractError(display, "its reader gave up; the text of its XML parts is scanned "
                       "instead (no labels)")
    with zipfile.ZipFile(path) as archive:
        for info in archive.infolist():
            name = info.filename
            if not name.endswith(".xml") or name.rsplit("/", 1)[-1] in _LAYOUT or "theme" in name:
                continue
            if info.file_size > MAX_PART_BYTES:
                yield ExtractError(display, f"part {info.filename} over {MAX_PART_BYTES:,} "
                                   "bytes; not read as text")
                continue
            try:
                with archive.open(info) as stream:
                    pieces: list[str] = []
                    _text(ElementTree.parse(stream).getroot(), pieces)
            except Exception as error:  # a damaged part, an entity the parser refuses, depth
                yield ExtractError(display, f"part {info.filename} unreadable: "
                                   f"{describe(error)}")
                continue
            if "".join(pieces).strip():  # in the engine's ~1 MB blocks, not one unit a part
                yield from line_blocks(iter(pieces), display, {"part": info.filename})


def _text(element, pieces: list[str]) -> None:
    """The element's text in document order: a line ended where a paragraph or cell ends,
    runs of one paragraph joined, other elements (a cell's value, a property) spaced."""
    pieces.append(element.text or "")
    for child in element:
        _text(child, pieces)
        pieces.append(child.tail or "")
    name = element.tag.rsplit("}", 1)[-1]
    pieces.append("\n" if name in _LINE_ENDS else "" if name in _RUNS else " ")
