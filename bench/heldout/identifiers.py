"""Numbers with real check digits, for identifiers and for the look-alikes that must not be one."""

from __future__ import annotations

import random

_MY_NUMBER_WEIGHTS = (6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
_LICENSE_WEIGHTS = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
_LUHN_DOUBLED = (0, 2, 4, 6, 8, 1, 3, 5, 7, 9)  # a digit doubled, its two digits summed


def digits(rng: random.Random, count: int) -> str:
    """`count` random decimal digits (a leading zero allowed)."""
    return "".join(str(rng.randint(0, 9)) for _ in range(count))


def my_number_check(base: str) -> str:
    """個人番号's check digit over its first 11 digits (weights 6,5,4,3,2,7,... from the left)."""
    remainder = sum(int(d) * w for d, w in zip(base, _MY_NUMBER_WEIGHTS, strict=True)) % 11
    return "0" if remainder <= 1 else str(11 - remainder)


def my_number(rng: random.Random, prefix: str = "", *, zero_lead: str = "",
              nonzero_lead: bool = False, redraw: bool = False) -> str:
    """12 digits passing the My Number check: a real one, or a 宛名番号/伝票番号 look-alike.

    zero_lead: what replaces a leading 0 ("1", "3"; "draw": a digit 1-9 drawn); "" keeps it.
    nonzero_lead: the first of the 11 drawn again from 1-9 whatever it was (after all 11).
    redraw: all 11 drawn again while the first is 0.
    """
    base = prefix + digits(rng, 11 - len(prefix))
    while redraw and base[0] == "0":
        base = prefix + digits(rng, 11 - len(prefix))
    if nonzero_lead:
        base = str(rng.randint(1, 9)) + base[1:]
    elif zero_lead and base[0] == "0":
        lead = str(rng.randint(1, 9)) if zero_lead == "draw" else zero_lead
        base = lead + base[1:]
    return base + my_number_check(base)


def corporate_number(rng: random.Random, *, nonzero_lead: bool = False) -> str:
    """法人番号: a leading check digit, 9 - (12 digits weighted 1,2,1,2 from the right) mod 9;
    nonzero_lead draws the first of the 12 again from 1-9 (after all 12 are drawn)."""
    base = digits(rng, 12)
    if nonzero_lead:
        base = str(rng.randint(1, 9)) + base[1:]
    return corporate_check(base) + base


def corporate_check(base: str) -> str:
    """法人番号's leading check digit over the 12 after it (weights 1,2,1,2 from the right)."""
    total = sum(int(c) * (1 if i % 2 == 0 else 2) for i, c in enumerate(reversed(base)))
    return str(9 - total % 9)


def luhn_check(body: str) -> str:
    """The digit that makes `body` + it pass Luhn (every other digit from it doubled)."""
    total = sum(_LUHN_DOUBLED[int(d)] if i % 2 == 0 else int(d)
                for i, d in enumerate(reversed(body)))
    return str(-total % 10)


def luhn_number(rng: random.Random, prefix: str, length: int, *, redraw: bool = False) -> str:
    """`length` digits starting with `prefix` and passing Luhn: a card or an order number;
    redraw: all digits after the prefix drawn again until the whole passes (corpus 72's
    luhn_make), not a check digit computed."""
    while redraw:
        number = prefix + digits(rng, length - len(prefix))
        if luhn_check(number[:-1]) == number[-1]:
            return number
    body = prefix + digits(rng, length - len(prefix) - 1)
    return body + luhn_check(body)


def card_number(rng: random.Random) -> str:
    """A card number of a brand drawn in turn: Visa, Mastercard, JCB (16 digits) or Amex (15)."""
    return brand_card(rng, rng.choice(["visa", "master", "jcb", "amex"]))


def brand_card(rng: random.Random, brand: str) -> str:
    """A card number of `brand`: visa (4…), master (51-55…), jcb (3528-3589…), 16 digits, or
    amex (34… or 37…, 15 digits); the prefix drawn, then the digits."""
    if brand == "amex":
        return luhn_number(rng, rng.choice(["34", "37"]), 15)
    if brand == "visa":
        prefix = "4"
    elif brand == "master":
        prefix = str(rng.randint(51, 55))
    elif brand == "jcb":
        prefix = str(rng.randint(3528, 3589))
    else:
        raise ValueError(brand)
    return luhn_number(rng, prefix, 16)


BRAND_NAMES = {"visa": "VISA", "master": "Master", "jcb": "JCB", "amex": "AMEX"}


def named_card(rng: random.Random) -> tuple[str, str]:
    """A card's brand as a sales slip names it (VISA, Master, JCB, AMEX) and its number, the
    brand drawn first, Visa and JCB twice as often as the others."""
    kind = rng.choice(["visa", "visa", "master", "jcb", "jcb", "amex"])
    return BRAND_NAMES[kind], brand_card(rng, kind)


def card_groups(number: str, sep: str = "-") -> str:
    """A card number in its printed groups joined by `sep`: 4-6-5 for an Amex's 15 digits,
    else fours."""
    if len(number) == 15:
        return sep.join([number[:4], number[4:10], number[10:]])
    return sep.join(number[i:i + 4] for i in range(0, 16, 4))


def license_check(body: str, *, low_zero: bool = False) -> str:
    """運転免許証番号's 11th digit over its first 10 (weights 5,4,3,2,7,6,5,4,3,2; 10 is 0);
    low_zero: a remainder of 0 gives 0 too, not 1 (corpus 57's gen.py)."""
    total = sum(int(d) * w for d, w in zip(body, _LICENSE_WEIGHTS, strict=True))
    return "0" if low_zero and total % 11 == 0 else str((11 - total % 11) % 10)


def licence_number(rng: random.Random, code: int | str, year: int | None = None,
                   reissues: tuple[int, ...] = (0, 0, 0, 1), *, low_zero: bool = False) -> str:
    """運転免許証番号: 公安委員会 `code`, the year's last two digits (00-99 drawn where not
    given), a serial, the check digit (low_zero: as license_check's) and a reissue count drawn
    from `reissues`."""
    year = rng.randint(0, 99) if year is None else year
    body = f"{int(code):02d}{year % 100:02d}{rng.randint(0, 999999):06d}"
    return body + license_check(body, low_zero=low_zero) + str(rng.choice(reissues))


def jan13(rng: random.Random, prefix: str) -> str:
    """A JAN (EAN-13) code: 12 digits and their weighted 1,3 check digit."""
    body = prefix + digits(rng, 12 - len(prefix))
    total = sum(int(d) * (3 if k % 2 else 1) for k, d in enumerate(body))
    return body + str((10 - total % 10) % 10)
