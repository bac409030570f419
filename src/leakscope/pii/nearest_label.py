"""The nearest context word of a value: one at a time, or for many values at once in numpy.

Dense prose has a value and a word every ~30 characters, so the engine asks for the nearest
word of ~8,000 values per MB; ``nearest_labels`` answers for all values of one recognizer
together, walking every value's window one word per numpy step, and leaves to
``nearest_label`` only the values with more words in their window than it walks.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from typing import NamedTuple

import numpy as np

from .label_words import NEGATIVE

# a word's own number right after it: 「exp 12/26」, 「date of birth is 07 July」 (not past a
# clause's 、: 「（…12日出生、2373g）」's weight is not the 出生's)
_OWN_NUMBER = re.compile(r"[^0-9、。]{0,3}[0-9]|[ :：]*(?:is|was|are|は)[ :：]*[0-9]")
# the last number before a word: where its digits begin (past a value's end, the value's
# own digits cannot begin there: a boundary character is between; a value's end given one
# short, as the engine's first look does, is still in its own digits)
_LAST_NUMBER = re.compile(r"[0-9]+[^0-9]*$")
_STEPS = 8  # words walked per side in numpy; a value with more in its window: one at a time
_REACH = 16  # characters a newline is looked for before a word (more than any after_window)


class WordsAfter(NamedTuple):
    """What a word after a value needs to label it, found per word when first asked: whether
    a number follows it at once (1, 0; -1 not known yet), and where the last newline and the
    last number in the ``_REACH`` characters before it begin (-1 none; -2 not known yet): a
    number between the value and the word is the word's own (「045-… 昭和13年生まれ」)."""

    digit: np.ndarray
    newline: np.ndarray
    number: np.ndarray

    @staticmethod
    def unknown(words: int) -> WordsAfter:
        return WordsAfter(np.full(words, -1, np.int8), np.full(words, -2, np.int64),
                          np.full(words, -2, np.int64))


class WordsBefore(NamedTuple):
    """What a word before a value needs to label it from an earlier line, found per word when
    first asked: where its line or its sentence ends (``_word_line``; -2 not known yet) and
    whether nothing but a separator
    follows it there (1, 0): a form's 「注文番号：」 above its number labels it, prose's
    「…に注文した件です。」 does not label the phone number on the next line."""

    line_end: np.ndarray
    ends_line: np.ndarray

    @staticmethod
    def unknown(words: int) -> WordsBefore:
        return WordsBefore(np.full(words, -2, np.int64), np.zeros(words, bool))


# what may follow a label at the end of its line (電話番号：, (携帯), 【注文番号】)
_LABEL_TAIL = " \t\u3000:：)）]】>＞-ー=＝"


def _labels_below(buffer: str, word_end: int, start: int, negative: bool) -> bool:
    """Whether a word ending at ``word_end`` may label a value at ``start``: on its line (a
    hard negative's: in its sentence), or from the end of an earlier line (``WordsBefore``)."""
    stop, ends_line = _word_line(buffer, word_end, negative)
    return stop >= start or ends_line


def _word_line(buffer: str, word_end: int, negative: bool) -> tuple[int, bool]:
    """Where the line of a word ending at ``word_end`` ends, or a hard negative's sentence (at
    「。」: 「…医療費の請求。申立人の…さん 090-…」's 請求 labels no phone; 「生年月日が間違って
    いました。正しくは1999年2月18日です」's label goes on), and whether nothing but a label's
    tail is between them (a form's 「注文番号：」 above its number)."""
    newline = buffer.find("\n", word_end)
    newline = len(buffer) if newline < 0 else newline
    if negative and (period := buffer.find("。", word_end, newline)) >= 0:
        return period, False
    return newline, not buffer[word_end:newline].strip(_LABEL_TAIL)


class Hits(NamedTuple):
    """Context words found at [starts[i], ends[i]) of the buffer, in end order: parallel
    lists (for one value at a time) and arrays (for many); ``codes`` are the categories'
    ranks in name order, so comparing codes compares names."""

    starts: list[int]
    ends: list[int]
    categories: list[str]
    weights: list[int]  # longer words win ties
    arrays: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]  # starts, ends, codes, weights
    # Where each word's own value begins (the first value of the word's category after it;
    # a list and its array), once the batch's values are known (else None): a word before a
    # value of another category labels its own value, not this one (「〒100-0005 東京都…」 then a
    # mobile number on the next line: 〒 is the postal code's label, not the phone's veto).
    taken: tuple[list[int], np.ndarray] | None = None


