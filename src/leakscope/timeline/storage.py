"""Parquet storage of the timeline and the DuckDB view over it.

Each ingest batch is one Parquet file under ``CASE/events/``, written in row groups of
:data:`ROW_GROUP` events (memory stays bounded whatever the input size), renamed into place
when complete and made read-only: batches are immutable, a re-ingest adds a new batch.

Readers (detect, report, the CLI) call :func:`events_relation`, which returns an in-process
DuckDB connection with a view ``events`` over every batch: one row per event, the columns of
:data:`~leakscope.timeline.schema.COLUMNS` (``leakscope.raw`` as JSON text) plus ``ts``, the
``@timestamp`` as a DuckDB ``TIMESTAMP`` (UTC) for range filters and ordering.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

import duckdb
import orjson
import pyarrow as pa
import pyarrow.parquet as pq

from leakscope.case.private_fs import make_private_dir, make_read_only, open_private
from leakscope.timeline.schema import COLUMNS, INT_FIELDS, RAW, Event, as_int

ROW_GROUP = 16_384
GROUP_BYTES = 8 * 1024 * 1024
SCHEMA = pa.schema([
    pa.field(name, pa.int64() if name in INT_FIELDS else pa.string()) for name in COLUMNS
])


def raw_json(raw: dict[str, Any]) -> str:
    """The raw record as JSON text (odd values such as 128-bit ints become strings)."""
    try:
        return orjson.dumps(raw).decode()
    except TypeError:
        return json.dumps(raw, ensure_ascii=False, default=str)


class EventWriter:
    """Streams normalized events into one Parquet file, a row group at a time.

    A row group is flushed at :data:`ROW_GROUP` events or :data:`GROUP_BYTES` of raw JSON,
    whichever comes first, so memory stays bounded even for 10 KB PowerShell records.  Its
    encoding and compression run in a background thread (Arrow releases the GIL there) while
    the next group is parsed; at most one group waits, so memory stays bounded.
    """

    def __init__(self, path: Path, *, read_only: bool = True) -> None:
        self.path = path
        self._read_only = read_only
        self._partial = path.with_name(path.name + ".partial")
        make_private_dir(path.parent)
        self._sink = open_private(self._partial, "wb")
        self._writer = pq.ParquetWriter(self._sink, SCHEMA, compression="zstd")
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="parquet")
        self._pending: Future[None] | None = None
        self._rows: list[tuple[Any, ...]] = []
        self._raw: list[str] = []
        self._bytes = 0
        self.count = 0

    def add(self, event: Event) -> None:
        raw = raw_json(event.get(RAW) or {})
        # Normalized events hold exactly COLUMNS in order: take the values in one C call.
        row = tuple(event.values()) if tuple(event) == COLUMNS else tuple(
            event.get(name) for name in COLUMNS)
        self._rows.append(row)
        self._raw.append(raw)
        self._bytes += len(raw)
        self.count += 1
        if len(self._rows) >= ROW_GROUP or self._bytes >= GROUP_BYTES:
            self._flush()

    def _flush(self) -> None:
        if not self._rows:
            return
        columns = dict(zip(COLUMNS, map(list, zip(*self._rows, strict=True)), strict=True))
        columns[RAW] = self._raw
        try:
            table = pa.Table.from_pydict(columns, schema=SCHEMA)
        except (pa.ArrowInvalid, pa.ArrowTypeError):
            table = pa.Table.from_pydict(_coerced(columns), schema=SCHEMA)
        self._write(table)
        self._rows, self._raw, self._bytes = [], [], 0

    def _write(self, table: pa.Table) -> None:
        self._wait()
        self._pending = self._pool.submit(self._writer.write_table, table)

    def _wait(self) -> None:
        if self._pending is not None:
            pending, self._pending = self._pending, None
            pending.result()  # re-raises a write error here, in the caller's thread

    def close(self) -> Path:
        """Finish the file, move it into place and make it read-only."""
        self._flush()
        self._wait()
        self._pool.shutdown()
        self._writer.close()
        self._sink.close()
        os.replace(self._partial, self.path)
        if self._read_only:
            make_read_only(self.path)
        return self.path

    def append_part(self, part: Path) -> None:
        """Copy the row groups of another writer's file (a worker's part) into this one."""
        self._flush()
        handle = pq.ParquetFile(part)
        for index in range(handle.num_row_groups):
            table = handle.read_row_group(index)
            self._write(table)
            self.count += table.num_rows

    def abort(self) -> None:
        with contextlib.suppress(Exception):  # the file is being thrown away anyway
            self._wait()
        self._pool.shutdown()
        self._writer.close()
        self._sink.close()
        self._partial.unlink(missing_ok=True)


def _coerced(columns: dict[str, list[Any]]) -> dict[str, list[Any]]:
    """Safety net: a parser slipped a wrong type into a column; fix it rather than fail."""
    fixed: dict[str, list[Any]] = {}
    for name, values in columns.items():
        if name in INT_FIELDS:
            fixed[name] = [as_int(v) for v in values]
        else:
            fixed[name] = [v if v is None or v.__class__ is str else str(v) for v in values]
    return fixed


def batch_files(events_dir: Path) -> list[Path]:
    return sorted(events_dir.glob("*.parquet")) if events_dir.is_dir() else []


def _empty_select() -> str:
    columns = ", ".join(
        f'CAST(NULL AS {"BIGINT" if name in INT_FIELDS else "VARCHAR"}) AS "{name}"'
        for name in COLUMNS)
    return f"SELECT {columns} WHERE false"


def events_relation(source: Any, files: Iterable[Path] | None = None
                    ) -> duckdb.DuckDBPyConnection:
    """DuckDB connection with a view ``events`` over a case's timeline (or given files).

    ``source`` is a :class:`~leakscope.case.Case`, a case folder or an events folder.
    Example: ``events_relation(case).execute("SELECT count(*) FROM events").fetchone()``.
    """
    if files is None:
        events_dir = getattr(source, "events_dir", None) or Path(source)
        if (events_dir / "events").is_dir():
            events_dir = events_dir / "events"
        files = batch_files(events_dir)
    paths = [str(p) for p in files]
    con = duckdb.connect(":memory:")
    if paths:
        listing = ", ".join("'" + p.replace("'", "''") + "'" for p in paths)
        body = f"SELECT * FROM read_parquet([{listing}], union_by_name = true)"
    else:
        body = _empty_select()
    con.execute(f'CREATE VIEW events AS SELECT *, TRY_CAST("@timestamp" AS TIMESTAMP) AS ts '
                f"FROM ({body})")
    return con
