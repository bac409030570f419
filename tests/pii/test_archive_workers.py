"""A zip of several big tables, its members read by two worker processes side by side.

What a user sees must not depend on the worker count: the same findings (every field, each
member's in its order), errors, people, files and evidence as one worker; the archive's limits
(bombs, encryption, zip-slip names, damage, its byte budget) apply to every part; a member
gone or broken between the listing and its worker's read is an error naming it.
"""

from __future__ import annotations

import io
import multiprocessing as mp
import stat
import tempfile
import time
import zipfile
from collections import Counter
from pathlib import Path

import pytest
from columnar_oracle import finding_key
from test_columnar_archives import NOTES, _csv, _zip
from test_columnar_sqlite import _database
from test_columnar_xlsx import _hr_workbook

from leakscope import pii
from leakscope.pii import pool_lifecycle, scan_tasks, scanner
from leakscope.pii.extract import ArchiveLimits, zip_parts
from leakscope.pii.extract.base import BudgetExhausted, TableMember
from leakscope.pii.finding_table import FindingTable
from leakscope.pii.member_tables import plan_member
from leakscope.pii.units import ExtractError

EVIDENCE = {"evidence_id": 7, "sha256": "ab" * 32}


@pytest.fixture(autouse=True)
def small_parts(monkeypatch):
    """Members of a few kB are worth a worker here (the real threshold is megabytes)."""
    monkeypatch.setattr(zip_parts, "PART_MIN_BYTES", 8_000)


def _export(tmp_path: Path, **extra: bytes) -> Path:
    """A share's export: three tables worth a worker each, and notes that are not."""
    return _zip(tmp_path / "leak.zip", {
        "export/顧客.csv": _csv(tmp_path, 150, 31),
        "notes.txt": NOTES.encode(),
        "export/会員.tsv": _csv(tmp_path, 150, 32, "utf-8", "\t"),
        **extra,
        "export/退会者.csv": _csv(tmp_path, 120, 33),
    })


def _scan(path: Path, workers: int) -> dict:
    """What a user sees of a scan of ``path`` as case evidence."""
    run = scanner.Scan([scan_tasks.FileTask(path, path.name, EVIDENCE)], None, workers, 0.5)
    found, errors, evidence, tables = [], [], set(), 0
    for item in run.batches():
        tables += isinstance(item, FindingTable)
        if isinstance(item, pii.ScanError):
            errors.append((item.path, item.message))
            continue
        for finding in item.findings() if isinstance(item, FindingTable) else [item]:
            found.append(finding_key(finding))
            evidence.add(tuple(sorted(finding.evidence.items())))
    summary = run.summary.to_record()
    del summary["seconds"]
    return {"found": found, "errors": Counter(errors), "evidence": evidence,
            "summary": summary, "tables": tables}


def _same(path: Path) -> tuple[dict, dict]:
    one, two = _scan(path, 1), _scan(path, 2)
    assert Counter(two["found"]) == Counter(one["found"])
    for member in {key[0] for key in one["found"]}:  # each member's findings in its order
        assert [k for k in two["found"] if k[0] == member] == \
            [k for k in one["found"] if k[0] == member]
    assert two["errors"] == one["errors"]
    assert two["summary"] == one["summary"] and two["summary"]["files"] == 1
    assert two["tables"] == one["tables"]  # the table path in the workers too
    assert one["evidence"] == two["evidence"] == {tuple(sorted(EVIDENCE.items()))}
    return one, two


def _parts(path: Path) -> list[scan_tasks.FileTask]:
    tasks, archives = scan_tasks.with_parts([scan_tasks.FileTask(path, path.name)])
    assert archives == len({t.part.slot for t in tasks if t.part})
    return tasks


