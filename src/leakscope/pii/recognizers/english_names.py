"""A person's name in an English mail (a foreign customer's inquiry): after "My name is", after
a relative's word ("My mother-in-law 近藤 真由美", "my wife Sarah Lee"), alone on its line
under a sign-off ("Best regards,\\nEmily Johnson"), after "Dear" ("Dear Maaya Saito,"), and as
an airline writes it ("Passenger: SAITO/AKIRA MR"). RE2 and Python alike."""

import re

from ..name_lexicon import is_full_name
from ..romaji import SURNAME_KEYS, latin_key
from .base import Candidate
from .name_words import BUSINESS_NAME, normalize_name

_NAME = r"[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}"
_SIGN_OFF = r"(?:[Rr]egards|Sincerely|[Tt]hanks|[Tt]hank you|Cheers|Best|Yours truly)"
INTRODUCED_TRIGGER = r"[Mm]y name is [A-Z][a-z]"
# (under it, or after its comma on its line: "Regards, David Nguyen")
_AFTER_SIGN_OFF = r"(?:,[ \t]*|,?[ \t]*\r?\n[ \t]*)"
SIGN_OFF_TRIGGER = rf"{_SIGN_OFF}{_AFTER_SIGN_OFF}[A-Z][a-z]+ [A-Z]"
_RELATIVE = (r"(?:[Mm]y|[Hh]is|[Hh]er|[Oo]ur) (?:(?:grand)?(?:mother|father|son|daughter)"
             r"|wife|husband|spouse|partner|brother|sister|aunt|uncle|cousin|friend|colleague)"
             r"(?:-in-law)?,? ")
RELATIVE_TRIGGER = rf"{_RELATIVE}(?:[A-Z][a-z]|[一-龥])"
# a Japanese name in an English sentence is kanji, surname first, a space or none between
_RELATED = re.compile(rf"{_RELATIVE}({_NAME}|[一-龥々]{{1,4}}[ 　]?[一-龥々ぁ-ん]{{1,4}})"
                      r"(?![A-Za-z一-龥々ぁ-ん])")
_INTRODUCED = re.compile(rf"[Mm]y name is ({_NAME})(?![A-Za-z])")
# a mail's greeting: "Dear Maaya Saito," (on its line, a comma or nothing after it)
DEAR_TRIGGER = r"Dear [A-Z][a-z]+ [A-Z][a-z]"
_DEAR = re.compile(rf"Dear ({_NAME})[ \t]*,?[ \t]*(?:\r?\n|$)")
# an airline's, a rooming list's or a PNR's name: SURNAME/GIVEN, a title after it (MR, MRS,
# MSTR for a boy, CHD, INF); without a title, a known surname's reading first
PNR_TRIGGER = r"[A-Z]{2,}/[A-Z]{2,}"
_TITLES = "MR|MRS|MS|MISS|MSTR|CHD|INF|DR"
_PNR = re.compile(rf"([A-Z][A-Z'\-]+/[A-Z][A-Z'\-]+(?: (?!(?:{_TITLES})\b)[A-Z][A-Z'\-]+)?)"
                  rf"(?: ({_TITLES}))?(?![A-Za-z/])")
# a name in capitals with its reading in brackets (a school's mail 「SABINA GURUNG（サビナ・グルン）
# 父母: …」): as many words as the reading has parts, two or more
LATIN_READ_AFTER_TRIGGER = r"[A-Z] ?[（(][ァ-ヶ]{2}"
_CAPITALS_BEFORE = re.compile(r"(?<![A-Za-z])([A-Z][A-Z'\-]{1,20}(?: [A-Z][A-Z'\-]{1,20}){1,4})$")
_READING_PARTS = re.compile(r"[ ・]")
_CAPITALS_LONGEST = 110
_SIGNED = re.compile(rf"{_SIGN_OFF}{_AFTER_SIGN_OFF}({_NAME})[ \t]*(?:\r?\n|$)")
# words of a desk's or a shop's display name or sign-off, no one's name ("Thanks,\nCustomer
# Service Team", "From: Order Desk <…>")
_DESK_WORDS = frozenset({"Customer", "Service", "Services", "Support", "Team", "Sales", "Shop",
                         "Store", "Staff", "Japan", "Tokyo", "Osaka", "Office", "Desk", "Center",
                         "Centre", "Group", "The", "Online", "Care", "Department", "Info",
                         "Admin", "Noreply", "System", "Notification", "Notifications"})


