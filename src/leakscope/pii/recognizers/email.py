"""E-mail addresses (lower-cased); hyperscan triggers on '@', Python reads the address around it."""

import re

from ..published_samples import example_line, reserved_email
from .base import Candidate, Recognizer

_EMAIL = re.compile(
    r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9][A-Za-z0-9._%+\-]{0,63}@[A-Za-z0-9](?:[A-Za-z0-9\-]{0,62}\.)+"
    r"[A-Za-z]{2,24}(?![A-Za-z0-9\-])"
)
_LOCAL = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._%+-"
# In a URL's query the @ is %40: "/reset?email=miura.kana%40example.jp".
_ENCODED = re.compile(r"(?<![A-Za-z0-9._\-])([A-Za-z0-9][A-Za-z0-9._+\-]{0,63})%40"
                      r"([A-Za-z0-9](?:[A-Za-z0-9\-]{0,62}\.)+[A-Za-z]{2,24})(?![A-Za-z0-9\-])")


# A host's path after the address: an SSH remote (git@github.com:hanamizuki/shop-api.git).
_SSH_REMOTE = re.compile(r":(?:/|[A-Za-z0-9_~.\-]+/)")
# keys whose value is shaped like an address but identifies a thing (iCalendar, vCard)
_IDENTIFIER_KEYS = ("UID:", "UID;", "X-WR-RELCALID:", "RECURRENCE-ID:")


def _in_url_userinfo(text: str, begin: int) -> bool:
    """Whether an address's local part begins inside a URL's user:password (the end of a
    password glued to the host: smtp://info%40shop.jp:Pw!ya2@smtp.shop.jp)."""
    if begin == 0 or text[begin - 1] not in _PASSWORD_CHARS:
        return False
    token = max(text.rfind(c, max(0, begin - 200), begin) for c in " \t\n\"'<>(=")
    return "://" in text[token + 1:begin]


_PASSWORD_CHARS = frozenset("!#$&*:;?~^")  # what ends a URL's password run before its '@' part

# A role's mailbox, no person's (a portal's noreply@, a rental desk's chintai@, a screening
# company's shinsa@): reported as not personal, so it is nobody in the count
_ROLE_MAILBOX = re.compile(
    r"(?:no-?reply|no_reply|do-?not-?reply|info(?:rmation)?|support|contact|admin(?:istrator)?"
    r"|sales|office|help(?:desk)?|service|webmaster|postmaster|mailer-daemon|notifications?"
    r"|notice|system|shop|store|orders?|billing|press|recruit|saiyo|uketsuke|(?:o)?toiawase"
    r"|soumu|jinji|keiri|kanri|eigyo|chintai|shinsa|madoguchi"
    # a hotel's desks (front@, reservations@, the 支配人's shihainin@)
    r"|front(?:desk)?|reception|reservations?|bookings?|yoyaku|concierge|banquet|shihainin"
    # a travel agency's desks (kaigai@ for tours abroad, kokunai@ at home)
    r"|kaigai|kokunai|tours?|travel|ryokou?"
    # a list's (staff-all@, all@, everyone@, sales-ml@): everyone's, no one's
    r"|all|staff|everyone|members?|zenin|shain|[a-z]+[-_.](?:all|ml|list))[0-9]*@")


# A quoted or forwarded mail's addressee line in a body (「To: a.miura@…」): the address is its
# recipient's, not the writer's whose lines follow (the count keeps it a group of its own)
QUOTED_RECIPIENT = "email_shape:recipient"
_RECIPIENT_LINE = re.compile(r"[> \t]*(?:To|TO|Cc|CC|宛先|宛て先)[ \t]*[:：][^\n]*$")


class EmailRecognizer(Recognizer):
    category = "email_address"
    detector = "email_shape"
    triggers = (r"[A-Za-z0-9._%+\-]@[A-Za-z0-9]", r"[A-Za-z0-9._+\-]%40[A-Za-z0-9]")
    context = ("メール", "email", "e-mail", "mail", "メールアドレス", "mail_address", "mailaddress",
               "email_address", "mail address")
    numeric = False
    confidence = 0.95

    def parse(self, text, start, end):
        if "@" not in text[start:end]:  # URL-encoded
            m = _ENCODED.search(text, max(0, start - 64), end + 256)
            return (Candidate(m.start(), m.end(), f"{m.group(1)}@{m.group(2)}".lower()),) \
                if m and m.start(2) >= start else ()
        at = text.index("@", start, end)
        lowest = max(0, at - 64)  # the address may begin where the local part's run does
        begin = lowest + len(text[lowest:at].rstrip(_LOCAL))
        while begin < at and text[begin] in "._%+-":
            begin += 1
        m = _EMAIL.match(text, begin, end + 256)
        if m is None or text.endswith(_IDENTIFIER_KEYS, max(0, begin - 12), begin) \
                or _in_url_userinfo(text, begin) \
                or _SSH_REMOTE.match(text, m.end()):
            return ()  # a calendar event's UID:0-yoyaku@clinic.jp names no mailbox, nor a
            # repository's remote git@github.com:shop/api.git
        reserved = reserved_email(m.group(0))
        if reserved and example_line(text, m.start(), m.end()):
            return ()  # test@example.com in a sandbox's manual or an example's line
        value = m.group(0).lower()
        # (test@example.com anywhere: a domain for documentation, no one's mailbox)
        personal = None if _ROLE_MAILBOX.match(value) is None and not reserved else False
        line = text.rfind("\n", 0, m.start()) + 1
        detector = QUOTED_RECIPIENT if _RECIPIENT_LINE.match(text, line, m.start()) else None
        return (Candidate(m.start(), m.end(), value, personal=personal, detector=detector),)
