"""How a JSON object's values are read besides one leaf a key: a name or an address written in
parts (``{"last": …, "first": …}``, ``pref`` + ``line1`` + ``line2``) as one value, and JSON
written inside a string (a logged request's body) as the object it is. Both JSON paths, the
row reader's ``leaves`` and the table path's flattening, read objects through these.
"""

from __future__ import annotations

import orjson

from leakscope.pii.extract.value_parts import (
    INSURANCE_LABEL,
    object_address_parts,
    object_document_parts,
    object_insurance_parts,
    object_name_halves,
    object_phone_parts,
)

MAX_EMBEDDED_CHARS = 1 << 16


def embedded_json(text: str) -> dict | list | None:
    """A JSON object or array written as a string value (``"body": "{\"name\": …}"``: an
    API log's request), decoded; None for any other string."""
    if not 2 <= len(text) <= MAX_EMBEDDED_CHARS or text[0] not in "{[" \
            or text[-1] not in "}]":
        return None
    try:
        value = orjson.loads(text)
    except orjson.JSONDecodeError:
        return None
    return value if value and value.__class__ in (dict, list) else None


# a value's parts read as one (``joined_parts``)
NAME_LABEL, ADDRESS_LABEL, PHONE_LABEL = "氏名", "住所", "電話番号"
DOCUMENT_LABEL = "本人確認書類"  # (as ``split_fields`` labels a table's kind + number)
Joined = dict[str, tuple[str, str, str] | None]


def joined_parts(node: dict, owner: str | None) -> Joined:
    """An object's name or address written in parts, read as one leaf at the first part: its
    key -> (what its path gets after it, the leaf's label, the text), every other part's key
    -> None. A name's halves (``{"last": "佐藤", "first": "亮介"}``: "佐藤 亮介"; a Latin name
    given first: "Michael Gordon"); an address's (``pref``, ``line1``, ``line2`` under
    ``address``, its key ``owner``); a phone number's (``countryCode`` + ``number``: "+1
    2065550101", not a number whose 0 a spreadsheet dropped); an identity document's kind
    and number (under ``id_document``: "パスポート TZ2156862", the kind telling the
    number's); a health insurance card's 記号 and 番号 (「みな9・532666」). Empty for most objects
    (and where a part is not text)."""
    if len(node) < 2:
        return _NOTHING_JOINED
    keys = tuple(node)
    halves = object_name_halves(keys)
    parts = object_address_parts(keys, owner)
    phone = object_phone_parts(keys)
    document = object_document_parts(keys, owner)
    insurance = object_insurance_parts(keys, owner)
    if not halves and not parts and not phone and not document and not insurance:
        return _NOTHING_JOINED
    joined: Joined = {}
    for family, given in halves.items():
        first, second = node[family], node[given]
        if first.__class__ is str and second.__class__ is str and first.strip() \
                and second.strip():
            names = (first.strip(), second.strip())
            if all(half.isascii() for half in names):  # Michael Gordon: the given name first
                names = names[::-1]
            joined[family] = (f"+{given}", NAME_LABEL, " ".join(names))
            joined[given] = None
    if parts and all(node[key].__class__ is str for key in parts):
        text = " ".join(node[key].strip() for key in parts if node[key].strip())
        joined[parts[0]] = ("".join(f"+{key}" for key in parts[1:]), ADDRESS_LABEL, text)
        joined.update(dict.fromkeys(parts[1:]))
    if phone and all(node[key].__class__ in (str, int) for key in phone):
        country, *rest = (str(node[key]).strip().lstrip("+") for key in phone)
        joined[phone[0]] = ("".join(f"+{key}" for key in phone[1:]), PHONE_LABEL,
                            " ".join((f"+{country}", *rest)))
        joined.update(dict.fromkeys(phone[1:]))
    if document and all(node[key].__class__ in (str, int) for key in document):
        kind, number = document
        joined[kind] = (f"+{number}", DOCUMENT_LABEL, f"{node[kind]} {node[number]}")
        joined[number] = None
    if insurance and all(node[key].__class__ in (str, int) for key in insurance):
        symbol, number = insurance
        joined[symbol] = (f"+{number}", INSURANCE_LABEL, f"{node[symbol]}・{node[number]}")
        joined[number] = None
    return joined


_NOTHING_JOINED: Joined = {}
