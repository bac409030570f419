"""本人の数: one full name, held by people whom nothing they hold tells apart, is one person.

An office's share names its staff in every file, each time with other identifiers: the chat
export with a work mail, the 扶養控除 form with a My Number and a home, the payroll with an
account. No identifier links them, and counted apart one employee was three people. Two
different people of one name (同姓同名) are told apart by what a person holds one value of for
life: two birth dates, two My Numbers. A phone, a mail or a home is not such a thing: one
person holds several, over the years and at once. So the people a full name (a surname and
more, ``name_lexicon.is_full_name``) is kept for (``subject_namesakes``) are joined when, two
by two, no telling kind one holds is also held by the other, and they are in other files (in
one list, an applicant's guarantor and another's emergency contact of one name are two people);
one such pair apart, none are. Where two or more of them hold something, only those are asked:
a name alone in a list (a policy holder's row for her husband's policy) tells no one apart, and
in the list of her own policy it had kept her apart from herself in an accident log.
When two people of the name are told apart (two birth dates), a record of it that holds
nothing telling (a client master's phone and home) is one of them, not a third namesake: it
joins the one it shares no file with that holds the fewest of its kinds (another phone and
another home say a little that they are two; the count is the same whichever it joins).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import numpy as np

from .name_lexicon import is_full_name
from .subject_graph import PeopleGraph
from .subject_group_keys import PERSON_CATEGORIES

_CATEGORIES = sorted(PERSON_CATEGORIES)
_BIT = {category: 1 << i for i, category in enumerate(_CATEGORIES)}
# The bit of a group's key (``GroupSummary.keys``: a category, or a name paired with one).
KEY_BITS = {**_BIT, "name+dob": _BIT["date_of_birth"], "name+address": _BIT["address"],
            "name+phone": _BIT["phone_number"], "name+account": _BIT["bank_account"]}
# Kinds a person holds one value of for life: two different values are two people. A phone,
# a mail or a home is not one of them: one person holds a work mail in the staff table and a
# private one in the roster, an old home and mobile in 2019's list (blind corpus 9).
TELLING = sum(_BIT[c] for c in (
    "my_number", "passport_number", "drivers_license_number", "residence_card_number",
    "basic_pension_number", "us_ssn", "date_of_birth"))


def key_mask(keys: Iterable[tuple]) -> int:
    """The kinds of identifiers a free-text group holds."""
    mask = 0
    for key in keys:
        mask |= KEY_BITS.get(key[0], 0)
    return mask


def code_bits(categories: list[str]) -> np.ndarray:
    """Per category code of the table path (``subject_codes.CATEGORY_OF_CODE``), its bit."""
    return np.array([_BIT[category] for category in categories], np.uint16)


def join_compatible(graph: PeopleGraph,
                    shared: Iterator[tuple[str, np.ndarray, np.ndarray, np.ndarray]]) -> None:
    """Join the people each full name in ``shared`` (name, nodes, kinds held, files) is kept
    for, when no two of them (of those holding anything, if two do) hold a kind of identifier
    in common or are in one file."""
    for name, nodes, masks, sources in shared:
        if not is_full_name(name):
            continue
        people = held_by(graph, nodes, masks, sources)
        holding = [held for held in people.values() if held[0]]
        if len(people) < 2:
            continue
        if compatible(holding if len(holding) > 1 else list(people.values())):
            join_all(graph, people)
        else:
            _join_untold(graph, people)


def held_by(graph: PeopleGraph, nodes: np.ndarray, masks: np.ndarray, sources: np.ndarray
            ) -> dict[int, tuple[int, set[int]]]:
    """Per person among ``nodes`` (its root): the kinds of identifiers and the files held."""
    people: dict[int, tuple[int, set[int]]] = {}
    for node, mask, source in zip(nodes.tolist(), masks.tolist(), sources.tolist(),
                                  strict=True):
        root = graph.root(node)
        kinds, files = people.get(root, (0, set()))
        people[root] = (kinds | mask, files | {source})
    return people


def _join_untold(graph: PeopleGraph, people: dict[int, tuple[int, set[int]]]) -> None:
    """Of people told apart, each one who holds nothing telling joins the telling one it is
    not in a file with that holds the fewest of its kinds (the first of those)."""
    told = [(root, held) for root, held in people.items() if held[0] & TELLING]
    if len(told) < 2:  # (apart only by a file: two rows of one list)
        return
    for root, held in people.items():
        if held[0] & TELLING:
            continue
        others = [(int(held[0] & theirs[0]).bit_count(), i, other)
                  for i, (other, theirs) in enumerate(told) if compatible([held, theirs])]
        if others:
            graph.union(min(others)[2], root)


def join_all(graph: PeopleGraph, people: Iterable[int]) -> int:
    """Join ``people`` (roots) into the first of them, which is returned."""
    first, *others = people
    for other in others:
        graph.union(first, other)
    return first


def compatible(people: list[tuple[int, set]]) -> bool:
    """Whether no two of ``people`` (kinds held, files) share a telling kind or a file."""
    return not any(a[0] & b[0] & TELLING or a[1] & b[1]
                   for i, a in enumerate(people) for b in people[i + 1:])
