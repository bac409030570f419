"""A value's two halves under two labels: 姓 + 名, sei + mei, last + first, name01 + name02.

Tables (``split_fields``) and JSON objects (``object_name_halves``) pair them by label, so a
person written in two halves is read, reported and linked as one name.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# (family, given) spellings of a name's two halves: labels that differ by these are a pair.
_NAME_HALVES = (("姓", "名"), ("せい", "めい"), ("セイ", "メイ"), ("sei", "mei"),
                ("last", "first"), ("family", "given"))
_NUMBERED_HALVES = re.compile(r"^(.*?(?:name|kana|氏名|カナ|zip|post|郵便)[^0-9]*)0?1$")
POSTAL = re.compile(r"zip|post|郵便|〒")  # zip01 + zip02: a postal code's halves


def label_key(label: str | None) -> str | None:
    if not label:
        return None
    return unicodedata.normalize("NFKC", label).strip().lower()


def other_half(key: str, keys: list[str | None]) -> int | None:
    """The position in ``keys`` of the given half of the family half ``key``, if any."""
    candidates = []
    for family, given in _NAME_HALVES:
        if family in key and (family != "last" or "name" in key or key == "last"):
            candidates.append(key.replace(family, given, 1))
    if (m := _NUMBERED_HALVES.match(key)) is not None:
        candidates.append(m.group(1) + ("02" if key.endswith("01") else "2"))
    for candidate in candidates:
        if candidate != key and candidate in keys:
            return keys.index(candidate)
    return None


@lru_cache(maxsize=1024)
def object_name_halves(keys: tuple[str, ...]) -> dict[str, str]:
    """An object's name halves by its keys (``{"last": "佐藤", "first": "亮介"}``): each
    family half's key to its given half's key; most objects have none."""
    folded = [label_key(key) for key in keys]
    pairs: dict[str, str] = {}
    for a, key in enumerate(folded):
        if not key or POSTAL.search(key) or keys[a] in pairs.values():
            continue
        b = other_half(key, folded)
        if b is not None and keys[b] not in pairs:
            pairs[keys[a]] = keys[b]
    return pairs
