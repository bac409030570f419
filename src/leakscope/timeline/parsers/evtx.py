"""Windows EVTX via the Rust `evtx` parser, with recovery from truncated and corrupt chunks.

A damaged chunk costs only its own records: the Rust iterator raises for that chunk and goes
on; a file cut short (a copy that stopped, a disk image carve) is padded with zeros to the next
chunk boundary in a read-only wrapper so the records before the cut are still read.
"""

from __future__ import annotations

import os
import struct
from collections.abc import Callable, Container, Iterator
from pathlib import Path
from typing import Any

import orjson
from evtx import PyEvtxParser

from leakscope.timeline.parsers.windows_map import windows_event
from leakscope.timeline.schema import PROV_PATH, PROV_RECORD, PROV_SHA, Event, ParseError

NAME = "evtx"
NORMALIZED = True  # events come out of windows_event() complete and typed
MAGIC = b"ElfFile\x00"
HEADER_SIZE = 4096
CHUNK_SIZE = 65536


def sniff(head: bytes, path: Path) -> bool:
    return head.startswith(MAGIC)


class _FileView:
    """Read-only view of the file for the Rust parser: reads as zeros past EOF up to `size`
    (a truncated file padded to its chunk boundary) and reports bytes read (progress)."""

    def __init__(self, path: Path, size: int | None,
                 on_read: Callable[[int], None] | None = None) -> None:
        self._handle = open(path, "rb")  # noqa: SIM115 - closed by close()
        self._real = os.fstat(self._handle.fileno()).st_size
        self._size = size or self._real
        self._pos = 0
        self._on_read = on_read

    def read(self, n: int = -1) -> bytes:
        if n is None or n < 0:
            n = self._size - self._pos
        n = max(0, min(n, self._size - self._pos))
        self._handle.seek(min(self._pos, self._real))
        data = self._handle.read(min(n, max(0, self._real - self._pos)))
        data += b"\x00" * (n - len(data))
        self._pos += n
        if self._on_read is not None:
            self._on_read(n)
        return data

    def seek(self, offset: int, whence: int = 0) -> int:
        base = {0: 0, 1: self._pos, 2: self._size}[whence]
        self._pos = base + offset
        return self._pos

    def tell(self) -> int:
        return self._pos

    def close(self) -> None:
        self._handle.close()


def _damage(path: Path, display: str) -> tuple[int | None, ParseError | None]:
    """Padded size when the file ends inside a chunk, with the error that says so."""
    size = path.stat().st_size
    with open(path, "rb") as handle:
        header = handle.read(128)
    if len(header) < 128:
        return None, ParseError(display, f"EVTX header truncated ({size} bytes)")
    chunk_count = struct.unpack_from("<H", header, 42)[0]
    body = size - HEADER_SIZE
    if body % CHUNK_SIZE == 0 and body >= chunk_count * CHUNK_SIZE:
        return None, None
    padded = HEADER_SIZE + (body // CHUNK_SIZE + (1 if body % CHUNK_SIZE else 0)) * CHUNK_SIZE
    if body >= chunk_count * CHUNK_SIZE:  # a stale header count: the cut is what matters
        return padded, ParseError(
            display, f"EVTX truncated: {size} bytes ends inside chunk {body // CHUNK_SIZE + 1} "
            "(not a whole number of 64 KiB chunks); records after the cut are lost")
    return padded, ParseError(
        display, f"EVTX truncated: {size} bytes, header declares {chunk_count} chunks "
        f"({HEADER_SIZE + chunk_count * CHUNK_SIZE} bytes); records after the cut are lost")


_SYSTEM_NESTED = ("Provider", "EventID", "TimeCreated", "Correlation", "Execution", "Security")


def flatten_record(data: dict[str, Any]) -> dict[str, Any]:
    """evtx-rs JSON -> one flat dict with Windows' own field names (what Sigma rules use).

    System elements with attributes become ``Element_Attribute`` (``Provider_Name``,
    ``Execution_ProcessID``); EventData / UserData fields keep their names, except one that
    would overwrite a System field: System wins and the data value is kept as
    ``<Section>_<name>`` (event 104 names the *cleared* log in ``UserData_Channel``; its
    ``Channel`` stays System).  The System dict of `data` (freshly decoded, owned by the
    caller) is reused as the result.
    """
    event = data.get("Event") or {}
    raw = event.get("System")
    if raw.__class__ is not dict:
        raw = {}
    for key in _SYSTEM_NESTED:
        value = raw.get(key, 0)
        if value.__class__ is dict:
            del raw[key]
            if "#text" in value:  # <EventID Qualifiers="...">4624</EventID>
                raw[key] = value["#text"]
            elif (attrs := value.get("#attributes")) is not None:
                if key == "TimeCreated":
                    raw[key] = attrs.get("SystemTime")
                else:
                    for attr, attr_value in attrs.items():
                        raw[f"{key}_{attr}"] = attr_value
        elif value is None:
            del raw[key]
    _add_data(raw, event.get("EventData"), "EventData")
    user_data = event.get("UserData")
    if user_data.__class__ is dict:
        for inner in user_data.values():
            _add_data(raw, inner, "UserData")
    return raw


def data_key(taken: Container[str], key: str, section: str) -> str:
    """Where a data field goes in the flat record: its own name, unless an earlier field
    (System, which always comes first) has it."""
    return f"{section}_{key}" if key in taken else key


def _add_data(raw: dict[str, Any], data: Any, section: str) -> None:
    if data.__class__ is not dict:
        return
    nested = dict in map(type, data.values())  # rare: <Data> with attributes, nested elements
    if nested or not raw.keys().isdisjoint(data):
        taken = set(raw)
        for key, value in data.items():
            if key != "#attributes":
                if value.__class__ is dict:
                    value = value.get("#text", value)
                raw[data_key(taken, key, section)] = value
    else:
        raw.update(data)
        raw.pop("#attributes", None)


def parse(path: Path, display: str, *, evidence_sha256: str | None = None,
          on_read: Callable[[int], None] | None = None,
          **_: Any) -> Iterator[Event | ParseError]:
    padded, damage = _damage(path, display)
    if damage is not None and padded is None:
        yield damage
        return
    view = padded is not None or on_read is not None
    source: Any = _FileView(path, padded, on_read) if view else str(path)
    try:
        records = PyEvtxParser(source, number_of_threads=1).records_json()
        last_id = None
        while True:  # the Rust iterator raises for a bad chunk, then goes on with the next
            try:
                for record in records:
                    last_id = record["event_record_id"]
                    try:
                        raw = flatten_record(orjson.loads(record["data"]))
                    except orjson.JSONDecodeError as exc:
                        yield ParseError(display, f"EVTX record not valid JSON: {exc}", last_id)
                        continue
                    event = windows_event(raw)
                    event[PROV_RECORD] = last_id
                    event[PROV_SHA] = evidence_sha256
                    event[PROV_PATH] = display
                    yield event
                break
            except (RuntimeError, OSError, ValueError) as exc:
                where = f" (after record {last_id})" if last_id is not None else ""
                yield ParseError(display, f"EVTX chunk unreadable{where}: {exc}", last_id)
    except (RuntimeError, OSError) as exc:
        yield ParseError(display, f"EVTX unreadable: {exc}")
    finally:
        if isinstance(source, _FileView):
            source.close()
    if damage is not None:
        yield damage
