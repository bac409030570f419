"""Findings of a block of table rows as one Arrow table: no Python object per finding.

A customer CSV holds a finding every ~20 bytes; one ``Finding`` object each caps a scan at a
few MB/s. The table path (``leakscope.pii.columnar``) finds a column's values at once and hands
them on as a ``FindingTable``: whole rows (every finding of a row is in the same table), in row
order, cells in column order. ``findings()`` gives the same ``Finding`` objects the cell-by-cell
engine would, for callers that want them one by one.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from typing import BinaryIO, NamedTuple, TypeVar

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from .finding import Finding
from .finding_lines import first_rows, json_blocks, location_parts
from .table_json import json_distinct, json_integers
from .table_masking import mask_array, masked_by_rule, rule_numbers

SCHEMA = pa.schema([
    ("category", pa.string()),
    ("value", pa.string()),  # normalized, never masked here
    ("row", pa.int64()),  # location: {"row": row, "field": field} (as the place names them)
    ("field", pa.string()),
    ("confidence", pa.float64()),
    ("detector", pa.string()),
    ("record", pa.string()),  # same record = same person
    ("personal", pa.bool_()),
])


class TablePlace(NamedTuple):
    """The location keys a finding's row number and field go under: a table's cell, or a JSON
    record (``{"record": "12", "key": "customer.email"}``; ``{"record": "users[0]", ...}``: the
    record id a string, the number between the texts of ``around``)."""

    row: str = "row"
    field: str = "field"
    around: tuple[str, str] | None = None  # the row number written as a string between these

    def row_value(self, row: int) -> int | str:
        return row if self.around is None else f"{self.around[0]}{row}{self.around[1]}"

    def row_number(self, value: int | str) -> int:
        """The row number of a location's ``row_value``."""
        if self.around is None:
            return int(value)
        before, after = self.around
        return int(value[len(before):len(value) - len(after)])

    def location(self, base: dict, row: int, field: str) -> dict:
        return {**base, self.row: self.row_value(row), self.field: field}


CELL = TablePlace()


