"""The JSON Lines ``finding`` records of a ``FindingTable``, built column by column.

Within a table, findings are of a few kinds: a kind is one (category, field, confidence,
detector, personal), about one per column. A line is the text of its kind before the value,
the value, the row, and the text of its kind after the row; the kinds' texts are made once
with ``json.dumps`` itself; the lines are assembled by the C kernel (``_tablejson.c``) or,
without it, with the values escaped by Arrow kernels. Byte for byte what
``json.dumps(finding.to_record(reveal), ensure_ascii=False, default=str) + "\\n"`` gives.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from .arrow_strings import string_buffers
from .table_json import dumps, escaped_strings, json_integers, json_strings
from .table_masking import KERNEL

if TYPE_CHECKING:
    from .finding_table import FindingTable, TablePlace


def location_parts(base: dict, place: TablePlace) -> tuple[str, str]:
    """A location's JSON around its row number: ``{"table": "users", "row": `` before it,
    ``, "field": `` after it (a row id's quotes and text around the number included)."""
    before, after = ("", "") if place.around is None else (
        dumps(place.around[0])[:-1], dumps(place.around[1])[1:])
    head = "".join(f"{dumps(key)}: {dumps(value)}, " for key, value in base.items())
    return (f"{{{head}{dumps(place.row)}: {before}",
            f"{after}, {dumps(place.field)}: ")


LINES_PER_BATCH = 1 << 16  # lines made at once: bounds the memory of one step
KIND_COLUMNS = ("category", "field", "confidence", "detector", "personal")


def json_blocks(table: FindingTable, reveal: bool, errors: str) -> Iterator[memoryview]:
    """The lines in UTF-8, a block of ``LINES_PER_BATCH`` at a time (not copied).

    ``errors`` encodes the path and evidence: an undecodable file name holds surrogates.
    """
    if not len(table):
        return
    head = dumps({"type": "finding", "path": table.path})[:-1] + ', "category": '
    tail = f', "evidence": {dumps(table.evidence)}}}\n' if table.evidence else "}\n"
    masked = None if reveal else table.masked_values()
    row_head, between = location_parts(table.base, table.place)
    known = None  # the table's kinds and their texts, made once
    if table.kinds is not None:
        known = _kind_columns(table.table, table.kind_rows())
    start = 0
    for batch in table.table.to_batches(max_chunksize=LINES_PER_BATCH):
        values = batch.column("value") if reveal else masked.slice(start, len(batch))
        quote = "" if values.null_count else '"'  # a null value is written null, unquoted
        if known is None:
            kinds, first = _kinds(batch)
            kind = _kind_columns(batch, first)
        else:
            kinds, kind = table.kinds[start:start + len(batch)], known
        start += len(batch)
        before = [f'{head}{dumps(c)}, "value": {quote}' for c in kind["category"]]
        after = [f'{between}{dumps(f)}}}, "confidence": {_confidence(c)}, '
                 f'"detector": {dumps(d)}{"" if p else _NOT_PERSONAL}{tail}'
                 for f, c, d, p in zip(kind["field"], kind["confidence"], kind["detector"],
                                       kind["personal"], strict=True)]
        middle = f'{quote}, "location": {row_head}'
        if KERNEL is not None and quote:
            yield memoryview(KERNEL.lines(
                *string_buffers(values), kinds.astype(np.int32),
                batch.column("row").to_numpy(zero_copy_only=False).astype(np.int64),
                *_joined(before, errors), *_joined(after, errors),
                middle.encode("utf-8", errors)))
            continue
        kinds = pa.array(kinds)
        lines = pc.binary_join_element_wise(
            _texts(before, errors).take(kinds),
            (escaped_strings(values) if quote else json_strings(values)).cast(_BYTES),
            pa.scalar(middle.encode("utf-8", errors), _BYTES),
            json_integers(batch.column("row")).cast(_BYTES),
            _texts(after, errors).take(kinds),
            pa.scalar(b"", _BYTES),
        )
        yield _data(lines)


_BYTES = pa.large_binary()  # 64-bit offsets: a block of long values can pass 2 GiB
_NOT_PERSONAL = ', "personal": false'


def _confidence(confidence: float | None) -> str:
    return dumps(None if confidence is None else round(confidence, 2))


def _joined(texts: list[str], errors: str) -> tuple[np.ndarray, bytes]:
    """Texts as the kernel takes them: the offsets of each in their bytes, back to back."""
    encoded = [text.encode("utf-8", errors) for text in texts]
    offsets = np.zeros(len(encoded) + 1, np.int32)
    np.cumsum([len(e) for e in encoded], out=offsets[1:])
    return offsets, b"".join(encoded)


def _texts(texts: list[str], errors: str) -> pa.Array:
    return pa.array([text.encode("utf-8", errors) for text in texts], _BYTES)


def _kind_columns(rows: pa.RecordBatch | pa.Table, first: np.ndarray) -> dict[str, list]:
    """What makes each kind: the columns of its first row."""
    return {name: rows.column(name).take(pa.array(first)).to_pylist() for name in KIND_COLUMNS}


def _kinds(batch: pa.RecordBatch) -> tuple[np.ndarray, np.ndarray]:
    """Each row's kind (0..k-1) and the first row of each kind.

    The columns' dictionary codes are combined into one number per row (made dense again
    whenever the product of the dictionary sizes could overflow 64 bits).
    """
    key, span = np.zeros(len(batch), np.int64), 1
    for name in KIND_COLUMNS:
        encoded = pc.dictionary_encode(batch.column(name))
        size = len(encoded.dictionary) + 1  # the last code for null
        if span * size >= 1 << 62:
            key, span = dense_codes(key)
        codes = encoded.indices.fill_null(size - 1).to_numpy(zero_copy_only=False)
        key, span = key * size + codes, span * size
    kinds, span = dense_codes(key)
    return kinds, first_rows(kinds, span)


def first_rows(codes: np.ndarray, count: int) -> np.ndarray:
    """The first row of each of ``count`` codes (each must occur), in one pass, no sort."""
    first = np.empty(count, np.int64)
    first[codes[::-1]] = np.arange(len(codes) - 1, -1, -1)  # the earliest write wins
    return first


def dense_codes(key: np.ndarray) -> tuple[np.ndarray, int]:
    """``key`` (non-negative integers) renumbered 0..k-1, and k: by a table over the keys'
    range where it is small (a pass of numpy), else by Arrow's hash."""
    if key.size and int(key.max()) < 4 * key.size + 4096:
        present = np.zeros(int(key.max()) + 1, bool)
        present[key] = True
        number = np.cumsum(present) - 1
        return number[key], int(number[-1]) + 1
    encoded = pc.dictionary_encode(pa.array(key))
    return encoded.indices.to_numpy().astype(np.int64), len(encoded.dictionary)


def _data(lines: pa.Array) -> memoryview:
    """The bytes of a large_binary array's values, back to back (its lines joined)."""
    _, offsets, data = lines.buffers()
    start, end = np.frombuffer(offsets, np.int64)[[lines.offset, lines.offset + len(lines)]]
    return memoryview(data)[start:end]
