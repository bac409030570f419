"""The graph behind 本人の数 in numpy: identifier keys as 64-bit hashes, union-find over them.

A Python dict keyed by identifier costs ~120 bytes and a Python call per key; a table path that
must absorb ~350k rows a second cannot afford either. Here a key costs ~30 bytes (an
open-addressing table of uint64 hashes -> node id, and an int32 parent per node) and a whole
table's keys are looked up, inserted and unioned in a few numpy passes.

Key hashes are made in this process only (DuckDB's ``hash`` of each string, combined with a
splitmix64 step), so the table path and the ``GroupSummary`` path meet on the same node for the
same identifier. A collision (two identifiers on one hash) would merge two people: at 64 bits,
~1 % chance at 600 million distinct identifiers.
"""

from __future__ import annotations

import duckdb
import numpy as np
import pyarrow as pa

_GOLDEN = np.uint64(0x9E3779B97F4A7C15)
_MIX1 = np.uint64(0xBF58476D1CE4E5B9)
_MIX2 = np.uint64(0x94D049BB133111EB)
_MAX_LOAD = 0.6  # of the key table; linear probing stays short below this


def string_hashes(con: duckdb.DuckDBPyConnection, values: pa.Array | pa.ChunkedArray
                  ) -> np.ndarray:
    """64-bit hashes of strings (DuckDB's ``hash``: deterministic, ~20 ns a string)."""
    if len(values) == 0:
        return np.empty(0, np.uint64)
    relation = con.from_arrow(pa.table({"v": values})).project("hash(v) AS h")
    return np.asarray(relation.fetchnumpy()["h"], dtype=np.uint64)


