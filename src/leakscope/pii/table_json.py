"""JSON text of whole Arrow columns, byte for byte what ``json.dumps(ensure_ascii=False)`` gives.

Lines of findings are assembled column by column (``binary_join_element_wise``): strings are
escaped with Arrow kernels (only the rows that need it), low-cardinality columns are encoded
once per distinct value with ``json.dumps`` itself.
"""

from __future__ import annotations

import json

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

# json.dumps(ensure_ascii=False) escapes exactly these: '"', '\\' and U+0000-U+001F
_CONTROLS = [(chr(c), json.dumps(chr(c))[1:-1]) for c in range(0x20)]


def dumps(value: object) -> str:
    """One value as the JSON Lines records write it."""
    return json.dumps(value, ensure_ascii=False, default=str)


def json_strings(values: pa.Array) -> pa.Array:
    """Each string as a JSON string literal (null as ``null``)."""
    quoted = pc.binary_join_element_wise('"', escaped_strings(values), '"', "")
    return pc.fill_null(quoted, "null")


def escaped_strings(values: pa.Array) -> pa.Array:
    """Each string's JSON escaping, without the quotes (only the rows that need it change)."""
    rows = _rows_to_escape(values)
    if rows is None:
        return values
    escaped = pc.replace_substring(values.take(pa.array(rows)), "\\", "\\\\")
    escaped = pc.replace_substring(escaped, '"', '\\"')
    if pc.any(pc.match_substring_regex(escaped, r"[\x00-\x1f]")).as_py():
        for char, escape in _CONTROLS:
            escaped = pc.replace_substring(escaped, char, escape)
    selected = np.zeros(len(values), dtype=bool)
    selected[rows] = True
    return pc.replace_with_mask(values, pa.array(selected), escaped)


def _rows_to_escape(values: pa.Array) -> np.ndarray | None:
    """Rows holding a quote, a backslash or a control character; None if none does.

    One pass of numpy over the UTF-8 bytes (a multi-byte character never holds a byte
    below 0x80), then the rows of the hits from the offsets.
    """
    data = values.buffers()[2]
    if data is None or not len(values):
        return None
    offsets = string_offsets(values)
    text = np.frombuffer(data, np.uint8)[offsets[0]:offsets[-1]]
    if not (np.count_nonzero(text < 0x20) or np.count_nonzero(text == 0x22)
            or np.count_nonzero(text == 0x5C)):
        return None
    hits = np.flatnonzero((text < 0x20) | (text == 0x22) | (text == 0x5C)) + offsets[0]
    return np.unique(np.searchsorted(offsets, hits, side="right") - 1)


def string_offsets(values: pa.Array) -> np.ndarray:
    """The ``len + 1`` byte offsets of a string array's values in its data buffer."""
    width = np.int64 if pa.types.is_large_string(values.type) else np.int32
    return np.frombuffer(values.buffers()[1], width)[values.offset:values.offset + len(values) + 1]


def json_distinct(values: pa.Array, encode=dumps) -> pa.Array:
    """Each value as JSON text, ``encode``-d once per distinct value (low cardinality)."""
    encoded = pc.dictionary_encode(values)
    texts = pa.array([encode(v) for v in encoded.dictionary.to_pylist()], pa.string())
    return pc.fill_null(texts.take(encoded.indices), "null")


def json_integers(values: pa.Array) -> pa.Array:
    return pc.fill_null(values.cast(pa.string()), "null")
