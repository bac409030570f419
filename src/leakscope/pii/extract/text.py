"""Plain text, streamed: blocks of whole lines, huge lines cut into overlapping windows.

A unit holds many lines (``location["line"]`` is the line of its first character; see
`leakscope.pii.extract.location.locate`), so detectors see context across line ends and
the per-unit overhead stays small. A line longer than `window` characters (a 200 MB
single-line dump) is cut into windows of `window` characters that overlap by `overlap`
characters, so a value cut at one window's end is whole in the next; ``location`` then holds
``column`` (1-based, of the window's first character) and ``overlap`` (how many leading
characters repeat the previous window, where detectors should not report again).
"""

from __future__ import annotations

import codecs
import io
import itertools
import re
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from leakscope.pii.extract.base import Context, Item
from leakscope.pii.extract.encoding import SAMPLE_BYTES, detect_encoding
from leakscope.pii.units import ExtractError, TextUnit

READ_BYTES = 4 << 20
BLOCK_CHARS = 1 << 20
WINDOW_CHARS = 4 << 20
OVERLAP_CHARS = 4096


ASCII_LOOKAHEAD_BYTES = 256 << 20
_NON_ASCII = re.compile(rb"[\x80-\xff]")


def sniff_encoding(path: Path) -> str | None:
    """The encoding of a text file (None: binary).

    When the head is plain ASCII (a dump's preamble, English headers) the decision is made
    on the first non-ASCII bytes further on: guessing UTF-8 from the head would turn the
    Shift_JIS names after it into U+FFFD.
    """
    with path.open("rb") as handle:
        sample = handle.read(SAMPLE_BYTES)
        if not sample.isascii() or b"\x00" in sample:
            return detect_encoding(sample)
        read = len(sample)
        while read < ASCII_LOOKAHEAD_BYTES and (chunk := handle.read(READ_BYTES)):
            read += len(chunk)
            found = _NON_ASCII.search(chunk)
            if found:
                window = chunk[found.start() : found.start() + SAMPLE_BYTES]
                if len(window) < SAMPLE_BYTES:
                    window += handle.read(SAMPLE_BYTES - len(window))
                return detect_encoding(window) or "utf-8"
    return detect_encoding(sample)


def open_text(path: Path, encoding: str) -> io.TextIOWrapper:
    """A streaming text reader that never fails on a bad byte (it becomes U+FFFD)."""
    raw = path.open("rb", buffering=READ_BYTES)
    return io.TextIOWrapper(raw, encoding=encoding, errors="replace", newline="")


def decoded_chunks(path: Path, encoding: str) -> Iterator[str]:
    """The file decoded in large chunks (bulk decoding; no per-line Python work)."""
    decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
    with path.open("rb", buffering=0) as handle:
        while chunk := handle.read(READ_BYTES):
            yield decoder.decode(chunk)
        yield decoder.decode(b"", final=True)


def line_blocks(
    chunks: Iterator[str],
    display: str,
    base: dict | None = None,
    window: int | None = None,
    overlap: int | None = None,
) -> Iterator[TextUnit]:
    """Group decoded text into units of whole lines; window lines longer than `window`."""
    base = base or {}
    window = window or WINDOW_CHARS
    overlap = OVERLAP_CHARS if overlap is None else overlap
    block = min(BLOCK_CHARS, window)
    line, column = 1, 1  # where pending[0] is; column > 1 after a window was cut
    pending = ""

    def location() -> dict:
        if column == 1:
            return {**base, "line": line}
        return {**base, "line": line, "column": column, "overlap": overlap}

    for chunk in chunks:
        pending += chunk
        at = 0  # units are cut from here on (not by slicing off the rest: a copy per unit)
        while len(pending) - at >= block:
            # whole lines up to ~`block` characters; a longer line up to `window`; else cut
            cut = pending.rfind("\n", at, at + block) + 1 or \
                pending.rfind("\n", at, at + window) + 1
            if cut:
                yield TextUnit(pending[at:cut], display, location())
                line += pending.count("\n", at, cut)
                column = 1
                at = cut
            elif len(pending) - at >= window:
                yield TextUnit(pending[at:at + window], display, location())
                step = window - overlap
                column += step
                at += step
            else:
                break
        pending = pending[at:]
    if pending.strip():
        yield TextUnit(pending, display, location())


