"""A person's name in an English mail (a foreign customer's inquiry): after "My name is", and
alone on its line under a sign-off ("Best regards,\\nEmily Johnson"). RE2 and Python alike."""

import re

from .base import Candidate
from .name_words import BUSINESS_NAME, normalize_name

_NAME = r"[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}"
_SIGN_OFF = r"(?:[Rr]egards|Sincerely|[Tt]hanks|[Tt]hank you|Cheers|Best|Yours truly)"
INTRODUCED_TRIGGER = r"[Mm]y name is [A-Z][a-z]"
# (under it, or after its comma on its line: "Regards, David Nguyen")
_AFTER_SIGN_OFF = r"(?:,[ \t]*|,?[ \t]*\r?\n[ \t]*)"
SIGN_OFF_TRIGGER = rf"{_SIGN_OFF}{_AFTER_SIGN_OFF}[A-Z][a-z]+ [A-Z]"
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


def english_name(text: str, start: int) -> tuple[Candidate, ...] | None:
    """The name at an English trigger matched at ``start``, () when what is there is no
    one's, or None when neither layout is there."""
    m = _INTRODUCED.match(text, start) or _SIGNED.match(text, start)
    if m is None:
        return None
    name = m.group(1)
    if is_desk_name(name):
        return ()
    return (Candidate(m.start(1), m.end(1), normalize_name(name), 0.85),)
