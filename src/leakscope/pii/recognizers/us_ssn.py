"""US Social Security Number: AAA-GG-SSSS with the SSA's never-issued ranges excluded."""

from .base import Recognizer


class UsSsnRecognizer(Recognizer):
    category = "us_ssn"
    detector = "us_ssn_ranges"
    shapes = (r"[0-9]{3}-[0-9]{2}-[0-9]{4}",)
    context = ("ssn", "social security", "社会保障番号")
    confidence = 0.6

    def validate(self, token: str) -> str | None:
        area, group, serial = token.split("-")
        if area in ("000", "666") or area[0] == "9" or group == "00" or serial == "0000":
            return None
        return token.replace("-", "")