def nearest_label(buffer: str, rec, relevant, start: int, end: int, ctx_start: int, u_end: int,
                  hits: Hits) -> str | None:
    """Category of the nearest ``relevant`` context word before or after [start, end).

    A word after the value counts on the value's line only, and unless a number follows it
    at once ("exp 12/26", "date of birth is 07 …") or comes before it (「昭和13年生まれ」):
    then it labels that number, not this value. A word before it of another category whose
    own value lies between them (``Hits.taken``) does not count, nor any on an earlier line
    that goes on in prose (``WordsBefore``).
    """
    best: tuple[float, int, str] | None = None
    hit_starts, hit_ends, categories, weights = hits[:4]
    taken = hits.taken[0] if hits.taken is not None else None
    i = bisect.bisect_right(hit_ends, start) - 1
    lo = start - rec.window
    if lo < ctx_start:
        lo = ctx_start
    while i >= 0 and hit_ends[i] >= lo:
        if hit_starts[i] >= ctx_start and categories[i] in relevant and (
                taken is None or taken[i] >= start or categories[i] == rec.category) \
                and _labels_below(buffer, hit_ends[i], start, categories[i] == NEGATIVE):
            key = (start - hit_ends[i], -weights[i], categories[i])
            if best is None or key < best:
                best = key
        i -= 1
    after = rec.after_window
    if after:
        i = bisect.bisect_left(hit_ends, end + 1)
        hi = end + after
        if hi > u_end:
            hi = u_end
        n = len(hit_ends)
        while i < n and hit_starts[i] <= hi:
            h_end = hit_ends[i]
            if hit_starts[i] >= end and h_end <= u_end and categories[i] in relevant \
                    and _OWN_NUMBER.match(buffer, h_end) is None \
                    and buffer.find("\n", end, hit_starts[i]) < 0 \
                    and not _number_between(buffer, end, hit_starts[i]):
                key = (hit_starts[i] - end + 0.5, -weights[i], categories[i])
                if best is None or key < best:
                    best = key
            i += 1
    return best[2] if best else None


def nearest_labels(buffer: str, rec, relevant, relevant_codes: np.ndarray, names: np.ndarray,
                   values: np.ndarray, hits: Hits, after: WordsAfter, before: WordsBefore
                   ) -> np.ndarray:
    """``nearest_label`` of each row (start, end, ctx_start, u_end) of ``values``, all of
    recognizer ``rec`` (``relevant``: categories that decide for it; ``relevant_codes[code]``
    the same per category code, ``names[code]`` the category, ``names[-1]`` None), as an
    object array. ``after``, ``before``: the words' facts found so far (more are filled in
    here)."""
    h_starts, h_ends, codes, weights = hits.arrays
    start, end, ctx_start, u_end = values
    # best word so far per value: doubled distance (a word after: odd), -weight, code
    n = len(start)
    dist = np.full(n, np.iinfo(np.int64).max)
    neg_weight = np.zeros(n, np.int64)
    code = np.full(n, -1, np.int64)
    unsure = np.zeros(n, bool)

    def offer(rows: np.ndarray, words: np.ndarray, doubled: np.ndarray) -> None:
        nw, c = -weights[words], codes[words]
        d0, w0, c0 = dist[rows], neg_weight[rows], code[rows]
        better = (doubled < d0) | ((doubled == d0) & ((nw < w0) | ((nw == w0) & (c < c0))))
        rows, words = rows[better], words[better]
        dist[rows], neg_weight[rows], code[rows] = doubled[better], nw[better], c[better]

    # before: words ending in [max(start - window, ctx_start), start], nearest end first
    lo = np.maximum(start - rec.window, ctx_start)
    negative = next(iter(np.flatnonzero(names[:-1] == NEGATIVE).tolist()), -1)  # (its code)
    own = np.flatnonzero(names[:-1] == rec.category) if hits.taken is not None else None
    for rows, words in _walk(np.searchsorted(h_ends, start, "right") - 1, -1, len(h_ends),
                             lambda rows, words: h_ends[words] >= lo[rows], unsure):
        ok = (h_starts[words] >= ctx_start[rows]) & relevant_codes[codes[words]]
        if hits.taken is not None:  # not another category's word whose own value lies between
            ok &= (hits.taken[1][words] >= start[rows]) | np.isin(codes[words], own)
        if ok.any():  # nor any on an earlier line that goes on in prose
            _fill_before(buffer, h_ends, words[ok], before, codes, negative)
            ok &= (before.line_end[words] >= start[rows]) | before.ends_line[words]
        offer(rows[ok], words[ok], 2 * (start[rows[ok]] - h_ends[words[ok]]))
    if rec.after_window:  # after: words from the first ending past the value while they start
        hi = np.minimum(end + rec.after_window, u_end)  # within min(end + after_window, u_end)
        for rows, words in _walk(np.searchsorted(h_ends, end + 1, "left"), 1, len(h_ends),
                                 lambda rows, words: h_starts[words] <= hi[rows], unsure):
            ok = (h_starts[words] >= end[rows]) & (h_ends[words] <= u_end[rows]) \
                & relevant_codes[codes[words]]
            rows_ok, words_ok = rows[ok], words[ok]
            _fill_after(buffer, h_starts, h_ends, words_ok, after)
            free = (after.digit[words_ok] == 0) & (after.newline[words_ok] < end[rows_ok]) \
                & (after.number[words_ok] <= end[rows_ok])
            rows_ok, words_ok = rows_ok[free], words_ok[free]
            offer(rows_ok, words_ok, 2 * (h_starts[words_ok] - end[rows_ok]) + 1)
    out = names[code]
    for row in np.flatnonzero(unsure).tolist():
        s, e, c, u = values[:, row].tolist()
        out[row] = nearest_label(buffer, rec, relevant, s, e, c, u, hits)
    return out