def long_line(handle: TextIO, head: str, display: str, number: int, piece: int
              ) -> Iterator[TextUnit]:
    """Line ``number`` (``head``: its first ``piece`` characters, read) and its rest, read a
    piece at a time, through the text windows: a line too long for its parser keeps its PII."""

    def pieces() -> Iterator[str]:
        yield head
        while more := handle.readline(piece):
            yield more
            if more.endswith(("\n", "\r")):  # (a file read with newline="" ends lines in CR too)
                return

    for unit in line_blocks(pieces(), display):
        yield TextUnit(unit.text, display, {**unit.location, "line": number})


def record_lines(handle: TextIO, display: str, limit: int, record: str
                 ) -> Iterator[tuple[int, str] | Item]:
    """Each line of a record format (an HL7 segment, a UKE record) and its number; a line
    over ``limit`` characters (no ``record`` is that long) is an error naming the file and
    is read as text (``long_line``)."""
    number = 0
    while line := handle.readline(limit):
        number += 1
        if len(line) >= limit and not line.endswith(("\r", "\n")):
            yield ExtractError(display, f"line {number}: {record} over {limit:,} characters; "
                               "read as text")
            yield from long_line(handle, line, display, number, limit)
        else:
            yield number, line


# Printable runs in binary data: ASCII/UTF-8 text, and ASCII stored as UTF-16LE.
_UTF8_RUN = rb"(?P<utf8>(?:[\t\x20-\x7e]|[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}){6,})"
_STRINGS = re.compile(_UTF8_RUN + rb"|(?P<utf16>(?:[\x20-\x7e]\x00){6,})")
_UTF8_STRINGS = re.compile(_UTF8_RUN)
# Legacy Office (.doc/.ppt) keeps its text as UTF-16LE in sector-aligned streams: decoded at
# even offsets, runs of kana, kanji, full-width forms and ASCII are its text.
_UTF16_TEXT = re.compile(r"[\t\r\n\x20-\x7e\u3000-\u30ff\u4e00-\u9fff\uff01-\uffef]{4,}")
MAX_STRING_UNITS = 1_000_000


def extract_strings(
    path: Path,
    display: str,
    ctx: Context,
    why: str = "unrecognized binary format",
    japanese_utf16: bool = False,
) -> Iterator[Item]:
    """Unknown binary: report it, then scan its printable strings as `strings(1)` would.

    A leaked share holds proprietary database files and exports whose text is readable
    even when the format is not; skipping them would hide PII. `japanese_utf16` reads the
    UTF-16LE text of legacy Office files (Japanese included) instead of only its ASCII.
    """
    yield ExtractError(display, f"{why}; only printable strings scanned")
    units = _byte_strings(path, display, _UTF8_STRINGS if japanese_utf16 else _STRINGS)
    if japanese_utf16:
        units = itertools.chain(units, _utf16_strings(path, display))
    for count, unit in enumerate(units, 1):
        yield unit
        if count >= MAX_STRING_UNITS:
            yield ExtractError(display, f"more than {count:,} strings; rest skipped")
            return


def _byte_strings(path: Path, display: str, pattern: re.Pattern) -> Iterator[TextUnit]:
    offset = 0
    carry = b""
    with path.open("rb", buffering=0) as handle:
        while True:
            chunk = handle.read(READ_BYTES)
            data = carry + chunk
            base = offset - len(carry)
            carry = b""
            for match in pattern.finditer(data):
                if chunk and match.end() == len(data):
                    carry = match.group()  # may continue in the next chunk
                    break
                text = match.group().decode("utf-8" if match["utf8"] else "utf-16-le", "replace")
                yield TextUnit(text, display, {"offset": base + match.start()})
            if not chunk:
                return
            offset += len(chunk)


def _utf16_strings(path: Path, display: str) -> Iterator[TextUnit]:
    offset = 0
    with path.open("rb", buffering=0) as handle:
        while chunk := handle.read(READ_BYTES):  # an even size: alignment is kept
            text = chunk.decode("utf-16-le", "replace")
            for match in _UTF16_TEXT.finditer(text):
                run = match.group()
                if run.isascii() and (len(run) < 6 or run.isspace()):
                    continue
                location = {"offset": offset + 2 * match.start()}
                yield TextUnit(run.replace("\r", "\n"), display, location)
            offset += len(chunk)
