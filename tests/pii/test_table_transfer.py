"""Finding tables cross from scan workers to the parent through private files in RAM."""

from __future__ import annotations

import os
import signal
import stat
import tempfile
from pathlib import Path

import pytest

from leakscope.pii import table_transfer
from leakscope.pii.finding import Finding, ScanError
from leakscope.pii.finding_table import FindingTable

pytestmark = pytest.mark.skipif(not Path("/dev/shm").is_dir(), reason="no /dev/shm")


def _table() -> FindingTable:
    findings = [Finding("phone_number", f"0901234{i:04d}", "c.csv", {"row": i, "field": "電話"},
                        0.99, "jp_numbering_plan", f"c.csv:{i}") for i in range(2, 300)]
    return FindingTable.from_findings("c.csv", findings, {}).with_evidence({"sha256": "ab"})


def test_a_table_arrives_whole_and_leaves_nothing_behind():
    drop = table_transfer.make_drop()
    try:
        assert stat.S_IMODE(drop.stat().st_mode) == 0o700
        table = _table()
        sent = table_transfer.send(table, drop)
        assert isinstance(sent, table_transfer.SentTable)
        got = sent.receive()
        assert not os.listdir(drop)  # unlinked as soon as it was mapped
        assert got.table.equals(table.table)
        assert (got.path, got.evidence, got.base) == (table.path, table.evidence, table.base)
        assert list(got.findings()) == list(table.findings())
    finally:
        table_transfer.remove_drop(drop)
    assert not drop.exists()


def test_without_a_folder_or_room_the_table_itself_is_sent(tmp_path):
    table = _table()
    assert table_transfer.send(table, None) is table
    gone = tmp_path / "removed"  # a folder that vanished (or filled up) mid-scan
    assert table_transfer.send(table, gone) is table
    assert not gone.exists()


def test_a_table_file_gone_before_the_parent_reads_it_is_an_error_naming_the_scanned_file():
    drop = table_transfer.make_drop()
    try:
        sent = table_transfer.send(_table(), drop)
        os.unlink(sent.file)
        error = sent.receive()
        assert isinstance(error, ScanError) and error.path == "c.csv"
        assert "findings lost between processes" in error.message
    finally:
        table_transfer.remove_drop(drop)


def test_tables_from_two_workers_equal_a_serial_scan(tmp_path, monkeypatch):
    from columnar_oracle import finding_key

    from leakscope import pii
    from leakscope.pii import scanner
    from leakscope.pii.finding_table import one_by_one

    header = "顧客ID,氏名,電話番号,メール,生年月日\n"
    for name, seed in (("a.csv", 1), ("b.csv", 2)):
        rows = [f"{i},山田 太郎{i % 7},090-{seed}234-{i:04d},user{i}@example.jp,"
                f"1985-01-{i % 28 + 1:02d}\n" for i in range(400)]
        (tmp_path / name).write_text(header + "".join(rows), encoding="cp932")
    serial = pii.scan([tmp_path], workers=1)
    expected = sorted(finding_key(f) for f in serial)
    monkeypatch.setattr(scanner, "POOL_MIN_BYTES", 0)  # pool even these small files
    ram = Path(tempfile.mkdtemp(dir="/dev/shm"))  # this scan's alone (others may run)
    monkeypatch.setattr(table_transfer, "_RAM", ram)
    pooled = pii.scan([tmp_path], workers=2)
    batches = list(pooled.batches())
    assert any(isinstance(b, FindingTable) for b in batches)
    assert sorted(finding_key(f) for f in one_by_one(batches)) == expected
    assert pooled.summary.subjects == serial.summary.subjects
    assert pooled.summary.categories == serial.summary.categories
    assert not list(ram.iterdir())  # the scan's folder is gone
    ram.rmdir()


def test_folders_of_scans_killed_before_they_cleaned_up_are_removed(tmp_path, monkeypatch):
    """A scan killed outright leaves its findings in RAM; the next scan removes them."""
    import subprocess
    import sys

    ram = Path(tempfile.mkdtemp(dir="/dev/shm"))
    monkeypatch.setattr(table_transfer, "_RAM", ram)
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True).stdout.strip()
    orphan = ram / f"leakscope-scan-{gone}-abc"
    orphan.mkdir()
    (orphan / "1-0.arrow").write_bytes(b"findings")
    alive = ram / f"leakscope-scan-{os.getpid()}-def"  # a scan still running: kept
    alive.mkdir()
    drop = table_transfer.make_drop()
    assert drop is not None and drop.name.startswith(f"leakscope-scan-{os.getpid()}-")
    assert not orphan.exists() and alive.exists()
    for folder in (drop, alive):
        folder.rmdir()
    ram.rmdir()


def _scan_with_workers(tmp_path: Path):
    """A two-worker scan of two ~11 MB CSVs, returned once its folder in RAM is there."""
    import subprocess
    import sys
    import time

    block = "顧客ID,氏名,電話番号,メール\n" + "".join(
        f"{i},山田 太郎,090-1234-{i % 10000:04d},user{i}@example.jp\n" for i in range(20_000))
    for name in ("a.csv", "b.csv"):
        (tmp_path / name).write_text(block * 12, encoding="utf-8")
    scan = subprocess.Popen([sys.executable, "-m", "leakscope.cli", "scan", "--json",
                             "--workers", "2", str(tmp_path)], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while not list(Path("/dev/shm").glob(f"leakscope-scan-{scan.pid}-*")) and scan.poll() is None:
        assert time.monotonic() < deadline
        time.sleep(0.01)
    return scan


def test_a_terminated_scan_removes_its_findings_from_ram(tmp_path):
    """`kill` / `timeout` (SIGTERM) unwinds the CLI as Ctrl-C does: no folder is left, even
    for a SIGTERM landing while the workers start (one of them forked but not yet known)."""
    import time

    scan = _scan_with_workers(tmp_path)
    while scan.poll() is None:  # again and again (one landing in a fork hook is swallowed;
        scan.terminate()         # one during the clean-up must not cut it short)
        time.sleep(0.05)
    assert scan.wait(timeout=60) in (143, -signal.SIGTERM)  # unwound, or at interpreter exit
    assert not list(Path("/dev/shm").glob(f"leakscope-scan-{scan.pid}-*"))


def _children(pid: int) -> list[int]:
    found = []
    for stat_file in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat_file.read_text().rsplit(")", 1)[1].split()
        except OSError:  # gone meanwhile
            continue
        if int(fields[1]) == pid:
            found.append(int(stat_file.parent.name))
    return found


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="no procfs")
def test_the_workers_of_a_scan_killed_outright_stop_too(tmp_path):
    """A SIGKILL runs no clean-up in the scan, but its workers must not wait on its queue for
    ever, holding findings: they are told to stop when their parent dies."""
    import time

    scan = _scan_with_workers(tmp_path)
    deadline = time.monotonic() + 60
    while len(workers := _children(scan.pid)) < 2:  # (the folder is made before they start)
        assert time.monotonic() < deadline and scan.poll() is None
        time.sleep(0.01)
    scan.kill()
    scan.wait(timeout=60)
    deadline = time.monotonic() + 30
    while any(Path(f"/proc/{pid}").exists() for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    alive = [pid for pid in workers if Path(f"/proc/{pid}").exists()]
    for pid in alive:
        os.kill(pid, signal.SIGKILL)
    table_transfer.make_drop().rmdir()  # the dead scan's folder goes with the next scan's
    assert alive == []
