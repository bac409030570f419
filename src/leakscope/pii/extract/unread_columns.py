"""Columns of a table whose cells are nobody's, left unread on the table path and the row
reader alike: an animal's (``animal_columns``), and a table of things' own name column.

A database's table of buildings, products or shops has a ``name`` column too: read under
the name label, a management company's ``buildings.name`` made 「ザ・レジデンス阿佐谷南」 a
person. The table's name says whose the names are; a person's columns in it (an owner's,
a manager's) are read as before.
"""

from __future__ import annotations

import re
from functools import lru_cache

from leakscope.pii.extract.animal_columns import animal_columns, label_text

# a table of things (its optional master / list suffix: products_mst, 物件マスタ)
_THING_TABLE = re.compile(
    r"(?:buildings?|propert(?:y|ies)|products?|items?|goods|stores?|shops?|branch(?:es)?"
    r"|compan(?:y|ies)|facilit(?:y|ies)|rooms?|parkings?|vehicles?|cars?|projects?|courses?"
    r"|plans?|categor(?:y|ies)|departments?|services?|物件|建物|マンション|商品|店舗|施設|部屋"
    r"|駐車場|車両|車種|コース|プラン)(?:[_ ]?(?:list|master|table|mst|m|一覧|マスタ|マスター))?")
# the thing's own name (name, 名称, name_kana), not a person's beside it (owner_name, 担当者名)
_OWN_NAME = re.compile(r"(?:name|名称|名前|名)(?:[_ ]?(?:kana|カナ|en|ja))?")


def unread_columns(labels: tuple[str | None, ...], table: str | int | None = None
                   ) -> frozenset[int] | None:
    """The columns under ``labels`` of a table named ``table`` (a document's are numbered)
    that are nobody's, or None."""
    animal = animal_columns(labels, table)
    things = _thing_names(labels, table) if isinstance(table, str) else frozenset()
    if animal is None and not things:
        return None
    return (animal or frozenset()) | things


@lru_cache(maxsize=256)
def _thing_names(labels: tuple[str | None, ...], table: str) -> frozenset[int]:
    if _THING_TABLE.fullmatch(label_text(table)) is None:
        return frozenset()
    return frozenset(i for i, label in enumerate(labels)
                     if label and _OWN_NAME.fullmatch(label_text(label)))
