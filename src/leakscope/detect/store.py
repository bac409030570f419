"""Detections kept in a case: Parquet under findings/ (bulk) plus summary rows in SQLite.

`case_detections(case)` is what the report helper reads: one dict per detection (the JSON
Lines `detection` record, with `run_id`), highest level first.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Sequence
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


class DetectionSink:
    """Writes one detect run into a case as detections arrive (memory stays bounded):
    Parquet row groups of BATCH rows under findings/detections/, the same rows in SQLite,
    and at `close()` the run's summary row and its ledger entry."""

    BATCH = 10_000
    _SCHEMA = pa.schema([(name, pa.string()) for name in COLUMNS])

    def __init__(self, case: Any, started: str) -> None:
        self.case = case
        self.started = started
        self.run_id = uuid.uuid4().hex[:16]
        folder = make_private_dir(case.findings_dir / "detections")
        self.parquet = folder / f"detections-{self.run_id}.parquet"
        self._handle = open_private(self.parquet, "wb")
        self._writer = pq.ParquetWriter(self._handle, self._SCHEMA)
        self._rows: list[tuple[Any, ...]] = []
        self.count = 0
        self.levels: dict[str, int] = {}
        case.db.executescript(SCHEMA)

    def add(self, detection: Detection) -> None:
        self._rows.append(_row(self.run_id, detection))
        self.count += 1
        self.levels[detection.level] = self.levels.get(detection.level, 0) + 1
        if len(self._rows) >= self.BATCH:
            self._flush()

    def _flush(self) -> None:
        if not self._rows:
            return
        rows, self._rows = self._rows, []
        self._writer.write_table(pa.table(
            {name: [r[i] for r in rows] for i, name in enumerate(COLUMNS)},
            schema=self._SCHEMA))
        with self.case.transaction():
            self.case.db.executemany(
                f"INSERT INTO detect_detections VALUES ({','.join('?' * len(COLUMNS))})", rows)

    def close(self, *, events: int, rules: int, rule_errors: int,
              inputs: Sequence[str]) -> str:
        """Finish the run: last rows, summary row, ledger entry; returns the run id."""
        self._flush()
        self._writer.close()
        self._handle.close()
        relative = str(self.parquet.relative_to(self.case.root))
        with self.case.transaction():
            self.case.db.execute(
                "INSERT INTO detect_runs VALUES (?,?,?,?,?,?,?,?)",
                (self.run_id, self.started, datetime.now(UTC).isoformat(), rules, rule_errors,
                 events, self.count, relative))
        self.case.ledger.append("detect", {
            "run_id": self.run_id, "inputs": list(inputs), "events": events, "rules": rules,
            "rule_errors": rule_errors, "detections": self.count, "levels": self.levels,
            "parquet": relative})
        return self.run_id


def save_run(case: Any, detections: Iterable[Detection], *, started: str, events: int,
             rules: int, rule_errors: int, inputs: Sequence[str]) -> str:
    """Store a whole detect run in `case` (Parquet, SQLite, ledger); returns the run id."""
    sink = DetectionSink(case, started)
    for detection in detections:
        sink.add(detection)
    return sink.close(events=events, rules=rules, rule_errors=rule_errors, inputs=inputs)


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
