"""Phone numbers written with their country code (+49 30 1806876, +44 (0)20 7946 0958,
+33 1 23 45 67 89), normalized to E.164 (+49301806876): an EU payroll's, a foreign
customer's. Japan's (+81) and the NANP's (+1) have recognizers of their own, which read them
to their national digits."""

import re

from .base import Candidate, Recognizer

# a country code other than 1 (NANP) and 81 (Japan), then the national number: a trunk 0 in
# brackets may stand before it (+44 (0)20 …), groups parted by a blank, a dot or a hyphen
SHAPE = (r"\+(?:[2-79][0-9]{0,2}|8[02-9][0-9]?)[ .\-]?(?:\(0\)[ .\-]?)?"
         r"(?:[0-9][ .\-]?){6,13}[0-9]")
E164_DIGITS = range(8, 16)  # country code and national number together
_NOT_DIGIT = re.compile(r"[^0-9]")
_MORE_DIGITS = re.compile(r"[ .\-]?[0-9]")  # (a match may end where its span was cut)


def e164(token: str) -> str | None:
    """``+`` and the digits of a SHAPE token (its bracketed trunk 0 left out), or None when
    E.164 cannot hold that many or the digits are too few to be anyone's line (「+250 000 000
    円」: an amount)."""
    digits = _NOT_DIGIT.sub("", token.replace("(0)", ""))
    if len(digits) not in E164_DIGITS or len(set(digits)) < _DISTINCT_DIGITS:
        return None
    return f"+{digits}"


_DISTINCT_DIGITS = 4


class IntlPhoneRecognizer(Recognizer):
    category = "phone_number"
    detector = "e164"
    shapes = (SHAPE,)
    confidence = 0.7  # a "+" and a country code: a phone to anyone, but no plan checks it
    context_confidence = 0.99

    def parse(self, text, start, end):
        m = self.python_pattern().search(text, start, end + 1)
        if m is None or _MORE_DIGITS.match(text, m.end()):  # 「+49 1234 5678 9012 3456」: a
            return ()  # longer number than E.164 holds, not its first groups
        value = e164(m.group(0))
        return () if value is None else (Candidate(m.start(), m.end(), value),)
