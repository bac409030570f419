"""Numbers published as examples: the card networks' and payment processors' test cards,
the My Number of the government's own filling guides, and the phone numbers forms and bots
write as a placeholder (例：090-0000-0000). They pass every check, and in a leak they are
nobody's: a developer's test payment, a manual's example, a copied 記入例.

On a test card's line, or on a line that says it is a sandbox's or an example's, the values
a developer's document writes with it are a test's too: the card's expiry and security code
(exp=12/34, cvc=123), a dummy phone (03-1234-5678) and a generic address at a reserved
domain (test@example.com, RFC 2606)."""

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
    """090-0000-0000, 03-1111-1111, 0120-000-000: a form's or a bot's example, no one's
    line."""
    return digits[-8:] in PLACEHOLDER_PHONE_TAILS or (
        digits.startswith(("0120", "0800")) and len(set(digits[4:])) == 1)


def sample_pension_number(digits: str) -> bool:
    """A manual's 基礎年金番号 (1234-567890, 0000-000000): digits counted up, or one digit."""
    return digits in ("1234567890", "0123456789") or len(set(digits)) == 1


# Subscriber digits a document writes for a made-up number (03-1234-5678).
_DUMMY_PHONE_TAILS = frozenset({"12345678", "23456789", "87654321", "98765432"})
# Domains no mailbox can be at (RFC 2606 / 6761): example.com, shop.test, foo.invalid.
_RESERVED_DOMAIN = re.compile(r"(?:^|\.)(?:example\.(?:com|net|org|jp)|example|test|invalid|"
                              r"localhost)$", re.IGNORECASE)
# the local part a manual writes (test@example.com, user1@shop.test), not a person's name
_GENERIC_LOCAL = re.compile(r"(?:test|user|demo|sample|example|foo|bar|admin|info|dummy|sandbox|"
                            r"you|your|name|customer|buyer|guest|john\.?doe|jane\.?doe|noreply|"
                            r"no-reply)[0-9._+\-]*", re.IGNORECASE)
CARD_RUN = re.compile(r"[0-9](?:[ \-]?[0-9]){12,18}")  # a card number's 13-19 digits
_SANDBOX_WORDS = (re.compile("[sStTdDサテダ架]"), re.compile(
    r"(?<![\w@.\-/])(?:sandbox|test[ _\-]?(?:card|mode|order|data|env(?:ironment)?|payment)s?"
    r"|dummy)(?![\w@.\-/])|サンドボックス|テスト(?:用|環境|カード|注文|データ|モード|決済)|ダミー|架空",
    re.IGNORECASE))
# weaker: a line that shows an example (例：03-1234-5678); only a made-up number is one so
_EXAMPLE_WORDS = (re.compile("[sSeEサ例]"), re.compile(
    r"(?<![\w@.\-/])(?:samples?|examples?|e\.g\.)(?![\w@.\-/])|サンプル|例", re.IGNORECASE))
# (each: the words' first characters, a search ~10x cheaper than the words' own that rules
# out most lines: a line of Japanese prose holds no ASCII letter but its e-mail's; the
# words' own: not in an address or a URL, user@example.org)
# a test card's first four digits (a line holding none holds no test card: most lines)
_TEST_CARD_HEADS = re.compile("|".join(sorted({card[:4] for card in TEST_CARDS})))


def beside_test_card(text: str, start: int, end: int, reach: int = 200) -> bool:
    """Whether a published test card is written on the line of ``text[start:end]``, within
    ``reach`` characters of it (its exp and cvc, the sandbox's phone and e-mail beside it).
    (A line, not a table's next cell: the two table paths see the same.)"""
    line_start = max(text.rfind("\n", 0, start) + 1, start - reach)
    line_end = text.find("\n", end)
    line_end = min(len(text) if line_end < 0 else line_end, end + reach)
    return _TEST_CARD_HEADS.search(text, line_start, line_end) is not None and any(
        _NOT_DIGIT.sub("", m.group(0)) in TEST_CARDS
        for m in CARD_RUN.finditer(text, line_start, line_end))


def sandbox_value(text: str, start: int, end: int, example: bool = False) -> bool:
    """Whether ``text[start:end]`` stands where a developer's doc writes made-up values: its
    line says so (sandbox, テスト用, ダミー; ``example``: or 例, サンプル too) or holds a test
    card. (The value itself is no word of it: user@example.org.)"""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    words = (_SANDBOX_WORDS, _EXAMPLE_WORDS) if example else (_SANDBOX_WORDS,)
    return any(heads.search(text, a, b) and found.search(text, a, b)
               for heads, found in words for a, b in ((line_start, start), (end, line_end))) \
        or beside_test_card(text, start, end)


# The names a form's or a manual's example prints (記入例: 山田 太郎): on an example's line only
SAMPLE_NAMES = frozenset({"山田太郎", "山田花子", "鈴木一郎", "鈴木花子", "佐藤太郎", "佐藤花子",
                          "田中太郎", "田中花子"})
# an example's heading on the line above (「2. お客様情報の入力例」)
_EXAMPLE_HEADING = re.compile(r"(?:例|サンプル|見本)[)）]?[ \t]*[:：]?[ \t]*$")
# on the line (記入例, 例：, (例), 見本, 「test@example.com のように入力」, 「… の形式で入力」;
# not a word that only holds one: 事例, 尿サンプル)
_EXAMPLE_MARK = re.compile(r"(?:記入|入力|記載|回答|表示)例|例[)）]?[ ]?[:：]|[(（]例[)）]|見本"
                           r"|の(?:ように|形式で|書式で)(?:入力|記入|記載)")
# a phone's shape on a line (its subscriber digits what ``placeholder_phone`` asks about)
_PHONE_ON_LINE = re.compile(r"0[0-9]{1,3}-?[0-9]{4}-?[0-9]{4}(?![0-9])")


def example_line(text: str, start: int, end: int, sandbox: bool = True) -> bool:
    """Whether ``text[start:end]`` is on a line that shows an example: it says so (記入例,
    例：), holds a placeholder phone (090-0000-0000), or the line above is its heading
    (「お客様情報の入力例」); ``sandbox``: or it is a sandbox's (its words, a test card: ~5 µs
    more on a log's line, where a name would ask on every line of 「山田 太郎様」)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    above = text.rfind("\n", 0, max(line_start - 1, 0)) + 1
    return _EXAMPLE_MARK.search(text, line_start, line_end) is not None \
        or any(placeholder_phone(_NOT_DIGIT.sub("", m.group()))
               for m in _PHONE_ON_LINE.finditer(text, line_start, line_end)) \
        or (line_start > 0 and _EXAMPLE_HEADING.search(text, above, line_start - 1) is not None) \
        or (sandbox and sandbox_value(text, start, end))


def dummy_phone(digits: str) -> bool:
    """03-1234-5678, 090-8765-4321: a number a manual makes up (in a sandbox's context)."""
    return digits[-8:] in _DUMMY_PHONE_TAILS


def reserved_email(address: str) -> bool:
    """test@example.com, user1@shop.test: a manual's address (a generic name at a domain
    reserved for documentation)."""
    local, _, domain = address.rpartition("@")
    return _RESERVED_DOMAIN.search(domain) is not None and _GENERIC_LOCAL.fullmatch(local) \
        is not None


_NOT_DIGIT = re.compile(r"[^0-9]")
