"""Numbers published as examples: the card networks' and payment processors' test cards,
the My Number of the government's own filling guides, and the phone numbers forms and bots
write as a placeholder (例：090-0000-0000). They pass every check, and in a leak they are
nobody's: a developer's test payment, a manual's example, a copied 記入例."""

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
