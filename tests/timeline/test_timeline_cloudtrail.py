"""Real CloudTrail detonations from Stratus Red Team."""

from __future__ import annotations

from test_timeline_formats import events_of


def test_every_stratus_detonation_parses(stratus_dir):
    files = sorted(stratus_dir.glob("*.json"))
    assert len(files) > 20
    for path in files:
        events, errors = events_of(path)
        assert errors == [], path
        assert events, path
        for event in events:
            assert event["event.module"] == "aws"
            assert event["leakscope.logsource.service"] == "cloudtrail"
            assert event["@timestamp"] and event["event.action"]
            assert event["leakscope.raw"]["eventSource"] == event["event.provider"]


def test_stop_logging_detonation(stratus_dir):
    path = stratus_dir / "aws.defense-evasion.cloudtrail-stop.json"
    events, _ = events_of(path)
    stop = [e for e in events if e["event.action"] == "StopLogging"]
    assert stop
    assert stop[0]["leakscope.raw"]["userIdentity.arn"].startswith("arn:aws:iam::")
    assert stop[0]["user.name"] == stop[0]["leakscope.raw"]["userIdentity.userName"]
    assert stop[0]["leakscope.raw"]["requestParameters.name"].startswith("stratus-red-team")
