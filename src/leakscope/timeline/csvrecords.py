"""Rows of CSV exports (M365 audit, Entra sign-ins, message tracking, generic) as dicts.

The encoding is chosen once per file from its start (BOM, else UTF-8, else CP932 for Japanese
Excel exports); undecodable bytes become U+FFFD rather than stopping the file.
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import sys
from collections.abc import Generator, Iterator
from pathlib import Path

from leakscope.timeline.schema import ParseError
from leakscope.timeline.textio import head_text, open_binary, read_head

csv.field_size_limit(min(sys.maxsize, 64 * 1024 * 1024))
MAX_QUOTED_LINES = 10_000  # a quoted field spanning more lines is an unclosed quote


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
    row (no byte offset: a quoted field may span lines).

    A quote that never closes would swallow the rest of the file into one field: a row
    running over `MAX_QUOTED_LINES` lines costs only its first line; reading resumes after it.
    """
    header: list[str] = []
    skip: int | None = 0
    number = 0
    while skip is not None:
        with open_binary(path) as raw:
            text = io.TextIOWrapper(raw, encoding=_encoding(path), errors="replace", newline="")
            lines = (line for line in text if not (skip_comments and line.startswith("#")))
            reader = csv.reader(itertools.islice(lines, skip, None))
            if not header:
                try:
                    header = [name.strip().lstrip("\ufeff") for name in next(reader)]
                except StopIteration:
                    return
                except csv.Error as exc:
                    yield ParseError(display, f"CSV header unreadable: {exc}")
                    return
            skip, number = yield from _rows(reader, header, display, skip, number)


def _rows(reader, header: list[str], display: str, skip: int, number: int
          ) -> Generator[tuple[dict[str, str], int, None] | ParseError, None,
                         tuple[int | None, int]]:
    """Rows of one pass; returns the line to resume after (None at the end) and the count."""
    while True:
        start = skip + reader.line_num + 1
        number += 1
        try:
            row = next(reader)
        except StopIteration:
            return None, number
        except csv.Error as exc:
            yield ParseError(display, f"row {number}: {exc}", number)
            continue
        if skip + reader.line_num - start + 1 > MAX_QUOTED_LINES:
            yield ParseError(display, f"row {number}: the quote opened on line {start} never "
                             "closes; that line skipped, the rows after it read again", number)
            return start, number
        if not row:
            continue
        if len(row) != len(header):
            yield ParseError(display, f"row {number}: {len(row)} values for "
                             f"{len(header)} columns", number)
            continue
        yield dict(zip(header, row, strict=True)), number, None
