"""Arrow string arrays through the C kernels (``_cells.c``), each with the Arrow fallback that
runs where the extension did not build (no compiler); tests hold the two equal."""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from ..recognizers.address import DESIGNATED_CITIES, PREFECTURES

try:
    from . import _cells as native
except ImportError:  # built without a compiler
    native = None

# str.split() / str.strip() whitespace, for RE2 (its \s is ASCII only).
SPACE = (r"\t\n\x{0b}\x{0c}\r\x{1c}-\x{1f} \x{85}\x{a0}\x{1680}\x{2000}-\x{200a}\x{2028}"
         r"\x{2029}\x{202f}\x{205f}\x{3000}")


def string_buffers(texts: pa.Array) -> tuple[np.ndarray, pa.Buffer | bytes]:
    """A string array's offsets (int32, one past each cell) and its data, as the kernels read
    them (a null is an empty cell)."""
    if texts.null_count:
        texts = pc.fill_null(texts, "")
    if texts.type != pa.string():
        texts = texts.cast(pa.string())
    offsets = np.frombuffer(texts.buffers()[1], dtype=np.int32, count=len(texts) + 1,
                            offset=texts.offset * 4)
    data = texts.buffers()[2]
    return offsets, b"" if data is None else data


def _address_spans() -> str:
    """Cells that ``address._ADDRESS.match`` covers whole, as one RE2 test (no extraction).

    Its lazy ``{1,12}?`` stops at the first 市区町村郡 after at least one character and the
    greedy tail takes up to 40 characters that are not stops; a prefecture and a designated
    city never start the same cell, so the branches cannot compete.
    """
    stops = f"{SPACE},、。「」()（）\"'<>|"
    prefectures = "|".join(PREFECTURES)
    cities = "|".join(DESIGNATED_CITIES)
    return (f"^(?:(?:{prefectures})[^{stops}][^{stops}市区町村郡]{{0,11}}[市区町村郡]"
            f"|(?:{cities})[^{stops}0-9][^{stops}0-9区]{{0,4}}区)[^{stops}]{{0,40}}$")


ADDRESS_SPANS = _address_spans()  # the specification, and the fallback
_NAMES = tuple("".join(f"{name}\n" for name in names).encode()
               for names in (PREFECTURES, DESIGNATED_CITIES))


def address_spans(texts: pa.Array) -> np.ndarray:
    """Which cells a prefecture (or designated city) address spans whole (``ADDRESS_SPANS``)."""
    if native is None:
        return pc.match_substring_regex(texts, ADDRESS_SPANS).to_numpy(zero_copy_only=False)
    offsets, data = string_buffers(texts)
    out = np.empty(len(texts), np.uint8)
    native.address_spans(offsets, data, *_NAMES, out)
    return out.view(bool)


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
