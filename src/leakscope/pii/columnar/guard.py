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

from ..engine import MAX_MATCHES, PATTERN_FLAGS, Engine
from ..normalize import normalize
from ..patterndb import compile_database
from .cellfacts import CellFacts, Fact, cell_facts
from .kernels import scan_buffer


@dataclass(frozen=True)
class VettedCells:
    """``texts``: the cells normalized, ``facts`` theirs; ``dirty``: per cell, whether the
    engine must read it."""

    texts: pa.StringArray
    facts: CellFacts
    dirty: np.ndarray


_CANDIDATE, _LABEL_SHAPE, _WORD, _IBAN_LIKE = 0, 1, 2, 3
# Where IbanRecognizer's parse can take a trigger (its lookarounds as RE2 can say them):
# "ORD00000001" or "INV2024-0001" trip the trigger but hold no IBAN to validate.
_IBAN_AT_A_BOUNDARY = (r"(?:^|[^A-Za-z0-9])[A-Z]{2}[0-9]{2}(?: ?[A-Z0-9]{4}){2,7}"
                       r"(?: ?[A-Z0-9]{1,4})?(?:[^A-Za-z0-9]|$)")


class Vetter:
    """The engine's databases less a rule's expected patterns, as one, for one column.

    A match of a candidate shape makes a cell dirty, but the IBAN trigger only where an IBAN
    could stand. A rule that ignores context words (they make no finding on their own) also
    sees the shapes that count only beside their own label: a cell is dirty when it holds
    both such a shape and a context word.
    """

    def __init__(self, engine: Engine, expected: frozenset[int]) -> None:
        words = engine.keyword_ids if not expected.isdisjoint(engine.keyword_ids) else range(0)
        patterns = engine.expressions if words else engine.expressions[
            : engine.keyword_ids.stop]
        iban = engine.pattern_ids("iban")
        kinds = [_WORD if i in words else _LABEL_SHAPE if i >= engine.keyword_ids.stop
                 else _IBAN_LIKE if i in iban else _CANDIDATE for i in range(len(patterns))]
        kept = [i for i in range(len(patterns)) if i not in expected or i in words]
        self._kinds = np.array([kinds[i] for i in kept], dtype=np.int8)
        self._db = compile_database([patterns[i].encode() for i in kept],
                                    [PATTERN_FLAGS] * len(kept))
        self._scratch = hyperscan.Scratch(self._db)

    def vet(self, texts: pa.Array, facts: CellFacts) -> VettedCells:
        """Normalize and scan ``texts`` (cells without newlines; ``facts``: theirs) as one
        buffer."""
        count = len(texts)
        dirty = np.zeros(count, dtype=bool)
        if not count:
            return VettedCells(texts, facts, dirty)
        texts, facts = _normalized(texts, facts, dirty)
        data, starts = scan_buffer(texts)
        matches = self._matches(data)
        if matches is None:  # cut short: a flood of matches
            return VettedCells(texts, facts, np.ones(count, dtype=bool))
        if not matches:
            return VettedCells(texts, facts, dirty)
        ends = starts[1:] - 1
        starts = starts[:-1]
        m = np.asarray(matches, dtype=np.int64).reshape(-1, 3)
        first = np.searchsorted(ends, m[:, 0], side="right")  # first cell ending after the start
        last = np.searchsorted(starts, m[:, 1], side="left") - 1  # last cell starting before
        kind = self._kinds[m[:, 2]]
        single = first == last
        dirty[first[single & (kind == _CANDIDATE)]] = True
        shaped = np.zeros(count, dtype=bool)
        shaped[first[single & (kind == _LABEL_SHAPE)]] = True
        worded = np.zeros(count, dtype=bool)
        worded[first[single & (kind == _WORD)]] = True
        dirty |= shaped & worded
        iban_like = np.unique(first[single & (kind == _IBAN_LIKE)])
        if len(iban_like):
            at = iban_like[pc.match_substring_regex(texts.take(pa.array(iban_like)),
                                                    _IBAN_AT_A_BOUNDARY).to_numpy(
                                                        zero_copy_only=False)]
            dirty[at] = True
        for lo, hi in zip(first[~single].tolist(), last[~single].tolist(), strict=True):
            dirty[max(lo, 0):hi + 1] = True  # a match across cells: the engine sorts it out
        return VettedCells(texts, facts, dirty)

    def _matches(self, data: bytes) -> list[tuple[int, int, int]] | None:
        found: list[tuple[int, int, int]] = []
        append = found.append

        def on_match(pid: int, start: int, end: int, flags: int, ctx: object) -> bool:
            append((start, end, pid))
            return len(found) >= MAX_MATCHES

        try:
            self._db.scan(data, match_event_handler=on_match, scratch=self._scratch)
        except hyperscan.ScanTerminated:
            return None
        return found


def _normalized(texts: pa.Array, facts: CellFacts, dirty: np.ndarray
                ) -> tuple[pa.Array, CellFacts]:
    """The cells as the engine normalizes them, and their facts. Only the cells normalization
    may change (``Fact.NORMALIZES``) are normalized, one by one (nothing joins across the
    newline); a cell whose length would change is left to the engine."""
    changing = np.flatnonzero(facts.has(Fact.NORMALIZES))
    if not changing.size:
        return texts, facts
    before = texts.take(changing).to_pylist()
    normalized = [normalize(text) for text in before]
    dirty[changing] = [one.offsets is not None for one in normalized]
    differ = [one.text != text for one, text in zip(normalized, before, strict=True)]
    if not any(differ):
        return texts, facts
    changed = changing[differ]
    mask = np.zeros(len(texts), dtype=bool)
    mask[changed] = True
    new = pa.array([one.text for one, d in zip(normalized, differ, strict=True) if d],
                   pa.string())
    return pc.replace_with_mask(texts, pa.array(mask), new), facts.replaced(
        changed, cell_facts(new))
