"""本人の数: one linked person may be several people, told apart by their kanji names.

A family shares a contact: a learning app's login is the parent's mail under each child's
name, a clinic's patient list gives a child the guardian's mobile. Linked through it, parent
and children were one person (blind corpora 9 and 10: 28 and 13 such families a seed). So the
names each linked person holds are counted after linking: two kanji full names that differ are
two people (one person under two kanji names is rarer than a family under one mail). Kana and
Latin names are not counted apart: a reading may be any of the kanji names (ｷﾑﾗ ﾖｳｽｹ of 木村洋介),
and which of a common reading's records are kept differs with the way a record came in.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache

import numpy as np
import pyarrow.compute as pc

from .name_lexicon import is_full_name
from .normalize import is_kanji
from .subject_graph import PeopleGraph
from .surnames import leading_surname

# Kanji written two ways in names (髙橋 and 高橋 are one person's name): folded before names
# are compared.
_VARIANTS = str.maketrans("髙﨑齋齊邊邉澤濱櫻廣國嶋嶌槇德惠眞實冨條藏",
                          "高崎斎斉辺辺沢浜桜広国島島槙徳恵真実富条蔵")


def people_apart(graph: PeopleGraph, entries: dict) -> int:
    """How many more people the graph's people are than one each, told by their kanji names.

    ``entries``: the namesakes' columns (``Namesakes.entries``): per kept name, its text (a
    name, or a free-text group's key: a kanji name without spaces), node and ident. Only the
    people with two kanji names or more are asked (a list's 氏名 and フリガナ are not)."""
    text = entries["text"]
    kanji = np.flatnonzero(pc.fill_null(pc.and_(  # (a name that begins with a kanji)
        pc.greater_equal(text, "\u4e00"), pc.less(text, "\ua000")), False).to_numpy(
        zero_copy_only=False)) if len(text) else np.empty(0, np.int64)
    if kanji.size == 0:
        return 0
    root = graph.find(entries["node"][kanji].astype(np.int64))
    pairs = np.unique(np.stack([root.astype(np.uint64),
                                entries["ident"][kanji].astype(np.uint64)]), axis=1)
    roots, count = np.unique(pairs[0], return_counts=True)
    at = np.flatnonzero(np.isin(root, roots[count > 1].astype(np.int64)))
    held: dict[int, list[str]] = defaultdict(list)
    for i, name in zip(at.tolist(), text.take(kanji[at]).to_pylist(), strict=True):
        held[int(root[i])].append(name)
    return sum(people_named(names) - 1 for names in held.values())


def people_named(names: Iterable[str]) -> int:
    """The people among one linked person's names: its distinct kanji full names, at least one;
    a rare surname's too (一口和也 and 一口凛, a contract's 契約者 and their wife: two names of
    one surname no dictionary knows, each going on past it)."""
    names = list(names)
    full = {kanji_name(name) for name in names} - {None}
    rare = {name for name in map(_kanji_written, names) if name and name not in full}
    return max(1, len(full) + sum(any(_one_surname_apart(name, other) for other in rare)
                                  for name in rare))


def _kanji_written(name: str) -> str | None:
    """A name of kanji only as compared (spaces out, variants folded), 3 to 6 of them."""
    name = name.replace(" ", "").translate(_VARIANTS)
    return name if 3 <= len(name) <= 6 and all(map(is_kanji, name)) else None


def _one_surname_apart(name: str, other: str) -> bool:
    """Two names of one surname (their first two kanji), each going on past it differently
    (not a name and its first characters: 一口和也 and 一口和)."""
    return name[:2] == other[:2] and not name.startswith(other) and not other.startswith(name)


def is_parent_of(guardian: str, ward: str) -> bool:
    """Whether a guardian's kanji full name and a child's kanji full name share the surname:
    the family's (``subject_group_keys.PARENT_NAMED``)."""
    parent, child = kanji_name(guardian), kanji_name(ward)
    surname = leading_surname(parent) if parent and child else None
    return surname is not None and child.startswith(surname)


@lru_cache(maxsize=1 << 16)
def kanji_name(name: str) -> str | None:
    """A kanji full name as compared (no spaces, variants folded), or None for anything else
    (a surname or a given name alone, a reading; 佐藤 イチロウ, a surname and a reading)."""
    if not is_kanji(name[:1]) or any("ァ" <= c <= "ヺ" for c in name):
        return None
    name = name.replace(" ", "").translate(_VARIANTS)
    return name if is_full_name(name) else None
