from __future__ import annotations

import stat
from pathlib import Path

import pytest

from leakscope.case import Case, CaseError, CaseExistsError, NotACaseError


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_init_creates_private_folder_and_records_creation(case: Case) -> None:
    assert _mode(case.root) == 0o700
    for sub in ("evidence", "events", "findings", "reports"):
        assert _mode(case.root / sub) == 0o700
    for path in case.root.iterdir():
        if path.is_file():
            assert _mode(path) == 0o600, path
    [entry] = list(case.ledger.entries())
    assert entry.action == "case_created"
    assert entry.details["name"] == "テスト案件"
    assert entry.actor == "examiner-1"
    assert case.timezone == "Asia/Tokyo"


def test_init_refuses_non_empty_folder(tmp_path: Path) -> None:
    (tmp_path / "x").mkdir()
    (tmp_path / "x" / "keep.txt").write_text("mine")
    with pytest.raises(CaseExistsError, match="already exists and is not empty"):
        Case.init(tmp_path / "x")
    assert (tmp_path / "x" / "keep.txt").read_text() == "mine"


def test_init_rejects_unknown_timezone(tmp_path: Path) -> None:
    with pytest.raises(CaseError, match="Mars/Olympus"):
        Case.init(tmp_path / "c", timezone="Mars/Olympus")


def test_open_names_folder_that_is_not_a_case(tmp_path: Path) -> None:
    with pytest.raises(NotACaseError, match=str(tmp_path)):
        Case.open(tmp_path)
    (tmp_path / "case.sqlite").write_bytes(b"not a database at all" * 100)
    with pytest.raises(NotACaseError, match="unreadable"):
        Case.open(tmp_path)


def test_reopened_case_keeps_its_chain(case: Case) -> None:
    root = case.root
    case.close()
    with Case.open(root) as again:
        with again.transaction():
            again.ledger.append("note", {"text": "再開"})
        assert [e.action for e in again.ledger.entries()] == ["case_created", "note"]
        assert again.ledger.verify() == []


def test_record_output_hashes_generated_file(case: Case) -> None:
    report = case.reports_dir / "r.md"
    report.write_text("# 報告書\n", encoding="utf-8")
    digest = case.record_output(report, "report_generated", {"format": "md"})
    entry = case.ledger.last("report_generated")
    assert entry is not None and entry.details["sha256"] == digest
    assert len(digest) == 64


def test_ledger_refuses_update_and_delete_through_sqlite(case: Case) -> None:
    import sqlite3

    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        case.db.execute("UPDATE custody_ledger SET actor = 'mallory'")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        case.db.execute("DELETE FROM custody_ledger")
