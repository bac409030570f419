"""Whether a workbook is safe for python-calamine, checked before calamine opens it.

calamine (Rust) reads a sheet into one dense grid: rows x columns of its used range, 32 bytes
a cell. A 5 KB workbook with cells at A1 and XFD1048576 asks it for 550 GB, and a failed
allocation in Rust aborts the whole process (no exception: the scan would die with every
finding unreported). Its zip reader also trusts a part's deflate stream, not the size the part
declares, which is what the container check bounds; and it finds the central directory
otherwise than Python's zipfile (it may pass over the end record zipfile uses and read another
archive hidden in the comment). So the workbook must be laid out so that both can only read
the same directory (one end record, at the very end, no comment, one disk, no ZIP64), and
every part is inflated here first, in bounded chunks: it must end exactly at its declared
size; every element calamine could take for a cell (any tag whose local name is ``c``, as
quick-xml splits names) must carry exactly one reference in a form read alike here and there,
inside a used range that is not absurdly sparse; and a shared-string table must not claim far
more strings than it holds (calamine reserves room for the claimed count before reading one).
A workbook that fails goes to openpyxl, which streams (slower, never dense).
"""

from __future__ import annotations

import re
import struct
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path

MAX_CELLS = 1 << 25  # a used range calamine may allocate (~1 GB)
SPARSE_FACTOR = 4  # the range may hold this many times the cells present, plus SPARSE_SLACK
SPARSE_SLACK = 1 << 20
_CHUNK = 1 << 20  # compressed bytes read at a time
_PIECE = 16 << 20  # inflated bytes at most per step
_LOCAL_HEADER = b"PK\x03\x04"
_END = b"PK\x05\x06"
_ZIP64_LOCATOR = b"PK\x06\x07"
_WS = rb"[ \t\r\n]"  # whitespace as quick-xml ends a tag's name with it
_ATTRIBUTE = rb'[ \t\r\n]+(?!r=)[A-Za-z_][\w:.-]*="[^"<>]*"'  # a key calamine reads whole, not r
# Cells as writers write them: `<c r="A1"` and plain attributes, one pass (groups 1-2; a cell
# written otherwise leaves them empty). Nothing but the first byte of a match is '<', and '>'
# only its last: a match never takes in another tag.
_PLAIN_CELL = re.compile(
    rb"<c(?:" + _WS + rb'+r="([A-Z]{1,3})([0-9]{1,7})"(?:' + _ATTRIBUTE + rb")*" + _WS
    + rb"*/?>|[ \t\r\n>/])")
_PREFIXED = re.compile(rb":c[ \t\r\n>/]")
# Else the thorough pass: a cell as above but with any prefix and `r` anywhere (groups 1-2), a
# prefixed cell's end tag (no group), and any other name quick-xml could take for a cell's
# (group 3: a cell not read alike here and by calamine, e.g. <ñ:c, <c r='A1'>, two r, no r).
_ANY_CELL = re.compile(
    rb"<(?:[A-Za-z_][\w.-]*:)?c(?:" + _ATTRIBUTE + rb")*" + _WS
    + rb'+r="([A-Z]{1,3})([0-9]{1,7})"(?:' + _ATTRIBUTE + rb")*" + _WS + rb"*/?>"
    + rb"|(?<![^> \t\r\n])</[A-Za-z_][\w.-]*:c" + _WS + rb"*>"
    + rb"|(?<=[<:])(c)(?=" + _WS + rb"|>|/>)")
# calamine reserves sst's uniqueCount strings; every number any such key could carry
_CLAIMED = re.compile(rb"uniqueCount[ \t\r\n\f]*=[ \t\r\n\f]*[\"']?[+-]?([0-9]+)")
CLAIM_SLACK = 1 << 16  # strings a table may claim beyond those it holds


class UnsafeWorkbook(Exception):
    """Why calamine must not read this workbook."""


def calamine_refusal(path: Path) -> str | None:
    """None when calamine may read ``path``, else the reason it may not."""
    try:
        with zipfile.ZipFile(path) as archive, path.open("rb") as raw:
            _check_layout(raw, archive)
            for info in archive.infolist():
                _check_part(raw, info)
    except UnsafeWorkbook as error:
        return str(error)
    except (OSError, zipfile.BadZipFile, zlib.error, struct.error) as error:
        return f"unreadable: {error}"
    return None


