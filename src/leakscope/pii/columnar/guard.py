"""Vet a column's cells in bulk: which ones hold nothing the engine would react to.

The cells are normalized as the engine normalizes a unit and scanned at once with the
engine's own first hyperscan database. A cell no pattern touches can hold no candidate and
no context word, so the engine's answer for it depends on its column label alone. A cell
touched only by patterns a column rule expects (an address column's prefecture names) is
left to that rule; any other cell is read by the engine itself.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from ..engine import Engine
from ..normalize import normalize


@dataclass(frozen=True)
class VettedCells:
    """``texts``: the cells normalized; per cell: ``dirty`` (engine reads it) or ``touched``
    (only expected patterns matched; neither: nothing matched)."""

    texts: pa.StringArray
    dirty: np.ndarray
    touched: np.ndarray


def vet(engine: Engine, texts: list[str], expected: frozenset[int]) -> VettedCells:
    """Normalize and scan ``texts`` (cells without newlines) as one buffer."""
    count = len(texts)
    dirty = np.zeros(count, dtype=bool)
    touched = np.zeros(count, dtype=bool)
    normalized = _normalized(texts, dirty)
    array = pa.array(normalized, type=pa.string())
    if not count:
        return VettedCells(array, dirty, touched)
    data = ("\n" + "\n".join(normalized) + "\n").encode("utf-8", errors="surrogatepass")
    matches, cut = engine.first_pass(data)
    if cut:
        return VettedCells(array, np.ones(count, dtype=bool), touched)
    if not matches:
        return VettedCells(array, dirty, touched)
    lengths = pc.binary_length(pc.cast(array, pa.binary())).to_numpy(zero_copy_only=False)
    starts = np.empty(count, dtype=np.int64)
    starts[0] = 1
    np.cumsum(lengths[:-1] + 1, out=starts[1:])
    starts[1:] += 1
    ends = starts + lengths
    m = np.asarray(matches, dtype=np.int64).reshape(-1, 3)
    first = np.searchsorted(ends, m[:, 0], side="right")  # first cell ending after the start
    last = np.searchsorted(starts, m[:, 1], side="left") - 1  # last cell starting before end
    single = first == last
    allowed = single & np.isin(m[:, 2], np.fromiter(expected, dtype=np.int64))
    touched[first[allowed]] = True
    dirty[first[single & ~allowed]] = True
    for lo, hi in zip(first[~single].tolist(), last[~single].tolist(), strict=True):
        dirty[max(lo, 0):hi + 1] = True  # a match across cells: let the engine sort it out
    return VettedCells(array, dirty, touched & ~dirty)


def _normalized(texts: list[str], dirty: np.ndarray) -> list[str]:
    """The engine's normalization per cell; a cell that changes length is left to the engine."""
    joined = "\n".join(texts)
    whole = normalize(joined)
    if whole.offsets is None:
        return texts if whole.text is joined else whole.text.split("\n")
    out = []
    for i, text in enumerate(texts):
        one = normalize(text)
        if one.offsets is not None:
            dirty[i] = True
        out.append(one.text)
    return out
