"""IIS W3C extended logs: the ``#Fields:`` directive names the columns (it may change mid-file)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from leakscope.timeline.parsers.web_fields import web_event
from leakscope.timeline.schema import Event, ParseError
from leakscope.timeline.textio import head_text, iter_lines
from leakscope.timeline.timefmt import parse_iso

NAME = "iis-w3c"
_ALIASES = {"cs(User-Agent)": "cs-user-agent", "cs(Referer)": "cs-referer",
            "cs(Cookie)": "cs-cookie", "cs(Host)": "cs-host"}


def sniff(head: bytes, path: Path) -> bool:
    text = head_text(head)
    return "#Fields:" in text[:8192] and "Exchange" not in text[:2048] and any(
        name in text for name in ("cs-uri-stem", "cs-method", "sc-status"))


def parse(path: Path, display: str, **_: Any) -> Iterator[Event | ParseError]:
    fields: list[str] | None = None
    for line in iter_lines(path):
        text = line.text
        if not text.strip():
            continue
        if text.startswith("#"):
            if text.startswith("#Fields:"):
                fields = text[len("#Fields:"):].split()
            continue
        values = text.split(" ")
        if fields is None or len(values) != len(fields):
            yield ParseError(display, f"line {line.number}: {len(values)} values for "
                             f"{len(fields or [])} #Fields columns", line.number)
            continue
        raw: dict[str, Any] = {}
        for name, value in zip(fields, values, strict=True):
            value_or_none = None if value == "-" else value
            if value_or_none and name.startswith("cs("):  # IIS writes spaces as '+'
                value_or_none = value_or_none.replace("+", " ")
            raw[name] = value_or_none
        for name, alias in _ALIASES.items():
            if name in raw:
                raw[alias] = raw[name]
        stamp = parse_iso(f"{raw.get('date')}T{raw.get('time')}Z") if raw.get("date") else None
        stem, query = raw.get("cs-uri-stem"), raw.get("cs-uri-query")
        event = web_event(
            module="iis", stamp=stamp, client=raw.get("c-ip"), user=raw.get("cs-username"),
            method=raw.get("cs-method"), uri=f"{stem}?{query}" if query else stem,
            status=raw.get("sc-status"), size=raw.get("sc-bytes"),
            agent=raw.get("cs-user-agent"), referer=raw.get("cs-referer"),
            version=raw.get("cs-version"), host=raw.get("s-computername") or raw.get("cs-host"),
            raw=raw)
        event["destination.ip"] = raw.get("s-ip")
        event["destination.port"] = raw.get("s-port")
        event["message"] = text
        event["leakscope.provenance.record"] = line.number
        event["leakscope.provenance.offset"] = line.offset
        yield event
