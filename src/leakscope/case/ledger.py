"""The custody ledger: an append-only, hash-chained record of every action on a case.

Each entry's hash covers its own fields and the previous entry's hash, so editing, deleting
or reordering any row breaks the chain; the head (last seq and hash) is also kept outside
SQLite in `ledger.head`, so even removing the newest rows is caught.
"""

from __future__ import annotations

import getpass
import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from leakscope.case.hashing import sha256_bytes
from leakscope.case.private_fs import write_private

GENESIS_HASH = "0" * 64


def utc_now() -> str:
    return utc_iso()


def utc_iso(timestamp: float | None = None) -> str:
    """A POSIX time (default: now) as ISO 8601 UTC with microseconds and a `Z`."""
    moment = datetime.now(UTC) if timestamp is None else datetime.fromtimestamp(timestamp, UTC)
    return moment.isoformat(timespec="microseconds").replace("+00:00", "Z")


def default_actor() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


@dataclass(frozen=True)
class LedgerEntry:
    seq: int
    ts: str
    actor: str
    action: str
    details: dict[str, Any]
    prev_hash: str
    entry_hash: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "seq": self.seq,
            "ts": self.ts,
            "actor": self.actor,
            "action": self.action,
            "details": self.details,
            "prev_hash": self.prev_hash,
            "entry_hash": self.entry_hash,
        }


@dataclass(frozen=True)
class LedgerProblem:
    seq: int | None
    problem: str  # altered | removed | reordered | head_mismatch

    def __str__(self) -> str:
        where = f"ledger entry {self.seq}" if self.seq is not None else "ledger"
        return f"{where}: {self.problem}"


def _canonical_details(details: dict[str, Any]) -> str:
    return json.dumps(details, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def entry_hash(seq: int, ts: str, actor: str, action: str, details: str, prev_hash: str) -> str:
    payload = json.dumps(
        [seq, ts, actor, action, details, prev_hash], ensure_ascii=False, separators=(",", ":")
    )
    return sha256_bytes(payload.encode("utf-8"))


class CustodyLedger:
    """Appends to and verifies the `custody_ledger` table of one case."""

    def __init__(self, conn: sqlite3.Connection, head_path: Path, actor: str | None = None):
        self._conn = conn
        self._head_path = head_path
        self.actor = actor or default_actor()

    def append(
        self, action: str, details: dict[str, Any] | None = None, actor: str | None = None
    ) -> LedgerEntry:
        """Append one entry; call inside the caller's transaction to keep item and entry atomic."""
        details_text = _canonical_details(details or {})
        last = self._conn.execute(
            "SELECT seq, entry_hash FROM custody_ledger ORDER BY seq DESC LIMIT 1"
        ).fetchone()
        seq, prev = (last["seq"] + 1, last["entry_hash"]) if last else (1, GENESIS_HASH)
        ts, who = utc_now(), actor or self.actor
        digest = entry_hash(seq, ts, who, action, details_text, prev)
        self._conn.execute(
            "INSERT INTO custody_ledger(seq, ts, actor, action, details, prev_hash, entry_hash)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (seq, ts, who, action, details_text, prev, digest),
        )
        self._write_head(seq, digest)
        return LedgerEntry(seq, ts, who, action, json.loads(details_text), prev, digest)

    def _write_head(self, seq: int, digest: str) -> None:
        write_private(self._head_path, f"{seq} {digest}\n")

    def entries(self, action: str | None = None) -> Iterator[LedgerEntry]:
        sql, params = "SELECT * FROM custody_ledger", ()
        if action is not None:
            sql, params = sql + " WHERE action = ?", (action,)
        for row in self._conn.execute(sql + " ORDER BY seq", params):
            yield _entry(row)

    def last(self, action: str) -> LedgerEntry | None:
        row = self._conn.execute(
            "SELECT * FROM custody_ledger WHERE action = ? ORDER BY seq DESC LIMIT 1", (action,)
        ).fetchone()
        return None if row is None else _entry(row)

    def verify(self) -> list[LedgerProblem]:
        """Re-walk the chain; name each entry altered, removed or reordered."""
        rows = self._conn.execute("SELECT * FROM custody_ledger ORDER BY seq").fetchall()
        problems: list[LedgerProblem] = []
        previous = None
        for row in rows:
            expected_seq = 1 if previous is None else previous["seq"] + 1
            if row["seq"] != expected_seq:
                missing = ", ".join(str(s) for s in range(expected_seq, row["seq"]))
                problems.append(LedgerProblem(row["seq"], f"entries before it removed ({missing})"))
            if _recompute(row, row["seq"]) != row["entry_hash"]:
                problems.append(LedgerProblem(row["seq"], _why_mismatch(row, rows[-1]["seq"])))
            elif previous is not None and row["prev_hash"] != previous["entry_hash"]:
                problems.append(LedgerProblem(
                    row["seq"], "chain broken: the entry before it was rewritten or replaced"
                ))
            previous = row
        problems.extend(self._verify_head(previous))
        return problems

    def _verify_head(self, last_row: sqlite3.Row | None) -> list[LedgerProblem]:
        try:
            seq_text, digest = self._head_path.read_text().split()
        except (OSError, ValueError):
            return [LedgerProblem(None, f"head file {self._head_path.name} missing or unreadable")]
        if last_row is None or int(seq_text) != last_row["seq"] or digest != last_row["entry_hash"]:
            have = "none" if last_row is None else str(last_row["seq"])
            return [LedgerProblem(
                int(seq_text),
                f"newest entries removed or replaced (head says {seq_text}, table ends at {have})",
            )]
        return []


def _entry(row: sqlite3.Row) -> LedgerEntry:
    return LedgerEntry(
        row["seq"], row["ts"], row["actor"], row["action"],
        json.loads(row["details"]), row["prev_hash"], row["entry_hash"],
    )


def _recompute(row: sqlite3.Row, seq: int) -> str:
    return entry_hash(seq, row["ts"], row["actor"], row["action"], row["details"], row["prev_hash"])


def _why_mismatch(row: sqlite3.Row, max_seq: int) -> str:
    """An entry whose hash fits another position was moved; otherwise its content was edited."""
    for seq in range(1, max_seq + 2):
        if seq != row["seq"] and _recompute(row, seq) == row["entry_hash"]:
            return f"reordered (it was recorded as entry {seq})"
    return "altered (its content no longer matches its hash)"
