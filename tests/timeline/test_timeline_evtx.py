"""Real EVTX files from ../shared/data/evtx, and damaged copies of them."""

from __future__ import annotations

from pathlib import Path

import pytest
from evtx import PyEvtxParser
from test_timeline_formats import events_of

SECURITY_1102 = "EVTX-to-MITRE-Attack/TA0005-Defense Evasion/T1070.001-Indicator removal " \
    "on host/ID1102-Security audit log cleared.evtx"
BIG = "DeepBlueCLI/Powershell-Invoke-Obfuscation-many.evtx"


def _file(evtx_dir: Path, relative: str) -> Path:
    path = evtx_dir / relative
    if not path.exists():
        pytest.skip(f"{path} not in the shared data")
    return path


def test_real_security_log(evtx_dir):
    candidates = sorted((evtx_dir / "EVTX-to-MITRE-Attack").rglob("*1102*.evtx"))
    if not candidates:
        pytest.skip("no 1102 sample")
    events, errors = events_of(candidates[0])
    assert errors == []
    cleared = [e for e in events if e["event.code"] == "1102"]
    assert cleared
    event = cleared[0]
    assert event["event.action"] == "audit-log-cleared"
    assert event["leakscope.logsource.service"] == "security"
    assert event["leakscope.raw"]["Channel"] == "Security"
    assert event["leakscope.raw"]["SubjectUserName"]
    assert event["@timestamp"].endswith("Z")
    assert event["leakscope.raw"]["EventRecordID"] > 0
    assert isinstance(event["leakscope.provenance.record"], int)  # the record's number in file


def test_every_record_of_a_real_file_is_read(evtx_dir):
    path = _file(evtx_dir, BIG)
    expected = sum(1 for _ in PyEvtxParser(str(path)).records_json())
    events, errors = events_of(path)
    assert errors == []
    assert len(events) == expected
    assert {e["leakscope.logsource.service"] for e in events} <= {"powershell",
                                                                  "powershell-classic", None}


def test_sysmon_process_creation_fields(evtx_dir):
    for path in sorted(evtx_dir.rglob("*.evtx")):
        if "sysmon" not in path.name.lower():
            continue
        events, _ = events_of(path)
        created = [e for e in events if e["leakscope.logsource.category"] == "process_creation"
                   and e["leakscope.logsource.service"] == "sysmon"]
        if created:
            raw = created[0]["leakscope.raw"]
            assert raw["Image"] and created[0]["process.name"] == raw["Image"].rsplit("\\")[-1]
            assert created[0]["process.command_line"] == raw["CommandLine"]
            return
    pytest.skip("no Sysmon process-creation sample")


def test_truncated_evtx_recovers_records_before_the_cut(evtx_dir, tmp_path):
    path = _file(evtx_dir, BIG)
    data = path.read_bytes()
    full = [e["leakscope.provenance.record"] for e in events_of(path)[0]]
    cut = tmp_path / "cut.evtx"
    cut.write_bytes(data[: 4096 + 65536 * 10 + 30000])  # inside the 11th chunk
    events, errors = events_of(cut)
    records = [e["leakscope.provenance.record"] for e in events]
    assert records == full[: len(records)]
    assert len(records) > 0.15 * len(full)
    [error] = errors
    assert error.path == str(cut)
    assert "truncated" in error.message


def test_corrupt_chunk_is_an_error_and_later_chunks_are_read(evtx_dir, tmp_path):
    path = _file(evtx_dir, BIG)
    data = bytearray(path.read_bytes())
    start = 4096 + 65536 * 2 + 600
    data[start:start + 4400] = b"\xff" * 4400
    bad = tmp_path / "bad.evtx"
    bad.write_bytes(bytes(data))
    full = events_of(path)[0]
    events, errors = events_of(bad)
    assert errors and all(e.path == str(bad) and "chunk" in e.message for e in errors)
    assert len(events) >= len(full) - 5
    assert events[-1]["leakscope.provenance.record"] == full[-1]["leakscope.provenance.record"]


def test_header_only_file(tmp_path, evtx_dir):
    path = _file(evtx_dir, BIG)
    stub = tmp_path / "stub.evtx"
    stub.write_bytes(path.read_bytes()[:100])
    events, [error] = events_of(stub)
    assert events == [] and "header truncated" in error.message


def test_real_event_104_keeps_system_channel_and_the_cleared_log(evtx_dir):
    """Each 104 names the log it cleared in UserData; the record itself is in System."""
    path = _file(evtx_dir, "EVTX-to-MITRE-Attack/TA0005-Defense Evasion/T1070.001-Clear "
                 "Windows event logs/ID104-1102-Event log cleared.evtx")
    events, errors = events_of(path)
    assert errors == []
    cleared = [e for e in events if e["event.code"] == "104"]
    assert len(cleared) > 50
    assert {e["leakscope.raw"]["Channel"] for e in cleared} == {"System"}
    assert {e["leakscope.logsource.service"] for e in cleared} == {"system"}
    logs = {e["leakscope.raw"]["UserData_Channel"] for e in cleared}
    assert {"Application", "System", "Microsoft-Windows-Bits-Client/Operational"} <= logs


def test_a_cut_past_a_stale_chunk_count_is_described_truly(evtx_dir, tmp_path):
    path = _file(evtx_dir, BIG)
    data = bytearray(path.read_bytes()[: 4096 + 65536 * 3 + 30000])  # inside the 4th chunk
    data[42:44] = (2).to_bytes(2, "little")  # a header not updated since chunk 2 (dirty log)
    cut = tmp_path / "cut.evtx"
    cut.write_bytes(bytes(data))
    _, errors = events_of(cut)
    message = " ".join(e.message for e in errors)
    assert "ends inside chunk 4" in message
    assert "declares 2 chunks" not in message  # the file is longer than that: not the problem
