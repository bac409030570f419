"""JSON Lines column by column: lines with the same keys are rows of one table.

An application log in JSON Lines holds a value every ~25 bytes; read as one engine unit each
it scans at ~5 MB/s. Here each line is decoded and flattened into the key paths and leaves
``jsondoc.value_units`` makes units of, the lines of a block that have the same key paths
(in the same order) become one record batch, and ``ColumnBatches`` reads its columns as a
CSV's, the key's label deciding as a header does. Records (``path#line12``), locations
(``{"record": "12", "key": "customer.email"}``) and findings are the cell-by-cell path's; a
line that does not decode is an error and text for the engine, as there.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pyarrow as pa

from ..context import unit_label
from ..engine import Engine
from ..extract.jsondoc import ORJSON_INTEGERS, ParsedLine, inexact, json_lines
from ..extract.text import open_text, sniff_encoding
from ..finding import Finding, ScanError
from ..finding_table import JSON_RECORD, FindingTable
from ..units import ExtractError, TextUnit
from .batches import ColumnBatches

BLOCK_VALUES = 1 << 17  # leaves a block holds (~4 MB of a log) before its tables are read
_NESTED = frozenset({dict, list})


@dataclass(frozen=True)
class JsonLinesPlan:
    """A JSON Lines file in a text encoding, to read a block of lines at a time."""

    path: Path
    encoding: str

    def scan(self, engine: Engine, display: str) -> JsonLinesScan:
        return JsonLinesScan(engine, self, display)


def plan_json_lines(path: Path) -> JsonLinesPlan | None:
    """A plan unless the file is not text (the extractor reads its strings)."""
    encoding = sniff_encoding(path)
    return None if encoding is None else JsonLinesPlan(path, encoding)


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
            if types.isdisjoint(_NESTED):
                if float not in types or not inexact(value.values()):
                    shape = tuple(value)  # flat: the keys are the paths and the labels
                    leaves_ = list(value.values())
            else:
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


def _flatten(node: dict, prefix: str, paths: list, values: list, depth: int) -> bool:
    """Objects in objects (no arrays, no empty keys, a few levels): each leaf's (path, label,
    owner) and leaf, as ``leaves`` gives them but for null and true/false, kept as empty cells.
    False where ``ParsedLine.leaves`` must walk the value instead."""
    if depth > _FLAT_DEPTH:
        return False
    for key, child in node.items():
        if child.__class__ is dict:
            if not key or not _flatten(child, f"{prefix}{key}.", paths, values, depth + 1):
                return False
        elif child.__class__ is list or not key or (
                child.__class__ is float and abs(child) >= ORJSON_INTEGERS):
            return False
        else:
            paths.append((prefix + key, key, ""))
            values.append(child)
    return True


_FLAT_DEPTH = 8


class JsonLinesScan:
    """Iterate for a block's FindingTable (every finding of its lines, in line order), the
    findings of lines that did not decode, and errors, in file order."""

    def __init__(self, engine: Engine, plan: JsonLinesPlan, display: str) -> None:
        self.engine, self.plan, self.display = engine, plan, display
        self._columns: dict[tuple, ColumnBatches] = {}

    def __iter__(self) -> Iterator[FindingTable | Finding | ScanError]:
        block, undecoded = _Block(), []
        with open_text(self.plan.path, self.plan.encoding) as handle:
            for line in json_lines(handle, self.display):
                if line.__class__ is not ParsedLine:
                    undecoded.append(line)
                    continue
                if undecoded:  # the lines before come out first
                    yield from self._tables(block)
                    yield from self._engine(undecoded)
                    block, undecoded = _Block(), []
                block.add(line)
                if block.values >= BLOCK_VALUES:
                    yield from self._tables(block)
                    block = _Block()
        yield from self._tables(block)
        yield from self._engine(undecoded)

    def _tables(self, block: _Block) -> Iterator[FindingTable | ScanError]:
        """One table of the block's findings, rows in line order; then its errors."""
        tables: list[FindingTable] = []
        errors: list[ScanError] = []
        for shape, (numbers, rows) in block.shapes.items():
            if not shape:
                continue  # {} or []: nothing to read
            batch = pa.record_batch([_texts(column) for column in zip(*rows, strict=True)],
                                    names=[f"c{i}" for i in range(len(shape))])
            for item in self._columns_of(shape).scan(batch, 0, np.array(numbers)):
                (tables if item.__class__ is FindingTable else errors).append(item)
        if len(tables) == 1:
            yield tables[0]
        elif tables:
            merged = pa.concat_tables(t.table for t in tables)
            order = np.argsort(merged.column("row").to_numpy(), kind="stable")
            yield FindingTable(self.display, merged.take(order), place=JSON_RECORD)
        yield from errors

    def _columns_of(self, shape: tuple) -> ColumnBatches:
        columns = self._columns.get(shape)
        if columns is None:
            keys = [(key, key, "") if key.__class__ is str else key for key in shape]
            labels = tuple(unit_label(label, {"key": path}) for path, label, _ in keys)
            columns = self._columns[shape] = ColumnBatches(
                self.engine, self.display, labels, f"{self.display}#line",
                fields=tuple(path for path, _, _ in keys), place=JSON_RECORD,
                record_suffixes=tuple(f"/{owner}" if owner else "" for _, _, owner in keys))
        return columns

    def _engine(self, items: list[TextUnit | ExtractError]
                ) -> Iterator[Finding | ScanError]:
        """Lines that did not decode: their errors, then the engine's findings in them."""
        for item in items:
            if item.__class__ is ExtractError:
                yield ScanError(item.path, item.message)
        yield from self.engine.detect(item for item in items if item.__class__ is TextUnit)


def _texts(column: tuple) -> pa.Array:
    """A key's leaves as ``value_units`` writes them (``str``); no leaf there: empty."""
    try:
        return pa.array(column, pa.string()).fill_null("")
    except (pa.ArrowTypeError, pa.ArrowInvalid):
        return pa.array([v if v.__class__ is str else
                         "" if v is None or v.__class__ is bool else str(v) for v in column],
                        pa.string())
