"""PII findings kept in a case: Parquet under CASE/findings/, summary rows in SQLite, ledger.

Tables owned here: ``pii_scans`` (one row per scan: totals and subjects) and
``pii_summary`` (one row per scan, category and whether personal). Findings keep their
provenance: evidence id and SHA-256, the path inside the evidence item (archive members as
``a.zip!x.csv``) and the location. Values are stored normalized (the case folder is private,
0600/0700) and masked in a second column, so readers that must not see them never need to.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import tempfile
import uuid
from collections.abc import Iterable, Iterator
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from leakscope.case import Case
from leakscope.case.hashing import sha256_file
from leakscope.case.private_fs import make_private_dir, open_private

from .engine import MIN_CONFIDENCE
from .finding import Finding, ScanError
from .finding_table import FindingTable, one_by_one
from .masking import mask
from .scan_tasks import FileTask
from .scanner import Scan, ScanSummary

ROWS_PER_GROUP = 50_000
_SCHEMA = pa.schema([
    ("scan_id", pa.string()), ("evidence_id", pa.int64()), ("evidence_sha256", pa.string()),
    ("path", pa.string()), ("category", pa.string()), ("value", pa.string()),
    ("value_masked", pa.string()), ("location", pa.string()), ("confidence", pa.float32()),
    ("detector", pa.string()), ("record", pa.string()), ("personal", pa.bool_()),
])
_DDL = """
CREATE TABLE IF NOT EXISTS pii_scans (
    scan_id TEXT PRIMARY KEY, started_at TEXT, finished_at TEXT, files INTEGER, bytes INTEGER,
    seconds REAL, subjects INTEGER, findings INTEGER, errors INTEGER, parquet TEXT,
    parquet_sha256 TEXT, categories_filter TEXT
);
"""
# (a category may be both: a company's phone not personal, a customer's personal)
_SUMMARY_DDL = """
CREATE TABLE IF NOT EXISTS pii_summary (
    scan_id TEXT, category TEXT, findings INTEGER, personal INTEGER,
    PRIMARY KEY (scan_id, category, personal)
);
"""


def _named_like(stored: Path, original: Path, links: Path) -> Path:
    """A read-only view of a content-addressed copy under its original extension.

    Stored copies are named by hash; extractors choose a format partly by extension, so a
    symlink carrying the original suffix (never the original name) points at the copy.
    """
    link = links / f"{stored.name}{original.suffix}"
    if not link.exists():
        link.symlink_to(stored)
    return link


def ensure_tables(case: Case) -> None:
    case.db.executescript(_DDL + _SUMMARY_DDL)
    keyed = [r[1] for r in case.db.execute("PRAGMA table_info(pii_summary)") if r[5]]
    if "personal" not in keyed:  # (a case made before a category could be both: its rows kept)
        with case.db:
            case.db.executescript(
                "ALTER TABLE pii_summary RENAME TO pii_summary_old;" + _SUMMARY_DDL
                + "INSERT INTO pii_summary SELECT * FROM pii_summary_old;"
                  "DROP TABLE pii_summary_old;")


def case_tasks(case: Case, links: Path, under: Iterable[Path] | None = None
               ) -> Iterator[FileTask | ScanError]:
    """One task per evidence item (only those acquired from under ``under``), with provenance.

    ``links`` is a private directory for extension-carrying links to stored copies.
    """
    roots = [Path(p).resolve() for p in under or ()]
    items = [i for i in case.evidence.items()
             if not roots or any(Path(i.original_path) == r or r in Path(i.original_path).parents
                                 for r in roots)]
    # display paths relative to where the items were acquired from, as a plain scan shows them
    base = os.path.commonpath([str(Path(i.original_path).parent) for i in items]) if items else ""
    for item in items:
        original = Path(item.original_path)
        path = item.readable_path
        display = os.path.relpath(original, base) if base else original.name
        if path is None:
            yield ScanError(display, f"evidence #{item.id} is a symlink; nothing to read")
            continue
        if path.suffix.lower() != original.suffix.lower():
            path = _named_like(path, original, links)
        yield FileTask(path, display, {"evidence_id": item.id, "sha256": item.sha256}, original)


class CaseScan:
    """A scan of a case's evidence that stores what it yields; iterate it, then ``summary``."""

    def __init__(self, case: Case, categories: Iterable[str] | None, workers: int | None,
                 reveal: bool = False, under: Iterable[Path] | None = None,
                 min_confidence: float = MIN_CONFIDENCE) -> None:
        self.case = case
        self._links = Path(tempfile.mkdtemp(prefix="leakscope-evidence-"))  # created 0700
        cats = tuple(categories) if categories else None
        self.scan = Scan(case_tasks(case, self._links, under), cats, workers, min_confidence)
        self.min_confidence = min_confidence
        self.scan_id = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ-") + uuid.uuid4().hex[:8]
        self.categories = list(categories) if categories else None
        self.reveal = reveal
        self.parquet = case.findings_dir / f"pii-{self.scan_id}.parquet"

    @property
    def summary(self) -> ScanSummary:
        return self.scan.summary

    def __iter__(self) -> Iterator[Finding | ScanError]:
        """Findings one by one (a ``FindingTable`` expanded: slower), stored as they come."""
        return one_by_one(self.batches())

    def batches(self) -> Iterator[Finding | FindingTable | ScanError]:
        """What ``Scan.batches`` yields (whole tables of findings too), stored as it comes."""
        ensure_tables(self.case)
        make_private_dir(self.case.findings_dir)
        started = dt.datetime.now(dt.UTC).isoformat()
        try:
            yield from self._stored(started)
        finally:
            shutil.rmtree(self._links, ignore_errors=True)

    def _stored(self, started: str) -> Iterator[Finding | FindingTable | ScanError]:
        with open_private(self.parquet, "wb") as handle, pq.ParquetWriter(handle, _SCHEMA) as out:
            groups = _RowGroups(out, self.scan_id)
            for item in self.scan.batches():
                if not isinstance(item, ScanError):
                    groups.add(item)
                yield item
            groups.close()
        self._record(started, groups.count)

    def _record(self, started: str, count: int) -> None:
        summary = self.summary
        digest = sha256_file(self.parquet)
        rel = self.parquet.relative_to(self.case.root).as_posix()
        with self.case.transaction():
            self.case.db.execute(
                "INSERT INTO pii_scans VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                (self.scan_id, started, dt.datetime.now(dt.UTC).isoformat(), summary.files,
                 summary.bytes, summary.seconds, summary.subjects, count, summary.errors, rel,
                 digest, json.dumps(self.categories)),
            )
            self.case.db.executemany(
                "INSERT INTO pii_summary VALUES (?,?,?,?)",
                [(self.scan_id, c, n, 1) for c, n in summary.categories.items()]
                + [(self.scan_id, c, n, 0) for c, n in summary.not_personal.items()],
            )
            self.case.ledger.append("pii.scan", {
                "scan_id": self.scan_id, "findings": count, "subjects": summary.subjects,
                "files": summary.files, "bytes": summary.bytes, "errors": summary.errors,
                "categories": dict(summary.categories), "parquet": rel, "parquet_sha256": digest,
                "min_confidence": self.min_confidence,
            })
            if self.reveal:
                self.case.ledger.append("pii.reveal", {
                    "scan_id": self.scan_id, "findings": count,
                    "reason": "unmasked PII values shown to the examiner (--reveal)",
                })


