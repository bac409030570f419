"""基礎年金番号: 4-digit office code and 6-digit serial, no check digit; needs a label."""

from ..published_samples import sample_pension_number
from .base import Recognizer, digits_only


class BasicPensionRecognizer(Recognizer):
    category = "basic_pension_number"
    detector = "basic_pension_context"
    shapes = (r"[0-9]{4}[- ]?[0-9]{6}",)  # (8600-906455, 8600 906455)
    context = ("基礎年金番号", "年金番号", "年金手帳", "pension")
    # 厚生年金 holds 生年 (a birth date's word): a date beside 厚生年金保険 is no birth date
    prose_context = ("厚生年金",)
    confidence = 0.2

    def validate(self, token: str) -> str | None:
        digits = digits_only(token)
        return None if sample_pension_number(digits) else digits
