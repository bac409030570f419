"""The `leakscope timeline` verbs end to end, as a user runs them."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from leakscope.case import Case
from leakscope.cli.main import app

runner = CliRunner()


def jsonl(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.startswith("{")]


def _ingested(tmp_path, samples, *names):
    case_dir = tmp_path / "case"
    Case.init(case_dir).close()
    result = runner.invoke(app, ["timeline", "ingest", str(case_dir), "--json",
                                 *(str(samples[n]) for n in names)])
    return case_dir, result


def test_ingest_json_lines_with_errors_and_summary(tmp_path, samples):
    junk = tmp_path / "junk.txt"
    junk.write_text("hello\nworld\n")
    samples["junk"] = junk
    _, result = _ingested(tmp_path, samples, "auth.log", "nginx_access.log", "junk")
    assert result.exit_code == 0, result.output
    records = jsonl(result.output)
    errors = [r for r in records if r["type"] == "error"]
    assert len(errors) == 1 and errors[0]["path"] == str(junk)
    assert "tried:" in errors[0]["message"]
    summary = records[-1]
    assert summary["type"] == "summary" and summary["events"] == 10 and summary["errors"] == 1


def test_ingest_of_only_bad_input_exits_nonzero(tmp_path):
    case_dir = tmp_path / "case"
    Case.init(case_dir).close()
    junk = tmp_path / "junk.txt"
    junk.write_text("hello\n")
    result = runner.invoke(app, ["timeline", "ingest", str(case_dir), str(junk)])
    assert result.exit_code == 1


def test_query_json(tmp_path, samples):
    case_dir, _ = _ingested(tmp_path, samples, "auth.log")
    result = runner.invoke(app, ["timeline", "query", str(case_dir), "--json",
                                 'SELECT "user.name" AS u, count(*) AS n FROM events '
                                 "WHERE \"event.outcome\" = 'failure' GROUP BY 1 ORDER BY 1"])
    assert result.exit_code == 0, result.output
    rows = [r for r in jsonl(result.output) if r["type"] == "row"]
    assert rows == [{"type": "row", "u": "admin", "n": 1}, {"type": "row", "u": "root", "n": 1}]


def test_bad_sql_is_a_clear_error(tmp_path, samples):
    case_dir, _ = _ingested(tmp_path, samples, "auth.log")
    result = runner.invoke(app, ["timeline", "query", str(case_dir), "SELEC nonsense"])
    assert result.exit_code == 2
    assert "query failed" in result.output


def test_export_timesketch_file(tmp_path, samples):
    case_dir, _ = _ingested(tmp_path, samples, "cloudtrail.json.gz", "evtx_export.xml")
    out = tmp_path / "ts.jsonl"
    result = runner.invoke(app, ["timeline", "export", str(case_dir), "--format",
                                 "timesketch", "-o", str(out)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(lines) == 3
    for line in lines:
        assert {"message", "datetime", "timestamp", "timestamp_desc"} <= line.keys()
    assert lines[0]["datetime"] == "2024-03-03T01:00:00.000000Z"  # oldest first
    assert lines[0]["timestamp"] == 1709427600000000
    assert "GetObject" in lines[0]["message"]
    assert (out.stat().st_mode & 0o077) == 0
    with Case.open(case_dir) as case:
        assert case.ledger.last("timeline.export").details["events"] == 3


def test_export_csv_to_stdout(tmp_path, samples):
    case_dir, _ = _ingested(tmp_path, samples, "u_ex240303.log")
    result = runner.invoke(app, ["timeline", "export", str(case_dir), "--format", "csv"])
    lines = result.output.splitlines()
    assert lines[0].startswith("@timestamp,")
    assert len(lines) == 3 and "/aspnet_client/shell.aspx" in lines[2]


def test_entities_who_accessed_what(tmp_path, samples):
    case_dir, _ = _ingested(tmp_path, samples, "nginx_access.log", "cloudtrail.json.gz",
                            "m365.json", "auth.log")
    result = runner.invoke(app, ["timeline", "entities", str(case_dir), "--by", "source_ip",
                                 "--json"])
    assert result.exit_code == 0, result.output
    rows = {r["entity"]: r for r in jsonl(result.output) if r["type"] == "entity"}
    attacker = rows["203.0.113.9"]
    assert attacker["bytes_out"] == 5120 + 12 + 9876543 + 7340032
    assert attacker["logons"] >= 1 and attacker["failures"] >= 3
    assert attacker["first_seen"].startswith("2024-03-03")
    assert "s3://customers/export/all.csv" in attacker["top_objects"] or \
        "/admin/export.php" in attacker["top_objects"]
    users = runner.invoke(app, ["timeline", "entities", str(case_dir), "--json"])
    names = {r["entity"] for r in jsonl(users.output) if r["type"] == "entity"}
    assert {"deploy", "backup", "sato@example.jp", "alice"} <= names


def test_ingest_truncated_evtx_reports_and_keeps_records(tmp_path, evtx_dir):
    source = evtx_dir / "DeepBlueCLI" / "Powershell-Invoke-Obfuscation-many.evtx"
    cut = tmp_path / "Security-copy.evtx"
    cut.write_bytes(source.read_bytes()[: 4096 + 65536 * 5 + 1000])
    case_dir = tmp_path / "case"
    Case.init(case_dir).close()
    result = runner.invoke(app, ["timeline", "ingest", str(case_dir), str(cut), "--json"])
    assert result.exit_code == 0, result.output
    records = jsonl(result.output)
    errors = [r for r in records if r["type"] == "error"]
    assert all(e["path"] == str(cut) for e in errors)
    assert any("truncated" in e["message"] for e in errors)  # and the record cut in two
    assert records[-1]["events"] > 0


def test_batches_lists_each_ingest(tmp_path, samples):
    case_dir, _ = _ingested(tmp_path, samples, "auth.log")
    runner.invoke(app, ["timeline", "ingest", str(case_dir), str(samples["mail.log"])])
    result = runner.invoke(app, ["timeline", "batches", str(case_dir), "--json"])
    rows = [r for r in jsonl(result.output) if r["type"] == "batch"]
    assert [r["events"] for r in rows] == [6, 5]
    assert rows[1]["sources"][0]["path"] == str(samples["mail.log"])
    assert len(rows[0]["sha256"]) == 64


def test_ingest_names_an_empty_folder_and_an_empty_file(tmp_path, samples):
    (tmp_path / "nothing").mkdir()
    empty = tmp_path / "empty.log"
    empty.write_bytes(b"")
    _, result = _ingested(tmp_path, {"a": tmp_path / "nothing", "b": empty,
                                            "c": samples["auth.log"]}, "a", "b", "c")
    records = jsonl(result.output)
    errors = {r["path"]: r["message"] for r in records if r["type"] == "error"}
    assert errors[str(tmp_path / "nothing")] == "folder holds no files"
    assert "empty file" in errors[str(empty)]
    assert records[-1]["events"] > 0 and result.exit_code == 0


def test_an_error_about_a_file_named_like_rich_markup_is_printed(tmp_path, samples):
    case_dir = tmp_path / "case"
    Case.init(case_dir).close()
    junk = tmp_path / "[bold]notes.txt"  # was printed as markup: 'notes.txt' in bold
    junk.write_text("hello\n")
    result = runner.invoke(app, ["timeline", "ingest", str(case_dir), str(junk),
                                 str(samples["auth.log"])])
    assert result.exit_code == 0, result.output
    assert "[bold]notes.txt" in result.output


def test_query_table_shows_log_text_that_looks_like_markup(tmp_path, samples):
    case_dir, _ = _ingested(tmp_path, samples, "auth.log")
    result = runner.invoke(app, ["timeline", "query", str(case_dir),
                                 "SELECT '[/]' || \"user.name\" AS u FROM events LIMIT 1"])
    assert result.exit_code == 0, result.output
    assert "[/]" in result.output  # an attacker's user name is data, not Rich markup
