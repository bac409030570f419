"""An address that starts at its city, its prefecture left out (a contact list's 「入間市東和町
4-20-14」, a mail's 「ご自宅は川越市中宮祠3-26-20で」): the town and a block number after the city
tell it, and SudachiDict where the city's name begins (自宅|川越市).

Its own recognizer, less sure than a label: under a 住所 column the cell is the label's, as the
table path reads it.
"""

import re

from ..name_lexicon import place_words
from .address import (
    DESIGNATED_CITIES,
    PARTICLE_ENDS,
    PREFECTURES,
    TRAILING_PARTICLES,
    AddressRecognizer,
    end_at_prose,
    normalize_address,
    tail,
)
from .base import Candidate, Recognizer

# Cities whose names are written in kana, which no kanji run finds (a health check's list of
# 「ふじみ野市丸の内3-2-22」); every one of Japan's (2024), ones the full form tells as well.
KANA_CITIES = (
    "いちき串木野市", "かすみがうら市", "つくばみらい市", "ひたちなか市", "南あわじ市",
    "南さつま市", "東かがわ市", "あきる野市", "ふじみ野市", "あわら市", "いすみ市", "いなべ市",
    "いわき市", "うきは市", "えびの市", "かほく市", "さくら市", "さぬき市", "たつの市",
    "つがる市", "つくば市", "にかほ市", "みどり市", "みやま市", "みよし市", "あま市", "うるま市",
    "むつ市",
)
# Towns and villages of no 郡: Tokyo's islands (「小笠原村竜泉5-16-12」, 「三宅島三宅村…」)
ISLANDS = ("大島町", "利島村", "新島村", "神津島村", "三宅島三宅村", "三宅村", "御蔵島村",
           "八丈島八丈町", "八丈町", "青ヶ島村", "小笠原村")
_TOWN_BLOCK = r"[一-龥々ヶぁ-んァ-ヺ]{1,8}[0-9]{1,4}(?:丁目|番地?|-)[0-9]{1,4}"
_TRIGGER = r"[一-龥々ヶ]{1,6}[市区]" + _TOWN_BLOCK
# a town or a village after its 郡 (「長生郡一宮町丸の内5-22-14」, 「西多摩郡奥多摩町…」)
_COUNTY_TRIGGER = r"[一-龥々ヶ]{1,5}郡[一-龥々ヶ]{1,5}[町村]" + _TOWN_BLOCK
_KANA_TRIGGER = f"(?:{'|'.join((*KANA_CITIES, *ISLANDS))})" + _TOWN_BLOCK
_CITY_FIRST = re.compile(rf"([一-龥々ヶ]{{1,5}}?郡[一-龥々ヶ]{{1,5}}?[町村]"
                         rf"|[一-龥々ヶ]{{1,6}}?[市区]|{'|'.join((*KANA_CITIES, *ISLANDS))})"
                         r"[一-龥々ヶぁ-んァ-ヺ]{1,8}[0-9][^\s,、。「」()（）\"'<>|]{0,40}")

# a prefecture's or a designated city's address is ``AddressRecognizer``'s (a dense text's every
# 東京都新宿区… would ask the dictionary for nothing)
_LED = re.compile("|".join((*PREFECTURES, *DESIGNATED_CITIES)))


def _city_start(run: str) -> int | None:
    """Where the city's name begins in ``run`` (kanji up to its 市 or 区), or None when the
    dictionary calls no place there."""
    if run in KANA_CITIES or run in ISLANDS:
        return 0
    at, county = 0, None
    for surface, is_place in place_words(run):
        if is_place and surface.endswith("郡"):
            county = at  # (its town or village must follow: 長生郡|一宮町)
        elif is_place and at + len(surface) == len(run) and (
                surface.endswith(("市", "区")) or (county is not None and surface[-1] in "町村")):
            return at if county is None else county
        at += len(surface)
    return None


class CityFirstAddressRecognizer(Recognizer):
    category = "address"
    detector = "jp_address_city_first"
    triggers = (_TRIGGER, _COUNTY_TRIGGER, _KANA_TRIGGER)
    context = AddressRecognizer.context
    numeric = False
    confidence = 0.85
    context_confidence = 0.95  # (below a 住所 label's whole cell)

    def parse(self, text, start, end):
        m = _CITY_FIRST.match(text, start)
        if m is None or _LED.search(text, max(0, start - 4), m.end(1)) \
                or (at := _city_start(m.group(1))) is None:
            return ()
        begin = m.start() + at
        value = text[begin:m.end()]
        if (building := tail().match(text, m.end())) is not None:  # (「… 4-9-30 サンハイツ101」)
            value += building.group(0)
        value = end_at_prose(value)
        if value[-1] in PARTICLE_ENDS:
            value = TRAILING_PARTICLES.sub("", value)
        return (Candidate(begin, begin + len(value), normalize_address(value)),)
