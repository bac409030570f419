"""Text normalization before matching, with a map back to offsets in the original text.

Full-width ASCII, ideographic space and every hyphen/dash variant become their ASCII form
char-for-char, so offsets are unchanged; the katakana long-vowel mark becomes "-" only between
digits (``０９０ー１２３４`` but not ``ラーメン``). Only text that is still not NFKC after that pays
for a per-character NFKC pass and an explicit offset map.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from typing import NamedTuple

_HYPHENS = (
    "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2043\ufe58\ufe63\uff0d\u30fc\uff70\u02d7"
    "\u2500\u2501"
)
_TABLE: dict[int, int] = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}
_TABLE.update({ord(h): ord("-") for h in _HYPHENS if h not in "\u30fc\uff70"})
_TABLE[0x3000] = ord(" ")
_TABLE[0x00A0] = ord(" ")
# Characters the table changes; str.translate walks every character, this finds the few.
_TRANSLATED = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_TABLE)) + "]")
# Each mark on its own, then the digit before it: a pattern that starts with one character
# lets sre skip to it (5x faster than a class of the two over katakana-rich text).
_LONG_VOWELS_BETWEEN_DIGITS = tuple(
    (mark, re.compile(f"{mark}(?<=[0-9]{mark})(?=[0-9])")) for mark in ("\u30fc", "\uff70"))
# What UTF-8 text holds when the table may change it: the lead byte of each character it
# changes (a memchr call each, over the text's lead bytes only), but U+3000 whole, as its lead
# byte starts every kana. Text holding none of them (a kana name column, a log with names)
# needs no translation pass.
_IDEOGRAPHIC_SPACE = "\u3000".encode()
_TABLE_LEADS = tuple(sorted({chr(c).encode()[:1] for c in _TABLE if c != 0x3000}))
assert b"\xe3" not in _TABLE_LEADS  # U+3000 is the only one: checked whole
# UTF-8 bytes of ASCII and of U+4000-U+9FFF (CJK ideographs): characters NFKC keeps as they
# are and that never combine, so text of nothing else is NFKC without asking unicodedata.
_ASCII_AND_IDEOGRAPHS = bytes(range(0xC0)) + bytes(range(0xE4, 0xEA))


class Normalized(NamedTuple):
    """Normalized text plus how to find an offset of it in the original (a tuple: made per cell)."""

    text: str
    offsets: array | None = None  # offsets[i] = original index of normalized char i; None = same

    def original_offset(self, index: int) -> int:
        """Offset in the original text of normalized offset ``index``."""
        if self.offsets is None:
            return index
        return self.offsets[min(index, len(self.offsets) - 1)]


def normalize(text: str, utf8: bytes | None = None) -> Normalized:
    """NFKC-normalize ``text`` for matching (digits, letters, hyphens) keeping an offset map.

    ``utf8``: ``text`` encoded, when the caller has it: lets a text (a log with a few names in
    it) that holds none of the table's characters skip the translation pass.
    """
    out, nfkc = _translated(text, utf8)
    if nfkc or unicodedata.is_normalized("NFKC", out):
        return Normalized(out)
    return _nfkc_with_offsets(out)


def normalized_in_place(text: str, utf8: bytes | None = None) -> str | None:
    """``normalize(text).text`` when normalizing keeps every offset, else None, without
    building the offset map (which costs a Python step per character: a batch of units is
    then normalized unit by unit, and only the units that need it pay)."""
    out, nfkc = _translated(text, utf8)
    if nfkc or unicodedata.is_normalized("NFKC", out):
        return out
    return None


def _translated(text: str, utf8: bytes | None) -> tuple[str, bool]:
    """``text`` through the table and the long-vowel rule (offsets kept), and whether it is
    known to be NFKC already (ASCII, or ASCII and ideographs only)."""
    if text.isascii():
        return text, True
    if utf8 is None:
        out = _TRANSLATED.sub(_replace, text)
    else:
        # lead bytes of all but ASCII and ideographs (a log with names in kanji: none)
        leads = utf8.translate(None, _ASCII_AND_IDEOGRAPHS)
        if not leads:
            return text, True
        if any(lead in leads for lead in _TABLE_LEADS) or (
                b"\xe3" in leads and _IDEOGRAPHIC_SPACE in utf8):
            out = _TRANSLATED.sub(_replace, text)
        else:
            out = text
    for mark, between_digits in _LONG_VOWELS_BETWEEN_DIGITS:
        if mark in out:
            out = between_digits.sub("-", out)
    return out, False


def _replace(match: re.Match[str]) -> str:
    return chr(_TABLE[ord(match.group())])


def _nfkc_with_offsets(text: str) -> Normalized:
    """NFKC a character at a time, with the offset map; lines that are NFKC already (most of
    a log with one half-width ｶﾅ in it) are copied whole, a C call each."""
    pieces: list[str] = []
    offsets = array("l")
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if unicodedata.is_normalized("NFKC", line):
            pieces.append(line)
            offsets.extend(range(start, end))
        else:
            _characters_nfkc(line, start, pieces, offsets)
        if end < len(text):
            pieces.append("\n")
            offsets.append(end)
        start = end + 1
    offsets.append(len(text))
    return Normalized("".join(pieces), offsets)


def _characters_nfkc(line: str, start: int, pieces: list[str], offsets: array) -> None:
    """``line`` (at ``start`` of its text) NFKC a character at a time onto ``pieces``, each
    output character's original offset onto ``offsets``."""
    for i, ch in enumerate(line, start):
        piece = unicodedata.normalize("NFKC", ch) if ord(ch) >= 0x80 else ch
        if piece in ("\u3099", "\u309a", "\u309b", "\u309c") and pieces:
            # half-width voiced marks combine with the previous kana (ｶﾞ -> ガ)
            merged = unicodedata.normalize("NFKC", pieces[-1] + piece)
            if len(merged) == 1:
                pieces[-1] = merged
                continue
        pieces.append(piece)
        offsets.extend([i] * len(piece))


def is_kanji(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff" or char in "々〆"


_HIRAGANA_TO_KATAKANA = {code: code + 0x60 for code in range(ord("ぁ"), ord("ゖ") + 1)}


def is_hiragana(text: str) -> bool:
    """All hiragana (さゆり): a given name written in kana, no kanji word's."""
    return all("ぁ" <= c <= "ん" for c in text)


def is_katakana(text: str) -> bool:
    """All katakana and its long mark (ナオキ, シュレスタ): a reading, or a foreign name."""
    return all("ァ" <= c <= "ヺ" or c == "ー" for c in text)


def as_katakana(kana: str) -> str:
    """A reading written in hiragana, in katakana (やました -> ヤマシタ), as readings compare."""
    return kana.translate(_HIRAGANA_TO_KATAKANA)
