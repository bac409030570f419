"""SQLite database files column by column: every table's rows in batches, names as labels.

The same records, locations and findings as the row reader (``extract.sqlitedb``): a row is
a record ``path#table:n``, a cell's location ``{"table", "row", "field"}``. The file is opened
read-only and immutable there, and so here.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Generator, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..engine import Engine
from ..extract.sqlitedb import FETCH_ROWS as ROW_READER_FETCH
from ..extract.sqlitedb import cut_short, open_read_only, unread_database_strings
from ..finding import Finding, ScanError
from ..finding_table import FindingTable
from ..row_keys import KeyColumns, RowKeys
from .batches import ColumnBatches, record_batch
from .cell_path import row_reader

FETCH_ROWS = 16 * ROW_READER_FETCH  # rows a batch holds (~4 MB of a customer table)


class _Undecodable(Exception):
    """Reading failed other than as SQLite reports it (a column name that is not UTF-8)."""


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

    def __iter__(self) -> Iterator[FindingTable | Finding | ScanError | RowKeys]:
        connection = open_read_only(self.path)
        try:
            try:
                names = [row[0] for row in connection.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
            except Exception:  # no database, or a schema Python cannot read: the row reader says
                yield from row_reader(self.engine, self.path, self.display)
                return
            self._order = {name: i for i, name in enumerate(names)}
            self._failed = self._read = 0
            for table in names:
                if not (yield from self._table(connection, table)):
                    return
            for error in cut_short(self.path, self.display):  # as the row reader, after
                yield ScanError(error.path, error.message)
            if self._failed and not self._read:  # as the row reader: the file's strings
                yield from row_reader(self.engine, self.path, self.display,
                                      items=unread_database_strings(self.path, self.display))
        finally:
            connection.close()

    def _table(self, connection: sqlite3.Connection, table: str
               ) -> Generator[FindingTable | Finding | ScanError | RowKeys, None, bool]:
        """The table's findings; False when the row reader took over the rest of the file."""
        columns, read, prefix = None, 0, f"{self.display}#{table}:"
        try:
            for labels, rows in _row_batches(connection, table):
                if columns is None:
                    columns = ColumnBatches(self.engine, self.display, labels, prefix,
                                            {"table": table}, date_order=True)
                    keyed = _key_columns(connection, table, labels)
                batch = record_batch(rows, len(labels))
                if keyed is not None:  # (before the rows' findings, as the linker waits)
                    yield keyed.keys(self.display, prefix, batch, read + 1)
                yield from columns.scan(batch, read + 1)
                read += len(rows)
        except sqlite3.Error as error:  # a corrupt page or a virtual table we lack
            yield ScanError(self.display, f"table {table!r} unreadable: {error}")
            self._failed += 1
        except _Undecodable:  # the row reader stops there too, and names why
            done, order = (self._order[table], read), self._order
            yield from row_reader(self.engine, self.path, self.display,
                                  lambda location: "table" not in location  # its strings
                                  or (order[location["table"]], location["row"]) > done)
            return False
        finally:
            self._read += read
        return True


def _key_columns(connection: sqlite3.Connection, table: str, labels: tuple[str, ...]
                 ) -> KeyColumns | None:
    """The table's key columns as its schema declares them (its primary key, its foreign
    keys), else as they are named (``row_keys``)."""
    quoted = '"' + table.replace('"', '""') + '"'
    try:
        primary = [row[1] for row in connection.execute(f"PRAGMA table_info({quoted})")
                   if row[5] > 0]
        declared = {row[3]: row[2] for row in connection.execute(
            f"PRAGMA foreign_key_list({quoted})")}
    except sqlite3.Error:
        primary, declared = [], {}
    return KeyColumns.of(table, labels, primary[0] if len(primary) == 1 else None, declared)


def _row_batches(connection: sqlite3.Connection, table: str
                 ) -> Iterator[tuple[tuple[str, ...], list[tuple]]]:
    """Column names and rows, ~FETCH_ROWS at a time, fetched in the row reader's steps: a
    fetch that fails loses its rows there, so the rows of the fetches before are yielded
    before the error is raised."""
    quoted = '"' + table.replace('"', '""') + '"'
    rows: list[tuple] = []
    try:
        cursor = connection.execute(f"SELECT * FROM {quoted}")  # name from the schema
        labels = tuple(description[0] for description in cursor.description)
        while chunk := cursor.fetchmany(ROW_READER_FETCH):
            rows += chunk
            if len(rows) >= FETCH_ROWS:
                yield labels, rows
                rows = []
    except Exception as error:
        if rows:
            yield labels, rows
        if isinstance(error, sqlite3.Error):
            raise
        raise _Undecodable from error
    if rows:
        yield labels, rows
