"""A CSV / TSV scanned column by column: Arrow parses, column rules answer, the engine reads
only the cells the rules cannot vouch for.

Each ~1 MB batch of rows becomes one ``FindingTable`` holding every finding of its rows, in
the order the cell-by-cell path gives them. A file Arrow cannot read the same way as
``csv.reader`` (no header on the first row, a ragged row, a parse error) is read row by row
from where Arrow stopped, so nothing is lost and nothing is found twice.
"""

from __future__ import annotations

import csv
import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from ..context import _ACCOUNT_NAME, NEGATIVE, label_category
from ..engine import Engine
from ..extract.base import Context, make_unit
from ..extract.delimited import extract_delimited, sniff_delimiter
from ..extract.tables import find_header, header_labels
from ..extract.text import open_text, sniff_encoding
from ..finding import Finding, ScanError
from ..finding_table import SCHEMA, FindingTable
from ..units import ExtractError, TextUnit
from .guard import vet
from .reader import RaggedRow, read_batches
from .rules import CellRule, Found, rule_for

_NOT_ANCHORS = pa.array(["sensitive", "ip_address", "credential"])


@dataclass(frozen=True)
class TablePlan:
    """How to read a delimited file column by column: its encoding, delimiter and header."""

    path: Path
    encoding: str
    delimiter: str
    labels: tuple[str | None, ...]


def plan_table(path: Path) -> TablePlan | None:
    """A plan when the file is a delimited table whose first row is its header, else None."""
    encoding = sniff_encoding(path)
    if encoding is None:
        return None
    with open_text(path, encoding) as handle:
        delimiter = sniff_delimiter(handle.read(64 * 1024), path.suffix.lower() == ".tsv")
    try:
        with open_text(path, encoding) as handle:
            head = list(itertools.islice(csv.reader(handle, delimiter=delimiter), 10))
    except csv.Error:
        return None
    if not head or find_header(head) != 0:
        return None  # title rows or no header: the row-by-row reader numbers those
    return TablePlan(path, encoding, delimiter, tuple(header_labels(head[0])))


class TableScan:
    """One planned file, scanned by ``engine``; iterate for FindingTables, findings, errors."""

    def __init__(self, engine: Engine, plan: TablePlan, display: str) -> None:
        self.engine, self.plan, self.display = engine, plan, display
        self.labels = plan.labels
        self.fields = [label or f"column {i + 1}" for i, label in enumerate(self.labels)]
        self.rules = [self._rule(label) for label in self.labels]
        self.expected = [self._expected(rule) for rule in self.rules]

    def _rule(self, label: str | None) -> CellRule:
        category = label_category(label)
        searched = {r.category for r in self.engine.recognizers} | {None, NEGATIVE}
        engine_only = category in self.engine.label_only_categories or (
            category is None and label is not None and _ACCOUNT_NAME.search(label) is not None)
        if category not in searched:  # --categories left it out: the engine knows what to do
            return rule_for(None, engine_only=True)
        return rule_for(category, engine_only)

    def _expected(self, rule: CellRule) -> frozenset[int]:
        if not rule.expected_detector:
            return frozenset()
        ids = self.engine.pattern_ids(rule.expected_detector)
        if rule.expected_detector == "email_address":  # context words never change an e-mail
            ids |= frozenset(self.engine.keyword_ids)
        return ids

    def __iter__(self) -> Iterator[FindingTable | Finding | ScanError]:
        plan, done = self.plan, 0
        batches = read_batches(plan.path, plan.encoding, plan.delimiter, len(plan.labels))
        while True:
            try:  # only reading may fail over to the row reader; a bug below must surface
                batch = next(batches, None)
            except RaggedRow as ragged:
                done = ragged.rows_done
                break
            except (pa.ArrowInvalid, OSError) as error:
                yield ScanError(self.display, f"table read row by row after row {done}: {error}")
                break
            if batch is None:
                return
            if done == 0:
                if tuple(header_labels([c[0].as_py() for c in batch.columns])) != self.labels:
                    break  # Arrow read the header otherwise: let csv.reader read it all
                yield from self._batch(batch.slice(1), 2)
            else:
                yield from self._batch(batch, done + 1)
            done += batch.num_rows
        yield from self._rest(done)

    def _rest(self, done: int) -> Iterator[Finding | ScanError]:
        """Rows after ``done`` through the row-by-row extractor and the engine."""
        def units() -> Iterator[TextUnit]:
            ctx = Context()
            try:
                for item in extract_delimited(self.plan.path, self.display, ctx):
                    for unit in item if item.__class__ is list else (item,):
                        if isinstance(unit, ExtractError):
                            errors.append(ScanError(unit.path, unit.message))
                        elif unit.location["row"] > done:
                            yield unit
            finally:
                ctx.close()

        errors: list[ScanError] = []
        for found in self.engine.detect(units()):
            yield from errors
            errors.clear()
            yield found
        yield from errors

    def _batch(self, batch: pa.RecordBatch, first: int) -> Iterator[FindingTable | ScanError]:
        found: list[tuple[int, Found]] = []
        slow: list[np.ndarray] = []  # per column: positions the engine reads
        for c, (column, rule) in enumerate(zip(batch.columns, self.rules, strict=False)):
            decided, column_slow = self._column(column, rule, self.expected[c])
            found.extend((c, f) for f in decided)
            slow.append(column_slow)
        engine_found, errors = self._engine_cells(batch, slow, first)
        table = _merge(found, engine_found, first, self.display, self.fields)
        if table.num_rows:
            yield FindingTable(self.display, table)
        yield from errors

    def _column(self, column: pa.Array, rule: CellRule, expected: frozenset[int]
                ) -> tuple[list[Found], np.ndarray]:
        filled = pc.greater(pc.binary_length(column), 0).to_numpy(zero_copy_only=False)
        where = np.flatnonzero(filled)
        raw = column.filter(pa.array(filled))
        known, decided = rule.canonical(raw, where)
        rest, rest_at = raw.filter(pa.array(~known)), where[~known]
        multiline = pc.match_substring(rest, "\n").to_numpy(zero_copy_only=False)
        single_at = rest_at[~multiline]
        vetted = vet(self.engine, rest.filter(pa.array(~multiline)).to_pylist(), expected)
        clean = ~vetted.dirty & ~vetted.touched
        done_u, found_u = rule.untouched(vetted.texts.filter(pa.array(clean)), single_at[clean])
        done_t, found_t = rule.touched(vetted.texts.filter(pa.array(vetted.touched)),
                                       single_at[vetted.touched])
        engine_reads = np.concatenate([rest_at[multiline], single_at[vetted.dirty],
                                       single_at[clean][~done_u],
                                       single_at[vetted.touched][~done_t]])
        return decided + found_u + found_t, engine_reads

    def _engine_cells(self, batch: pa.RecordBatch, slow: list[np.ndarray], first: int
                      ) -> tuple[list[tuple[int, Finding]], list[ScanError]]:
        """The engine's findings for the cells no rule decided, with their column."""
        cells = sorted((int(pos), c) for c, at in enumerate(slow) for pos in at)
        if not cells:
            return [], []
        columns = {c: batch.column(c) for _, c in cells}
        column_of: dict[int, int] = {}
        units = []
        for pos, c in cells:
            text = columns[c][pos].as_py()
            if text.isspace():
                continue
            row = first + pos
            location = {"row": row, "field": self.fields[c]}
            column_of[id(location)] = c
            units.append(make_unit(text, self.display, location, self.labels[c],
                                   f"{self.display}#row{row}"))
        out: list[tuple[int, Finding]] = []
        errors: list[ScanError] = []
        for item in self.engine.detect(units, keep_sensitive=True):
            if isinstance(item, ScanError):
                errors.append(item)
            else:
                out.append((column_of[id(item.location)], item))
        return out, errors


