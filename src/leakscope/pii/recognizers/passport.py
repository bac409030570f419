"""旅券番号: two letters and seven digits (Japanese passports); needs a label."""

from .base import Recognizer


class PassportRecognizer(Recognizer):
    category = "passport_number"
    detector = "passport_shape"
    shapes = (r"[A-Z]{2}[0-9]{7}",)
    context = ("旅券", "パスポート", "passport")
    confidence = 0.3

    def validate(self, token: str) -> str | None:
        return token.upper()
