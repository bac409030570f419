"""What is still read of a file its parser gave up on before any text.

One damaged detail (a part a relationship names gone, a shared-string index out of range, an
OLE sector chain cut) makes a parser refuse the whole file, though its text is all there: an
Office file's XML parts (`xml_parts`), an OLE file's UTF-16 and 8-bit strings. After the
parser's errors, that text is scanned instead, and an error says so.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TypeVar

from leakscope.pii.extract.base import Context, Item, LimitExceeded, describe
from leakscope.pii.units import ExtractError

T = TypeVar("T")
ZIP_DOCUMENTS = frozenset({"xlsx", "docx", "pptx", "ods", "odt"})
OLE = frozenset({"xls", "msg"})


def unparsed_text(kind: str, path: Path, display: str, ctx: Context) -> Iterator[Item]:
    """The text of a file of ``kind`` read around its parser (none for other kinds)."""
    try:
        if kind in ZIP_DOCUMENTS:
            from leakscope.pii.extract.xml_parts import xml_part_units

            yield from xml_part_units(path, display, ctx)
        elif kind in OLE:
            from leakscope.pii.extract.text import extract_strings

            yield from extract_strings(path, display, ctx, why="nothing could be parsed",
                                       japanese_utf16=True)
    except LimitExceeded:  # a bomb: its parser said so
        return
    except Exception as error:  # no zip directory to list the parts, the file gone, ...
        yield ExtractError(display, f"nor could its text be read around the parser "
                           f"({describe(error)})")


def fallback_if_unparsed(items: Iterator[T], kind: str, path: Path, display: str,
                         ctx: Context) -> Iterator[T | Item]:
    """``items`` (errors as items); if they are errors only, then `unparsed_text`."""
    if kind not in ZIP_DOCUMENTS | OLE:
        yield from items
        return
    parsed = failed = False
    for item in items:
        if isinstance(item, ExtractError):
            failed = True
        else:
            parsed = True
        yield item
    if failed and not parsed:
        yield from unparsed_text(kind, path, display, ctx)
