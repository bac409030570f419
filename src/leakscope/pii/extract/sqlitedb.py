"""SQLite database files: every table row is a record, column names are labels.

The file is opened read-only *and* immutable (``file:...?mode=ro&immutable=1``): SQLite
then neither writes nor creates a journal or WAL beside the evidence, even for a database
that was left with a hot journal.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

from leakscope.pii.extract.base import Context, Item
from leakscope.pii.extract.tables import row_units
from leakscope.pii.units import ExtractError

FETCH_ROWS = 1000


def open_read_only(path: Path) -> sqlite3.Connection:
    """The database, read-only; text that is not UTF-8 (a damaged page, a legacy client's
    Shift_JIS) comes with U+FFFD where it breaks, not as a failure of its whole table."""
    uri = f"file:{quote(str(path.resolve()))}?mode=ro&immutable=1"
    connection = sqlite3.connect(uri, uri=True)
    connection.text_factory = _lenient_text
    return connection


def _lenient_text(value: bytes) -> str:
    return value.decode("utf-8", "replace")


def extract_sqlite(path: Path, display: str, ctx: Context) -> Iterator[Item]:
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
    columns = [description[0] for description in cursor.description]
    number = 0
    while rows := cursor.fetchmany(FETCH_ROWS):
        for row in rows:
            number += 1
            record = f"{display}#{table}:{number}"
            yield row_units(display, row, columns, number, record, {"table": table})
