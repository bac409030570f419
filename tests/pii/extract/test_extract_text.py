"""Text files: encodings (short Japanese too), line blocks, huge lines, binary junk."""

from __future__ import annotations

import codecs
import os
import random
import tracemalloc

import pytest

from leakscope.pii.extract import locate
from leakscope.pii.extract.encoding import detect_encoding
from leakscope.pii.extract.location import is_repeat
from leakscope.pii.extract.text import line_blocks

LETTER = "山田太郎様\n東京都千代田区千代田1-1\n電話 090-1234-5678\nメール taro@example.jp\n"


@pytest.mark.parametrize(
    "encoding", ["utf-8", "cp932", "euc_jp", "utf-16", "utf-8-sig", "iso2022_jp", "utf-16-le"]
)
def test_japanese_text_in_every_encoding_reads_the_same(tmp_path, run, encoding):
    path = tmp_path / "letter.txt"
    path.write_bytes(LETTER.encode(encoding))
    result = run(path)
    assert result.errors == []
    assert result.joined() == LETTER


def test_short_japanese_text_tells_cp932_from_euc_jp(fake):
    for _ in range(200):
        for text in (fake.name(), fake.address(), fake.name() + "様"):
            for encoding in ("cp932", "euc_jp"):
                found = detect_encoding(text.encode(encoding))
                assert codecs.lookup(found).name == codecs.lookup(encoding).name, (text, encoding)


def test_lines_are_located_exactly_inside_a_block(tmp_path, run):
    path = tmp_path / "notes.txt"
    path.write_text("first line\nsecond line\n住所 東京都 phone 03-1234-5678\n", encoding="cp932")
    (unit,) = run(path).units
    start = unit.text.index("03-1234")
    assert locate(unit, start) == {"line": 3, "column": start - unit.text.rindex("\n", 0, start)}
    assert unit.text[start:].startswith("03-1234")


def test_a_wrong_byte_is_replaced_not_fatal(tmp_path, run):
    path = tmp_path / "mixed.txt"
    path.write_bytes("氏名 山田太郎\n".encode("cp932") + b"\xff\xfe broken\n" + b"tel 0312345678\n")
    result = run(path)
    assert "0312345678" in result.joined()
    assert "山田太郎" in result.joined()


def test_a_huge_single_line_is_windowed_with_flat_memory():
    window, overlap, chunk = 1 << 20, 4096, "x" * (1 << 20)
    marker_at = 3 * window - overlap - 5  # straddles the end of the third window
    total_chunks = 40  # a 40 MB line, generated lazily

    def chunks():
        for index in range(total_chunks):
            if index == marker_at // len(chunk):
                offset = marker_at % len(chunk)
                yield chunk[:offset] + "090-1234-5678" + chunk[offset + 13 :]
            else:
                yield chunk

    tracemalloc.start()
    hits = []
    count = 0
    for unit in line_blocks(chunks(), "huge.txt", window=window, overlap=overlap):
        count += 1
        assert len(unit.text) <= window
        start = unit.text.find("090-1234-5678")
        if start >= 0 and not is_repeat(unit, start):
            hits.append(locate(unit, start))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert hits == [{"line": 1, "column": marker_at + 1}]
    assert count >= total_chunks
    assert peak < 16 * window  # a few windows at most, never the whole line


def test_a_text_file_with_a_long_line_between_short_ones(tmp_path, monkeypatch, run):
    import leakscope.pii.extract.text as text

    monkeypatch.setattr(text, "WINDOW_CHARS", 1000)
    monkeypatch.setattr(text, "BLOCK_CHARS", 500)
    monkeypatch.setattr(text, "OVERLAP_CHARS", 100)
    path = tmp_path / "dump.txt"
    path.write_text("head\n" + "a" * 5000 + " taro@example.jp\nlast 090-1111-2222\n")
    result = run(path)
    found = {}
    for unit in result.units:
        for needle in ("taro@example.jp", "090-1111-2222"):
            start = unit.text.find(needle)
            if start >= 0 and not is_repeat(unit, start):
                found[needle] = locate(unit, start)
    assert any(u.location.get("overlap") == 100 for u in result.units)  # really windowed
    assert found["taro@example.jp"]["line"] == 2
    assert found["taro@example.jp"]["column"] == 5002
    assert found["090-1111-2222"] == {"line": 3, "column": 6}


