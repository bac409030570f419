"""SQL dumps (mysqldump, pg_dump): INSERT ... VALUES tuples and COPY ... FROM stdin blocks.

Column names come from the INSERT's column list or from the CREATE TABLE before it (with
neither, from what the first rows' values are: ``column_kinds``); each tuple or COPY line is
one record. The dump is read line by line; a statement is held in
memory only until its terminating semicolon (bounded by `MAX_STATEMENT_CHARS`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from leakscope.pii.dates import DATE_ORDER_ROWS
from leakscope.pii.extract.base import Context, Item
from leakscope.pii.extract.column_kinds import inferred_labels
from leakscope.pii.extract.tables import HEADER_SCAN_ROWS, day_first_cells, row_units
from leakscope.pii.extract.text import BLOCK_CHARS, extract_strings, open_text, sniff_encoding
from leakscope.pii.units import ExtractError, TextUnit

try:  # the same tuples in C (~20x): a column of a dump costs Python no object per token
    from leakscope.pii.extract import _sqlvalues
except ImportError:  # built without a compiler
    _sqlvalues = None

MAX_STATEMENT_CHARS = 256 << 20
COPY_BLOCK_ROWS = 4096  # COPY lines handed on at once
_IDENT = r'(?:`[^`]+`|"[^"]+"|\[[^\]]+\]|[\w$]+)'
_NAME = rf"{_IDENT}(?:\s*\.\s*{_IDENT})*"
_INSERT = re.compile(
    rf"\s*(?:INSERT|REPLACE)\s+(?:(?:IGNORE|LOW_PRIORITY|DELAYED|HIGH_PRIORITY)\s+)*"
    rf"(?:INTO\s+)?(?P<table>{_NAME})\s*(?:\((?P<columns>[^)]*)\))?\s*VALUES\s*",
    re.IGNORECASE,
)
_CREATE = re.compile(
    rf"\s*CREATE\s+(?:TEMPORARY\s+|UNLOGGED\s+)?TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?(?P<table>{_NAME})",
    re.IGNORECASE,
)
_COPY = re.compile(
    rf"\s*COPY\s+(?P<table>{_NAME})\s*(?:\((?P<columns>[^)]*)\))?\s+FROM\s+stdin", re.IGNORECASE
)
_COLUMN_DEF = re.compile(rf"\s*(?P<name>{_IDENT})\s+\w")
_PRIMARY = re.compile(r"\bPRIMARY\s+KEY\b(?:\s*\((?P<columns>[^)]*)\))?", re.IGNORECASE)
_FOREIGN = re.compile(rf"\bFOREIGN\s+KEY\s*\(\s*(?P<column>{_IDENT})\s*\)", re.IGNORECASE)
_REFERENCES = re.compile(rf"\bREFERENCES\s+(?P<table>{_NAME})", re.IGNORECASE)
_NOT_COLUMNS = {
    "primary", "key", "unique", "constraint", "index", "foreign", "check", "fulltext",
    "spatial", "exclude", "like",
}
# Tokens of a VALUES list; strings in MySQL take backslash escapes, in PostgreSQL ''.
_TOKENS_BACKSLASH = re.compile(r"'(?:[^'\\]|\\.|'')*'|[(),]|[^\s(),']+|'", re.DOTALL)
_TOKENS_STANDARD = re.compile(r"'(?:[^']|'')*'|[(),]|[^\s(),']+|'", re.DOTALL)
_BACKSLASH = re.compile(r"\\(.)", re.DOTALL)
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "0": "\0", "b": "\b", "Z": "\x1a"}


def _unquote(identifier: str) -> str:
    last = re.findall(_IDENT, identifier)[-1]
    return last.strip('`"[]')


def _column_list(text: str) -> list[str]:
    return [_unquote(part.strip()) for part in text.split(",") if part.strip()]


def _unescape(text: str) -> str:
    return _BACKSLASH.sub(lambda m: _ESCAPES.get(m.group(1), m.group(1)), text)


class _Dialect:
    """MySQL strings take backslash escapes; PostgreSQL's standard strings do not."""

    def __init__(self) -> None:
        self.backslash = True

    def tuples(self, values: str) -> Iterable[list[str | None]] | None:
        """Tuples of a VALUES list, or None when the statement is not finished yet."""
        if _sqlvalues is not None:
            try:
                return _sqlvalues.tuples(values, self.backslash)
            except UnicodeEncodeError:  # a lone surrogate: this reader takes it as it is
                pass
        pattern = _TOKENS_BACKSLASH if self.backslash else _TOKENS_STANDARD
        tokens = pattern.findall(values)
        if "'" in tokens:
            return None  # a string is still open: the statement goes on in the next line
        return self._split(tokens)

    def _split(self, tokens: list[str]) -> Iterator[list[str | None]]:
        depth, row, value = 0, [], []
        for token in tokens:
            if token == "(":
                depth += 1
                if depth == 1:
                    row, value = [], []
                    continue
            elif token == ")":
                depth -= 1
                if depth == 0:
                    row.append(self._value(value))
                    yield row
                    continue
            elif token == "," and depth == 1:
                row.append(self._value(value))
                value = []
                continue
            if depth >= 1:
                value.append(token)

    def _value(self, tokens: list[str]) -> str | None:
        if len(tokens) == 1:
            token = tokens[0]
            if token[0] == "'" and len(token) > 1 and "'" not in (inner := token[1:-1]) \
                    and "\\" not in inner:
                return inner  # most values: one string, nothing escaped
            if token.upper() == "NULL":
                return None
        parts = []
        for token in tokens:
            if token.startswith("'") and len(token) > 1:
                inner = token[1:-1].replace("''", "'")
                parts.append(_unescape(inner) if self.backslash and "\\" in inner else inner)
            elif token.upper() not in ("E", "N", "_BINARY", "_UTF8MB4", "_UTF8"):
                parts.append(token)
        return "".join(parts)


