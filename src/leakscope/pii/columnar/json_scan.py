"""JSON Lines and JSON documents column by column: records with the same keys are rows of one
table.

An application log in JSON Lines holds a value every ~25 bytes; read as one engine unit each
it scans at ~5 MB/s. Here each record (a line; an element of a top-level array, or of a list
of objects under a document's key, as exports and API dumps write them) is decoded and
flattened into the key paths and leaves ``json_leaves.leaves`` gives, the records of a block that
have the same key paths (in the same order) become one record batch, and ``ColumnBatches``
reads its columns as a CSV's, the key's label deciding as a header does. Records
(``path#line12``, ``path#12``, ``path#users[0]``), locations (``{"record": "12", "key":
"customer.email"}``) and findings are the cell-by-cell path's; what does not decode, and a
document's keys outside its lists, are read by the engine, as there.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from operator import itemgetter
from pathlib import Path

import numpy as np
import pyarrow as pa

from ..context import unit_label
from ..engine import Engine
from ..extract.base import Item
from ..extract.column_kinds import names_by_values
from ..extract.json_leaves import chat_body, role_object
from ..extract.json_values import embedded_json, joined_parts
from ..extract.jsondoc import (
    ORJSON_INTEGERS,
    ParsedLine,
    RecordList,
    document_records,
    inexact,
    json_lines,
    leaf_units,
)
from ..extract.registry import guarded
from ..extract.text import open_text, sniff_encoding
from ..finding import Finding, ScanError
from ..finding_table import FindingTable, TablePlace
from ..units import ExtractError, TextUnit
from .batches import ColumnBatches

BLOCK_VALUES = 1 << 17  # leaves a block holds (~4 MB of a log) before its tables are read
# A shape is read column by column when a block holds at least this many records of it and it
# has at most this many leaves; else the engine reads its records leaf by leaf, as before (a
# log whose every line has keys of its own must not become a table a line, nor a line with a
# million keys a table of a million columns).
MIN_SHAPE_RECORDS = 4
MAX_SHAPE_LEAVES = 1024
MAX_SHAPES_KEPT = 256  # column rules kept for the shapes seen (a bound on memory)
_NESTED = frozenset({dict, list})


@dataclass(frozen=True)
class JsonRecordsPlan:
    """A JSON Lines file (``kind`` "jsonl") or a JSON file holding an array or an object with
    lists of objects ("json"), in a text encoding, to read a block of records at a time."""

    path: Path
    encoding: str
    kind: str

    def scan(self, engine: Engine, display: str) -> JsonRecordsScan:
        return JsonRecordsScan(engine, self, display)

    def record_lists(self, display: str) -> Iterator[RecordList | Item]:
        """The lists of decoded records, and what the extractor makes of the rest (errors
        named as there, also where reading a list fails)."""
        for part in guarded(self.kind, display, self._lists(display)):
            if part.__class__ is RecordList:
                yield part._replace(records=guarded(self.kind, display, part.records))
            else:
                yield part

    def _lists(self, display: str) -> Iterator[RecordList | Item]:
        with open_text(self.path, self.encoding) as handle:
            if self.kind == "jsonl":
                yield RecordList("line", "", "", json_lines(handle, display))
            else:
                yield from document_records(self.path, handle, display)


def plan_json_records(path: Path, kind: str) -> JsonRecordsPlan | None:
    """A plan for JSON Lines or a JSON document in a text encoding (what is in no list, or is
    no JSON, goes to the engine as the extractor makes it); else None (not text: the
    extractor reads its strings)."""
    encoding = sniff_encoding(path)
    return None if encoding is None else JsonRecordsPlan(path, encoding, kind)


class _Block:
    """Decoded lines grouped by their key paths: per shape, line numbers and leaves."""

    def __init__(self) -> None:
        self.shapes: dict[tuple, tuple[list[int], list[list]]] = {}
        self.values = 0

    def add(self, line: ParsedLine) -> None:
        value = line.value
        shape: tuple | None = None
        if value.__class__ is dict and "" not in value:
            types = set(map(type, value.values()))
            if types.isdisjoint(_NESTED) and not joined_parts(value, None) and not any(
                    v.__class__ is str and v[:1] in "{[" for v in value.values()) \
                    and chat_body(value) is None:  # (a chat's "user": "山崎零" over its text)
                if float not in types or not inexact(value.values()):
                    shape = tuple(value)  # flat: the keys are the paths and the labels
                    leaves_ = list(value.values())
            elif chat_body(value) is None:  # (a chat message's text is its own owner)
                paths: list[tuple[str, str, str]] = []
                leaves_ = []
                if _flatten(value, "", paths, leaves_, 0):
                    shape = tuple(paths)
        if shape is None:
            found = line.leaves()
            shape = tuple((path, label, owner) for path, label, _, owner in found)
            leaves_ = [leaf for _, _, leaf, _ in found]
        rows = self.shapes.get(shape)
        if rows is None:
            rows = self.shapes[shape] = ([], [])
        rows[0].append(line.number)
        rows[1].append(leaves_)
        self.values += len(leaves_)


def _flatten(node: dict, prefix: str, paths: list, values: list, depth: int,
             key_above: str | None = None) -> bool:
    """Objects in objects (no arrays, no empty keys, a few levels): each leaf's (path, label,
    owner) and leaf, as ``leaves`` gives them but for null and true/false, kept as empty cells.
    False where ``ParsedLine.leaves`` must walk the value instead."""
    if depth > _FLAT_DEPTH:
        return False
    joined = joined_parts(node, key_above)
    for key, child in node.items():
        if key in joined:
            if joined[key] is not None:  # a value's parts: one leaf, as ``leaves`` reads them
                after, label, text = joined[key]
                paths.append((f"{prefix}{key}{after}", label, ""))
                values.append(text)
            continue
        if child.__class__ is dict:
            if not key or role_object(key) or not _flatten(child, f"{prefix}{key}.", paths,
                                                            values, depth + 1, key):
                return False  # (another person's object: ``leaves`` gives it its owner)
        elif child.__class__ is list or not key or (
                child.__class__ is float and abs(child) >= ORJSON_INTEGERS) or (
                child.__class__ is str and embedded_json(child) is not None):
            return False  # (JSON in a string: ``leaves`` decodes it)
        else:
            paths.append((prefix + key, key, ""))
            values.append(child)
    return True


_FLAT_DEPTH = 8


class _List:
    """Where one list's records go: their records ``prefix`` n ``suffix``, their ids as
    ``place`` writes them."""

    def __init__(self, display: str, records: RecordList) -> None:
        self.prefix = f"{display}#{records.record_prefix}"
        self.id_prefix, self.suffix = records.id_prefix, records.suffix
        self.place = TablePlace("record", "key", (records.id_prefix, records.suffix))


class JsonRecordsScan:
    """Iterate for a block's FindingTable (every finding of its records, in order), the
    findings of what did not decode, and errors, in file order."""

    def __init__(self, engine: Engine, plan: JsonRecordsPlan, display: str) -> None:
        self.engine, self.plan, self.display = engine, plan, display
        self._columns: dict[tuple, ColumnBatches] = {}

    def __iter__(self) -> Iterator[FindingTable | Finding | ScanError]:
        outside: list[Item] = []  # what is in no list (an object's other keys, errors)
        for part in self.plan.record_lists(self.display):
            if part.__class__ is not RecordList:
                outside.append(part)
                continue
            yield from self._engine(outside)
            outside = []
            yield from self._list(part)
        yield from self._engine(outside)

    def _list(self, records: RecordList) -> Iterator[FindingTable | Finding | ScanError]:
        at = _List(self.display, records)
        block, undecoded = _Block(), []
        for record in records.records:
            if record.__class__ is not ParsedLine:
                undecoded.append(record)
                continue
            if undecoded:  # the records before come out first
                yield from self._tables(block, at)
                yield from self._engine(undecoded)
                block, undecoded = _Block(), []
            block.add(record)
            if block.values >= BLOCK_VALUES:
                yield from self._tables(block, at)
                block = _Block()
        yield from self._tables(block, at)
        yield from self._engine(undecoded)

    def _tables(self, block: _Block, at: _List) -> Iterator[FindingTable | ScanError]:
        """One table of the block's findings, rows in record order; then its errors."""
        tables: list[FindingTable] = []
        errors: list[ScanError] = []
        rare: list[tuple[int, list[TextUnit]]] = []  # the engine's records
        for shape, (numbers, rows) in block.shapes.items():
            if not shape:
                continue  # {} or []: nothing to read
            if len(numbers) < MIN_SHAPE_RECORDS or len(shape) > MAX_SHAPE_LEAVES:
                rare.extend(self._units(shape, numbers, rows, at))
                continue
            batch = pa.record_batch([_texts(column) for column in zip(*rows, strict=True)],
                                    names=[f"c{i}" for i in range(len(shape))])
            for item in self._columns_of(shape, at, rows).scan(batch, 0, np.array(numbers)):
                (tables if item.__class__ is FindingTable else errors).append(item)
        if rare:
            rare.sort(key=itemgetter(0))
            found: list[Finding] = []
            for item in self.engine.detect(u for _, units in rare for u in units):
                (found if item.__class__ is Finding else errors).append(item)
            if found:
                tables.append(FindingTable.from_findings(self.display, found, place=at.place))
        if len(tables) == 1:
            yield tables[0]
        elif tables:
            merged = pa.concat_tables(t.table for t in tables)
            order = np.argsort(merged.column("row").to_numpy(), kind="stable")
            yield FindingTable(self.display, merged.take(order), place=at.place)
        yield from errors

    def _units(self, shape: tuple, numbers: list[int], rows: list[list], at: _List
               ) -> Iterator[tuple[int, list[TextUnit]]]:
        """Each record's units, as the extractor makes them (null and true/false are none)."""
        keys = _keys(shape)
        for number, leaves in zip(numbers, rows, strict=True):
            found = [(path, label, leaf, owner)
                     for (path, label, owner), leaf in zip(keys, leaves, strict=True)
                     if leaf is not None and leaf.__class__ is not bool]
            yield number, list(leaf_units(self.display, found, f"{at.prefix}{number}{at.suffix}",
                                          f"{at.id_prefix}{number}{at.suffix}"))

    def _columns_of(self, shape: tuple, at: _List, rows: list[list]) -> ColumnBatches:
        """The shape's column rules, made from its first block's first records (``rows``) as a
        table's from its header and first rows (``names_by_values``)."""
        columns = self._columns.get((at.prefix, shape))
        if columns is None:
            if len(self._columns) >= MAX_SHAPES_KEPT:
                self._columns.clear()
            keys = _keys(shape)
            labels = names_by_values(
                [unit_label(label, {"key": path}) for path, label, _ in keys], rows)
            columns = self._columns[at.prefix, shape] = ColumnBatches(
                self.engine, self.display, labels, at.prefix,
                fields=tuple(path for path, _, _ in keys), place=at.place,
                record_suffixes=tuple(at.suffix + (f"/{owner}" if owner else "")
                                      for _, _, owner in keys))
        return columns

    def _engine(self, items: list[Item]) -> Iterator[Finding | ScanError]:
        """Records that did not decode (or outside the lists): their errors, then the engine's
        findings in them."""
        for item in items:
            if item.__class__ is ExtractError:
                yield ScanError(item.path, item.message)
        yield from self.engine.detect(item for item in items if item.__class__ is TextUnit)


def _keys(shape: tuple) -> list[tuple[str, str | None, str]]:
    """A shape's (path, label, owner) per leaf (a flat object's shape is its keys)."""
    return [(key, key, "") if key.__class__ is str else key for key in shape]


def _texts(column: tuple) -> pa.Array:
    """A key's leaves as ``value_units`` writes them (``str``); no leaf there: empty."""
    try:
        return pa.array(column, pa.string()).fill_null("")
    except (pa.ArrowTypeError, pa.ArrowInvalid):
        return pa.array([v if v.__class__ is str else
                         "" if v is None or v.__class__ is bool else str(v) for v in column],
                        pa.string())
