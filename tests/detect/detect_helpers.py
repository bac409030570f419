"""Shared builders for the detect tests (a uniquely named module, unlike conftest)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from leakscope.detect import run

DATA = Path(__file__).resolve().parents[2] / ".." / "shared" / "data"


def win_event(channel: str, eid: int, **fields: Any) -> dict[str, Any]:
    """A normalized Windows event the way the EVTX parser makes one."""
    service = {"Microsoft-Windows-Sysmon/Operational": "sysmon", "Security": "security",
               "Microsoft-Windows-PowerShell/Operational": "powershell"}.get(channel)
    return {"@timestamp": fields.pop("ts", "2024-05-01T12:00:00.000000Z"),
            "event.code": str(eid), "event.module": "windows", "host.name": "pc1",
            "leakscope.logsource.product": "windows", "leakscope.logsource.service": service,
            "leakscope.raw": {"Channel": channel, "EventID": eid, "Computer": "pc1",
                              "EventRecordID": fields.pop("record", 1), **fields},
            "leakscope.provenance.path": "test.evtx", "leakscope.provenance.record": 1,
            "leakscope.provenance.evidence_sha256": "ab" * 32}


def sysmon1(**fields: Any) -> dict[str, Any]:
    return win_event("Microsoft-Windows-Sysmon/Operational", 1, **fields)


def fired(events: list[dict[str, Any]], ruleset) -> list[str]:
    return [d.rule for d in run(events, ruleset)]
