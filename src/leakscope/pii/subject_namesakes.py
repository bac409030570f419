"""Namesakes for 本人の数: which people a thin record (a name and a card) may be.

The linker keeps, per romanized name key, the first ``KEPT`` substantial groups and, apart,
the first ``THIN_KEPT`` thin ones (the cap makes a common name ambiguous, not costly; a
payroll's months of one employee are as many thin records, and under one cap they took the
places of the substantial ones). First by a group's *priority*, the hash of where it is (a
record, or a place in free text: ``GroupSummary.at``), not by when it came: two workers hand
groups over in either order, and the count must not depend on the worker count. Romanizing
(``romaji.name_keys``) costs a Python call per name, too much for table rows, so table groups
are kept by their *name* (the first of each kind per distinct name: a group among a key's
first is among the first of the name that gave it the key) and names are romanized only when
a count needs them and only if some thin group exists at all: without a thin group no
namesake link can be made. A kanji name's key is the name itself; once people of one name are
joined, its readings as SudachiDict knows them are keys too (``kept(guess=True)``).
"""

from __future__ import annotations

import string
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from .columnar.kernels import holds_any
from .name_lexicon import readings_of
from .normalize import is_kanji
from .romaji import name_keys

if TYPE_CHECKING:
    import duckdb

# substantial ones per name key: one person's records in several files take places too, and a
# name-only row after four of them was never asked (blind corpus 8: 199 people for 186 with 4,
# 188 with 8, 188 with 16; corpus 9: 177, 176, 174 for 176)
KEPT = 8
# thin ones per name key: a year's payroll months and bonuses of one employee, and more
THIN_KEPT = 32
_KANJI = "(name >= '\u4e00' AND name < '\ua000')"  # (SQL: a name that begins with a kanji)
_THIN_SALT = np.uint64(0x9E3779B97F4A7C15)  # (a thin entry's places apart from its name's)
_COMPACT_AT = 1 << 16  # entries; then whenever they have doubled since the last compaction
_COLUMNS = ("priority", "ident", "node", "thin", "raw", "mask", "source")
_DTYPES = dict(zip(_COLUMNS, (np.uint64, np.uint64, np.int32, bool, bool, np.uint16, np.uint64),
                   strict=True))


def first_kept(ident: np.ndarray, priority: np.ndarray, thin: np.ndarray) -> np.ndarray:
    """Which entries are among the first ``KEPT`` substantial or ``THIN_KEPT`` thin ones of
    their ident, by priority (ties: in the order given). Only idents held more than ``KEPT``
    times are ranked: a customer list's names are mostly one a row."""
    key = np.where(thin, ident ^ _THIN_SALT, ident)
    held, count = np.unique(key, return_counts=True)
    crowded = held[count > KEPT]
    keep = np.ones(key.size, bool)
    if crowded.size == 0:
        return keep
    at = np.flatnonzero(np.isin(key, crowded))
    by = at[np.lexsort((priority[at], key[at]))]
    key = key[by]
    run = np.flatnonzero(np.append(True, key[1:] != key[:-1]))
    rank = np.arange(by.size) - np.repeat(run, np.diff(np.append(run, by.size)))
    keep[by] = rank < np.where(thin[by], THIN_KEPT, KEPT)
    return keep


def table_idents(names: pa.Array | pa.ChunkedArray, hashed: np.ndarray,
                 hashes: Callable[[pa.Array], np.ndarray]) -> np.ndarray:
    """The ident a table's name is kept by, from ``hashed`` (the names' hashes): a kanji or
    kana name without its spaces, so 「山田 太郎」, 「山田太郎」 and a mail's key 山田太郎 share
    the first ``KEPT`` places (the places ``shared`` asks); a Latin one as written and apart
    from keys, since its readings depend on its spaces (``romaji.name_keys``). (A scan's names
    are normalized: no space but a half-width one, and mostly none.)"""
    if isinstance(names, pa.ChunkedArray):
        names = names.combine_chunks()
    latin = holds_any(names, string.ascii_letters)
    spaced = holds_any(names, " ") & ~latin
    ident = hashed.copy()
    if spaced.any():
        ident[spaced] = hashes(pc.replace_substring(names.filter(spaced), " ", ""))
    return ident ^ latin.astype(np.uint64)


