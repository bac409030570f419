"""Payment card numbers: 13-19 digits, Luhn and a real scheme's IIN range and length."""

from ..checksums import is_card_number
from ..published_samples import TEST_CARDS
from .base import Recognizer, consistent_separators, digits_only, said_before

# a number read out in a call's transcript, its groups a comma apart (「カードね、えーと、５２４１、
# ２７５６、７７１９、７９１１」): a card only after a card's word on its line (a list of years is
# written so too)
_SPOKEN = "、"


class CreditCardRecognizer(Recognizer):
    category = "credit_card_number"
    detector = "luhn_iin"
    shapes = (
        r"[0-9]{13,19}",
        r"[0-9]{4}[ \-][0-9]{4}[ \-][0-9]{4}[ \-][0-9]{1,7}",
        r"[0-9]{4}[ \-][0-9]{6}[ \-][0-9]{4,5}",
        rf"[0-9]{{4}}{_SPOKEN}[0-9]{{4}}{_SPOKEN}[0-9]{{4}}{_SPOKEN}[0-9]{{1,7}}",
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

    def parse(self, text, start, end):
        for cand in super().parse(text, start, end):
            if _SPOKEN not in text[cand.start:cand.end] or _after_card_word(text, cand.start):
                yield cand


_after_card_word = said_before(CreditCardRecognizer.context, gap=24, reach=40)
