"""Timeline export: Timesketch JSONL, CSV and leakscope JSON Lines, streamed in time order."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any, TextIO

from leakscope.timeline.schema import COLUMNS, RAW
from leakscope.timeline.storage import events_relation

FORMATS = ("timesketch", "csv", "jsonl")
_BATCH = 10_000
_SUMMARY_FIELDS = ("user.name", "source.ip", "host.name", "process.command_line",
                   "url.original", "file.path", "email.to.address")


def iter_events(case: Any, where: str | None = None) -> Iterator[dict[str, Any]]:
    """Every event of the case as a dict (``leakscope.raw`` decoded), oldest first."""
    con = events_relation(case)
    columns = ", ".join(f'"{c}"' for c in COLUMNS)
    sql = f"SELECT {columns} FROM events"
    if where:
        sql += f" WHERE {where}"
    sql += ' ORDER BY ts NULLS LAST, "leakscope.provenance.path", "leakscope.provenance.record"'
    try:
        reader = con.sql(sql).to_arrow_reader(_BATCH)
        for batch in reader:
            for row in batch.to_pylist():
                row[RAW] = json.loads(row[RAW]) if row[RAW] else {}
                yield row
    finally:
        con.close()


def describe(event: dict[str, Any]) -> str:
    """A one-line human message for events whose source has none (EVTX, CloudTrail...)."""
    if event.get("message"):
        return event["message"]
    head = " ".join(str(event[k]) for k in ("event.module", "event.code", "event.action")
                    if event.get(k))
    tail = " ".join(f"{k.split('.')[0]}={event[k]}" for k in _SUMMARY_FIELDS if event.get(k))
    outcome = event.get("event.outcome")
    return f"{head} [{outcome}] {tail}".strip() if outcome != "unknown" else f"{head} {tail}"


def timesketch_record(event: dict[str, Any]) -> dict[str, Any]:
    """Timesketch JSONL needs message, datetime, timestamp (µs) and timestamp_desc."""
    record = {k: v for k, v in event.items() if v is not None and k != RAW}
    stamp = event.get("@timestamp")
    micros = 0
    if stamp:
        micros = int(datetime.fromisoformat(stamp.replace("Z", "+00:00")).timestamp()
                     * 1_000_000)
    record.update({
        "message": describe(event),
        "datetime": stamp or datetime.fromtimestamp(0, UTC).isoformat(),
        "timestamp": micros,
        "timestamp_desc": f"{event.get('event.module') or 'event'} recorded",
        "leakscope.raw": json.dumps(event.get(RAW) or {}, ensure_ascii=False, default=str),
    })
    return record


def export(case: Any, fmt: str, out: TextIO, *, where: str | None = None) -> int:
    """Write every event (or those matching ``where``, SQL) to ``out``; return the count."""
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}")
    count = 0
    writer = None
    if fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=[*COLUMNS, "message_text"],
                                extrasaction="ignore")
        writer.writeheader()
    for event in iter_events(case, where):
        count += 1
        if writer is not None:
            row = dict(event)
            row[RAW] = json.dumps(event[RAW], ensure_ascii=False, default=str)
            row["message_text"] = describe(event)
            writer.writerow(row)
        elif fmt == "timesketch":
            out.write(json.dumps(timesketch_record(event), ensure_ascii=False,
                                 default=str) + "\n")
        else:
            out.write(json.dumps({"type": "event", **event}, ensure_ascii=False,
                                 default=str) + "\n")
    return count
