"""HL7 v2 messages generated for the extractor's tests: a fake patient's PID as a pharmacy's
system writes it, and what a scan should report of it."""

from __future__ import annotations

import random
from dataclasses import dataclass

from faker import Faker

from conftest import findings_and_people


@dataclass
class Patient:
    id: str
    family: str
    given: str
    kana: tuple[str, str]
    born: str  # YYYYMMDD
    prefecture: str
    city: str
    street: str
    postal: str
    phone: str

    @classmethod
    def fake(cls, faker: Faker, rng: random.Random) -> Patient:
        born = faker.date_of_birth(minimum_age=20, maximum_age=90)
        block = f"{rng.randint(1, 9)}丁目{rng.randint(1, 30)}-{rng.randint(1, 30)}"
        return cls(f"{rng.randrange(10**9, 10**10)}", faker.last_name(), faker.first_name(),
                   (faker.last_kana_name(), faker.first_kana_name()), born.strftime("%Y%m%d"),
                   faker.prefecture(), faker.city(),
                   f"{faker.town()}{block}",
                   f"{rng.randrange(10**6, 10**7)}",
                   f"090-{rng.randrange(1000, 10000)}-{rng.randrange(1000, 10000)}")

    def pid(self) -> str:
        return (f"PID|1||{self.id}^^^SAKURA^PI||{self.family}^{self.given}^^^^^L^I~"
                f"{self.kana[0]}^{self.kana[1]}^^^^^L^P||{self.born}|F|||"
                f"{self.street}^^{self.city}^{self.prefecture}^{self.postal}^JPN^H||"
                f"{self.phone}")

    def expected(self) -> list[tuple[str, str, str]]:
        born = f"{self.born[:4]}-{self.born[4:6]}-{self.born[6:]}"
        return [("person_name", self.family + self.given, "PID-5"),
                ("person_name", "".join(self.kana), "PID-5"),
                ("date_of_birth", born, "PID-7"),
                ("postal_code", self.postal, "PID-11"),
                ("address", f"{self.prefecture}{self.city}{self.street}", "PID-11"),
                ("phone_number", self.phone.replace("-", ""), "PID-13")]


def message(number: int, *segments: str, charset: str = "UNICODE UTF-8") -> str:
    msh = (f"MSH|^~\\&|RECEPT|SAKURA-PH|EMR|SAKURA|2024101809{number:02d}||ADT^A08|"
           f"MSG{number}|P|2.5|||||JPN|{charset}")
    return "\r".join((msh, *segments)) + "\r"


def patients() -> list[Patient]:
    """Three patients, the same every run."""
    faker = Faker("ja_JP")
    faker.seed_instance(7)
    rng = random.Random(7)
    return [Patient.fake(faker, rng) for _ in range(3)]


def found_in(path) -> tuple[list[tuple[str, str, str]], int]:
    """(category, value, field) of each finding of a scan of ``path``, and the people."""
    found, subjects = findings_and_people(path)
    return [(category, value, location.get("field")) for category, value, location in found], \
        subjects
