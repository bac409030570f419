"""Tables inside archives go the table path and give what the cell-by-cell path gives.

A zip of CSV exports, a tar.gz of a TSV and notes, a zip in a zip, a SQLite file and a dump in
a zip, damaged and hostile members: `pii.scan` must report the same findings (every field, in
the same order, errors in their place) and the same people as the path before, where every
member went through the extractors and the engine cell by cell.
"""

from __future__ import annotations

import gzip
import io
import tarfile
import tempfile
import zipfile
from functools import partial
from pathlib import Path

import pytest
from columnar_oracle import engine_reference, finding_key
from test_columnar import _rows, _write
from test_columnar_sqldump import _mysql_dump
from test_columnar_sqlite import _database
from test_columnar_xlsx import _hr_workbook

import leakscope.pii.columnar as columnar
from leakscope import pii
from leakscope.pii import scanner
from leakscope.pii.columnar import reader
from leakscope.pii.extract import ArchiveLimits, extract, registry
from leakscope.pii.finding_table import FindingTable
from leakscope.pii.units import ExtractError, TextUnit

NOTES = "担当: 山田 太郎 090-1234-5678 taro@example.jp\n折り返し連絡 hanako@example.jp\n"


def _scan(paths: list[Path], workers: int = 1) -> dict:
    """What a user sees of `pii.scan`: findings and errors in order, people, tables taken."""
    run = pii.scan(paths, workers=workers)
    out, tables = [], 0
    for item in run.batches():
        if isinstance(item, FindingTable):
            tables += 1
            out.extend(finding_key(f) for f in item.findings())
        elif isinstance(item, pii.ScanError):
            out.append(("error", item.path, item.message))
        else:
            out.append(finding_key(item))
    return {"items": out, "people": run.summary.subjects, "tables": tables,
            "categories": run.summary.categories}


def _before(paths: list[Path], monkeypatch) -> dict:
    """The path before: no file and no member planned as a table."""
    with monkeypatch.context() as patch:
        patch.setattr(columnar, "plan_file", lambda _path, _kind: None)
        return _scan(paths)


def _same_as_before(path: Path, monkeypatch, tables: int) -> dict:
    now, before = _scan([path]), _before([path], monkeypatch)
    assert now["tables"] >= tables, "the table path was not taken"
    assert before["tables"] == 0
    assert now["items"] == before["items"]
    assert now["people"] == before["people"] and now["categories"] == before["categories"]
    return now


def _findings(result: dict) -> list[tuple]:
    return [item for item in result["items"] if item[0] != "error"]


def _errors(result: dict) -> list[tuple]:
    return [item[1:] for item in result["items"] if item[0] == "error"]


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def _csv(tmp_path: Path, rows: int, seed: int, encoding: str = "cp932",
         delimiter: str = ",") -> bytes:
    return _write(tmp_path / f"rows{seed}.csv", _rows(rows, seed), encoding=encoding,
                  delimiter=delimiter).read_bytes()


def test_a_cp932_csv_in_a_zip_equals_the_engine_and_the_path_before(tmp_path, monkeypatch):
    path = _zip(tmp_path / "export.zip", {"readme.txt": NOTES.encode(),
                                          "顧客/customers.csv": _csv(tmp_path, 500, 2),
                                          "memo.txt": "至急 suzuki@example.jp\n".encode()})
    now = _same_as_before(path, monkeypatch, tables=1)
    reference, reference_errors = engine_reference(path)
    assert _findings(now) == reference  # the engine over every unit the extractors make
    assert reference_errors == [] and _errors(now) == []
    paths = [key[0] for key in _findings(now)]
    assert paths[0] == "export.zip!readme.txt" and paths[-1] == "export.zip!memo.txt"
    assert "export.zip!顧客/customers.csv" in paths and len(paths) > 2500
    assert now["people"] > 400


