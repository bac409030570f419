"""Kana and Latin names to one comparable key: イノウエ ソウタロウ and "Sotaro Inoue" meet.

Card files and English exports write names in Latin letters, Japanese files in kanji and
katakana (フリガナ). Hepburn romanization with long vowels collapsed (ou/oo -> o, uu -> u) lets
a name written both ways be recognised as one; it is only used to link people (本人の数).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .surnames import READINGS

_KANA = (
    "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン"
    "ガギグゲゴザジズゼゾダヂヅデドバビブベボパピプペポァィゥェォヴ"
)
_ROMAJI = (
    "a i u e o ka ki ku ke ko sa shi su se so ta chi tsu te to na ni nu ne no ha hi fu he ho "
    "ma mi mu me mo ya yu yo ra ri ru re ro wa o n ga gi gu ge go za ji zu ze zo da ji zu de do "
    "ba bi bu be bo pa pi pu pe po a i u e o vu"
)
_BASE = dict(zip(_KANA, _ROMAJI.split(), strict=True))
_YOON = {"ャ": "a", "ュ": "u", "ョ": "o"}
# a small vowel after a syllable writes a foreign sound: ファ fa, ティ ti, ドゥ du, ヴァ va, ウィ wi
_SMALL_VOWELS = {"ァ": "a", "ィ": "i", "ゥ": "u", "ェ": "e", "ォ": "o"}
_SMALL_WRITTEN_LARGE = str.maketrans("ァィゥェォ", "アイウエオ")
_COLLAPSE = re.compile(r"ou|oo|uu|-|'")
_CAMEL = re.compile(r"[A-Z]+(?![a-z])|[A-Z][a-z]+|[a-z]+")  # (SMITHJohn: a passport's order)


def _kana_to_romaji(kana: str) -> str | None:
    out: list[str] = []
    double = False
    for ch in kana:
        if ch == "ッ":
            double = True
            continue
        if ch == "ー":
            continue
        if ch in _YOON and out:
            prev = out[-1]
            stem = prev[:-1] if prev.endswith("i") else prev
            out[-1] = (stem if stem in ("sh", "ch", "j") else stem + "y") + _YOON[ch]
            continue
        if ch in _SMALL_VOWELS and out and out[-1] not in "aieo":
            out[-1] = (out[-1][:-1] or "w") + _SMALL_VOWELS[ch]  # (ウィ: u -> wi)
            continue
        syllable = _BASE.get(ch)
        if syllable is None:
            return None
        if double:
            syllable, double = syllable[0] + syllable, False
        out.append(syllable)
    return "".join(out)


def _collapse(text: str) -> str:
    """Long vowels collapsed, then the small kana written large (``_LARGE``)."""
    previous = None
    while previous != text:
        previous, text = text, _COLLAPSE.sub(lambda m: m.group(0)[:1] if m.group(0)[0] in "ou"
                                             else "", text)
    for pattern, large in _LARGE:
        text = pattern.sub(large, text)
    return text


# A bank's transfer data (全銀 format, half-width kana) has no small kana: リョウヘイ is written
# ﾘﾖｳﾍｲ and ハットリ ﾊﾂﾄﾘ. Every key is written so (ryohei: riyohei, hattori: hatsutori), so a
# payer's name meets the account holder's in a register or on a card.
_LARGE = (
    (re.compile(r"([bcdfghjkpstz])\1"), r"tsu\1"),
    (re.compile(r"(sh|ch|j|[kgnhbpmr]y)(?=[auo])"), lambda m: m.group(1).rstrip("y") + "iy"),
)


@lru_cache(maxsize=1 << 16)
def name_keys(name: str) -> tuple[str, ...]:
    """Comparable keys of a name: a kana or Latin name's reading (both orders, where a known
    surname's reading starts or ends it), a kanji name itself (no reading to compare: the
    same characters).

    Cached: one name is linked once per record it appears in.
    """
    if any("\u4e00" <= c <= "\u9fff" for c in name):
        return ("".join(unicodedata.normalize("NFKC", name).split()),)
    text = unicodedata.normalize("NFKC", name).replace("/", " ")  # (a PNR's SAITO/MAAYA)
    katakana = "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in text)
    if all("ァ" <= c <= "ヺ" or c in "ー " for c in katakana):
        keys = _kana_keys(katakana.replace(" ", ""))
        # (and given name and surname swapped, as a card's holder writes them: アケミ スズキ)
        return tuple(dict.fromkeys((*keys, *(swap for key in keys
                                             for swap in _capitals_keys(key)))))
    if not text.replace(" ", "").isascii():
        return ()
    keys = _latin_keys(text)
    # (and as Hepburn spells it: a card's MITURU TANAKA, 訓令式, is a register's タナカ ミツル)
    hepburn = _KUNREI.sub(lambda m: _HEPBURN[m.group(0)], text.lower())
    if hepburn != text.lower():
        keys = tuple(dict.fromkeys((*keys, *_latin_keys(
            hepburn.upper() if text.isupper() else hepburn.title()))))
    return keys


def _kana_keys(katakana: str) -> tuple[str, ...]:
    """A katakana name's reading, and as a bank's data writes it, small vowels large
    (ワンウェイ is ﾜﾝｳｴｲ); none where it does not read."""
    romaji = _kana_to_romaji(katakana)
    if not romaji:
        return ()
    large = _kana_to_romaji(katakana.translate(_SMALL_WRITTEN_LARGE))
    return tuple(dict.fromkeys((_collapse(romaji), _collapse(large))))


# 訓令式 syllables and their Hepburn spelling (si: shi, tu: tsu, hu: fu, sya: sha)
_HEPBURN = {"sy": "sh", "ty": "ch", "zy": "j", "si": "shi", "ti": "chi", "tu": "tsu",
            "zi": "ji", "hu": "fu", "di": "ji", "du": "zu"}
_KUNREI = re.compile(r"[stz]y(?=[auo])|si|ti|tu|zi|(?<![sc])hu|di|du")


def _latin_keys(text: str) -> tuple[str, ...]:
    """A Latin name's keys as written: in capitals split by a known surname, else its words in
    both orders."""
    if text.isupper():  # a passport's or a card's YAMAMOTONAOKI (spaces gone): split by a surname
        return _capitals_keys(text.replace(" ", "").lower())
    words = _CAMEL.findall(text)
    if not words:
        return ()
    words = [w.lower() for w in words]
    orders = {"".join(words), "".join(reversed(words))}
    if len(words) == 3:  # (a middle name left out elsewhere: Thi Mai Tran is Dear Thi Tran)
        orders |= {words[0] + words[2], words[2] + words[0]}
    return tuple(sorted(latin_key(o) for o in orders))


def without_middle_name(name: str) -> str | None:
    """A Latin name of three words as written without its middle one (ThiMaiTran: ThiTran),
    or None: in one mail, 「Dear Thi Tran」 and 「My name is Thi Mai Tran」 are one person."""
    words = _CAMEL.findall(name) if name.isascii() else []
    return words[0] + words[2] if len(words) == 3 else None


def full_name_keys(name: str) -> tuple[str, ...]:
    """The keys of a Latin name written in full, a given name and a surname (TsubasaTakahashi,
    SMITHJohn; YAMADATARO, split by a known surname's reading), else none: one word alone
    (John) is no one's name alone."""
    if not name.isascii():
        return ()
    keys = name_keys(name)
    if name.isupper():
        return keys if len(keys) > 1 else ()
    return keys if len(_CAMEL.findall(name)) > 1 else ()


def latin_key(text: str) -> str:
    """A Latin name's key: as a kana reading's (long vowels collapsed, and l read as r: kana
    has one of them, LI NA is リー ナー)."""
    return _collapse(text.replace("l", "r"))


def _capitals_keys(text: str) -> tuple[str, ...]:
    """Keys of a name in capitals with no space (or a kana name's reading): itself, and given
    name and surname swapped where a known surname's reading starts or ends it (NAOKIYAMAMOTO:
    yamamotonaoki too)."""
    keys = {latin_key(text)}
    for at in range(2, len(text) - 1):
        head, tail = text[:at], text[at:]
        if latin_key(head) in SURNAME_KEYS or latin_key(tail) in SURNAME_KEYS:
            keys.add(latin_key(tail + head))
    return tuple(sorted(keys))


# the keys of the common surnames' readings (ヤマモト: yamamoto)
SURNAME_KEYS = frozenset(_collapse(r) for r in map(_kana_to_romaji, READINGS) if r)


@lru_cache(maxsize=1 << 16)
def is_full_reading(key: str) -> bool:
    """A name key that is a common surname's reading and more (yamadataro, taroyamada), not a
    surname or a given name alone (yamada, yosuke); a rare surname's reading is not known."""
    return any(key[:n] in SURNAME_KEYS or key[-n:] in SURNAME_KEYS
               for n in range(2, len(key) - 2))
