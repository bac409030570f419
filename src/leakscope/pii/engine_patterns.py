"""The engine's pattern databases, built once per engine: every recognizer's shapes and every
context word compiled for hyperscan, and what each pattern id stands for."""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

import hyperscan
import numpy as np

from .context import NEGATIVE, keyword_pattern, keyword_table
from .match_starts import MatchStart, match_start
from .patterndb import compile_database
from .recognizers import RECOGNIZERS, Recognizer

NUMERIC_CATEGORIES = frozenset(r.category for r in RECOGNIZERS if r.numeric) | {NEGATIVE}
PATTERN_FLAGS = hyperscan.HS_FLAG_UTF8 | hyperscan.HS_FLAG_SOM_LEFTMOST


class _Word(NamedTuple):
    """A context word's pattern: what a match of it says."""

    category: str
    weight: int  # longer words win ties


class EnginePatterns:
    """The compiled databases of a set of recognizers and of the context words, with what each
    pattern id stands for and what ``Engine`` reads of each recognizer per candidate."""

    def __init__(self, categories: Iterable[str] | None, min_confidence: float) -> None:
        wanted = set(categories) if categories else None
        self.recognizers: list[Recognizer] = [
            r for r in RECOGNIZERS if wanted is None or r.category in wanted
        ]
        self.min_confidence = min_confidence
        relevant = {r: _relevant(r) for r in self.recognizers}
        # recognizers only their own label decides for: a label can raise them, never veto
        own_label_only = {r for r, cats in relevant.items() if cats == {r.category}}
        # what Engine._resolve reads of a recognizer for every candidate, in one lookup; the last:
        # a label other than its own can decide for it (else one can only raise it); its
        # reader of a day-first column's cells, if another
        self._traits = {r: (relevant[r], r.category, r.confidence, r.context_confidence,
                            r not in own_label_only, r.day_first_reader())
                        for r in self.recognizers}
        self._from_label = {r.category: r for r in self.recognizers  # whole-cell values
                            if type(r).from_label is not Recognizer.from_label}
        self._by_category: dict[str, list[Recognizer]] = {}
        for r in self.recognizers:
            self._by_category.setdefault(r.category, []).append(r)
        # Shapes that are kept only beside their own label go in a second database, scanned
        # only when the batch holds such a label: in logs, every date and 3-digit number.
        own: list[tuple[bytes, Recognizer]] = []
        needs_label: list[tuple[bytes, Recognizer]] = []
        for rec in self.recognizers:
            bucket = needs_label if rec.confidence < min_confidence else own
            bucket.extend((p.encode(), rec) for p in rec.hyperscan_patterns())
        table = keyword_table()
        keywords = [(keyword_pattern(w).encode(), _Word(c, len(w))) for w, c in table]
        self._keyword_ids = range(len(own), len(own) + len(keywords))
        # words whose match may start or end with an ASCII character that is not a letter
        # (ASCII words match with a boundary character either side; 住所1 ends in a digit)
        self._bounded_words = frozenset(
            i for i, (w, _) in zip(self._keyword_ids, table, strict=True)
            if w.isascii() or any(c.isascii() and not c.isalpha() for c in (w[0], w[-1])))
        entries = own + keywords + needs_label
        self._targets: list[Recognizer | _Word] = [t for _, t in entries]
        # per pattern id: a bounded word's flag, a word's category and weight (for numpy)
        self._is_bounded = np.array([i in self._bounded_words for i in range(len(entries))])
        self._word_categories = np.array([t.category for t in self._targets], object)
        self._word_weights = np.array([getattr(t, "weight", 0) for t in self._targets])
        # word categories in name order: a word's code is its category's rank
        names = sorted({w.category for _, w in keywords})
        code = {name: i for i, name in enumerate(names)}
        self._word_names = np.array([*names, None], object)  # code -1: no word
        self._word_codes = np.array([code.get(t.category, -1) for t in self._targets])
        self._relevant_codes = {r: np.array([c in relevant[r] for c in names], bool)
                                for r in self.recognizers}
        self.expressions = [e.decode() for e, _ in entries]  # the pattern set (for peers)
        main = [e for e, _ in own + keywords]
        # per main-database pattern id: Python's finder of its matches' starts, where found so
        self._starts = {i: finder for i, (e, rec) in enumerate(own) if rec.starts_in_python
                        and (finder := match_start(e.decode())) is not None}
        self._start_ids = np.array(sorted(self._starts), dtype=np.int64)
        self._db = compile_database(main, [hyperscan.HS_FLAG_UTF8 if i in self._starts
                                           else PATTERN_FLAGS for i in range(len(main))])
        self._label_db = None
        self._label_categories = frozenset(r.category for _, r in needs_label)
        # per pattern id of the main database: a word that labels a label-only value
        self._labels_a_value = np.array([
            i in self._keyword_ids and self._targets[i].category in self._label_categories
            for i in range(len(main))], bool)
        # how far from its label word a label-only value may lie (characters, as the nearest
        # label is sought), as UTF-8 bytes at most: the label database is scanned there only
        recs = {r for _, r in needs_label}
        self._label_reach = (4 * (max((r.after_window for r in recs), default=0) + _VALUE_CHARS),
                             4 * (max((r.window for r in recs), default=0) + _VALUE_CHARS))
        if needs_label:
            self._label_db = compile_database([e for e, _ in needs_label],
                                              [PATTERN_FLAGS] * len(needs_label))
        self._scratch = {id(db): hyperscan.Scratch(db) for db in (self._db, self._label_db)
                         if db is not None}

    def start_finder(self, pattern_id: int) -> MatchStart | None:
        """How the start of a main-database pattern's match is found, where hyperscan reports
        only its end (``match_starts``); None where hyperscan reports both."""
        return self._starts.get(pattern_id)

    def pattern_ids(self, category: str) -> frozenset[int]:
        """Ids (as the main database reports them) of its shapes of ``category``."""
        return frozenset(i for i, t in enumerate(self._targets[: self._keyword_ids.start])
                         if t.category == category)

    def line_spanning_ids(self) -> frozenset[int]:
        """Ids of the main-database triggers that match only across a line break."""
        return frozenset(i for i, (expression, rec) in enumerate(
            zip(self.expressions, self._targets[: self._keyword_ids.start], strict=False))
            if expression in rec.line_spanning)

    @property
    def keyword_ids(self) -> range:
        """Ids of the context-word patterns of the main database."""
        return self._keyword_ids

    @property
    def label_only_categories(self) -> frozenset[str]:
        """Categories whose values count only beside their own label (second database)."""
        return self._label_categories


# characters a label-only value may hold (the longest: a bank account written with its bank
# and branch); its label word is within the recognizer's window of it
_VALUE_CHARS = 64


def _relevant(rec: Recognizer) -> frozenset[str]:
    """Label categories that decide for ``rec``: its own, rivals for numbers, hard negatives."""
    own = NUMERIC_CATEGORIES if rec.numeric else frozenset({rec.category})
    negated = rec.numeric if rec.negated is None else rec.negated
    return own | {NEGATIVE} if negated else own - {NEGATIVE}
