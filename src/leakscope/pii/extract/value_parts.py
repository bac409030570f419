"""A value written in parts under several labels: 姓 + 名, sei + mei, last + first, name01 +
name02; 都道府県 + 住所1 + 住所2, pref + line1 + line2.

Tables (``split_fields``) and JSON objects (``object_name_halves``, ``object_address_parts``)
find the parts by their labels, so a person's name or address written in parts is read,
reported and linked whole.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# (family, given) spellings of a name's two halves: labels that differ by these are a pair.
_NAME_HALVES = (("姓", "名"), ("名字", "名前"), ("苗字", "名前"), ("せい", "めい"),
                ("セイ", "メイ"), ("sei", "mei"), ("last", "first"), ("family", "given"),
                ("surname", "givenname"), ("surname", "given_name"), ("surname", "forename"),
                ("surname", "firstname"), ("surname", "first_name"))
_NUMBERED_HALVES = re.compile(r"^(.*?(?:name|kana|氏名|カナ|zip|post|郵便)[^0-9]*)0?1$")
POSTAL = re.compile(r"zip|post|郵便|〒")  # zip01 + zip02: a postal code's halves
# a "last" that is a name's (last_name, last_kana: a SQL table's reading halves), not a time's
_NAME_OR_READING = re.compile(r"name|kana|yomi|furigana")
PREFECTURE = frozenset({"都道府県", "都道府県名", "pref", "prefecture", "県"})
# Address parts that are never a whole address: a run of them (with a prefecture before) is one.
ADDRESS_PART = re.compile(
    r"^(?:住所|address|addr|address_line|street)[ _\-]?[0-9]{1,2}$"
    r"|^(?:市区町村|市区町村名|市町村|都市区|町域|町名|町名番地|町以降|番地|丁目番地|建物|建物名|"
    r"マンション名|ビル名|部屋番号|city|town|street|building)$")


def part_name(key: str) -> str:
    """What a part's label says after its owner's (楽天's 送付先住所：都市区: 都市区)."""
    return re.split(r"[：:]", key)[-1].strip()


def label_key(label: str | None) -> str | None:
    if not label:
        return None
    return unicodedata.normalize("NFKC", label).strip().lower()


def other_half(key: str, keys: list[str | None]) -> int | None:
    """The position in ``keys`` of the given half of the family half ``key``, if any."""
    candidates = []
    for family, given in _NAME_HALVES:
        if family in key and (family != "last" or key == "last"
                              or _NAME_OR_READING.search(key) is not None):
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


# a phone number's parts in one object (an OTA's ``<Phone countryCode="1" cityAreaCode="206"
# number="5550101"/>``): a country's calling code, maybe an area code, the number
_COUNTRY_CODE = re.compile(r"^(?:country[ _\-]?(?:calling[ _\-]?)?code|国番号)$")
_AREA_CODE = re.compile(r"^(?:(?:city[ _\-]?)?area[ _\-]?code|市外局番)$")
_PHONE_NUMBER = re.compile(r"^(?:number|(?:phone|tel|telephone)[ _\-]?(?:number|no)?|電話番号)$")


@lru_cache(maxsize=1024)
def object_phone_parts(keys: tuple[str, ...]) -> tuple[str, ...]:
    """The keys of an object's phone number parts (country code, area code if any, number),
    or none."""
    found: dict[str, str] = {}
    for key in keys:
        folded = label_key(key) or ""
        for part, pattern in (("country", _COUNTRY_CODE), ("area", _AREA_CODE),
                              ("number", _PHONE_NUMBER)):
            if pattern.match(folded):
                found.setdefault(part, key)
    if "country" not in found or "number" not in found:
        return ()
    return tuple(found[part] for part in ("country", "area", "number") if part in found)


# an address object's lines (``"address": {"pref": …, "line1": …, "line2": …}``)
_ADDRESS_LINE = re.compile(r"^line[ _\-]?[0-9]$")
_ADDRESS_OBJECT = re.compile(r"address|addr|住所")


@lru_cache(maxsize=1024)
def object_address_parts(keys: tuple[str, ...], owner: str | None) -> tuple[str, ...]:
    """The keys of an object's address parts in order (a prefecture, then parts), when it has
    two or more in a run; ``owner``: the object's own key (``address``: then its lines are
    parts too). Most objects have none."""
    lines = owner is not None and _ADDRESS_OBJECT.search(owner.lower()) is not None
    run: list[str] = []
    for key in (*keys, None):
        folded = label_key(key) if key is not None else None
        part = folded is not None and (ADDRESS_PART.match(folded) is not None or (
            lines and _ADDRESS_LINE.match(folded) is not None)
            or (folded in PREFECTURE and not run))
        if part:
            run.append(key)
            continue
        if len(run) >= 2:
            return tuple(run)
        run = [key] if folded in PREFECTURE else []
    return ()


# an identity document's object (a KYC form's ``"id_document": {"type": "パスポート",
# "number": "TZ2156862"}``): its kind says whose number it is
_DOCUMENT_OBJECT = re.compile(r"id[ _\-]?doc|identity|identification|kyc|本人確認|確認書類|身分証")
_DOCUMENT_KIND_KEY = re.compile(r"^(?:type|kind|種類|種別|書類)$")
_DOCUMENT_NUMBER_KEY = re.compile(r"^(?:number|no|num|番号)$")


@lru_cache(maxsize=1024)
def object_document_parts(keys: tuple[str, ...], owner: str | None) -> tuple[str, ...]:
    """The keys of an identity document object's kind and number, in that order, or none."""
    if owner is None or _DOCUMENT_OBJECT.search(owner.lower()) is None:
        return ()
    folded = [label_key(key) or "" for key in keys]
    kind = next((k for k, f in zip(keys, folded, strict=True) if _DOCUMENT_KIND_KEY.match(f)), None)
    number = next((k for k, f in zip(keys, folded, strict=True)
                   if _DOCUMENT_NUMBER_KEY.match(f)), None)
    return (kind, number) if kind is not None and number is not None else ()


# what says a 記号 is a health insurance card's (被保険者記号, hoken_kigo, 被保険者証 {記号: …})
INSURANCE_WORD = re.compile("保険|hoken|insurance")
# the label a card's 記号 and 番号 are read under once joined (a table's two columns, a JSON
# object's two keys, an HL7 IN1's two fields)
INSURANCE_LABEL = "記号番号"


def insurance_number_key(key: str) -> str | None:
    """The label of the 番号 a card's 記号 label goes with (被保険者記号 -> 被保険者番号,
    hoken_kigo -> hoken_bango), or None for a label of no 記号."""
    if "記号" not in key and "kigo" not in key:
        return None
    return key.replace("記号", "番号", 1).replace("kigo", "bango", 1)


@lru_cache(maxsize=1024)
def object_insurance_parts(keys: tuple[str, ...], owner: str | None) -> tuple[str, ...]:
    """The keys of a health insurance card object's 記号 and 番号, in that order, or none
    (``{"保険者番号": …, "記号": "みな9", "番号": "532666"}`` under 被保険者証: one person's number
    only together, as ``split_fields`` joins a table's two columns)."""
    folded = [label_key(key) or "" for key in keys]
    for key, word in zip(keys, folded, strict=True):
        number = insurance_number_key(word)
        if number in folded and INSURANCE_WORD.search(f"{(owner or '').lower()} {word}"):
            return key, keys[folded.index(number)]
    return ()
