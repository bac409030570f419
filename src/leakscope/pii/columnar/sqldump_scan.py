"""SQL dumps column by column: each INSERT's tuples (and COPY's lines) as a batch of rows.

The dump is parsed as the row reader parses it (``extract.sqldump.sql_items``): the same
records ``path#table:n``, locations ``{"table", "row", "field"}`` and column names as labels.
What is not a row (an UPDATE, a query log, comments) goes to the engine as text, in order.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from itertools import groupby
from pathlib import Path

from ..engine import Engine
from ..extract.base import Context
from ..extract.registry import guarded
from ..extract.sqldump import RowBlock, TableSchema, sql_items
from ..finding import Finding, ScanError
from ..finding_table import FindingTable
from ..row_keys import KeyColumns, RowKeys
from ..units import TextUnit
from .batches import ColumnBatches, record_batch

BATCH_ROWS = 16_384  # rows of one table scanned at once


@dataclass(frozen=True)
class SqlDumpPlan:
    """A SQL dump to read statement by statement, its rows column by column."""

    path: Path

    def scan(self, engine: Engine, display: str
             ) -> Iterator[FindingTable | Finding | ScanError | RowKeys]:
        ctx = Context()
        try:
            yield from _scan(engine, self.path, display, ctx)
        finally:
            ctx.close()


def _scan(engine: Engine, path: Path, display: str, ctx: Context
          ) -> Iterator[FindingTable | Finding | ScanError | RowKeys]:
    text: list[TextUnit] = []  # units waiting for the engine, read before the next rows
    rows: RowBlock | None = None  # rows waiting (an INSERT's tuples, and the next INSERT's)
    tables: dict[tuple[str, int], ColumnBatches] = {}
    day_first: dict[str, frozenset[int]] = {}  # per table, by its first block (as extract_sql)
    schemas: dict[str, TableSchema] = {}
    for item in guarded("sql", display, sql_items(path, display, ctx)):
        if isinstance(item, TableSchema):
            schemas[item.table] = item
            continue
        if isinstance(item, RowBlock):
            yield from engine.detect(text)
            text.clear()
            if item.table not in day_first:
                day_first[item.table] = item.day_first()
            if rows is not None and _follows(rows, item) and len(rows.rows) < BATCH_ROWS:
                rows.rows.extend(item.rows)
                continue
            if rows is not None:
                yield from _rows(engine, display, rows, tables, day_first, schemas)
            rows = RowBlock(item.table, item.columns, list(item.rows), item.first)
            continue
        if rows is not None:
            yield from _rows(engine, display, rows, tables, day_first, schemas)
            rows = None
        if isinstance(item, TextUnit):
            text.append(item)
        else:  # an ExtractError: after what was read before it
            yield from engine.detect(text)
            text.clear()
            yield ScanError(item.path, item.message)
    if rows is not None:
        yield from _rows(engine, display, rows, tables, day_first, schemas)
    yield from engine.detect(text)


def _follows(rows: RowBlock, block: RowBlock) -> bool:
    """Whether ``block`` goes on where ``rows`` stops: the same table and columns, the next
    rows (the usual dump: INSERT after INSERT of 1,000 tuples)."""
    return (block.table, block.columns, block.first) == (rows.table, rows.columns,
                                                         rows.first + len(rows.rows))


def _rows(engine: Engine, display: str, block: RowBlock,
          tables: dict[tuple[str, int], ColumnBatches], day_first: dict[str, frozenset[int]],
          schemas: dict[str, TableSchema]) -> Iterator[FindingTable | ScanError | RowKeys]:
    """A block's rows, runs of one width at a time (a tuple may have more or fewer values);
    ``day_first``: each table's columns that write dates day first."""
    number = block.first
    for width, run in groupby(block.rows, len):
        rows = list(run)
        if not width:  # "()": a record with no cells
            number += len(rows)
            continue
        labels = tuple((block.columns + [None] * width)[:width])
        prefix = f"{display}#{block.table}:"
        keyed = _key_columns(block.table, labels, schemas)
        columns = tables.get((block.table, width))
        if columns is None:
            columns = tables[block.table, width] = ColumnBatches(
                engine, display, labels, prefix, {"table": block.table},
                date_order=day_first[block.table])
        for start in range(0, len(rows), BATCH_ROWS):
            batch = record_batch(rows[start:start + BATCH_ROWS], width)
            if keyed is not None:  # (before the rows' findings: the linker waits for them)
                yield keyed.keys(display, prefix, batch, number + start)
            yield from columns.scan(batch, number + start)
        number += len(rows)


def _key_columns(table: str, columns: tuple[str | None, ...], schemas: dict[str, TableSchema]
                 ) -> KeyColumns | None:
    """The table's key columns as the dump's CREATE TABLEs so far declare them, else as they
    are named: a column named as another table's primary key (not ``id``) points at it."""
    schema = schemas.get(table) or TableSchema(table)
    elsewhere = {other.primary[0].lower(): name for name, other in schemas.items()
                 if name != table and len(other.primary) == 1
                 and other.primary[0].lower() != "id"}
    primary = schema.primary[0] if len(schema.primary) == 1 else None
    return KeyColumns.of(table, columns, primary, schema.references, elsewhere)
