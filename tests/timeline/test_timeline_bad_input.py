"""Bad input: an error record naming the file and the problem; everything readable is kept."""

from __future__ import annotations

import gzip
import json
import os
from datetime import UTC, datetime
from pathlib import Path

from test_timeline_formats import events_of
from timeline_samples import ACCESS_LOG, cloudtrail_records

from leakscope.timeline.textio import MAX_LINE_BYTES


def test_unknown_format_names_the_tried_formats(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("just some prose\nthat is not a log at all\n")
    events, [error] = events_of(path)
    assert events == []
    assert error.path == str(path)
    assert "unknown log format" in error.message
    for name in ("evtx", "cloudtrail", "syslog", "access-log", "iis-w3c", "m365-audit"):
        assert name in error.message


def test_garbage_lines_in_access_log(tmp_path):
    lines = ACCESS_LOG.splitlines()
    path = tmp_path / "access.log"
    path.write_text("\n".join([lines[0], "%%%% garbage \x00 line", lines[1], "}{", lines[2]])
                    + "\n")
    events, errors = events_of(path)
    assert [e["leakscope.provenance.record"] for e in events] == [1, 3, 5]
    assert [e.record for e in errors] == [2, 4]
    assert all(e.path == str(path) and "not an access-log line" in e.message for e in errors)


def test_mixed_encodings_are_decoded_per_line(tmp_path):
    utf8 = ('203.0.113.9 - - [03/Mar/2024:10:00:00 +0900] "GET /a HTTP/1.1" 200 1 "-" '
            '"ブラウザ"\n').encode()
    sjis = ('203.0.113.9 - - [03/Mar/2024:10:00:01 +0900] "GET /b HTTP/1.1" 200 1 "-" '
            '"検索エンジン"\n').encode("cp932")
    latin = b'203.0.113.9 - - [03/Mar/2024:10:00:02 +0900] "GET /c HTTP/1.1" 200 1 "-" "caf\xe9"\n'
    path = tmp_path / "access.log"
    path.write_bytes(utf8 + sjis + latin)
    events, errors = events_of(path)
    assert errors == []
    assert [e["user_agent.original"] for e in events] == ["ブラウザ", "検索エンジン", "café"]


def test_utf16_syslog_export(tmp_path):
    path = tmp_path / "auth.log"
    path.write_text("Mar  3 10:00:03 web01 sshd[811]: Failed password for root from "
                    "203.0.113.9 port 50124 ssh2\n", encoding="utf-16")
    events, errors = events_of(path, year=2024)
    assert errors == []
    assert events[0]["user.name"] == "root"


def test_huge_line_is_an_error_and_the_rest_goes_on(tmp_path):
    path = tmp_path / "auth.log"
    good = "Mar  3 10:00:03 web01 sshd[811]: Failed password for root from 1.2.3.4 port 5 ssh2\n"
    with open(path, "w") as handle:
        handle.write(good)
        handle.write("Mar  3 10:00:04 web01 app: " + "A" * (MAX_LINE_BYTES + 10) + "\n")
        handle.write(good)
    events, errors = events_of(path, year=2024)
    assert len(events) == 2
    assert events[1]["leakscope.provenance.record"] == 3
    assert errors[0].record == 2 and "too long" in errors[0].message


def test_syslog_year_inferred_across_new_year(tmp_path):
    path = tmp_path / "auth.log"
    path.write_text(
        "Dec 31 23:59:00 h sshd[1]: Failed password for root from 1.2.3.4 port 5 ssh2\n"
        "Jan  1 00:01:00 h sshd[1]: Accepted password for root from 1.2.3.4 port 5 ssh2\n")
    mtime = datetime(2025, 1, 2, tzinfo=UTC).timestamp()
    os.utime(path, (mtime, mtime))
    events, _ = events_of(path, timezone="UTC")
    assert [e["@timestamp"][:10] for e in events] == ["2024-12-31", "2025-01-01"]


def test_truncated_cloudtrail_array_keeps_earlier_records(tmp_path):
    records = cloudtrail_records()["Records"] * 3
    text = json.dumps(records)
    path = tmp_path / "trail.json"
    path.write_text(text[: len(text) - 200])
    events, errors = events_of(path)
    assert len(events) == 5
    assert len(errors) == 1 and "truncated" in errors[0].message and errors[0].record == 6


def test_corrupt_gzip_reports_and_keeps_what_was_read(tmp_path):
    data = gzip.compress(json.dumps(cloudtrail_records()).encode())
    path = tmp_path / "trail.json.gz"
    path.write_bytes(data[: len(data) // 2])
    _, errors = events_of(path)
    assert errors and errors[0].path == str(path)


def test_truncated_gzip_log_keeps_the_lines_before_the_cut(tmp_path):
    line = "Mar  3 10:00:03 web01 sshd[811]: Failed password for root from 1.2.3.4 port 5 ssh2\n"
    data = gzip.compress((line * 5000).encode())
    path = tmp_path / "auth.log.gz"
    path.write_bytes(data[: len(data) // 2])
    events, errors = events_of(path, year=2024)
    assert 1000 < len(events) < 5000
    assert errors[-1].path == str(path) and "read failed" in errors[-1].message


def test_unreadable_file(tmp_path):
    path = tmp_path / "missing.log"
    _, [error] = events_of(path)
    assert error.path == str(path)
    assert "cannot read" in error.message


def test_access_log_record_with_bad_timestamp_keeps_the_event(tmp_path):
    path = Path(tmp_path / "access.log")
    path.write_text('1.2.3.4 - - [99/Foo/2024:99:00:00 +0900] "GET / HTTP/1.1" 200 1\n' * 3)
    events, errors = events_of(path)
    assert errors == [] and len(events) == 3
    assert all(e["@timestamp"] is None for e in events)


def test_m365_csv_row_with_broken_audit_data(samples, tmp_path):
    lines = samples["m365.csv"].read_text(encoding="utf-8-sig").splitlines()
    lines.insert(2, '2024-03-03T03:00:09,x@example.jp,FileDownloaded,"{not json"')
    path = tmp_path / "audit.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8-sig")
    events, errors = events_of(path)
    assert len(events) == 3
    [error] = errors
    assert error.record == 2 and "AuditData is not JSON" in error.message
    assert [e["leakscope.provenance.record"] for e in events] == [1, 3, 4]


def test_shift_jis_csv_export_with_mapping(samples, tmp_path):
    path = tmp_path / "app_sjis.csv"
    path.write_bytes(samples["app.csv"].read_text().encode("cp932"))
    events, errors = events_of(path, mapping=samples["app_mapping.yaml"])
    assert errors == [] and events[0]["event.action"] == "顧客CSV出力"


def test_cloudtrail_file_on_one_multi_megabyte_line(tmp_path):
    record = cloudtrail_records()["Records"][0]
    record = {**record, "requestParameters": {"bucketName": "b", "key": "k" * 500}}
    path = tmp_path / "111122223333_CloudTrail_ap-northeast-1_20240303T0100Z_x.json"
    path.write_text(json.dumps({"Records": [record] * 3000}))
    assert path.stat().st_size > 1.5 * MAX_LINE_BYTES
    events, errors = events_of(path)
    assert errors == [] and len(events) == 3000
    assert events[-1]["leakscope.provenance.record"] == 3000


def test_folder_fifo_and_empty_file_are_named_not_parsed(tmp_path):
    import os

    from leakscope.timeline import parse

    (tmp_path / "dir.log").mkdir()
    (tmp_path / "empty.log").write_bytes(b"")
    os.mkfifo(tmp_path / "pipe.log")  # reading it would block
    for name, why in (("dir.log", "a folder"), ("empty.log", "empty file"),
                      ("pipe.log", "not a regular file")):
        [error] = list(parse(tmp_path / name))
        assert error.path == str(tmp_path / name) and why in error.message


def test_gzip_bomb_stops_with_an_error_and_keeps_the_records_before_it(tmp_path, monkeypatch):
    from leakscope.timeline import textio

    monkeypatch.setattr(textio, "GZIP_RATIO_FLOOR", 1 << 20)  # a 4 MB bomb is enough here
    records = cloudtrail_records()["Records"]
    head = json.dumps(records)[:-1]  # '[rec, rec' ... left open
    path = tmp_path / "trail.json.gz"
    with gzip.open(path, "wb") as out:
        out.write(head.encode())
        out.write(b" " * (4 << 20))
        out.write(b", " + json.dumps(records[0]).encode() + b"]")
    events, errors = events_of(path)
    assert len(events) == len(records)
    assert len(errors) == 1 and errors[0].path == str(path)
    assert "gzip bomb" in errors[0].message


def test_json_document_size_limit_counts_inflated_bytes(tmp_path, monkeypatch):
    from leakscope.timeline import jsonrecords

    monkeypatch.setattr(jsonrecords, "MAX_DOCUMENT_BYTES", 4000)
    record = cloudtrail_records()["Records"][0]
    record = {**record, "requestParameters": {"bucketName": "b", "key": "k" * 20000}}
    path = tmp_path / "event.json.gz"
    path.write_bytes(gzip.compress(json.dumps(record, indent=2).encode()))
    assert path.stat().st_size < 4000  # small on disk, five times the limit inflated
    events, errors = events_of(path)
    assert events == []
    assert len(errors) == 1 and errors[0].path == str(path)
    assert "larger than 4000 bytes" in errors[0].message


def test_a_flood_of_bad_lines_is_reported_once_past_the_cap(tmp_path, monkeypatch):
    from leakscope.timeline import reader

    monkeypatch.setattr(reader, "MAX_ERRORS_PER_FILE", 5)
    path = tmp_path / "access.log"
    good = ACCESS_LOG.splitlines()[0] + "\n"
    path.write_text(good * 30 + "garbage \x01 line\n" * 50 + good)
    events, errors = events_of(path)
    assert len(events) == 31  # the line after the garbage is still read
    assert len(errors) == 6 and all(e.path == str(path) for e in errors)
    assert "45 more errors" in errors[-1].message


def test_an_unclosed_quote_in_a_csv_costs_one_line_not_the_rest(samples, tmp_path, monkeypatch):
    from leakscope.timeline import csvrecords

    monkeypatch.setattr(csvrecords, "MAX_QUOTED_LINES", 10)
    lines = samples["app.csv"].read_text().splitlines()
    header, rows = lines[0], lines[1:]
    broken = '2024-03-03T10:00:00,"admin01,203.0.113.9,login'  # the quote never closes
    path = tmp_path / "app.csv"
    path.write_text("\n".join([header, rows[0], broken] + rows * 10) + "\n")
    events, errors = events_of(path, mapping=samples["app_mapping.yaml"])
    assert len(events) == 1 + 10 * len(rows)  # every row after the broken line is read
    [error] = errors
    assert error.path == str(path) and "line 3" in error.message and "quote" in error.message