def test_tables_attached_to_a_mail_and_in_a_mailbox(tmp_path, monkeypatch):
    from email.message import EmailMessage

    message = EmailMessage()
    message["From"], message["To"] = "山田 太郎 <taro@example.jp>", "sato@example.jp"
    message.set_content("顧客リストを送ります。")
    message.add_attachment(_csv(tmp_path, 400, 5), maintype="text", subtype="csv",
                           filename="顧客.csv")
    message.add_attachment(_zip(tmp_path / "inner.zip", {"m.csv": _csv(tmp_path, 300, 6)})
                           .read_bytes(), maintype="application", subtype="zip",
                           filename="more.zip")
    mail = tmp_path / "mail.eml"
    mail.write_bytes(bytes(message))
    now = _same_as_before(mail, monkeypatch, tables=2)
    assert {"mail.eml!顧客.csv", "mail.eml!more.zip!m.csv"} <= {k[0] for k in _findings(now)}
    box = tmp_path / "box.mbox"
    box.write_bytes(b"From x Thu Jan  1 00:00:00 2024\n" + bytes(message).replace(b"\r\n", b"\n"))
    _same_as_before(box, monkeypatch, tables=2)


def test_a_tsv_and_notes_in_a_tar_gz(tmp_path, monkeypatch):
    path = tmp_path / "backup.tar.gz"
    with tarfile.open(path, "w:gz") as archive:
        for name, data in (("exports/members.tsv", _csv(tmp_path, 300, 3, "utf-8", "\t")),
                           ("exports/notes.txt", NOTES.encode("cp932"))):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    now = _same_as_before(path, monkeypatch, tables=1)
    paths = {key[0] for key in _findings(now)}
    assert paths == {"backup.tar.gz!exports/members.tsv", "backup.tar.gz!exports/notes.txt"}


def test_a_zip_in_a_zip_and_a_csv_in_a_tar_gz_in_a_zip(tmp_path, monkeypatch):
    inner_tar = io.BytesIO()
    with tarfile.open(fileobj=inner_tar, mode="w:gz") as archive:
        data = _csv(tmp_path, 200, 4)
        info = tarfile.TarInfo("x.csv")
        info.size = len(data)
        archive.addfile(info, io.BytesIO(data))
    inner_zip = _zip(tmp_path / "inner.zip", {"a.csv": _csv(tmp_path, 200, 5, "utf-8"),
                                              "note.txt": NOTES.encode()}).read_bytes()
    path = _zip(tmp_path / "outer.zip", {"inner.zip": inner_zip,
                                         "inner.tar.gz": inner_tar.getvalue(),
                                         "top.csv": _csv(tmp_path, 100, 6)})
    now = _same_as_before(path, monkeypatch, tables=3)
    paths = list(dict.fromkeys(key[0] for key in _findings(now)))
    assert paths == ["outer.zip!inner.zip!a.csv", "outer.zip!inner.zip!note.txt",
                     "outer.zip!inner.tar.gz!x.csv", "outer.zip!top.csv"]
    records = {key[6] for key in _findings(now) if key[0] == "outer.zip!inner.tar.gz!x.csv"}
    assert "outer.zip!inner.tar.gz!x.csv#row2" in records


def test_a_sqlite_file_and_a_mysqldump_in_a_zip(tmp_path, monkeypatch):
    database = _database(tmp_path / "shop.sqlite", 200, 7).read_bytes()
    dump = _mysql_dump(tmp_path / "dump.sql", _rows(400, 8)).read_bytes()
    path = _zip(tmp_path / "db.zip", {"backup/shop.sqlite": database, "backup/dump.sql": dump})
    now = _same_as_before(path, monkeypatch, tables=2)
    paths = list(dict.fromkeys(key[0] for key in _findings(now)))
    assert paths == ["db.zip!backup/shop.sqlite", "db.zip!backup/dump.sql"]


def test_a_workbook_in_a_zip_and_its_parts_held_to_the_archive_budget(tmp_path, monkeypatch):
    book = _hr_workbook(tmp_path / "hr.xlsx").read_bytes()
    path = _zip(tmp_path / "hr.zip", {"人事/社員.xlsx": book, "note.txt": NOTES.encode()})
    now = _same_as_before(path, monkeypatch, tables=1)
    assert {key[0] for key in _findings(now)} == {"hr.zip!人事/社員.xlsx", "hr.zip!note.txt"}
    parts = sum(info.file_size for info in zipfile.ZipFile(io.BytesIO(book)).infolist())
    budget = len(book) + len(NOTES.encode()) + parts // 2  # the copy fits, its parts do not
    monkeypatch.setattr(registry, "ArchiveLimits", partial(ArchiveLimits, max_total_bytes=budget))
    tight = _same_as_before(path, monkeypatch, tables=0)
    ((where, message),) = _errors(tight)
    assert where == "hr.zip!人事/社員.xlsx" and "beyond the limit" in message
    assert {key[0] for key in _findings(tight)} == {"hr.zip!note.txt"}


