"""本人の数: a work mailbox spelled by a surname and an initial is the one person it spells.

A school's absence mails go to the class teacher's nakajima.h@seiryo-gakuen.ed.jp, with 「中島
先生」 and nothing more; a hospital's booking system logs k.sato@. The staff ledger names 中島
春香 (ナカジマ ハルカ), and no one else in the share is a ナカジマ H…: the mailbox is hers.
Only a mailbox that no name is linked to is asked, and only of a common surname's reading
(``romaji.SURNAME_KEYS``: info.k@, admin.a@ spell no one); where two people of the share
read so (中島春香, 中島浩), it stays apart.
"""

from __future__ import annotations

import re
from collections import defaultdict

import numpy as np

from .name_lexicon import readings_of, surname_readings
from .normalize import is_kanji
from .romaji import SURNAME_KEYS, latin_key, name_keys
from .subject_graph import PeopleGraph

# nakajima.h, k.sato, y_takahashi: a surname and one letter, a separator between
_INITIALS = re.compile(r"([a-z]{2,})[._-]([a-z])|([a-z])[._-]([a-z]{2,})")


def initials_of(address: str) -> tuple[str, str] | None:
    """(surname key, initial) an e-mail address's local part spells, or None."""
    m = _INITIALS.fullmatch(address.partition("@")[0].lower())
    if m is None:
        return None
    surname, initial = (m[1], m[2]) if m[1] else (m[4], m[3])
    key = latin_key(surname)
    return (key, initial) if key in SURNAME_KEYS else None


def join_initials(graph: PeopleGraph, mailboxes: list[tuple[int, tuple[str, str]]],
                  entries: dict) -> None:
    """Join each mailbox (its node, what it spells) that no name is linked to with the one
    person whose name reads so (``entries``: the namesakes' columns)."""
    if not mailboxes or not len(entries["text"]):
        return
    roots = graph.find(entries["node"].astype(np.int64)).tolist()
    named = set(roots)
    wanted = {surname for _, (surname, _) in mailboxes}
    owners: dict[tuple[str, str], set[int]] = defaultdict(set)
    keys_of: dict[str, tuple[str, ...]] = {}  # (a name is read once, however many hold it)
    for text, root in zip(entries["text"].to_pylist(), roots, strict=True):
        keys = keys_of.get(text)
        if keys is None:
            keys = keys_of[text] = _reading_keys(text, wanted)
        for key in keys:
            for surname in wanted:
                if key.startswith(surname) and len(key) > len(surname):
                    owners[surname, key[len(surname)]].add(root)
    for node, spelled in mailboxes:
        root = graph.root(node)
        people = owners.get(spelled, set())
        if root not in named and len(people) == 1:
            graph.union(next(iter(people)), root)


def _reading_keys(text: str, surnames: set[str]) -> tuple[str, ...]:
    """A name's reading keys (a kanji name's as SudachiDict reads it, only when its surname
    reads as one of ``surnames``)."""
    if not is_kanji(text[:1]):
        return name_keys(text)
    if not any(key in surnames for reading in surname_readings(text)
               for key in name_keys(reading)):
        return ()
    return tuple(key for reading in readings_of(text.replace(" ", ""))
                 for key in name_keys(reading))
