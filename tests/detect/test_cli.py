"""`leakscope detect` and `leakscope rules check` end to end, on files written here."""

from __future__ import annotations

import json
import stat
from pathlib import Path

from typer.testing import CliRunner

from leakscope.case import Case
from leakscope.cli import console as consoles
from leakscope.cli.main import app
from leakscope.detect import case_detections

runner = CliRunner()
AWS_RULE = """
title: Trail stopped
id: 11111111-2222-3333-4444-555555555555
logsource: {product: aws, service: cloudtrail}
detection:
    sel:
        eventSource: cloudtrail.amazonaws.com
        eventName: [StopLogging, DeleteTrail]
    condition: sel
level: high
tags: [attack.defense-evasion, attack.t1562.008]
"""


def cloudtrail(path: Path) -> Path:
    records = [{"eventTime": "2024-07-31T13:06:24Z", "eventSource": "cloudtrail.amazonaws.com",
                "eventName": name, "awsRegion": "ap-northeast-1",
                "sourceIPAddress": "198.51.100.4",
                "userIdentity": {"type": "IAMUser", "userName": "mallory",
                                 "arn": "arn:aws:iam::111122223333:user/mallory"}}
               for name in ("DescribeTrails", "StopLogging")]
    path.write_text(json.dumps({"Records": records}), encoding="utf-8")
    return path


def records(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_detect_json_records_errors_and_summary(tmp_path):
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "trail.yml").write_text(AWS_RULE, encoding="utf-8")
    (rules / "broken.yml").write_text("title: [unclosed", encoding="utf-8")
    trail = cloudtrail(tmp_path / "trail.json")
    garbage = tmp_path / "garbage.bin"
    garbage.write_bytes(b"\x00\xff" * 500)
    result = runner.invoke(app, ["detect", str(trail), str(garbage), str(tmp_path / "nope.log"),
                                 "--rules", str(rules), "--json"])
    assert result.exit_code == 0, result.output
    out = records(result.output)
    assert out[-1]["type"] == "summary"
    assert out[-1]["events"] == 2
    sigma = [r for r in out if r["type"] == "detection" and r["source"] == "sigma"]
    assert len(sigma) == 1
    hit = sigma[0]
    assert hit["rule"] == "11111111-2222-3333-4444-555555555555"
    assert hit["title"] == "Trail stopped" and hit["level"] == "high"
    assert hit["tags"] == ["attack.defense-evasion", "attack.t1562.008"]
    assert hit["path"] == str(trail) and hit["record"] is not None
    assert hit["@timestamp"].startswith("2024-07-31T13:06:24")
    assert hit["entity"]["source_ip"] == "198.51.100.4"
    assert len(hit["provenance"]["evidence_sha256"]) == 64
    errors = [r for r in out if r["type"] == "error"]
    named = " ".join(str(e.get("path")) for e in errors)
    assert "broken.yml" in named and "garbage.bin" in named and "nope.log" in named
    assert any(r["rule"] == "leakscope.tamper.cloudtrail-stoplogging" for r in out
               if r["type"] == "detection")


def test_detect_into_a_case_keeps_detections_with_provenance(tmp_path):
    case_root = tmp_path / "case"
    Case.init(case_root)
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "trail.yml").write_text(AWS_RULE, encoding="utf-8")
    trail = cloudtrail(tmp_path / "trail.json")
    result = runner.invoke(app, ["detect", str(trail), "--case", str(case_root),
                                 "--rules", str(rules), "--json"])
    assert result.exit_code == 0, result.output
    run_id = records(result.output)[-1]["run_id"]
    with Case.open(case_root) as case:
        stored = case_detections(case)
        assert {d["rule"] for d in stored} >= {"11111111-2222-3333-4444-555555555555",
                                               "leakscope.tamper.cloudtrail-stoplogging"}
        assert all(d["run_id"] == run_id for d in stored)
        assert stored[0]["level"] == "high"
        assert all(d["provenance"]["path"] == str(trail) for d in stored)
        entries = list(case.ledger.entries("detect"))
        assert entries and entries[-1].details["detections"] == len(stored)
        parquet = next((case.findings_dir / "detections").glob("*.parquet"))
        assert stat.S_IMODE(parquet.stat().st_mode) == 0o600


