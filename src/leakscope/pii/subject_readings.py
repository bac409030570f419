"""本人の数: people written only in kana or Latin letters are the person of that reading.

A learning app keeps a child as さとうたくま, an OTA a guest as MARIA SANTOS, each with a
mail or a phone that nothing else holds; the register writes them 佐藤 拓真 (サトウ タクマ) and
SANTOS MARIA. A full name in kanji joins its namesakes when nothing tells them apart
(``subject_compatible``); a reading does the same, with one more condition: of the people
that hold it, at most one has a kanji name (two kanji names of one reading, 洋介 and 陽介, may
be two people; a reading alone cannot say which of them it is).
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from .name_lexicon import one_given_reading
from .normalize import is_kanji
from .romaji import is_full_reading, name_keys
from .subject_compatible import compatible, held_by, join_all
from .subject_graph import PeopleGraph, ranges
from .subject_names import kanji_name

# A reading this long is a full name even of no known surname (GURUNG BIKASH, シン ラフル): a
# given name alone is mostly shorter (kenichi; shiyotaro, as keys write ショウタロウ).
_FOREIGN_FULL = 10


def full_reading(key: str) -> bool:
    """A name key that is a full name's reading (a known surname's and more, or long)."""
    return is_full_reading(key) or len(key) >= _FOREIGN_FULL


def join_readings(graph: PeopleGraph, entries: dict) -> None:
    """Join the people each full reading is held by (``entries``: the namesakes' columns,
    ``Namesakes.entries``) when they are ``compatible`` and at most one has a kanji name; then
    again with the dictionary's reading of a kanji name no reading is written beside
    (``_guessed``)."""
    if len(entries["node"]) == 0:
        return
    names = _Names.of(entries)
    if not names.per.any():
        return
    for guess in (False, True):
        held = _readings_held(graph, entries, names, guess)
        if held:
            _join_held(graph, entries, held)


def _join_held(graph: PeopleGraph, entries: dict, held: list[np.ndarray]) -> None:
    nodes = entries["node"].astype(np.int64)
    roots = graph.find(nodes)
    involved = np.isin(roots, roots[np.concatenate(held)])
    kanji = {int(root) for root, text in zip(roots[involved].tolist(),
                                             entries["text"].filter(involved).to_pylist(),
                                             strict=True)
             if kanji_name(text)}  # (the people with a kanji full name)
    for at in held:
        people = held_by(graph, nodes[at], entries["mask"][at], entries["source"][at])
        named = [root for root in people if root in kanji]
        if len(people) > 1 and len(named) <= 1 and compatible(list(people.values())):
            first = join_all(graph, people)
            if named:
                kanji.add(graph.root(first))


class _Names(NamedTuple):
    """The entries' distinct names (each with its raw flag, "1" or "0", last), which of them
    each entry holds, and each name's full reading keys (none for a kanji name). Each distinct
    name is read once (a customer list's 100k rows hold far fewer names)."""

    distinct: list[str]
    index: np.ndarray
    keys: list[tuple[str, ...]]
    per: np.ndarray

    @staticmethod
    def of(entries: dict) -> _Names:
        raw = pa.array(entries["raw"], pa.bool_())
        written = pc.binary_join_element_wise(entries["text"], pc.if_else(raw, "1", "0"), "")
        encoded = written.dictionary_encode()
        distinct = encoded.dictionary.to_pylist()
        keys = [() if is_kanji(text[:1]) else tuple(
            key for key in (name_keys(text[:-1]) if text[-1] == "1" else (text[:-1],))
            if full_reading(key)) for text in distinct]
        return _Names(distinct, encoded.indices.to_numpy(zero_copy_only=False), keys,
                      np.array([len(k) for k in keys], np.int64))


def _readings_held(graph: PeopleGraph, entries: dict, names: _Names, guess: bool
                   ) -> list[np.ndarray]:
    """Per full reading that more than one person holds, its entries: kana and Latin names'
    (and, to ``guess``, kanji names' by ``_guessed``)."""
    index, keys, per = names.index, names.keys, names.per
    entry = np.repeat(np.arange(index.size), per[index])  # (an entry per key it has)
    flat_keys = [key for held in keys for key in held]
    key_of = ranges(np.cumsum(per) - per, per, index)
    if guess:
        guessed, guesses = _guessed(graph, entries, names, set(flat_keys))
        if not guessed.size:
            return []
        entry = np.concatenate([entry, guessed])
        key_of = np.concatenate([key_of, np.arange(len(guesses)) + len(flat_keys)])
        flat_keys += guesses
    flat = pa.array(flat_keys, pa.string()).dictionary_encode()
    key = flat.indices.to_numpy(zero_copy_only=False)[key_of]
    roots = graph.find(entries["node"][entry].astype(np.int64))
    pairs = np.unique(np.stack([key, roots]), axis=1)
    keys_held, people = np.unique(pairs[0], return_counts=True)
    shared = np.isin(key, keys_held[people > 1])
    order = np.argsort(key[shared], kind="stable")
    key, entry = key[shared][order], entry[shared][order]
    if not entry.size:
        return []
    starts = np.flatnonzero(np.append(True, key[1:] != key[:-1]))
    groups = np.split(entry, starts[1:])
    if guess:  # (the readings written were joined already: only those guessed are new)
        new = np.maximum.reduceat(np.isin(entry, guessed), starts)
        groups = [at for at, kept in zip(groups, new.tolist(), strict=True) if kept]
    return groups


def _guessed(graph: PeopleGraph, entries: dict, names: _Names, held: set[str]
             ) -> tuple[np.ndarray, list[str]]:
    """Entries of a kanji full name no one of which holds a reading, one per key of the name's
    reading as SudachiDict gives it when it reads the given name one way and someone holds that
    reading (a memo's 佐藤晃: satoakira, an OTA's SATO AKIRA; not where a register writes a 佐藤
    晃 サトウ コウ); the entries and their keys. The first ``_GUESSED_MOST`` such names are read
    (~30 us each)."""
    distinct, index = names.distinct, names.index
    roots = graph.find(entries["node"].astype(np.int64))
    reading = np.array([not is_kanji(text[:1]) for text in distinct])  # (any, full or not)
    read = np.isin(roots, roots[reading[index]])
    alone = np.flatnonzero(~read)
    candidates = {at: name for at in np.unique(index[alone]).tolist()
                  if (name := kanji_name(distinct[at][:-1]))}
    if not candidates:
        return np.empty(0, np.int64), []
    wanted = {name.replace(" ", "") for name in candidates.values()}
    spoken = {kanji_name(distinct[at][:-1]) for at in np.unique(index[read]).tolist()
              if distinct[at][:-1].replace(" ", "") in wanted}  # (a person's with a reading)
    guesses: dict[int, tuple[str, ...]] = {}
    entry, key = [], []
    for at in alone.tolist():
        text = index[at]
        if text not in candidates or candidates[text] in spoken:
            continue
        if text not in guesses:
            if len(guesses) >= _GUESSED_MOST:
                continue
            guesses[text] = tuple(dict.fromkeys(
                k for reading in one_given_reading(candidates[text]) for k in name_keys(reading)
                if k in held))
        for k in guesses[text]:
            entry.append(at)
            key.append(k)
    return np.array(entry, np.int64), key


_GUESSED_MOST = 20_000
