"""The graph behind 本人の数: identifier keys as 64-bit hashes, union-find over them.

The old linker's dict of key hash -> parent cost ~66 bytes per key and a Python call per key; a
table path that must absorb ~350k rows a second cannot afford either. Here a key costs 20-40
bytes (a uint64 hash and an int32 node in an open-addressing table 30-60 % full) plus an int32
parent per node, where a node is what one group brought that was new (not one per key), and a
whole table's keys are looked up, inserted and unioned in one loop of the C kernel
(``_keys.c``), or, where it was not built, in a few numpy passes.

Key hashes are made in this process only (the kernel's hash of each string, or without it
DuckDB's ``hash``; combined with a splitmix64 step), so the table path and the ``GroupSummary``
path meet on the same node for the same identifier. A collision (two identifiers on one hash)
would merge two people: at 64 bits, ~1 % chance at 600 million distinct identifiers.
"""

from __future__ import annotations

import mmap
from types import ModuleType
from typing import TYPE_CHECKING

import numpy as np
import pyarrow as pa

from .arrow_strings import string_buffers

try:
    from . import _keys
except ImportError:  # built without a C compiler: the numpy and DuckDB path
    _keys = None
# (one built before address keys, without address_hashes, would link addresses as written:
# a stale build takes the numpy path until rebuilt)
KERNEL: ModuleType | None = _keys if hasattr(_keys, "address_hashes") else None

if TYPE_CHECKING:
    import duckdb

_GOLDEN = np.uint64(0x9E3779B97F4A7C15)
_MIX1 = np.uint64(0xBF58476D1CE4E5B9)
_MIX2 = np.uint64(0x94D049BB133111EB)
_FIRST_SIZE = 1 << 14  # slots of a new key table, parents of a new graph (both grow 2x)
_MAX_LOAD = 0.6  # of the key table; linear probing stays short below this
_POPULATE = getattr(mmap, "MAP_POPULATE", 0)  # fault the pages in at once, in the kernel
_CHUNK = 1 << 16  # slots re-inserted at once when a table is rebuilt (3x faster than all at
# once, and no copy of all keys next to the old and the new table)


class StringHasher:
    """64-bit hashes of strings, one function for a linker's whole life: the kernel's (~3 ns a
    string, straight from Arrow's buffers) or, without it, DuckDB's ``hash`` (~20 ns)."""

    def __init__(self) -> None:
        self.kernel = KERNEL
        self._connection: duckdb.DuckDBPyConnection | None = None

    def connection(self) -> duckdb.DuckDBPyConnection:
        """DuckDB, connected on first use: importing it costs ~30 ms."""
        if self._connection is None:
            import duckdb

            self._connection = duckdb.connect(config={"threads": 1})  # per core, as workers
        return self._connection

    def __call__(self, values: pa.Array | pa.ChunkedArray) -> np.ndarray:
        if len(values) == 0:
            return np.empty(0, np.uint64)
        if self.kernel is None:
            relation = self.connection().from_arrow(pa.table({"v": values})).project(
                "hash(v) AS h")
            return np.asarray(relation.fetchnumpy()["h"], dtype=np.uint64)
        out = np.empty(len(values), np.uint64)
        chunks = values.chunks if isinstance(values, pa.ChunkedArray) else [values]
        start = 0
        for chunk in chunks:
            self.kernel.hash_strings(*string_buffers(chunk), out[start: start + len(chunk)])
            start += len(chunk)
        return out


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


def _zeros(size: int, dtype: type) -> np.ndarray:
    """Zeroed memory straight from the kernel (an anonymous map, populated when made).

    ``np.zeros`` of a large table asks for transparent huge pages, and on this kind of machine
    the compaction behind them stalled every rebuild of the key table (2x slower in total).
    """
    if not hasattr(mmap, "MAP_ANONYMOUS"):  # not a Unix
        return np.zeros(size, dtype)
    buffer = mmap.mmap(-1, max(size * np.dtype(dtype).itemsize, 1),
                       flags=mmap.MAP_PRIVATE | mmap.MAP_ANONYMOUS | _POPULATE)
    return np.frombuffer(buffer, dtype, count=size)


