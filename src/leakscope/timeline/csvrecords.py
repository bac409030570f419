"""Rows of CSV exports (M365 audit, Entra sign-ins, message tracking, generic) as dicts.

The encoding is chosen once per file from its start (BOM, else UTF-8, else CP932 for Japanese
Excel exports); undecodable bytes become U+FFFD rather than stopping the file.
"""

from __future__ import annotations

import codecs
import csv
import io
import sys
from collections.abc import Iterator
from pathlib import Path

from leakscope.timeline.schema import ParseError
from leakscope.timeline.textio import head_text, open_binary, read_head

csv.field_size_limit(min(sys.maxsize, 64 * 1024 * 1024))


def csv_header(head: bytes) -> list[str]:
    """Column names of a CSV sniffing buffer (empty when it is not CSV-like)."""
    first = head_text(head).lstrip("\ufeff").splitlines()[:1]
    if not first or "," not in first[0]:
        return []
    try:
        return [name.strip() for name in next(csv.reader(first))]
    except csv.Error:
        return []


def _encoding(path: Path) -> str:
    head = read_head(path, 65536)
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    try:
        head.decode("utf-8")
        return "utf-8-sig"
    except UnicodeDecodeError as exc:
        if exc.start > len(head) - 4:  # a character cut by the buffer end
            return "utf-8-sig"
        return "cp932"


def iter_rows(path: Path, display: str, *, skip_comments: bool = False
              ) -> Iterator[tuple[dict[str, str], int, None] | ParseError]:
    """(row dict, 1-based data row number, None) per CSV row, or a ParseError for a broken
    row (no byte offset: a quoted field may span lines)."""
    with open_binary(path) as raw:
        text = io.TextIOWrapper(raw, encoding=_encoding(path), errors="replace", newline="")
        lines = (line for line in text if not (skip_comments and line.startswith("#")))
        reader = csv.reader(lines)
        try:
            header = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield ParseError(display, f"CSV header unreadable: {exc}")
            return
        header = [name.strip().lstrip("\ufeff") for name in header]
        number = 0
        while True:
            number += 1
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                yield ParseError(display, f"row {number}: {exc}", number)
                continue
            if not row:
                continue
            if len(row) != len(header):
                yield ParseError(display, f"row {number}: {len(row)} values for "
                                 f"{len(header)} columns", number)
                continue
            yield dict(zip(header, row, strict=True)), number, None
