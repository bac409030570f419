"""Archives: nesting, bombs, encryption, zip-slip names, member limits, private spill area."""

from __future__ import annotations

import gzip
import io
import random
import shutil
import subprocess
import tarfile
import tempfile
import zipfile

import pytest

from leakscope.pii.extract import ArchiveLimits, extract

CSV = "氏名,メール\n山田太郎,taro@example.jp\n".encode("cp932")


def _zip(members: dict[str, bytes], compression=zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def test_nested_zip_in_tar_gz_keeps_the_inner_path(tmp_path, run):
    inner = _zip({"export/顧客.csv": CSV})
    path = tmp_path / "backup.tar.gz"
    with tarfile.open(path, "w:gz") as archive:
        info = tarfile.TarInfo("home/share/inner.zip")
        info.size = len(inner)
        archive.addfile(info, io.BytesIO(inner))
        link = tarfile.TarInfo("home/share/passwd")
        link.type, link.linkname = tarfile.SYMTYPE, "/etc/passwd"
        archive.addfile(link)
    result = run(path)
    assert [e.path for e in result.errors] == ["backup.tar.gz"]  # the symlink, not followed
    assert [(u.path, u.label, u.text) for u in result.units] == [
        ("backup.tar.gz!home/share/inner.zip!export/顧客.csv", "氏名", "山田太郎"),
        ("backup.tar.gz!home/share/inner.zip!export/顧客.csv", "メール", "taro@example.jp"),
    ]


def test_gzip_and_bz2_single_files(tmp_path, run):
    path = tmp_path / "customers.csv.gz"
    path.write_bytes(gzip.compress(CSV))
    result = run(path)
    assert {u.path for u in result.units} == {"customers.csv.gz!customers.csv"}
    assert "taro@example.jp" in result.texts()


def test_windows_cp932_member_names_are_decoded(tmp_path, run):
    data = bytearray(_zip({"abcd.csv": CSV}))
    name = "顧客.csv".encode("cp932")
    assert len(name) == len(b"abcd.csv")
    path = tmp_path / "win.zip"
    path.write_bytes(bytes(data).replace(b"abcd.csv", name))
    assert {u.path for u in run(path).units} == {"win.zip!顧客.csv"}


def _encrypted_zip(tmp_path) -> bytes:
    source = tmp_path / "secret.csv"
    source.write_bytes(CSV)
    if shutil.which("zip"):
        target = tmp_path / "locked.zip"
        subprocess.run(
            ["zip", "-q", "-j", "-P", "pw", str(target), str(source)], check=True, cwd=tmp_path
        )
        return target.read_bytes()
    data = bytearray(_zip({"secret.csv": CSV}))  # set the "encrypted" flag as ZipCrypto does
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        index = data.find(signature)
        data[index + offset] |= 1
    return bytes(data)


def test_encrypted_member_is_an_error_and_others_are_read(tmp_path, run):
    locked = _encrypted_zip(tmp_path)
    path = tmp_path / "mixed.zip"
    path.write_bytes(_zip({"locked.zip": locked, "open.csv": CSV}))
    result = run(path)
    assert "taro@example.jp" in result.texts()
    (error,) = result.errors
    assert error.path == "mixed.zip!locked.zip!secret.csv"
    assert "encrypted" in error.message


def test_zip_bomb_by_declared_ratio_is_refused_unread(tmp_path, run):
    path = tmp_path / "bomb.zip"
    path.write_bytes(_zip({"zeros.bin": bytes(20 << 20), "note.txt": b"ok hanako@example.jp\n"}))
    result = run(path, limits=ArchiveLimits(ratio_floor_bytes=1 << 20))
    assert "ok hanako@example.jp\n" in result.texts()
    (error,) = result.errors
    assert error.path == "bomb.zip!zeros.bin"
    assert "zip bomb suspected" in error.message


def test_gzip_bomb_is_stopped_by_actual_bytes(tmp_path, run):
    path = tmp_path / "huge.log.gz"
    path.write_bytes(gzip.compress(bytes(30 << 20), compresslevel=9))
    result = run(path, limits=ArchiveLimits(ratio_floor_bytes=1 << 20))
    assert result.units == []
    assert "zip bomb suspected" in result.messages()


def test_total_budget_stops_the_archive(tmp_path, run):
    members = {f"part{i}.bin": random.Random(i).randbytes(60_000) for i in range(4)}
    path = tmp_path / "parts.zip"
    path.write_bytes(_zip(members, zipfile.ZIP_STORED))
    result = run(path, limits=ArchiveLimits(max_total_bytes=150_000))
    assert "expand beyond the limit of 150,000 bytes" in result.messages()
    strings_of = {e.path for e in result.errors if "printable strings" in e.message}
    assert strings_of == {"parts.zip!part0.bin", "parts.zip!part1.bin"}


def test_nesting_deeper_than_the_limit_is_an_error(tmp_path, run):
    data = CSV
    name = "leaf.csv"
    for level in range(4):
        data, name = _zip({name: data}), f"level{level}.zip"
    path = tmp_path / "deep.zip"
    path.write_bytes(data)
    shallow = run(path, limits=ArchiveLimits(max_depth=2))
    assert shallow.units == []
    assert "nested deeper than 2" in shallow.messages()
    assert "taro@example.jp" in run(path).texts()


def test_member_count_limit(tmp_path, run):
    path = tmp_path / "many.zip"
    path.write_bytes(_zip({f"f{i}.txt": b"mail x%d@example.jp\n" % i for i in range(5)}))
    result = run(path, limits=ArchiveLimits(max_members=3))
    assert len(result.units) == 3
    assert "5 members, over the limit of 3" in result.messages()


def test_zip_slip_names_are_reported_and_never_written(tmp_path, monkeypatch, run):
    spill_root = tmp_path / "tmp"
    spill_root.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(spill_root))
    hostile = {
        "../../escaped.csv": CSV,
        "/etc/cron.d/evil": b"root mail x@example.jp\n",
        "C:\\Windows\\evil.txt": b"y@example.jp\n",
        "fine/ok.txt": b"z@example.jp\n",
    }
    work = tmp_path / "case" / "in"
    work.mkdir(parents=True)
    path = work / "slip.zip"
    path.write_bytes(_zip(hostile))
    modes = []
    for item in extract(path, "slip.zip"):
        modes.extend(oct(p.stat().st_mode & 0o777) for p in spill_root.iterdir())
        del item
    result = run(path)
    slip_errors = [e for e in result.errors if "zip-slip" in e.message]
    assert {e.path for e in slip_errors} == {
        "slip.zip!../../escaped.csv",
        "slip.zip!/etc/cron.d/evil",
        "slip.zip!C:\\Windows\\evil.txt",
    }
    assert {"taro@example.jp", "z@example.jp\n"} <= set(result.texts())
    assert not (tmp_path / "escaped.csv").exists() and not (work.parent / "escaped.csv").exists()
    assert set(modes) == {"0o700"}
    assert list(spill_root.iterdir()) == []  # the private spill area is gone afterwards


