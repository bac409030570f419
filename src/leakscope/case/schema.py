"""The SQLite schema of case.sqlite: small transactional state; bulk data lives in Parquet."""

from __future__ import annotations

import sqlite3

SCHEMA_VERSION = 1

SCHEMA = """
CREATE TABLE IF NOT EXISTS case_info (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS custody_ledger (
    seq        INTEGER PRIMARY KEY,
    ts         TEXT NOT NULL,
    actor      TEXT NOT NULL,
    action     TEXT NOT NULL,
    details    TEXT NOT NULL,
    prev_hash  TEXT NOT NULL,
    entry_hash TEXT NOT NULL
);

-- The ledger is append-only: no code path updates or deletes an entry, and SQLite refuses to.
CREATE TRIGGER IF NOT EXISTS custody_ledger_no_update BEFORE UPDATE ON custody_ledger
BEGIN SELECT RAISE(ABORT, 'custody ledger is append-only'); END;
CREATE TRIGGER IF NOT EXISTS custody_ledger_no_delete BEFORE DELETE ON custody_ledger
BEGIN SELECT RAISE(ABORT, 'custody ledger is append-only'); END;

CREATE TABLE IF NOT EXISTS evidence_items (
    id                 INTEGER PRIMARY KEY,
    sha256             TEXT NOT NULL,
    md5                TEXT,
    sha1               TEXT,
    size               INTEGER NOT NULL,
    kind               TEXT NOT NULL,          -- file | archive | symlink
    original_path      TEXT NOT NULL,
    stored             INTEGER NOT NULL,       -- 1: copy in evidence/, 0: --reference or symlink
    link_target        TEXT,
    mtime              TEXT,
    atime              TEXT,
    ctime              TEXT,
    mode               TEXT,
    added_at           TEXT NOT NULL,
    added_by           TEXT NOT NULL,
    acquired_by        TEXT,
    source_description TEXT,
    note               TEXT,
    ledger_seq         INTEGER NOT NULL REFERENCES custody_ledger(seq),
    UNIQUE (sha256, original_path)
);
"""


def connect(path) -> sqlite3.Connection:
    """Open case.sqlite in WAL mode so readers (web UI, queries) never block a writer."""
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA busy_timeout=10000")
    return conn


def create_schema(conn: sqlite3.Connection) -> None:
    conn.executescript(SCHEMA)
    conn.execute(
        "INSERT OR REPLACE INTO case_info(key, value) VALUES ('schema_version', ?)",
        (str(SCHEMA_VERSION),),
    )
