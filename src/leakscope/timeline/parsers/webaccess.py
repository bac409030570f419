"""Apache / Nginx access logs, common and combined, also with each line wrapped in quotes."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from leakscope.timeline.parsers.web_fields import web_event
from leakscope.timeline.schema import Event, ParseError
from leakscope.timeline.textio import head_text, iter_lines
from leakscope.timeline.timefmt import parse_clf

NAME = "access-log"
_Q = r'"((?:[^"\\]|\\.)*)"'
ACCESS = re.compile(
    r"^(?:(?P<vhost>\S+:\d+) )?(?P<client>\S+) (?P<ident>\S+) (?P<user>\S+|\"[^\"]*\") "
    r"\[(?P<time>[^\]]+)\] " + _Q.replace("(", "(?P<request>", 1)
    + r" (?P<status>\d{3}|-) (?P<size>\d+|-)"
    + r"(?: " + _Q.replace("(", "(?P<referer>", 1) + " " + _Q.replace("(", "(?P<agent>", 1)
    + r")?(?P<rest>.*)$")


def unwrap(text: str) -> str:
    """A line exported wrapped in quotes (``"1.2.3.4 - - [...] \\"GET / ...\\" 200 5"``)."""
    text = text.strip()
    if len(text) > 1 and text[0] == '"' and text[-1] == '"' and not ACCESS.match(text):
        inner = text[1:-1]
        return inner.replace('\\"', '"') if '\\"' in inner else inner.replace('""', '"')
    return text


def sniff(head: bytes, path: Path) -> bool:
    lines = [line for line in head_text(head).splitlines()[:20] if line.strip()][:10]
    hits = sum(1 for line in lines if ACCESS.match(unwrap(line)))
    return bool(lines) and hits * 2 > len(lines)


def _unescape(value: str | None) -> str | None:
    if value is None or value == "-":
        return None
    return value.replace('\\"', '"').replace("\\\\", "\\")


def parse(path: Path, display: str, **_: Any) -> Iterator[Event | ParseError]:
    module = "nginx" if "nginx" in display.lower() else "apache"
    for line in iter_lines(path):
        if not line.text.strip():
            continue
        m = ACCESS.match(unwrap(line.text)) if not line.too_long else None
        if m is None:
            why = "line too long" if line.too_long else "not an access-log line"
            yield ParseError(display, f"line {line.number}: {why}", line.number)
            continue
        request = _unescape(m["request"]) or ""
        parts = request.split(" ")
        method, uri, version = ([*parts, None, None])[:3] if len(parts) <= 3 else (
            parts[0], " ".join(parts[1:-1]), parts[-1])
        if method and uri is None:  # "-" or a garbage request such as a TLS handshake
            method, uri = None, request
        user = m["user"].strip('"')
        vhost = m["vhost"].rsplit(":", 1)[0] if m["vhost"] else None
        event = web_event(
            module=module, stamp=parse_clf(m["time"]), client=m["client"],
            user=None if user == "-" else user, method=method, uri=uri, status=m["status"],
            size=m["size"], agent=_unescape(m["agent"]), referer=_unescape(m["referer"]),
            version=version, host=vhost, raw={"request": request, "time": m["time"]})
        event["message"] = line.text
        event["leakscope.provenance.record"] = line.number
        event["leakscope.provenance.offset"] = line.offset
        yield event
