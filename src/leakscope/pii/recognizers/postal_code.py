"""郵便番号: NNN-NNNN (or 7 digits after 〒 / a label)."""

import re

from .base import Candidate, Recognizer

_MARKED = re.compile(r"〒 ?([0-9]{3}-?[0-9]{4})(?![0-9])")
# A North American number's exchange and line, not a postal code: "(212) 261-0684".
_AREA_CODE_BEFORE = re.compile(r"\([2-9][0-9]{2}\) ?$")


class PostalCodeRecognizer(Recognizer):
    category = "postal_code"
    detector = "jp_postal_code"
    shapes = (r"[0-9]{3}-[0-9]{4}", r"[0-9]{7}")
    triggers = ("〒 ?[0-9]{3}",)
    context = ("郵便番号", "〒", "postal", "zip", "postcode", "zip code",
               "yubin", "yuubin", "yubin_bango", "yubinbango", "yuubin_bangou", "yubin_no")
    confidence = 0.55
    context_confidence = 0.97

    def parse(self, text, start, end):
        if text[start] == "〒":
            m = _MARKED.match(text, start)
            if m:
                yield Candidate(m.start(1), m.end(1), m.group(1).replace("-", ""), 0.97)
            return
        for cand in super().parse(text, start, end):
            if _AREA_CODE_BEFORE.search(text, max(cand.start - 6, 0), cand.start):
                continue
            if "-" in text[cand.start:cand.end]:
                yield cand
            else:  # bare 7 digits only with a label
                yield Candidate(cand.start, cand.end, cand.value, 0.1)

    def validate(self, token: str) -> str | None:
        return token.replace("-", "")

    def from_label(self, text: str) -> Candidate | None:
        """A postal-code column saved as a number lost its leading 0 (060-0001 -> 600001)."""
        value = text.strip()
        if value.isdigit() and len(value) == 6:
            return Candidate(0, len(text), "0" + value)
        return None

