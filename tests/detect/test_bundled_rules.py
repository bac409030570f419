# ruff: noqa: E501  (log lines are written as the servers write them)
"""leakscope's bundled Sigma rules: each loads, fires on a generated attack sample (parsed
from its native log format) and stays quiet on a benign one; the CLI and demo use them."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from leakscope.cli.main import app
from leakscope.detect import BUNDLED_RULES, load_rules, run
from leakscope.detect.inputs import file_events

runner = CliRunner()
T0 = datetime(2026, 5, 8, 17, 0, tzinfo=UTC)
ATTACKER = "203.0.113.45"


@pytest.fixture(scope="module")
def bundled():
    ruleset = load_rules([BUNDLED_RULES])
    assert not ruleset.errors
    return ruleset


def _clf(ip: str, when: datetime, method: str, url: str, agent: str = "Mozilla/5.0") -> str:
    return (f'{ip} - - [{when.strftime("%d/%b/%Y:%H:%M:%S +0000")}] "{method} {url} HTTP/1.1" '
            f'200 512 "-" "{agent}"')


def access_log(lines: list[str]) -> tuple[str, str]:
    return "access.log", "\n".join(lines) + "\n"


def web_sqli(attack: bool) -> tuple[str, str]:
    query = "id=1%27%20UNION%20SELECT%20name,email,card_no%20FROM%20customers--" if attack \
        else "id=42&sort=price&q=union%20station"
    return access_log([_clf(ATTACKER, T0, "GET", f"/products.php?{query}")])


def web_upload_post(attack: bool) -> tuple[str, str]:
    path = "/uploads/img_2291.php" if attack else "/contact.php"
    return access_log([_clf(ATTACKER, T0, "POST", path, "curl/8.5.0"),
                       _clf(ATTACKER, T0, "GET", "/uploads/photo.jpg")])


def web_scanner(attack: bool) -> tuple[str, str]:
    agent = "Mozilla/5.00 (Nikto/2.5.0) (Evasions:None)" if attack else "Mozilla/5.0 (X11)"
    return access_log([_clf(ATTACKER, T0 + timedelta(seconds=i), "GET", f"/probe{i}", agent)
                       for i in range(30)])


def _win(record: int, when: datetime, eid: int, channel: str, provider: str,
         data: dict | None = None, user_data: dict | None = None) -> str:
    system = {"Provider": {"#attributes": {"Name": provider}}, "EventID": eid,
              "TimeCreated": {"#attributes": {"SystemTime": when.strftime("%Y-%m-%dT%H:%M:%S.%fZ")}},
              "EventRecordID": record, "Channel": channel, "Computer": "FS01.corp.example"}
    event: dict = {"System": system}
    if user_data is not None:
        event["UserData"] = user_data
    else:
        event["EventData"] = data or {}
    return json.dumps({"Event": event})


SECURITY = "Microsoft-Windows-Security-Auditing"


def windows_log(lines: list[str]) -> tuple[str, str]:
    return "Security.jsonl", "\n".join(lines) + "\n"


def _logon(eid: int, ip: str, user: str = "administrator") -> dict:
    return {"TargetUserName": user, "TargetDomainName": "CORP", "LogonType": 10,
            "IpAddress": ip, "IpPort": "0"}


def logon_guessing(attack: bool) -> tuple[str, str]:
    failures = 12 if attack else 2  # a user mistyping twice is no attack
    lines = [_win(i, T0 + timedelta(seconds=10 * i), 4625, "Security", SECURITY,
                  _logon(4625, ATTACKER)) for i in range(failures)]
    lines.append(_win(99, T0 + timedelta(minutes=5), 4624, "Security", SECURITY,
                      _logon(4624, ATTACKER)))
    return windows_log(lines)


def logon_burst(attack: bool) -> tuple[str, str]:
    return logon_guessing(attack)


def security_cleared(attack: bool) -> tuple[str, str]:
    cleared = {"LogFileCleared": {"SubjectUserName": "administrator", "SubjectDomainName": "CORP"}}
    if attack:
        return windows_log([_win(1, T0, 1102, "Security", "Microsoft-Windows-Eventlog",
                                 user_data=cleared)])
    return windows_log([_win(1, T0, 4624, "Security", SECURITY, _logon(4624, "10.0.0.5"))])


def system_cleared(attack: bool) -> tuple[str, str]:
    """Event 104 names the cleared log in UserData/Channel; the record is in System."""
    data = {"LogFileCleared": {"SubjectUserName": "administrator", "Channel": "Application",
                               "BackupPath": None}}
    eid = 104 if attack else 7036
    return "System.jsonl", _win(1, T0, eid, "System", "Microsoft-Windows-Eventlog" if attack
                                else "Service Control Manager", user_data=data) + "\n"


def service_system(attack: bool) -> tuple[str, str]:
    data = {"ServiceName": "updsvc", "ImagePath": "C:\\Windows\\Temp\\u.exe",
            "ServiceType": "user mode service", "StartType": "auto start", "AccountName": "LocalSystem"}
    return "System.jsonl", _win(1, T0, 7045 if attack else 7036, "System",
                                "Service Control Manager", data) + "\n"


def service_security(attack: bool) -> tuple[str, str]:
    data = {"SubjectUserName": "administrator", "ServiceName": "updsvc",
            "ServiceFileName": "C:\\Windows\\Temp\\u.exe"}
    return windows_log([_win(1, T0, 4697 if attack else 4634, "Security", SECURITY, data)])


def task_security(attack: bool) -> tuple[str, str]:
    data = {"SubjectUserName": "administrator", "TaskName": "\\Updater", "TaskContent": "<Task/>"}
    return windows_log([_win(1, T0, 4698 if attack else 4634, "Security", SECURITY, data)])


def task_scheduler(attack: bool) -> tuple[str, str]:
    data = {"TaskName": "\\Updater", "UserContext": "CORP\\administrator"}
    return "TaskScheduler.jsonl", _win(1, T0, 106 if attack else 102,
                                       "Microsoft-Windows-TaskScheduler/Operational",
                                       "Microsoft-Windows-TaskScheduler", data) + "\n"


def _trail(records: list[dict]) -> tuple[str, str]:
    return "cloudtrail.json", json.dumps({"Records": records})


def _ct(name: str, source: str, when: datetime, **extra: object) -> dict:
    return {"eventTime": when.strftime("%Y-%m-%dT%H:%M:%SZ"), "eventSource": source,
            "eventName": name, "awsRegion": "ap-northeast-1", "sourceIPAddress": ATTACKER,
            "userIdentity": {"type": "IAMUser", "userName": "mallory",
                             "arn": "arn:aws:iam::111122223333:user/mallory"}, **extra}


def trail_tampering(attack: bool) -> tuple[str, str]:
    name = "StopLogging" if attack else "DescribeTrails"
    return _trail([_ct(name, "cloudtrail.amazonaws.com", T0)])


def s3_bulk(attack: bool) -> tuple[str, str]:
    count = 150 if attack else 20
    return _trail([_ct("GetObject", "s3.amazonaws.com", T0 + timedelta(seconds=i),
                       requestParameters={"bucketName": "customers", "key": f"c/{i}.csv"})
                   for i in range(count)])


def postfix_many(attack: bool) -> tuple[str, str]:
    stamp = "May  8 11:00:0"
    lines = [f"{stamp}5 mx postfix/qmgr[99]: 4BqT3x0HZ1z9sWq: from=<tanaka@shop.example>, size=2048, nrcpt=30 (queue active)"]
    recipients = 30 if attack else 3
    lines += [f"{stamp}7 mx postfix/smtp[102]: 4BqT3x0HZ1z9sWq: to=<contact{i:02d}@partner{i % 4}.example>, "
              f"relay=mx.partner{i % 4}.example[198.51.100.{i % 4 + 1}]:25, delay=1, dsn=2.0.0, status=sent (250 ok)"
              for i in range(recipients)]
    return "mail.log", "\n".join(lines) + "\n"


EXCHANGE_HEADER = """\
#Software: Microsoft Exchange Server
#Version: 15.02.1118.007
#Log-type: Message Tracking Log
#Date: 2026-05-08T02:00:00.000Z
#Fields: date-time,client-ip,client-hostname,server-ip,server-hostname,source-context,connector-id,source,event-id,internal-message-id,message-id,network-message-id,recipient-address,recipient-status,total-bytes,recipient-count,related-recipient-address,reference,message-subject,sender-address,return-path,message-info,directionality,tenant-id,original-client-ip,original-server-ip,custom-data,transport-traffic-type,log-id,schema-version
"""


def exchange_many(attack: bool) -> tuple[str, str]:
    count = 28 if attack else 2
    recipients = ";".join(f"contact{i}@partner.example" for i in range(count))
    row = (f"2026-05-08T02:00:00.123Z,10.0.0.9,EX01,10.0.0.5,EX01,,,SMTP,SEND,1,<a@example.jp>,n1,"
           f"{recipients},250 OK,1048576,{count},,,新商品説明会,tanaka@example.jp,tanaka@example.jp,,"
           "Originating,,,,,,l1,15.02")
    return "MSGTRK2026050802-1.LOG", EXCHANGE_HEADER + row + "\n"


# rule id -> sample writer (attack=True fires it, attack=False must not)
SAMPLES: dict[str, Callable[[bool], tuple[str, str]]] = {
    "d9955646-4e62-460e-aa47-87e3ccb2a267": web_sqli,
    "48fa17e7-467c-47af-966a-7d1b8bf3b489": web_upload_post,
    "a6024176-76a0-42df-b27f-a0ca4acc57f2": web_scanner,
    "376134b4-2f15-4196-b29b-a43e6e3fc7a0": logon_guessing,
    "c88dfa3d-a090-466f-81e3-a22d990473d2": security_cleared,
    "fae2b820-ce60-457c-bb48-2a9172e9a07b": system_cleared,
    "0d5af469-f861-4c4f-9859-8edad170d732": service_system,
    "e40a9ee6-c1b9-4d56-b833-a2b3ebb3a08e": service_security,
    "5ae9861e-0993-4e60-8588-00b60f7893cc": task_security,
    "081d4a89-5077-4619-982c-93f67d46f336": task_scheduler,
    "fc3d1763-d960-4ac9-b054-e9a155503dc5": trail_tampering,
    "732db18d-32f3-46f5-bdea-0ace7704066c": s3_bulk,
    "a4d35e64-b12c-4236-9f55-bd0f5a79ff83": postfix_many,
    "f7c2bd2f-91fe-49b0-be46-e020fc291141": exchange_many,
}


def _fired(tmp_path: Path, sample: tuple[str, str], ruleset) -> list[str]:
    name, text = sample
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    items = list(file_events([path], "UTC"))
    errors = [i for i in items if not isinstance(i, dict)]
    assert not errors, errors
    return [d.rule for d in run(items, ruleset)]


@pytest.mark.parametrize("rule_id", sorted(SAMPLES))
def test_bundled_rule_fires_on_attack_not_on_benign(rule_id, bundled, tmp_path):
    writer = SAMPLES[rule_id]
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    assert rule_id in _fired(tmp_path / "a", writer(True), bundled)
    assert rule_id not in _fired(tmp_path / "b", writer(False), bundled)


def test_every_alerting_rule_has_a_sample(bundled):
    """A new bundled rule needs a sample here; helper rules feed correlations only."""
    alerting = {r.id for r in bundled.rules if r.generate} | {str(c.id) for c in bundled.correlations}
    feeding = {str(c.id) for c in bundled.correlations
               if any(str(o.id) != str(c.id) and any(ref.reference == c.name for ref in o.rules)
                      for o in bundled.correlations)}
    assert alerting - feeding == set(SAMPLES)


def test_bundled_rules_are_our_own_valid_sigma():
    for path in sorted(BUNDLED_RULES.rglob("*.yml")):
        for doc in yaml.safe_load_all(path.read_text(encoding="utf-8")):
            assert doc["author"] == "leakscope", path
            assert doc["level"] in {"informational", "low", "medium", "high", "critical"}
            assert any(t.startswith("attack.t") for t in doc["tags"]), path
            assert len(doc["id"]) == 36 and doc["id"].count("-") == 4, path


def test_rules_check_cli_loads_every_bundled_rule():
    result = runner.invoke(app, ["rules", "check", "--json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output.strip().splitlines()[-1])
    assert summary["errors"] == 0 and summary["loaded"] >= 20


def test_detect_defaults_to_bundled_rules(tmp_path, monkeypatch):
    monkeypatch.delenv("LEAKSCOPE_SIGMA_RULES", raising=False)
    name, text = web_sqli(True)
    (tmp_path / name).write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["detect", str(tmp_path / name), "--json", "--no-analytics"])
    assert result.exit_code == 0, result.output
    rules = [json.loads(line).get("rule") for line in result.output.splitlines()]
    assert "d9955646-4e62-460e-aa47-87e3ccb2a267" in rules


def test_bundled_alongside_own_rules(tmp_path, monkeypatch):
    monkeypatch.delenv("LEAKSCOPE_SIGMA_RULES", raising=False)
    own = tmp_path / "own"
    own.mkdir()
    (own / "r.yml").write_text(
        "title: Products page\nid: 11111111-2222-3333-4444-555555555555\n"
        "logsource: {category: webserver}\ndetection:\n  sel:\n    cs-uri-stem: /products.php\n"
        "  condition: sel\nlevel: low\n", encoding="utf-8")
    name, text = web_sqli(True)
    (tmp_path / name).write_text(text, encoding="utf-8")
    base = ["detect", str(tmp_path / name), "--json", "--no-analytics", "--rules", str(own)]
    only = {json.loads(line).get("rule") for line in runner.invoke(app, base).output.splitlines()}
    both = {json.loads(line).get("rule")
            for line in runner.invoke(app, [*base, "--rules", "bundled"]).output.splitlines()}
    assert "11111111-2222-3333-4444-555555555555" in only & both
    assert "d9955646-4e62-460e-aa47-87e3ccb2a267" in both - only


def test_environment_rules_replace_the_bundled_unless_named(tmp_path, monkeypatch):
    import os

    own = tmp_path / "own"
    own.mkdir()
    (own / "r.yml").write_text(
        "title: Any web request\nid: 22222222-3333-4444-5555-666666666666\n"
        "logsource: {category: webserver}\ndetection:\n  sel:\n    cs-method: GET\n"
        "  condition: sel\nlevel: low\n", encoding="utf-8")
    name, text = web_sqli(True)
    (tmp_path / name).write_text(text, encoding="utf-8")

    def rules_with(env: str) -> set[str]:
        monkeypatch.setenv("LEAKSCOPE_SIGMA_RULES", env)
        result = runner.invoke(app, ["detect", str(tmp_path / name), "--json", "--no-analytics"])
        return {json.loads(line).get("rule") for line in result.output.splitlines()}

    assert "d9955646-4e62-460e-aa47-87e3ccb2a267" not in rules_with(str(own))
    both = rules_with(f"{own}{os.pathsep}bundled")
    assert {"d9955646-4e62-460e-aa47-87e3ccb2a267",
            "22222222-3333-4444-5555-666666666666"} <= both