def is_desk_name(name: str) -> bool:
    """Whether a Latin name in a person's place is a desk's or a business's."""
    return bool(_DESK_WORDS.intersection(name.split())) or BUSINESS_NAME.search(name) is not None


_VOWEL = re.compile("[AEIOUY]")
_ORGANIZATION_WORDS = frozenset({
    "JAPAN", "DATA", "SYSTEM", "SYSTEMS", "SERVICE", "SERVICES", "GROUP", "HOLDINGS", "BANK",
    "CENTER", "CENTRE", "OFFICE", "SHOP", "STORE", "HOTEL", "CLINIC", "HOSPITAL", "SCHOOL",
    "FILE", "TEAM", "CUSTOMER"})


def is_capitals_name(name: str) -> bool:
    """A name in capitals a list writes (「1. CHEN JING」, 「DO MINH HIEU、HOANG NGOC NAM」): each
    word with a vowel, no business's word (「NTT DATA」, 「PDF FILE」)."""
    return all(_VOWEL.search(word) and word not in _ORGANIZATION_WORDS for word in name.split()) \
        and BUSINESS_NAME.search(name) is None


def _is_kanji_name(name: str) -> bool:
    """A surname and a given name, not a place (東京都 starts with the surname 東)."""
    name = "".join(name.split())
    return name[-1] not in "都道府県市区町村郡" and is_full_name(name)


def english_name(text: str, start: int) -> tuple[Candidate, ...] | None:
    """The name at an English trigger matched at ``start``, () when what is there is no
    one's, or None when neither layout is there."""
    if (pnr := pnr_name(text, start)) is not None:
        return (pnr,)
    m = _INTRODUCED.match(text, start) or _SIGNED.match(text, start) \
        or _RELATED.match(text, start) or _DEAR.match(text, start)
    if m is None:
        return None
    name = m.group(1)
    if is_desk_name(name) or (not name.isascii() and not _is_kanji_name(name)):
        return ()
    return (Candidate(m.start(1), m.end(1), normalize_name(name), 0.85),)


def pnr_name(text: str, start: int, whole: bool = False) -> Candidate | None:
    """The SURNAME/GIVEN name at ``start`` (its title left out; ``whole``: all the text
    holds), or None: a code (TCP/IP) is none, nor a word's end."""
    if start and text[start - 1].isalpha():
        return None
    m = _PNR.fullmatch(text, start) if whole else _PNR.match(text, start)
    if m is None or (m.group(2) is None
                     and latin_key(m.group(1).split("/")[0].lower()) not in SURNAME_KEYS):
        return None
    return Candidate(m.start(1), m.end(1), normalize_name(m.group(1)), 0.85)


def read_latin_name(text: str, end: int, reading: Candidate) -> tuple[Candidate, ...]:
    """The name in capitals ending at ``end`` and its ``reading`` (katakana in brackets after
    it), when the reading has a part for each of its words; () when no such name is there."""
    m = _CAPITALS_BEFORE.search(text, max(0, end - _CAPITALS_LONGEST), end)
    if m is None or is_desk_name(m.group(1).title()) or len(m.group(1).split()) != len(
            _READING_PARTS.split(text[reading.start:reading.end])):
        return ()
    return Candidate(m.start(1), m.end(1), normalize_name(m.group(1)), 0.85), reading
