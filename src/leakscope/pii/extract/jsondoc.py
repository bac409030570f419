"""JSON and JSON Lines: every scalar value is a unit labelled by its key.

One element of a top-level array, one line of JSON Lines, or one element of an array of
objects under a top-level key (``{"users": [...]}``) is one record. Top-level arrays and
JSON Lines stream; a top-level object is read whole up to `MAX_DOCUMENT_CHARS`. A record's
leaves, and whose each is, are ``json_leaves``'s.
"""

from __future__ import annotations

import io
import itertools
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple, TextIO, TypeVar

import orjson

from leakscope.pii.context import unit_label
from leakscope.pii.extract.base import Context, Item
from leakscope.pii.extract.column_kinds import names_by_values
from leakscope.pii.extract.json_leaves import leaves
from leakscope.pii.extract.text import (
    decoded_chunks,
    extract_strings,
    line_blocks,
    long_line,
    open_text,
    sniff_encoding,
)
from leakscope.pii.units import ExtractError, TextUnit

READ_CHARS = 1 << 20
MAX_ELEMENT_CHARS = 64 << 20
MAX_DOCUMENT_CHARS = 256 << 20
MAX_LINE_ERRORS = 100
_WHITESPACE = " \t\r\n,"
T = TypeVar("T")
_DECODER = json.JSONDecoder()
_DIGITS_DECODER = json.JSONDecoder(
    parse_int=lambda digits: int(digits) if len(digits) <= sys.get_int_max_str_digits()
    else digits)


def long_integers_kept(decode: Callable[[json.JSONDecoder], T]) -> T:
    """``decode(a JSON decoder)``; a value holding an integer past Python's digit limit (a
    ValueError, no JSONDecodeError: it took the whole file with it) decodes again, that
    integer kept as its digits."""
    try:
        return decode(_DECODER)
    except json.JSONDecodeError:
        raise
    except ValueError:
        return decode(_DIGITS_DECODER)


def value_units(display: str, value: object, record: str, record_id: str) -> Iterator[TextUnit]:
    """A unit for every string/number leaf; its label is the nearest key above it."""
    return leaf_units(display, leaves(value), record, record_id)


def leaf_units(display: str, found: Iterable[tuple[str, str | None, object, str]], record: str,
               record_id: str) -> Iterator[TextUnit]:
    """Units of ``leaves``: in the record, or in an element of a list of people in it."""
    for key_path, label, node, owner in found:
        text = str(node)
        if text.strip():
            yield TextUnit(text, display, {"record": record_id, "key": key_path}, label,
                           f"{record}/{owner}" if owner else record)


def _open(path: Path) -> TextIO | None:
    encoding = sniff_encoding(path)
    return None if encoding is None else open_text(path, encoding)


def extract_json(path: Path, display: str, ctx: Context) -> Iterator[Item]:
    handle = _open(path)
    if handle is None:
        yield from extract_strings(path, display, ctx)
        return
    with handle:
        for item in document_records(path, handle, display):
            if item.__class__ is RecordList:
                yield from record_units(display, item)
            else:
                yield item


class RecordList(NamedTuple):
    """Records of one list: a file's lines, a top-level array's elements, the objects in a
    list under a document's key. Element ``n``'s record id is ``id_prefix`` n ``suffix``
    (``users[0]``), its record the path, "#", ``record_prefix`` n ``suffix``."""

    record_prefix: str
    id_prefix: str
    suffix: str
    records: Iterable[ParsedLine | Item]


