"""Detections kept in a case: Parquet under findings/ (bulk) plus summary rows in SQLite.

`case_detections(case)` is what the report helper reads: one dict per detection (the JSON
Lines `detection` record, with `run_id`), highest level first.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from leakscope.case.private_fs import make_private_dir, open_private
from leakscope.detect.model import Detection

LEVEL_ORDER = {"critical": 0, "high": 1, "medium": 2, "low": 3, "informational": 4}
SCHEMA = """
CREATE TABLE IF NOT EXISTS detect_runs (
    run_id TEXT PRIMARY KEY, started TEXT, finished TEXT, rules INTEGER, rule_errors INTEGER,
    events INTEGER, detections INTEGER, parquet TEXT);
CREATE TABLE IF NOT EXISTS detect_detections (
    run_id TEXT, rule TEXT, title TEXT, level TEXT, source TEXT, tags TEXT, timestamp TEXT,
    entity TEXT, path TEXT, record TEXT, evidence_sha256 TEXT, description TEXT,
    provenance TEXT, evidence TEXT);
CREATE INDEX IF NOT EXISTS detect_detections_run ON detect_detections(run_id);
"""
COLUMNS = ("run_id", "rule", "title", "level", "source", "tags", "timestamp", "entity", "path",
           "record", "evidence_sha256", "description", "provenance", "evidence")


def _row(run_id: str, d: Detection) -> tuple[Any, ...]:
    return (run_id, d.rule, d.title, d.level, d.source, json.dumps(d.tags), d.timestamp,
            json.dumps(d.entity, ensure_ascii=False), d.path,
            None if d.record is None else str(d.record), d.provenance.get("evidence_sha256"),
            d.description, json.dumps(d.provenance, ensure_ascii=False, default=str),
            json.dumps(d.evidence, ensure_ascii=False, default=str))


def save_run(case: Any, detections: Sequence[Detection], *, started: str, events: int,
             rules: int, rule_errors: int, inputs: Sequence[str]) -> str:
    """Store one detect run in `case` and append its ledger entry; returns the run id."""
    run_id = uuid.uuid4().hex[:16]
    rows = [_row(run_id, d) for d in detections]
    folder = make_private_dir(case.findings_dir / "detections")
    parquet = folder / f"detections-{run_id}.parquet"
    table = pa.table({name: [r[i] for r in rows] for i, name in enumerate(COLUMNS)},
                     schema=pa.schema([(name, pa.string()) for name in COLUMNS]))
    with open_private(parquet, "wb") as handle:
        pq.write_table(table, handle)
    finished = datetime.now(UTC).isoformat()
    case.db.executescript(SCHEMA)
    with case.transaction():
        case.db.execute("INSERT INTO detect_runs VALUES (?,?,?,?,?,?,?,?)",
                        (run_id, started, finished, rules, rule_errors, events, len(rows),
                         str(parquet.relative_to(case.root))))
        case.db.executemany(f"INSERT INTO detect_detections VALUES ({','.join('?' * 14)})",
                            rows)
    levels: dict[str, int] = {}
    for d in detections:
        levels[d.level] = levels.get(d.level, 0) + 1
    case.ledger.append("detect", {"run_id": run_id, "inputs": list(inputs), "events": events,
                                  "rules": rules, "rule_errors": rule_errors,
                                  "detections": len(rows), "levels": levels,
                                  "parquet": str(parquet.relative_to(case.root))})
    return run_id


def case_detections(case: Any, run_id: str | None = None) -> list[dict[str, Any]]:
    """Detections stored in `case` (all runs, or one), as `detection` records plus `run_id`."""
    case.db.executescript(SCHEMA)
    sql = "SELECT * FROM detect_detections"
    args: tuple[Any, ...] = ()
    if run_id is not None:
        sql += " WHERE run_id = ?"
        args = (run_id,)
    out = []
    for row in case.db.execute(sql, args):
        item = dict(zip(COLUMNS, tuple(row), strict=True))
        provenance = json.loads(item["provenance"] or "{}")
        out.append({"type": "detection", "run_id": item["run_id"], "rule": item["rule"],
                     "title": item["title"], "level": item["level"], "source": item["source"],
                     "tags": json.loads(item["tags"] or "[]"), "@timestamp": item["timestamp"],
                     "entity": json.loads(item["entity"] or "{}"), "path": item["path"],
                     "record": provenance.get("record"), "description": item["description"],
                     "provenance": provenance, "evidence": json.loads(item["evidence"] or "[]")})
    out.sort(key=lambda d: (LEVEL_ORDER.get(d["level"], 9), d["@timestamp"] or ""))
    return out
