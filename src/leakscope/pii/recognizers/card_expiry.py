"""Card expiry (MM/YY, MM/YYYY, YYYY/MM, 2028年7月) only next to an expiry label, or to a bare
期限 right after a card number (「カード 4881 7961 8917 9749 期限 07/28」)."""

import re
from collections.abc import Iterable

from ..checksums import is_card_number
from ..published_samples import CARD_RUN, beside_test_card
from .base import Candidate, Recognizer, digits_only


class CardExpiryRecognizer(Recognizer):
    category = "card_expiry"
    detector = "card_expiry_context"
    shapes = (r"(?:0[1-9]|1[0-2]) ?/ ?(?:[0-9]{2}|20[0-9]{2})", r"20[0-9]{2}[/\-](?:0[1-9]|1[0-2])",
              r"(?:0[1-9]|1[0-2])(?:[0-9]{2})", r"20[0-9]{2}年(?:0?[1-9]|1[0-2])月")
    context = ("有効期限", "expiry", "expiration", "exp", "valid thru", "card_exp", "expiry date",
               "expire", "card_expire", "expire_date")
    prose_context = ("期限",)
    confidence = 0.0
    window = 20

    def parse(self, text: str, start: int, end: int) -> Iterable[Candidate]:
        # 期限 alone is any deadline (支払期限 07/28 is a day): an expiry only after a card;
        # a test card's (exp=12/34 beside 4242 4242 4242 4242) is nobody's
        # a passport's or a licence's 有効期限 is no card's (「旅券の有効期限が２０３４年９月」)
        return [c for c in super().parse(text, start, end)
                if (not _BARE_DEADLINE.search(text, max(0, c.start - self.window), c.start)
                    or _card_before(text, c.start))
                and not _OTHER_DOCUMENT.search(text, max(0, c.start - self.window), c.start)
                and not beside_test_card(text, c.start, c.end, _CARD_REACH)]

    def validate(self, token: str) -> str | None:
        token = token.replace(" ", "")
        if m := _KANJI_MONTH.fullmatch(token):  # 2028年7月
            return f"{int(m.group(2)):02d}/{m.group(1)[2:]}"
        if token.startswith("20") and len(token) == 7:
            return f"{token[5:7]}/{token[2:4]}"
        month, year = (token.split("/") if "/" in token else (token[:2], token[2:]))
        return f"{month}/{year[-2:]}"


_KANJI_MONTH = re.compile(r"(20[0-9]{2})年([0-9]{1,2})月")
_BARE_DEADLINE = re.compile(r"(?<!有効)期限")
_OTHER_DOCUMENT = re.compile(r"(?:旅券|パスポート|免許証?|在留カード|保険証|passport|licen[cs]e)"
                             r"の?[ \t　]*(?:有効期限|expir)", re.IGNORECASE)
_CARD_REACH = 64


def _card_before(text: str, at: int) -> bool:
    """Whether a card number (``checksums.is_card_number``) is written just before ``at``:
    a serial's 8731-7267-3477-1611 before 保守期限 2030年1月 is no card's."""
    return any(is_card_number(digits_only(m.group(0)))
               for m in CARD_RUN.finditer(text, max(0, at - _CARD_REACH), at))