def test_corrupt_zip_is_an_error(tmp_path, run):
    path = tmp_path / "cut.zip"
    path.write_bytes(_zip({"a.csv": CSV * 50})[:-30])
    result = run(path)
    assert result.errors[0].path == "cut.zip" and "no zip directory" in result.errors[0].message
    assert result.units and {u.path for u in result.units} == {"cut.zip!a.csv"}  # salvaged


@pytest.mark.parametrize("mode", ["w:bz2", "w:xz"])
def test_tar_compressions(tmp_path, run, mode):
    path = tmp_path / f"data.tar.{mode[2:]}"
    with tarfile.open(path, mode) as archive:
        info = tarfile.TarInfo("../outside.csv")
        info.size = len(CSV)
        archive.addfile(info, io.BytesIO(CSV))
    result = run(path)
    assert "taro@example.jp" in result.texts()
    assert "zip-slip" in result.messages()


def test_tar_member_names_from_a_japanese_pc(tmp_path, run):
    path = tmp_path / "old.tar"
    with tarfile.open(path, "w", encoding="cp932") as archive:
        info = tarfile.TarInfo("顧客/一覧.csv")
        info.size = len(CSV)
        archive.addfile(info, io.BytesIO(CSV))
    assert {u.path for u in run(path).units} == {"old.tar!顧客/一覧.csv"}