def test_binary_junk_is_reported_and_its_strings_scanned(tmp_path, run):
    path = tmp_path / "blob.bin"
    junk = bytes(range(256)) * 40
    path.write_bytes(junk + b"\x00\x01customer hanako@example.jp\x00" + junk)
    result = run(path)
    assert len(result.errors) == 1
    assert result.errors[0].path == "blob.bin"
    assert "unrecognized binary" in result.errors[0].message
    assert any("hanako@example.jp" in t for t in result.texts())


def test_missing_path_and_directory_are_errors_not_crashes(tmp_path, run):
    gone = run(tmp_path / "vanished.csv")
    assert gone.units == [] and "No such file" in gone.errors[0].message
    folder = run(tmp_path, "share")
    assert folder.errors[0].path == "share" and "directory" in folder.errors[0].message
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    assert "pipe" in run(pipe).errors[0].message  # and did not block


def test_a_file_that_vanishes_after_the_scan_started(tmp_path):
    from leakscope.pii.extract import extract

    path = tmp_path / "later.txt"
    path.write_text("x")
    items = extract(path, "later.txt")
    path.unlink()
    (error,) = list(items)
    assert error.path == "later.txt" and "No such file" in error.message


@pytest.mark.parametrize(
    ("head", "why"),
    [(b"\x89PNG\r\n\x1a\n", "PNG image"), (b"7z\xbc\xaf\x27\x1c\x00\x04", "7z archive")],
)
def test_formats_without_text_say_why(tmp_path, run, head, why):
    path = tmp_path / "file.bin"
    path.write_bytes(head + bytes(100))
    (error,) = run(path).errors
    assert why in error.message


def test_fast_units_are_ordinary_frozen_text_units():
    import dataclasses

    from leakscope.pii.extract.base import make_unit
    from leakscope.pii.units import TextUnit

    fast = make_unit("山田", "a.csv", {"row": 2, "field": "氏名"}, "氏名", "a.csv#row2")
    slow = TextUnit("山田", "a.csv", {"row": 2, "field": "氏名"}, "氏名", "a.csv#row2")
    assert fast == slow and repr(fast) == repr(slow) and type(fast) is TextUnit
    assert dataclasses.asdict(fast) == dataclasses.asdict(slow)
    with pytest.raises(dataclasses.FrozenInstanceError):
        fast.text = "x"


def test_shift_jis_after_a_long_ascii_head_is_still_shift_jis(tmp_path, run):
    path = tmp_path / "dump.sql"
    head = "".join(f"INSERT INTO log VALUES ({i},'ok');\n" for i in range(5000))  # > 64 KiB
    tail = "CREATE TABLE c (\n  name text\n);\nINSERT INTO c VALUES ('山田太郎');\n"
    path.write_bytes((head + tail).encode("cp932"))
    result = run(path)
    assert "山田太郎" in result.texts()


def test_a_file_mixing_utf8_and_cp932_lines_reads_both(tmp_path, run):
    lines = []
    for i in range(40):  # a UTF-8 log with lines pasted in from a Shift_JIS export
        text = f"{i}: 氏名 山田{i}郎 電話 090-1234-{i:04d}\n"
        lines.append(text.encode("cp932" if i % 3 == 0 else "utf-8"))
    path = tmp_path / "mixed.txt"
    path.write_bytes(b"".join(lines))
    result = run(path)
    joined = result.joined()
    assert "山田0郎" in joined and "山田1郎" in joined and "山田39郎" in joined
    assert "\ufffd" not in joined
    assert "binary" not in result.messages()


def test_a_cp932_log_with_a_hole_of_nul_bytes_is_still_text(tmp_path, run):
    before = "".join(f"{i}: 氏名 佐藤{i}子 様\n" for i in range(30)).encode("cp932")
    after = "".join(f"{i}: 氏名 鈴木{i}子 様\n" for i in range(30)).encode("cp932")
    path = tmp_path / "app.log"  # a crash leaves a block of NULs in the middle of a log
    path.write_bytes(before + b"\x00" * 4096 + after)
    result = run(path)
    assert "佐藤0子" in result.joined() and "鈴木29子" in result.joined()
    assert "binary" not in result.messages()


def test_random_bytes_with_scattered_nuls_stay_binary():
    from leakscope.pii.extract.encoding import detect_encoding

    blobs = [random.Random(seed).randbytes(60_000) for seed in range(40)]
    assert [seed for seed, blob in enumerate(blobs) if detect_encoding(blob) is not None] == []
