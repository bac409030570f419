"""What detection produces: detections (Sigma, correlation, analytic) and rule load errors."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

PROVENANCE_KEYS = ("evidence_sha256", "path", "record", "offset")


def provenance_of(event: Mapping[str, Any]) -> dict[str, Any]:
    """The event's provenance (evidence SHA-256, path, record, offset) with short keys."""
    return {key: event.get(f"leakscope.provenance.{key}") for key in PROVENANCE_KEYS}


def _first(*values: Any) -> Any:
    for value in values:
        if value not in (None, "", "-"):
            return value
    return None


def entity_of(event: Mapping[str, Any]) -> dict[str, str]:
    """Who and where: user, host and source IP, from ECS fields or the raw record."""
    raw = event.get("leakscope.raw") or {}
    if not isinstance(raw, dict):
        raw = {}
    found = {
        "user": _first(event.get("user.name"), raw.get("TargetUserName"),
                       raw.get("SubjectUserName"), raw.get("User"),
                       raw.get("userIdentity.arn"), raw.get("UserId")),
        "host": _first(event.get("host.name"), raw.get("Computer")),
        "source_ip": _first(event.get("source.ip"), raw.get("IpAddress"),
                            raw.get("sourceIPAddress"), raw.get("ClientIP")),
    }
    # an IPv4 client of a dual-stack Windows server shows as ::ffff:10.0.0.1
    return {key: str(value).removeprefix("::ffff:") for key, value in found.items()
            if value is not None}


@dataclass
class Detection:
    """One alert: which rule, about which event(s), traceable to the evidence."""

    rule: str
    title: str
    level: str
    tags: list[str]
    timestamp: str | None
    entity: dict[str, str]
    provenance: dict[str, Any]
    source: str = "sigma"  # sigma | correlation | analytic
    description: str = ""
    evidence: list[dict[str, Any]] = field(default_factory=list)

    @property
    def path(self) -> str | None:
        return self.provenance.get("path")

    @property
    def record(self) -> Any:
        return self.provenance.get("record")

    def to_json(self) -> dict[str, Any]:
        """The `detection` JSON Lines record."""
        return {
            "type": "detection", "rule": self.rule, "title": self.title, "level": self.level,
            "tags": self.tags, "path": self.path, "record": self.record,
            "@timestamp": self.timestamp, "entity": self.entity, "source": self.source,
            "description": self.description,
            "provenance": self.provenance, "evidence": self.evidence,
        }


@dataclass(frozen=True)
class LoadError:
    """A rule file (or one rule in it) that could not be loaded, and why."""

    path: str
    message: str
    rule: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"type": "error", "path": self.path, "rule": self.rule, "message": self.message}
