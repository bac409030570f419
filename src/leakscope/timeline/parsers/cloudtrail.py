"""AWS CloudTrail: ``{"Records": [...]}`` files (gzip too), one-array files and JSON Lines."""

from __future__ import annotations

import ipaddress
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from leakscope.timeline.jsonrecords import first_object, flatten, iter_records
from leakscope.timeline.records import events_from
from leakscope.timeline.schema import RAW, Event, ParseError
from leakscope.timeline.timefmt import parse_iso

NAME = "cloudtrail"


def sniff(head: bytes, path: Path) -> bool:
    record = first_object(head)
    return bool(record) and "eventSource" in record and "eventName" in record  # type: ignore[operator]


def _ip(value: Any) -> str | None:
    try:
        return str(ipaddress.ip_address(value))
    except ValueError:
        return None  # an AWS service name such as "ec2.amazonaws.com"


def _user(identity: dict[str, Any]) -> str | None:
    if identity.get("userName"):
        return identity["userName"]
    issuer = (identity.get("sessionContext") or {}).get("sessionIssuer") or {}
    if issuer.get("userName"):
        return issuer["userName"]
    arn = identity.get("arn") or ""
    if arn:
        return arn.rsplit("/", 1)[-1] if "/" in arn else arn.rsplit(":", 1)[-1]
    return identity.get("invokedBy") or identity.get("principalId")


def _object_path(params: dict[str, Any]) -> str | None:
    bucket = params.get("bucketName")
    if not bucket:
        return None
    key = params.get("key")
    return f"s3://{bucket}/{key}" if key else f"s3://{bucket}"


def cloudtrail_event(record: dict[str, Any]) -> Event:
    identity = record.get("userIdentity") or {}
    params = record.get("requestParameters") if isinstance(
        record.get("requestParameters"), dict) else {}
    response = record.get("responseElements") if isinstance(
        record.get("responseElements"), dict) else {}
    extra = record.get("additionalEventData") if isinstance(
        record.get("additionalEventData"), dict) else {}
    failed = bool(record.get("errorCode")) or response.get("ConsoleLogin") == "Failure"
    return {
        "@timestamp": parse_iso(record.get("eventTime")),
        "event.action": record.get("eventName"),
        "event.provider": record.get("eventSource"),
        "event.outcome": "failure" if failed else "success",
        "event.category": "authentication" if record.get("eventName") == "ConsoleLogin"
        else record.get("eventCategory"),
        "event.module": "aws",
        "event.dataset": "aws.cloudtrail",
        "event.code": record.get("eventID"),
        "user.name": _user(identity),
        "user.domain": identity.get("accountId"),
        "source.ip": _ip(record.get("sourceIPAddress")),
        "user_agent.original": record.get("userAgent"),
        "cloud.provider": "aws",
        "cloud.region": record.get("awsRegion"),
        "cloud.account.id": record.get("recipientAccountId") or identity.get("accountId"),
        "file.path": _object_path(params),
        "http.response.body.bytes": extra.get("bytesTransferredOut"),
        "message": record.get("errorMessage"),
        "leakscope.logsource.product": "aws",
        "leakscope.logsource.service": "cloudtrail",
        RAW: flatten(record),
    }


def parse(path: Path, display: str, **_: Any) -> Iterator[Event | ParseError]:
    yield from events_from(iter_records(path, display), display, cloudtrail_event)
