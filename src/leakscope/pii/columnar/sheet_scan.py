"""Excel worksheets column by column: a list's data rows in batches, its header as labels.

.xlsx by calamine (where its guard allows), .xls by xlrd. The same records, locations and
findings as the row reader (``extract.spreadsheet``): a row is a record ``path#sheet!rowN``,
a cell's location ``{"sheet", "row", "field"}``. What the row reader reads as a form (a small
sheet), a sheet without a header and the title rows above a header go to the engine as the
row reader makes their units. A sheet whose first row is data takes the labels its values say
(``column_kinds``), as the row reader does.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..engine import Engine
from ..extract.archive import check_container
from ..extract.base import Context, LimitExceeded
from ..extract.calamine_child import CalamineDied, Rows, Sheets, SheetUnreadable
from ..extract.forms import document_table_units, sheet_head, sheet_units
from ..extract.samples import as_samples, sample_sheet
from ..extract.spreadsheet import calamine_worksheets, sheet_error, xls_worksheets
from ..extract.tables import HEADER_SCAN_ROWS, head_labels, table_units, title_units
from ..extract.unparsed import unparsed_text
from ..extract.xlsx_guard import calamine_refusal
from ..finding import Finding, ScanError
from ..finding_table import FindingTable
from ..units import TextUnit
from .batches import ColumnBatches, record_batch
from .cell_path import row_reader

BATCH_ROWS = 16_000  # rows a batch holds (~4 MB of a customer sheet)


@dataclass(frozen=True)
class WorkbookPlan:
    """A workbook to scan sheet by sheet: an .xlsx calamine may read (``kind`` "xlsx"), or
    an .xls ("xls")."""

    path: Path
    kind: str = "xlsx"

    def scan(self, engine: Engine, display: str) -> WorkbookScan:
        return WorkbookScan(engine, self, display)

    def sheets(self) -> Sheets:
        return (calamine_worksheets if self.kind == "xlsx" else xls_worksheets)(self.path)


def plan_workbook(path: Path, kind: str = "xlsx") -> WorkbookPlan | None:
    """A plan, or None where the row reader must go (a declared bomb, a workbook calamine
    must not read): it says why, or reads with openpyxl."""
    if kind == "xls":
        return WorkbookPlan(path, kind)
    try:
        check_container(path, Context())
    except LimitExceeded:
        return None
    return WorkbookPlan(path) if calamine_refusal(path) is None else None


class WorkbookScan:
    """Iterate for each sheet's findings (FindingTables and Findings); an unreadable sheet is
    an error record, the other sheets are still read."""

    def __init__(self, engine: Engine, plan: WorkbookPlan, display: str) -> None:
        self.engine, self.plan, self.display = engine, plan, display

    def __iter__(self) -> Iterator[FindingTable | Finding | ScanError]:
        try:
            sheets = self.plan.sheets()
        except Exception:  # the reader cannot open it: the row reader tries and says why
            yield from row_reader(self.engine, self.plan.path, self.display)
            return
        read = failed = 0
        for title, rows in sheets:
            if isinstance(rows, Exception):
                yield ScanError(self.display, sheet_error(title, rows))
                failed += 1
                continue
            read += 1
            try:
                yield from self._sheet(title, rows)
            except (CalamineDied, SheetUnreadable) as error:  # the rows read before are kept
                yield ScanError(self.display, sheet_error(title, error))
        if failed and not read:  # no sheet opened: as the row reader, the text around it
            yield from row_reader(self.engine, self.plan.path, self.display, items=unparsed_text(
                self.plan.kind, self.plan.path, self.display, Context()))

    def _sheet(self, title: str, rows: Rows) -> Iterator[FindingTable | Finding | ScanError]:
        display, prefix, base = self.display, f"{self.display}#{title}!", {"sheet": title}
        head, rest = sheet_head(rows)
        if sample_sheet(title, head):  # (a guide's example: the row reader's units, nobody's)
            yield from self._engine(as_samples(sheet_units(
                display, itertools.chain(head, rest or ()), prefix, base)))
            return
        if rest is None:
            yield from self._engine(document_table_units(display, head, prefix, base))
            return
        header, labels = head_labels(head[:HEADER_SCAN_ROWS])
        if not labels:  # nothing to label a column: the row reader's units
            yield from self._engine(table_units(display, itertools.chain(head, rest), prefix,
                                                base))
            return
        start = 0 if header is None else header + 1  # (no header: labels the values gave)
        yield from self._engine(  # title rows have no labels
            title_units(display, row, number, f"{prefix}row{number}", base)
            for number, row in enumerate(head[:max(start - 1, 0)], 1))
        columns = ColumnBatches(self.engine, display, labels, f"{prefix}row", base,
                                date_order=True)
        data = itertools.chain(head[start:], rest)
        first = start + 1  # rows numbered as Excel numbers them
        while batch := list(itertools.islice(data, BATCH_ROWS)):
            yield from columns.scan(record_batch(batch, len(labels)), first)
            first += len(batch)

    def _engine(self, items: Iterable) -> Iterator[Finding | ScanError]:
        """The engine over the row reader's items (units, and rows of them; a sheet's rows
        hold no errors)."""
        def units() -> Iterator[TextUnit]:
            for item in items:
                if item.__class__ is list:
                    yield from item
                elif isinstance(item, TextUnit):
                    yield item

        return self.engine.detect(units())
