"""Vet a column's cells in bulk: which ones hold nothing the engine would react to.

The cells are normalized as the engine normalizes a unit and scanned at once with the
engine's own first hyperscan database, less the patterns the column's rule expects (an
address column's prefecture names): a match is then always news, so a column of plain
addresses costs no Python call per cell. A clean cell can hold no candidate and no context
word but those the rule expects, so the rule can answer for it; the engine reads the rest.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import hyperscan
import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from ..engine import MAX_MATCHES, Engine
from ..engine_patterns import PATTERN_FLAGS
from ..match_starts import MatchStart
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
    both such a shape and a context word. Those shapes (a date, 12 digits: one in every cell
    of an order export's timestamps) are scanned for only in the cells a word was found in.
    """

    @staticmethod
    @lru_cache(maxsize=32)
    def cached(engine: Engine, expected: frozenset[int]) -> Vetter:
        """One per engine and pattern set in a process: a folder of small tables would
        otherwise load the same databases for each (~1.5 ms a table). ~2.7 MB each; a scan
        meets a dozen."""
        return Vetter(engine, expected)

    def __init__(self, engine: Engine, expected: frozenset[int]) -> None:
        words = engine.keyword_ids if not expected.isdisjoint(engine.keyword_ids) else range(0)
        patterns = engine.expressions if words else engine.expressions[
            : engine.keyword_ids.stop]
        iban = engine.pattern_ids("iban")
        kinds = [_WORD if i in words else _LABEL_SHAPE if i >= engine.keyword_ids.stop
                 else _IBAN_LIKE if i in iban else _CANDIDATE for i in range(len(patterns))]
        # (a trigger matching only across a line break would match only across two cells:
        # the engine reads no name so, and vetting does not look for one)
        spanning = engine.line_spanning_ids()
        kept = [i for i in range(len(patterns))
                if (i not in expected or i in words) and i not in spanning]
        first = [i for i in kept if kinds[i] != _LABEL_SHAPE]
        shapes = [i for i in kept if kinds[i] == _LABEL_SHAPE]
        self._kinds = np.array([kinds[i] for i in first], dtype=np.int8)
        self._db = _Database([patterns[i] for i in first],
                             [engine.start_finder(i) for i in first])
        self._shapes = _Database([patterns[i] for i in shapes]) if shapes else None

    def vet(self, texts: pa.Array, facts: CellFacts) -> VettedCells:
        """Normalize and scan ``texts`` (cells without newlines; ``facts``: theirs) as one
        buffer."""
        count = len(texts)
        dirty = np.zeros(count, dtype=bool)
        if not count:
            return VettedCells(texts, facts, dirty)
        texts, facts = _normalized(texts, facts, dirty)
        data, starts = scan_buffer(texts)
        found = self._db.cells(data, starts)
        if found is None:  # cut short: a flood of matches
            return VettedCells(texts, facts, np.ones(count, dtype=bool))
        cell, pattern, across = found
        kind = self._kinds[pattern]
        dirty[cell[kind == _CANDIDATE]] = True
        dirty[across] = True  # a match across cells: the engine sorts it out
        iban_like = np.unique(cell[kind == _IBAN_LIKE])
        if len(iban_like):
            at = iban_like[pc.match_substring_regex(texts.take(pa.array(iban_like)),
                                                    _IBAN_AT_A_BOUNDARY).to_numpy(
                                                        zero_copy_only=False)]
            dirty[at] = True
        worded = np.setdiff1d(cell[kind == _WORD], np.flatnonzero(dirty))
        if self._shapes is not None and len(worded):
            data, starts = scan_buffer(texts.take(pa.array(worded)))
            shaped = self._shapes.cells(data, starts)
            dirty[worded if shaped is None else worded[np.union1d(shaped[0], shaped[2])]] = True
        return VettedCells(texts, facts, dirty)

    def vet_distinct(self, texts: pa.Array, facts: CellFacts) -> VettedCells:
        """``vet`` for a column of a few values repeated (an order export's 支払方法): each
        distinct cell is normalized and scanned once (a cell's verdict is its text's alone)."""
        encoded = pc.dictionary_encode(texts)
        if len(encoded.dictionary) * 2 > len(texts):
            return self.vet(texts, facts)
        index = encoded.indices.to_numpy(zero_copy_only=False)
        first = np.unique(index, return_index=True)[1]  # the first cell of each value
        distinct = self.vet(encoded.dictionary, facts.take(first))
        return VettedCells(distinct.texts.take(encoded.indices), distinct.facts.take(index),
                           distinct.dirty[index])


class _Database:
    """Hyperscan patterns, scanned over a buffer of cells (``scan_buffer``).

    A pattern the engine finds the starts of in Python (``finders``: the name triggers) is
    scanned for its ends only, as the engine scans it: its match is in the cell it ends in,
    or across as many cells before it as it may hold line breaks (each cell's own line)."""

    def __init__(self, patterns: list[str], finders: list[MatchStart | None] | None = None
                 ) -> None:
        lines = [finder.lines if finder is not None else None for finder in finders or ()]
        # per pattern, the line breaks an ends-only match may hold; -1: hyperscan's start
        self._lines = np.array([-1 if held is None else held for held in lines]
                               + [-1] * (len(patterns) - len(lines)), np.int64)
        self._db = compile_database([p.encode() for p in patterns],
                                    [PATTERN_FLAGS if held < 0 else hyperscan.HS_FLAG_UTF8
                                     for held in self._lines.tolist()])
        self._scratch = hyperscan.Scratch(self._db)

    def cells(self, data: bytes | bytearray, starts: np.ndarray
              ) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
        """Per match inside one cell, the cell and the pattern; and the cells matches across
        cells touch. None when the matches flood (``MAX_MATCHES``)."""
        found: list[tuple[int, int, int]] = []
        append = found.append

        def on_match(pid: int, start: int, end: int, flags: int, ctx: object) -> bool:
            append((start, end, pid))
            return len(found) >= MAX_MATCHES

        try:
            self._db.scan(data, match_event_handler=on_match, scratch=self._scratch)
        except hyperscan.ScanTerminated:
            return None
        none = np.empty(0, np.int64)
        if not found:
            return none, none, none
        m = np.asarray(found, dtype=np.int64).reshape(-1, 3)
        first = np.searchsorted(starts[1:] - 1, m[:, 0], side="right")  # first cell ending after
        last = np.searchsorted(starts[:-1], m[:, 1], side="left") - 1  # last cell starting before
        lines = self._lines[m[:, 2]]
        ends_only = lines >= 0
        first[ends_only] = np.maximum(last[ends_only] - lines[ends_only], 0)
        single = first == last
        across = [np.arange(max(lo, 0), hi + 1)
                  for lo, hi in zip(first[~single].tolist(), last[~single].tolist(), strict=True)]
        return first[single], m[single, 2], np.concatenate(across) if across else none


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