def document_records(path: Path, handle: TextIO, display: str
                     ) -> Iterator[RecordList | Item]:
    """A JSON file's records: a top-level array's elements (from 1; streamed); an object's
    lists of objects, one list each (from 0; ``users[0]``, ``export.tickets[0]``), then its
    other keys as one record ``$``; anything else as one record ``1``. What cannot be decoded
    is an error and text."""
    head = handle.read(READ_CHARS)
    if head.lstrip("\ufeff \t\r\n")[:1] == "[":
        yield RecordList("", "", "", array_records(head, handle, display))
        return
    rest = handle.read(MAX_DOCUMENT_CHARS)
    if handle.read(1):
        yield ExtractError(
            display, f"JSON object larger than {MAX_DOCUMENT_CHARS:,} characters; read as text"
        )
        yield from line_blocks(decoded_chunks(path, handle.encoding), display)
        return
    text = (head + rest).lstrip("\ufeff")
    try:
        document = long_integers_kept(lambda decoder: decoder.decode(text))
    except (ValueError, RecursionError) as error:  # comments, NaN, trailing commas, depth
        if _lines_of_json(text, error):  # (a log's JSON Lines named .json: one record a line)
            yield RecordList("line", "", "", json_lines(io.StringIO(text), display))
            return
        why = error.msg if isinstance(error, json.JSONDecodeError) else "nested too deep"
        yield ExtractError(display, f"invalid JSON ({why}); read as text")
        yield from line_blocks(iter([text]), display)
        return
    yield from object_records(document, display)


def _lines_of_json(text: str, error: Exception) -> bool:
    """Whether a document that stopped decoding after its first value is JSON Lines: that
    value is its first line alone, and the next line decodes as an object or array too."""
    if not isinstance(error, json.JSONDecodeError) or error.msg != "Extra data":
        return False
    first, after = text[:error.pos].strip(), text[error.pos:].split("\n", 1)[0]
    if "\n" in first or "\n" not in text[:error.pos]:
        return False
    try:
        return isinstance(_decoded(after), dict | list)
    except (json.JSONDecodeError, RecursionError):
        return False


def object_records(document: object, display: str) -> Iterator[RecordList | Item]:
    """A decoded document's records: an object's lists of objects, one list each, then its
    other keys as one record ``$``; anything else as one record ``1`` (JSON, and XML read
    as objects)."""
    if not isinstance(document, dict):
        yield from value_units(display, document, f"{display}#1", "1")
        return
    lists: list[tuple[str, list]] = []
    others = _without_record_lists(_rows_as_objects(document), "", lists, 0)
    for path, records in lists:
        yield RecordList(f"{path}[", f"{path}[", "]", itertools.starmap(
            ParsedLine, enumerate(records)))
    if others:
        yield from value_units(display, others, f"{display}#$", "$")


def _without_record_lists(node: dict, prefix: str, lists: list[tuple[str, list]], depth: int
                          ) -> dict:
    """``node`` without its lists of objects (an API's ``users``, an export's
    ``export.tickets``: objects in objects, a few levels), which go to ``lists`` with their
    key paths."""
    kept = {}
    for key, value in node.items():
        if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            lists.append((f"{prefix}{key}", value))
        elif isinstance(value, dict) and depth < _RECORD_LIST_DEPTH:
            inner = _without_record_lists(value, f"{prefix}{key}.", lists, depth + 1)
            if inner:
                kept[key] = inner
        else:
            kept[key] = value
    return kept


_RECORD_LIST_DEPTH = 3
_COLUMNS, _ROWS = ("columns", "fields", "header", "headers"), ("rows", "data", "values")


def _rows_as_objects(document: dict) -> dict:
    """A query result's rows under its column names (``{"columns": ["full_name", "tel"],
    "rows": [["佐藤 裕太", "080…"], …]}``, pandas' split orient): each row an object of its
    own, as a list of objects would be."""
    columns = next((document[k] for k in _COLUMNS if isinstance(document.get(k), list)), None)
    rows = next((k for k in _ROWS if isinstance(document.get(k), list)), None)
    if not columns or rows is None or not all(isinstance(c, str) for c in columns) \
            or not all(isinstance(r, list) and len(r) == len(columns) for r in document[rows]):
        return document
    objects = [dict(zip(columns, row, strict=True)) for row in document[rows]]
    return {**document, rows: objects} if objects else document


