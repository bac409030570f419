"""An e-mail address written to slip past spam filters: ``mkondo [at] gmail.com``,
``nkobayashi (at) yahoo (dot) co (dot) jp``. A person wrote it so that people could still read
it, so it is their address, reported as the mailbox it spells (text is NFKC: （at） is (at))."""

import re

from .base import Candidate, Recognizer

_OPEN, _CLOSE = r"[\[({<]", r"[\])}>]"
_AT = rf" ?{_OPEN} ?[Aa][Tt] ?{_CLOSE} ?"
_DOT = rf"(?: ?{_OPEN} ?[Dd][Oo][Tt] ?{_CLOSE} ?|\.)"
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?"
_WRITTEN = re.compile(
    rf"(?<![A-Za-z0-9._%+\-])([A-Za-z0-9][A-Za-z0-9._%+\-]{{0,63}}){_AT}"
    rf"({_LABEL}(?:{_DOT}{_LABEL})*{_DOT}[A-Za-z]{{2,24}})(?![A-Za-z0-9\-])")
_DOTS = re.compile(_DOT)


class ObfuscatedEmailRecognizer(Recognizer):
    category = "email_address"
    detector = "email_obfuscated"
    triggers = (rf"[A-Za-z0-9]{_AT}[A-Za-z0-9]",)
    numeric = False
    confidence = 0.9

    def parse(self, text, start, end):
        m = _WRITTEN.search(text, max(0, start - 64), end + 256)
        while m is not None and m.end(1) <= start:  # an earlier one on the line
            m = _WRITTEN.search(text, m.end(), end + 256)
        if m is None or m.start(1) > start:
            return ()
        domain = _DOTS.sub(".", m.group(2))
        return (Candidate(m.start(), m.end(), f"{m.group(1)}@{domain}".lower()),)
