"""A table's findings as the linker reads them: a code per category (a landline one more),
what each code adds to a group (the C kernel's roles), and the keys ``_keys.table_keys`` makes,
in numpy for a machine without the kernel."""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from .address_keys import key_hashes
from .arrow_strings import string_buffers
from .shared_identifiers import SHARED
from .subject_compatible import code_bits
from .subject_graph import StringHasher, combine, pairs
from .subject_group_keys import (
    ACCOUNTS,
    GUARDIAN_OF,
    NAME_ACCOUNT,
    NAME_ALONE,
    PARENT_NAMED,
    PERSON_CATEGORIES,
    STRONG,
    SUBSTANTIAL,
)

PERSON_CATEGORY = sorted(PERSON_CATEGORIES)
# One more code than categories: a landline (a phone number that links only with a name).
PHONE, LANDLINE = PERSON_CATEGORY.index("phone_number"), len(PERSON_CATEGORY)
CATEGORY_OF_CODE = [*PERSON_CATEGORY, "phone_number"]
SHARED_CODES = [(category, PERSON_CATEGORY.index(category)) for category in SHARED]
PERSON_ARRAY = pa.array(PERSON_CATEGORY)
PERSON_BUFFERS = string_buffers(PERSON_ARRAY)
GROUP_THIN, GROUP_NAMED = 1, 2  # a table group's flags (_keys.c: GROUP_*)
_ROLE_PRESET = 64  # (_keys.c) the role of a finding whose hash the caller gives: an address's
_ROLE_ACCOUNT = 128  # (_keys.c) a bank account's or an IBAN's: a key only with a name


class Codes:
    """Per category code (index in ``PERSON_CATEGORY``): what it contributes to a group."""

    def __init__(self, hashes: StringHasher) -> None:
        index = {category: i for i, category in enumerate(PERSON_CATEGORY)}
        self.strong = np.array([c in STRONG for c in CATEGORY_OF_CODE])
        self.substantial = np.array([c in SUBSTANTIAL for c in CATEGORY_OF_CODE])
        self.name, self.dob = index["person_name"], index["date_of_birth"]
        self.address, self.landline = index["address"], LANDLINE
        self.accounts = np.array([index[category] for category in ACCOUNTS])
        self.hash = hashes(pa.array(CATEGORY_OF_CODE))  # a landline's key is a phone's
        self.pairs = hashes(pa.array(["name+dob", "name+address", "name+phone", NAME_ACCOUNT]))
        self.name_dob, self.name_address, self.name_phone, self.name_account = self.pairs
        self.name_alone = hashes(pa.array([NAME_ALONE]))[0]
        self.guardian_of = hashes(pa.array([GUARDIAN_OF]))[0]
        self.parent_named = hashes(pa.array([PARENT_NAMED]))[0]
        self.bits = code_bits(CATEGORY_OF_CODE)  # the kinds of identifiers, per code
        # The kernel's roles (_keys.c: ROLE_*), one byte per code.
        roles = self.strong * 1 + self.substantial * 2
        roles[[self.name, self.dob, self.address, self.landline]] += [4, 8, 16, 32]
        roles[self.address] += _ROLE_PRESET
        roles[self.accounts] += _ROLE_ACCOUNT
        self.roles = roles.astype(np.uint8)


def address_hashes(codes: Codes, code: np.ndarray, values: pa.ChunkedArray, rows: np.ndarray,
                   hashes: StringHasher) -> np.ndarray:
    """Per finding ``rows[i]`` (category ``code[i]``) a hash slot, the addresses' filled with
    the hash of their key (``address_keys``: one home however it is written), the rest for
    ``_keys.table_keys`` / ``table_keys`` to fill."""
    hashed = np.empty(rows.size, np.uint64)
    at = np.flatnonzero(code == codes.address)
    if at.size:
        hashed[at] = key_hashes(values, rows[at], hashes)
    return hashed


def table_keys(codes: Codes, code: np.ndarray, values: pa.ChunkedArray, rows: np.ndarray,
                group: np.ndarray, hashed: np.ndarray, hashes: StringHasher
                ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """What ``_keys.table_keys`` makes, in numpy: the findings' hashes (into ``hashed``, but
    the addresses': given), each key and its group, and the groups' flags (``GROUP_*``)."""
    n = int(group[-1]) + 1
    own = np.flatnonzero(code != codes.address)
    hashed[own] = hashes(values.take(rows[own]))
    names = np.flatnonzero(code == codes.name)
    named = np.zeros(n, bool)
    named[group[names]] = True
    strong = codes.strong[code] & ~((code == codes.landline) & named[group])
    key_groups, keys = [group[strong]], [combine(codes.hash[code[strong]], hashed[strong])]
    for other, pair in ((codes.dob, codes.name_dob), (codes.address, codes.name_address),
                        (codes.landline, codes.name_phone), (codes.accounts, codes.name_account)):
        found = np.flatnonzero(np.isin(code, other))
        a, b = pairs(group[names], group[found])
        key_groups.append(group[names[a]])
        keys.append(combine(combine(pair, hashed[names[a]]), hashed[found[b]]))
    flags = np.where(np.bincount(group[codes.substantial[code]], minlength=n) == 0,
                     GROUP_THIN, 0).astype(np.uint8)
    flags[group[names]] |= GROUP_NAMED
    return np.concatenate(key_groups), np.concatenate(keys), flags


def record_starts(records: pa.ChunkedArray, rows: np.ndarray) -> np.ndarray:
    """Where a new group starts among ``rows``: a record other than the previous kept row's
    (a record's rows are consecutive; one seen again after another's is compared as text)."""
    changed = np.ones(len(records), bool)
    changed[1:] = pc.not_equal(records[1:], records[:-1]).to_numpy()
    run = np.cumsum(changed)[rows]
    starts = np.flatnonzero(run[1:] != run[:-1]) + 1
    if starts.size:
        same = pc.equal(records.take(rows[starts]), records.take(rows[starts - 1]))
        starts = starts[~same.to_numpy()]
    return np.append(0, starts)
