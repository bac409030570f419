"""本人の数: a mailbox spelled by a surname and an initial, or by a full name, is the one
person it spells.

A school's absence mails go to the class teacher's nakajima.h@seiryo-gakuen.ed.jp, with 「中島
先生」 and nothing more; a hospital's booking system logs k.sato@. The staff ledger names 中島
春香 (ナカジマ ハルカ), and no one else in the share is a ナカジマ H…: the mailbox is hers.
Only a mailbox that no name is linked to is asked, and only of a common surname's reading
(``romaji.SURNAME_KEYS``: info.k@, admin.a@ spell no one); where two people of the share
read so (中島春香, 中島浩), it stays apart. A portal log's takumasuzuki41@ or c.inoue@ with no
name beside it is asked alike: the one 鈴木拓真 (スズキ タクマ), the one イノウエ C….
"""

from __future__ import annotations

import re
from collections import defaultdict

import numpy as np
import pyarrow as pa

from .name_lexicon import readings_of, surname_readings
from .normalize import is_kanji
from .romaji import SURNAME_KEYS, latin_key, name_keys
from .subject_graph import PeopleGraph

# nakajima.h, k.sato, y_takahashi, cinoue3: a surname and one letter, maybe a separator between
_INITIALS = re.compile(r"([a-z]{2,})[._-]([a-z])[0-9]*|([a-z])[._-]?([a-z]{4,})[0-9]*")
# takuma.suzuki, suzuki_takuma, takumasuzuki41: a full name, either order, digits after
_FULL_NAME = re.compile(r"([a-z]{2,})[._-]?([a-z]{2,})[0-9]*")
_GIVEN = "+"  # what a full name's given name is marked with beside an initial
Spelled = tuple[tuple[str, str], ...]
# mailboxes kept to be read at the count (~15 µs each, only those no name is linked to): a
# list of more unnamed ones (a newsletter's) has its first this many asked
MAILBOXES_MOST = 100_000


def may_spell(address: str) -> bool:
    """Whether a mailbox may spell a name (``initials_of`` says which, at the count)."""
    local = address.partition("@")[0].lower()
    return _INITIALS.fullmatch(local) is not None or _FULL_NAME.fullmatch(local) is not None


def initials_of(address: str) -> Spelled:
    """What an e-mail address's local part may spell: (surname key, initial), or (surname key,
    "+" and the given name's key) for a full name, each way it can be read (none: no name)."""
    local = address.partition("@")[0].lower()
    m = _INITIALS.fullmatch(local)
    if m is not None:
        surname, initial = (m[1], m[2]) if m[1] else (m[4], m[3])
        if (key := latin_key(surname)) in SURNAME_KEYS:
            return ((key, initial),)
    if (m := _FULL_NAME.fullmatch(local)) is None:
        return ()
    if local[m.end(1):m.start(2)]:  # (taro.yamada: the parts are the names)
        first, second = latin_key(m[1]), latin_key(m[2])
        readings = ((first, second), (second, first))
    else:  # (takumasuzuki: read as a known surname before or after the rest)
        key = latin_key(m[1] + m[2])
        readings = tuple(reading for at in range(2, len(key) - 1)
                         for reading in ((key[:at], key[at:]), (key[at:], key[:at])))
    return tuple({(surname, _GIVEN + given) for surname, given in readings
                  if surname in SURNAME_KEYS and len(given) >= 2})


def table_mailboxes(mails: np.ndarray, values: pa.ChunkedArray, rows: np.ndarray,
                    starts: np.ndarray, node: np.ndarray, named: np.ndarray, room: int
                    ) -> list[tuple[int, str]]:
    """(node, address) of the table rows' mailboxes with no name beside them that may spell
    their owner (a staff table's y.aoki@, as a mail's), at most ``room``; ``mails``: the
    findings that are e-mail addresses, in groups ``starts``."""
    group = np.searchsorted(starts, mails, "right") - 1
    alone = ~named[group] & (node[group] >= 0)
    if room <= 0 or not alone.any():
        return []
    addresses = values.take(rows[mails[alone]][:4 * room]).to_pylist()
    return [(int(node[at]), address) for at, address in zip(group[alone], addresses,
                                                             strict=False)
            if may_spell(address)][:room]


def join_initials(graph: PeopleGraph, mailboxes: list[tuple[int, str]], entries: dict) -> None:
    """Join each mailbox (its node, its address) that no name is linked to with the one person
    whose name reads as it spells, whichever way it is read (``entries``: the namesakes'
    columns)."""
    if not mailboxes or not len(entries["text"]):
        return
    roots = graph.find(entries["node"].astype(np.int64)).tolist()
    named = set(roots)
    orphans = [(root, spelled) for node, address in mailboxes
               if (root := graph.root(node)) not in named and (spelled := initials_of(address))]
    wanted = {surname for _, spelled in orphans for surname, _ in spelled}
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
                    owners[surname, _GIVEN + key[len(surname):]].add(root)
    for root, spelled in orphans:
        people = set().union(*(owners.get(reading, set()) for reading in spelled))
        if len(people) == 1:
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
