"""Helpers for extractor tests: run the public `extract` and split units from errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from faker import Faker

from leakscope.pii.extract import ArchiveLimits, extract
from leakscope.pii.units import ExtractError, TextUnit


class Run:
    """The items `extract` yields for one file, split by kind."""

    def __init__(self, path: Path, display: str | None = None, limits: ArchiveLimits | None = None):
        self.items = list(extract(path, display or path.name, limits))
        self.units = [i for i in self.items if isinstance(i, TextUnit)]
        self.errors = [i for i in self.items if isinstance(i, ExtractError)]

    def texts(self) -> list[str]:
        return [u.text for u in self.units]

    def joined(self) -> str:
        return "\n".join(self.texts())

    def messages(self) -> str:
        return "\n".join(f"{e.path}: {e.message}" for e in self.errors)


@pytest.fixture
def run():
    return Run


@pytest.fixture
def fake() -> Faker:
    faker = Faker("ja_JP")
    faker.seed_instance(20240601)
    return faker


@pytest.fixture
def make_xls():
    """`make_xls({"sheet": [[cell, ...], ...]}) -> bytes` of a real .xls file."""
    from legacy_office import xls_file

    return xls_file


@pytest.fixture
def make_msg():
    """`make_msg(subject, sender, to, body, {name: bytes}) -> bytes` of a real .msg file."""
    from legacy_office import msg_file

    return msg_file


def findings_and_people(path: Path) -> tuple[list[tuple[str, str, dict]], int]:
    """What `pii.scan` reports of one file: (category, value, location) and the people."""
    from leakscope import pii

    run = pii.scan([path])
    found = [(f.category, f.value, f.location) for f in run if isinstance(f, pii.Finding)]
    return found, run.summary.subjects
