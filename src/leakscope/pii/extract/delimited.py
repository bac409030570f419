"""CSV and TSV, streamed row by row: the header gives labels, one row is one record."""

from __future__ import annotations

import csv
import itertools
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

from leakscope.pii.extract.base import Context, Item
from leakscope.pii.extract.forms import document_table_units, vertical_form_head
from leakscope.pii.extract.pipe_tables import pipe_table_items
from leakscope.pii.extract.query_values import with_query_values
from leakscope.pii.extract.report_rows import has_report, report_items
from leakscope.pii.extract.samples import with_samples_apart
from leakscope.pii.extract.tables import table_units
from leakscope.pii.extract.text import (
    decoded_chunks,
    extract_strings,
    line_blocks,
    long_line,
    open_text,
    sniff_encoding,
)
from leakscope.pii.units import ExtractError

MAX_FIELD_CHARS = 16 << 20  # an unclosed quote must not swallow the whole file
MAX_ROW_ERRORS = 100
MAX_QUOTED_LINES = 10_000  # a field spanning more lines is an unclosed quote
_CANDIDATES = (",", "\t", ";", "|")
csv.field_size_limit(MAX_FIELD_CHARS)


def sniff_delimiter(sample: str, prefer_tab: bool) -> str:
    """The delimiter that splits the first lines into the same number (>0) of fields."""
    lines = [line for line in sample.splitlines()[:20] if line.strip()]
    if len(lines) > 1:
        lines = lines[:-1]  # the last line of a sample may be cut short
    best, best_score = ("\t" if prefer_tab else ","), 0.0
    for delimiter in _CANDIDATES:
        counts = [line.count(delimiter) for line in lines]
        if not counts or min(counts) == 0:
            continue
        consistent = counts.count(max(set(counts), key=counts.count)) / len(counts)
        score = consistent * 10 + min(counts)
        if prefer_tab and delimiter == "\t":
            score += 5
        if score > best_score:
            best, best_score = delimiter, score
    return best


def looks_tabular(sample: str) -> str | None:
    """The delimiter when a text file is really a table (Excel's "Unicode text" export is a
    UTF-16 TSV named .txt): at least 3 lines, all with the same number of tabs (>= 1) or of
    commas (>= 2). Prose does not line up like that."""
    lines = [line for line in sample.splitlines()[:21] if line.strip()]
    lines = lines[:-1] if len(lines) > 3 else lines  # the last line of a sample may be cut
    if len(lines) < 3:
        return None
    for delimiter, least in (("\t", 1), (",", 2)):
        counts = {line.count(delimiter) for line in lines}
        if len(counts) == 1 and counts.pop() >= least:
            return delimiter
    return None


def extract_text_or_table(path: Path, display: str, ctx: Context) -> Iterator[Item]:
    """A text file, unless its lines line up as a table (delimited, or a report's aligned
    columns): then rows are records; so are the rows of a Markdown table in its text."""
    encoding = sniff_encoding(path)
    if encoding is None:
        yield from extract_strings(path, display, ctx)
        return
    with open_text(path, encoding) as handle:
        sample = handle.read(64 * 1024)
    delimiter = looks_tabular(sample)
    if delimiter:
        yield from _table(path, display, encoding, delimiter, ctx.rows_read)
    elif has_report(sample):
        yield from report_items(path, display, encoding)
    else:  # (a log's %-encoded query values decoded; a filling guide's examples apart;
        # Markdown tables as tables)
        blocks = line_blocks(decoded_chunks(path, encoding), display)
        yield from pipe_table_items(with_samples_apart(with_query_values(blocks)))


def extract_delimited(path: Path, display: str, ctx: Context) -> Iterator[Item]:
    encoding = sniff_encoding(path)
    if encoding is None:
        yield from extract_strings(path, display, ctx)
        return
    with open_text(path, encoding) as handle:
        delimiter = sniff_delimiter(handle.read(64 * 1024), path.suffix.lower() == ".tsv")
    yield from _table(path, display, encoding, delimiter, ctx.rows_read)


def _table(path: Path, display: str, encoding: str, delimiter: str, rows_read: int = 0
           ) -> Iterator[Item]:
    def unquoted(line: int) -> Iterator[list[str] | ExtractError]:
        """Line `line` read without quoting, then the rest of the file as usual."""
        with open_text(path, encoding) as handle:
            for _ in itertools.islice(handle, line - 1):
                pass
            head = handle.readline(MAX_FIELD_CHARS)
            if len(head) == MAX_FIELD_CHARS and not head.endswith("\n"):
                yield from long_line(handle, head, display, line, MAX_FIELD_CHARS)  # as text
            else:
                bad = csv.reader([head], delimiter=delimiter, quoting=csv.QUOTE_NONE)
                yield from _rows(bad, display, None, line - 1)
            yield from _rows(csv.reader(handle, delimiter=delimiter), display, unquoted, line)

    with open_text(path, encoding) as handle:
        rows = _rows(csv.reader(handle, delimiter=delimiter), display, unquoted)
        head, form = vertical_form_head(rows)
        if form:  # label, value a line: one person's form
            yield from document_table_units(display, head, f"{display}#", {})
            return
        yield from table_units(display, itertools.chain(head, rows), f"{display}#",
                               rows_read=rows_read)


def _rows(
    reader,
    display: str,
    unquoted: Callable[[int], Iterator[list[str] | ExtractError]] | None,
    skipped_lines: int = 0,
) -> Iterator[list[str] | ExtractError]:
    """Rows of a CSV reader; a malformed row is an error and reading goes on.

    A quote that never closes would make the rest of the file one field (no labels, one
    record) or a field over the size limit: then `unquoted(line)` reads that line again
    without quoting and the rows after it as usual.
    """
    errors = 0
    limit = MAX_QUOTED_LINES if unquoted else sys.maxsize
    before = reader.line_num  # lines read before this row (the hot loop: no more per row)
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            errors += 1
            line = skipped_lines + reader.line_num
            yield ExtractError(display, f"CSV row near line {line}: {error}")
            if unquoted and "field limit" in str(error):  # an unclosed quote, megabytes before
                yield from unquoted(skipped_lines + before + 1)
                return
            if errors >= MAX_ROW_ERRORS:
                yield ExtractError(display, f"{errors} malformed rows; rest of file skipped")
                return
            before = reader.line_num
            continue
        if reader.line_num - before > limit:
            start = skipped_lines + before + 1
            yield ExtractError(display, f"line {start}: a quoted field runs over "
                               f"{reader.line_num - before:,} lines (unclosed quote?); that "
                               "line read without quoting and the rows after it again")
            yield from unquoted(start)
            return
        before = reader.line_num
        yield row
