"""HL7 v2 files damaged or odd: cut short, junk, a wrong declared charset, an overlong
segment, a big file; text that only talks about HL7. What was read is kept, the error names
the file and the problem."""

from __future__ import annotations

import json
import random
import tracemalloc

import pytest
from hl7_messages import Patient, message, patients
from hl7_messages import found_in as _found
from typer.testing import CliRunner

from conftest import Run
from leakscope.cli.main import app
from leakscope.pii.extract import hl7 as hl7_module
from leakscope.pii.extract.sniff import sniff

runner = CliRunner()


@pytest.fixture
def people() -> list[Patient]:
    return patients()


@pytest.mark.parametrize("text", ["MSH-18 is the character set\n", "MSH: notes\n",
                                  "MSH|\n", "PID|1||123\n"])
def test_text_about_hl7_is_not_hl7(tmp_path, text):
    path = tmp_path / "notes.txt"
    path.write_text(text * 3, "utf-8")
    assert sniff(path) == "text"


def test_a_file_cut_short_keeps_what_it_holds_and_says_so(tmp_path, people):
    text = message(1, people[0].pid()) + message(2, people[1].pid())
    path = tmp_path / "cut.hl7"
    path.write_text(text[: text.index(people[1].street)], "utf-8")
    assert Run(path).messages() == "cut.hl7: line 4: the last segment has no segment " \
        "terminator (file cut short?); read as far as it goes"
    found, _ = _found(path)
    assert found[:6] == people[0].expected()
    assert ("person_name", people[1].family + people[1].given, "PID-5") in found
    path.write_text(message(1, people[0].pid()) + message(2)[:40], "utf-8")
    assert Run(path).messages() == "cut.hl7: message 2 (line 3): nothing after its MSH " \
        "segment (cut short?)"


def test_a_segment_with_fewer_fields_is_read_as_far_as_it_goes(tmp_path, people):
    path = tmp_path / "short.hl7"
    path.write_text(message(1, f"PID|1||{people[0].id}||{people[0].family}^{people[0].given}",
                            "DG1|1", "AL1"), "utf-8")
    run = Run(path)
    assert not run.errors
    assert run.texts() == [f"{people[0].family} {people[0].given}"]


def test_binary_junk_after_a_message_is_an_error_and_the_message_is_kept(tmp_path, people):
    junk = random.Random(3).randbytes(20000)
    path = tmp_path / "junk.hl7"
    path.write_bytes(message(1, people[0].pid()).encode() + junk)
    run = Run(path)
    assert "are not HL7 segments (binary data or damage), the first at line 3" in run.messages()
    assert all(e.path == "junk.hl7" for e in run.errors)
    assert [(c, v) for c, v, _ in _found(path)[0]][:6] == \
        [(c, v) for c, v, _ in people[0].expected()]
    result = runner.invoke(app, ["scan", str(path), "--json"])
    records = [json.loads(line) for line in result.output.splitlines()]
    errors = [r for r in records if r["type"] == "error"]
    assert errors and all(r["path"] == "junk.hl7" for r in errors)
    assert records[-1]["categories"]["person_name"] == 2 and records[-1]["errors"] == len(errors)


def test_a_wrongly_declared_encoding_is_said_and_the_bytes_decide(tmp_path, people):
    path = tmp_path / "sjis.hl7"
    path.write_bytes(message(1, people[0].pid(), charset="UNICODE UTF-8").encode("cp932"))
    run = Run(path)
    assert run.messages() == "sjis.hl7: MSH-18 declares 'UNICODE UTF-8' (utf-8) but the " \
        "bytes are cp932; read as cp932"
    assert _found(path)[0] == people[0].expected()


def test_a_segment_too_long_is_read_as_text(tmp_path, people, monkeypatch):
    monkeypatch.setattr(hl7_module, "MAX_SEGMENT_CHARS", 4096)
    note = "NTE|1||" + "x" * 6000 + " 連絡先 090-1357-2468"
    path = tmp_path / "long.hl7"
    path.write_text(message(1, note, people[0].pid()), "utf-8")
    run = Run(path)
    assert run.messages() == "long.hl7: line 2: a segment over 4,096 characters; read as text"
    found = _found(path)[0]
    assert ("phone_number", "09013572468") in [(c, v) for c, v, _ in found]
    assert found[-6:] == people[0].expected()  # the segments after it still parsed


def test_a_big_file_is_read_a_segment_at_a_time(tmp_path, people):
    path = tmp_path / "big.hl7"
    one = message(1, people[0].pid(), "NTE|1||" + "検査所見なし。" * 200).encode()
    with path.open("wb") as out:
        for _ in range(40_000_000 // len(one)):
            out.write(one)
    tracemalloc.start()
    try:
        items = hl7_module.extract_hl7(path, "big.hl7", None)
        first = [next(items) for _ in range(3)]
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert first[0][0].text == f"{people[0].family} {people[0].given}"
    assert peak < 16 << 20  # a 40 MB file: read in pieces, not whole