def combine(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Hash of the pair (a, b) of hashes; never 0 (the key table's empty slot)."""
    with np.errstate(over="ignore"):
        x = np.asarray(a, np.uint64) * _GOLDEN + np.asarray(b, np.uint64)
        x ^= x >> np.uint64(30)
        x *= _MIX1
        x ^= x >> np.uint64(27)
        x *= _MIX2
        x ^= x >> np.uint64(31)
    x[x == 0] = 1
    return x


def distinct(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Distinct values (first-seen order) and each value's index among them (hashing, no sort)."""
    encoded = pa.array(values).dictionary_encode()
    return encoded.dictionary.to_numpy(), encoded.indices.to_numpy().astype(np.int64)


class _KeyTable:
    """uint64 key -> int32 node id, open addressing with linear probing, all keys at once."""

    def __init__(self, capacity: int = 1 << 14) -> None:
        self._keys = np.zeros(capacity, np.uint64)
        self._ids = np.zeros(capacity, np.int32)
        self._size = 0

    @property
    def nbytes(self) -> int:
        return self._keys.nbytes + self._ids.nbytes

    def ids(self, keys: np.ndarray, next_id: int) -> tuple[np.ndarray, int]:
        """Ids of distinct ``keys`` and how many were new (numbered from ``next_id`` on)."""
        if (self._size + len(keys)) > _MAX_LOAD * len(self._keys):
            self._grow(self._size + len(keys))
        out = np.empty(len(keys), np.int64)
        added = self._probe(keys, out, next_id, None)
        self._size += added
        return out, added

    def _grow(self, need: int) -> None:
        capacity = len(self._keys)
        while need > _MAX_LOAD * capacity / 2:  # leave room: grow to at most half the limit
            capacity *= 2
        used = self._keys != 0
        keys, ids = self._keys[used], self._ids[used].astype(np.int64)
        self._keys = np.zeros(capacity, np.uint64)
        self._ids = np.zeros(capacity, np.int32)
        self._probe(keys, np.empty(len(keys), np.int64), 0, ids)

    def _probe(self, keys: np.ndarray, out: np.ndarray, next_id: int,
               given: np.ndarray | None) -> int:
        """Find or insert every key (one numpy pass per probe step); returns how many were new."""
        table, table_ids = self._keys, self._ids
        mask = np.uint64(len(table) - 1)
        slot = (keys & mask).astype(np.int64)
        todo = np.arange(len(keys))
        added = 0
        while todo.size:
            where, key = slot[todo], keys[todo]
            seen = table[where]
            found = seen == key
            out[todo[found]] = table_ids[where[found]]
            empty = np.flatnonzero(seen == 0)
            if empty.size:
                table[where[empty]] = key[empty]  # several may race for one slot: one wins
                won = empty[table[where[empty]] == key[empty]]
                ids = given[todo[won]] if given is not None else np.arange(
                    next_id + added, next_id + added + won.size)
                table_ids[where[won]] = ids
                out[todo[won]] = ids
                added += won.size
                found[won] = True
            todo = todo[~found]
            slot[todo] = (slot[todo] + 1) & (len(table) - 1)
        return added


class PeopleGraph:
    """Union-find over nodes: one node per distinct identifier key, plus key-less named groups.

    ``roots`` is the number of components (people who have a node).
    """

    def __init__(self) -> None:
        self._parent = np.empty(1 << 14, np.int32)
        self._n = 0
        self._keys = _KeyTable()
        self.roots = 0

    @property
    def nbytes(self) -> int:
        return self._parent.nbytes + self._keys.nbytes

    def key_nodes(self, keys: np.ndarray) -> np.ndarray:
        """Nodes of distinct key hashes (a key not seen yet becomes a new one-node person)."""
        ids, added = self._keys.ids(keys, self._n)
        self._extend(added)
        return ids

    def fresh_nodes(self, count: int) -> np.ndarray:
        """New one-node people without a key (a named group that namesakes may join)."""
        start = self._n
        self._extend(count)
        return np.arange(start, start + count)

    def _extend(self, count: int) -> None:
        need = self._n + count
        if need > len(self._parent):
            grown = np.empty(max(need, 2 * len(self._parent)), np.int32)
            grown[: self._n] = self._parent[: self._n]
            self._parent = grown
        self._parent[self._n: need] = np.arange(self._n, need)
        self._n = need
        self.roots += count

    def find(self, nodes: np.ndarray) -> np.ndarray:
        """Root of each node (and the nodes are pointed at their root: path compression)."""
        parent = self._parent
        roots = parent[nodes]
        while True:
            up = parent[roots]
            if np.array_equal(up, roots):
                break
            roots = up
        parent[nodes] = roots
        return roots.astype(np.int64)

    def link(self, groups: np.ndarray, nodes: np.ndarray) -> np.ndarray:
        """Union the nodes of each group (``groups[i]`` holds ``nodes[i]``), transitively.

        Returns each pair's root after linking. Components of the touched roots are found by
        hooking every root to its group's smallest label and pointer jumping (a few rounds).
        """
        if nodes.size == 0:
            return nodes
        roots, local = distinct(self.find(nodes))
        label = np.arange(roots.size)
        lowest = np.empty(int(groups.max()) + 1, np.int64)
        while True:
            lowest.fill(roots.size)
            np.minimum.at(lowest, groups, label[local])
            hooked = label.copy()
            np.minimum.at(hooked, label[local], lowest[groups])
            while True:
                jumped = hooked[hooked]
                if np.array_equal(jumped, hooked):
                    break
                hooked = jumped
            if np.array_equal(hooked, label):
                break
            label = hooked
        moved = np.flatnonzero(label != np.arange(roots.size))
        self._parent[roots[moved]] = roots[label[moved]]
        self.roots -= moved.size
        return roots[label[local]]

    def union(self, a: int, b: int) -> None:
        """Join two nodes' people (one at a time: the namesake step)."""
        ra, rb = self._find1(a), self._find1(b)
        if ra != rb:
            self._parent[rb] = ra
            self.roots -= 1

    def root(self, node: int) -> int:
        return self._find1(node)

    def _find1(self, x: int) -> int:
        parent = self._parent
        root = int(parent[x])
        while int(parent[root]) != root:
            root = int(parent[root])
        while int(parent[x]) != root:
            parent[x], x = root, int(parent[x])
        return root
