"""Check-digit validators for identifiers that carry one (no context needed to compute)."""

from __future__ import annotations

_MY_NUMBER_WEIGHTS = (6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
_LICENCE_WEIGHTS = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)


def my_number_ok(digits: str) -> bool:
    """個人番号: weights 6,5,4,3,2,7,6,5,4,3,2 on the first 11 digits; r = sum mod 11."""
    if len(digits) != 12 or not digits.isdigit():
        return False
    r = sum(int(d) * w for d, w in zip(digits[:11], _MY_NUMBER_WEIGHTS, strict=True)) % 11
    return int(digits[11]) == (0 if r <= 1 else 11 - r)


def corporate_number_ok(digits: str) -> bool:
    """法人番号: leading check digit = 9 - (sum of P_n * Q_n mod 9), Q = 1/2 alternating."""
    if len(digits) != 13 or not digits.isdigit():
        return False
    body = digits[1:]
    total = sum(int(d) * (2 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body), 1))
    return int(digits[0]) == 9 - total % 9


def licence_ok(digits: str) -> bool:
    """運転免許証番号: 11th digit = (11 - weighted sum of the first 10 mod 11) mod 10.

    No public specification says what a remainder of 0 gives: that rule gives 1, the My
    Number rule (a remainder of 0 or 1 gives 0) gives 0, and both are accepted.
    """
    if len(digits) != 12 or not digits.isdigit():
        return False
    remainder = sum(int(d) * w for d, w in zip(digits[:10], _LICENCE_WEIGHTS, strict=True)) % 11
    return int(digits[10]) in ((0, 1) if remainder == 0 else ((11 - remainder) % 10,))


def luhn_ok(digits: str) -> bool:
    """Luhn mod-10 (payment cards)."""
    if not digits.isdigit():
        return False
    backwards = digits[::-1]
    total = sum(map(int, backwards[0::2])) + sum(_LUHN_DOUBLED[int(d)] for d in backwards[1::2])
    return total % 10 == 0


_LUHN_DOUBLED = (0, 2, 4, 6, 8, 1, 3, 5, 7, 9)  # a digit doubled, its two digits summed


def iban_ok(iban: str) -> bool:
    """ISO 13616 IBAN: first four characters to the end, letters to numbers, mod 97 == 1."""
    iban = iban.replace(" ", "").upper()
    if not (15 <= len(iban) <= 34 and iban[:2].isalpha() and iban[2:4].isdigit()):
        return False
    if not iban.isalnum():
        return False
    moved = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def is_card_number(digits: str) -> bool:
    """A payment card's number: a network's range and length, then the Luhn sum (the range
    first: most look-alikes, a JAN code's 13 digits, are no network's)."""
    return card_brand(digits) is not None and luhn_ok(digits)


def card_brand(digits: str) -> str | None:
    """Issuer by IIN range and length, or None when no major scheme issues such a number."""
    n = len(digits)
    p2, p3, p4, p6 = int(digits[:2]), int(digits[:3]), int(digits[:4]), int(digits[:6])
    if digits[0] == "4" and n in (16, 19):  # 13-digit Visa is retired; JAN-13 "49..." is not
        return "visa"
    if (51 <= p2 <= 55 or 2221 <= p4 <= 2720) and n == 16:
        return "mastercard"
    if p2 in (34, 37) and n == 15:
        return "amex"
    if 3528 <= p4 <= 3589 and 16 <= n <= 19:
        return "jcb"
    if (p2 in (36, 38, 39) or 300 <= p3 <= 305) and 14 <= n <= 19:
        return "diners"
    if (p4 == 6011 or p2 == 65 or 644 <= p3 <= 649 or 622126 <= p6 <= 622925) and 16 <= n <= 19:
        return "discover"
    if p2 == 62 and 16 <= n <= 19:
        return "unionpay"
    return None