def array_records(head: str, handle: TextIO, display: str) -> Iterator[ParsedLine | Item]:
    """Each element of a top-level array (``head`` is the text read so far), numbered from 1;
    an element nested too deep to decode ends them: an error, and the rest of the file as
    text."""
    for index, element in enumerate(_array_elements(head, handle), 1):
        if isinstance(element, _TooDeep):
            yield ExtractError(display, f"array element {index} nested too deep to decode; "
                               "it and the rest of the file read as text")
            rest = iter(lambda: handle.read(READ_CHARS), "")
            yield from line_blocks(itertools.chain([element.text], rest), display,
                                   {"element": index})
            return
        yield ParsedLine(index, element)


def record_units(display: str, records: RecordList) -> Iterator[Item]:
    """Units of each decoded record of the list, and the items of what did not decode as they
    are."""
    for record, found in _named_leaves(records.records):
        if found is None:
            yield record
            continue
        number = f"{record.number}{records.suffix}"
        yield from leaf_units(display, found, f"{display}#{records.record_prefix}{number}",
                              f"{records.id_prefix}{number}")


LOOKAHEAD_RECORDS = 1024  # decoded records read ahead to tell a shape's columns


def _named_leaves(records: Iterable[ParsedLine | Item]
                  ) -> Iterator[tuple[ParsedLine | Item, list | None]]:
    """Each record and its leaves (None: no record), labelled as the table path labels the
    columns of records of one shape: a key of full names no detector knows is a 氏名
    (``names_by_values``, told by a shape's first records within a window read ahead)."""
    labels_of: dict[tuple, tuple] = {}
    iterator = iter(records)
    while True:
        window: list[ParsedLine | Item] = []
        try:
            window.extend(itertools.islice(iterator, LOOKAHEAD_RECORDS))
        except Exception:  # (a broken array: the records before it come out first)
            yield from _labelled(window, labels_of)
            raise
        if not window:
            return
        yield from _labelled(window, labels_of)


def _labelled(window: list[ParsedLine | Item], labels_of: dict[tuple, tuple]
              ) -> Iterator[tuple[ParsedLine | Item, list | None]]:
    """``_named_leaves`` of one window; ``labels_of`` the labels of the shapes told so far."""
    parsed: list[tuple[ParsedLine | Item, list | None, tuple]] = []
    rows: dict[tuple, list[list]] = {}
    for record in window:
        found = record.leaves() if record.__class__ is ParsedLine else None
        shape = () if found is None else tuple((p, label, o) for p, label, _, o in found)
        if found is not None and shape not in labels_of:
            rows.setdefault(shape, []).append([leaf for _, _, leaf, _ in found])
        parsed.append((record, found, shape))
    for shape, values in rows.items():
        labels_of[shape] = names_by_values(
            [unit_label(label, {"key": path}) for path, label, _ in shape], values)
    for record, found, shape in parsed:
        if found is not None:
            found = [(path, "氏名" if relabel == "氏名" else label, leaf, owner)
                     for (path, label, leaf, owner), relabel in zip(found, labels_of[shape],
                                                                     strict=True)]
        yield record, found


@dataclass(frozen=True)
class _TooDeep:
    """An array element too deeply nested to decode; `text` runs from it to the buffer end."""

    text: str


