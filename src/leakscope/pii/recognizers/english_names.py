"""A person's name in an English mail (a foreign customer's inquiry): after "My name is", after
a relative's word ("My mother-in-law 近藤 真由美", "my wife Sarah Lee"), and alone on its line
under a sign-off ("Best regards,\\nEmily Johnson"). RE2 and Python alike."""

import re

from ..name_lexicon import is_full_name
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


def _is_kanji_name(name: str) -> bool:
    """A surname and a given name, not a place (東京都 starts with the surname 東)."""
    name = "".join(name.split())
    return name[-1] not in "都道府県市区町村郡" and is_full_name(name)


def english_name(text: str, start: int) -> tuple[Candidate, ...] | None:
    """The name at an English trigger matched at ``start``, () when what is there is no
    one's, or None when neither layout is there."""
    m = _INTRODUCED.match(text, start) or _SIGNED.match(text, start) \
        or _RELATED.match(text, start)
    if m is None:
        return None
    name = m.group(1)
    if is_desk_name(name) or (not name.isascii() and not _is_kanji_name(name)):
        return ()
    return (Candidate(m.start(1), m.end(1), normalize_name(name), 0.85),)