class _RowGroups:
    """Findings into Parquet row groups of about ``ROWS_PER_GROUP``, in arrival order."""

    def __init__(self, out: pq.ParquetWriter, scan_id: str) -> None:
        self._out, self._scan_id = out, scan_id
        self._findings: list[Finding] = []
        self._tables: list[pa.Table] = []
        self._pending = 0
        self.count = 0

    def add(self, item: Finding | FindingTable) -> None:
        if isinstance(item, FindingTable):
            self._take_findings()  # rows stay in arrival order
            self._tables.append(_stored_table(item, self._scan_id))
            n = len(item)
        else:
            self._findings.append(item)
            n = 1
        self.count += n
        self._pending += n
        if self._pending >= ROWS_PER_GROUP:
            self.close()

    def close(self) -> None:
        """Write what is pending (also at the end)."""
        self._take_findings()
        table = pa.concat_tables(self._tables) if self._tables else None
        if table is not None and table.num_rows:
            self._out.write_table(table, row_group_size=ROWS_PER_GROUP)
        self._tables, self._pending = [], 0

    def _take_findings(self) -> None:
        """The pending ``Finding``s as stored rows, one by one (today's engine's findings)."""
        if not self._findings:
            return
        rows, self._findings = self._findings, []
        self._tables.append(pa.Table.from_pylist([{
            "scan_id": self._scan_id, "evidence_id": f.evidence.get("evidence_id"),
            "evidence_sha256": f.evidence.get("sha256"), "path": f.path,
            "category": f.category, "value": f.value, "value_masked": mask(f.value, f.category),
            "location": json.dumps(f.location, ensure_ascii=False), "confidence": f.confidence,
            "detector": f.detector, "record": f.record, "personal": f.personal,
        } for f in rows], schema=_SCHEMA))