def _merge(found: list[tuple[int, Found]], engine_found: list[tuple[int, Finding]],
           first: int, display: str, fields: list[str]) -> pa.Table:
    """One table of both kinds of findings, rows in order, cells in column order."""
    parts = [_rule_part(c, f, first, display, fields[c]) for c, f in found if len(f.index)]
    if engine_found:
        findings = [f for _, f in engine_found]
        part = FindingTable.from_findings(display, findings).table
        parts.append(part.append_column("col", pa.array([c for c, _ in engine_found],
                                                        pa.int32())))
    if not parts:
        return SCHEMA.empty_table()
    table = pa.concat_tables(parts)
    table = table.take(pc.sort_indices(table, [("row", "ascending"), ("col", "ascending")]))
    table = _without_lonely_sensitive(table)
    return table.drop_columns(["col"])


def _rule_part(column: int, found: Found, first: int, display: str, field: str) -> pa.Table:
    rows = found.index.astype(np.int64) + first
    n = len(rows)
    row_array = pa.array(rows)
    records = pc.binary_join_element_wise(f"{display}#row", pc.cast(row_array, pa.string()), "")
    return pa.table({
        "category": pa.array([found.category] * n, pa.string()),
        "value": found.values.cast(pa.string()),
        "row": row_array,
        "field": pa.array([field] * n, pa.string()),
        "confidence": np.full(n, found.confidence),
        "detector": pa.array([found.detector] * n, pa.string()),
        "record": records,
        "personal": np.ones(n, dtype=bool),
        "col": np.full(n, column, dtype=np.int32),
    })


def _without_lonely_sensitive(table: pa.Table) -> pa.Table:
    """``drop_lonely_sensitive`` for whole records: a 要配慮 word needs personal data in its row."""
    lonely = pc.equal(table.column("detector"), "sensitive_terms")
    if not pc.any(lonely).as_py():
        return table
    anchors = pc.and_(table.column("personal"),
                      pc.invert(pc.is_in(table.column("category"), _NOT_ANCHORS)))
    anchored_rows = pc.unique(table.column("row").filter(anchors))
    keep = pc.or_(pc.invert(lonely), pc.is_in(table.column("row"), anchored_rows))
    return table.filter(keep)