class FindingTable:
    """Findings of whole table rows of one file (``path``), with the file's case provenance.

    ``base``: location keys shared by every row, before ``row`` and ``field`` (a database
    table's name: ``{"table": "users", "row": 3, "field": "email"}``); ``place``: what the row
    and field are called there. ``kinds``, where the maker knows them: each row's kind, a
    number 0..k-1 per distinct (category, field, confidence, detector, personal) (the JSON
    lines, the masking and the counts then need not find them).
    """

    __slots__ = ("_masked", "base", "evidence", "kinds", "path", "place", "table")

    def __init__(self, path: str, table: pa.Table, evidence: dict | None = None,
                 base: dict | None = None, place: TablePlace = CELL,
                 kinds: np.ndarray | None = None) -> None:
        if not table.schema.equals(SCHEMA):
            table = table.select(SCHEMA.names).cast(SCHEMA)
        self.path = path
        self.table = table
        self.evidence = evidence or {}
        self.base = base or {}
        self.place = place
        self.kinds = kinds
        self._masked: pa.Array | None = None

    def __len__(self) -> int:
        return self.table.num_rows

    def __repr__(self) -> str:
        return f"FindingTable({self.path!r}, {len(self)} findings)"

    def with_evidence(self, evidence: dict) -> FindingTable:
        return FindingTable(self.path, self.table, evidence, self.base, self.place, self.kinds)

    def counts(self) -> tuple[Counter, Counter]:
        """Findings per category: personal ones, and the not-personal (corporate numbers)."""
        out: tuple[Counter, Counter] = (Counter(), Counter())
        personal, categories = self.table.column("personal"), self.table.column("category")
        if self.kinds is not None:  # per kind, in the order the kinds first come
            first = self.kind_rows()
            counts = np.bincount(self.kinds, minlength=first.size)
            for kind in np.argsort(first).tolist():
                mine = personal[int(first[kind])].as_py()
                out[0 if mine else 1][categories[int(first[kind])].as_py()] += int(counts[kind])
            return out
        sides = [(categories, out[0])] if pc.all(personal).as_py() else [
            (categories.filter(personal), out[0]),
            (categories.filter(pc.invert(personal)), out[1])]
        for values, counter in sides:  # value_counts: 4x cheaper than a group_by
            counts = pc.value_counts(values)
            counter.update(dict(zip(counts.field("values").to_pylist(),
                                    counts.field("counts").to_pylist(), strict=True)))
        return out

    def first_values(self) -> dict[str, str]:
        """The first value of each category, in row order (the examples a summary shows)."""
        encoded = pc.dictionary_encode(self.table.column("category").combine_chunks())
        known = len(encoded.dictionary)
        codes = encoded.indices.fill_null(known).to_numpy(zero_copy_only=False)
        first = first_rows(codes, known + 1)[:known]  # the null category, last, left out
        values = self.table.column("value").take(pa.array(first))
        return dict(zip(encoded.dictionary.to_pylist(), values.to_pylist(), strict=True))

    def findings(self) -> Iterator[Finding]:
        """The findings one by one, as ``Finding`` objects (slow: for small tables and tests)."""
        columns = [self.table.column(name).to_pylist() for name in SCHEMA.names]
        path, evidence, base, place = self.path, self.evidence, self.base, self.place
        for category, value, row, field, confidence, detector, record, personal in zip(
            *columns, strict=True
        ):
            yield Finding(category, value, path, place.location(base, row, field),
                          confidence, detector, record, personal, evidence)

    def masked_values(self) -> pa.Array:
        """``masking.mask(value, category)`` of every row, each masking rule on its rows at once.

        Kept once made: `scan --case --json` both stores and prints them.
        """
        if self._masked is None and self.kinds is not None:  # a rule per kind
            rules = rule_numbers(self.table.column("category").take(self.kind_rows()))
            self._masked = masked_by_rule(self.table.column("value"), rules[self.kinds])
        elif self._masked is None:
            self._masked = mask_array(self.table.column("value"), self.table.column("category"))
        return self._masked

    def kind_rows(self) -> np.ndarray:
        """The first row of each of ``kinds`` (which must be known)."""
        return first_rows(self.kinds, int(self.kinds.max()) + 1)

    def location_json(self) -> pa.Array:
        """Each row's location as ``json.dumps`` writes it: ``{"row": 2, "field": "氏名"}``."""
        head, between = location_parts(self.base, self.place)
        return pc.binary_join_element_wise(
            head, json_integers(self.table.column("row").combine_chunks()), between,
            json_distinct(self.table.column("field").combine_chunks()), "}", "")

    def json_lines(self, reveal: bool = False) -> str:
        """The JSON Lines ``finding`` records of every row, as ``Finding.to_record`` gives them.

        Equal to ``json.dumps(f.to_record(reveal), ensure_ascii=False, default=str) + "\\n"``
        for each of ``findings()``, built column by column (values masked unless ``reveal``).
        """
        return self.json_bytes(reveal).decode("utf-8", "surrogatepass")

    def json_bytes(self, reveal: bool = False, errors: str = "surrogatepass") -> bytes:
        """``json_lines`` in UTF-8, without making a ``str`` (for a binary stream).

        ``errors`` encodes the path and evidence (an undecodable file name holds surrogates)
        as the text stream the lines would otherwise go to does (``sys.stdout.errors``).
        """
        return b"".join(json_blocks(self, reveal, errors))

    def write_json_lines(self, binary: BinaryIO, reveal: bool = False,
                         errors: str = "surrogatepass") -> None:
        """``json_bytes`` written to ``binary`` block by block, never joined in memory."""
        for block in json_blocks(self, reveal, errors):
            binary.write(block)

    @staticmethod
    def from_findings(path: str, findings: list[Finding], base: dict | None = None,
                      place: TablePlace = CELL) -> FindingTable:
        """A table of findings made one by one (cells the engine read), all at table cells
        whose locations hold ``base``'s keys, then row and field as ``place`` calls them."""
        return FindingTable(path, pa.table({
            "category": [f.category for f in findings],
            "value": [f.value for f in findings],
            "row": [place.row_number(f.location[place.row]) for f in findings],
            "field": [f.location[place.field] for f in findings],
            "confidence": [f.confidence for f in findings],
            "detector": [f.detector for f in findings],
            "record": [f.record for f in findings],
            "personal": [f.personal for f in findings],
        }, schema=SCHEMA), base=base, place=place)


T = TypeVar("T")


def one_by_one(items: Iterable[Finding | FindingTable | T]) -> Iterator[Finding | T]:
    """``items`` with every ``FindingTable`` expanded into its findings (for per-Finding users)."""
    for item in items:
        if isinstance(item, FindingTable):
            yield from item.findings()
        else:
            yield item
