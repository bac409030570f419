"""A Latin name written before its owner's e-mail address: ``Alicia Castro
(alicia.castro@yahoo.com)``, ``Barry Johnson <bjohnson@example.com>``.

Capitalized words before an address are a person only when the address's local part spells
them (first.last, flast, lastf, first_last): a support note's "Spoke with …", a pasted CC
line. 「Order Desk <orders@…>」 spells no name and stays unread.
"""

import re

from .base import Candidate, Recognizer
from .name_words import normalize_name

_WORD = r"[A-Z][a-z]{1,20}"
_OWNED = re.compile(rf"({_WORD}(?: {_WORD}){{1,2}}) ?[(<]([A-Za-z0-9._%+\-]{{2,64}})@")
_NOT_LETTER = re.compile(r"[^a-z]")


class EmailOwnerRecognizer(Recognizer):
    category = "person_name"
    detector = "email_owner"
    starts_in_python = True
    triggers = (r"[A-Z][a-z]+ [A-Z][a-z]+ ?[(<][A-Za-z0-9._%+\-]+@",)  # the last two words
    numeric = False
    confidence = 0.85
    context_confidence = 0.9

    def parse(self, text, start, end):
        for at in (max(0, start - 22), start):  # with a middle name before the two, or not
            m = _OWNED.search(text, at, end)
            if m is not None and m.end() == end and spells(m.group(2), m.group(1).split()):
                return (Candidate(m.start(1), m.end(1), normalize_name(m.group(1))),)
        return ()


def spells(local: str, words: list[str]) -> bool:
    """Whether an address's local part is made of the name's first and last words."""
    letters = _NOT_LETTER.sub("", local.lower())
    first, last = words[0].lower(), words[-1].lower()
    return letters in (first + last, last + first, first[0] + last, last + first[0],
                       first + last[0])
