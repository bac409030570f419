"""Names at an arrow. A handover's heading: who hands over and who takes over (「引継ぎメモ
（佐藤 智子 → 藤田 雅人）」, 「会計引継ぎ（前任 石川 知実 → 阿部 学）」, 「引継ぎメモ　林静香 →
森田達也」); every office's share has such a memo. Only full names: a title (主任 → 新主任), a
shift (遅番→早番) or a surname alone (渡辺→伊藤) names no one of its own. And a list's line of a
name in capitals and where they went (a school's 進路メモ 「KASUN BANDARA → 就職（介護）」).
"""

import re

from ..name_lexicon import is_full_name
from .base import Candidate
from .english_names import is_capitals_name
from .name_words import NAME_CHARS, normalize_name

# hyperscan anchors on the arrow, rare in text, and on 継 before it on the line
HANDOVER_TRIGGER = r"引き?継ぎ?[^\n→]{0,24}→"
_NAME = rf"{NAME_CHARS}{{1,5}}(?: {NAME_CHARS}{{1,5}})?"
_ROLE = r"(?:前任|後任)者?[ :：]*"
_BEFORE = re.compile(rf"(?:^|[ (（:：])(?:{_ROLE})?({_NAME}) ?$")
_AFTER = re.compile(rf" ?(?:{_ROLE})?({_NAME})(?=$|[ )）、,]|さん|様)")
_CONFIDENCE = 0.8


# (a name of up to five words, which Python counts: hyperscan refuses a bounded repeat so)
LISTED_ARROW_TRIGGER = r"(?:^|\n)[ \t]*[A-Z]{2,20}(?: [A-Z]{2,20})+ ?→"
_LISTED_ARROW = re.compile(r"[ \t]*([A-Z]{2,20}(?: [A-Z]{2,20}){1,4}) ?→")


def arrow_names(text: str, start: int, end: int) -> tuple[Candidate, ...]:
    """The names at the arrow that ends a trigger's match [start, end)."""
    if text[start] == "引":  # (HANDOVER_TRIGGER's; else LISTED_ARROW_TRIGGER's)
        return _handover_names(text, start, end)
    m = _LISTED_ARROW.match(text, start + (text[start] == "\n"), end)
    return (Candidate(m.start(1), m.end(1), normalize_name(m.group(1)), _CONFIDENCE),) \
        if m is not None and is_capitals_name(m.group(1)) else ()


def _handover_names(text: str, start: int, end: int) -> tuple[Candidate, ...]:
    """The full names either side of the arrow that ends the trigger's match [start, end)."""
    found = []
    line_end = text.find("\n", end)
    before = _BEFORE.search(text, start, end - 1)
    after = _AFTER.match(text, end, len(text) if line_end < 0 else line_end)
    for m in (before, after):
        if m is not None and is_full_name(value := normalize_name(m.group(1))):
            found.append(Candidate(m.start(1), m.end(1), value, _CONFIDENCE))
    return tuple(found)
