"""健康保険: 保険者番号 (8 digits, Luhn-style check) or 記号・番号 under a label."""

from ..checksums import insurer_number_ok
from .base import Recognizer, digits_only


class HealthInsuranceRecognizer(Recognizer):
    category = "health_insurance_number"
    detector = "health_insurance_context"
    shapes = (r"[0-9]{8}", r"[0-9]{1,8}[ \-][0-9]{1,8}")
    context = ("保険証", "被保険者", "保険者番号", "記号番号", "health insurance", "insurance no",
               "insurance number")
    confidence = 0.1

    def validate(self, token: str) -> str | None:
        digits = digits_only(token)
        if len(digits) < 6:
            return None
        if len(digits) == 8 and token.isdigit() and not insurer_number_ok(digits):
            return None
        return token
