"""Phone numbers written with their country code (+49 30 1806876, +44 (0)20 7946 0958,
+33 1 23 45 67 89), normalized to E.164 (+49301806876): an EU payroll's, a foreign
customer's. Japan's (+81) and the NANP's (+1) have recognizers of their own, which read them
to their national digits."""

import re

from .base import Candidate, Recognizer, said_before
from .phone import PhoneRecognizer

# a country code other than 1 (NANP) and 81 (Japan), then the national number: a trunk 0 in
# brackets may stand before it (+44 (0)20 …), groups parted by a blank, a dot or a hyphen
_COUNTRY = r"(?:[2-79][0-9]{0,2}|8[02-9][0-9]?)"
SHAPE = (rf"\+{_COUNTRY}[ .\-]?(?:\(0\)[ .\-]?)?"
         r"(?:[0-9][ .\-]?){6,13}[0-9]")
# ... the code in brackets (a Nepali sponsor's 「(+977) 9841787004」), or dialled from abroad
# with 00 and a separator after the code (「0084-911-859649」): a phone only after a phone's
# word on its line (00 begins other numbers too)
_BRACKETED = rf"\(\+{_COUNTRY}\)[ .\-]?(?:[0-9][ .\-]?){{6,13}}[0-9]"
_DIALLED = rf"00{_COUNTRY}[ .\-](?:[0-9][ .\-]?){{5,12}}[0-9]"
SHAPES = (SHAPE, _BRACKETED, _DIALLED)
# (a phone's words, and the apps a sponsor abroad is called on)
_after_phone_word = said_before((*PhoneRecognizer.context, "whatsapp", "zalo", "viber"),
                                gap=16, reach=32)
E164_DIGITS = range(8, 16)  # country code and national number together
_NOT_DIGIT = re.compile(r"[^0-9]")
_MORE_DIGITS = re.compile(r"[ .\-]?[0-9]")  # (a match may end where its span was cut)


def e164(token: str) -> str | None:
    """``+`` and the digits of a SHAPE token (its bracketed trunk 0 left out), or None when
    E.164 cannot hold that many or the digits are too few to be anyone's line (「+250 000 000
    円」: an amount)."""
    digits = _NOT_DIGIT.sub("", token.replace("(0)", ""))
    if token.startswith("00"):  # (dialled from abroad: the country code after the 00)
        digits = digits[2:]
    if len(digits) not in E164_DIGITS or len(set(digits)) < _DISTINCT_DIGITS:
        return None
    return f"+{digits}"


_DISTINCT_DIGITS = 4


class IntlPhoneRecognizer(Recognizer):
    category = "phone_number"
    detector = "e164"
    shapes = SHAPES
    confidence = 0.7  # a "+" and a country code: a phone to anyone, but no plan checks it
    context_confidence = 0.99

    def parse(self, text, start, end):
        m = self.python_pattern().search(text, start, end + 1)
        if m is None or _MORE_DIGITS.match(text, m.end()):  # 「+49 1234 5678 9012 3456」: a
            return ()  # longer number than E.164 holds, not its first groups
        if m.group(0).startswith("00") and not _after_phone_word(text, m.start()):
            return ()
        value = e164(m.group(0))
        return () if value is None else (Candidate(m.start(), m.end(), value),)
