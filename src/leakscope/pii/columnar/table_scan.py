"""A CSV / TSV scanned column by column: Arrow parses, column rules answer, the engine reads
only the cells the rules cannot vouch for.

Each ~1 MB batch of rows becomes one ``FindingTable`` holding every finding of its rows, in
the order the cell-by-cell path gives them. Where Arrow cannot read on as ``csv.reader`` does
(a ragged row, a field longer than a block, a header it splits otherwise) the rest is read row
by row from where Arrow stopped, so nothing is lost and nothing is found twice: the rows before
are passed over unread (a file cut mid-row costs no second scan of all its cells). Files without
a header take the labels their values say (``column_kinds``), or stay with the row reader.
"""

from __future__ import annotations

import csv
import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa

from ..engine import Engine
from ..extract.delimited import looks_tabular, sniff_delimiter
from ..extract.forms import vertical_form_head
from ..extract.tables import HEADER_SCAN_ROWS, head_labels, header_labels, title_units
from ..extract.text import open_text, sniff_encoding
from ..finding import Finding, ScanError
from ..finding_table import FindingTable
from .batches import ColumnBatches
from .cell_path import row_reader
from .reader import RaggedRow, read_batches


@dataclass(frozen=True)
class TablePlan:
    """How to read a delimited file column by column: its encoding, delimiter and header."""

    path: Path
    encoding: str
    delimiter: str
    labels: tuple[str | None, ...]  # (each after its group's name: ``table_labels``)
    titles: tuple[tuple[str, ...], ...] = ()  # rows above the header (a sheet's title)
    header: tuple[str | None, ...] = ()  # the header row as written (none: ``column_kinds``)

    def scan(self, engine: Engine, display: str) -> TableScan:
        return TableScan(engine, self, display)


def plan_table(path: Path, kind: str = "csv") -> TablePlan | None:
    """A plan when the file (sniffed as ``kind``) is a delimited table with a header among its
    first rows (titles above it on one line each), else None."""
    encoding = sniff_encoding(path)
    if encoding is None:
        return None
    with open_text(path, encoding) as handle:
        sample = handle.read(64 * 1024)
    if kind == "csv":
        delimiter = sniff_delimiter(sample, path.suffix.lower() == ".tsv")
    elif not (delimiter := looks_tabular(sample)):
        return None  # prose: the line reader's
    try:
        with open_text(path, encoding) as handle:
            reader = csv.reader(handle, delimiter=delimiter)
            head, form = vertical_form_head(reader)
            if form:
                return None  # label, value a line: a form, the row reader's
            head += itertools.islice(reader, max(0, HEADER_SCAN_ROWS - len(head)))
    except csv.Error:
        return None
    header, labels = head_labels(head[:HEADER_SCAN_ROWS])
    if not labels:
        return None  # nothing labels a column: the row-by-row reader's
    if header is None:  # labels the values gave: every row is data
        return TablePlan(path, encoding, delimiter, labels)
    return TablePlan(path, encoding, delimiter, labels,
                     tuple(tuple(row) for row in head[:header]),
                     tuple(header_labels(head[header])))


class TableScan:
    """One planned file, scanned by ``engine``; iterate for FindingTables, findings, errors."""

    def __init__(self, engine: Engine, plan: TablePlan, display: str) -> None:
        self.engine, self.plan, self.display = engine, plan, display
        self.columns = ColumnBatches(engine, display, plan.labels, f"{display}#row",
                                     date_order=True)

    def __iter__(self) -> Iterator[FindingTable | Finding | ScanError]:
        plan = self.plan
        done = len(plan.titles)  # rows numbered as csv.reader numbers them, from 1
        yield from self.engine.detect(  # title rows have no labels: the engine reads them
            unit for number, row in enumerate(plan.titles, 1)
            for unit in title_units(self.display, row, number, f"{self.display}#row{number}"))
        batches = read_batches(plan.path, plan.encoding, plan.delimiter, len(plan.labels),
                               skip=done)
        header = bool(plan.header)  # (none where the values gave the labels)
        while True:
            try:  # only reading may fail over to the row reader; a bug below must surface
                batch = next(batches, None)
            except RaggedRow as ragged:
                done = len(plan.titles) + ragged.rows_done
                break
            except (pa.ArrowInvalid, OSError):
                break  # a field longer than a block, a read error: csv.reader says what it is
            if batch is None:
                return
            if header:
                if tuple(header_labels([c[0].as_py() for c in batch.columns])) != plan.header:
                    break  # Arrow read the header otherwise: let csv.reader read the rest
                header, done, batch = False, done + 1, batch.slice(1)
            yield from self.columns.scan(batch, done + 1)
            done += batch.num_rows
        # the rest row by row (a line too long for a row is read as text: its units hold none)
        yield from row_reader(self.engine, plan.path, self.display,
                              lambda location: location.get("row", done + 1) > done,
                              rows_read=done)