@dataclass
class TableSchema:
    """A CREATE TABLE's keys: its primary key's columns, and column -> the table a foreign key
    points at (``row_keys``: rows that point at rows)."""

    table: str
    primary: list[str] = field(default_factory=list)
    references: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class RowBlock:
    """Consecutive rows of one table (an INSERT's tuples, a run of COPY lines), the first
    numbered ``first`` (a row is a record ``path#table:n``)."""

    table: str
    columns: list[str]
    rows: list[list[str | None]]
    first: int


    def day_first(self) -> frozenset[int]:
        """The columns that write dates day first, as a table's first block of rows (its
        first INSERT) says for the whole table (``dates.day_first_columns``)."""
        return day_first_cells(tuple(self.columns), self.rows[:DATE_ORDER_ROWS])


def extract_sql(path: Path, display: str, ctx: Context) -> Iterator[Item]:
    """The dump's units: a row of a table is a batch of field units, one record."""
    day_first: dict[str, frozenset[int]] = {}  # per table
    for item in sql_items(path, display, ctx):
        if isinstance(item, TableSchema):  # (the linker's, on the table path)
            continue
        if isinstance(item, RowBlock):
            base = {"table": item.table}
            if item.table not in day_first:
                day_first[item.table] = item.day_first()
            for number, row in enumerate(item.rows, item.first):
                yield row_units(display, row, item.columns, number,
                                f"{display}#{item.table}:{number}", base,
                                day_first[item.table])
        else:
            yield item


