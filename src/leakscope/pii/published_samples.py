"""Numbers published as examples: the card networks' and payment processors' test cards,
the My Number of the government's own filling guides, and the phone numbers forms and bots
write as a placeholder (例：090-0000-0000). They pass every check, and in a leak they are
nobody's: a developer's test payment, a manual's example, a copied 記入例.

On a test card's line, or on a line that says it is a sandbox's or an example's, the values
a developer's document writes with it are a test's too: the card's expiry and security code
(exp=12/34, cvc=123), a dummy phone (03-1234-5678) and an address at a reserved domain
(test@example.com, RFC 2606)."""

import re

TEST_CARDS = frozenset({
    "4111111111111111", "4242424242424242", "4012888888881881", "4000056655665556",
    "4000000000000002", "4000000000000077", "5555555555554444", "5105105105105100",
    "5200828282828210", "2223003122003222", "378282246310005", "371449635398431",
    "378734493671000", "6011111111111117", "6011000990139424", "3530111333300000",
    "3566002020360505", "30569309025904", "38520000023237", "36227206271667",
})
SAMPLE_MY_NUMBERS = frozenset({"123456789018"})  # マイナンバー記入例 (総務省, 国税庁)
# The subscriber part of a placeholder phone number (national digits): eight of one digit.
PLACEHOLDER_PHONE_TAILS = frozenset(str(d) * 8 for d in range(10))


def placeholder_phone(digits: str) -> bool:
    """090-0000-0000, 03-1111-1111: a form's or a bot's example, no one's line."""
    return digits[-8:] in PLACEHOLDER_PHONE_TAILS


# Subscriber digits a document writes for a made-up number (03-1234-5678).
_DUMMY_PHONE_TAILS = frozenset({"12345678", "23456789", "87654321", "98765432"})
# Domains no mailbox can be at (RFC 2606 / 6761): example.com, shop.test, foo.invalid.
_RESERVED_DOMAIN = re.compile(r"(?:^|\.)(?:example\.(?:com|net|org|jp)|example|test|invalid|"
                              r"localhost)$", re.IGNORECASE)
_CARD_RUN = re.compile(r"[0-9](?:[ \-]?[0-9]){12,18}")
_SANDBOX_WORDS = re.compile(
    r"(?<![\w@.\-/])(?:sandbox|test[ _\-]?(?:card|mode|order|data|env(?:ironment)?|payment)s?"
    r"|dummy|samples?|examples?)(?![\w@.\-/])"
    r"|サンドボックス|テスト(?:用|環境|カード|注文|データ|モード|決済)|ダミー|架空|サンプル|例",
    re.IGNORECASE)  # (not a word of an address or a URL: user@example.org)
def beside_test_card(text: str, start: int, end: int, reach: int = 200) -> bool:
    """Whether a published test card is written on the line of ``text[start:end]``, within
    ``reach`` characters of it (its exp and cvc, the sandbox's phone and e-mail beside it).
    (A line, not a table's next cell: the two table paths see the same.)"""
    line_start = max(text.rfind("\n", 0, start) + 1, start - reach)
    line_end = text.find("\n", end)
    line_end = min(len(text) if line_end < 0 else line_end, end + reach)
    return any(_NOT_DIGIT.sub("", m.group(0)) in TEST_CARDS
               for m in _CARD_RUN.finditer(text, line_start, line_end))


def sandbox_value(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stands where a developer's doc or an example writes
    made-up values: its line says so (sandbox, テスト用, ダミー, 例) or holds a test card."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start:len(text) if line_end < 0 else line_end]
    return _SANDBOX_WORDS.search(line) is not None or beside_test_card(text, start, end)


def dummy_phone(digits: str) -> bool:
    """03-1234-5678, 090-8765-4321: a number a manual makes up (in a sandbox's context)."""
    return digits[-8:] in _DUMMY_PHONE_TAILS


def reserved_email(address: str) -> bool:
    """test@example.com, user@shop.test: an address at a domain reserved for documentation."""
    return _RESERVED_DOMAIN.search(address.rpartition("@")[2]) is not None


_NOT_DIGIT = re.compile(r"[^0-9]")
