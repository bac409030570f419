from __future__ import annotations

import hashlib
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from leakscope.case import Case


def _by_name(outcomes) -> dict[str, object]:
    return {Path(o.path).name: o for o in outcomes}


def test_folder_added_recursively_with_all_digests(case: Case, share: Path) -> None:
    outcomes = _by_name(case.evidence.add([share]))
    assert {name: o.status for name, o in outcomes.items()} == {
        "customers.csv": "added", "memo.txt": "added", "backup.zip": "added", "latest": "added",
    }
    csv_path = share / "顧客" / "2024" / "customers.csv"
    data = csv_path.read_bytes()
    item = outcomes["customers.csv"].item
    assert item.sha256 == hashlib.sha256(data).hexdigest()
    assert item.md5 == hashlib.md5(data).hexdigest()
    assert item.sha1 == hashlib.sha1(data).hexdigest()
    assert item.size == len(data)
    assert item.original_path == str(csv_path)
    assert item.mtime.endswith("Z") and item.added_by == "examiner-1"
    # The copy is content-addressed, byte-identical, and has no write bits.
    stored = item.readable_path
    assert stored.parent.parent.parent == case.evidence_dir
    assert stored.name == item.sha256 and stored.read_bytes() == data
    assert stat.S_IMODE(stored.stat().st_mode) & 0o222 == 0
    assert outcomes["backup.zip"].item.kind == "archive"


def test_symlink_recorded_not_followed(case: Case, share: Path) -> None:
    outcomes = _by_name(case.evidence.add([share / "latest"]))
    item = outcomes["latest"].item
    assert item.kind == "symlink" and item.link_target == "memo.txt"
    assert item.readable_path is None and not item.stored


def test_symlink_loop_does_not_hang(case: Case, tmp_path: Path) -> None:
    loop = tmp_path / "loop"
    loop.mkdir()
    (loop / "a").symlink_to(loop / "b")
    (loop / "b").symlink_to(loop / "a")
    (loop / "self").symlink_to(loop)
    statuses = {Path(o.path).name: o.status for o in case.evidence.add([loop])}
    assert statuses == {"a": "added", "b": "added", "self": "added"}


def test_same_file_twice_recorded_once(case: Case, share: Path) -> None:
    first = list(case.evidence.add([share / "memo.txt"]))
    second = list(case.evidence.add([share / "memo.txt"]))
    assert [o.status for o in first] == ["added"]
    assert [o.status for o in second] == ["duplicate"]
    assert second[0].item.id == first[0].item.id
    assert len(case.evidence.items()) == 1
    assert len(list(case.ledger.entries("evidence_added"))) == 1


def test_same_content_at_two_paths_is_two_items_one_copy(case: Case, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("同じ内容")
    (tmp_path / "b.txt").write_text("同じ内容")
    items = [o.item for o in case.evidence.add([tmp_path / "a.txt", tmp_path / "b.txt"])]
    assert items[0].sha256 == items[1].sha256 and items[0].id != items[1].id
    copies = [p for p in case.evidence_dir.rglob("*") if p.is_file()]
    assert len(copies) == 1


def test_bad_paths_named_and_the_rest_added(case: Case, tmp_path: Path, share: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    outcomes = list(case.evidence.add([tmp_path / "missing.csv", fifo, share / "memo.txt"]))
    errors = {Path(o.path).name: o.error for o in outcomes if o.status == "error"}
    assert "no such file" in errors["missing.csv"]
    assert "FIFO" in errors["pipe"]
    assert [Path(o.path).name for o in outcomes if o.status == "added"] == ["memo.txt"]


def test_device_file_refused(case: Case) -> None:
    [outcome] = list(case.evidence.add(["/dev/null"]))
    assert outcome.status == "error" and "device file" in outcome.error


def test_case_folder_cannot_be_its_own_evidence(case: Case) -> None:
    [outcome] = list(case.evidence.add([case.root]))
    assert outcome.status == "error" and "inside the case" in outcome.error


def test_reference_hashes_in_place_without_copy(case: Case, share: Path) -> None:
    [outcome] = list(case.evidence.add([share / "memo.txt"], reference=True))
    assert outcome.item.stored is False
    assert outcome.item.readable_path == share / "memo.txt"
    assert not [p for p in case.evidence_dir.rglob("*") if p.is_file()]


def test_interrupt_keeps_what_was_recorded_and_rerun_finishes(case: Case, tmp_path: Path) -> None:
    for i in range(5):
        (tmp_path / "in" / f"f{i}.bin").parent.mkdir(exist_ok=True)
        (tmp_path / "in" / f"f{i}.bin").write_bytes(os.urandom(1024 * (i + 1)))
    outcomes = case.evidence.add([tmp_path / "in"], workers=1)
    with pytest.raises(KeyboardInterrupt):
        for n, _ in enumerate(outcomes):
            if n == 1:
                raise KeyboardInterrupt
    outcomes.close()
    assert len(case.evidence.items()) == 2
    assert case.ledger.verify() == []
    assert not list((case.evidence_dir / ".incoming").iterdir())
    statuses = [o.status for o in case.evidence.add([tmp_path / "in"])]
    assert sorted(statuses) == ["added"] * 3 + ["duplicate"] * 2
    assert len(case.evidence.items()) == 5


FILL_DISK = """
import resource, signal, sys
from leakscope.case import Case
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
case = Case.open(sys.argv[1])
resource.setrlimit(resource.RLIMIT_FSIZE, (1_000_000, 1_000_000))
for o in case.evidence.add(sys.argv[2:]):
    print(o.status, o.path, o.error)
"""


def test_disk_filling_midway_names_file_and_keeps_case_consistent(
    case: Case, tmp_path: Path
) -> None:
    big, small = tmp_path / "big.bin", tmp_path / "small.txt"
    big.write_bytes(os.urandom(3_000_000))
    small.write_text("小さい")
    run = subprocess.run(
        [sys.executable, "-c", FILL_DISK, str(case.root), str(big), str(small)],
        capture_output=True, text=True, check=True,
    )
    lines = run.stdout.splitlines()
    assert any(line.startswith(f"error {big}") and "File too large" in line for line in lines)
    assert f"added {small} None" in lines
    assert [item.original_path for item in case.evidence.items()] == [str(small)]
    assert not list((case.evidence_dir / ".incoming").iterdir())
    assert [o.status for o in case.evidence.add([big])] == ["added"]
