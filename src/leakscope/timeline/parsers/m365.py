"""Microsoft 365 Unified Audit Log: the portal/Search-UnifiedAuditLog CSV (AuditData column of
JSON) and the JSON form (one AuditData object per record)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson

from leakscope.timeline.csvrecords import csv_header, iter_rows
from leakscope.timeline.jsonrecords import first_object, flatten, iter_records
from leakscope.timeline.records import BadRecord, events_from
from leakscope.timeline.schema import RAW, Event, ParseError
from leakscope.timeline.textio import read_head
from leakscope.timeline.timefmt import parse_iso

NAME = "m365-audit"
_LOGONS = {"UserLoggedIn", "UserLoginFailed", "MailboxLogin"}
_FAILED_OPERATIONS = {"UserLoginFailed"}
_SUCCEEDED = {"succeeded", "success", "true", "partiallysucceeded"}
_FAILED = {"failed", "failure", "false"}
_DOWNLOADS = {"FileDownloaded", "FileSyncDownloadedFull", "FileAccessed", "MailItemsAccessed"}


def sniff(head: bytes, path: Path) -> bool:
    if "AuditData" in csv_header(head):
        return True
    record = first_object(head) or {}
    return {"CreationTime", "Operation", "RecordType"} <= record.keys() or (
        "AuditData" in record)


def _client_ip(value: Any) -> str | None:
    if not value:
        return None
    text = str(value)
    if text.startswith("["):  # [2001:db8::1]:443
        return text[1:].split("]", 1)[0]
    if text.count(":") == 1:  # 203.0.113.5:51234
        return text.split(":", 1)[0]
    return text


def audit_event(audit: dict[str, Any]) -> Event:
    result = str(audit.get("ResultStatus") or "").lower()
    operation = audit.get("Operation")
    outcome = ("failure" if operation in _FAILED_OPERATIONS or result in _FAILED else
               "success" if result in _SUCCEEDED else "unknown")
    obj = audit.get("ObjectId")
    return {
        "@timestamp": parse_iso(audit.get("CreationTime")),
        "event.action": operation,
        "event.code": str(audit.get("RecordType")) if audit.get("RecordType") else None,
        "event.outcome": outcome,
        "event.category": "file" if operation in _DOWNLOADS else (
            "authentication" if operation in _LOGONS else None),
        "event.module": "m365",
        "event.dataset": f"m365.{audit.get('Workload') or 'audit'}".lower(),
        "event.provider": audit.get("Workload"),
        "user.name": audit.get("UserId"),
        "source.ip": _client_ip(audit.get("ClientIP") or audit.get("ClientIPAddress")),
        "user_agent.original": audit.get("UserAgent"),
        "http.response.body.bytes": audit.get("FileSizeBytes"),
        "url.original": obj if isinstance(obj, str) and obj.startswith("http") else None,
        "file.path": audit.get("SourceRelativeUrl", "") + "/" + audit["SourceFileName"]
        if audit.get("SourceFileName") else (obj if isinstance(obj, str) else None),
        "cloud.provider": "azure",
        "cloud.account.id": audit.get("OrganizationId"),
        "leakscope.logsource.product": "m365",
        "leakscope.logsource.service": "audit",
        RAW: flatten(audit),
    }


def _from_csv_row(row: dict[str, Any]) -> Event:
    try:
        audit = orjson.loads(row.get("AuditData") or "")
    except orjson.JSONDecodeError as exc:
        raise BadRecord(f"AuditData is not JSON ({exc})") from exc
    audit.setdefault("CreationTime", row.get("CreationDate"))
    return audit_event(audit)


def _from_json(record: dict[str, Any]) -> Event:
    if isinstance(record.get("AuditData"), str):  # a CSV row exported as JSON
        return _from_csv_row(record)
    return audit_event(record)


def parse(path: Path, display: str, **_: Any) -> Iterator[Event | ParseError]:
    if "AuditData" in csv_header(read_head(path)):
        yield from events_from(iter_rows(path, display), display, _from_csv_row)
    else:
        yield from events_from(iter_records(path, display), display, _from_json)