def test_several_tables_in_two_workers_give_what_one_worker_gives(tmp_path):
    inner = io.BytesIO()  # stored: a zip of 8 kB or more, a part of its own, read nested
    with zipfile.ZipFile(inner, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("2023/顧客.csv", _csv(tmp_path, 100, 37))
    path = _export(tmp_path, **{"old.zip": inner.getvalue()})
    tasks = _parts(path)  # largest first: the lead part (notes.txt) last
    assert {t.part.member.name for t in tasks[:-1]} == \
        {"export/顧客.csv", "export/会員.tsv", "old.zip", "export/退会者.csv"}
    sizes = [t.part.member.file_size for t in tasks[:-1]]
    assert sizes == sorted(sizes, reverse=True)
    assert [t.files for t in tasks] == [0, 0, 0, 0, 1] and tasks[-1].part.lead
    assert {t.shown for t in tasks} == {"leak.zip", "leak.zip!export/顧客.csv",  # what a
        "leak.zip!export/会員.tsv", "leak.zip!old.zip", "leak.zip!export/退会者.csv"}  # bug names
    one, _two = _same(path)
    assert one["tables"] == 4
    assert {k[0] for k in one["found"]} == {f"leak.zip!{name}" for name in (
        "export/顧客.csv", "notes.txt", "export/会員.tsv", "old.zip!2023/顧客.csv",
        "export/退会者.csv")}
    assert one["summary"]["subjects"] > 300 and not one["errors"]


def test_a_workbook_and_a_database_beside_a_csv(tmp_path):
    path = _zip(tmp_path / "backup.zip", {
        "hr/社員名簿.xlsx": _hr_workbook(tmp_path / "hr.xlsx").read_bytes(),
        "db/shop.sqlite": _database(tmp_path / "shop.sqlite", 200, 7).read_bytes(),
        "顧客.csv": _csv(tmp_path, 150, 38),
    })
    assert len(_parts(path)) == 4
    one, _two = _same(path)
    assert one["tables"] >= 3 and not one["errors"]
    assert {"backup.zip!hr/社員名簿.xlsx", "backup.zip!db/shop.sqlite"} <= \
        {k[0] for k in one["found"]}


def test_one_big_table_beside_many_small_files(tmp_path):
    notes = {f"notes/{i:02d}.txt": (NOTES * 12).encode() for i in range(30)}  # 1 kB each
    path = _zip(tmp_path / "share.zip", {**notes, "顧客.csv": _csv(tmp_path, 150, 39)})
    tasks = _parts(path)
    assert [t.part.member.name if t.part.member else None for t in tasks] == [None, "顧客.csv"]
    one, _two = _same(path)
    assert len({k[0] for k in one["found"]}) == 31


def test_a_small_zip_and_one_worker_are_read_whole(tmp_path, monkeypatch):
    path = _export(tmp_path)
    assert len(zip_parts.split_zip(path, 0)) == 4
    with zipfile.ZipFile(path) as archive:
        declared = sum(info.file_size for info in archive.infolist())
    for limits in (ArchiveLimits(max_members=3), ArchiveLimits(max_total_bytes=declared - 1)):
        assert zip_parts.split_zip(path, 0, limits) is None  # its limit cuts in order: whole
    assert len(zip_parts.split_zip(path, 0, ArchiveLimits(max_total_bytes=declared))) == 4
    monkeypatch.setattr(zip_parts, "PART_MIN_BYTES", 1 << 20)
    assert _parts(path) == [scan_tasks.FileTask(path, path.name)]
    notes = {f"notes/{i}.txt": NOTES.encode() for i in range(20)}  # under 8 kB together
    small = _zip(tmp_path / "small.zip", {**notes, "顧客.csv": _csv(tmp_path, 150, 39)})
    monkeypatch.setattr(zip_parts, "PART_MIN_BYTES", 8_000)
    assert _parts(small) == [scan_tasks.FileTask(small, small.name)]

    def never(*_args):
        raise AssertionError("one worker must not cut the archive")

    monkeypatch.setattr(zip_parts, "split_zip", never)
    assert _scan(path, 1)["summary"]["files"] == 1


def _encrypt(data: bytes, name: str) -> bytes:
    """``data`` (a zip) with ``name``'s "encrypted" flag set, as ZipCrypto sets it."""
    out = bytearray(data)
    encoded = name.encode()
    for signature, flag, name_at in ((b"PK\x03\x04", 6, 30), (b"PK\x01\x02", 8, 46)):
        start = 0
        while (start := out.find(signature, start)) >= 0:
            if out[start + name_at:start + name_at + len(encoded)] == encoded:
                out[start + flag] |= 1
            start += 4
    return bytes(out)


def test_bombs_locked_hostile_and_broken_members_keep_their_errors(tmp_path):
    big_locked = _csv(tmp_path, 150, 34)
    path = _export(tmp_path, **{
        "zeros.bin": bytes(9 << 20),  # declares over 250:1 above the 8 MB floor: a bomb
        "locked.csv": big_locked,
        "../../etc/cron.d/x.csv": _csv(tmp_path, 100, 35),  # zip-slip: its own part
        "broken.csv": _csv(tmp_path, 150, 36),
    })
    data = _encrypt(path.read_bytes(), "locked.csv")
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        info = archive.getinfo("broken.csv")
    at = info.header_offset + 30 + len(info.filename) + info.compress_size // 2
    data = data[:at] + bytes(64) + data[at + 64:]  # damage in the middle of its deflate data
    path.write_bytes(data)
    names = {t.part.member.name for t in _parts(path) if t.part and t.part.member}
    assert {"../../etc/cron.d/x.csv", "broken.csv"} <= names
    assert not names & {"zeros.bin", "locked.csv"}  # refused by the lead part, unread
    one, _two = _same(path)
    messages = {p: m for p, m in one["errors"]}
    assert "zip bomb suspected" in messages["leak.zip!zeros.bin"]
    assert "encrypted" in messages["leak.zip!locked.csv"]
    assert "zip-slip" in messages["leak.zip!../../etc/cron.d/x.csv"]
    assert any("corrupt" in m for p, m in one["errors"] if p == "leak.zip!broken.csv")
    paths = {k[0] for k in one["found"]}
    assert {"leak.zip!export/会員.tsv", "leak.zip!../../etc/cron.d/x.csv"} <= paths


def _gone_after_listing(monkeypatch, change) -> None:
    """The archive changes (``change(path)``) between its listing and the workers' reads."""
    split = zip_parts.split_zip

    def then_change(path, slot, limits=None):
        parts = split(path, slot, limits)
        if parts:
            change(path)
        return parts

    monkeypatch.setattr(zip_parts, "split_zip", then_change)


def test_a_member_gone_since_the_listing_is_named_and_the_rest_kept(tmp_path, monkeypatch):
    path = _export(tmp_path)
    with zipfile.ZipFile(path) as archive:
        kept = {name: archive.read(name) for name in archive.namelist()
                if name != "export/会員.tsv"}
    _gone_after_listing(monkeypatch, lambda p: _zip(p, kept))
    two = _scan(path, 2)
    assert two["errors"] == Counter({("leak.zip!export/会員.tsv", "member no longer in the "
                                      "archive as it was listed (the file changed or was "
                                      "damaged since); not scanned"): 1})
    assert {k[0] for k in two["found"]} == {
        "leak.zip!export/顧客.csv", "leak.zip!notes.txt", "leak.zip!export/退会者.csv"}


def test_an_archive_broken_since_the_listing_names_each_part(tmp_path, monkeypatch):
    path = _export(tmp_path)
    _gone_after_listing(monkeypatch, lambda p: p.write_bytes(p.read_bytes()[:200]))
    two = _scan(path, 2)
    assert not two["found"] and two["summary"]["files"] == 1
    assert {p for p, _ in two["errors"]} == {
        "leak.zip", "leak.zip!export/顧客.csv", "leak.zip!export/会員.tsv",
        "leak.zip!export/退会者.csv"}
    assert all("corrupt or unreadable zip" in m for _, m in two["errors"])


def test_a_part_spills_into_a_private_area_removed_after(tmp_path, monkeypatch):
    spill = tmp_path / "spill"
    spill.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(spill))
    path = _export(tmp_path)
    (member,) = [t.part for t in _parts(path) if t.part.member
                 and t.part.member.name == "export/会員.tsv"]
    items = zip_parts.part_items(path, "leak.zip", member, mp.Array("q", 1), plan_member)
    table = next(item for item in items if isinstance(item, TableMember))
    (area,) = spill.iterdir()  # while the table waits to be read, its copy is there
    (copy,) = area.iterdir()
    assert stat.S_IMODE(area.stat().st_mode) == 0o700
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert table.display == "leak.zip!export/会員.tsv"
    items.close()
    assert list(spill.iterdir()) == []