def test_a_truncated_csv_gz_scans_what_was_read(tmp_path, monkeypatch):
    monkeypatch.setattr(reader, "BLOCK_BYTES", 16 << 10)  # Arrow's blocks before the cut row
    data = gzip.compress(_csv(tmp_path, 1500, 9))
    path = tmp_path / "customers.csv.gz"
    path.write_bytes(data[: len(data) // 2])
    now = _same_as_before(path, monkeypatch, tables=1)
    ((where, message),) = _errors(now)
    assert where == "customers.csv.gz!customers.csv" and "truncated" in message
    assert now["items"][0][0] == "error"  # the damage is named before what was read
    assert 1000 < len(_findings(now)) < 1500 * 9


def test_an_encrypted_member_next_to_a_csv(tmp_path, monkeypatch):
    path = _zip(tmp_path / "mixed.zip", {"locked.csv": _csv(tmp_path, 50, 10),
                                         "open.csv": _csv(tmp_path, 200, 11)})
    data = bytearray(path.read_bytes())
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):  # ZipCrypto's flag
        index = data.find(signature)  # the first of each: locked.csv's headers
        data[index + offset] |= 1
    path.write_bytes(bytes(data))
    now = _same_as_before(path, monkeypatch, tables=1)
    assert _errors(now) == [("mixed.zip!locked.csv", "encrypted zip member (password required)")]
    assert {key[0] for key in _findings(now)} == {"mixed.zip!open.csv"}


def test_a_zip_slip_named_csv_is_reported_and_its_copy_removed(tmp_path, monkeypatch):
    spill = tmp_path / "spill"
    spill.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(spill))
    path = _zip(tmp_path / "slip.zip", {"../../顧客.csv": _csv(tmp_path, 150, 12),
                                        "ok.csv": _csv(tmp_path, 150, 13),
                                        "last.csv": _csv(tmp_path, 150, 14)})
    copies = []
    for _ in pii.scan([path], workers=1).batches():
        copies.append(len([p for d in spill.iterdir() for p in d.iterdir()]))
    assert max(copies) == 1  # each member's copy goes before the next member is spilled
    assert list(spill.iterdir()) == []
    now = _same_as_before(path, monkeypatch, tables=3)
    ((where, message),) = _errors(now)
    assert where == "slip.zip!../../顧客.csv" and "zip-slip" in message
    assert not (tmp_path.parent / "顧客.csv").exists()


def test_other_callers_of_extract_still_get_units(tmp_path):
    path = _zip(tmp_path / "export.zip", {"customers.csv": _csv(tmp_path, 20, 15)})
    items = list(extract(path, "export.zip"))
    assert items and all(isinstance(i, TextUnit | ExtractError) for i in items)
    assert {i.path for i in items} == {"export.zip!customers.csv"}


def test_worker_processes_give_the_same_findings_and_people(tmp_path, monkeypatch):
    first = _zip(tmp_path / "a.zip", {"a.csv": _csv(tmp_path, 300, 16), "n.txt": NOTES.encode()})
    second = _zip(tmp_path / "b.zip", {"b.tsv": _csv(tmp_path, 300, 17, "utf-8", "\t")})
    serial = _scan([first, second])
    monkeypatch.setattr(scanner, "POOL_MIN_BYTES", 0)
    pooled = _scan([first, second], workers=2)
    assert serial["tables"] == pooled["tables"] == 2
    for name in ("a.zip!", "b.zip!"):  # the files' findings interleave, each in its order
        assert [k for k in pooled["items"] if k[0].startswith(name)] == \
            [k for k in serial["items"] if k[0].startswith(name)]
    assert sorted(pooled["items"]) == sorted(serial["items"])
    assert pooled["people"] == serial["people"] > 500


@pytest.mark.parametrize("stop_after", [1, 2])
def test_stopping_early_removes_the_spill_area(tmp_path, monkeypatch, stop_after):
    spill = tmp_path / "spill"
    spill.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(spill))
    path = _zip(tmp_path / "two.zip", {"a.csv": _csv(tmp_path, 100, 18),
                                       "b.csv": _csv(tmp_path, 100, 19)})
    batches = pii.scan([path], workers=1).batches()
    for _ in range(stop_after):
        next(batches)
    batches.close()
    assert list(spill.iterdir()) == []
