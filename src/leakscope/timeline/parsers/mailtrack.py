"""Exchange message tracking: the server's W3C-CSV log files and Get-MessageTrackingLog CSV."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from leakscope.timeline.csvrecords import csv_header, iter_rows
from leakscope.timeline.records import events_from
from leakscope.timeline.schema import RAW, Event, ParseError
from leakscope.timeline.textio import head_text, iter_lines, read_head
from leakscope.timeline.timefmt import parse_iso

NAME = "exchange-tracking"
# Get-MessageTrackingLog | Export-Csv column -> the log file's field name.
_CMDLET = {
    "Timestamp": "date-time", "ClientIp": "client-ip", "ClientHostname": "client-hostname",
    "ServerIp": "server-ip", "ServerHostname": "server-hostname", "EventId": "event-id",
    "Source": "source", "MessageId": "message-id", "Recipients": "recipient-address",
    "RecipientStatus": "recipient-status", "TotalBytes": "total-bytes",
    "MessageSubject": "message-subject", "Sender": "sender-address",
    "ReturnPath": "return-path", "Directionality": "directionality",
    "OriginalClientIp": "original-client-ip", "ConnectorId": "connector-id",
}


def sniff(head: bytes, path: Path) -> bool:
    text = head_text(head)[:4096]
    if "#Fields:" in text and ("Message Tracking" in text or "message-id" in text):
        return True
    header = set(csv_header(head))
    return {"EventId", "Sender", "Recipients"} <= header


def tracking_event(raw: dict[str, Any]) -> Event:
    action = (raw.get("event-id") or "").upper() or None
    recipients = raw.get("recipient-address")
    return {
        "@timestamp": parse_iso(raw.get("date-time")),
        "event.action": action,
        "event.outcome": "failure" if action in ("FAIL", "DSN", "DEFER") else "success",
        "event.category": "email",
        "event.module": "exchange",
        "event.dataset": "exchange.message_tracking",
        "event.provider": raw.get("source"),
        "host.name": raw.get("server-hostname"),
        "source.ip": raw.get("original-client-ip") or raw.get("client-ip"),
        "destination.ip": raw.get("server-ip"),
        "email.from.address": (raw.get("sender-address") or "").lower() or None,
        "email.to.address": (recipients or "").replace(" ", "").lower() or None,
        "email.subject": raw.get("message-subject"),
        "leakscope.logsource.product": "exchange",
        "leakscope.logsource.service": "message_tracking",
        RAW: raw,
    }


def _log_file(path: Path, display: str) -> Iterator[Event | ParseError]:

    fields: list[str] | None = None
    for line in iter_lines(path):
        if line.text.startswith("#"):
            if line.text.startswith("#Fields:"):
                fields = [f.strip() for f in line.text[len("#Fields:"):].split(",")]
            continue
        if not line.text.strip():
            continue
        try:
            values = next(csv.reader([line.text]))
        except csv.Error as exc:
            yield ParseError(display, f"line {line.number}: {exc}", line.number)
            continue
        if fields is None or len(values) != len(fields):
            yield ParseError(display, f"line {line.number}: {len(values)} values for "
                             f"{len(fields or [])} #Fields columns", line.number)
            continue
        event = tracking_event({k: v or None for k, v in zip(fields, values, strict=True)})
        event["leakscope.provenance.record"] = line.number
        event["leakscope.provenance.offset"] = line.offset
        yield event


def parse(path: Path, display: str, **_: Any) -> Iterator[Event | ParseError]:
    if "#Fields:" in head_text(read_head(path, 4096)):
        yield from _log_file(path, display)
        return
    yield from events_from(iter_rows(path, display), display, lambda row: tracking_event(
        {_CMDLET.get(k, k): v or None for k, v in row.items()}))
