"""Reading log files as lines: transparent gzip, BOMs, mixed encodings, bounded line length.

Logs on a compromised host are rarely clean: a UTF-8 access log with Shift_JIS lines pasted in,
a UTF-16 export from Windows, a 2 GB line written by an attacker.  Every line is decoded on its
own (UTF-8, then CP932, then Latin-1) so one odd line neither stops the run nor garbles the rest,
and its byte offset is kept for provenance.
"""

from __future__ import annotations

import codecs
import gzip
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

MAX_LINE_BYTES = 1024 * 1024
GZIP_MAGIC = b"\x1f\x8b"
MAX_GZIP_RATIO = 250  # deflate tops out near 1032:1; real logs stay well under 100:1
GZIP_RATIO_FLOOR = 64 << 20  # below this many inflated bytes, no ratio is a bomb


@dataclass(frozen=True, slots=True)
class Line:
    number: int          # 1-based line number
    offset: int | None   # byte offset in the (decompressed) stream; None for UTF-16
    text: str            # decoded, without the line ending
    too_long: bool = False
    fallback: str | None = None  # the encoding used when the line was not UTF-8


class GzipBombError(OSError):
    """A gzip log that expands past `MAX_GZIP_RATIO`:1: a bomb, not a log."""


class _GuardedGzip(gzip.GzipFile):
    """A gzip reader that raises `GzipBombError` instead of inflating a bomb."""

    _out = 0  # bytes handed out so far
    _check_at = 0  # the ratio is looked at every MiB past the floor: readline is hot

    def _guard(self, data: bytes) -> bytes:
        self._out += len(data)
        if self._out > self._check_at:
            out, read = self._out, self.fileobj.tell()
            self._check_at = max(out, GZIP_RATIO_FLOOR) + (1 << 20)
            if out > GZIP_RATIO_FLOOR and out > MAX_GZIP_RATIO * max(read, 1):
                raise GzipBombError(f"gzip bomb suspected: {out:,} bytes from {read:,} "
                                    f"compressed (over {MAX_GZIP_RATIO}:1); rest not read")
        return data

    def read(self, size: int | None = -1) -> bytes:
        if size is None or size < 0:  # whole: in pieces, so a bomb is stopped early
            return b"".join(iter(lambda: self.read(1 << 20), b""))
        return self._guard(super().read(size))

    def read1(self, size: int = -1) -> bytes:
        return self._guard(super().read1(size if size >= 0 else 1 << 20))

    def readline(self, size: int | None = -1) -> bytes:
        return self._guard(super().readline(size))


def open_binary(path: Path) -> BinaryIO:
    """Open a file for reading, decompressing it when it is gzip."""
    raw = open(path, "rb")  # noqa: SIM115 - returned to the caller
    if raw.read(2) == GZIP_MAGIC:
        raw.seek(0)
        return _GuardedGzip(fileobj=raw, mode="rb")  # type: ignore[return-value]
    raw.seek(0)
    return raw


def read_head(path: Path, size: int = 65536) -> bytes:
    """The first bytes of a file (decompressed), for format sniffing."""
    pieces: list[bytes] = []
    with open_binary(path) as handle:
        try:  # small reads: a truncated .gz still shows what it decompressed so far
            while size > 0 and (piece := handle.read(min(size, 8192))):
                pieces.append(piece)
                size -= len(piece)
        except (EOFError, zlib.error, gzip.BadGzipFile):
            pass
    return b"".join(pieces)


def head_text(head: bytes) -> str:
    """Decode a sniffing buffer whatever its encoding (BOMs honoured)."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return head.decode("utf-16", errors="replace")
    return head.decode("utf-8-sig", errors="replace")


def decode_line(data: bytes) -> tuple[str, str | None]:
    """Decode one line: UTF-8, else CP932 (Japanese-first), else Latin-1 (never fails)."""
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp932"), "cp932"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def iter_lines(path: Path) -> Iterator[Line]:
    """Every line of a text log with its number and byte offset, in constant memory."""
    with open_binary(path) as handle:
        start = handle.read(2)
        if start in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
            yield from _iter_utf16(handle, start)
            return
        rest = handle.read(1) if start == b"\xef\xbb" else b""
        offset = 0
        prefix = start + rest
        if prefix == codecs.BOM_UTF8:
            offset, prefix = 3, b""
        number = 0
        while True:
            chunk = prefix + handle.readline(MAX_LINE_BYTES + 1 - len(prefix))
            prefix = b""
            if not chunk:
                return
            number += 1
            too_long = len(chunk) > MAX_LINE_BYTES and not chunk.endswith(b"\n")
            size = len(chunk)
            if too_long:
                size += _skip_rest_of_line(handle)
                chunk = chunk[:MAX_LINE_BYTES]
            text, fallback = decode_line(chunk.rstrip(b"\r\n"))
            yield Line(number, offset, text, too_long, fallback)
            offset += size


def _skip_rest_of_line(handle: BinaryIO) -> int:
    skipped = 0
    while True:
        piece = handle.readline(MAX_LINE_BYTES)
        skipped += len(piece)
        if not piece or piece.endswith(b"\n"):
            return skipped


def _iter_utf16(handle: BinaryIO, bom: bytes) -> Iterator[Line]:
    encoding = "utf-16-le" if bom == codecs.BOM_UTF16_LE else "utf-16-be"
    reader = codecs.getreader(encoding)(handle, errors="replace")
    for number, text in enumerate(reader, start=1):
        yield Line(number, None, text.rstrip("\r\n")[:MAX_LINE_BYTES])
