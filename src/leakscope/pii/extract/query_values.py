"""Percent-encoded values in the query strings of a log (``?name=%E5%B1%B1...&addr=...``).

A web server logs a form sent by GET as the browser encoded it: UTF-8 (or Shift_JIS) bytes
as ``%XX``, a space as ``+``. Detectors read text, so each parameter whose value holds an
escaped non-ASCII byte becomes a unit of its own: the decoded value under its key as label
(``name``, ``addr``), located at the value's line and column in the file. These units come
just before their line, so the line's other values (the phone, the e-mail) land in the same
free-text group and one line is one person. A block without such an escape is passed on as
it is: one search per block of text, no other cost.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from urllib.parse import unquote_to_bytes

from leakscope.pii.extract.location import lines_of, locate
from leakscope.pii.units import TextUnit

# An escaped byte of a multi-byte character: UTF-8's 0x80-0xF4, Shift_JIS's 0x81-0xFC.
_ESCAPED = re.compile(r"%[89A-Fa-f][0-9A-Fa-f]")
# key=value of a query or a form body; the value stops at the next parameter, a blank, a
# quote (the request's end in a log line), '#', '<', '>' or '='. The key starts where a run
# of key characters does (else every character of a run is tried as a key's first).
_PARAMETER = re.compile(
    r"(?<![A-Za-z0-9_.\[\]%-])([A-Za-z0-9_.\[\]%-]{1,64})="
    r"([^&;=\s\"'<>#]*?%[89A-Fa-f][0-9A-Fa-f][^&;=\s\"'<>#]*)")
_ENCODINGS = ("utf-8", "cp932", "euc-jp")


def with_query_values(units: Iterable[TextUnit]) -> Iterator[TextUnit]:
    """``units`` (blocks of whole lines, or windows of a huge line) with each line that holds
    encoded parameters preceded by their decoded units."""
    units = iter(units)
    unit = next(units, None)
    while unit is not None:
        following = next(units, None)
        text = unit.text
        if "%" not in text or _ESCAPED.search(text) is None:
            yield unit
        elif "\n" not in text.rstrip("\n"):  # one line, or a window of a huge one
            cut = following is not None and "overlap" in following.location
            yield from _decoded(unit, 0, len(text), cut)
            yield unit
        else:
            yield from _split(unit)
        unit = following


def _split(unit: TextUnit) -> Iterator[TextUnit]:
    """The block in pieces: the lines before each line with encoded values, then its values
    (the line itself begins the next piece)."""
    text = unit.text
    done, line = 0, unit.location["line"]  # the piece not yet given starts at done, on line
    end = -1  # the end of the last line read
    for escape in _ESCAPED.finditer(text):  # (a search for '%'; the lines then one by one)
        if escape.start() < end:  # a second one of a line already read
            continue
        start = text.rfind("\n", 0, escape.start()) + 1
        end = text.find("\n", escape.start())
        end = len(text) if end < 0 else end
        values = list(_decoded(unit, start, end))
        if not values:
            continue
        if start > done:
            yield lines_of(unit, done, start, line)
            line += text.count("\n", done, start)
            done = start
        yield from values
    if done == 0:
        yield unit
    elif done < len(text):
        yield lines_of(unit, done, len(text), line)


def _decoded(unit: TextUnit, start: int, end: int, cut: bool = False) -> Iterator[TextUnit]:
    """A unit per decodable encoded parameter of ``unit.text[start:end]``. Of a window
    (``cut``: the next window goes on with its line) a parameter that reaches its end may go
    on in the next window, which gives it; one within the overlap the previous one gave."""
    overlap = unit.location.get("overlap", 0)
    for match in _PARAMETER.finditer(unit.text, start, end):
        if match.end() < overlap or (cut and match.end() == len(unit.text)):
            continue
        value = decode(match.group(2))
        if value is None or not value.strip():
            continue
        key = decode(match.group(1)) or match.group(1)
        yield TextUnit(value, unit.path, locate(unit, match.start(2)), key, unit.record)


def decode(encoded: str) -> str | None:
    """A query value as the browser meant it: '+' a space, %XX bytes in UTF-8, else in
    Shift_JIS or EUC-JP (an old form's charset); None when no encoding reads it, or it
    decodes to control characters (binary, not text)."""
    data = unquote_to_bytes(encoded.replace("+", " "))
    for encoding in _ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as error:
            if encoding == "utf-8" and error.reason == "unexpected end of data" \
                    and error.start > 0:  # a line cut short in the middle of a character
                text = data[: error.start].decode("utf-8")
            else:
                continue
        if not _CONTROL.search(text):
            return text
    return None


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
