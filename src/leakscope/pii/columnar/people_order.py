"""Whose each finding of a batch's rows is, and the order a row's findings are read in: the
row's own person first, then each other person its columns name (``row_people``), each
person of a cell of joint names (連名) right after the person whose cell it is.

The row reader makes the same records cell by cell (``Candidate.person``, ``row_people``)
and the people count reads a household member's record right after its row's
(``subject_homes``), so both table paths count alike.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np

from ..extract.deceased import DECEASED
from ..extract.row_people import reading_order
from ..recognizers.name_forms import CELL_PEOPLE


class RowPeople(NamedTuple):
    names: np.ndarray  # record suffixes of the batch's people ("": the row's own)
    suffix: np.ndarray  # per finding in reading order: its person's index in ``names``
    own: int  # the index of the row's own person in ``names``


def people_order(at: np.ndarray, col: np.ndarray, width: int, suffixes: tuple[str, ...] | None,
                 same: dict[str, tuple[str, ...]], joint: dict[int, str]
                 ) -> tuple[np.ndarray, RowPeople | None]:
    """The findings (row ``at``, column ``col``) in reading order, and whose each is; None
    when every one is its row's own. ``suffixes``: per column, its person; ``same``: per
    person, each row's person of the same name (a namesake column); ``joint``: per finding,
    the ``CELL_PEOPLE`` suffix of a cell's other person (a 連名's, a note's contact)."""
    if not suffixes and not joint and not same:
        return np.lexsort((col, at)), None
    suffixes = suffixes or ("",) * width
    # (and the people ``same`` names that no column does: the row's own who died)
    names = np.unique([*suffixes, *(s for per_row in same.values() for s in set(per_row))])
    of_column = np.searchsorted(names, suffixes)
    suffix = of_column[col]
    for name, per_row in same.items():
        mine = np.flatnonzero(suffix == np.searchsorted(names, name))
        suffix[mine] = np.searchsorted(names, np.array(per_row)[at[mine]])
    own = int(np.searchsorted(names, ""))
    rank = np.argsort(reading_order(suffixes))
    first = np.full(len(names), len(suffixes))
    np.minimum.at(first, of_column, rank)
    if DECEASED in names and "" in suffixes:  # (read in the own's place)
        first[np.searchsorted(names, DECEASED)] = first[own]
    person = first[suffix] * (len(CELL_PEOPLE) + 1)  # room for a person's cell's people after
    if joint:
        at_joint = np.fromiter(joint, np.int64, len(joint))
        written = list(joint.values())
        extra, inverse = np.unique([base + j for base, j in zip(names[suffix[at_joint]],
                                                                 written, strict=True)],
                                   return_inverse=True)
        person[at_joint] += [CELL_PEOPLE.index(j) + 1 for j in written]
        suffix[at_joint] = len(names) + inverse
        names = np.append(names, extra)
    order = np.lexsort((rank[col], person, at))
    return order, RowPeople(names, suffix[order], own)