def _number_between(buffer: str, end: int, word: int) -> bool:
    """Whether a number begins between a value ending at ``end`` and a word at ``word``."""
    m = _LAST_NUMBER.search(buffer, end, word)
    return m is not None and m.start() > end


def _walk(first: np.ndarray, direction: int, words: int, inside: Callable, unsure: np.ndarray
          ) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    """Per step, the values still walking and the word each is at: from ``first`` one word a
    step in ``direction`` while ``inside(rows, words)``; those still walking after ``_STEPS``
    steps are marked ``unsure`` (the caller walks them one at a time)."""
    rows = np.arange(len(first))
    for step in range(_STEPS + 1):
        at = first[rows] + direction * step
        keep = (at >= 0) & (at < words)
        rows, at = rows[keep], at[keep]
        keep = inside(rows, at)
        rows, at = rows[keep], at[keep]
        if not rows.size:
            return
        if step == _STEPS:
            unsure[rows] = True
            return
        yield rows, at


def _fill_before(buffer: str, h_ends: np.ndarray, words: np.ndarray, before: WordsBefore,
                 codes: np.ndarray, negative: int) -> None:
    """``before``'s facts of each of ``words``, for those not known yet (``codes``: each
    word's category code, ``negative`` a hard negative's)."""
    unknown = np.flatnonzero(np.bincount(words[before.line_end[words] == -2]))
    for word, h_end, stop in zip(unknown.tolist(), h_ends[unknown].tolist(),
                                 (codes[unknown] == negative).tolist(), strict=True):
        before.line_end[word], before.ends_line[word] = _word_line(buffer, h_end, stop)


def _fill_after(buffer: str, h_starts: np.ndarray, h_ends: np.ndarray, words: np.ndarray,
                after: WordsAfter) -> None:
    """``after``'s facts of each of ``words``, for those not known yet."""
    # np.unique's sorted distinct words (it would import numpy.ma, ~6 ms, in every text scan)
    unknown = np.flatnonzero(np.bincount(words[after.digit[words] < 0]))
    for word, h_start, h_end in zip(unknown.tolist(), h_starts[unknown].tolist(),
                                    h_ends[unknown].tolist(), strict=True):
        after.digit[word] = _OWN_NUMBER.match(buffer, h_end) is not None
        after.newline[word] = buffer.rfind("\n", max(h_start - _REACH, 0), h_start)
        m = _LAST_NUMBER.search(buffer, max(h_start - _REACH, 0), h_start)
        after.number[word] = -1 if m is None else m.start()