class KeyTable:
    """uint64 key -> int32 node id, open addressing with linear probing, all keys
    at once."""

    def __init__(self, kernel: ModuleType | None) -> None:
        self._kernel = kernel
        self._keys, self._ids = _zeros(_FIRST_SIZE, np.uint64), _zeros(_FIRST_SIZE, np.int32)
        self._size = 0

    @property
    def nbytes(self) -> int:
        return self._keys.nbytes + self._ids.nbytes

    def find_or_add(self, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Node id of each key (repeats allowed), or for a key not seen yet ``-1 - i`` where
        ``i`` is the position of its first copy; and the positions and slots of those first
        copies, whose ids the caller sets with ``assign``."""
        self.reserve(len(keys))
        out = np.empty(len(keys), np.int64)
        positions, slots = self._probe(keys, out, None)
        self._size += positions.size
        return out, positions, slots

    def assign(self, slots: np.ndarray, ids: np.ndarray) -> None:
        self._ids[slots] = ids

    def link(self, parent: np.ndarray, nodes: int, groups: np.ndarray, keys: np.ndarray,
             group_node: np.ndarray) -> int:
        """The kernel's find-or-insert and union in one loop (``PeopleGraph.link_keys``);
        returns the nodes in the graph after it."""
        assert self._kernel is not None
        start = 0
        while True:
            start, nodes, inserted = self._kernel.link_keys(
                self._keys, self._ids, parent, nodes, groups, keys, group_node, start,
                self._room())
            self._size += inserted
            if start == len(keys):
                return nodes
            self.reserve(1)  # full: double, and go on where it stopped

    def lookup(self, keys: np.ndarray) -> np.ndarray:
        """Node id of each key, -1 for a key not in the table (nothing is added)."""
        table, table_ids = self._keys, self._ids
        wrap = len(table) - 1
        out = np.full(len(keys), -1, np.int64)
        slot = (keys & np.uint64(wrap)).astype(np.int64)
        todo = np.arange(len(keys))
        while todo.size:
            seen = table[slot[todo]]
            found = seen == keys[todo]
            out[todo[found]] = table_ids[slot[todo[found]]]
            todo = todo[~found & (seen != 0)]  # an empty slot ends the probe: not there
            slot[todo] = (slot[todo] + 1) & wrap
        return out

    def _room(self) -> int:
        """Keys that still fit below the load limit."""
        return max(int(_MAX_LOAD * len(self._keys)) - self._size, 0)

    def reserve(self, count: int) -> None:
        """Room for ``count`` more keys below the table's load limit."""
        need = self._size + count
        if need <= _MAX_LOAD * len(self._keys):
            return
        capacity = len(self._keys)
        while need > _MAX_LOAD * capacity:
            capacity *= 2
        keys, ids = self._keys, self._ids
        self._keys, self._ids = _zeros(capacity, np.uint64), _zeros(capacity, np.int32)
        if self._kernel is not None:
            self._kernel.reinsert(keys, ids, self._keys, self._ids)
            return
        out = np.empty(_CHUNK, np.int64)
        for start in range(0, len(keys), _CHUNK):  # a probe's scratch arrays stay in cache
            part = slice(start, start + _CHUNK)
            used = np.flatnonzero(keys[part])
            self._probe(keys[part][used], out, ids[part][used].astype(np.int64))

    def _probe(self, keys: np.ndarray, out: np.ndarray, given: np.ndarray | None
               ) -> tuple[np.ndarray, np.ndarray]:
        """Find or insert every key, one numpy pass per probe step; returns the positions and
        slots of the keys inserted (with ``given`` ids, or ``-1 - position`` for now).

        Keys racing for one empty slot: the one whose position reads back wins; the others
        stay on that slot one more step (the winner may be their own key) and move on if not.
        """
        table, table_ids = self._keys, self._ids
        wrap = len(table) - 1
        slot = (keys & np.uint64(wrap)).astype(np.int64)
        todo = np.arange(len(keys))
        positions, slots = [], []
        while todo.size:
            where, key = slot[todo], keys[todo]
            seen = table[where]
            found = seen == key
            out[todo[found]] = table_ids[where[found]]
            move = ~found
            empty = np.flatnonzero(seen == 0)
            if empty.size:
                claimed = where[empty]
                table[claimed] = key[empty]
                table_ids[claimed] = empty
                won = empty[table_ids[claimed] == empty]
                ids = given[todo[won]] if given is not None else -1 - todo[won]
                table_ids[where[won]] = ids
                out[todo[won]] = ids
                positions.append(todo[won])
                slots.append(where[won])
                found[won] = True
                move[empty] = False
            slot[todo[move]] = (slot[todo[move]] + 1) & wrap
            todo = todo[~found]
        if not positions:
            return np.empty(0, np.int64), np.empty(0, np.int64)
        return np.concatenate(positions), np.concatenate(slots)


class PeopleGraph:
    """Union-find over nodes: one node per distinct identifier key, plus key-less named groups.

    A parent always has a smaller id than its child (roots are hooked under smaller roots), so
    the forest has no cycles however links are made.
    """

    def __init__(self, kernel: ModuleType | None = None) -> None:
        self._parent = np.empty(_FIRST_SIZE, np.int32)
        self._n = 0
        self._kernel = kernel
        self._keys = KeyTable(kernel)

    @property
    def nbytes(self) -> int:
        return self._parent.nbytes + self._keys.nbytes

    @property
    def roots(self) -> int:
        """People who have a node (one pass over the parents: read at ``count()`` only)."""
        return int(np.count_nonzero(self._parent[: self._n] == np.arange(self._n)))

    def link_keys(self, groups: np.ndarray, keys: np.ndarray, count: int) -> np.ndarray:
        """Join the people of each group's keys (``groups[i]`` holds ``keys[i]``, groups are
        ``0 .. count - 1``); returns a node of each group's person (-1: a group without keys).

        The keys a group brings first share one new node (not a node each): the union-find
        grows with groups that bring something new, the key table with keys.
        """
        node = np.full(count, -1, np.int64)
        if keys.size == 0:
            return node
        groups, keys = np.asarray(groups, np.int64), np.asarray(keys, np.uint64)
        if self._kernel is not None:
            self._reserve(min(keys.size, count))
            self._n = self._keys.link(self._parent, self._n, groups, keys, node)
        else:
            node[groups] = self._link_in_numpy(groups, keys)
        return node

    def _link_in_numpy(self, groups: np.ndarray, keys: np.ndarray) -> np.ndarray:
        """The root of each pair after linking, in numpy passes."""
        known = self._n
        nodes, first, slots = self._keys.find_or_add(keys)
        if first.size:
            bringing = np.zeros(int(groups.max()) + 1, bool)
            bringing[groups[first]] = True
            group_node = np.full(bringing.size, -1, np.int64)
            fresh = np.flatnonzero(bringing)
            group_node[fresh] = self.fresh_nodes(fresh.size)
            self._keys.assign(slots, group_node[groups[first]])
            new = np.flatnonzero(nodes < 0)
            nodes[new] = group_node[groups[-1 - nodes[new]]]
        old = np.flatnonzero(nodes < known)
        if old.size:
            nodes[old] = self.find(nodes[old])
        return self._hook(groups, nodes)

    def _hook(self, groups: np.ndarray, roots: np.ndarray) -> np.ndarray:
        """Hook every root under its group's smallest root until each group has one root."""
        lowest = np.empty(int(groups.max()) + 1, np.int64)
        while True:
            lowest.fill(self._n)
            np.minimum.at(lowest, groups, roots)
            target = lowest[groups]
            apart = np.flatnonzero(roots != target)
            if apart.size == 0:
                return roots
            np.minimum.at(self._parent, roots[apart], target[apart].astype(np.int32))
            roots = self.find(roots)

    def node_of(self, keys: np.ndarray) -> np.ndarray:
        """The node of each identifier key seen so far, -1 for one never linked."""
        return self._keys.lookup(np.asarray(keys, np.uint64))

    def join(self, a: np.ndarray, b: np.ndarray) -> None:
        """Join the people of nodes ``a[i]`` and ``b[i]``, all pairs at once."""
        if a.size:
            pairs = np.repeat(np.arange(a.size), 2)
            self._hook(pairs, self.find(np.stack([a, b], axis=1).ravel()))

    def fresh_nodes(self, count: int) -> np.ndarray:
        """New one-node people without a key (a named group that namesakes may join)."""
        start = self._n
        self._extend(count)
        return np.arange(start, start + count)

    def _extend(self, count: int) -> None:
        self._reserve(count)
        need = self._n + count
        self._parent[self._n: need] = np.arange(self._n, need, dtype=np.int32)
        self._n = need

    def _reserve(self, count: int) -> None:
        need = self._n + count
        if need > len(self._parent):
            grown = np.empty(max(need, 2 * len(self._parent)), np.int32)
            grown[: self._n] = self._parent[: self._n]
            self._parent = grown

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

    def union(self, a: int, b: int) -> None:
        """Join two nodes' people (one at a time: the namesake step)."""
        ra, rb = self.root(a), self.root(b)
        if ra != rb:
            self._parent[max(ra, rb)] = min(ra, rb)

    def root(self, x: int) -> int:
        parent = self._parent
        root = int(parent[x])
        while int(parent[root]) != root:
            root = int(parent[root])
        while int(parent[x]) != root:
            parent[x], x = root, int(parent[x])
        return root


def pairs(left: np.ndarray, right: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Every (i, j) with ``left[i] == right[j]`` (both sorted): a group's names x its dates."""
    low = np.searchsorted(right, left, "left")
    many = np.searchsorted(right, left, "right") - low
    a = np.repeat(np.arange(left.size), many)
    b = np.repeat(low - (np.cumsum(many) - many), many) + np.arange(a.size)
    return a, b


def ranges(first: np.ndarray, count: np.ndarray, at: np.ndarray) -> np.ndarray:
    """``range(first[i], first[i] + count[i])`` for each ``i`` of ``at``, concatenated."""
    repeat = count[at]
    before = np.cumsum(repeat) - repeat  # (where each range starts in the result)
    return np.repeat(first[at] - before, repeat) + np.arange(repeat.sum())
