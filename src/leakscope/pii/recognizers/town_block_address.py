"""An address of its town and block alone, no prefecture or city before it (a pickup route's
「渡辺さん（幹） 浅草1-17-8」, a chat's 「鈴木さんの家、柳崎4-6-14でしたっけ」, a complaint's
「霞ケ丘2-29-10 グリーンハイツ205の太田さん宅」): a town's name, then 丁目-番-号 as three
numbers, on a line that speaks of a person or a home.

Without its line's person it is anyone's numbering (a manual's 「資料3-1-2」), so it is
trusted less than a city's address; and it is where someone the share names in full lives (a
chat's 「森さんの家、芝中田4-28-8」), so it makes no person of its own and links no one.
"""

import re

from .address import (
    PARTICLE_ENDS,
    TRAILING_PARTICLES,
    AddressRecognizer,
    end_at_prose,
    normalize_address,
    tail,
)
from .base import Candidate, Recognizer

_TOWN_CHAR = "一-龥々〆ヶケ"
_BLOCK = r"[1-9][0-9]?-[0-9]{1,4}-[0-9]{1,4}"  # (a 丁目's: not a phone's 03-…)
_LONGEST_TOWN = 8
_TOWN = f"(?:[{_TOWN_CHAR}]|(?<=[{_TOWN_CHAR}])[のノが](?=[{_TOWN_CHAR}]))"  # (丸の内, 松が谷)
_TOWN_BLOCK = re.compile(f"({_TOWN}{{1,{_LONGEST_TOWN}}}){_BLOCK}(?![0-9\\-])")
_RUN_BEFORE = re.compile(f"{_TOWN}+$")  # (the town's run before its numbers)
# what a town's name never holds: a prefecture's, a city's or a county's word (those addresses
# are the other recognizers'), 町 but at its end (大京町, 筑土八幡町), an era (令和6-10-1)
_NOT_TOWN = re.compile("[都道府県市区郡村]|町.|^町$|令和|平成|昭和|大正|明治")
_PLACEHOLDERS = frozenset("○〇●◯◎×＊*□■")  # (a form's example: 「○○市○○町1-2-3」)
# the last character of a numbered thing's word, no town's (資料3-1-2, 別表1-2-3, 第2-1-1号, 国道
# 16-…, 様式5-1-1, a version's 版)
_COUNTED = frozenset("料表図紙式条項号章節版番第巻回期年月日時分秒円点件名人歳才枚個本階室棟館線便"
                     "型品欄頁行列目")
# a person's or a home's word on the line: whose address it is
_HOME_WORDS = re.compile("さん|様|殿|ちゃん|くん|君|宅|家|住所|送迎|在住|住ま|ご自宅|お住")
_LINE_REACH = 80  # characters either side of the address that its line is searched in
TOWN_BLOCK = "jp_address_town_block"  # (the people count leaves it out: ``subjects``)


class TownBlockAddressRecognizer(Recognizer):
    category = "address"
    detector = TOWN_BLOCK
    triggers = (f"[{_TOWN_CHAR}]{_BLOCK}",)
    context = AddressRecognizer.context
    numeric = False
    confidence = 0.7

    def parse(self, text, start, end):
        digits = text.find("-", start, end + 1)
        while digits > start and text[digits - 1].isdigit():
            digits -= 1
        # (one character more than a town's longest: a longer kanji run is a city's address,
        # or a phrase; 「○○町1-2-3」 a form's example)
        run = _RUN_BEFORE.search(text, max(0, digits - _LONGEST_TOWN - 1), digits)
        if run is None or digits - run.start() > _LONGEST_TOWN \
                or (run.start() and text[run.start() - 1] in _PLACEHOLDERS):
            return ()
        begin = run.start()
        m = _TOWN_BLOCK.match(text, begin)
        if m is None or _NOT_TOWN.search(m.group(1)) or m.group(1)[-1] in _COUNTED \
                or not _of_a_home(text, begin, m.end()):
            return ()
        value = m.group(0)
        if (building := tail().match(text, m.end())) is not None:  # (「… グリーンハイツ205」)
            value += building.group(0)
        value = end_at_prose(value)
        if value[-1] in PARTICLE_ENDS:
            value = TRAILING_PARTICLES.sub("", value)
        return (Candidate(begin, begin + len(value), normalize_address(value)),)


def _of_a_home(text: str, start: int, end: int) -> bool:
    """Whether the line about ``text[start:end]`` names a person or a home."""
    line_start = text.rfind("\n", max(0, start - _LINE_REACH), start) + 1 \
        or max(0, start - _LINE_REACH)
    line_end = text.find("\n", end, end + _LINE_REACH)
    line_end = min(len(text), end + _LINE_REACH) if line_end < 0 else line_end
    return _HOME_WORDS.search(text, line_start, line_end) is not None