def _check_layout(raw, archive: zipfile.ZipFile) -> None:
    """Refuse a zip whose central directory the Rust zip crate could find elsewhere."""
    end = raw.seek(-22, 2)
    record = raw.read(22)
    raw.seek(end - 20)
    if raw.read(4) == _ZIP64_LOCATOR or record[:4] != _END or _END in record[1:]:
        raise UnsafeWorkbook("the zip's end record is not 22 plain bytes at its end")
    disk, directory_disk, here, total, size, offset, comment = struct.unpack("<HHHHIIH",
                                                                             record[4:])
    if (disk, directory_disk, comment) != (0, 0, 0) or here != total \
            or total != len(archive.infolist()) or offset + size != end:
        raise UnsafeWorkbook("the zip's end record does not describe the directory before it")
    if any(_has_zip64(info.extra) for info in archive.infolist()):
        raise UnsafeWorkbook("a part carries ZIP64 sizes")


def _has_zip64(extra: bytes) -> bool:
    while len(extra) >= 4:
        kind, length = struct.unpack("<HH", extra[:4])
        if kind == 1:
            return True
        extra = extra[4 + length:]
    return False


def _check_part(raw, info: zipfile.ZipInfo) -> None:
    extent = _Extent(info.filename)
    tail = b""
    for piece in _inflated(raw, info):
        data = tail + piece
        cut = data.rfind(b">") + 1  # after a '>': no pattern of ours spans the cut
        extent.add(data[:cut])
        tail = data[cut:]
        if len(tail) > _PIECE:  # kept whole, it would be copied again and again
            raise UnsafeWorkbook(f"part {info.filename}: no tag ends in {len(tail):,} bytes")
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
    """The used range of the cells in one part (bounds only: a piece's distinct rows and
    columns are read as numbers and dropped), how many cells it holds, and how many shared
    strings it claims and holds."""

    def __init__(self, name: str) -> None:
        self.name, self.cells = name, 0
        self.rows: list[int] = []  # the least and the greatest so far
        self.columns: list[int] = []
        self.claimed, self.strings = 0, 0

    def add(self, data: bytes) -> None:
        columns, rows = self._references(data)
        self.cells += len(columns) - columns.count(b"")  # the rest are end tags
        self.rows = _bounds(self.rows, map(int, set(rows) - {b""}))
        self.columns = _bounds(self.columns, map(_column_number, set(columns) - {b""}))
        if b"uniqueCount" in data:
            self.claimed = max([self.claimed, *map(int, _CLAIMED.findall(data))])
        if self.claimed:  # every name that may be a string's, and more: <si, <x:si
            self.strings += data.count(b"<si") + data.count(b":si")

    def _references(self, data: bytes) -> tuple[tuple[bytes, ...], tuple[bytes, ...]]:
        """The column letters and row digits of each cell in ``data`` (empty: an end tag)."""
        if not _PREFIXED.search(data):
            found = _PLAIN_CELL.findall(data)
            columns, rows = zip(*found, strict=True) if found else ((), ())
            if b"" not in columns:
                return columns, rows
        found = _ANY_CELL.findall(data)  # a prefix, or a cell written otherwise
        if not found:
            return (), ()
        columns, rows, unread = zip(*found, strict=True)
        if b"c" in unread:
            raise UnsafeWorkbook(f"part {self.name}: cells without a reference read alike "
                                 "here and by calamine")
        return columns, rows

    def check(self) -> None:
        if self.claimed > self.strings + CLAIM_SLACK:
            raise UnsafeWorkbook(f"part {self.name}: claims {self.claimed:,} shared strings "
                                 f"for {self.strings:,} present")
        if not self.cells:
            return
        (low_row, high_row), (low_column, high_column) = self.rows, self.columns
        dense = (high_row - low_row + 1) * (high_column - low_column + 1)
        if dense > MAX_CELLS or dense > SPARSE_FACTOR * self.cells + SPARSE_SLACK:
            raise UnsafeWorkbook(f"part {self.name}: a used range of {dense:,} cells for "
                                 f"{self.cells:,} cells present")


def _bounds(bounds: list[int], numbers: Iterable[int]) -> list[int]:
    """The least and the greatest of ``bounds`` and ``numbers``."""
    every = [*bounds, *numbers]
    return [min(every), max(every)] if every else []


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number
