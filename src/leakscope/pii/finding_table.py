"""Findings of a block of table rows as one Arrow table: no Python object per finding.

A customer CSV holds a finding every ~20 bytes; one ``Finding`` object each caps a scan at a
few MB/s. The table path (``leakscope.pii.columnar``) finds a column's values at once and hands
them on as a ``FindingTable``: whole rows (every finding of a row is in the same table), in row
order, cells in column order. ``findings()`` gives the same ``Finding`` objects the cell-by-cell
engine would, for callers that want them one by one.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import pyarrow as pa

from .finding import Finding

SCHEMA = pa.schema([
    ("category", pa.string()),
    ("value", pa.string()),  # normalized, never masked here
    ("row", pa.int64()),  # location: {"row": row, "field": field}
    ("field", pa.string()),
    ("confidence", pa.float64()),
    ("detector", pa.string()),
    ("record", pa.string()),  # same record = same person
    ("personal", pa.bool_()),
])


class FindingTable:
    """Findings of whole table rows of one file (``path``), with the file's case provenance."""

    __slots__ = ("evidence", "path", "table")

    def __init__(self, path: str, table: pa.Table, evidence: dict | None = None) -> None:
        if not table.schema.equals(SCHEMA):
            table = table.select(SCHEMA.names).cast(SCHEMA)
        self.path = path
        self.table = table
        self.evidence = evidence or {}

    def __len__(self) -> int:
        return self.table.num_rows

    def __repr__(self) -> str:
        return f"FindingTable({self.path!r}, {len(self)} findings)"

    def with_evidence(self, evidence: dict) -> FindingTable:
        return FindingTable(self.path, self.table, evidence)

    def counts(self) -> tuple[Counter, Counter]:
        """Findings per category: personal ones, and the not-personal (corporate numbers)."""
        out: tuple[Counter, Counter] = (Counter(), Counter())
        grouped = self.table.group_by(["personal", "category"]).aggregate([([], "count_all")])
        for personal, category, n in zip(*(c.to_pylist() for c in grouped.columns),
                                         strict=True):
            out[0 if personal else 1][category] += n
        return out

    def findings(self) -> Iterator[Finding]:
        """The findings one by one, as ``Finding`` objects (slow: for small tables and tests)."""
        columns = [self.table.column(name).to_pylist() for name in SCHEMA.names]
        path, evidence = self.path, self.evidence
        for category, value, row, field, confidence, detector, record, personal in zip(
            *columns, strict=True
        ):
            yield Finding(category, value, path, {"row": row, "field": field}, confidence,
                          detector, record, personal, evidence)

    @staticmethod
    def from_findings(path: str, findings: list[Finding]) -> FindingTable:
        """A table of findings made one by one (cells the engine read), all at table cells."""
        return FindingTable(path, pa.table({
            "category": [f.category for f in findings],
            "value": [f.value for f in findings],
            "row": [f.location["row"] for f in findings],
            "field": [f.location["field"] for f in findings],
            "confidence": [f.confidence for f in findings],
            "detector": [f.detector for f in findings],
            "record": [f.record for f in findings],
            "personal": [f.personal for f in findings],
        }, schema=SCHEMA))
