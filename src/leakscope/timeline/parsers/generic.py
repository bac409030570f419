"""Any CSV or JSON Lines log, read through a YAML field-mapping file the examiner writes.

Example mapping::

    format: csv                 # csv | jsonl (default: from the file's first character)
    dataset: shop.orders
    logsource: {product: shop, service: admin}
    timestamp: {field: time, format: "%Y/%m/%d %H:%M:%S", timezone: Asia/Tokyo}
    fields:                     # ECS name: source column (dotted for nested JSON)
      user.name: login_id
      source.ip: client
      event.action: operation
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, tzinfo
from pathlib import Path
from typing import Any

import yaml

from leakscope.timeline.csvrecords import iter_rows
from leakscope.timeline.jsonrecords import flatten, iter_records
from leakscope.timeline.records import events_from
from leakscope.timeline.schema import INT_FIELDS, RAW, STR_FIELDS, Event, ParseError
from leakscope.timeline.textio import head_text, read_head
from leakscope.timeline.timefmt import iso, parse_iso, zone

NAME = "generic"
_ALLOWED = set(STR_FIELDS) | set(INT_FIELDS)


class MappingError(ValueError):
    """The field-mapping file is unusable; the message says which key and why."""


def load_mapping(path: Path | str) -> dict[str, Any]:
    """Read and check a mapping file (safe YAML; unknown ECS names are refused)."""
    try:
        mapping = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise MappingError(f"{path}: cannot read mapping: {exc}") from exc
    if not isinstance(mapping, dict) or not isinstance(mapping.get("fields"), dict):
        raise MappingError(f"{path}: mapping needs a 'fields:' table (ECS name: column)")
    unknown = sorted(set(mapping["fields"]) - _ALLOWED)
    if unknown:
        raise MappingError(f"{path}: unknown ECS field(s) {', '.join(unknown)}")
    if mapping.get("format", "csv") not in ("csv", "jsonl", "json"):
        raise MappingError(f"{path}: format must be csv or jsonl")
    return mapping


def sniff(head: bytes, path: Path) -> bool:
    return False  # never guessed: only used when a mapping file is given


def _stamp(value: Any, spec: dict[str, Any], tz: tzinfo) -> str | None:
    if value in (None, ""):
        return None
    if isinstance(value, int | float):
        seconds = value / 1000 if value > 1e11 else value
        return iso(datetime.fromtimestamp(seconds, tz))
    fmt = spec.get("format")
    if not fmt:
        return parse_iso(str(value), tz)
    try:
        parsed = datetime.strptime(str(value), fmt)
    except ValueError:
        return None
    return iso(parsed if parsed.tzinfo else parsed.replace(tzinfo=tz))


def parse(path: Path, display: str, *, mapping: Path | str | dict[str, Any] | None = None,
          tz: tzinfo | None = None, **_: Any) -> Iterator[Event | ParseError]:
    try:
        spec = mapping if isinstance(mapping, dict) else load_mapping(mapping or "")
    except MappingError as exc:
        yield ParseError(display, str(exc))
        return
    time_spec = spec.get("timestamp") or {}
    if isinstance(time_spec, str):
        time_spec = {"field": time_spec}
    zone_info = zone(time_spec["timezone"]) if time_spec.get("timezone") else tz
    fmt = spec.get("format") or ("jsonl" if head_text(read_head(path, 256)).lstrip()[:1] in
                                 "[{" else "csv")
    logsource = spec.get("logsource") or {}
    rows = iter_rows(path, display) if fmt == "csv" else iter_records(path, display)

    def to_event(record: dict[str, Any]) -> Event:
        raw = flatten(record) if fmt != "csv" else record
        event: Event = {ecs: raw.get(column) for ecs, column in spec["fields"].items()}
        event["@timestamp"] = _stamp(raw.get(time_spec.get("field", "@timestamp")), time_spec,
                                     zone_info or zone(None))
        event.update({
            "event.module": spec.get("module", "generic"),
            "event.dataset": spec.get("dataset"),
            "leakscope.logsource.product": logsource.get("product"),
            "leakscope.logsource.service": logsource.get("service"),
            "leakscope.logsource.category": logsource.get("category"),
            RAW: raw,
        })
        return event

    yield from events_from(rows, display, to_event)
