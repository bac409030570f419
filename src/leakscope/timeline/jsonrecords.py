"""Records out of JSON logs in any of their shapes, streamed where the shape allows it.

Shapes: JSON Lines (one object a line), one top-level array (streamed element by element, so a
multi-GB array never sits in memory), or one object that wraps the records under a key
(``Records`` for CloudTrail, ``value`` for Microsoft Graph), or a single record.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson

from leakscope.timeline.schema import ParseError
from leakscope.timeline.textio import (
    MAX_LINE_BYTES,
    head_text,
    iter_lines,
    open_binary,
    read_head,
)

WRAPPER_KEYS = ("Records", "records", "value", "events", "Events")
_WRAPPED_ARRAY = re.compile(r'\{\s*"(?:' + "|".join(WRAPPER_KEYS) + r')"\s*:\s*\[')
MAX_DOCUMENT_BYTES = 512 * 1024 * 1024
_READ_CHUNK = 1024 * 1024


def first_object(head: bytes) -> dict[str, Any] | None:
    """The first JSON object of a sniffing buffer (whole, or the first line / array element)."""
    text = head_text(head).lstrip()
    if text.startswith("["):
        text = text[1:].lstrip()
    if not text.startswith("{"):
        return None
    try:
        value, _ = json.JSONDecoder().raw_decode(text)
    except ValueError:
        return _partial_wrapper(text)
    if isinstance(value, dict):
        for key in WRAPPER_KEYS:
            inner = value.get(key)
            if isinstance(inner, list):
                return inner[0] if inner and isinstance(inner[0], dict) else {}
        return value
    return None


def _partial_wrapper(text: str) -> dict[str, Any] | None:
    """`{"Records": [ {...` cut by the sniffing buffer: decode the first record alone."""
    for key in WRAPPER_KEYS:
        marker = text.find(f'"{key}"')
        if marker != -1 and marker < 64:
            start = text.find("{", marker)
            try:
                value, _ = json.JSONDecoder().raw_decode(text[start:])
            except ValueError:
                return None
            return value if isinstance(value, dict) else None
    return None


def iter_records(path: Path, display: str) -> Iterator[tuple[dict[str, Any], int, int | None]
                                                      | ParseError]:
    """Yield (record, record number, byte offset or None) or a ParseError per bad record."""
    text = head_text(read_head(path, 4096)).lstrip()
    if text.startswith("[") or _WRAPPED_ARRAY.match(text):
        yield from _iter_array(path, display)
        return
    lines = iter_lines(path)
    first = next((line for line in lines if line.text.strip()), None)
    if first is None:
        return
    try:
        value = orjson.loads(first.text)
        is_lines = isinstance(value, dict)
    except orjson.JSONDecodeError:
        is_lines = False
    if not is_lines:
        lines.close()
        yield from _iter_document(path, display)
        return
    yield from _unwrap(value, first.number, first.offset)
    for line in lines:
        if not line.text.strip():
            continue
        if line.too_long:
            yield ParseError(display, f"line {line.number}: longer than {MAX_LINE_BYTES} bytes",
                             line.number)
            continue
        try:
            value = orjson.loads(line.text)
        except orjson.JSONDecodeError as exc:
            yield ParseError(display, f"line {line.number}: not JSON ({exc})", line.number)
            continue
        yield from _unwrap(value, line.number, line.offset)


def _unwrap(value: Any, number: int, offset: int | None
            ) -> Iterator[tuple[dict[str, Any], int, int | None]]:
    if isinstance(value, dict):
        for key in WRAPPER_KEYS:
            inner = value.get(key)
            if isinstance(inner, list):
                for index, item in enumerate(inner, start=1):
                    if isinstance(item, dict):
                        yield item, index if offset is None else number, offset
                return
        yield value, number, offset


def _iter_document(path: Path, display: str
                   ) -> Iterator[tuple[dict[str, Any], int, int | None] | ParseError]:
    with open_binary(path) as handle:  # the limit counts inflated bytes (.gz)
        data = handle.read(MAX_DOCUMENT_BYTES + 1)
    if len(data) > MAX_DOCUMENT_BYTES:
        yield ParseError(display, f"JSON document larger than {MAX_DOCUMENT_BYTES} bytes "
                         "and not an array or JSON Lines; not loaded")
        return
    try:
        value = orjson.loads(data.decode("utf-8-sig", errors="replace"))
    except orjson.JSONDecodeError as exc:
        yield ParseError(display, f"not valid JSON: {exc}")
        return
    if isinstance(value, list):
        for index, item in enumerate(value, start=1):
            if isinstance(item, dict):
                yield item, index, None
        return
    for item, index, _ in _unwrap(value, 1, None):
        yield item, index, None


def _iter_array(path: Path, display: str
                ) -> Iterator[tuple[dict[str, Any], int, int | None] | ParseError]:
    """Stream the elements of a top-level JSON array, or of the array a wrapper object opens
    with (``{"Records": [...]}``, often one multi-MB line), with bounded memory."""
    decoder = json.JSONDecoder()
    with open_binary(path) as raw:
        handle = io.TextIOWrapper(raw, encoding="utf-8-sig", errors="replace")
        buffer, pos, index, eof = "", 0, 0, False
        skip = " \r\n\t,"

        def refill() -> None:
            nonlocal buffer, pos, eof
            chunk = handle.read(_READ_CHUNK)
            eof = not chunk
            buffer = buffer[pos:] + chunk
            pos = 0

        refill()
        buffer = buffer.lstrip().lstrip("\ufeff")
        wrapped = _WRAPPED_ARRAY.match(buffer)
        if not buffer.startswith("[") and not wrapped:
            yield ParseError(display, "expected a JSON array")
            return
        pos = wrapped.end() if wrapped else 1
        while True:
            while pos < len(buffer) and buffer[pos] in skip:
                pos += 1
            if pos >= len(buffer):
                if eof:
                    yield ParseError(display, "JSON array not closed (file truncated?)", index)
                    return
                refill()
                continue
            if buffer[pos] == "]":
                return
            try:
                value, end = decoder.raw_decode(buffer, pos)
            except ValueError as exc:
                if eof:
                    yield ParseError(display, f"element {index + 1}: invalid JSON "
                                     f"({exc.args[0]}); file truncated?", index + 1)
                    return
                if len(buffer) - pos > MAX_DOCUMENT_BYTES:
                    yield ParseError(display, "JSON array element too large", index + 1)
                    return
                refill()
                continue
            index += 1
            pos = end
            if isinstance(value, dict):
                yield value, index, None


def flatten(value: dict[str, Any], prefix: str = "", out: dict[str, Any] | None = None
            ) -> dict[str, Any]:
    """Nested dicts -> one level with dotted keys (``userIdentity.arn``); lists kept whole."""
    out = {} if out is None else out
    for key, item in value.items():
        name = f"{prefix}{key}"
        if isinstance(item, dict) and item:
            flatten(item, name + ".", out)
        else:
            out[name] = item
    return out
