"""A licence number as the card prints it, 第 123456789012 号: the frame says what the twelve
digits are (a commission's code and the mod-11 check confirm it), with no 免許 label near."""

import re

from .base import Candidate, Recognizer
from .drivers_license import licence_number

_FRAMED = re.compile(r"第 ?([0-9]{4} ?[0-9]{4} ?[0-9]{4}) ?号")


class DriversLicenseCardRecognizer(Recognizer):
    category = "drivers_license_number"
    detector = "drivers_license_card"
    triggers = (r"第 ?[0-9]{4} ?[0-9]{4} ?[0-9]{4} ?号",)
    confidence = 0.8

    def parse(self, text, start, end):
        m = _FRAMED.match(text, start, end)
        value = licence_number(m.group(1)) if m else None
        return (Candidate(m.start(1), m.end(1), value),) if value else ()