def test_a_member_with_broken_deflate_data_does_not_cost_the_others(tmp_path, run):
    data = bytearray(_zip({"a.txt": b"taro@example.jp " * 2000, "b.txt": b"hanako@example.jp\n"}))
    start = data.find(b"PK\x03\x04") + 30 + len("a.txt")
    for index in range(start, start + 40):
        data[index] ^= 0xFF
    path = tmp_path / "damaged.zip"
    path.write_bytes(bytes(data))
    result = run(path)
    assert result.texts() == ["hanako@example.jp\n"]
    (error,) = result.errors
    assert error.path == "damaged.zip!a.txt" and "corrupt member" in error.message


def test_a_truncated_gzip_keeps_what_was_inflated_before_the_cut(tmp_path, run):
    lines = "".join(f"{i:06d} user{i:06d}@example.jp\n" for i in range(40_000)).encode()
    data = gzip.compress(lines)
    path = tmp_path / "users.txt.gz"
    path.write_bytes(data[: len(data) // 2])
    result = run(path)
    assert "user000000@example.jp" in result.joined()
    assert "user039999@example.jp" not in result.joined()
    (error,) = result.errors
    assert error.path == "users.txt.gz!users.txt" and "truncated" in error.message


def test_tar_links_and_devices_are_reported_not_followed(tmp_path, run):
    path = tmp_path / "links.tar"
    with tarfile.open(path, "w") as archive:
        info = tarfile.TarInfo("list.csv")
        info.size = len(CSV)
        archive.addfile(info, io.BytesIO(CSV))
        for kind, name, target in ((tarfile.SYMTYPE, "passwd", "/etc/passwd"),
                                   (tarfile.LNKTYPE, "copy.csv", "list.csv"),
                                   (tarfile.CHRTYPE, "null", ""), (tarfile.FIFOTYPE, "pipe", "")):
            info = tarfile.TarInfo(name)
            info.type, info.linkname = kind, target
            archive.addfile(info)
    result = run(path)
    assert {u.path for u in result.units} == {"links.tar!list.csv"}
    (error,) = result.errors
    assert error.path == "links.tar"
    assert "4 members not read" in error.message and "passwd -> /etc/passwd" in error.message


def test_escape_sequences_in_member_and_file_names_never_reach_the_terminal(tmp_path, run):
    from leakscope.pii.scan_tasks import walk

    path = tmp_path / "names.zip"
    path.write_bytes(_zip({"a\x1b]0;pwned\x07.txt": b"taro@example.jp"}))
    result = run(path)
    shown = "names.zip!a\\x1b]0;pwned\\x07.txt"
    assert {u.path for u in result.units} == {shown}
    assert [e.path for e in result.errors] == [shown]
    assert "control characters" in result.messages()
    folder = tmp_path / "share"
    folder.mkdir()
    (folder / "b\x1b[2J.csv").write_bytes(CSV)
    assert [task.display for task in walk([folder])] == ["b\\x1b[2J.csv"]


def test_a_central_directory_far_over_the_member_limit_is_not_loaded(tmp_path, run):
    path = tmp_path / "huge.zip"  # its directory alone would cost ~600 bytes a member
    path.write_bytes(_zip({f"f{i}.txt": b"x" for i in range(50)}))
    result = run(path, limits=ArchiveLimits(max_members=3))
    assert result.units == []
    (error,) = result.errors
    assert error.path == "huge.zip" and "declares 50 members" in error.message
