"""E-mail addresses (lower-cased); hyperscan triggers on '@', Python reads the address around it."""

import re

from .base import Candidate, Recognizer

_EMAIL = re.compile(
    r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9][A-Za-z0-9._%+\-]{0,63}@[A-Za-z0-9](?:[A-Za-z0-9\-]{0,62}\.)+"
    r"[A-Za-z]{2,24}(?![A-Za-z0-9\-])"
)
_LOCAL = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._%+-"


class EmailRecognizer(Recognizer):
    category = "email_address"
    detector = "email_shape"
    triggers = (r"[A-Za-z0-9._%+\-]@[A-Za-z0-9]",)
    context = ("メール", "email", "e-mail", "mail", "メールアドレス", "mail_address", "mailaddress",
               "email_address", "mail address")
    numeric = False
    confidence = 0.95

    def parse(self, text, start, end):
        at = text.index("@", start, end)
        lowest = max(0, at - 64)  # the address may begin where the local part's run does
        begin = lowest + len(text[lowest:at].rstrip(_LOCAL))
        while begin < at and text[begin] in "._%+-":
            begin += 1
        m = _EMAIL.match(text, begin, end + 256)
        return (Candidate(m.start(), m.end(), m.group(0).lower()),) if m else ()
