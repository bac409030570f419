"""Tampering with a stored copy or with the ledger must make `verify` fail and say what changed."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from leakscope.case import Case, verify_case
from leakscope.cli.main import app

runner = CliRunner()


@pytest.fixture
def filled(case: Case, share: Path) -> Case:
    list(case.evidence.add([share]))
    for note in ("確認1", "確認2", "確認3"):
        with case.transaction():
            case.ledger.append("note", {"text": note})
    return case


def _raw_db(case: Case) -> sqlite3.Connection:
    """What an attacker with the file would do: drop the guards and edit rows directly."""
    db = sqlite3.connect(case.root / "case.sqlite", isolation_level=None)
    db.execute("DROP TRIGGER custody_ledger_no_update")
    db.execute("DROP TRIGGER custody_ledger_no_delete")
    return db


def _verify_cli(case: Case):
    return runner.invoke(app, ["evidence", "verify", str(case.root)])


def test_intact_case_verifies_and_the_check_is_recorded(filled: Case) -> None:
    result = _verify_cli(filled)
    assert result.exit_code == 0, result.output
    assert "intact" in result.output
    entry = filled.ledger.last("verified")
    assert entry is not None and entry.details["intact"] is True
    assert entry.details["items_checked"] == 4


def test_one_byte_changed_in_stored_copy_is_named(filled: Case, share: Path) -> None:
    item = next(i for i in filled.evidence.items() if i.original_path.endswith("customers.csv"))
    stored = item.readable_path
    os.chmod(stored, 0o600)
    data = bytearray(stored.read_bytes())
    data[5] ^= 0x01
    stored.write_bytes(bytes(data))
    result = _verify_cli(filled)
    assert result.exit_code == 1
    assert item.original_path in result.output and item.sha256 in result.output
    assert "stored copy changed" in result.output
    assert filled.ledger.last("verified").details["intact"] is False


def test_referenced_original_changed_is_named(case: Case, tmp_path: Path) -> None:
    original = tmp_path / "huge.log"
    original.write_text("line 1\n")
    list(case.evidence.add([original], reference=True))
    original.write_text("line 1 edited\n")
    report = verify_case(case)
    assert not report.intact
    assert "referenced original changed" in str(report.item_problems[0])


def test_stored_copy_deleted_is_named(filled: Case) -> None:
    item = next(i for i in filled.evidence.items() if i.original_path.endswith("memo.txt"))
    item.readable_path.unlink()
    report = verify_case(filled)
    assert [p.original_path for p in report.item_problems] == [item.original_path]
    assert "missing" in report.item_problems[0].problem


def test_ledger_row_edited_is_named(filled: Case) -> None:
    db = _raw_db(filled)
    db.execute("UPDATE custody_ledger SET details = '{\"text\":\"改ざん\"}' WHERE seq = 7")
    result = _verify_cli(filled)
    assert result.exit_code == 1
    assert "ledger entry 7: altered" in result.output


def test_ledger_row_rewritten_with_fresh_hash_breaks_the_next_link(filled: Case) -> None:
    from leakscope.case.ledger import entry_hash

    db = _raw_db(filled)
    row = db.execute("SELECT * FROM custody_ledger WHERE seq = 6").fetchone()
    forged = entry_hash(6, row[1], "mallory", row[3], row[4], row[5])
    db.execute("UPDATE custody_ledger SET actor='mallory', entry_hash=? WHERE seq=6", (forged,))
    problems = [str(p) for p in filled.ledger.verify()]
    assert any(p.startswith("ledger entry 7: chain broken") for p in problems), problems


def test_ledger_row_deleted_is_named(filled: Case) -> None:
    _raw_db(filled).execute("DELETE FROM custody_ledger WHERE seq = 6")
    result = _verify_cli(filled)
    assert result.exit_code == 1
    assert "ledger entry 7: entries before it removed (6)" in result.output


def test_newest_ledger_row_deleted_is_caught_by_the_head(filled: Case) -> None:
    _raw_db(filled).execute("DELETE FROM custody_ledger WHERE seq = 8")
    problems = [str(p) for p in filled.ledger.verify()]
    assert problems == ["ledger entry 8: newest entries removed or replaced "
                        "(head says 8, table ends at 7)"]


def test_ledger_rows_reordered_are_named(filled: Case) -> None:
    db = _raw_db(filled)
    db.execute("UPDATE custody_ledger SET seq = 100 WHERE seq = 6")
    db.execute("UPDATE custody_ledger SET seq = 6 WHERE seq = 7")
    db.execute("UPDATE custody_ledger SET seq = 7 WHERE seq = 100")
    problems = [str(p) for p in filled.ledger.verify()]
    assert "ledger entry 6: reordered (it was recorded as entry 7)" in problems
    assert "ledger entry 7: reordered (it was recorded as entry 6)" in problems


def test_evidence_row_edited_to_match_a_tampered_copy_is_named(filled: Case) -> None:
    item = filled.evidence.items()[0]
    db = sqlite3.connect(filled.root / "case.sqlite", isolation_level=None)
    db.execute("UPDATE evidence_items SET size = 1 WHERE id = ?", (item.id,))
    report = verify_case(filled)
    assert any("record edited after it was added (size" in str(p) for p in report.item_problems)
