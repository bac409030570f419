"""What the column rules ask of each cell (its shape, its characters), for a whole column.

Each fact is one RE2 regex below: the specification, and what runs when the C kernel
(``facts`` in ``_cells.c``, one pass over the column's bytes instead of a pass per regex) did
not build. tests/pii/test_cellfacts.py holds the two equal.
"""

from __future__ import annotations

from enum import IntFlag
from typing import NamedTuple

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from ..arrow_strings import string_buffers
from ..recognizers.address import NUMBERED, TRAILING_PARTICLES
from . import kernels
from .kernels import SPACE


class Fact(IntFlag):
    """One bit per question (the C kernel's FACT_* in the same order)."""

    DIGITS = 1 << 0
    PHONE = 1 << 1
    POSTAL = 1 << 2
    DATE_SEPARATED = 1 << 3
    DATE_COMPACT = 1 << 4
    LOST_ZERO = 1 << 5
    EMAIL = 1 << 6
    AT = 1 << 7
    ASCII_NOT_DIGIT = 1 << 8
    QUOTE = 1 << 9
    NOT_IN_NAME = 1 << 10
    EDGE_SPACE = 1 << 11
    OTHER_SPACE = 1 << 12
    PLAIN_SPACE = 1 << 13
    KANA_KANJI = 1 << 14
    NEWLINE = 1 << 15
    LOOKS_BACK = 1 << 16
    NON_ASCII = 1 << 17
    DIGITS_HYPHENS = 1 << 18
    NORMALIZES = 1 << 19
    NUMBERED = 1 << 20
    PARTICLE_END = 1 << 21
    NOTE_END = 1 << 22
    PROSE_AFTER_NUMBER = 1 << 23


_EMAIL = r"^[a-z0-9][a-z0-9._\-]{0,63}@[a-z](?:[a-z0-9\-]{0,62}\.)+[a-z]{2,24}$"
# Each fact as the regex (or regexes, all of which must match) it answers.
PATTERNS: dict[Fact, tuple[str, ...]] = {
    Fact.DIGITS: ("^[0-9]{1,20}$",),
    Fact.PHONE: ("^0[1-9][0-9]{0,3}-?[0-9]{1,4}-?[0-9]{3,4}$",),
    Fact.POSTAL: ("^(?:[0-9]{3}-?[0-9]{4}|[0-9]{6})$",),
    Fact.DATE_SEPARATED: (r"^(?:18|19|20)[0-9]{2}[\-/.][0-9]{1,2}[\-/.][0-9]{1,2}$",),
    Fact.DATE_COMPACT: ("^(?:19|20)[0-9]{2}[01][0-9][0-3][0-9]$",),
    Fact.LOST_ZERO: ("^[1-9][0-9]{8,9}$",),
    Fact.EMAIL: (_EMAIL, "^[^@]*[a-z][^@]*@"),  # a letter before the @
    Fact.AT: ("@",),
    Fact.ASCII_NOT_DIGIT: (r"[\x{21}-\x{2f}\x{3a}-\x{7e}]",),
    Fact.QUOTE: ('[<"]',),
    Fact.NOT_IN_NAME: (r"[0-9@/\\<>]",),
    Fact.EDGE_SPACE: (f"^[{SPACE}]|[{SPACE}]$",),
    Fact.OTHER_SPACE: (f"[{SPACE.replace(' ', '')}]",),
    Fact.PLAIN_SPACE: (" ",),
    Fact.KANA_KANJI: ("[一-龥ぁ-んァ-ヶ]",),
    Fact.NEWLINE: ("\n",),
    Fact.LOOKS_BACK: ("^(?:様|さん|殿|さま|と申します|(?:です|でございます)[。、｡､])",),
    Fact.NON_ASCII: (r"[^\x{00}-\x{7f}]",),
    Fact.DIGITS_HYPHENS: ("^[0-9-]+$",),
    # normalize() may change it: a character but ASCII, kana, CJK ideographs and 々, or 「ー」
    # between digits (text of nothing else is NFKC and holds nothing its table changes)
    Fact.NORMALIZES: (r"[^\x{00}-\x{7f}\x{3005}\x{3041}-\x{3096}\x{30a1}-\x{30fa}\x{30fc}"
                      r"\x{4e00}-\x{9fff}]|[0-9]\x{30fc}[0-9]",),
    Fact.NUMBERED: (NUMBERED.pattern,),  # what makes an address one
    Fact.PARTICLE_END: (TRAILING_PARTICLES.pattern,),  # what an address match drops
    Fact.NOTE_END: ("(?:様|殿|さん|さま|[)）])$",),  # a name cell the engine reads
    # hiragana after an address's number: maybe prose the address pattern leaves out
    Fact.PROSE_AFTER_NUMBER: (f"(?s)(?:{NUMBERED.pattern}).*[ぁ-ゖ]",),
}


class CellFacts(NamedTuple):
    """Per cell: its facts (``Fact`` bits) and its length in characters."""

    flags: np.ndarray  # uint32
    chars: np.ndarray  # int32

    def has(self, fact: Fact) -> np.ndarray:
        return (self.flags & int(fact)) != 0  # an IntFlag operand costs numpy 2.4x

    def take(self, index: np.ndarray) -> CellFacts:
        return CellFacts(self.flags[index], self.chars[index])

    def replaced(self, index: np.ndarray, other: CellFacts) -> CellFacts:
        """These facts, but ``other``'s at ``index`` (cells whose text changed)."""
        flags, chars = self.flags.copy(), self.chars.copy()
        flags[index], chars[index] = other.flags, other.chars
        return CellFacts(flags, chars)


def cell_facts(texts: pa.Array) -> CellFacts:
    """The facts of every cell of ``texts`` (a string array; a null is an empty cell)."""
    if kernels.native is None:
        return _facts_by_regex(pc.fill_null(texts, "") if texts.null_count else texts)
    offsets, data = string_buffers(texts)
    flags, chars = np.empty(len(texts), np.uint32), np.empty(len(texts), np.int32)
    kernels.native.facts(offsets, data, flags, chars)
    return CellFacts(flags, chars)


def _facts_by_regex(texts: pa.Array) -> CellFacts:
    flags = np.zeros(len(texts), np.uint32)
    for fact, patterns in PATTERNS.items():
        holds = np.ones(len(texts), dtype=bool)
        for pattern in patterns:
            holds &= pc.match_substring_regex(texts, pattern).to_numpy(zero_copy_only=False)
        flags[holds] |= np.uint32(fact)
    chars = pc.utf8_length(texts).to_numpy(zero_copy_only=False).astype(np.int32)
    return CellFacts(flags, chars)
