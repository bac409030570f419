"""A case folder: the one place an investigation's state lives (DESIGN.md, "Case folder")."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from leakscope.case.errors import CaseError, CaseExistsError, NotACaseError
from leakscope.case.evidence import EvidenceStore
from leakscope.case.hashing import sha256_file
from leakscope.case.ledger import CustodyLedger, default_actor, utc_now
from leakscope.case.private_fs import FILE_MODE, make_private_dir
from leakscope.case.schema import connect, create_schema

DB_NAME = "case.sqlite"
HEAD_NAME = "ledger.head"
SUBDIRS = ("evidence", "events", "findings", "reports")


@dataclass(frozen=True)
class CaseInfo:
    name: str
    examiner: str
    timezone: str
    created_at: str


class Case:
    """An open case folder: its database, custody ledger and evidence store."""

    def __init__(self, root: Path, db: sqlite3.Connection, actor: str | None = None) -> None:
        self.root = root
        self.db = db
        info = self.info()
        self.ledger = CustodyLedger(db, root / HEAD_NAME, actor or info.examiner)
        self.evidence = EvidenceStore(self)

    # -- creating and opening ----------------------------------------------------------------

    @classmethod
    def init(
        cls,
        root: Path | str,
        name: str | None = None,
        examiner: str | None = None,
        timezone: str = "Asia/Tokyo",
    ) -> Case:
        """Create a new case folder (0700, files 0600) and record its creation in the ledger."""
        root = Path(root).absolute()
        try:
            ZoneInfo(timezone)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise CaseError(f"{timezone}: unknown time zone") from exc
        if root.exists() and (not root.is_dir() or any(root.iterdir())):
            raise CaseExistsError(root)
        make_private_dir(root)
        for sub in SUBDIRS:
            make_private_dir(root / sub)
        db_path = root / DB_NAME
        db_path.touch(mode=FILE_MODE)
        db = connect(db_path)
        create_schema(db)
        info = {
            "name": name or root.name,
            "examiner": examiner or default_actor(),
            "timezone": timezone,
            "created_at": utc_now(),
        }
        with _transaction(db):
            db.executemany(
                "INSERT INTO case_info(key, value) VALUES (?, ?)", list(info.items())
            )
            case = cls(root, db)
            case.ledger.append("case_created", info)
        _tighten(root)
        return case

    @classmethod
    def open(cls, root: Path | str, actor: str | None = None) -> Case:
        root = Path(root).absolute()
        db_path = root / DB_NAME
        if not root.is_dir():
            raise NotACaseError(root, "not a folder")
        if not db_path.is_file():
            raise NotACaseError(root)
        try:
            db = connect(db_path)
            db.execute("SELECT value FROM case_info WHERE key = 'name'").fetchone()
        except sqlite3.DatabaseError as exc:
            raise NotACaseError(root, f"case.sqlite unreadable: {exc}") from exc
        return cls(root, db, actor)

    # -- layout ------------------------------------------------------------------------------

    @property
    def evidence_dir(self) -> Path:
        return self.root / "evidence"

    @property
    def events_dir(self) -> Path:
        return self.root / "events"

    @property
    def findings_dir(self) -> Path:
        return self.root / "findings"

    @property
    def reports_dir(self) -> Path:
        return self.root / "reports"

    @property
    def timezone(self) -> str:
        return self.info().timezone

    def info(self) -> CaseInfo:
        rows = dict(self.db.execute("SELECT key, value FROM case_info").fetchall())
        if "name" not in rows:
            raise NotACaseError(self.root, "case_info is empty")
        return CaseInfo(rows["name"], rows["examiner"], rows["timezone"], rows["created_at"])

    def summary(self) -> dict[str, Any]:
        """What `case show` prints: the facts an examiner checks first."""
        info = self.info()
        items = self.evidence.items()
        verified = self.ledger.last("verified")
        head = self.db.execute(
            "SELECT COUNT(*) AS n, MAX(seq) AS seq FROM custody_ledger"
        ).fetchone()
        last = self.db.execute(
            "SELECT entry_hash FROM custody_ledger WHERE seq = ?", (head["seq"],)
        ).fetchone()
        return {
            "name": info.name,
            "path": str(self.root),
            "examiner": info.examiner,
            "timezone": info.timezone,
            "created_at": info.created_at,
            "items": len(items),
            "bytes": sum(item.size for item in items),
            "stored_items": sum(1 for item in items if item.stored),
            "referenced_items": sum(
                1 for item in items if not item.stored and item.kind != "symlink"
            ),
            "ledger_entries": head["n"],
            "ledger_head": last["entry_hash"] if last else None,
            "last_verified_at": verified.ts if verified else None,
            "last_verified_intact": verified.details.get("intact") if verified else None,
        }

    # -- state changes -----------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        with _transaction(self.db):
            yield self.db

    def record_output(self, path: Path, action: str, details: dict[str, Any] | None = None) -> str:
        """Hash a file leakscope generated (report, export) and record it in the ledger."""
        digest = sha256_file(path)
        with self.transaction():
            self.ledger.append(action, {"path": str(path), "sha256": digest, **(details or {})})
        return digest

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Case:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


@contextmanager
def _transaction(db: sqlite3.Connection) -> Iterator[None]:
    if db.in_transaction:  # nested: the outer transaction decides
        yield
        return
    db.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


def _tighten(root: Path) -> None:
    """SQLite creates its -wal/-shm files with the umask; make every case file 0600."""
    for path in root.iterdir():
        if path.is_file():
            path.chmod(FILE_MODE)
