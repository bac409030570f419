"""Card expiry (MM/YY, MM/YYYY, YYYY/MM, 2028年7月) only next to an expiry label."""

import re

from .base import Recognizer


class CardExpiryRecognizer(Recognizer):
    category = "card_expiry"
    detector = "card_expiry_context"
    shapes = (r"(?:0[1-9]|1[0-2]) ?/ ?(?:[0-9]{2}|20[0-9]{2})", r"20[0-9]{2}[/\-](?:0[1-9]|1[0-2])",
              r"(?:0[1-9]|1[0-2])(?:[0-9]{2})", r"20[0-9]{2}年(?:0?[1-9]|1[0-2])月")
    context = ("有効期限", "expiry", "expiration", "exp", "valid thru", "card_exp", "expiry date")
    confidence = 0.0
    window = 20

    def validate(self, token: str) -> str | None:
        token = token.replace(" ", "")
        if m := _KANJI_MONTH.fullmatch(token):  # 2028年7月
            return f"{int(m.group(2)):02d}/{m.group(1)[2:]}"
        if token.startswith("20") and len(token) == 7:
            return f"{token[5:7]}/{token[2:4]}"
        month, year = (token.split("/") if "/" in token else (token[:2], token[2:]))
        return f"{month}/{year[-2:]}"


_KANJI_MONTH = re.compile(r"(20[0-9]{2})年([0-9]{1,2})月")
