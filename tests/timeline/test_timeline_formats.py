"""Every supported format is recognised and its key facts land in the right ECS fields."""

from __future__ import annotations

from pathlib import Path

import pytest

from leakscope.timeline import ParseError, parse


def events_of(path: Path, **kwargs) -> tuple[list[dict], list[ParseError]]:
    kwargs.setdefault("timezone", "Asia/Tokyo")
    items = list(parse(path, **kwargs))
    return ([i for i in items if not isinstance(i, ParseError)],
            [i for i in items if isinstance(i, ParseError)])


@pytest.mark.parametrize(("name", "count", "expect"), [
    ("auth.log", 6, {"event.action": "ssh-login", "user.name": "deploy",
                     "source.ip": "203.0.113.9", "event.outcome": "success",
                     "@timestamp": "2024-03-03T01:00:09.000000Z",
                     "leakscope.logsource.service": "auth"}),
    ("rfc5424.log", 2, {"user.name": "ops", "@timestamp": "2024-03-03T01:00:09.123456Z",
                        "source.ip": "198.51.100.7"}),
    ("mail.log", 5, {"event.module": "postfix", "email.to.address": "drop@evil.example",
                     "event.action": "sent"}),
    ("nginx_access.log", 4, {"event.module": "nginx", "http.request.method": "POST",
                             "url.path": "/admin/export.php", "user.name": "alice",
                             "http.response.body.bytes": 9876543,
                             "@timestamp": "2024-03-03T01:00:02.000000Z"}),
    ("quoted_access.log", 4, {"url.query": "q=1'%20OR%201=1--",
                              "user_agent.original": "sqlmap/1.7",
                              "http.response.status_code": 500}),
    ("u_ex240303.log", 2, {"event.module": "iis", "url.path": "/aspnet_client/shell.aspx",
                           "url.query": "cmd=whoami", "user_agent.original":
                           "python-requests/2.31", "@timestamp": "2024-03-03T01:00:05.000000Z"}),
    ("MSGTRK2024030302-1.LOG", 1, {"event.module": "exchange", "event.action": "SEND",
                                   "email.from.address": "tanaka@example.jp",
                                   "email.subject": "顧客リスト"}),
    ("cloudtrail.json.gz", 2, {"event.action": "GetObject", "user.name": "backup",
                               "file.path": "s3://customers/export/all.csv",
                               "http.response.body.bytes": 7340032}),
    ("cloudtrail.jsonl", 2, {"event.action": "ConsoleLogin", "event.outcome": "failure"}),
    ("m365.json", 3, {"event.action": "FileDownloaded", "user.name": "sato@example.jp",
                      "source.ip": "203.0.113.9", "file.path": "sites/hr/顧客0.xlsx"}),
    ("m365.csv", 3, {"event.module": "m365", "event.dataset": "m365.sharepoint"}),
    ("entra_signins.json", 2, {"event.outcome": "failure", "event.code": "50126",
                               "cloud.region": "NG", "user.name": "sato@example.jp"}),
    ("entra_signins.csv", 2, {"event.outcome": "failure", "source.ip": "203.0.113.9"}),
    ("journal.json", 2, {"event.action": "ssh-login-failed", "user.name": "root",
                         "host.name": "web01"}),
    ("evtx_export.xml", 1, {"event.code": "4625", "event.outcome": "failure",
                            "user.name": "administrator", "source.ip": "203.0.113.9",
                            "@timestamp": "2024-03-03T05:00:00.123456Z"}),
    ("evtx_export.jsonl", 1, {"leakscope.logsource.category": "process_creation",
                              "process.name": "rundll32.exe"}),
])
def test_format_detected_and_mapped(samples, name, count, expect):
    events, errors = events_of(samples[name])
    assert errors == []
    assert len(events) == count
    matching = [e for e in events if all(e.get(k) == v for k, v in expect.items())]
    assert matching, f"no event of {name} has {expect}; got {events}"
    for event in events:
        assert event["leakscope.provenance.path"] == str(samples[name])
        assert event["leakscope.provenance.record"] is not None
        assert isinstance(event["leakscope.raw"], dict) and event["leakscope.raw"]


def test_web_raw_fields_use_sigma_names(samples):
    events, _ = events_of(samples["nginx_access.log"])
    raw = events[1]["leakscope.raw"]
    assert raw["cs-method"] == "GET"
    assert raw["c-uri"] == "/search?q=1'%20OR%201=1--"
    assert raw["sc-status"] == 500
    assert raw["cs-user-agent"] == "sqlmap/1.7"
    assert events[1]["leakscope.logsource.category"] == "webserver"


def test_line_offsets_point_at_the_line(samples):
    events, _ = events_of(samples["nginx_access.log"])
    data = samples["nginx_access.log"].read_bytes()
    for event in events:
        offset = event["leakscope.provenance.offset"]
        assert data[offset:].startswith(event["source.ip"].encode())


def test_generic_csv_with_mapping(samples):
    events, errors = events_of(samples["app.csv"], mapping=samples["app_mapping.yaml"])
    assert errors == []
    [event] = events
    assert event["user.name"] == "yamada"
    assert event["event.action"] == "顧客CSV出力"
    assert event["@timestamp"] == "2024-03-03T05:00:00.000000Z"  # 14:00 JST
    assert event["leakscope.logsource.product"] == "shop"


def test_mapping_with_unknown_field_is_refused(samples, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("fields:\n  user.nmae: login_id\n")
    events, errors = events_of(samples["app.csv"], mapping=bad)
    assert events == []
    assert "user.nmae" in errors[0].message


def test_windows_security_fields(samples):
    [event], _ = events_of(samples["evtx_export.xml"])
    assert event["leakscope.raw"]["LogonType"] == "3"
    assert event["leakscope.raw"]["Channel"] == "Security"
    assert event["leakscope.logsource.service"] == "security"
    assert event["leakscope.provenance.record"] == 77


def test_postfix_pairs_kept_in_raw_with_the_queue_id(samples):
    events, _ = events_of(samples["mail.log"], year=2024)
    sent = next(e for e in events if e["event.action"] == "sent")
    assert sent["leakscope.raw"]["queue_id"] == "4BqT3x0HZ1z9sWq"
    assert sent["leakscope.raw"]["relay"].startswith("evil.example")
    failed = next(e for e in events if e["event.action"] == "sasl-auth-failed")
    assert failed["event.outcome"] == "failure" and failed["source.ip"] == "192.0.2.44"


def test_m365_logons_count_as_authentication():
    from leakscope.timeline.parsers.m365 import audit_event

    failed = audit_event({"Operation": "UserLoginFailed", "ResultStatus": "Success",
                          "CreationTime": "2024-03-03T03:00:00", "UserId": "sato@example.jp"})
    ok = audit_event({"Operation": "UserLoggedIn", "ResultStatus": "Succeeded",
                      "CreationTime": "2024-03-03T03:00:01", "UserId": "sato@example.jp"})
    assert (failed["event.category"], failed["event.outcome"]) == ("authentication", "failure")
    assert (ok["event.category"], ok["event.outcome"]) == ("authentication", "success")