def sql_items(path: Path, display: str, ctx: Context) -> Iterator[Item | RowBlock]:
    """Text units and errors in the dump's order, tables' rows as they come in blocks (the
    table path reads those column by column)."""
    encoding = sniff_encoding(path)
    if encoding is None:
        yield from extract_strings(path, display, ctx)
        return
    dialect = _Dialect()
    tables: dict[str, list[str]] = {}
    counts: dict[str, int] = {}
    with open_text(path, encoding) as handle:
        numbered = _Lines(handle)
        other = _OtherStatements(display)
        for line in numbered:
            if "PostgreSQL database dump" in line or "standard_conforming_strings = on" in line:
                dialect.backslash = False
            create = _CREATE.match(line)
            copy = None if create else _COPY.match(line)
            insert = None if create or copy else _INSERT.match(line)
            if not (create or copy or insert):
                yield from other.add(line, numbered.number)
                continue
            yield from other.flush()  # a text block holds consecutive lines only
            if create:
                schema = TableSchema(_unquote(create["table"]))
                tables[schema.table] = _create_columns(line[create.end():], numbered, schema)
                yield schema
            elif copy:
                table = _unquote(copy["table"])
                columns = _column_list(copy["columns"] or "") or tables.get(table, [])
                yield from _labelled(_copy_rows(numbered, display, table, columns, counts),
                                     tables)
            else:
                yield from _labelled(_insert(insert, line, numbered, display, dialect, tables,
                                             counts), tables)
        yield from other.flush()


def _labelled(items: Iterator[Item | RowBlock], tables: dict[str, list[str]]
              ) -> Iterator[Item | RowBlock]:
    """``items`` with the rows of a table no statement names the columns of (a data-only
    dump: ``INSERT INTO customers VALUES (…)`` and no CREATE TABLE) under the labels its
    first rows' values say (``column_kinds``), kept for the table's later statements."""
    for item in items:
        if isinstance(item, RowBlock) and not item.columns and item.table not in tables:
            tables[item.table] = list(inferred_labels(item.rows[:HEADER_SCAN_ROWS]) or ())
            item = RowBlock(item.table, tables[item.table], item.rows, item.first)
        yield item


class _Lines:
    """The dump's lines with the number of the last one read (for text units)."""

    def __init__(self, handle: Iterable[str]) -> None:
        self._lines = iter(handle)
        self.number = 0
        self._back: str | None = None

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        if self._back is not None:
            line, self._back = self._back, None
        else:
            line = next(self._lines)
        self.number += 1
        return line

    def push_back(self, line: str) -> None:
        """Read `line` again next (a statement found where another should have ended)."""
        self._back = line
        self.number -= 1


class _OtherStatements:
    """Lines that are no INSERT/COPY/CREATE (UPDATE ... SET email = ..., a query log) as text."""

    def __init__(self, display: str) -> None:
        self.display = display
        self.lines: list[str] = []
        self.first = 0
        self.size = 0

    def add(self, line: str, number: int) -> Iterator[TextUnit]:
        stripped = line.strip()
        if not stripped or stripped.startswith(("--", "/*!", "SET ", "DROP ", "LOCK ", "UNLOCK ")):
            yield from self.flush()
            return
        if not self.lines:
            self.first = number
        self.lines.append(line)
        self.size += len(line)
        if self.size > BLOCK_CHARS:
            yield from self.flush()

    def flush(self) -> Iterator[TextUnit]:
        if self.lines:
            yield TextUnit("".join(self.lines), self.display, {"line": self.first})
        self.lines, self.size = [], 0


def _create_columns(rest: str, lines: Iterator[str], schema: TableSchema) -> list[str]:
    """Column names of a CREATE TABLE, on one line or one definition per line (as dumps write),
    its keys into ``schema``.

    `rest` is what follows the table name on the CREATE line; further lines are read only
    while the statement goes on, so a one-line CREATE never swallows the INSERT after it.
    """
    columns: list[str] = []
    body = rest.split("(", 1)[1] if "(" in rest else ""
    if _add_definitions(body, columns, schema) or rest.rstrip().endswith(";"):
        return columns
    for line in lines:
        if _add_definitions(line, columns, schema) or line.rstrip().endswith(";"):
            break
    return columns


