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

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from .finding import Finding
from .table_json import dumps, escaped_strings, json_distinct, json_integers, json_strings
from .table_masking import mask_array

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

    def first_values(self) -> dict[str, str]:
        """The first value of each category, in row order (the examples a summary shows)."""
        encoded = pc.dictionary_encode(self.table.column("category").combine_chunks())
        codes, first = np.unique(encoded.indices.fill_null(-1).to_numpy(), return_index=True)
        values = self.table.column("value").take(pa.array(first[codes >= 0]))
        return dict(zip(encoded.dictionary.take(pa.array(codes[codes >= 0])).to_pylist(),
                        values.to_pylist(), strict=True))

    def findings(self) -> Iterator[Finding]:
        """The findings one by one, as ``Finding`` objects (slow: for small tables and tests)."""
        columns = [self.table.column(name).to_pylist() for name in SCHEMA.names]
        path, evidence = self.path, self.evidence
        for category, value, row, field, confidence, detector, record, personal in zip(
            *columns, strict=True
        ):
            yield Finding(category, value, path, {"row": row, "field": field}, confidence,
                          detector, record, personal, evidence)

    def masked_values(self) -> pa.Array:
        """``masking.mask(value, category)`` of every row, computed per category at once."""
        return mask_array(self.table.column("value"), self.table.column("category"))

    def location_json(self) -> pa.Array:
        """Each row's location as ``json.dumps`` writes it: ``{"row": 2, "field": "氏名"}``."""
        return _location_json(self.table.column("row").combine_chunks(),
                              self.table.column("field").combine_chunks())

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
        if not self.table.num_rows:
            return b""
        head = dumps({"type": "finding", "path": self.path})[:-1] + ', "category": '
        tail = f', "evidence": {dumps(self.evidence)}}}\n' if self.evidence else "}\n"
        head, tail = (_scalar(text.encode("utf-8", errors)) for text in (head, tail))
        blocks = []
        for batch in self.table.to_batches(max_chunksize=_LINES_PER_BATCH):
            values = batch.column("value")
            if not reveal:
                values = mask_array(values, batch.column("category"))
            parts = [
                json_distinct(batch.column("category")), *_value_parts(values),
                json_integers(batch.column("row")), ', "field": ',
                json_distinct(batch.column("field")), '}, "confidence": ',
                json_distinct(batch.column("confidence"), _confidence),
                ', "detector": ', json_distinct(batch.column("detector")),
            ]
            personal = batch.column("personal")
            if personal.null_count or not pc.all(personal).as_py():
                parts.append(pc.if_else(pc.fill_null(personal, False), "",
                                        ', "personal": false'))
            lines = pc.binary_join_element_wise(head, *map(_large_binary, parts), tail,
                                                _scalar(b""))
            blocks.append(_data(lines))
        return b"".join(blocks)

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


_LINES_PER_BATCH = 1 << 16  # lines made at once: bounds the memory of one step


def _confidence(confidence: float) -> str:
    return dumps(round(confidence, 2))


def _scalar(data: bytes) -> pa.Scalar:
    return pa.scalar(data, pa.large_binary())


def _large_binary(part: str | pa.Array) -> pa.Scalar | pa.Array:
    """A line part as bytes (64-bit offsets: a block of long values can pass 2 GiB)."""
    return _scalar(part.encode()) if isinstance(part, str) else part.cast(pa.large_binary())


def _data(lines: pa.Array) -> memoryview:
    """The bytes of a large_binary array's values, back to back (its lines joined)."""
    _, offsets, data = lines.buffers()
    start, end = np.frombuffer(offsets, np.int64)[[lines.offset, lines.offset + len(lines)]]
    return memoryview(data)[start:end]


def _value_parts(values: pa.Array) -> list[str | pa.Array]:
    """The line from ``"value"`` to the row: the quotes go in the constant parts if they can."""
    if values.null_count:
        return [', "value": ', json_strings(values), ', "location": {"row": ']
    return [', "value": "', escaped_strings(values), '", "location": {"row": ']


def _location_json(row: pa.Array, field: pa.Array) -> pa.Array:
    return pc.binary_join_element_wise(
        '{"row": ', json_integers(row), ', "field": ', json_distinct(field), "}", "",
    )
