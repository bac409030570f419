"""JSON text of whole Arrow columns, byte for byte what ``json.dumps(ensure_ascii=False)`` gives.

Lines of findings are assembled column by column (``binary_join_element_wise``): strings are
escaped with Arrow kernels (only the rows that need it), low-cardinality columns are encoded
once per distinct value with ``json.dumps`` itself.
"""

from __future__ import annotations

import json

import pyarrow as pa
import pyarrow.compute as pc

# json.dumps(ensure_ascii=False) escapes exactly these: '"', '\\' and U+0000-U+001F
_NEEDS_ESCAPE = r'[\x00-\x1f"\\]'
_CONTROLS = [(chr(c), json.dumps(chr(c))[1:-1]) for c in range(0x20)]


def dumps(value: object) -> str:
    """One value as the JSON Lines records write it."""
    return json.dumps(value, ensure_ascii=False, default=str)


def json_strings(values: pa.Array) -> pa.Array:
    """Each string as a JSON string literal (null as ``null``)."""
    needs = pc.fill_null(pc.match_substring_regex(values, _NEEDS_ESCAPE), False)
    if pc.any(needs).as_py():
        escaped = pc.replace_substring(values.filter(needs), "\\", "\\\\")
        escaped = pc.replace_substring(escaped, '"', '\\"')
        if pc.any(pc.match_substring_regex(escaped, r"[\x00-\x1f]")).as_py():
            for char, escape in _CONTROLS:
                escaped = pc.replace_substring(escaped, char, escape)
        values = pc.replace_with_mask(values, needs, escaped)
    return pc.fill_null(pc.binary_join_element_wise('"', values, '"', ""), "null")


def json_distinct(values: pa.Array, encode=dumps) -> pa.Array:
    """Each value as JSON text, ``encode``-d once per distinct value (low cardinality)."""
    encoded = pc.dictionary_encode(values)
    texts = pa.array([encode(v) for v in encoded.dictionary.to_pylist()], pa.string())
    return pc.fill_null(texts.take(encoded.indices), "null")


def json_integers(values: pa.Array) -> pa.Array:
    return pc.fill_null(values.cast(pa.string()), "null")
