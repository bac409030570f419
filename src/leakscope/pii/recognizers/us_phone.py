"""US and Canadian phone numbers (NANP), normalized to their national form: the trunk prefix 1
and ten digits (14155550123), as Japan's national form keeps its trunk 0.

``+1`` or a bracketed area code marks one on its own (an extension after it is dropped).
415-362-0198 and 415.362.0198 look like part numbers too, and so does a number the plan
cannot assign (an N11 exchange: test data's), so those need a phone word (Phone, call,
mobile, 電話) nearest, or a phone column.
"""

import re

from .base import Candidate, Recognizer

_AREA, _EXCHANGE, _LINE = r"[2-9][0-9]{2}", r"[2-9][0-9]{2}", r"[0-9]{4}"
_SEP = r"[ .\-]?"
_EXTENSION_ITSELF = r" ?(?:x|ext\.?|#) ?[0-9]{1,5}"  # 853.629.2612x6520, … ext. 12
EXTENSION = rf"(?:{_EXTENSION_ITSELF})?"
TRAILING_EXTENSION = _EXTENSION_ITSELF + "$"  # the extension, where one ends a token
_EXTENSION = re.compile(TRAILING_EXTENSION)
_NOT_DIGIT = re.compile(r"[^0-9]")
_UNMARKED = 0.45  # below the engine's 0.5: kept only where a phone word is the nearest label


class UsPhoneRecognizer(Recognizer):
    category = "phone_number"
    detector = "nanp"
    shapes = tuple(shape + EXTENSION for shape in (
        rf"(?:\+1|001){_SEP}(?:\({_AREA}\)|{_AREA}){_SEP}{_EXCHANGE}{_SEP}{_LINE}",
        rf"\({_AREA}\) ?{_EXCHANGE}[ \-.]{_LINE}",
        rf"{_AREA}-{_EXCHANGE}-{_LINE}",
        rf"{_AREA}\.{_EXCHANGE}\.{_LINE}",
    ))
    context = ("callback", "call back", "call me", "reach me", "contact number", "cell phone")
    confidence = 0.8
    context_confidence = 0.99

    def parse(self, text, start, end):
        m = self.python_pattern().search(text, start, end + 1)
        if m is None:
            return ()
        token = m.group(0)
        digits = _NOT_DIGIT.sub("", _EXTENSION.sub("", token))[-10:]  # +1, 001: the country
        marked = token[0] in "+(" and valid_nanp(digits)
        return (Candidate(m.start(), m.end(), TRUNK + digits, None if marked else _UNMARKED),)


TRUNK = "1"  # before a NANP number's ten digits in its normalized value


def valid_nanp(digits: str) -> bool:
    """Ten digits whose area code and exchange the plan can assign (no N9X area, no N11)."""
    return len(digits) == 10 and digits[0] >= "2" and digits[1] != "9" \
        and digits[1:3] != "11" and digits[3] >= "2" and digits[4:6] != "11"


def nanp_shaped(digits: str) -> bool:
    """Ten digits whose area code and exchange start 2-9: a phone column's US number."""
    return len(digits) == 10 and digits[0] >= "2" and digits[3] >= "2"
