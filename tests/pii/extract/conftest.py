"""Helpers for extractor tests: run the public `extract` and split units from errors."""

from __future__ import annotations

import struct
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


# A legacy .xls written by hand (no xlwt, no LibreOffice here): BIFF8 records in a version-3
# OLE compound file, just what xlrd needs to read labels and numbers.
def _record(kind: int, data: bytes = b"") -> bytes:
    return struct.pack("<HH", kind, len(data)) + data


def _bof(kind: int) -> bytes:
    return _record(0x0809, struct.pack("<HHHHII", 0x0600, kind, 0x0DBB, 0x07CC, 0, 6))


def _cell(row: int, col: int, value) -> bytes:
    if isinstance(value, str):
        head = struct.pack("<HHHHB", row, col, 0, len(value), 1)
        return _record(0x0204, head + value.encode("utf-16-le"))  # LABEL
    return _record(0x0203, struct.pack("<HHHd", row, col, 0, float(value)))  # NUMBER


def _boundsheet(offset: int, name: str) -> bytes:
    head = struct.pack("<IBBBB", offset, 0, 0, len(name), 1)
    return _record(0x0085, head + name.encode("utf-16-le"))


def biff8_workbook(sheets: dict[str, list[list]]) -> bytes:
    """A BIFF8 Workbook stream: globals (BOF, CODEPAGE, BOUNDSHEETs, EOF), then each sheet."""
    bodies = [
        _bof(0x0010)
        + b"".join(
            _cell(r, c, value)
            for r, row in enumerate(rows)
            for c, value in enumerate(row)
            if value is not None
        )
        + _record(0x000A)
        for rows in sheets.values()
    ]
    start = [_bof(0x0005), _record(0x0042, struct.pack("<H", 1200))]
    offset = sum(map(len, start)) + sum(len(_boundsheet(0, n)) for n in sheets) + 4
    for name, body in zip(sheets, bodies, strict=True):
        start.append(_boundsheet(offset, name))
        offset += len(body)
    return b"".join([*start, _record(0x000A), *bodies])


def ole_file(stream_name: str, stream: bytes) -> bytes:
    """A compound file with one stream: header, FAT (sector 0), directory (1), stream (2..)."""
    end, free, fat_sector, none = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD, 0xFFFFFFFF
    stream = stream.ljust(4096, b"\0")  # >= the mini-stream cutoff: plain FAT sectors
    stream += bytes(-len(stream) % 512)
    sectors = len(stream) // 512
    fat = [fat_sector, end, *range(3, 2 + sectors), end]
    fat += [free] * (128 - len(fat))

    def entry(name: str, kind: int, child: int, first: int, size: int) -> bytes:
        raw = name.encode("utf-16-le") + b"\0\0" if name else b""
        fields = struct.pack("<HBBIII", len(raw), kind, 1, none, none, child)
        tail = struct.pack("<IQQIII", 0, 0, 0, first, size, 0)
        return raw.ljust(64, b"\0") + fields + bytes(16) + tail

    directory = (
        entry("Root Entry", 5, 1, end, 0)
        + entry(stream_name, 2, none, 2, len(stream))
        + entry("", 0, none, 0, 0) * 2
    )
    header = (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
        + bytes(16)
        + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
        + bytes(6)
        + struct.pack("<9I", 0, 1, 1, 0, 4096, end, 0, end, 0)
        + struct.pack("<109I", 0, *[free] * 108)
    )
    return header + struct.pack("<128I", *fat) + directory + stream


@pytest.fixture
def make_xls():
    """`make_xls({"sheet": [[cell, ...], ...]}) -> bytes` of a real .xls file."""
    return lambda sheets: ole_file("Workbook", biff8_workbook(sheets))