def _hold_a_member(path: Path, spill: str, ready, result_q) -> None:
    """A worker at a table member (its copy spilled), told to stop while it waits."""
    tempfile.tempdir = spill
    zip_parts.PART_MIN_BYTES = 8_000
    pool_lifecycle.stop_on_terminate(result_q)
    part = zip_parts.split_zip(path, 0)[0]
    items = zip_parts.part_items(path, "leak.zip", part, mp.Array("q", 1), plan_member)
    next(item for item in items if isinstance(item, TableMember))
    ready.set()
    time.sleep(60)


def test_a_worker_stopped_early_removes_its_member_copy(tmp_path):
    spill = tmp_path / "spill"
    spill.mkdir()
    ctx = mp.get_context("spawn")
    ready, results = ctx.Event(), ctx.Queue()
    worker = ctx.Process(target=_hold_a_member, daemon=True,
                         args=(_export(tmp_path), str(spill), ready, results))
    worker.start()
    assert ready.wait(20)
    assert [len(list(area.iterdir())) for area in spill.iterdir()] == [1]
    worker.terminate()  # what a scan left early does to its workers
    worker.join(30)
    assert worker.exitcode == 1
    assert list(spill.iterdir()) == []


def test_the_parts_share_one_byte_budget(tmp_path):
    path = _export(tmp_path)
    first, second, _third, lead = (task.part for task in _parts(path))
    totals = mp.Array("q", 1)
    limit = first.member.file_size + second.member.file_size // 2
    spent = []
    for part in (first, second):
        ctx = zip_parts.SharedBudget(totals, part.slot, None)
        ctx.limits = ArchiveLimits(max_total_bytes=limit)
        with zipfile.ZipFile(path) as archive:
            stream = archive.open(part.member.filename)
            try:
                ctx.spill(stream, part.member.name)
                spent.append(totals[0])
            except BudgetExhausted as error:
                spent.append(str(error))
            finally:
                ctx.close()
    assert spent[0] == first.member.file_size
    assert "archive expands beyond the limit" in spent[1]  # the two together, not each
    items = list(zip_parts.part_items(path, "leak.zip", lead, totals, None))
    assert totals[0] > first.member.file_size  # the lead's notes counted in the same total
    assert not [i for i in items if isinstance(i, ExtractError)]