def _stored_table(table: FindingTable, scan_id: str) -> pa.Table:
    """A ``FindingTable`` as stored rows, column by column (the same as finding by finding)."""
    n = len(table)
    findings = table.table
    return pa.table([
        _constant(scan_id, n),
        pa.repeat(pa.scalar(table.evidence.get("evidence_id"), pa.int64()), n),
        _constant(table.evidence.get("sha256"), n), _constant(table.path, n),
        findings.column("category"), findings.column("value"), table.masked_values(),
        table.location_json(), findings.column("confidence").cast(pa.float32()),
        findings.column("detector"), findings.column("record"), findings.column("personal"),
    ], schema=_SCHEMA)


def _constant(text: str | None, n: int) -> pa.Array:
    """``text`` n times, made from its bytes repeated (``pa.repeat`` is 2x slower)."""
    if text is None:
        return pa.nulls(n, pa.string())
    data = text.encode()
    offsets = np.arange(n + 1, dtype=np.int64) * len(data)
    repeated = pa.Array.from_buffers(pa.large_string(), n, [None, pa.py_buffer(offsets),
                                                            pa.py_buffer(data * n)])
    return repeated.cast(pa.string())  # over 2 GiB of text: an error, not wrapped offsets


def scan_case(case: Case, categories: Iterable[str] | None = None, workers: int | None = None,
              reveal: bool = False) -> dict:
    """Scan every evidence item of ``case``, store the findings, return the summary record."""
    run = open_case_scan(case, categories, workers, reveal)
    for _ in run.batches():  # stored as they come; tables stay tables
        pass
    return run.summary.to_record() | {"scan_id": run.scan_id}


def open_case_scan(case: Case, categories: Iterable[str] | None = None,
                   workers: int | None = None, reveal: bool = False,
                   under: Iterable[Path] | None = None,
                   min_confidence: float = MIN_CONFIDENCE) -> CaseScan:
    """A ``CaseScan`` to iterate (the CLI prints findings as they come)."""
    return CaseScan(case, categories, workers, reveal, under, min_confidence)


def case_summary(case: Case) -> dict:
    """PII summary of the latest scan of ``case``: categories -> counts, subjects, files.

    ``{"scan_id", "categories": {category: findings}, "not_personal": {...}, "subjects",
    "files", "bytes", "findings", "errors", "scanned_at"}``; empty counts when never scanned.
    """
    ensure_tables(case)
    row = case.db.execute(
        "SELECT * FROM pii_scans ORDER BY finished_at DESC, rowid DESC LIMIT 1"
    ).fetchone()
    if row is None:
        return {"scan_id": None, "categories": {}, "not_personal": {}, "subjects": 0, "files": 0,
                "bytes": 0, "findings": 0, "errors": 0, "scanned_at": None}
    counts = case.db.execute(
        "SELECT category, findings, personal FROM pii_summary WHERE scan_id = ? ORDER BY category",
        (row["scan_id"],),
    ).fetchall()
    return {
        "scan_id": row["scan_id"],
        "categories": {r["category"]: r["findings"] for r in counts if r["personal"]},
        "not_personal": {r["category"]: r["findings"] for r in counts if not r["personal"]},
        "subjects": row["subjects"], "files": row["files"], "bytes": row["bytes"],
        "findings": row["findings"], "errors": row["errors"], "scanned_at": row["finished_at"],
    }


def case_findings(case: Case, scan_id: str | None = None) -> pa.Table:
    """Findings of a scan (default: the latest) as an Arrow table (values unmasked)."""
    scan_id = scan_id or case_summary(case)["scan_id"]
    if scan_id is None:
        return _SCHEMA.empty_table()
    rel = case.db.execute("SELECT parquet FROM pii_scans WHERE scan_id = ?", (scan_id,)).fetchone()
    return pq.read_table(case.root / rel["parquet"])
