"""SQLite database files column by column: every table's rows in batches, names as labels.

The same records, locations and findings as the row reader (``extract.sqlitedb``): a row is
a record ``path#table:n``, a cell's location ``{"table", "row", "field"}``. The file is opened
read-only and immutable there, and so here.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa

from ..engine import Engine
from ..extract.base import cell_text
from ..extract.sqlitedb import open_read_only
from ..finding import Finding, ScanError
from ..finding_table import FindingTable
from .batches import ColumnBatches, row_reader

FETCH_ROWS = 4096  # a batch: ~0.5-1 MB of a typical customer table


@dataclass(frozen=True)
class SqlitePlan:
    """A SQLite database file to read table by table."""

    path: Path

    def scan(self, engine: Engine, display: str) -> SqliteScan:
        return SqliteScan(engine, self.path, display)


class SqliteScan:
    """Iterate for each table's FindingTables; a table that fails to read is an error record,
    after the findings of the rows read before it failed."""

    def __init__(self, engine: Engine, path: Path, display: str) -> None:
        self.engine, self.path, self.display = engine, path, display

    def __iter__(self) -> Iterator[FindingTable | Finding | ScanError]:
        connection = open_read_only(self.path)
        try:
            try:
                names = [row[0] for row in connection.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
            except sqlite3.Error:  # not a database after all: the row reader names why
                yield from row_reader(self.engine, self.path, self.display)
                return
            for table in names:
                yield from self._table(connection, table)
        finally:
            connection.close()

    def _table(self, connection: sqlite3.Connection, table: str
               ) -> Iterator[FindingTable | ScanError]:
        quoted = '"' + table.replace('"', '""') + '"'
        first = 1
        try:
            cursor = connection.execute(f"SELECT * FROM {quoted}")  # name from the schema
            labels = tuple(description[0] for description in cursor.description)
            columns = ColumnBatches(self.engine, self.display, labels,
                                    f"{self.display}#{table}:", {"table": table})
            while rows := cursor.fetchmany(FETCH_ROWS):
                yield from columns.scan(_record_batch(rows, len(labels)), first)
                first += len(rows)
        except sqlite3.Error as error:  # a corrupt page or a virtual table we lack
            yield ScanError(self.display, f"table {table!r} unreadable: {error}")


def _record_batch(rows: list[tuple], width: int) -> pa.RecordBatch:
    """Rows as string columns, each cell as the row reader writes it (``cell_text``)."""
    columns = zip(*rows, strict=True) if rows else [()] * width
    return pa.record_batch(
        [pa.array([v if v.__class__ is str else cell_text(v) for v in column], pa.string())
         for column in columns],
        names=[f"c{i}" for i in range(width)])
