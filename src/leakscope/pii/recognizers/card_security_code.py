"""Card security code (CVV/CVC): three or four digits right after its label."""

from ..published_samples import beside_test_card
from .base import Recognizer

_TEST_CARD_REACH = 64  # a test card's cvc is written right beside it


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

    def parse(self, text, start, end):
        return [c for c in super().parse(text, start, end)
                if not beside_test_card(text, c.start, c.end, _TEST_CARD_REACH)]
