"""Linux syslog text: auth.log / secure / messages / mail.log in RFC 3164, ISO and RFC 5424.

RFC 3164 stamps carry no year and no zone: the year is guessed from the file's mtime (see
:class:`~leakscope.timeline.timefmt.YearGuesser`) and the zone is the case's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import Any

from leakscope.timeline.parsers.linux_auth import AUTH_PROGRAMS, auth_fields
from leakscope.timeline.parsers.postfix import postfix_fields
from leakscope.timeline.schema import RAW, Event, ParseError
from leakscope.timeline.textio import head_text, iter_lines
from leakscope.timeline.timefmt import YearGuesser, month_number, parse_iso

NAME = "syslog"

_PRI = r"(?:<(?P<pri>\d{1,3})>)?"
_TAG = r"(?P<program>[^\s:\[]+)(?:\[(?P<pid>\d+)\])?:?\s?(?P<message>.*)$"
RFC3164 = re.compile(
    _PRI + r"(?P<mon>[A-Z][a-z]{2}) {1,2}(?P<day>\d{1,2}) (?P<clock>\d\d:\d\d:\d\d(?:\.\d+)?) "
    r"(?:(?P<host>\S+) )?" + _TAG)
ISO = re.compile(
    _PRI + r"(?P<stamp>\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:?\d\d)?) "
    r"(?P<host>\S+) " + _TAG)
RFC5424 = re.compile(
    r"<(?P<pri>\d{1,3})>1 (?P<stamp>\S+) (?P<host>\S+) (?P<program>\S+) (?P<pid>\S+) "
    r"(?P<msgid>\S+) (?P<sd>-|(?:\[(?:[^\]\\]|\\.)*\])+)(?: (?P<message>.*))?$")
_FORMS = (RFC5424, ISO, RFC3164)


def match_line(text: str) -> re.Match[str] | None:
    for form in _FORMS:
        if m := form.match(text):
            return m
    return None


def sniff(head: bytes, path: Path) -> bool:
    lines = [line for line in head_text(head).splitlines()[:20] if line.strip()][:10]
    if not lines:
        return False
    hits = sum(1 for line in lines if match_line(line))
    return hits * 2 > len(lines)


def _dataset(path: Path) -> str:
    name = path.name.lower()
    if "auth" in name or "secure" in name:
        return "auth"
    if "mail" in name or "maillog" in name:
        return "mail"
    return "syslog"


def linux_event(program: str, message: str, dataset: str, raw: dict[str, Any]) -> Event:
    """ECS event for one syslog/journald message, routed by program (sshd, sudo, postfix...).

    `raw` is the record as read; fields parsed out of the message (Postfix's key=value
    pairs) are added to it.
    """
    if program.startswith("postfix"):
        event = postfix_fields(message, raw)
        service = "postfix"
    else:
        event = auth_fields(program, message)
        service = "auth" if dataset == "auth" or program in AUTH_PROGRAMS else "syslog"
        event.setdefault("event.module", "linux")
        event.setdefault("event.dataset", f"linux.{dataset}")
    event["process.name"] = program
    event["message"] = message
    event["leakscope.logsource.product"] = "linux"
    event["leakscope.logsource.service"] = service
    event[RAW] = raw
    return event


def parse(path: Path, display: str, *, tz: tzinfo = UTC, year: int | None = None,
          reference_time: datetime | None = None, **_: Any) -> Iterator[Event | ParseError]:
    reference = reference_time or datetime.fromtimestamp(path.stat().st_mtime, UTC)
    if year is not None:
        reference = datetime(year, 12, 31, 23, 59, tzinfo=tz)
    guesser = YearGuesser(reference, tz)
    dataset = _dataset(Path(display))
    for line in iter_lines(path):
        if not line.text.strip():
            continue
        m = match_line(line.text)
        if m is None or line.too_long:
            why = "line too long" if line.too_long else "not a syslog line"
            yield ParseError(display, f"line {line.number}: {why}", line.number)
            continue
        groups = m.groupdict()
        if "stamp" in groups:
            stamp = parse_iso(groups["stamp"], tz) if groups["stamp"] != "-" else None
        else:
            stamp = guesser.stamp(month_number(groups["mon"]) or 0, int(groups["day"]),
                                  groups["clock"])
        program = groups["program"]
        message = groups.get("message") or ""
        pri = groups.get("pri")
        raw = {"timestamp": groups.get("stamp") or f"{groups['mon']} {groups['day']} "
               f"{groups['clock']}", "host": groups.get("host"),
               "program": program, "pid": groups.get("pid"), "message": message}
        if pri is not None:
            raw["facility"], raw["severity"] = divmod(int(pri), 8)
        if groups.get("msgid") not in (None, "-"):
            raw["msgid"] = groups["msgid"]
        if line.fallback:
            raw["decoded_as"] = line.fallback
        event = linux_event(program, message, dataset, raw)
        event.update({"@timestamp": stamp, "host.name": raw["host"],
                      "process.pid": groups.get("pid") if groups.get("pid") != "-" else None,
                      "leakscope.provenance.record": line.number,
                      "leakscope.provenance.offset": line.offset})
        yield event
