"""Columns of a table that are an animal's: a vet's ledger's ペット名 | ペット生年月日, a claims
list's 傷病名 beside its ペット名, a booking site's ``pets`` table.

An animal is no one: its name, its birthday and its illnesses are nobody's personal data,
yet read as a person's they made every pet a person (a vet's share counted 222 people for
126). Their cells are left unread, on the table path and the row reader alike; the owner's
columns beside them are read as before.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from leakscope.pii.units import TextUnit

# a label of the animal's own (ペット名, 動物の生年月日, pet_name, 患畜名)
_ANIMAL = re.compile(r"^(?:ペット|動物|患畜|愛犬|愛猫|飼い?犬|飼い?猫|pet|animal)(?:の|_| )?")
# a table that lists animals (a booking site's pets, a clinic's 動物)
_ANIMAL_TABLE = re.compile(r"(?:pets?|animals?|ペット|動物|患畜)(?:_?(?:list|master|table))?")
# whose a label is, when it names both (飼い主名, ペット保険 契約者, owner_id): the person's
_PERSON = re.compile(r"飼い?主|所有者|オーナー|owner|保険|契約者|申込者|顧客|会員|本人|user"
                     r"|customer|member|client")
_BIRTH = re.compile(r"生年月日|誕生日|生まれ|birth|dob")
# a condition's column (an insurance claim's 傷病名, a ledger's 既往歴)
_CONDITION = re.compile(r"傷病|病名|既往|診断|症状|疾患|疾病|diagnos|disease|illness|condition")


@lru_cache(maxsize=256)
def animal_columns(labels: tuple[str | None, ...], table: str | None = None
                   ) -> frozenset[int] | None:
    """The columns under ``labels`` (of a table named ``table``) that describe an animal, or
    None: its own (ペット名), a birth date after them, and, in such a table, the conditions
    (a vet's 傷病名 is the pet's)."""
    texts = [label_text(label) for label in labels]
    whole = table is not None and _ANIMAL_TABLE.fullmatch(label_text(table)) is not None
    own = [i for i, label in enumerate(labels) if label
           and (is_animal_label(label) if not whole else not _PERSON.search(texts[i]))]
    if not own:
        return None
    return frozenset(own) | frozenset(
        i for i, text in enumerate(texts) if text and not _PERSON.search(text)
        and ((i > own[0] and _BIRTH.search(text)) or _CONDITION.search(text)))


def is_animal_label(label: object) -> bool:
    """A label of an animal's own (動物名, ペットの生年月日): a form's label, if nobody's."""
    text = label_text(label)
    return _ANIMAL.match(text) is not None and not _PERSON.search(text)


def without_animal(units: Iterable[TextUnit]) -> list[TextUnit]:
    """A form's units but the animal's (a consent form's 動物名 | 種類 | 生年月日 | 既往歴 after
    its 飼い主氏名: the pet's birthday and illnesses)."""
    units = list(units)
    animal = animal_columns(tuple(unit.label for unit in units))
    return units if animal is None else [u for i, u in enumerate(units) if i not in animal]


def label_text(label: object) -> str:
    """A label as its words are compared: NFKC, stripped, lower-case (a header cell may be a
    number: a roster's 2024 over its year's column)."""
    return unicodedata.normalize("NFKC", "" if label is None else str(label)).strip().lower()
