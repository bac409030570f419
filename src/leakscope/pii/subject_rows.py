"""Database rows that point at a person's row (``row_keys``): joined to that person at count
time, where the row pointed at names someone and the pointing row names no one.

A pointing row with a name of its own (an order's ship-to) is left to its name; a key that
points at rows naming no one (a prefecture's, a shop's) joins nothing, so the orders of one
shop are not one person.
"""

from __future__ import annotations

from collections import deque

import numpy as np
import pyarrow as pa

from .row_keys import RowKeys
from .subject_graph import PeopleGraph, StringHasher


class RowReferences:
    """Rows' keys as they come (before their findings), their groups' nodes as those settle."""

    def __init__(self, hashes: StringHasher) -> None:
        self._hashes = hashes
        self.active = False  # any keys yet
        # per file, its last two batches' keyed and pointing records (their groups come next;
        # a batch's last group closes after the next batch's keys), as text and hashed
        self._recent: dict[str, deque[tuple[frozenset[str], np.ndarray, frozenset[str],
                                             np.ndarray]]] = {}
        # keyed (and pointing) records of groups a table left open, closed after later batches
        self._held: dict[str, bool] = {}
        self._owns: list[tuple[np.ndarray, np.ndarray]] = []  # (record, own key) hashes
        self._refs: list[tuple[np.ndarray, np.ndarray]] = []  # (record, key pointed at)
        self._groups: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []  # record, node, named

    def add(self, keys: RowKeys) -> None:
        records = self._hashes(pa.array(keys.records, pa.string()))
        own = np.array([i for i, key in enumerate(keys.own) if key is not None], np.int64)
        if own.size:
            self._owns.append((records[own], self._hashes(pa.array(
                [keys.own[i] for i in own], pa.string()))))
        pointing = [(i, key) for i, refs in enumerate(keys.refs) for key in refs]
        at = np.array([i for i, _ in pointing], np.int64)
        if pointing:
            self._refs.append((records[at], self._hashes(pa.array(
                [key for _, key in pointing], pa.string()))))
        at = np.unique(at)
        keyed = np.union1d(own, at)
        self._recent.setdefault(keys.scope, deque(maxlen=2)).append((
            frozenset(keys.records[i] for i in keyed), records[keyed],
            frozenset(keys.records[i] for i in at), records[at]))
        self.active = bool(self._owns or self._refs)

    def hold(self, records: list[str]) -> None:
        """Groups of these records stay open in the collector (a table's first and last), to
        close after later batches' keys: what they are is kept until then."""
        for record in records:
            if self._in_recent(record, 0):
                self._held[record] = self._in_recent(record, 2)

    def keyed(self, record: str) -> bool:
        """Whether ``record`` (a group's, by the collector) is a keyed row of a recent batch."""
        return record in self._held or self._in_recent(record, 0)

    def waits(self, record: str) -> bool:
        """Whether a group of ``record`` with no key must still get a node (it points)."""
        return bool(self._held.get(record)) or self._in_recent(record, 2)

    def _in_recent(self, record: str, which: int) -> bool:
        return any(record in batch[which] for batches in self._recent.values()
                   for batch in batches)

    def pointing(self, records: np.ndarray) -> np.ndarray:
        """Which of these records' groups (a table's, in bulk) point at another row."""
        return np.isin(records, self._recent_hashes(3))

    def seen(self, records: np.ndarray, nodes: np.ndarray, named: np.ndarray,
             keyed: np.ndarray | None = None) -> None:
        """Groups settled: their records' hashes, nodes (-1: none), whether they are named and
        whether they are keyed rows (None: a table's groups, told by the recent batches)."""
        if keyed is None:
            keyed = np.isin(records, self._recent_hashes(1))
        held = (nodes >= 0) & keyed
        if held.any():
            self._groups.append((records[held], nodes[held], named[held]))

    def _recent_hashes(self, which: int) -> np.ndarray:
        return np.concatenate([np.empty(0, np.uint64), *(
            batch[which] for batches in self._recent.values() for batch in batches)])

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
