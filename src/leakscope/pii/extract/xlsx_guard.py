"""Whether a workbook is safe for python-calamine, checked before calamine opens it.

calamine (Rust) reads a sheet into one dense grid: rows x columns of its used range, 32 bytes
a cell. A 5 KB workbook with cells at A1 and XFD1048576 asks it for 550 GB, and a failed
allocation in Rust aborts the whole process (no exception: the scan would die with every
finding unreported). Its zip reader also trusts a part's deflate stream, not the size the part
declares, which is what the container check bounds. So every part of the workbook is inflated
here first, in bounded chunks: it must end exactly at its declared size, and every cell it
holds must carry a reference, inside a used range that is not absurdly sparse. A workbook that
fails goes to openpyxl, which streams (slower, never dense).
"""

from __future__ import annotations

import re
import struct
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path

MAX_CELLS = 1 << 25  # a used range calamine may allocate (~1 GB)
SPARSE_FACTOR = 4  # the range may hold this many times the cells present, plus SPARSE_SLACK
SPARSE_SLACK = 1 << 20
_CHUNK = 1 << 20  # compressed bytes read at a time
_PIECE = 16 << 20  # inflated bytes at most per step
_LOCAL_HEADER = b"PK\x03\x04"
# Cells as every writer we know writes them (`r` first, no prefix): one pass, the reference
# empty when `r` is not first. Else: a cell element with any prefix, and its `r` anywhere.
_PLAIN_CELL = re.compile(rb'<c[\s/>](?:r="([A-Z]{1,3})([0-9]{1,7})")?')
_PREFIXED = re.compile(rb":c[\s/>]")
_ANY_CELL = re.compile(rb"<(?:[\w.-]+:)?c[\s/>]")
_ANY_CELL_REF = re.compile(rb'<(?:[\w.-]+:)?c\s[^>]*?(?<=\s)r="([A-Z]{1,3})([0-9]{1,7})"')


class UnsafeWorkbook(Exception):
    """Why calamine must not read this workbook."""


def calamine_refusal(path: Path) -> str | None:
    """None when calamine may read ``path``, else the reason it may not."""
    try:
        with zipfile.ZipFile(path) as archive, path.open("rb") as raw:
            for info in archive.infolist():
                _check_part(raw, info)
    except UnsafeWorkbook as error:
        return str(error)
    except (OSError, zipfile.BadZipFile, zlib.error, struct.error) as error:
        return f"unreadable: {error}"
    return None


def _check_part(raw, info: zipfile.ZipInfo) -> None:
    extent = _Extent(info.filename)
    tail = b""
    for piece in _inflated(raw, info):
        data = tail + piece
        cut = data.rfind(b"<")
        if cut < 0:
            tail = b""
            continue
        extent.add(data[:cut])
        tail = data[cut:]
    extent.add(tail)
    extent.check()


def _inflated(raw, info: zipfile.ZipInfo) -> Iterator[bytes]:
    """The part's bytes as its own stream gives them, refusing any beyond its declared size."""
    if info.flag_bits & 0x1:
        raise UnsafeWorkbook(f"part {info.filename} is encrypted")
    raw.seek(info.header_offset)
    header = raw.read(30)
    if len(header) < 30 or header[:4] != _LOCAL_HEADER:
        raise UnsafeWorkbook(f"part {info.filename}: bad local header")
    name_length, extra_length = struct.unpack("<HH", header[26:30])
    raw.seek(info.header_offset + 30 + name_length + extra_length)
    if info.compress_type == zipfile.ZIP_STORED:
        if info.compress_size != info.file_size:
            raise UnsafeWorkbook(f"part {info.filename}: stored sizes disagree")
        yield from _read(raw, info.compress_size, info.filename)
        return
    if info.compress_type != zipfile.ZIP_DEFLATED:
        raise UnsafeWorkbook(f"part {info.filename}: compression method {info.compress_type}")
    inflater, produced = zlib.decompressobj(-15), 0
    for compressed in _read(raw, info.compress_size, info.filename):
        while compressed:
            piece = inflater.decompress(compressed, min(_PIECE, info.file_size + 1 - produced))
            produced += len(piece)
            if produced > info.file_size:
                raise UnsafeWorkbook(f"part {info.filename} inflates past its declared "
                                     f"{info.file_size:,} bytes")
            yield piece
            compressed = inflater.unconsumed_tail
    if not inflater.eof or produced != info.file_size:
        raise UnsafeWorkbook(f"part {info.filename} does not inflate to its declared size")


def _read(raw, size: int, name: str) -> Iterator[bytes]:
    while size:
        chunk = raw.read(min(_CHUNK, size))
        if not chunk:
            raise UnsafeWorkbook(f"part {name} is truncated")
        size -= len(chunk)
        yield chunk


class _Extent:
    """The used range of the cells in one part, and how many cells it holds."""

    def __init__(self, name: str) -> None:
        self.name, self.cells, self.rows, self.columns = name, 0, set(), set()

    def add(self, data: bytes) -> None:
        refs = [] if _PREFIXED.search(data) else _PLAIN_CELL.findall(data)
        columns, rows = _distinct(refs)
        if not refs or b"" in columns:  # prefixed, or `r` not first: the thorough pass
            cells = len(_ANY_CELL.findall(data))
            refs = _ANY_CELL_REF.findall(data)
            if len(refs) != cells:
                raise UnsafeWorkbook(f"part {self.name}: cells without a reference")
            columns, rows = _distinct(refs)
        self.cells += len(refs)
        self.columns |= columns
        self.rows |= rows

    def check(self) -> None:
        if not self.cells:
            return
        rows = [int(r) for r in self.rows]
        columns = [_column_number(c) for c in self.columns]
        dense = (max(rows) - min(rows) + 1) * (max(columns) - min(columns) + 1)
        if dense > MAX_CELLS or dense > SPARSE_FACTOR * self.cells + SPARSE_SLACK:
            raise UnsafeWorkbook(f"part {self.name}: a used range of {dense:,} cells for "
                                 f"{self.cells:,} cells present")


def _distinct(refs: list[tuple[bytes, bytes]]) -> tuple[set[bytes], set[bytes]]:
    """The distinct column letters and row digits of ``refs``."""
    if not refs:
        return set(), set()
    columns, rows = zip(*refs, strict=True)
    return set(columns), set(rows)


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number
