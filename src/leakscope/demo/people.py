"""Fictional people with the identifiers a Japanese leak holds, valid where a check digit exists."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

from faker import Faker

MY_NUMBER_WEIGHTS = (6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
CARD_PREFIXES = ("4", "51", "52", "53", "3528", "3589")  # Visa, Mastercard, JCB
MAIL_DOMAINS = ("example.com", "example.net", "example.org", "example.jp", "example.co.jp")


@dataclass(frozen=True)
class Person:
    name: str
    kana: str
    romaji: str
    postal_code: str
    address: str
    phone: str
    email: str
    birth: date
    my_number: str
    card: str
    card_expiry: str
    card_cvc: str


def my_number(rng: random.Random) -> str:
    """12 digits whose last is the check digit of 番号法施行令 (weights 6..2,7..2, mod 11)."""
    body = [rng.randint(0, 9) for _ in range(11)]
    body[0] = rng.randint(1, 9)
    remainder = sum(d * w for d, w in zip(body, MY_NUMBER_WEIGHTS, strict=True)) % 11
    check = 0 if remainder <= 1 else 11 - remainder
    return "".join(map(str, body)) + str(check)


def card_number(rng: random.Random) -> str:
    """A 16-digit number in a real brand range that passes the Luhn check."""
    digits = [int(c) for c in rng.choice(CARD_PREFIXES)]
    while len(digits) < 15:
        digits.append(rng.randint(0, 9))
    total = 0
    for i, d in enumerate(reversed(digits)):  # the check digit will sit to the right
        d = d * 2 if i % 2 == 0 else d
        total += d - 9 if d > 9 else d
    return "".join(map(str, digits)) + str((10 - total % 10) % 10)


def people(count: int, seed: int) -> list[Person]:
    fake = Faker("ja_JP")
    fake.seed_instance(seed)
    rng = random.Random(seed)
    out = []
    for i in range(count):
        last, first = fake.last_name_pair(), fake.first_name_pair()
        romaji = f"{first[2]}.{last[2]}".lower()
        out.append(Person(
            name=f"{last[0]} {first[0]}", kana=f"{last[1]} {first[1]}",
            romaji=f"{first[2]} {last[2]}", postal_code=fake.zipcode(),
            address=fake.address(), phone=fake.phone_number(),
            email=f"{romaji}{i}@{rng.choice(MAIL_DOMAINS)}",
            birth=fake.date_of_birth(minimum_age=18, maximum_age=85),
            my_number=my_number(rng), card=card_number(rng),
            card_expiry=f"{rng.randint(1, 12):02d}/{rng.randint(27, 31)}",
            card_cvc=f"{rng.randint(0, 999):03d}",
        ))
    return out
