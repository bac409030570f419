"""Vet a column's cells in bulk: which ones hold nothing the engine would react to.

The cells are normalized as the engine normalizes a unit and scanned at once with the
engine's own first hyperscan database, less the patterns the column's rule expects (an
address column's prefecture names): a match is then always news, so a column of plain
addresses costs no Python call per cell. A clean cell can hold no candidate and no context
word but those the rule expects, so the rule can answer for it; the engine reads the rest.
"""

from __future__ import annotations

from dataclasses import dataclass

import hyperscan
import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from ..engine import _FLAGS as FLAGS
from ..engine import MAX_MATCHES, Engine
from ..normalize import normalize
from ..patterndb import compile_database


@dataclass(frozen=True)
class VettedCells:
    """``texts``: the cells normalized; ``dirty``: per cell, whether the engine must read it."""

    texts: pa.StringArray
    dirty: np.ndarray


class Vetter:
    """The engine's first database without a rule's expected patterns, for one column."""

    def __init__(self, engine: Engine, expected: frozenset[int]) -> None:
        main = engine.expressions[: engine.keyword_ids.stop]
        kept = [e.encode() for i, e in enumerate(main) if i not in expected]
        self._db = compile_database(kept, [FLAGS] * len(kept))
        self._scratch = hyperscan.Scratch(self._db)

    def vet(self, texts: list[str]) -> VettedCells:
        """Normalize and scan ``texts`` (cells without newlines) as one buffer."""
        count = len(texts)
        dirty = np.zeros(count, dtype=bool)
        normalized = _normalized(texts, dirty)
        array = pa.array(normalized, type=pa.string())
        if not count:
            return VettedCells(array, dirty)
        data = ("\n" + "\n".join(normalized) + "\n").encode("utf-8", errors="surrogatepass")
        spans = self._matches(data)
        if spans is None:  # cut short: a flood of matches
            return VettedCells(array, np.ones(count, dtype=bool))
        if not spans:
            return VettedCells(array, dirty)
        lengths = pc.binary_length(pc.cast(array, pa.binary())).to_numpy(zero_copy_only=False)
        starts = np.empty(count, dtype=np.int64)
        starts[0] = 1
        np.cumsum(lengths[:-1] + 1, out=starts[1:])
        starts[1:] += 1
        m = np.asarray(spans, dtype=np.int64).reshape(-1, 2)
        first = np.searchsorted(starts + lengths, m[:, 0], side="right")  # first cell ending after
        last = np.searchsorted(starts, m[:, 1], side="left") - 1  # last cell starting before
        single = first == last
        dirty[first[single]] = True
        for lo, hi in zip(first[~single].tolist(), last[~single].tolist(), strict=True):
            dirty[max(lo, 0):hi + 1] = True  # a match across cells: the engine sorts it out
        return VettedCells(array, dirty)

    def _matches(self, data: bytes) -> list[tuple[int, int]] | None:
        spans: list[tuple[int, int]] = []
        append = spans.append

        def on_match(pid: int, start: int, end: int, flags: int, ctx: object) -> bool:
            append((start, end))
            return len(spans) >= MAX_MATCHES

        try:
            self._db.scan(data, match_event_handler=on_match, scratch=self._scratch)
        except hyperscan.ScanTerminated:
            return None
        return spans


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
