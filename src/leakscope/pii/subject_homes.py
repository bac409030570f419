"""本人の数 of a household member's record in a table row (``#row5/保護者``, ``row_people``) on
the table path: the guardian's name pairs with the row's home (its addresses and landlines),
as ``subject_groups._home`` does for records read one by one.
"""

from __future__ import annotations

from typing import NamedTuple, Protocol

import numpy as np
import pyarrow as pa

from .arrow_strings import string_buffers
from .extract.row_people import HOUSEHOLD, household_row
from .subject_graph import combine, pairs


class TableCodes(Protocol):
    """The category codes of a table's findings and the hashes of the pair keys
    (``subject_codes.Codes``)."""

    name: int
    address: int
    landline: int
    name_address: np.uint64
    name_phone: np.uint64


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
