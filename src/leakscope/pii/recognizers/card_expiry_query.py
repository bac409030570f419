"""A card's expiry in a payment form's body as a log keeps it: ``exp_month=03&exp_year=2026``.

The field names are the label, so it needs no other (card_expiry.py's shapes do)."""

import re

from .base import Candidate, Recognizer

_QUERY = re.compile(r"exp(?:iry)?_?month=(0?[1-9]|1[0-2])&exp(?:iry)?_?year=(20[0-9]{2}|[0-9]{2})"
                    r"(?![0-9])")


class CardExpiryInQueryRecognizer(Recognizer):
    category = "card_expiry"
    detector = "card_expiry_query"
    triggers = (r"exp(?:iry)?_?month=(?:0?[1-9]|1[0-2])&exp(?:iry)?_?year=[0-9]{2}",)
    numeric = False
    confidence = 0.95

    def parse(self, text, start, end):
        m = _QUERY.match(text, start)
        if m is None:
            return ()
        return (Candidate(m.start(), m.end(), f"{int(m.group(1)):02d}/{m.group(2)[-2:]}"),)