class Namesakes:
    """Entries (priority, name or name key, node, thin) and the kept lists made of them.

    An entry's ``ident`` is a 64-bit hash of its text (``table_idents`` for a table's names):
    entries are kept per ident, the first ``KEPT`` substantial and ``THIN_KEPT`` thin ones by
    priority.
    """

    def __init__(self, connection: Callable[[], duckdb.DuckDBPyConnection]) -> None:
        self._connection = connection  # made on first use
        self._columns: dict[str, list[np.ndarray]] = {c: [] for c in _COLUMNS}
        self._texts: list[pa.Array] = []
        self._rows = 0
        self._compacted = 0
        self.any_thin = False

    @property
    def nbytes(self) -> int:
        return sum(a.nbytes for arrays in self._columns.values() for a in arrays) + sum(
            t.nbytes for t in self._texts)

    def add(self, priority: np.ndarray, text: pa.Array | pa.ChunkedArray, ident: np.ndarray,
            node: np.ndarray, thin: np.ndarray, raw: bool, mask: np.ndarray,
            source: np.ndarray) -> None:
        """Entries of absorbed groups (a table's only its ``first_kept``): ``raw`` texts are
        names (romanized later), else keys; ``mask``, ``source``: the kinds of identifiers
        each group holds and a hash of its file (``subject_compatible``)."""
        if len(priority) == 0:
            return
        if isinstance(text, pa.ChunkedArray):
            text = text.combine_chunks()
        given = (priority, ident, node, thin, np.full(len(priority), raw), mask, source)
        for column, values in zip(_COLUMNS, given, strict=True):
            self._columns[column].append(np.asarray(values, _DTYPES[column]))
        self._texts.append(text)
        self.any_thin = self.any_thin or bool(np.any(thin))
        self._rows += len(priority)
        if self._rows >= max(_COMPACT_AT, 2 * self._compacted):
            self._compact()

    def _compact(self) -> dict[str, np.ndarray]:
        columns = {c: np.concatenate(arrays) if arrays else np.empty(0, _DTYPES[c])
                   for c, arrays in self._columns.items()}
        text = pa.concat_arrays(self._texts) if self._texts else pa.array([], pa.string())
        if self._rows != self._compacted:
            keep = np.flatnonzero(first_kept(columns["ident"], columns["priority"],
                                             columns["thin"].astype(bool)))
            columns = {c: a[keep] for c, a in columns.items()}
            text = text.take(keep)
        self._columns = {c: [a] for c, a in columns.items()}
        self._texts = [text]
        self._rows = self._compacted = len(text)
        return {**columns, "text": text}

    def entries(self) -> dict[str, np.ndarray | pa.Array]:
        """The kept entries' columns (``_COLUMNS`` and their ``text``)."""
        return self._compact()

    def shared(self) -> Iterator[tuple[str, np.ndarray, np.ndarray, np.ndarray]]:
        """Per ident more than one group holds: its name (without spaces), and the nodes,
        masks and sources of its kept groups by priority (a name read in a table and in a
        mail is one: a table's kanji name, spaces and all, was kept by the mail's key's
        ident, ``table_idents``)."""
        columns = self._compact()
        order = np.lexsort((columns["priority"], columns["ident"]))
        ident = columns["ident"][order]
        run = np.flatnonzero(np.append(True, ident[1:] != ident[:-1]))
        size = np.diff(np.append(run, ident.size))
        for start, count in zip(run[size > 1].tolist(), size[size > 1].tolist(), strict=True):
            at = order[start:start + count]
            yield (columns["text"][int(at[0])].as_py().replace(" ", ""), columns["node"][at],
                   columns["mask"][at], columns["source"][at])

    def kept(self, guess: bool = False, only: np.ndarray | None = None
             ) -> Iterator[tuple[list[int], list[bool], list[str]]]:
        """Per name key: the kept entries' nodes, thin flags and names (``only``: of these
        entries).

        Only keys whose kept entries hold both a thin and a substantial group (``guess``: or
        thin ones of a kanji name and of another, whose names are given too): the others
        cannot link anyone.
        """
        if not self.any_thin:
            return
        entries = pa.table(self._compact())
        if only is not None:
            entries = entries.filter(only)
        texts = entries.group_by(["text", "raw"]).aggregate([])
        # (a free-text group's key is its own: read in Python only when guessing a kanji one)
        pairs = [(text, raw, key) for text, raw in zip(texts.column("text").to_pylist(),
                                                       texts.column("raw").to_pylist(),
                                                       strict=True)
                 if raw or (guess and is_kanji(text[:1]))
                 for key in _reading_keys(text, raw, guess)]
        readings = pa.table([pa.array([p[i] for p in pairs], t) for i, t in enumerate(
            (pa.string(), pa.bool_(), pa.string()))], names=["name", "raw", "key"])
        con = self._connection()
        con.register("entries", entries)
        con.register("readings", readings)
        try:
            rows = con.sql(_kept_sql(guess)).fetchall()
        finally:
            con.unregister("entries")
            con.unregister("readings")
        for row in rows:
            yield row[0], row[1], row[2] if guess else []


def _kept_sql(guess: bool) -> str:
    """The query of ``Namesakes.kept``: per key its first entries' nodes and thin flags, and
    when guessing the names of its thin ones (a key whose thin records are of a kanji name
    and of another is kept too: ``SubjectLinker._join_reading_pair``)."""
    name = ", CASE WHEN {0}thin THEN {0}text END AS name" if guess else ""
    return f"""
        WITH keyed AS (
            SELECT DISTINCT e.priority, r.key, e.node, e.thin{name.format("e.")}
            FROM entries e JOIN readings r ON e.raw = r.raw AND e.text = r.name
            UNION
            SELECT priority, text, node, thin{name.format("")} FROM entries WHERE NOT raw),
        first AS (
            SELECT * FROM keyed
            QUALIFY row_number() OVER (PARTITION BY key, thin ORDER BY priority)
                <= CASE WHEN thin THEN {THIN_KEPT} ELSE {KEPT} END)
        SELECT list(node ORDER BY priority), list(thin ORDER BY priority)
            {", list(name ORDER BY priority)" if guess else ""}
        FROM first GROUP BY key
        HAVING bool_or(thin) AND (bool_or(NOT thin)
            {f"OR bool_or({_KANJI}) AND bool_or(NOT {_KANJI})" if guess else ""})
    """


def _reading_keys(text: str, raw: bool, guess: bool) -> tuple[str, ...]:
    """The keys a thin record may meet a namesake by: a name's (``name_keys``) or the key
    itself, and a kanji name's reading as SudachiDict reads it (木村洋介: a bank payer's
    ｷﾑﾗ ﾖｳｽｹ), where no other name of the reading makes it ambiguous."""
    keys = name_keys(text) if raw else (text,)
    if not guess or not is_kanji(text[:1]):
        return keys
    return (*keys, *(key for reading in readings_of(text.replace(" ", ""))
                     for key in name_keys(reading)))
