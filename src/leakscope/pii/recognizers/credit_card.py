"""Payment card numbers: 13-19 digits, Luhn and a real scheme's IIN range and length."""

from ..checksums import is_card_number
from ..published_samples import TEST_CARDS
from .base import Recognizer, consistent_separators, digits_only


class CreditCardRecognizer(Recognizer):
    category = "credit_card_number"
    detector = "luhn_iin"
    shapes = (
        r"[0-9]{13,19}",
        r"[0-9]{4}[ \-][0-9]{4}[ \-][0-9]{4}[ \-][0-9]{1,7}",
        r"[0-9]{4}[ \-][0-9]{6}[ \-][0-9]{4,5}",
    )
    context = ("カード番号", "クレジット", "credit card", "card number", "card no", "card_number",
               "カード", "cc_number", "visa", "mastercard", "jcb", "amex")
    confidence = 0.9
    context_confidence = 0.99
    not_under = frozenset({"person_name"})

    def validate(self, token: str) -> str | None:
        digits = digits_only(token)
        if not consistent_separators(token) or not 13 <= len(digits) <= 19:
            return None
        if digits in TEST_CARDS:
            return None  # a network's test card: nobody's
        return digits if is_card_number(digits) else None
