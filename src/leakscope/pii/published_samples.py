"""Numbers published as examples: the card networks' and payment processors' test cards and
the My Number of the government's own filling guides. They pass every check, and in a leak
they are nobody's: a developer's test payment, a manual's example, a copied 記入例."""

TEST_CARDS = frozenset({
    "4111111111111111", "4242424242424242", "4012888888881881", "4000056655665556",
    "4000000000000002", "4000000000000077", "5555555555554444", "5105105105105100",
    "5200828282828210", "2223003122003222", "378282246310005", "371449635398431",
    "378734493671000", "6011111111111117", "6011000990139424", "3530111333300000",
    "3566002020360505", "30569309025904", "38520000023237", "36227206271667",
})
SAMPLE_MY_NUMBERS = frozenset({"123456789018"})  # マイナンバー記入例 (総務省, 国税庁)
