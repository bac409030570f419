"""本人の数 on the table path: the groups of a table that nothing but their names can link.

A row of a name alone (a chat's sender, an order list's 山口) or of names and bank accounts
only (a transfer file's payee ｲｼｶﾜ ﾐﾂﾙ) is keyed by its full name as a free-text group is
(``subject_group_keys.NAME_ALONE``): all such of one name are one person. A surname or a
given name with nothing but names beside it, or in a staff column any name not a full one, is
no one.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from .name_lexicon import is_name_part_alone, is_partial_staff_name
from .subject_codes import GROUP_NAMED, Codes
from .subject_graph import PeopleGraph, StringHasher, combine, ranges
from .subject_group_keys import alone_keys


def names_alone(graph: PeopleGraph, codes: Codes, hasher: StringHasher, lone: np.ndarray,
                named_only: np.ndarray, staff: np.ndarray, code: np.ndarray,
                values: pa.ChunkedArray, rows: np.ndarray, starts: np.ndarray) -> np.ndarray:
    """Nodes of the named groups ``lone`` that no key joins: a full name alone links them as
    it does a free-text group, a surname or a given name with nothing but names beside it
    (``named_only``), or in a staff column (``staff``) any name not a full one, is no one (-1:
    ``subject_group_keys._surname_alone``), else each is new."""
    owner, keys, local, texts = name_alone_keys(codes, hasher, lone, code, values, rows, starts)
    someone = ~(named_only | staff)
    no_one = passing(texts, is_name_part_alone)
    if staff.any():  # (SudachiDict is asked of a staff column's names only)
        no_one = np.where(staff[local], passing(texts, is_partial_staff_name), no_one)
    someone[local[~no_one]] = True
    node = graph.link_keys(owner, keys, lone.size)
    fresh = np.flatnonzero((node < 0) & someone)
    node[fresh] = graph.fresh_nodes(fresh.size)
    return node


def passing(texts: pa.Array | pa.ChunkedArray, test: Callable[[str], bool]) -> np.ndarray:
    """Which ``texts`` pass ``test``, asked once per distinct text (a null passes none)."""
    unique = pc.unique(texts).drop_null()
    held = unique.filter(pa.array([test(text) for text in unique.to_pylist()], pa.bool_()))
    return pc.fill_null(pc.is_in(texts, value_set=held), False).to_numpy(zero_copy_only=False)


def name_alone_keys(codes: Codes, hasher: StringHasher, groups: np.ndarray, code: np.ndarray,
                    values: pa.ChunkedArray, rows: np.ndarray, starts: np.ndarray
                    ) -> tuple[np.ndarray, np.ndarray, np.ndarray, pa.ChunkedArray]:
    """The ``NAME_ALONE`` keys of the names of ``groups``: each key's index in ``groups``
    and the key, and each name's index in ``groups`` and the name."""
    names = np.flatnonzero(code == codes.name)
    group = np.searchsorted(starts, names, "right") - 1
    local = np.searchsorted(groups, group)
    inside = local < groups.size
    inside[inside] = groups[local[inside]] == group[inside]
    names, local = names[inside], local[inside]
    texts = values.take(rows[names])
    unique = pc.unique(texts)
    keys = [alone_keys(name) for name in unique.to_pylist()]  # (per distinct name: 0-3)
    flat = pa.array([key for held in keys for key in held], pa.string())
    per_name = np.array([len(held) for held in keys], np.int64)
    name_at = pc.index_in(texts, value_set=unique).to_numpy(zero_copy_only=False)
    key_at = ranges(np.cumsum(per_name) - per_name, per_name, name_at)
    hashed = combine(np.full(key_at.size, codes.name_alone, np.uint64), hasher(flat)[key_at])
    return np.repeat(local, per_name[name_at]), hashed, local, texts  # (per row, its keys)


def paid_alone(codes: Codes, code: np.ndarray, starts: np.ndarray, flags: np.ndarray
               ) -> np.ndarray:
    """The named groups that hold nothing but names and bank accounts (a transfer file's
    payee): their keys are their names paired with the accounts, and each name alone
    (``subject_group_keys.group_summary`` keys a free-text group so)."""
    accounts = np.isin(code, codes.accounts)
    if not accounts.any():
        return np.empty(0, np.int64)
    other = codes.strong[code] | (code == codes.dob) | (code == codes.address)
    held = np.logical_or.reduceat(accounts, starts[:-1])
    return np.flatnonzero(held & ~np.logical_or.reduceat(other, starts[:-1])
                          & (flags & GROUP_NAMED).astype(bool))
