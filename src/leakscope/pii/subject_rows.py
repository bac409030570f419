"""Database rows that point at a person's row (``row_keys``): joined to that person at count
time, where the row pointed at names someone and the pointing row names no one.

A pointing row with a name of its own (an order's ship-to) is left to its name; a key that
points at rows naming no one (a prefecture's, a shop's) joins nothing, so the orders of one
shop are not one person.
"""

from __future__ import annotations

from collections import deque
from typing import NamedTuple

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from .row_keys import RowKeys
from .subject_graph import PeopleGraph, StringHasher


class _Batch(NamedTuple):
    """A recent batch's rows: its records' prefix and first number, which rows have keys and
    which point at others (by offset), and the keyed and pointing records' hashes."""

    prefix: str
    first: int
    keyed: np.ndarray
    pointing: np.ndarray
    keyed_hashes: np.ndarray
    pointing_hashes: np.ndarray

    def has(self, record: str, which: np.ndarray) -> bool:
        number = record[len(self.prefix):] if record.startswith(self.prefix) else ""
        at = int(number) - self.first if number.isdigit() else -1
        return 0 <= at < which.size and bool(which[at])


class RowReferences:
    """Rows' keys as they come (before their findings), their groups' nodes as those settle."""

    def __init__(self, hashes: StringHasher) -> None:
        self._hashes = hashes
        self.active = False  # any keys yet
        # per file, its last two batches (their groups come next; a batch's last group
        # closes after the next batch's keys)
        self._recent: dict[str, deque[_Batch]] = {}
        # keyed (and pointing) records of groups a table left open, closed after later batches
        self._held: dict[str, bool] = {}
        self._owns: list[tuple[np.ndarray, np.ndarray]] = []  # (record, own key) hashes
        self._refs: list[tuple[np.ndarray, np.ndarray]] = []  # (record, key pointed at)
        self._groups: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []  # record, node, named

    def add(self, keys: RowKeys) -> None:
        numbers = pa.array(np.arange(keys.first, keys.first + keys.count)).cast(pa.string())
        records = self._hashes(pc.binary_join_element_wise(keys.prefix, numbers, ""))
        keyed, pointing = np.zeros(keys.count, bool), np.zeros(keys.count, bool)
        if keys.own is not None and (own := _valid(keys.own)).any():
            keyed |= own
            self._owns.append((records[own], self._hashes(keys.own.filter(pa.array(own)))))
        for ref in keys.refs:
            if (at := _valid(ref)).any():
                pointing |= at
                self._refs.append((records[at], self._hashes(ref.filter(pa.array(at)))))
        keyed |= pointing
        self._recent.setdefault(keys.scope, deque(maxlen=2)).append(_Batch(
            keys.prefix, keys.first, keyed, pointing, records[keyed], records[pointing]))
        self.active = bool(self._owns or self._refs)

    def hold(self, records: list[str]) -> None:
        """Groups of these records stay open in the collector (a table's first and last), to
        close after later batches' keys: what they are is kept until then."""
        for record in records:
            if self._in_recent(record, pointing=False):
                self._held[record] = self._in_recent(record, pointing=True)

    def keyed(self, record: str) -> bool:
        """Whether ``record`` (a group's, by the collector) is a keyed row of a recent batch."""
        return record in self._held or self._in_recent(record, pointing=False)

    def waits(self, record: str) -> bool:
        """Whether a group of ``record`` with no key must still get a node (it points)."""
        return bool(self._held.get(record)) or self._in_recent(record, pointing=True)

    def _in_recent(self, record: str, pointing: bool) -> bool:
        return any(batch.has(record, batch.pointing if pointing else batch.keyed)
                   for batches in self._recent.values() for batch in batches)

    def pointing(self, records: np.ndarray) -> np.ndarray:
        """Which of these records' groups (a table's, in bulk) point at another row."""
        return np.isin(records, self._recent_hashes(pointing=True))

    def seen(self, records: np.ndarray, nodes: np.ndarray, named: np.ndarray,
             keyed: np.ndarray | None = None) -> None:
        """Groups settled: their records' hashes, nodes (-1: none), whether they are named and
        whether they are keyed rows (None: a table's groups, told by the recent batches)."""
        if keyed is None:
            keyed = np.isin(records, self._recent_hashes(pointing=False))
        held = (nodes >= 0) & keyed
        if held.any():
            self._groups.append((records[held], nodes[held], named[held]))

    def _recent_hashes(self, pointing: bool) -> np.ndarray:
        return np.concatenate([np.empty(0, np.uint64), *(
            batch.pointing_hashes if pointing else batch.keyed_hashes
            for batches in self._recent.values() for batch in batches)])

    def link(self, graph: PeopleGraph) -> None:
        """Join each pointing group that names no one to the one named group of its key."""
        if not (self._refs and self._owns and self._groups):
            return
        record, node, named = (np.concatenate(part) for part in zip(*self._groups, strict=True))
        own_record, own_key = (np.concatenate(part) for part in zip(*self._owns, strict=True))
        target_key, target = _matched(own_record, own_key, record[named], node[named])
        keys, count = np.unique(target_key, return_counts=True)
        once = np.isin(target_key, keys[count == 1])  # (one person a key, or none is sure)
        target_key, target = target_key[once], target[once]
        ref_record, ref_key = (np.concatenate(part) for part in zip(*self._refs, strict=True))
        ref_key, source = _matched(ref_record, ref_key, record[~named], node[~named])
        if target_key.size == 0:
            return
        order = np.argsort(target_key)
        at = order[np.minimum(np.searchsorted(target_key, ref_key, sorter=order),
                              target_key.size - 1)]
        hit = target_key[at] == ref_key
        graph.join(source[hit], target[at[hit]])


def _valid(keys: pa.Array) -> np.ndarray:
    return keys.is_valid().to_numpy(zero_copy_only=False)


def _matched(records: np.ndarray, values: np.ndarray, group_records: np.ndarray,
             group_nodes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``values[i]`` with the node of each group of ``records[i]`` (a record's several groups:
    each)."""
    order = np.argsort(group_records, kind="stable")
    sorted_records = group_records[order]
    first = np.searchsorted(sorted_records, records, "left")
    last = np.searchsorted(sorted_records, records, "right")
    count = last - first
    which = np.repeat(np.arange(records.size), count)
    offsets = np.arange(which.size) - np.repeat(np.cumsum(count) - count, count)
    return values[which], group_nodes[order[np.repeat(first, count) + offsets]]
