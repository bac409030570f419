"""Namesakes for 本人の数: which people a thin record (a name and a card) may be.

The linker keeps, per romanized name key, the first ``KEPT`` substantial groups in the order
they were absorbed (the cap makes a common name ambiguous, not costly) and, apart, the first
``THIN_KEPT`` thin ones: each is to find its person, and a payroll's months of one employee are
as many thin records (under one cap, they took the places of the substantial ones, and which
came first was the order files were read in). Romanizing (``romaji.name_keys``) costs a Python
call per name, too much for table rows, so table groups are kept by their *name* (the first of
each kind per distinct name: a group among a key's first is among the first of the name that
gave it the key) and names are romanized only when a count needs them and only if some thin
group exists at all: without a thin group no namesake link can be made. A kanji name has no
reading: its key is the name itself. With the C kernel a table's names are counted as they
come (``unseen``: a name past its first of its kind is not added at all); without it every
name is added and compaction drops the same ones later.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from types import ModuleType
from typing import TYPE_CHECKING

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from .romaji import name_keys
from .subject_graph import KeyTable

if TYPE_CHECKING:
    import duckdb

KEPT = 4  # per name key; more than one substantial namesake is ambiguous anyway
# thin ones per name key: a year's payroll months and bonuses of one employee, and more
THIN_KEPT = 32
_THIN_SALT = np.uint64(0x9E3779B97F4A7C15)  # (a thin entry's count apart from its name's)
_COMPACT_AT = 1 << 16  # entries; then whenever they have doubled since the last compaction
_COLUMNS = ("ord", "ident", "node", "thin", "raw", "mask", "source")


class Namesakes:
    """Entries (absorb order, name or name key, node, thin) and the kept lists made of them.

    An entry's ``ident`` is a 64-bit hash of its text (and of whether it is a name or a key):
    entries are kept per ident, the first ``KEPT`` substantial and ``THIN_KEPT`` thin ones by
    absorb order.
    """

    def __init__(self, connection: Callable[[], duckdb.DuckDBPyConnection],
                 kernel: ModuleType | None = None) -> None:
        self._connection = connection  # made on first use
        # Names seen so far, with the kernel: how many entries each has (KEPT at most).
        self._seen = KeyTable(kernel) if kernel is not None else None
        self._columns: dict[str, list[np.ndarray]] = {c: [] for c in _COLUMNS}
        self._texts: list[pa.Array] = []
        self._rows = 0
        self._compacted = 0
        self.any_thin = False

    @property
    def nbytes(self) -> int:
        return sum(a.nbytes for arrays in self._columns.values() for a in arrays) + sum(
            t.nbytes for t in self._texts) + (self._seen.nbytes if self._seen else 0)

    def unseen(self, ident: np.ndarray, thin: np.ndarray) -> np.ndarray:
        """Which of these names (in absorb order, idents of ``raw`` entries, a table's; their
        groups ``thin`` or not) may still be among the first ``KEPT`` substantial or
        ``THIN_KEPT`` thin ones of their name; the caller adds only those. Without the kernel:
        all of them (compaction drops the others later, to the same kept lists)."""
        if self._seen is None:
            return np.ones(len(ident), bool)
        keep = np.empty(len(ident), bool)
        for which, limit, salt in ((~thin, KEPT, np.uint64(0)), (thin, THIN_KEPT, _THIN_SALT)):
            at = np.flatnonzero(which)
            keep[at] = self._seen.first_kept(ident[at] ^ salt, limit)
        return keep

    def add(self, order: np.ndarray, text: pa.Array | pa.ChunkedArray, ident: np.ndarray,
            node: np.ndarray, thin: np.ndarray, raw: bool, mask: np.ndarray,
            source: np.ndarray) -> None:
        """Entries of absorbed groups: ``raw`` texts are names (romanized later), else keys;
        ``mask``, ``source``: the kinds of identifiers each group holds and a hash of its
        file (``subject_compatible``)."""
        if len(order) == 0:
            return
        if isinstance(text, pa.ChunkedArray):
            text = text.combine_chunks()
        arrays = (np.asarray(order, np.int64), np.asarray(ident, np.uint64),
                  np.asarray(node, np.int32), np.asarray(thin, bool), np.full(len(order), raw),
                  np.asarray(mask, np.uint16), np.asarray(source, np.uint64))
        for column, array in zip(_COLUMNS, arrays, strict=True):
            self._columns[column].append(array)
        self._texts.append(text)
        self.any_thin = self.any_thin or bool(np.any(thin))
        self._rows += len(order)
        if self._rows >= max(_COMPACT_AT, 2 * self._compacted):
            self._compact()

    def _compact(self) -> dict[str, np.ndarray]:
        columns = {c: np.concatenate(arrays) if arrays else np.empty(0)
                   for c, arrays in self._columns.items()}
        text = pa.concat_arrays(self._texts) if self._texts else pa.array([], pa.string())
        if self._rows != self._compacted:
            ident = columns["ident"] ^ columns["raw"].astype(np.uint64)
            thin = columns["thin"].astype(bool)
            by = np.lexsort((columns["ord"], thin, ident))
            ident, thin = ident[by], thin[by]
            run = np.flatnonzero(np.append(True, (ident[1:] != ident[:-1])
                                           | (thin[1:] != thin[:-1])))
            rank = np.arange(by.size) - np.repeat(run, np.diff(np.append(run, by.size)))
            keep = np.sort(by[rank < np.where(thin, THIN_KEPT, KEPT)])
            columns = {c: a[keep] for c, a in columns.items()}
            text = text.take(keep)
        self._columns = {c: [a] for c, a in columns.items()}
        self._texts = [text]
        self._rows = self._compacted = len(text)
        return {**columns, "text": text}

    def shared(self, hashes: Callable[[pa.Array], np.ndarray]
               ) -> Iterator[tuple[str, np.ndarray, np.ndarray, np.ndarray]]:
        """Per name or name key more than one group holds: it, and the nodes, masks and
        sources of its kept groups in absorb order (a name read in a table and in a mail is
        one: a table's name as written, spaces and all, is the mail's kanji key). All of them,
        not the first ``KEPT``: those were often one person's records, and a name-only row
        after them was never asked (blind corpus 8: a skill sheet's names)."""
        columns = self._compact()
        text = pc.replace_substring_regex(columns["text"], r"\s+", "")
        ident = hashes(text)
        order = np.lexsort((columns["ord"], ident))
        ident = ident[order]
        run = np.flatnonzero(np.append(True, ident[1:] != ident[:-1]))
        size = np.diff(np.append(run, ident.size))
        for start, count in zip(run[size > 1].tolist(), size[size > 1].tolist(), strict=True):
            at = order[start:start + count]
            yield (text[int(at[0])].as_py(), columns["node"][at], columns["mask"][at],
                   columns["source"][at])

    def kept(self) -> Iterator[tuple[list[int], list[bool]]]:
        """Per name key, in the order keys were first seen: the kept (node, thin) entries.

        Only keys whose kept entries hold both a thin and a substantial group: the others
        cannot link anyone.
        """
        if not self.any_thin:
            return
        entries = pa.table(self._compact())
        names = entries.filter(entries.column("raw")).column("text").unique().to_pylist()
        pairs = [(name, key) for name in names for key in name_keys(name)]
        readings = pa.table({"name": [p[0] for p in pairs], "key": [p[1] for p in pairs]},
                            schema=pa.schema([("name", pa.string()), ("key", pa.string())]))
        con = self._connection()
        con.register("entries", entries)
        con.register("readings", readings)
        try:
            rows = con.sql(f"""
                WITH keyed AS (
                    SELECT DISTINCT e.ord, r.key, e.node, e.thin
                    FROM entries e JOIN readings r ON e.raw AND e.text = r.name
                    UNION
                    SELECT ord, text, node, thin FROM entries WHERE NOT raw),
                first AS (
                    SELECT * FROM keyed
                    QUALIFY row_number() OVER (PARTITION BY key, thin ORDER BY ord)
                        <= CASE WHEN thin THEN {THIN_KEPT} ELSE {KEPT} END)
                SELECT list(node ORDER BY ord), list(thin ORDER BY ord), min(ord) AS seen
                FROM first GROUP BY key
                HAVING bool_or(thin) AND bool_or(NOT thin)
                ORDER BY seen
            """).fetchall()
        finally:
            con.unregister("entries")
            con.unregister("readings")
        for nodes, thins, _ in rows:
            yield nodes, thins
