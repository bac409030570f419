"""本人の数 of a household member's record in a table row (``#row5/保護者``, ``row_people``) on
the table path: the guardian's name pairs with the row's home (its addresses and landlines),
as ``subject_groups._home`` does for records read one by one.
"""

from __future__ import annotations

from typing import NamedTuple, Protocol

import numpy as np
import pyarrow as pa

from .arrow_strings import string_buffers
from .extract.row_people import GUARDIAN, HOUSEHOLD, household_row
from .name_lexicon import is_surname
from .subject_graph import combine, pairs
from .subject_names import is_parent_of, kanji_name


class TableCodes(Protocol):
    """The category codes of a table's findings and the hashes of the pair keys
    (``subject_codes.Codes``)."""

    name: int
    dob: int
    address: int
    landline: int
    name_address: np.uint64
    name_phone: np.uint64
    guardian_of: np.uint64
    parent_named: np.uint64


class HomeKeys(NamedTuple):
    keys: np.ndarray  # name+address and name+phone keys of the members' names
    groups: np.ndarray  # each key's group
    lines: np.ndarray  # the home's landlines (findings), and the member group sharing each
    sharers: np.ndarray


def household_members(records: pa.ChunkedArray, rows: np.ndarray, starts: np.ndarray
                      ) -> np.ndarray:
    """Per group (``starts``: where each begins among ``rows``): whether it is a household
    member's record right after its row's own or another member's of the row."""
    members = np.zeros(starts.size - 1, bool)
    heads = rows[starts[:-1]]
    maybe = np.flatnonzero(_ending_in_household(records, heads))  # (by bytes: no copy)
    maybe = maybe[maybe > 0]
    if maybe.size:
        text = records.take(heads[maybe]).to_pylist()
        before = records.take(heads[maybe - 1]).to_pylist()
        for i, record, previous in zip(maybe, text, before, strict=True):
            own = household_row(record)  # (None: a role not of the household, 担当者)
            members[i] = own is not None and (previous == own or household_row(previous) == own)
    return members


def _ending_in_household(records: pa.ChunkedArray, at: np.ndarray) -> np.ndarray:
    """Whether ``records[at]`` ends in the last character of a ``HOUSEHOLD`` suffix (者, 主)."""
    offsets, data = string_buffers(records)
    data = np.frombuffer(data, np.uint8)
    end = offsets[at + 1]
    found = np.zeros(at.size, bool)
    if not data.size:
        return found
    for tail in {suffix.encode()[-3:] for suffix in HOUSEHOLD}:
        match = end >= 3
        for back, byte in zip((3, 2, 1), tail, strict=True):
            match &= data[np.maximum(end - back, 0)] == byte
        found |= match
    return found


def home_keys(codes: TableCodes, code: np.ndarray, starts: np.ndarray, hashes: np.ndarray,
              members: np.ndarray) -> HomeKeys:
    """The keys the members' names (findings of category ``code[i]``, value hash
    ``hashes[i]``) make with the addresses and landlines of their row's own group."""
    group = np.repeat(np.arange(members.size), np.diff(starts))
    row = np.arange(members.size)  # each group's row: itself, or the row its members follow
    for i in np.flatnonzero(members):
        row[i] = row[i - 1]
    names = np.flatnonzero((code == codes.name) & members[group])

    def beside_names(category: int) -> tuple[np.ndarray, np.ndarray]:
        """(name, value) pairs of the members' names and their row's own values."""
        found = np.flatnonzero(code == category)
        found = found[~members[group[found]]]
        a, b = pairs(row[group[names]], group[found])
        return names[a], found[b]

    named_at, address = beside_names(codes.address)
    named_by, line = beside_names(codes.landline)
    keys = np.concatenate([
        combine(combine(codes.name_address, hashes[named_at]), hashes[address]),
        combine(combine(codes.name_phone, hashes[named_by]), hashes[line])])
    return HomeKeys(keys, group[np.concatenate([named_at, named_by])], line, group[named_by])


def guardian_keys(codes: TableCodes, code: np.ndarray, starts: np.ndarray,
                  hashes: np.ndarray, members: np.ndarray, records: pa.ChunkedArray,
                  values: pa.ChunkedArray, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The ``subject_group_keys.GUARDIAN_OF`` keys of the guardians' records among the members
    (``#row5/保護者`` that names no one or a kanji full name; a kana name alone may be the
    other guardian's) and their groups: their row's own names (not a surname alone) with
    its birth dates, as ``subject_group_keys.group_summary`` makes them; and PARENT_NAMED."""
    none = np.empty(0, np.int64), np.empty(0, np.uint64)
    maybe = np.flatnonzero(members)
    guardian = np.zeros(members.size, bool)
    guardian[maybe] = [record.endswith(GUARDIAN)
                       for record in records.take(rows[starts[maybe]]).to_pylist()]
    if not guardian.any():
        return none
    group = np.repeat(np.arange(members.size), np.diff(starts))
    at = np.flatnonzero((code == codes.name) & guardian[group])
    if at.size:
        kanji = np.array([kanji_name(name) is not None
                          for name in values.take(rows[at]).to_pylist()], bool)
        named, held = np.zeros(members.size, bool), np.zeros(members.size, bool)
        named[group[at]], held[group[at[kanji]]] = True, True
        guardian &= ~named | held
    row = np.arange(members.size)
    for i in maybe:
        row[i] = row[i - 1]
    own = ~members[group]
    names = np.flatnonzero((code == codes.name) & own)
    names = names[[not is_surname(name) for name in values.take(rows[names]).to_pylist()]]
    dobs = np.flatnonzero((code == codes.dob) & own)
    a, b = pairs(group[names], group[dobs])
    by_row: dict[int, list[tuple[int, int]]] = {}
    for i, j in zip(names[a].tolist(), dobs[b].tolist(), strict=True):
        by_row.setdefault(int(group[i]), []).append((i, j))
    ward = [(g, i, j) for g in np.flatnonzero(guardian).tolist()
            for i, j in by_row.get(int(row[g]), ())]
    if not ward:
        return none
    g, i, j = (np.array(column, np.int64) for column in zip(*ward, strict=True))
    keys = combine(combine(codes.guardian_of, hashes[i]), hashes[j])
    parents = _parents_of(g, i, at[kanji] if at.size else at, group, values, rows)
    if parents.size:  # (``subject_group_keys.PARENT_NAMED``)
        g = np.append(g, group[parents])
        keys = np.append(keys, combine(codes.parent_named, hashes[parents]))
    return g, keys


def _parents_of(groups: np.ndarray, wards: np.ndarray, names: np.ndarray, group: np.ndarray,
                values: pa.ChunkedArray, rows: np.ndarray) -> np.ndarray:
    """The guardians' kanji full names (``names``, findings) whose group's ward (``groups``
    and ``wards``: a guardian group and its row's name, pairwise) bears their surname."""
    own: dict[int, list[int]] = {}
    for g, name in zip(group[names].tolist(), names.tolist(), strict=True):
        own.setdefault(g, []).append(name)
    asked = [(name, ward) for g, ward in zip(groups.tolist(), wards.tolist(), strict=True)
             for name in own.get(g, ())]
    if not asked:
        return np.empty(0, np.int64)
    texts = values.take(rows[np.array(asked, np.int64).ravel()]).to_pylist()
    return np.unique(np.array([name for (name, _), parent, child in zip(
        asked, texts[::2], texts[1::2], strict=True) if is_parent_of(parent, child)], np.int64))