def _add_definitions(text: str, columns: list[str], schema: TableSchema) -> bool:
    """Add the column names defined in `text` (and the keys declared, to ``schema``); True
    once the table's closing `)` is seen."""
    depth, start = 0, 0
    for index, char in enumerate(text + ","):
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        if depth < 0 or (char == "," and depth == 0):
            definition = text[start:index]
            match = _COLUMN_DEF.match(definition)
            column = _unquote(match["name"]) if match else None
            if column is not None and column.lower() not in _NOT_COLUMNS:
                columns.append(column)
            else:
                column = None
            if "KEY" in definition.upper() or "REFERENCES" in definition.upper():
                _add_keys(definition, column, schema)
            start = index + 1
            if depth < 0:
                return True
    return False


def _add_keys(definition: str, column: str | None, schema: TableSchema) -> None:
    """The keys one definition declares: ``id int PRIMARY KEY``, ``PRIMARY KEY (`card_no`)``,
    ``owner int REFERENCES members(no)``, ``FOREIGN KEY (`user_id`) REFERENCES `users` …``."""
    if (primary := _PRIMARY.search(definition)) is not None:
        named = primary["columns"]
        keys = [_unquote(c) for c in named.split(",") if c.strip()] if named else [column]
        schema.primary += filter(None, keys)
    references = _REFERENCES.search(definition)
    foreign = _FOREIGN.search(definition)
    column = _unquote(foreign["column"]) if foreign else column
    if references is not None and column is not None:
        schema.references[column] = _unquote(references["table"])


def _insert(insert, line, lines, display, dialect, tables, counts
            ) -> Iterator[Item | RowBlock]:
    table = _unquote(insert["table"])
    columns = _column_list(insert["columns"] or "") or tables.get(table, [])
    parts, size = [line[insert.end() :]], len(line)
    while True:
        if parts[-1].rstrip().endswith(";"):  # tokenize only where a statement may end
            rows = dialect.tuples("".join(parts))
            if rows is not None:
                break
        start = lines.number - len(parts) + 1
        more = next(lines, None)
        if more is None:
            rows = dialect.tuples("".join(parts))
            if rows is None:  # a string left open (a cut dump): its tuples are text still
                yield ExtractError(display, f"INSERT into {table} at line {start}: statement "
                                   "not terminated (file cut short?); its text scanned as is")
                yield TextUnit("".join(parts), display, {"line": start})
                return
            yield ExtractError(display, f"INSERT into {table}: statement not terminated")
            break
        if _INSERT.match(more):  # an unbalanced quote must not swallow the next statements
            lines.push_back(more)
            yield ExtractError(display, f"INSERT into {table} at line {start}: statement not "
                               "terminated before the next INSERT; its text scanned as is")
            yield TextUnit("".join(parts), display, {"line": start})
            return
        parts.append(more)
        size += len(more)
        if size > MAX_STATEMENT_CHARS:
            yield ExtractError(display, f"INSERT into {table}: statement too large; skipped")
            return
    rows = list(rows)
    if rows:
        yield _block(table, columns, rows, counts)


def _block(table: str, columns: list[str], rows: list[list[str | None]],
           counts: dict[str, int]) -> RowBlock:
    first = counts.get(table, 0) + 1
    counts[table] = first + len(rows) - 1
    return RowBlock(table, columns, rows, first)


def _copy_rows(lines, display, table, columns, counts) -> Iterator[Item | RowBlock]:
    rows: list[list[str | None]] = []
    for line in lines:
        if line.rstrip("\r\n") == "\\.":
            break
        rows.append([
            None if value == "\\N" else _unescape(value) if "\\" in value else value
            for value in line.rstrip("\r\n").split("\t")
        ])
        if len(rows) == COPY_BLOCK_ROWS:
            yield _block(table, columns, rows, counts)
            rows = []
    else:
        if rows:
            yield _block(table, columns, rows, counts)
        yield ExtractError(display, f"COPY into {table}: data not terminated by '\\.'")
        return
    if rows:
        yield _block(table, columns, rows, counts)
