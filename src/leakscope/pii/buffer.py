"""A batch of units as one buffer for hyperscan: joined, normalized, and mapped back.

Hyperscan is called once per ~1 MB of units: their texts are joined by newlines and
normalized together, and its byte offsets are turned into character offsets of that buffer.
"""

from __future__ import annotations

import gc
import itertools
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

import numpy as np

from .normalize import Normalized, normalize, normalized_in_place


class _Slices(Sequence[Normalized]):
    """Per-unit views of a batch normalized as a whole (nothing changed length)."""

    def __init__(self, buffer: str, starts: list[int], ends: list[int]) -> None:
        self._buffer, self._starts, self._ends = buffer, starts, ends

    def __len__(self) -> int:
        return len(self._starts)

    def __getitem__(self, j):  # type: ignore[override]
        return Normalized(self._buffer[self._starts[j]:self._ends[j]])


def normalize_batch(
    texts: list[str],
) -> tuple[str, bytes, Sequence[Normalized], list[int], list[int]]:
    """The newline-joined normalized buffer, its UTF-8, per-unit ``Normalized``, unit starts
    and ends.

    One normalize call for the whole batch when that keeps every offset (the common case:
    ~170k table cells a MB cost one call, not 170k); per unit only when some text needs NFKC.
    Units are joined by newlines, which no normalization step reaches across.
    """
    joined = "\n".join(["", *texts, ""])  # one copy ("\n" + ... + "\n" made three)
    data = joined.encode("utf-8")
    whole = normalized_in_place(joined, data)
    if whole is not None:
        norms: Sequence[Normalized] | None = None
        lengths = [len(t) for t in texts]
        buffer = whole
    else:
        norms = [normalize(t) for t in texts]
        lengths = [len(n.text) for n in norms]
        buffer = "\n".join(["", *(n.text for n in norms), ""])
    if buffer is not joined:
        data = buffer.encode("utf-8")
    starts: list[int] = []
    ends: list[int] = []
    pos = 1
    for n in lengths:
        starts.append(pos)
        pos += n
        ends.append(pos)
        pos += 1
    return (buffer, data, norms if norms is not None else _Slices(buffer, starts, ends),
            starts, ends)


@contextmanager
def gc_paused() -> Iterator[None]:
    """No cyclic garbage collection while a batch is built and resolved.

    A MB of table cells makes ~500k short-lived objects (units, candidates, findings) and no
    cycles; every collection the allocations trigger walks all of them and took half of a
    CSV scan. Collection resumes (and catches up) between batches, while the caller runs.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


Match = tuple[int, int, int]


def match_array(matches: list[Match]) -> np.ndarray:
    """Hyperscan's (start, end, id) tuples as an (n, 3) int64 array."""
    return np.fromiter(itertools.chain.from_iterable(matches), dtype=np.int64,
                       count=3 * len(matches)).reshape(-1, 3)


def to_char_offsets(data: bytes, offsets: np.ndarray) -> np.ndarray:
    """Byte offsets into UTF-8 ``data`` -> character offsets: the count of lead bytes before.

    Vectorized two ways by density: many offsets (Japanese prose) look up a running count
    of lead bytes; few (a log with a name now and then) subtract the continuation bytes
    before each offset, found by binary search (no pass building a count per byte).
    """
    lead = (np.frombuffer(data, dtype=np.uint8) & 0xC0) != 0x80
    if offsets.size > len(data) >> 5:
        chars = np.empty(len(data) + 1, dtype=np.int32)  # chars[i]: characters in data[:i]
        chars[0] = 0
        np.cumsum(lead, dtype=np.int32, out=chars[1:])
        return chars[offsets]
    return offsets - np.searchsorted(np.flatnonzero(~lead), offsets)
