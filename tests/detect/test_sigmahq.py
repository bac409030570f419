"""SigmaHQ as it is: every regression sample fires its rule; the rule sets load."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from detect_helpers import DATA

from leakscope.detect import load_rules, run
from leakscope.detect.engine import Matcher
from leakscope.detect.inputs import file_events

SIGMA = DATA / "sigma"
pytestmark = pytest.mark.skipif(not SIGMA.is_dir(), reason="shared Sigma data not present")
# Samples that cannot run here, and why (kept honest, asserted below).
NOT_EVTX = {
    "ef0ff092-a24a-4fbc-beea-06c08d53e085":
        "Cisco IOS CLI syslog sample (.raw); its own info.yml has the test commented out, "
        "and leakscope has no Cisco IOS parser",
}


@pytest.fixture(scope="module")
def full_rules():
    return load_rules([SIGMA / "rules", SIGMA / "rules-emerging-threats",
                       SIGMA / "rules-threat-hunting"])


def test_every_regression_sample_fires_its_rule(full_rules):
    assert not full_rules.errors
    matcher = Matcher(full_rules)
    failures, skipped, checked = [], set(), 0
    for info in sorted((SIGMA / "regression_data").rglob("info.yml")):
        rule_id = yaml.safe_load(info.read_text())["rule_metadata"][0]["id"]
        samples = sorted(info.parent.glob("*.evtx"))
        if not samples:
            skipped.add(rule_id)
            continue
        fired: set[str] = set()
        for event in file_events(samples):
            assert isinstance(event, dict), event
            fired.update(r.id for r in matcher.match(event)[0])
        checked += 1
        if rule_id not in fired:
            failures.append(str(info.parent.relative_to(SIGMA)))
    assert failures == []
    assert skipped == set(NOT_EVTX)
    assert checked >= 200


@pytest.mark.parametrize(("folder", "minimum"), [
    ("rules/windows", 0.995), ("rules/web", 1.0), ("rules/cloud/aws", 1.0)])
def test_rule_sets_load(folder, minimum):
    ruleset = load_rules([SIGMA / folder])
    failed = {e.path for e in ruleset.errors}
    assert ruleset.files > 0
    assert (ruleset.files - len(failed)) / ruleset.files >= minimum, ruleset.errors[:5]


def test_webserver_keyword_rules_fire_through_the_cli(tmp_path):
    """Zircolite's default setup drops SigmaHQ's keyword web rules; here each one fires."""
    import json

    from typer.testing import CliRunner

    from leakscope.cli.main import app

    requests = {
        "/.git/config": "Source Code Enumeration Detection by Keyword",
        "/page?name={{7*7}}": "Server Side Template Injection Strings",
        "/x?a=${@java.lang.Runtime@getRuntime()}": "Java Payload Strings",
        "/s?q=<script>alert(1)</script>": "Cross Site Scripting Strings",
        "/shell.aspx?c=whoami": "Windows Webshell Strings",
        "/item?id=1+union+select+@@version": "SQL Injection Strings In URI",
        "/Basic/Command/Base64/d2hvYW1p": "JNDIExploit Pattern",
    }
    log = tmp_path / "access.log"
    log.write_text("".join(
        f'203.0.113.9 - - [01/May/2024:10:00:{i:02d} +0900] "GET {url} HTTP/1.1" 200 99 "-" '
        f'"Mozilla/5.0"\n' for i, url in enumerate(requests)), encoding="utf-8")
    result = CliRunner().invoke(app, ["detect", str(log), "--rules", str(SIGMA / "rules" / "web"),
                                      "--no-analytics", "--json"])
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in result.output.splitlines()]
    fired = {r["title"] for r in out if r["type"] == "detection"}
    assert set(requests.values()) <= fired, set(requests.values()) - fired


def test_entra_sign_ins_meet_sigma_azure_rules_and_analytics(tmp_path):
    import json

    from typer.testing import CliRunner

    from leakscope.cli.main import app

    records = [{"createdDateTime": f"2024-05-01T10:00:{i:02d}Z", "userPrincipalName":
                f"user{i}@example.co.jp", "appDisplayName": "Office 365",
                "ipAddress": f"203.0.113.{i % 6}", "status": {"errorCode": 50053}}
               for i in range(22)]
    log = tmp_path / "signins.json"
    log.write_text(json.dumps({"value": records}), encoding="utf-8")
    rules = SIGMA / "rules" / "cloud" / "azure"
    result = CliRunner().invoke(app, ["detect", str(log), "--rules", str(rules), "--json"])
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in result.output.splitlines()]
    assert out[-1]["events"] == 22
    titles = {r["title"] for r in out if r["type"] == "detection"}
    assert "Account Lockout" in titles
    assert "Credential stuffing from many sources" in titles


def test_m365_audit_log_meets_sigma_m365_rules(tmp_path):
    import json

    from leakscope.detect import run
    from leakscope.timeline import parse

    records = [
        {"CreationTime": "2024-05-01T10:00:00", "Id": "1", "Operation": "Add-FederatedDomain",
         "RecordType": 1, "Workload": "Exchange", "ResultStatus": "Success",
         "UserId": "admin@example.co.jp", "ClientIP": "198.51.100.3"},
        {"CreationTime": "2024-05-01T10:05:00", "Id": "2",
         "Operation": "Disable Strong Authentication.", "RecordType": 8,
         "Workload": "AzureActiveDirectory", "ResultStatus": "Success",
         "UserId": "admin@example.co.jp"},
    ]
    log = tmp_path / "ual.json"
    log.write_text(json.dumps(records), encoding="utf-8")
    events = [e for e in parse(log) if isinstance(e, dict)]
    assert len(events) == 2
    ruleset = load_rules([SIGMA / "rules" / "cloud" / "m365"])
    titles = {d.title for d in run(events, ruleset)}
    assert "New Federated Domain Added - Exchange" in titles
    assert "Disabling Multi Factor Authentication" in titles


def test_truncated_evtx_keeps_what_can_be_read(tmp_path):
    import json

    from typer.testing import CliRunner

    from leakscope.cli.main import app

    sample = next((DATA / "evtx").rglob("ID4688-SQL Server payload injectection*.evtx"))
    data = sample.read_bytes()
    cut = tmp_path / "cut.evtx"
    cut.write_bytes(data[: 4096 + 65536 + 3000])  # header, one whole chunk, part of the next
    result = CliRunner().invoke(app, ["detect", str(cut), "--rules",
                                      str(SIGMA / "rules" / "windows"), "--json"])
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in result.output.splitlines()]
    errors = [r for r in out if r["type"] == "error"]
    assert errors and all(r["path"] == str(cut) for r in errors)
    assert out[-1]["events"] > 0
    assert any(r["type"] == "detection" and r["source"] == "sigma" for r in out)


def _cleared_104(tmp_path: Path, cleared: str, xml: bool) -> Path:
    """A System 104 record as `evtx_dump -o jsonl` or wevtutil XML writes it."""
    if xml:
        path = tmp_path / f"104-{len(cleared)}.xml"
        path.write_text(
            '<Events><Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event">'
            '<System><Provider Name="Microsoft-Windows-Eventlog"/><EventID>104</EventID>'
            '<TimeCreated SystemTime="2024-05-01T10:00:00.000Z"/><EventRecordID>7</EventRecordID>'
            '<Channel>System</Channel><Computer>pc1</Computer></System><UserData>'
            '<LogFileCleared xmlns="http://manifests.microsoft.com/win/2004/08/windows/eventlog">'
            f'<SubjectUserName>admin</SubjectUserName><Channel>{cleared}</Channel>'
            '</LogFileCleared></UserData></Event></Events>', encoding="utf-8")
        return path
    path = tmp_path / f"104-{len(cleared)}.jsonl"
    record = {"Event": {"System": {
        "Provider": {"#attributes": {"Name": "Microsoft-Windows-Eventlog"}}, "EventID": 104,
        "TimeCreated": {"#attributes": {"SystemTime": "2024-05-01T10:00:00.000000Z"}},
        "EventRecordID": 7, "Channel": "System", "Computer": "pc1"},
        "UserData": {"LogFileCleared": {"SubjectUserName": "admin", "Channel": cleared}}}}
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("xml", [False, True])
def test_event_104_rules_see_the_cleared_log_and_the_system_route(tmp_path, xml):
    """SigmaHQ's two 104 rules split on the *cleared* log's Channel (UserData); the record
    itself is in the System log, which is where their `service: system` must find it."""
    rules = SIGMA / "rules" / "windows" / "builtin" / "system" / "microsoft_windows_eventlog"
    ruleset = load_rules([rules / "win_system_eventlog_cleared.yml",
                          rules / "win_system_susp_eventlog_cleared.yml"])
    assert not ruleset.errors
    important, other = "100ef69e-3327-481c-8e5c-6d80d9507556", \
        "a62b37e0-45d3-48d9-a517-90c1a1b0186b"
    for cleared, expected in (("Microsoft-Windows-PowerShell/Operational", important),
                              ("Application", other)):
        events = [e for e in file_events([_cleared_104(tmp_path, cleared, xml)])
                  if isinstance(e, dict)]
        raw = events[0]["leakscope.raw"]
        assert raw["Channel"] == "System" and raw["UserData_Channel"] == cleared
        assert events[0]["leakscope.logsource.service"] == "system"
        assert [d.rule for d in run(events, ruleset)] == [expected]
