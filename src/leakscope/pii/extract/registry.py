"""Pick the extractor for a file and turn every failure into an `ExtractError`.

Extractors are imported on first use: a scan of CSV files never loads pypdf or openpyxl.
"""

from __future__ import annotations

import importlib
import stat
import zipfile
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

from leakscope.pii.extract.base import (
    ArchiveLimits,
    Batch,
    Context,
    Item,
    LimitExceeded,
    TableMember,
    describe,
)
from leakscope.pii.extract.sniff import sniff
from leakscope.pii.extract.unparsed import ZIP_DOCUMENTS, fallback_if_unparsed
from leakscope.pii.extract.zip_salvage import repaired_copy
from leakscope.pii.units import ExtractError, TextUnit

T = TypeVar("T")

Extractor = Callable[[Path, str, Context], Iterator[Item | Batch | TableMember]]

_EXTRACTORS: dict[str, tuple[str, str]] = {
    "text": ("delimited", "extract_text_or_table"),
    "csv": ("delimited", "extract_delimited"),
    "json": ("jsondoc", "extract_json"),
    "jsonl": ("jsondoc", "extract_json_lines"),
    "sql": ("sqldump", "extract_sql"),
    "sqlite": ("sqlitedb", "extract_sqlite"),
    "zengin": ("zengin", "extract_zengin"),
    "vcard": ("vcard", "extract_vcard"),
    "hl7": ("hl7", "extract_hl7"),
    "receipt": ("receipt", "extract_receipt"),
    "xml": ("xmldoc", "extract_xml"),
    "xlsx": ("spreadsheet", "extract_xlsx"),
    "xls": ("spreadsheet", "extract_xls"),
    "docx": ("documents", "extract_docx"),
    "pptx": ("documents", "extract_pptx"),
    "pdf": ("pdf", "extract_pdf"),
    "rtf": ("rtf", "extract_rtf"),
    "ods": ("odf", "extract_ods"),
    "odt": ("odf", "extract_odt"),
    "html": ("mail", "extract_html"),
    "eml": ("mail", "extract_eml"),
    "mbox": ("mail", "extract_mbox"),
    "msg": ("mail", "extract_msg"),
    "tnef": ("mail", "extract_tnef"),
    "zip": ("archive", "extract_zip"),
    "tar": ("archive", "extract_tar"),
    "gzip": ("archive", "extract_gzip"),
    "bz2": ("archive", "extract_bz2"),
    "xz": ("archive", "extract_xz"),
}


def _extractor(kind: str) -> Extractor:
    if kind == "legacy":
        text = importlib.import_module("leakscope.pii.extract.text")
        why = "legacy Office binary format (.doc/.ppt) is not parsed"
        return partial(text.extract_strings, why=why, japanese_utf16=True)
    module, name = _EXTRACTORS[kind]
    return getattr(importlib.import_module(f"leakscope.pii.extract.{module}"), name)


def extract(
    path: Path, display_path: str, limits: ArchiveLimits | None = None,
    plan_table: Callable[[Path, Context], Any] | None = None, rows_read: int = 0,
) -> Iterator[TextUnit | ExtractError | TableMember]:
    """Text units of one evidence file (archives and mail recursively), errors as items.

    The generator never raises for bad input: a corrupt file, a bomb or a vanished path
    becomes an `ExtractError` naming `display_path`, after the units read so far.
    ``plan_table`` (the scanner's): archive members and mail attachments it plans come as
    `TableMember`s instead of their units, each to be read before the next item is asked for
    (its copy goes then). ``rows_read``: a CSV / TSV's first rows the caller read already
    (`Context.rows_read`).
    """
    path = Path(path)
    try:
        mode = path.stat().st_mode
    except OSError as error:
        yield ExtractError(display_path, f"cannot read: {error.strerror or error}")
        return
    if not stat.S_ISREG(mode):  # a pipe or device would block or never end
        what = "a directory" if stat.S_ISDIR(mode) else "a pipe, socket or device"
        yield ExtractError(display_path, f"not a regular file ({what})")
        return
    ctx = Context(limits or ArchiveLimits(), plan_table=plan_table, rows_read=rows_read)
    try:
        yield from flattened(extract_nested(path, display_path, ctx))
    finally:
        ctx.close()


def flattened(items: Iterable[Item | Batch | TableMember]) -> Iterator[Item | TableMember]:
    """``items`` with their batches (lists: one row of a table) taken apart, as `extract`
    gives them."""
    for item in items:
        if item.__class__ is list:
            yield from item
        else:
            yield item


def extract_nested(path: Path, display: str, ctx: Context
                   ) -> Iterator[Item | Batch | TableMember]:
    """`extract` for a member or attachment, sharing the limits of the top-level file.

    Items may come in batches (lists); only `extract` flattens them.
    """
    try:
        kind = sniff(path)
    except OSError as error:
        yield ExtractError(display, f"cannot read: {error.strerror or error}")
        return
    except Exception as error:  # sniffing reads headers of hostile files too
        yield ExtractError(display, f"cannot identify the format: {describe(error)}")
        return
    if kind.startswith("unsupported:"):
        yield ExtractError(display, kind.removeprefix("unsupported:"))
        return
    if kind in ZIP_DOCUMENTS and not zipfile.is_zipfile(path):
        yield from guarded(kind, display, _cut_document(kind, path, display, ctx))
        return
    items = guarded(kind, display, _extractor(kind)(path, display, ctx))
    yield from fallback_if_unparsed(items, kind, path, display, ctx)


def _cut_document(kind: str, path: Path, display: str, ctx: Context
                  ) -> Iterator[Item | Batch | TableMember]:
    """An Office file without its zip directory (a download cut short, a carved file): its
    parts before the cut, read from their own headers into a repaired private copy."""
    copy = repaired_copy(path, ctx)
    if copy is None:  # not a zip cut short: the extractor names the damage
        yield from _extractor(kind)(path, display, ctx)
        return
    try:
        yield ExtractError(display, "no zip directory at the end (file cut short?); the "
                           "parts before the cut read from their own headers")
        items = guarded(kind, display, _extractor(kind)(copy, display, ctx))
        yield from fallback_if_unparsed(items, kind, copy, display, ctx)
    finally:
        copy.unlink(missing_ok=True)


def extract_copy(copy: Path, display: str, ctx: Context
                 ) -> Iterator[Item | Batch | TableMember]:
    """A spilled archive member or attachment: a `TableMember` when the caller's planner plans
    it (the caller scans the copy before it asks for the next item), else its items."""
    plan = ctx.plan_table(copy, ctx) if ctx.plan_table else None
    if plan is None:
        yield from extract_nested(copy, display, ctx)
    else:
        yield TableMember(plan, display)


def guarded(kind: str, display: str, items: Iterator[T]) -> Iterator[T | ExtractError]:
    """``items``, then an error naming the file if reading them raised."""
    try:
        yield from items
    except LimitExceeded as error:
        yield ExtractError(display, str(error))
    except OSError as error:
        yield ExtractError(display, f"cannot read {kind}: {error.strerror or error}")
    except Exception as error:  # a parser's failure on hostile input must not stop the scan
        yield ExtractError(display, f"corrupt or unreadable {kind}: {describe(error)}")