def test_web_attacks_found_without_any_rules(tmp_path):
    log = tmp_path / "access.log"
    lines = [f'192.0.2.7 - - [01/May/2024:10:00:{i:02d} +0900] "GET /item.php?id=1%27%20OR%20'
             f'%271%27=%271 HTTP/1.1" 200 512 "-" "sqlmap/1.7"' for i in range(3)]
    log.write_text("\n".join(lines) + "\nthis is not an access log line\n", encoding="utf-8")
    result = runner.invoke(app, ["detect", str(log), "--json"])
    assert result.exit_code == 0, result.output
    out = records(result.output)
    assert any(r.get("rule") == "leakscope.web.sqli" for r in out)
    assert out[-1]["type"] == "summary" and out[-1]["events"] == 3


def test_rules_check_lists_each_rule_that_did_not_load(tmp_path):
    (tmp_path / "good.yml").write_text(AWS_RULE, encoding="utf-8")
    (tmp_path / "bad_regex.yml").write_text(AWS_RULE.replace(
        "eventName: [StopLogging, DeleteTrail]", "eventName|re: '(?<=x'").replace(
        "11111111-2222-3333-4444-555555555555", "11111111-2222-3333-4444-666666666666"),
        encoding="utf-8")
    result = runner.invoke(app, ["rules", "check", str(tmp_path), "--json"])
    assert result.exit_code == 1
    out = records(result.output)
    assert out[-1] == {"type": "summary", "files": 2, "loaded": 1, "errors": 1}
    assert out[0]["path"].endswith("bad_regex.yml")
    assert "regular expression" in out[0]["message"].lower()
    ok = runner.invoke(app, ["rules", "check", str(tmp_path / "good.yml")])
    assert ok.exit_code == 0 and "1 rules loaded" in ok.output


def test_detect_over_an_ingested_case_timeline(tmp_path):
    from leakscope.timeline.ingest import ingest

    case_root = tmp_path / "case"
    Case.init(case_root)
    trail = cloudtrail(tmp_path / "trail.json")
    with Case.open(case_root) as case:
        ingest(case, [trail])
    result = runner.invoke(app, ["detect", "--case", str(case_root), "--json"])
    assert result.exit_code == 0, result.output
    out = records(result.output)
    assert out[-1]["events"] == 2
    hits = [r for r in out if r["type"] == "detection"]
    assert any(r["rule"] == "leakscope.tamper.cloudtrail-stoplogging" for r in hits)
    assert all(len(r["provenance"]["evidence_sha256"]) == 64 for r in hits)


def test_ssh_brute_force_then_success_in_an_auth_log(tmp_path, monkeypatch):
    lines = [f"May  1 10:01:{i:02d} web1 sshd[12{i}]: Failed password for root from "
             f"198.51.100.7 port 4{i}222 ssh2" for i in range(6)]
    lines.append("May  1 10:02:00 web1 sshd[1300]: Accepted password for root from "
                 "198.51.100.7 port 40000 ssh2")
    log = tmp_path / "auth.log"
    log.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["detect", str(log), "--json"])
    out = records(result.output)
    success = [r for r in out if r.get("rule") == "leakscope.auth.brute-force-success"]
    assert len(success) == 1
    assert success[0]["level"] == "critical" and success[0]["record"] == 7
    assert success[0]["entity"] == {"user": "root", "host": "web1", "source_ip": "198.51.100.7"}
    high = records(runner.invoke(app, ["detect", str(log), "--json", "--min-level", "high"]
                                 ).output)
    assert [r["rule"] for r in high if r["type"] == "detection"] == [
        "leakscope.auth.brute-force-success"]
    assert runner.invoke(app, ["detect", str(log), "--min-level", "severe"]).exit_code == 2
    # wide enough for a title on one line: the console is the process's, made by the first
    # test that printed (COLUMNS is read when it is made), so set on it
    monkeypatch.setattr(consoles.console, "_width", 200)
    human = runner.invoke(app, ["detect", str(log)])
    assert human.exit_code == 0
    assert "by rule" in human.output and "Successful logon after brute force" in human.output
