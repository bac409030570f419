"""本人の数: people written only in kana or Latin letters are the person of that reading.

A learning app keeps a child as さとうたくま, an OTA a guest as MARIA SANTOS, each with a
mail or a phone that nothing else holds; the register writes them 佐藤 拓真 (サトウ タクマ) and
SANTOS MARIA. A full name in kanji joins its namesakes when nothing tells them apart
(``subject_compatible``); a reading does the same, with one more condition: of the people
that hold it, at most one has a kanji name (two kanji names of one reading, 洋介 and 陽介, may
be two people; a reading alone cannot say which of them it is).
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

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
    ``Namesakes.entries``) when they are ``compatible`` and at most one has a kanji name."""
    held = _readings_held(graph, entries)
    if not held:
        return
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


def _readings_held(graph: PeopleGraph, entries: dict) -> list[np.ndarray]:
    """Per full reading that more than one person holds, its entries. Each distinct name is
    read once (a customer list's 100k rows hold far fewer names), and only kana and Latin
    names are read."""
    if len(entries["node"]) == 0:
        return []
    raw = pa.array(entries["raw"], pa.bool_())
    written = pc.binary_join_element_wise(entries["text"], pc.if_else(raw, "1", "0"), "")
    encoded = written.dictionary_encode()
    distinct = encoded.dictionary.to_pylist()
    keys = [() if is_kanji(text[:1]) else tuple(
        key for key in (name_keys(text[:-1]) if text[-1] == "1" else (text[:-1],))
        if full_reading(key)) for text in distinct]
    per = np.array([len(k) for k in keys], np.int64)
    if not per.any():
        return []
    index = encoded.indices.to_numpy(zero_copy_only=False)
    entry = np.repeat(np.arange(index.size), per[index])  # (an entry per key it has)
    flat = pa.array([key for held in keys for key in held], pa.string()).dictionary_encode()
    key = flat.indices.to_numpy(zero_copy_only=False)[ranges(np.cumsum(per) - per, per, index)]
    roots = graph.find(entries["node"][entry].astype(np.int64))
    pairs = np.unique(np.stack([key, roots]), axis=1)
    keys_held, people = np.unique(pairs[0], return_counts=True)
    shared = np.isin(key, keys_held[people > 1])
    order = np.argsort(key[shared], kind="stable")
    key, entry = key[shared][order], entry[shared][order]
    starts = np.flatnonzero(np.append(True, key[1:] != key[:-1]))
    return np.split(entry, starts[1:]) if entry.size else []
