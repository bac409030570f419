"""Arrow string arrays through the C kernels (``_cells.c``), each with the Arrow fallback that
runs where the extension did not build (no compiler); tests hold the two equal."""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from ..arrow_strings import string_buffers

try:
    from . import _cells as native
except ImportError:  # built without a compiler
    native = None

# str.split() / str.strip() whitespace, for RE2 (its \s is ASCII only).
SPACE = (r"\t\n\x{0b}\x{0c}\r\x{1c}-\x{1f} \x{85}\x{a0}\x{1680}\x{2000}-\x{200a}\x{2028}"
         r"\x{2029}\x{202f}\x{205f}\x{3000}")


def scan_buffer(texts: pa.Array) -> tuple[bytes | bytearray, np.ndarray]:
    """b"\\n" + each cell + b"\\n" (one hyperscan buffer in which ^ and $ stop at every cell),
    and the offset of each cell's first byte in it (plus one past the last cell)."""
    offsets, data = string_buffers(texts)
    starts = offsets - offsets[0] + np.arange(1, len(offsets) + 1, dtype=np.int32)
    if native is None:
        return b"\n" + "".join(f"{text}\n" for text in texts.to_pylist()).encode(), starts
    out = bytearray(int(starts[-1]))
    native.lines(offsets, data, out)
    return out, starts


def without(texts: pa.Array, char: str) -> pa.Array:
    """``pc.replace_substring(texts, char, "")`` for an ASCII ``char`` (a name's spaces, a
    phone's hyphens) in one copy of the column's bytes: ~5x Arrow's substring search."""
    if native is None or texts.null_count or texts.type != pa.string():
        return pc.replace_substring(texts, char, "")
    offsets, data = string_buffers(texts)
    ends = np.empty(len(offsets), np.int32)
    out = bytearray(int(offsets[-1] - offsets[0]))
    size = native.without(offsets, data, ord(char), ends, out)
    return pa.StringArray.from_buffers(len(texts), pa.py_buffer(ends),
                                       pa.py_buffer(out).slice(0, size))


def take(texts: pa.Array, index: np.ndarray) -> pa.Array:
    """``texts.take(index)`` for a string array without nulls: one C copy of the cells picked
    (~3x Arrow's take, whose builder goes cell by cell; a batch's finding table is six such
    takes of ~150,000 cells)."""
    if native is None or texts.null_count or texts.type != pa.string():
        return texts.take(index)
    offsets, data = string_buffers(texts)
    ends = np.empty(len(index) + 1, np.int32)
    out = native.take(offsets, data, np.ascontiguousarray(index, np.int64), ends)
    return pa.StringArray.from_buffers(len(index), pa.py_buffer(ends), pa.py_buffer(out))


def holds_any(texts: pa.Array, chars: str) -> np.ndarray:
    """Which cells hold any of ``chars`` (``pc.match_substring_regex`` of their class, without
    RE2's ~45 ns a cell through Arrow)."""
    if not chars:
        return np.zeros(len(texts), bool)
    if native is None or texts.null_count or texts.type != pa.string():
        found = pc.match_substring_regex(texts, "[" + "".join(f"\\x{{{ord(c):x}}}" for c in chars)
                                         + "]")
        return pc.fill_null(found, False).to_numpy(zero_copy_only=False)
    out = np.empty(len(texts), bool)
    native.holds_any(*string_buffers(texts), np.array([ord(c) for c in chars], np.uint32), out)
    return out
