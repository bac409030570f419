"""`ingest(case, paths)`: preserve as evidence, parse, and write one immutable Parquet batch.

Order matters for custody: a path is hashed and recorded as evidence *before* any parser reads
it, and the parser reads the preserved copy (or the recorded original for referenced items).
The batch, its per-source counts and its errors are recorded in SQLite and the ledger.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from leakscope.case import Case
from leakscope.case.evidence import EvidenceItem
from leakscope.timeline.schema import ParseError
from leakscope.timeline.storage import EventWriter
from leakscope.timeline.workers import ParseTask, SourceResult, run_tasks

_TABLES = """
CREATE TABLE IF NOT EXISTS timeline_batches (
    id TEXT PRIMARY KEY, file TEXT NOT NULL, sha256 TEXT NOT NULL, events INTEGER NOT NULL,
    errors INTEGER NOT NULL, started TEXT NOT NULL, finished TEXT NOT NULL, sources TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS timeline_errors (
    batch_id TEXT NOT NULL, path TEXT NOT NULL, record INTEGER, message TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS timeline_sources (
    batch_id TEXT NOT NULL, sha256 TEXT NOT NULL, path TEXT NOT NULL, events INTEGER NOT NULL,
    errors INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS timeline_sources_sha256 ON timeline_sources (sha256);
"""
MAX_ERRORS_IN_LEDGER = 50


@dataclass
class IngestResult:
    batch_id: str
    file: Path | None
    events: int
    sources: list[SourceResult]

    @property
    def errors(self) -> list[ParseError]:
        return [error for source in self.sources for error in source.errors]


def resolve_evidence(case: Case, paths: Iterable[Path | str], *, reference: bool = False
                     ) -> Iterator[EvidenceItem | ParseError]:
    """Evidence items for the paths, adding (hashing) those not yet in the case."""
    fresh: list[Path] = []
    evidence_root = case.evidence_dir.resolve()
    for raw_path in paths:
        path = Path(raw_path)
        if path.resolve().is_relative_to(evidence_root):
            items = case.evidence.find(path.name)
            if items:
                yield items[0]
            else:
                yield ParseError(str(path), "inside the case evidence folder but not recorded")
            continue
        if path.is_dir() and not any(p.is_file() for p in path.rglob("*")):
            yield ParseError(str(path), "folder holds no files")
            continue
        fresh.append(path)
    if fresh:
        for outcome in case.evidence.add(fresh, reference=reference):
            if outcome.item is not None:
                yield outcome.item
            else:
                yield ParseError(outcome.path, f"not added as evidence: {outcome.error}")


def ingest(
    case: Case,
    paths: Iterable[Path | str],
    *,
    mapping: Path | str | None = None,
    reference: bool = False,
    year: int | None = None,
    workers: int = 1,
    on_total: Callable[[int], None] | None = None,
    on_progress: Callable[[int], None] | None = None,
    on_error: Callable[[ParseError], None] | None = None,
    again: bool = False,
) -> IngestResult:
    """Parse the paths (files or folders) into a new Parquet batch under ``CASE/events/``.

    Content already in the timeline (same SHA-256, ingested with events) is skipped, so a
    re-run does not double the events; ``again=True`` parses it once more (e.g. with a new
    field mapping).

    With ``workers`` > 1, files are parsed in that many processes, each into a part that is
    then appended to the one batch file (worth it only with idle cores: see bench/README.md).
    """
    case.db.executescript(_TABLES)
    started = datetime.now(UTC)
    batch_id = started.strftime("%Y%m%dT%H%M%S%fZ")
    sources: list[SourceResult] = []
    tasks: list[ParseTask] = []
    for item in resolve_evidence(case, paths, reference=reference):
        if isinstance(item, ParseError):
            sources.append(SourceResult(item.path, None, errors=[item]))
        elif item.readable_path is None:
            sources.append(SourceResult(item.original_path, item.sha256, errors=[
                ParseError(item.original_path, "a symlink: recorded, not read")]))
        elif not again and (earlier := _ingested_in(case, item.sha256)):
            sources.append(SourceResult(item.original_path, item.sha256, skipped=earlier))
        else:
            tasks.append(ParseTask(str(item.readable_path), item.original_path, item.sha256,
                                   item.size, case.timezone, str(mapping) if mapping else None,
                                   year, _mtime(item)))
    if on_error:
        for source in sources:
            for error in source.errors:
                on_error(error)
    if on_total:
        on_total(sum(task.size for task in tasks))
    writer = EventWriter(case.events_dir / f"batch-{batch_id}.parquet")
    try:
        sources.extend(run_tasks(tasks, writer, workers=workers, on_error=on_error,
                                 on_progress=on_progress))
    except BaseException:
        writer.abort()
        raise
    if writer.count == 0:
        writer.abort()
        file = None
    else:
        file = writer.close()
    _record(case, batch_id, started, file, writer.count, sources)
    return IngestResult(batch_id, file, writer.count, sources)


def batches(case: Case) -> list[dict[str, Any]]:
    """Every ingest batch of the case, oldest first: file, SHA-256, events, errors, sources."""
    case.db.executescript(_TABLES)
    rows = case.db.execute("SELECT id, file, sha256, events, errors, started, finished, sources "
                           "FROM timeline_batches ORDER BY id").fetchall()
    return [{**dict(row), "sources": json.loads(row["sources"])} for row in rows]


def _ingested_in(case: Case, sha256: str) -> str | None:
    """The batch that already holds events of this content, if any."""
    row = case.db.execute("SELECT batch_id FROM timeline_sources WHERE sha256 = ? AND events > 0"
                          " ORDER BY batch_id LIMIT 1", (sha256,)).fetchone()
    return row[0] if row else None


def _mtime(item: EvidenceItem) -> datetime | None:
    """The original's mtime: a preserved copy's own mtime is the day it was copied."""
    try:
        return datetime.fromisoformat(item.mtime) if item.mtime else None
    except ValueError:
        return None


def _record(case: Case, batch_id: str, started: datetime, file: Path | None, count: int,
            sources: list[SourceResult]) -> None:
    errors = [error for source in sources for error in source.errors]
    summary = [{"path": s.path, "sha256": s.sha256, "events": s.events,
                "errors": len(s.errors), "skipped": s.skipped} for s in sources]
    details: dict[str, Any] = {
        "batch": batch_id, "events": count, "errors": len(errors), "sources": summary,
        "first_errors": [e.to_json() for e in errors[:MAX_ERRORS_IN_LEDGER]],
    }
    digest = ""
    if file is not None:
        digest = case.record_output(file, "timeline.ingest", details)
    else:
        with case.transaction():
            case.ledger.append("timeline.ingest", {**details, "path": None})
    with case.transaction():
        case.db.execute(
            "INSERT INTO timeline_batches VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (batch_id, str(file or ""), digest, count, len(errors), started.isoformat(),
             datetime.now(UTC).isoformat(), json.dumps(summary, ensure_ascii=False)))
        case.db.executemany(
            "INSERT INTO timeline_errors VALUES (?, ?, ?, ?)",
            [(batch_id, e.path, e.record, e.message) for e in errors])
        case.db.executemany(
            "INSERT INTO timeline_sources VALUES (?, ?, ?, ?, ?)",
            [(batch_id, s.sha256, s.path, s.events, len(s.errors)) for s in sources
             if s.sha256 and not s.skipped])
