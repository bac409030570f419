"""在留カード番号: two letters, eight digits, two letters (a shape no order id has)."""

from .base import Recognizer


class ResidenceCardRecognizer(Recognizer):
    category = "residence_card_number"
    detector = "residence_card_shape"
    shapes = (r"[A-Z]{2}[0-9]{8}[A-Z]{2}",)
    # (在留カード番号 ends in a card's カード番号, "residence card number" in a card's "card
    # number": the longer word is the label)
    context = ("在留カード番号", "在留カード", "在留番号", "residence card", "residence_card",
               "residence card number", "residence card no", "在留")
    confidence = 0.8
    numeric = False  # (no card number has its letters: 「新しいカード番号：FK76076643EU」)
    negated = True  # (an order number may: 注文番号)

    def validate(self, token: str) -> str | None:
        return token.upper()
