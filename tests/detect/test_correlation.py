"""Sigma correlation rules: event_count, value_count and temporal, with group-by and timespan."""

from __future__ import annotations

from detect_helpers import win_event

from leakscope.detect import run

BASE = """
title: failed logon
id: 00000000-0000-0000-0000-0000000000c1
name: failed_logon
logsource: {product: windows, service: security}
detection:
    sel:
        EventID: 4625
    condition: sel
---
title: logon ok
id: 00000000-0000-0000-0000-0000000000c2
name: logon_ok
logsource: {product: windows, service: security}
detection:
    sel:
        EventID: 4624
    condition: sel
"""


def fail(ts: str, user: str, ip: str = "10.0.0.9", eid: int = 4625) -> dict:
    return win_event("Security", eid, ts=f"2024-05-01T{ts}Z", TargetUserName=user,
                     IpAddress=ip)


def test_event_count_groups_and_windows(rules_from):
    rs = rules_from(BASE + """---
title: many failures
id: 00000000-0000-0000-0000-0000000000c3
correlation:
    type: event_count
    rules: [failed_logon]
    group-by: [IpAddress]
    timespan: 5m
    condition: {gte: 3}
level: high
""")
    events = [fail("10:00:00", "a"), fail("10:01:00", "b"), fail("10:02:00", "c"),  # burst
              fail("10:00:00", "a", ip="10.0.0.7"), fail("11:00:00", "a", ip="10.0.0.7"),
              fail("12:00:00", "a", ip="10.0.0.7")]  # same count, too spread out
    found = [d for d in run(events, rs) if d.source == "correlation"]
    assert len(found) == 1
    assert found[0].entity["IpAddress"] == "10.0.0.9"
    assert len(found[0].evidence) == 3
    # the base rule has no `generate: true`: it only feeds the correlation
    assert not any(d.rule == "00000000-0000-0000-0000-0000000000c1" for d in run(events, rs))


def test_value_count_and_temporal(rules_from):
    rs = rules_from(BASE + """---
title: spraying
id: 00000000-0000-0000-0000-0000000000c4
correlation:
    type: value_count
    rules: [failed_logon]
    group-by: [IpAddress]
    timespan: 10m
    condition: {gte: 3, field: TargetUserName}
level: high
---
title: fail then success
id: 00000000-0000-0000-0000-0000000000c5
correlation:
    type: temporal_ordered
    rules: [failed_logon, logon_ok]
    group-by: [TargetUserName]
    timespan: 10m
level: critical
""")
    same_user = [fail("10:00:00", "a"), fail("10:00:10", "a"), fail("10:00:20", "a")]
    spray = [fail("10:00:00", "a"), fail("10:00:10", "b"), fail("10:00:20", "c")]
    ok_after = [fail("10:00:00", "x"), fail("10:03:00", "x", eid=4624)]
    ok_before = [fail("10:00:00", "y", eid=4624), fail("10:03:00", "y")]

    def titles(events):
        return sorted(d.title for d in run(events, rs) if d.source == "correlation")
    assert titles(same_user) == []
    assert titles(spray) == ["spraying"]
    assert titles(ok_after) == ["fail then success"]
    assert titles(ok_before) == []


def test_temporal_with_an_extended_condition(rules_from):
    rs = rules_from(BASE + """---
title: failures but no success
id: 00000000-0000-0000-0000-0000000000c6
correlation:
    type: temporal
    rules: [failed_logon, logon_ok]
    group-by: [TargetUserName]
    timespan: 10m
    condition: failed_logon and not logon_ok
level: medium
""")
    assert rs.errors == []
    only_failures = [fail("10:00:00", "z")]
    assert [d.title for d in run(only_failures, rs) if d.source == "correlation"] == [
        "failures but no success"]
    only_success = [fail("10:00:00", "w", eid=4624)]
    assert [d.title for d in run(only_success, rs) if d.source == "correlation"] == []


def test_correlation_field_aliases(rules_from):
    rs = rules_from(BASE + """---
title: same account fails then logs on elsewhere
id: 00000000-0000-0000-0000-0000000000c7
correlation:
    type: temporal
    rules: [failed_logon, logon_ok]
    group-by: [account]
    timespan: 10m
    aliases:
        account:
            failed_logon: TargetUserName
            logon_ok: SubjectUserName
level: high
""")
    events = [fail("10:00:00", "kim"),
              win_event("Security", 4624, ts="2024-05-01T10:02:00Z", SubjectUserName="kim")]
    found = [d for d in run(events, rs) if d.source == "correlation"]
    assert [d.entity["account"] for d in found] == ["kim"]
