"""IBAN: country code, check digits, BBAN; validated by ISO 13616 mod-97."""

import re

from ..checksums import iban_ok
from .base import Candidate, Recognizer

_IBAN = re.compile(
    r"(?<![A-Za-z0-9])[A-Z]{2}[0-9]{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?(?![A-Za-z0-9])"
)


class IbanRecognizer(Recognizer):
    category = "iban"
    detector = "iban_mod97"
    triggers = (r"[A-Z]{2}[0-9]{2} ?[A-Z0-9]{4}",)
    context = ("iban",)
    numeric = False
    confidence = 0.95

    def parse(self, text, start, end):
        m = _IBAN.match(text, start)
        if m and iban_ok(m.group(0)):
            yield Candidate(m.start(), m.end(), m.group(0).replace(" ", ""))
