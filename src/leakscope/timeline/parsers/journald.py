"""systemd journal exported with ``journalctl -o json`` (one JSON object a line)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from leakscope.timeline.jsonrecords import first_object, iter_records
from leakscope.timeline.parsers.syslog import linux_event
from leakscope.timeline.records import events_from
from leakscope.timeline.schema import Event, ParseError
from leakscope.timeline.textio import decode_line
from leakscope.timeline.timefmt import iso

NAME = "journald"


def sniff(head: bytes, path: Path) -> bool:
    record = first_object(head)
    return bool(record) and "__REALTIME_TIMESTAMP" in record  # type: ignore[operator]


def _text(value: Any) -> str:
    if isinstance(value, list):  # journald writes non-UTF-8 messages as byte arrays
        return decode_line(bytes(v for v in value if isinstance(v, int) and 0 <= v < 256))[0]
    return "" if value is None else str(value)


def journal_event(record: dict[str, Any], dataset: str) -> Event:
    program = _text(record.get("SYSLOG_IDENTIFIER") or record.get("_COMM") or "unknown")
    message = _text(record.get("MESSAGE"))
    raw = {k: _text(v) if isinstance(v, list) else v for k, v in record.items()}
    event = linux_event(program, message, dataset, raw)
    try:
        micros = int(record["__REALTIME_TIMESTAMP"])
        stamp = iso(datetime.fromtimestamp(micros / 1_000_000, UTC))
    except (KeyError, ValueError, TypeError, OverflowError):
        stamp = None
    event.update({"@timestamp": stamp, "host.name": record.get("_HOSTNAME"),
                  "process.pid": record.get("_PID") or record.get("SYSLOG_PID")})
    return event


def parse(path: Path, display: str, **_: Any) -> Iterator[Event | ParseError]:
    dataset = "auth" if "auth" in Path(display).name.lower() else "journal"
    yield from events_from(iter_records(path, display), display,
                           lambda record: journal_event(record, dataset))
