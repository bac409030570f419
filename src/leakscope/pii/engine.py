"""The detection engine: one hyperscan pass over a batch of units, Python validators after.

Units are normalized and joined into one buffer (newline-separated) so hyperscan is called
once per ~1 MB instead of once per cell. Every recognizer shape and every context word is a
pattern of one database (``engine_patterns``; shapes trusted only beside their own label: of
a second one, scanned only when such a label is in the batch); matches are sorted out per unit
afterwards: candidates are validated by their recognizer, context words decide confidence
(nearest label wins, within the unit, or across neighbouring free-text lines), overlaps keep
the most confident.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from functools import lru_cache

import hyperscan
import numpy as np

from .buffer import gc_paused, match_array, normalize_batch, to_char_offsets
from .business_blocks import of_business_blocks
from .company_accounts import COMPANY_HELD, LEGAL_FORM
from .context import (
    NEGATIVE,
    either_categories,
    label_category,
    refers_to_person,
    unit_label,
    value_category,
)
from .engine_patterns import EnginePatterns
from .extract.location import LINE_KEYS
from .finding import Finding, ScanError
from .lonely_sensitive import drop_lonely_sensitive
from .nearest_label import Hits, WordsAfter, WordsBefore, nearest_label, nearest_labels
from .recognizers import Candidate, Recognizer
from .row_contacts import others_in_note
from .subject_businesses import AT_COMPANY
from .unit_findings import unit_findings
from .units import (
    AnimalRowText,
    CompanyRowText,
    CompanyText,
    SampleText,
    SoleTraderText,
    TextUnit,
)

BATCH_CHARS = 1 << 20
MAX_MATCHES = 1_000_000  # per batch: "1234 1234 1234 ..." for megabytes is not data to read
# Values of one recognizer in a batch below which their nearest labels are found one at a
# time: numpy's ~30 array steps cost more than the loop for a small file's few values.
_FEW_VALUES = 32
_BLOCK_CELL = 24  # characters a table cell holding a company's name and its TEL has at least
# a cell that starts with a body's legal form (an お見合い's 場所 「宗教法人明治神宮 参集殿 喫茶室
# （東京都…）」): its address is the body's, as a block of text's is
_BODY_FIRST = re.compile(rf"(?:{LEGAL_FORM}|(?:宗教|医療|学校|社会福祉|一般社団|一般財団|公益社団"
                         r"|公益財団|特定非営利活動)法人)")
MIN_CONFIDENCE = 0.5
SAMPLE_CONFIDENCE = 0.3  # a value in a 記入例 / 見本 (extract.samples)


class Engine(EnginePatterns):
    """A compiled pattern database for a set of recognizers (``EnginePatterns``) and the
    detection over it; reusable, not thread-safe."""

    @staticmethod
    @lru_cache(maxsize=8)
    def cached(categories: tuple[str, ...] | None = None,
               min_confidence: float = MIN_CONFIDENCE) -> Engine:
        """One engine per process and settings (compiling the database takes ~0.3 s)."""
        return Engine(categories, min_confidence)

    def __init__(self, categories: Iterable[str] | None = None,
                 min_confidence: float = MIN_CONFIDENCE) -> None:
        super().__init__(categories, min_confidence)

    def detect(self, units: Iterable[TextUnit], keep_sensitive: bool = False
               ) -> Iterator[Finding | ScanError]:
        """Findings in ``units``, in unit order, batching units for the hyperscan pass.

        A batch so dense in candidates that it would exhaust memory is cut short: its
        findings so far are kept and a ``ScanError`` names the unit where reading stopped.
        ``keep_sensitive``: keep 要配慮 keywords with no personal data near them in the batch
        (the caller sees more of the record than the batch does, and decides).
        """
        batch: list[TextUnit] = []
        size = 0
        for unit in units:
            batch.append(unit)
            size += len(unit.text) + 1
            if size >= BATCH_CHARS:
                yield from self._detect_paused(batch, keep_sensitive)
                batch, size = [], 0
        if batch:
            yield from self._detect_paused(batch, keep_sensitive)

    def _detect_paused(self, units: Sequence[TextUnit], keep_sensitive: bool
                       ) -> list[Finding | ScanError]:
        with gc_paused():
            return self._detect_batch(units, keep_sensitive)

    def _detect_batch(self, units: Sequence[TextUnit], keep_sensitive: bool
                      ) -> list[Finding | ScanError]:
        buffer, data, norms, starts, ends = normalize_batch([u.text for u in units])
        matches: list[tuple[int, int, int]] = []
        labels = [unit_label(u.label, u.location) for u in units]
        label_cats = [label_category(label) for label in labels]
        for j, label in enumerate(labels):  # (free text's units have no label to ask)
            if label is not None and label_cats[j] is None and either_categories(label):
                label_cats[j] = self._either_category(label, buffer, starts[j], ends[j])
        stopped = self._scan(self._db, data, matches, 0)
        spans = match_array(matches)
        kw, targets = self._keyword_ids, self._targets
        if not stopped and self._label_db is not None:
            ids = spans[:, 2]
            words = set(ids[(ids >= kw.start) & (ids < kw.stop)].tolist())  # (np.unique
            present = {targets[pid].category for pid in words}  # imports numpy.ma: 6 ms)
            present.update(label_cats)
            if not present.isdisjoint(self._label_categories):
                first = len(matches)
                if self._label_categories.isdisjoint(label_cats):
                    stopped = self._scan_around(data, spans, matches, kw.stop)
                else:  # a unit labelled for them (a cell under 口座番号): all of it
                    stopped = self._scan(self._label_db, data, matches, kw.stop)
                spans = np.concatenate([spans, match_array(matches[first:])])
        cut: ScanError | None = None
        if stopped:
            stop = len(data[: matches[-1][1]].decode("utf-8", errors="ignore"))
            unit = units[max(bisect.bisect_right(starts, stop) - 1, 0)]
            cut = ScanError(unit.path, f"more than {MAX_MATCHES:,} candidate values in one "
                            f"block at {unit.location}: the rest of the block is skipped "
                            "(repetitive or binary-like content)")
        if len(data) != len(buffer):
            spans[:, :2] = to_char_offsets(data, spans[:, :2])
        spans = self._found_starts(buffer, spans)
        spans = spans[np.lexsort((spans[:, 2], spans[:, 1], spans[:, 0]))]  # as tuples sort
        ids = spans[:, 2]
        is_word = (ids >= kw.start) & (ids < kw.stop)
        hits = self._hits(buffer, spans[is_word])
        shapes = spans[~is_word]
        labelled = set(hits.categories) | set(label_cats)  # categories with a label here
        if len(shapes) and shapes[:, 2].max() >= kw.stop:  # label-only shapes: is it there?
            unlabelled = [pid for pid in range(kw.stop, len(targets))
                          if targets[pid].category not in labelled]
            shapes = shapes[~np.isin(shapes[:, 2], unlabelled)]
        candidates = list(zip(shapes[:, 0].tolist(), shapes[:, 1].tolist(),
                              [targets[pid] for pid in shapes[:, 2].tolist()], strict=True))
        found: list[Finding | ScanError] = self._resolve(units, norms, starts, ends, buffer,
                                                         candidates, hits, labels, label_cats)
        if not keep_sensitive:
            found = drop_lonely_sensitive(found, anchored=lambda: {
                (u.path, u.record) for u, label in zip(units, labels, strict=True)
                if u.record is not None and refers_to_person(label)})
        return [*found, cut] if cut else found

    def _hits(self, buffer: str, spans: np.ndarray) -> Hits:
        """Context words found (start, end, id rows in start order), sorted by their end."""
        starts, ends, pids = spans[:, 0].copy(), spans[:, 1].copy(), spans[:, 2]
        bounded = np.flatnonzero(self._is_bounded[pids])
        for k, s, e in zip(bounded.tolist(), starts[bounded].tolist(), ends[bounded].tolist(),
                           strict=True):  # one boundary character either side may be in it
            if buffer[s].isascii() and not buffer[s].isalpha():
                starts[k] = s = s + 1
            if e > s and buffer[e - 1].isascii() and not buffer[e - 1].isalpha():
                ends[k] = e - 1
        # a word inside a longer one of its category that starts where it does (在留カード in
        # 在留カード番号) is that word: after a value, the longer one's number decides whether it
        # labels the value (「旅券番号：PA7975997　在留カード番号：UP7…」: not the passport)
        codes = self._word_codes[pids]
        order = np.lexsort((ends, codes, starts))
        nested = np.zeros(len(order), bool)
        nested[order[:-1]] = (starts[order[1:]] == starts[order[:-1]]) \
            & (codes[order[1:]] == codes[order[:-1]])
        if nested.any():
            pids, starts, ends = pids[~nested], starts[~nested], ends[~nested]
        order = np.argsort(ends, kind="stable")
        pids, starts, ends = pids[order], starts[order], ends[order]
        weights = self._word_weights[pids]
        return Hits(starts.tolist(), ends.tolist(), self._word_categories[pids].tolist(),
                    weights.tolist(), (starts, ends, self._word_codes[pids], weights))

    def _found_starts(self, buffer: str, spans: np.ndarray) -> np.ndarray:
        """``spans`` (character offsets) with the starts of the matches hyperscan reported
        only the ends of (``match_starts``); one Python does not find again is dropped."""
        rows = np.flatnonzero(np.isin(spans[:, 2], self._start_ids))
        keep = np.ones(len(spans), bool)
        for k, end, pid in zip(rows.tolist(), spans[rows, 1].tolist(),
                               spans[rows, 2].tolist(), strict=True):
            start = self._starts[pid].start(buffer, end)
            if start is None:
                keep[k] = False
            else:
                spans[k, 0] = start
        return spans if keep.all() else spans[keep]

    def _scan_around(self, data: bytes, spans: np.ndarray, matches: list, base: int) -> bool:
        """The label database's matches on the lines around the label-only categories' words
        only (their values lie within a few dozen characters of them): in a log whose every
        inquiry line says 電話 and mail, the lines between are not scanned again."""
        before, after = self._label_reach
        words = spans[self._labels_a_value[spans[:, 2]]]
        windows: list[list[int]] = []
        for start, end in words[np.argsort(words[:, 0], kind="stable"), :2].tolist():
            lo = data.rfind(b"\n", 0, max(start - before, 0)) + 1
            hi = data.find(b"\n", end + after)
            hi = len(data) if hi < 0 else hi
            if windows and lo <= windows[-1][1]:
                windows[-1][1] = max(windows[-1][1], hi)
            else:
                windows.append([lo, hi])
        return any(self._scan(self._label_db, data[lo:hi], matches, base, lo)
                   for lo, hi in windows)

    def _scan(self, db, data: bytes, matches: list, base: int, at: int = 0) -> bool:
        """Append (start + at, end + at, id + base) of ``db``'s matches; True when cut at
        MAX_MATCHES."""
        append = matches.append

        def on_match(pid: int, start: int, end: int, flags: int, ctx: object) -> bool:
            append((start + at, end + at, pid + base))
            return len(matches) >= MAX_MATCHES  # True stops the scan

        try:
            db.scan(data, match_event_handler=on_match, scratch=self._scratch[id(db)])
        except hyperscan.ScanTerminated:
            return True
        return False

    def _resolve(self, units, norms, starts, ends, buffer, candidates, hits, labels,
                 label_cats) -> list[Finding]:
        # units holding a context word: elsewhere only the unit's own label can decide
        worded = set((np.searchsorted(starts, hits.starts, "right") - 1).tolist())
        min_confidence, traits, bisect_right = self.min_confidence, self._traits, \
            bisect.bisect_right
        # parsed values in candidate order: (confidence, value, recognizer, unit, nearest
        # label's slot in ``near``: -1 none needed, -2 none (no word in the unit))
        parsed: list[tuple[float, Candidate, Recognizer, int, int]] = []
        waiting: dict[Recognizer, list[int]] = {}  # slot, start, end, unit, slot, ...
        for start, end, rec in candidates:
            relevant, category, confidence, context_confidence, label_decides, day_first = \
                traits[rec]
            reader = rec
            if confidence < min_confidence or day_first is not None:
                i = bisect_right(starts, start + 1) - 1  # start may be a separator
                if day_first is not None and units[i].day_first:
                    reader = day_first  # a cell of a day-first column: its dates so
            if confidence < min_confidence:  # needs its label (in the batch): the nearest?
                # the raw match minus its boundary characters (the first may be a label's
                # last: 個人番号123456789018)
                nearest = nearest_label(buffer, rec, relevant, start + 1, max(start + 1, end - 2),
                                        starts[i], min(ends[i], end + rec.after_window), hits)
                if (nearest or label_cats[i]) != category:
                    continue
            for cand in reader.parse(buffer, start, end):
                # a match straddling the unit boundary belongs to the next unit
                j = bisect_right(starts, cand.start) - 1
                u_end = ends[j]
                if cand.end > u_end or (start < u_end < end and rec.within_unit):
                    continue
                # confidence: the nearest relevant context word decides, else the unit's label
                conf = confidence if cand.confidence is None else cand.confidence
                slot = -1
                if label_decides or conf < context_confidence:
                    slot = -2
                    if j in worded:
                        wait = waiting.get(rec)
                        if wait is None:
                            wait = waiting[rec] = []
                        slot = len(parsed)
                        wait.extend((slot, cand.start, cand.end, j))
                elif conf < min_confidence:
                    continue
                parsed.append((conf, cand, rec, j, slot))
        if waiting:
            hits = hits._replace(taken=self._taken(hits, parsed))
        near = self._nearest_labels(buffer, hits, waiting, len(parsed), starts, ends)
        per_unit: dict[int, list[tuple[float, Candidate, Recognizer]]] = {}
        for conf, cand, rec, j, slot in parsed:
            if slot != -1:
                relevant, category, _, context_confidence, _, _ = traits[rec]
                nearest = near[slot] if slot >= 0 else None
                if nearest is None:
                    nearest = label_cats[j]
                    if nearest not in relevant:
                        nearest = None
                if nearest is not None:
                    if nearest != category:
                        conf = 0.0
                    elif context_confidence > conf:
                        conf = context_confidence
            if conf >= min_confidence and label_cats[j] not in rec.not_under:
                found = per_unit.get(j)
                if found is None:
                    found = per_unit[j] = []
                found.append((conf, cand, rec))
        for j, label in enumerate(labels):
            if label is None:
                continue
            text = buffer[starts[j]:ends[j]]
            category = label_cats[j]
            if category is None or category == "address":  # (a name under お届け先)
                category = value_category(label, text)
            rec = self._from_label.get(category or "")
            if rec is None:
                continue
            twin = traits[rec][5]  # (a date column's reader of day-first cells)
            cands = (twin if twin is not None and units[j].day_first else rec).from_label(text)
            if cands is None:
                continue
            found = per_unit.setdefault(j, [])
            for cand in cands if cands.__class__ is tuple else (cands,):  # (連名: several)
                shifted = Candidate(starts[j] + cand.start, starts[j] + cand.end, cand.value,
                                    detector=cand.detector or f"{rec.detector}:label",
                                    person=cand.person)
                if rec.label_supersedes:  # its own match of the very cell gives way
                    found[:] = [f for f in found if f[2] is not rec
                                or (f[1].start, f[1].end) != (shifted.start, shifted.end)]
                found.append((rec.context_confidence, shifted, rec))
        findings: list[Finding] = []
        for j in sorted(per_unit):
            if not units[j].location.keys().isdisjoint(LINE_KEYS) or (  # (free text: a footer)
                    ends[j] - starts[j] > _BLOCK_CELL
                    and buffer.find("TEL", starts[j], ends[j]) >= 0) \
                    or _BODY_FIRST.match(buffer, starts[j]):
                # (or a sheet's cell of a company's contacts: 「事務局：株式会社… TEL … FAX …」)
                per_unit[j] = of_business_blocks(buffer, starts[j], ends[j], per_unit[j])
            elif units[j].record is not None:  # (a note's 「緊急連絡先 …」: someone else's)
                per_unit[j] = others_in_note(units[j], buffer, starts[j], ends[j], per_unit[j])
            found = unit_findings(units[j], norms, j, starts[j], per_unit[j])
            if units[j].__class__ is SampleText:
                found = self._samples(found)
            elif units[j].__class__ is CompanyText:  # (a company's account, its contacts)
                found = [replace(f, personal=False) if f.category in COMPANY_HELD else f
                         for f in found]
            elif units[j].__class__ is CompanyRowText:
                found = [replace(f, personal=False, detector=f.detector + AT_COMPANY)
                         if f.category in COMPANY_HELD else f for f in found]
            elif units[j].__class__ is AnimalRowText:  # (a pet's illness: no one's)
                found = [f for f in found if f.category != "sensitive"]
            elif units[j].__class__ is SoleTraderText:
                found = [f for f in found if f.category != "corporate_number"]
            if units[j].business_mail:  # (a signature's copy of a business's address)
                found = [replace(f, personal=False) if f.category == "email_address"
                         and f.value in units[j].business_mail else f for f in found]
            findings.extend(found)
        return findings

    def _taken(self, hits: Hits, parsed: list) -> tuple[list[int], np.ndarray]:
        """``Hits.taken``: per word, where the first value of its category after it begins."""
        taken = np.full(len(hits.ends), np.iinfo(np.int64).max)
        by_category: dict[str, list[int]] = {}
        for _, cand, rec, _, _ in parsed:
            by_category.setdefault(rec.category, []).append(cand.start)
        categories = np.array(hits.categories, object)
        for category, positions in by_category.items():
            words = np.flatnonzero(categories == category)
            if words.size:
                at = np.sort(np.array(positions, np.int64))
                k = np.searchsorted(at, hits.arrays[1][words])
                words, k = words[k < at.size], k[k < at.size]
                taken[words] = at[k]
        return taken.tolist(), taken

    def _samples(self, findings: list[Finding]) -> list[Finding]:
        """A filling guide's example values: nobody's, and kept only for a scan that asks
        for low confidence; but a corporate number, public record and no one's, as found (a
        manual's 「法人番号の例：3019…（当事務所）」 is its office's)."""
        low = self.min_confidence <= SAMPLE_CONFIDENCE
        return [f if f.category == "corporate_number" else
                replace(f, confidence=min(f.confidence, SAMPLE_CONFIDENCE), personal=False,
                        detector=f"{f.detector}:sample")
                for f in findings if low or f.category == "corporate_number"]

    def _either_category(self, label: str, buffer: str, start: int, end: int) -> str | None:
        """Of the categories a label names as alternatives (個人番号又は基礎年金番号), the first
        whose value the cell holds; else the internal number it may name (会員番号), if any."""
        categories = either_categories(label)
        for category in categories:
            if any(next(iter(rec.parse(buffer, start, end)), None) is not None
                   for rec in self._by_category.get(category, ())):
                return category
        return NEGATIVE if NEGATIVE in categories else None

    def _nearest_labels(self, buffer: str, hits: Hits, waiting: dict[Recognizer, list[int]],
                        size: int, starts: list[int], ends: list[int]) -> list[str | None]:
        """Nearest labels of the values ``waiting`` per recognizer (flat: the value's slot in
        the list returned, its start, end and unit, then the next value's), each recognizer's
        at once (in numpy) when it has many."""
        near: list[str | None] = [None] * size
        many = {rec: flat for rec, flat in waiting.items() if len(flat) > 4 * _FEW_VALUES}
        for rec, flat in waiting.items():
            if rec not in many:  # a few values (a small file's): one at a time costs less
                relevant = self._traits[rec][0]
                for k in range(0, len(flat), 4):
                    slot, start, end, unit = flat[k:k + 4]
                    near[slot] = nearest_label(buffer, rec, relevant, start, end, starts[unit],
                                               ends[unit], hits)
        if not many:
            return near
        near = np.array(near, object)
        after = WordsAfter.unknown(len(hits.ends))
        before = WordsBefore.unknown(len(hits.ends))
        unit_starts, unit_ends = np.array(starts), np.array(ends)
        for rec, flat in many.items():
            slot, start, end, unit = np.array(flat, np.int64).reshape(-1, 4).T
            values = np.stack([start, end, unit_starts[unit], unit_ends[unit]])
            near[slot] = nearest_labels(buffer, rec, self._traits[rec][0],
                                        self._relevant_codes[rec], self._word_names, values,
                                        hits, after, before)
        return near.tolist()
