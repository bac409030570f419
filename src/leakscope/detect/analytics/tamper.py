"""Log tampering: cleared Windows logs, CloudTrail switched off, and EVTX record-id gaps.

An attacker who took data often removes the trace.  Windows 1102 (Security) / 104 (System)
say a log was cleared; CloudTrail StopLogging, DeleteTrail, UpdateTrail and
PutEventSelectors blind the audit trail; a jump in EventRecordID inside one channel of one
file means records were cut out of the log.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from leakscope.detect.analytics.base import MAX_EVIDENCE, Event, analytic_detection, raw_of
from leakscope.detect.model import Detection

TAGS = ["attack.defense-evasion", "attack.t1070.001"]
CLOUD_TAGS = ["attack.defense-evasion", "attack.t1562.008"]
_CLEARED = {("security", 1102), ("system", 104)}
_TRAIL_ACTIONS = {"StopLogging", "DeleteTrail", "UpdateTrail", "PutEventSelectors",
                  "DeleteEventDataStore", "StopEventDataStoreIngestion"}


class LogTampering:
    id = "leakscope.tamper"

    def __init__(self) -> None:
        self._last: dict[tuple[Any, str], tuple[int, Event]] = {}
        self._gaps: dict[tuple[Any, str], list[tuple[int, int, Event, Event]]] = {}
        self._totals: dict[tuple[Any, str], list[int]] = {}  # gaps, missing records

    def feed(self, event: Event) -> Iterable[Detection]:
        raw = raw_of(event)
        out: list[Detection] = []
        if event.get("leakscope.logsource.product") == "windows":
            channel = str(raw.get("Channel") or "").lower()
            try:
                eid = int(raw.get("EventID"))
            except (TypeError, ValueError):
                eid = -1
            if (channel, eid) in _CLEARED:
                # 104 names the cleared log in its data (the record's Channel is System)
                cleared = "Security" if eid == 1102 else raw.get("UserData_Channel", "a")
                out.append(analytic_detection(
                    "leakscope.tamper.log-cleared", f"Windows {cleared} log cleared",
                    "high", TAGS, event, [event], f"EventID {eid}: the event log was cleared"))
            self._track(event, raw, channel)
        elif raw.get("eventSource") == "cloudtrail.amazonaws.com" and \
                raw.get("eventName") in _TRAIL_ACTIONS:
            out.append(analytic_detection(
                f"leakscope.tamper.cloudtrail-{raw['eventName'].lower()}",
                f"CloudTrail logging changed: {raw['eventName']}", "high", CLOUD_TAGS, event,
                [event], "the audit trail was stopped, deleted or narrowed"))
        return out

    def _track(self, event: Event, raw: dict[str, Any], channel: str) -> None:
        try:
            record = int(raw.get("EventRecordID"))
        except (TypeError, ValueError):
            return
        key = (event.get("leakscope.provenance.path"), channel)
        previous = self._last.get(key)
        self._last[key] = (record, event)
        if previous is not None and record - previous[0] > 1:
            gaps = self._gaps.setdefault(key, [])
            totals = self._totals.setdefault(key, [0, 0])
            totals[0] += 1
            totals[1] += record - previous[0] - 1
            if len(gaps) < MAX_EVIDENCE // 2:  # two evidence rows per gap
                gaps.append((previous[0], record, previous[1], event))

    def finish(self) -> Iterable[Detection]:
        """One detection per file and channel, listing every gap found in it."""
        for key, gaps in self._gaps.items():
            count, missing = self._totals[key]
            path = key[0]
            first = gaps[0]
            channel = raw_of(first[3]).get("Channel")
            ranges = ", ".join(f"{b + 1}-{a - 1}" for b, a, _, _ in gaps[:10])
            yield analytic_detection(
                "leakscope.tamper.record-gap", "EVTX record ids missing", "low", TAGS,
                first[3], [e for _, _, before, after in gaps for e in (before, after)],
                f"{missing} record(s) missing in {count} gap(s) of {channel} in {path} "
                f"({ranges}{', ...' if count > 10 else ''}): deleted records, or an export "
                "that was filtered")
