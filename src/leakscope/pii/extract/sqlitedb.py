"""SQLite database files: every table row is a record, column names are labels.

The file is opened read-only *and* immutable (``file:...?mode=ro&immutable=1``): SQLite
then neither writes nor creates a journal or WAL beside the evidence, even for a database
that was left with a hot journal. A live database's newest rows may be only in its write-ahead
log (``x.sqlite3-wal`` beside it, not yet checkpointed): then the file and its log are copied
to a private directory and the copy is opened, so SQLite replays the log there. A database
none of whose rows can be read (a damaged page, header or schema) still holds its rows' text:
its printable strings are scanned.
"""

from __future__ import annotations

import itertools
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

from leakscope.pii.dates import DATE_ORDER_ROWS
from leakscope.pii.extract.base import Context, Item
from leakscope.pii.extract.registry import guarded
from leakscope.pii.extract.tables import day_first_cells, row_units
from leakscope.pii.extract.text import extract_strings
from leakscope.pii.units import ExtractError

FETCH_ROWS = 1000


def open_read_only(path: Path) -> sqlite3.Connection:
    """The database, read-only (its write-ahead log replayed on a private copy); text that is
    not UTF-8 (a damaged page, a legacy client's Shift_JIS) comes with U+FFFD where it breaks,
    not as a failure of its whole table."""
    log = path.with_name(path.name + "-wal")
    if log.is_file() and log.stat().st_size:
        directory = Path(tempfile.mkdtemp(prefix="leakscope-sqlite-"))  # 0700
        copy = directory / "database"
        shutil.copyfile(path, copy)
        shutil.copyfile(log, directory / "database-wal")
        connection = sqlite3.connect(f"file:{quote(str(copy))}?mode=rw", uri=True,
                                     factory=_CopyConnection)
        connection.directory = directory
    else:
        uri = f"file:{quote(str(path.resolve()))}?mode=ro&immutable=1"
        connection = sqlite3.connect(uri, uri=True)
    connection.text_factory = _lenient_text
    return connection


class _CopyConnection(sqlite3.Connection):
    """A connection to a private copy of the evidence, removed when it closes."""

    directory: Path | None = None

    def close(self) -> None:
        super().close()
        if self.directory is not None:
            shutil.rmtree(self.directory, ignore_errors=True)
            self.directory = None


def _lenient_text(value: bytes) -> str:
    return value.decode("utf-8", "replace")


def extract_sqlite(path: Path, display: str, ctx: Context) -> Iterator[Item]:
    failed = rows = 0
    for item in guarded("sqlite", display, _database_items(path, display)):
        if isinstance(item, ExtractError):
            failed += 1
        else:
            rows += 1
        yield item
    yield from cut_short(path, display)
    if failed and not rows:
        yield from unread_database_strings(path, display)


def unread_database_strings(path: Path, display: str) -> Iterator[Item]:
    """The printable strings of a database of which no row could be read, after an error
    saying so (the rows are in its pages as text all the same)."""
    return extract_strings(path, display, Context(),
                           why="no row of the database could be read")


def cut_short(path: Path, display: str) -> list[ExtractError]:
    """An error if the file is shorter than its header's page count says: SQLite reads the
    missing pages as zeros, rows of NULL, and says nothing."""
    with path.open("rb") as handle:
        header = handle.read(100)
        size = handle.seek(0, 2)
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    valid = header[24:28] == header[92:96]  # the count is kept by every writer since 2010
    if len(header) < 100 or not valid or size >= pages * page_size:
        return []
    return [ExtractError(display, f"file cut short: {size:,} of the {pages * page_size:,} "
                         "bytes its header declares; the rows in the rest are lost")]


def _database_items(path: Path, display: str) -> Iterator[Item]:
    connection = open_read_only(path)
    try:
        names = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        for table in names:
            try:
                yield from _table_units(connection, table, display)
            except sqlite3.Error as error:  # a corrupt page or a virtual table we lack
                yield ExtractError(display, f"table {table!r} unreadable: {error}")
    finally:
        connection.close()


def _table_units(connection: sqlite3.Connection, table: str, display: str) -> Iterator[Item]:
    quoted = '"' + table.replace('"', '""') + '"'
    cursor = connection.execute(f"SELECT * FROM {quoted}")  # name quoted from the schema
    columns = tuple(description[0] for description in cursor.description)
    ahead: list[tuple] = []  # the rows that say how its columns write dates
    failed = None
    try:
        while len(ahead) < DATE_ORDER_ROWS and (rows := cursor.fetchmany(FETCH_ROWS)):
            ahead += rows
    except sqlite3.Error as error:  # the rows fetched before are read all the same
        failed = error
    day_first = day_first_cells(columns, ahead[:DATE_ORDER_ROWS])
    number = 0
    rest = iter(lambda: cursor.fetchmany(FETCH_ROWS), []) if failed is None else iter(())
    for rows in itertools.chain([ahead], rest):
        for row in rows:
            number += 1
            record = f"{display}#{table}:{number}"
            yield row_units(display, row, columns, number, record, {"table": table},
                            day_first)
    if failed is not None:
        raise failed