def _array_elements(buffer: str, handle: TextIO) -> Iterator[object]:
    """Elements of a top-level JSON array, decoded one at a time from a bounded buffer."""
    position = buffer.index("[") + 1
    eof = False
    while True:
        while not eof and len(buffer) - position < 64:
            more = handle.read(READ_CHARS)
            eof = not more
            buffer = buffer[position:] + more
            position = 0
        while position < len(buffer) and buffer[position] in _WHITESPACE:
            position += 1
        if position >= len(buffer):
            if eof:
                raise ValueError("JSON array not closed (truncated file?)")
            continue
        if buffer[position] == "]":
            return
        try:
            value, end = long_integers_kept(
                lambda decoder, text=buffer, at=position: decoder.raw_decode(text, at))
        except json.JSONDecodeError:
            value, end = None, -1
        except RecursionError:  # hostile nesting: the caller reads the rest as text
            yield _TooDeep(buffer[position:])
            return
        if end < 0 or (end >= len(buffer) and not eof):
            if eof:
                snippet = buffer[position : position + 80]
                raise ValueError(f"invalid JSON in array element: {snippet!r}")
            if len(buffer) - position > MAX_ELEMENT_CHARS:
                raise ValueError(f"array element larger than {MAX_ELEMENT_CHARS:,} characters")
            more = handle.read(READ_CHARS)
            eof = not more
            buffer = buffer[position:] + more
            position = 0
            continue
        yield value
        position = end


class ParsedLine(NamedTuple):
    """A record that decoded (a line of JSON Lines, an element of an array): its number (from
    1), its value, and its text where orjson decoded it (else None: json did)."""

    number: int
    value: object
    text: str | None = None

    def leaves(self) -> list[tuple[str, str | None, object, str]]:
        """``leaves`` of the value as ``json.loads`` makes it (see ``inexact``)."""
        found = list(leaves(self.value))
        if self.text is not None and inexact(leaf for _, _, leaf, _ in found):
            found = list(leaves(long_integers_kept(lambda decoder: decoder.decode(self.text))))
        return found


def inexact(values: Iterable[object]) -> bool:
    """Whether a value orjson decoded may hold an integer past 64 bits, which it makes a float
    (json keeps every digit): a float that large."""
    return any(v.__class__ is float and abs(v) >= ORJSON_INTEGERS for v in values)


ORJSON_INTEGERS = float(1 << 63)  # orjson decodes integers in [-2**63, 2**64) exactly


def extract_json_lines(path: Path, display: str, ctx: Context) -> Iterator[Item]:
    handle = _open(path)
    if handle is None:
        yield from extract_strings(path, display, ctx)
        return
    with handle:
        yield from record_units(display, RecordList("line", "", "", json_lines(handle, display)))


def json_lines(handle: TextIO, display: str) -> Iterator[ParsedLine | Item]:
    """Each line's value; for a line that does not decode, an error and the line as text
    (an over-long one in pieces)."""
    errors = 0
    number = 0
    while line := handle.readline(MAX_ELEMENT_CHARS):
        number += 1
        if len(line) == MAX_ELEMENT_CHARS and not line.endswith("\n"):
            yield ExtractError(display, f"line {number}: longer than {MAX_ELEMENT_CHARS:,} "
                               "characters; read as text")
            yield from long_line(handle, line, display, number, MAX_ELEMENT_CHARS)
            continue
        if not line.strip():
            continue
        try:
            value = _decoded(line)
        except (json.JSONDecodeError, RecursionError) as error:
            errors += 1
            why = error.msg if isinstance(error, json.JSONDecodeError) else "nested too deep"
            if errors < MAX_LINE_ERRORS:
                yield ExtractError(display, f"line {number}: invalid JSON ({why}); read as text")
            elif errors == MAX_LINE_ERRORS:
                yield ExtractError(display, f"{errors} invalid lines; later ones are read as "
                                   "text without an error each")
            yield TextUnit(line, display, {"line": number})
            continue
        yield ParsedLine(number, value, line)


def _decoded(line: str) -> object:
    """``json.loads(line)`` but for integers past 64 bits (``inexact``), 3x faster: orjson
    where it can (it refuses NaN, lone surrogates, deep nesting: json decides those)."""
    try:
        return orjson.loads(line)
    except orjson.JSONDecodeError:
        return long_integers_kept(lambda decoder: decoder.decode(line))


