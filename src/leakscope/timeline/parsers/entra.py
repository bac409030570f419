"""Microsoft Entra ID (Azure AD) sign-in logs: Graph / portal JSON, Azure Monitor JSON
(``properties``), and the portal's CSV download."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from leakscope.timeline.csvrecords import csv_header, iter_rows
from leakscope.timeline.jsonrecords import first_object, flatten, iter_records
from leakscope.timeline.records import events_from
from leakscope.timeline.schema import RAW, Event, ParseError
from leakscope.timeline.textio import read_head
from leakscope.timeline.timefmt import parse_iso

NAME = "entra-signin"
_CSV_KEYS = {"Date (UTC)", "Request ID", "IP address"}
# Portal CSV column -> Graph property, so both shapes yield the same raw names.
_CSV_TO_GRAPH = {
    "Date (UTC)": "createdDateTime", "Request ID": "id", "User": "userDisplayName",
    "Username": "userPrincipalName", "User ID": "userId", "Application": "appDisplayName",
    "Application ID": "appId", "IP address": "ipAddress", "Location": "location",
    "Status": "status", "Sign-in error code": "status.errorCode",
    "Failure reason": "status.failureReason", "Client app": "clientAppUsed",
    "User agent": "userAgent", "Conditional Access": "conditionalAccessStatus",
    "Multifactor authentication result": "mfaDetail.authDetail",
    "Correlation ID": "correlationId", "Resource": "resourceDisplayName",
}


def sniff(head: bytes, path: Path) -> bool:
    if set(csv_header(head)) >= _CSV_KEYS:
        return True
    record = first_object(head) or {}
    record = record.get("properties", record) if isinstance(record.get("properties"),
                                                            dict) else record
    return "userPrincipalName" in record and (
        "createdDateTime" in record or "appDisplayName" in record)


def signin_event(record: dict[str, Any]) -> Event:
    raw = flatten(record)
    code = raw.get("status.errorCode", raw.get("ResultType"))
    try:
        failed = int(code or 0) != 0
    except ValueError:
        failed = str(code).lower() not in ("success", "0", "")
    raw.setdefault("ResultType", code)
    raw.setdefault("ResultDescription", raw.get("status.failureReason"))
    location = raw.get("location.countryOrRegion") or raw.get("location")
    return {
        "@timestamp": parse_iso(raw.get("createdDateTime")),
        "event.action": "sign-in",
        "event.code": None if code is None else str(code),
        "event.outcome": "failure" if failed else "success",
        "event.category": "authentication",
        "event.module": "entra",
        "event.dataset": "entra.signinlogs",
        "event.provider": raw.get("appDisplayName"),
        "user.name": raw.get("userPrincipalName"),
        "source.ip": raw.get("ipAddress"),
        "user_agent.original": raw.get("userAgent"),
        "cloud.provider": "azure",
        "cloud.region": location if isinstance(location, str) else None,
        "cloud.account.id": raw.get("tenantId") or raw.get("homeTenantId"),
        "message": raw.get("status.failureReason"),
        "leakscope.logsource.product": "azure",
        "leakscope.logsource.service": "signinlogs",
        RAW: raw,
    }


def _from_csv_row(row: dict[str, Any]) -> Event:
    return signin_event({_CSV_TO_GRAPH.get(k, k): v or None for k, v in row.items()})


def _from_json(record: dict[str, Any]) -> Event:
    if isinstance(record.get("properties"), dict):  # Azure Monitor / Log Analytics export
        record = {**record["properties"], "category": record.get("category")}
    return signin_event(record)


def parse(path: Path, display: str, **_: Any) -> Iterator[Event | ParseError]:
    if set(csv_header(read_head(path))) >= _CSV_KEYS:
        yield from events_from(iter_rows(path, display), display, _from_csv_row)
    else:
        yield from events_from(iter_records(path, display), display, _from_json)
