"""Windows events exported as JSON (evtx_dump, Get-WinEvent | ConvertTo-Json) or XML.

XML (wevtutil ``/f:xml``, Event Viewer "Save as XML") is read with defusedxml's streaming
iterparse, one ``<Event>`` at a time.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import Element
from xml.etree.ElementTree import ParseError as XmlError

from defusedxml.ElementTree import iterparse

from leakscope.timeline.jsonrecords import first_object, iter_records
from leakscope.timeline.parsers.evtx import data_key, flatten_record
from leakscope.timeline.parsers.windows_map import windows_event
from leakscope.timeline.records import events_from
from leakscope.timeline.schema import (
    PROV_PATH,
    PROV_RECORD,
    PROV_SHA,
    Event,
    ParseError,
)
from leakscope.timeline.textio import head_text, open_binary, read_head

NAME = "evtx-export"
NORMALIZED = True  # events come out of windows_event() complete and typed
_XML_EVENT = re.compile(r"<Event[\s>]")
_PS_DATE = re.compile(r"/Date\((-?\d+)\)/")


def sniff(head: bytes, path: Path) -> bool:
    text = head_text(head).lstrip()
    if text.startswith("<"):
        return bool(_XML_EVENT.search(text[:4096])) and "schemas.microsoft.com/win/2004/08/events" \
            in text[:8192]
    record = first_object(head)
    if not record:
        return False
    return ("Event" in record and isinstance(record["Event"], dict) and "System" in record[
        "Event"]) or {"Id", "ProviderName", "TimeCreated", "RecordId"} <= record.keys()


def _from_powershell(record: dict[str, Any]) -> dict[str, Any]:
    """Get-WinEvent objects: named fields only (Properties are positional, kept as Data)."""
    created = record.get("TimeCreated")
    if isinstance(created, str) and (match := _PS_DATE.search(created)):
        created = datetime.fromtimestamp(int(match.group(1)) / 1000, UTC).isoformat()
    raw = {
        "EventID": record.get("Id"), "Channel": record.get("LogName"),
        "Provider_Name": record.get("ProviderName"), "Computer": record.get("MachineName"),
        "EventRecordID": record.get("RecordId"), "TimeCreated": created,
        "Level": record.get("Level"), "Task": record.get("Task"),
        "Keywords": record.get("Keywords"), "Message": record.get("Message"),
    }
    props = record.get("Properties")
    if isinstance(props, list):
        raw["Data"] = [p.get("Value") if isinstance(p, dict) else p for p in props]
    return raw


def _strip(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def flatten_xml(event: Element) -> dict[str, Any]:
    """One ``<Event>`` element -> the same flat dict the binary parser builds (System fields
    win over data fields of the same name, which become ``<Section>_<name>``)."""
    raw: dict[str, Any] = {}
    system: frozenset[str] = frozenset()
    for section in event:
        name = _strip(section.tag)
        if name == "System":
            for item in section:
                key = _strip(item.tag)
                if key == "TimeCreated":
                    raw["TimeCreated"] = item.get("SystemTime")
                elif item.attrib and not (item.text or "").strip():
                    for attr, value in item.attrib.items():
                        raw[f"{key}_{attr}"] = value
                else:
                    raw[key] = (item.text or "").strip() or None
            system = frozenset(raw)
        elif name == "EventData":
            unnamed = []
            for item in section:
                if item.get("Name"):
                    raw[data_key(system, item.get("Name"), name)] = item.text
                else:
                    unnamed.append(item.text)
            if unnamed:
                raw["Data"] = unnamed
        elif name == "UserData":
            for inner in section:
                for item in inner:
                    raw[data_key(system, _strip(item.tag), name)] = item.text
        elif name == "RenderingInfo":
            message = next((c.text for c in section if _strip(c.tag) == "Message"), None)
            raw["Message"] = message
    return raw


def _record_id(event: Event, fallback: int | None) -> int | None:
    try:
        return int(event["leakscope.raw"].get("EventRecordID"))
    except (TypeError, ValueError):
        return fallback


def _provenance(event: Event, record: int, display: str, sha: str | None) -> Event:
    event[PROV_RECORD] = record
    event[PROV_PATH] = display
    event[PROV_SHA] = sha
    return event


def _parse_xml(path: Path, display: str, sha: str | None) -> Iterator[Event | ParseError]:
    count = 0
    with open_binary(path) as handle:
        try:
            for _, element in iterparse(handle, events=("end",)):
                if _strip(element.tag) != "Event":
                    continue
                count += 1
                event = windows_event(flatten_xml(element))
                element.clear()
                yield _provenance(event, _record_id(event, count), display, sha)
        except XmlError as exc:
            yield ParseError(display, f"XML broken after {count} events: {exc}", count + 1)


def parse(path: Path, display: str, *, evidence_sha256: str | None = None,
          **_: Any) -> Iterator[Event | ParseError]:
    if head_text(read_head(path, 64)).lstrip().startswith("<"):
        yield from _parse_xml(path, display, evidence_sha256)
        return

    def to_event(record: dict[str, Any]) -> Event:
        raw = flatten_record(record) if "Event" in record else _from_powershell(record)
        event = windows_event(raw)
        return _provenance(event, _record_id(event, None), display, evidence_sha256)

    yield from events_from(iter_records(path, display), display, to_event)
