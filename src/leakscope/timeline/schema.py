"""The normalized event contract shared by every parser, Parquet storage and the detect engine.

A normalized event is a flat ``dict`` keyed by Elastic Common Schema dotted names.  Unknown
values are ``None`` (never missing keys once an event passes through :func:`normalize`).

Core fields (all strings unless noted):

- ``@timestamp``: ISO 8601 UTC, microseconds, ``Z`` suffix (``2024-05-01T12:00:00.123456Z``)
- ``event.action``, ``event.provider`` (e.g. CloudTrail eventSource), ``event.code``
  (e.g. Windows EventID as a string), ``event.outcome``
  (``success`` | ``failure`` | ``unknown``), ``event.category``, ``event.module`` (one of
  :data:`MODULES`), ``event.dataset``
- ``host.name``, ``user.name``, ``user.domain``, ``source.ip``, ``source.port`` (int),
  ``destination.ip``, ``destination.port`` (int)
- ``url.original``, ``url.path``, ``url.query``, ``http.request.method``,
  ``http.response.status_code`` (int), ``http.response.body.bytes`` (int),
  ``user_agent.original``
- ``process.name``, ``process.command_line``, ``process.pid`` (int), ``file.path``
- ``cloud.provider``, ``cloud.region``, ``cloud.account.id``
- ``email.from.address``, ``email.to.address``, ``email.subject``, ``message``
- ``leakscope.logsource.product`` / ``.service`` / ``.category``: Sigma logsource terms
  (windows/security, windows/sysmon, linux/auth (sshd, sudo, su... wherever logged; the
  program is ``process.name``) or linux/syslog, linux/postfix, aws/cloudtrail, m365/audit,
  azure/signinlogs, exchange/message_tracking, category ``webserver`` for apache/nginx/iis)
- ``leakscope.raw``: dict of the original record's fields under their original names
  (EVTX System fields such as ``EventID``, ``Channel``, ``Provider_Name``, ``Computer``,
  ``EventRecordID``, ``TimeCreated`` plus EventData/UserData fields by name; CloudTrail
  ``eventName``, ``userIdentity.arn`` flattened with dots; web logs ``c-uri``, ``cs-method``,
  ``sc-status``, ``cs-uri-query``, ``cs-user-agent``...).  This is what Sigma rules match on.
  In Parquet it is a JSON string column.
- ``leakscope.provenance.evidence_sha256``, ``.path`` (display path of the source file),
  ``.record`` (int: the EVTX record's number in its file, the line number of a text log, the
  element / row number of JSON and CSV), ``.offset`` (byte offset of the line in the file,
  or of the decompressed stream for .gz; None when unknown)

Parsers yield either an event dict or a :class:`ParseError`; one bad record never stops a run.
"""

from __future__ import annotations

from dataclasses import dataclass
from operator import itemgetter
from typing import Any

Event = dict[str, Any]

MODULES = (
    "windows", "linux", "apache", "nginx", "iis", "aws", "m365", "entra", "postfix",
    "exchange", "generic",
)

RAW = "leakscope.raw"
PROV_SHA = "leakscope.provenance.evidence_sha256"
PROV_PATH = "leakscope.provenance.path"
PROV_RECORD = "leakscope.provenance.record"
PROV_OFFSET = "leakscope.provenance.offset"

INT_FIELDS = (
    "source.port", "destination.port", "http.response.status_code",
    "http.response.body.bytes", "process.pid", PROV_RECORD, PROV_OFFSET,
)

STR_FIELDS = (
    "@timestamp", "event.action", "event.code", "event.outcome", "event.category",
    "event.module", "event.dataset", "event.provider", "host.name", "user.name", "user.domain",
    "source.ip", "destination.ip", "url.original", "url.path", "url.query",
    "http.request.method",
    "user_agent.original", "process.name", "process.command_line", "file.path",
    "cloud.provider", "cloud.region", "cloud.account.id", "email.from.address",
    "email.to.address", "email.subject", "message",
    "leakscope.logsource.product", "leakscope.logsource.service",
    "leakscope.logsource.category", PROV_SHA, PROV_PATH,
)

#: Every column of the Parquet events table, in order (``leakscope.raw`` is JSON text).
COLUMNS = (*STR_FIELDS, *INT_FIELDS, RAW)


@dataclass(frozen=True)
class ParseError:
    """A record or file that could not be parsed; carries enough to find it again."""

    path: str
    message: str
    record: int | None = None

    def to_json(self) -> dict[str, Any]:
        """JSON Lines ``error`` record (the contract for machine output)."""
        return {"type": "error", "path": self.path, "record": self.record,
                "message": self.message}


def as_int(value: Any) -> int | None:
    """An int from an int, a numeric string or a ``0x`` hex string; None otherwise."""
    if value is None or value.__class__ is int:
        return value
    if isinstance(value, bool):
        return int(value)
    try:
        return int(str(value).strip(), 0) if str(value).startswith("0x") else int(value)
    except (TypeError, ValueError):
        return None


_KIND = {**dict.fromkeys(STR_FIELDS, "s"), **dict.fromkeys(INT_FIELDS, "i"), RAW: "r"}
_TEMPLATE: Event = dict.fromkeys(COLUMNS)
_GET_STR = itemgetter(*STR_FIELDS)
_GET_INT = itemgetter(*INT_FIELDS)
_STR_TYPES = frozenset((str, type(None)))
_INT_TYPES = frozenset((int, type(None)))


def normalize(event: Event) -> Event:
    """Return the event with every schema column present and typed (str / int / None).

    Keys outside the schema are dropped, so what a parser yields in memory is exactly what
    lands in Parquet.  Hot path (once per record): C-level copy, update and type checks; the
    per-field loops run only when a value has the wrong type.
    """
    out = _TEMPLATE.copy()
    out.update(event)
    if len(out) != len(_TEMPLATE):
        for key in out.keys() - _KIND.keys():
            del out[key]
    strings = _GET_STR(out)
    if "" in strings or not _STR_TYPES.issuperset(map(type, strings)):
        for key in STR_FIELDS:
            value = out[key]
            if value.__class__ is not str:
                if value is not None:
                    out[key] = str(value)
            elif not value:
                out[key] = None
    if not _INT_TYPES.issuperset(map(type, _GET_INT(out))):
        for key in INT_FIELDS:
            out[key] = as_int(out[key])
    if out[RAW].__class__ is not dict:
        out[RAW] = {}
    if out["event.outcome"] is None:
        out["event.outcome"] = "unknown"
    return out
