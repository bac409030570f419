"""Card security code (CVV/CVC): three or four digits right after its label."""

from .base import Recognizer


class CardSecurityCodeRecognizer(Recognizer):
    category = "card_security_code"
    detector = "cvv_context"
    shapes = (r"[0-9]{3,4}",)
    context = ("セキュリティコード", "cvv", "cvc", "cvv2", "security code", "card_cvv", "cid")
    confidence = 0.0
    window = 16
    after_window = 0

    def validate(self, token: str) -> str | None:
        return token
