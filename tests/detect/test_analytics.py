"""Leak analytics: each fires on the behaviour it names and stays quiet on ordinary traffic."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from detect_helpers import win_event

from leakscope.detect import RuleSet, default_analytics, run
from leakscope.detect.analytics.auth import CredentialAttacks
from leakscope.detect.analytics.offhours import OffHoursAccess
from leakscope.detect.analytics.tamper import LogTampering
from leakscope.detect.analytics.transfer import DataTransfer
from leakscope.detect.analytics.web import WebAttacks

T0 = datetime(2024, 5, 1, 3, 0, tzinfo=UTC)


def stamp(seconds: float) -> str:
    return (T0 + timedelta(seconds=seconds)).isoformat().replace("+00:00", "Z")


def logon(seconds: float, user: str, ip: str, ok: bool, action: str | None = None) -> dict:
    return {"@timestamp": stamp(seconds), "event.category": "authentication",
            "event.action": action or ("ssh-login" if ok else "ssh-login-failed"),
            "event.outcome": "success" if ok else "failure", "user.name": user,
            "source.ip": ip, "leakscope.raw": {}, "leakscope.provenance.path": "auth.log",
            "leakscope.provenance.record": int(seconds)}


def web(seconds: float, ip: str, url: str, status: int = 200, method: str = "GET",
        size: int = 500) -> dict:
    path, _, query = url.partition("?")
    return {"@timestamp": stamp(seconds), "event.category": "web", "source.ip": ip,
            "url.original": url, "url.path": path, "url.query": query or None,
            "http.request.method": method, "http.response.status_code": status,
            "http.response.body.bytes": size, "leakscope.raw": {},
            "leakscope.provenance.path": "access.log", "leakscope.provenance.record": 1}


def rules_of(events, analytic) -> list[str]:
    return [d.rule for d in run(events, RuleSet(), [analytic])]


def test_brute_force_then_success_from_the_same_source():
    events = [logon(i, "root", "203.0.113.5", ok=False) for i in range(12)]
    events.append(logon(30, "root", "203.0.113.5", ok=True))
    found = list(run(events, RuleSet(), [CredentialAttacks()]))
    assert [d.rule for d in found] == ["leakscope.auth.brute-force",
                                       "leakscope.auth.brute-force-success"]
    assert found[1].level == "critical"
    assert found[1].evidence[-1]["record"] == 30  # the success itself is evidence


def test_spraying_and_stuffing_are_told_apart():
    spray = [logon(i, f"user{i}", "198.51.100.1", ok=False) for i in range(12)]
    stuffing = [logon(i, f"ghost{i}", "198.51.100.2", ok=False, action="ssh-invalid-user")
                for i in range(12)]
    assert rules_of(spray, CredentialAttacks()) == ["leakscope.auth.spraying"]
    assert rules_of(stuffing, CredentialAttacks()) == ["leakscope.auth.stuffing"]
    quiet = [logon(i * 3600, "alice", "192.0.2.1", ok=False) for i in range(12)]
    assert rules_of(quiet, CredentialAttacks()) == []


def test_web_injection_scanner_and_webshell():
    analytic = WebAttacks(rate=50, errors=20)
    events = [web(0, "192.0.2.7", "/item.php?id=1' OR '1'='1"),
              web(1, "192.0.2.7", "/search?q=%3Cscript%3Ealert(1)%3C/script%3E")]
    events += [web(2 + i * 0.1, "192.0.2.8", f"/admin{i}.php", status=404) for i in range(60)]
    events += [web(100 + i, "192.0.2.9", "/uploads/x.php", method="POST") for i in range(5)]
    events += [web(200 + i, f"10.0.0.{i}", "/index.php?page=2") for i in range(10)]
    found = rules_of(events, analytic)
    assert "leakscope.web.sqli" in found
    assert "leakscope.web.xss" in found
    assert "leakscope.web.scanner-errors" in found
    assert "leakscope.web.scanner-rate" in found
    assert found.count("leakscope.web.webshell") == 1
    assert rules_of([web(0, "10.0.0.1", "/index.php?page=2&sort=name")], WebAttacks()) == []


def test_log_tampering_cleared_logs_trail_changes_and_record_gaps():
    events = [win_event("Security", 1102, record=10), win_event("Security", 4624, record=11),
              win_event("Security", 4624, record=15), win_event("Security", 4624, record=16),
              win_event("Security", 4624, record=20),
              {"@timestamp": stamp(0), "leakscope.raw": {
                  "eventSource": "cloudtrail.amazonaws.com", "eventName": "StopLogging"}}]
    found = list(run(events, RuleSet(), [LogTampering()]))
    assert [d.rule for d in found] == [
        "leakscope.tamper.log-cleared", "leakscope.tamper.cloudtrail-stoplogging",
        "leakscope.tamper.record-gap"]
    gap = found[-1]  # one per file and channel, with every gap in it
    assert "6 record(s) missing in 2 gap(s)" in gap.description
    assert "12-14, 17-19" in gap.description


def test_unusual_transfer_per_principal():
    events = [web(i, f"10.0.0.{i % 5}", "/f", size=1000) for i in range(50)]
    events += [web(100 + i, "10.9.9.9", "/export.csv", size=5_000_000) for i in range(3)]
    found = list(run(events, RuleSet(), [DataTransfer(floors={"http_bytes": 1_000_000})]))
    assert [(d.rule, d.entity["principal"]) for d in found] == [
        ("leakscope.transfer.http_bytes", "10.9.9.9")]



def test_transfer_is_stamped_with_the_large_transfers_not_the_probing_before():
    """A client that scans first and downloads later exfiltrated when it downloaded."""
    probing = [web(i, "203.0.113.45", f"/probe{i}", status=404, size=312) for i in range(120)]
    downloads = [web(3000 + 360 * i, "203.0.113.45", f"/up/s.php?dl={i}", size=50_000_000)
                 for i in range(3)]
    others = [web(i, f"10.0.0.{i % 5}", "/", size=1000) for i in range(50)]
    found = list(run(probing + others + downloads, RuleSet(), [DataTransfer()]))
    assert len(found) == 1
    detection = found[0]
    assert detection.timestamp == stamp(3000)
    assert [row["@timestamp"] for row in detection.evidence] == [
        stamp(3000), stamp(3360), stamp(3720)]
    assert f"from {stamp(3000)} to {stamp(3720)}" in detection.description


def test_transfer_counted_in_objects_spans_the_first_and_last_read():
    def get_object(seconds: float) -> dict:
        return {"@timestamp": stamp(seconds), "leakscope.raw": {
            "eventName": "GetObject", "userIdentity.arn": "arn:aws:iam::1:user/m"},
            "leakscope.provenance.path": "ct.json", "leakscope.provenance.record": 1}

    found = list(run([get_object(i) for i in range(300)], RuleSet(), [DataTransfer()]))
    objects = next(d for d in found if d.rule == "leakscope.transfer.s3_objects")
    assert objects.timestamp == stamp(0)
    assert objects.evidence[-1]["@timestamp"] == stamp(299)
    assert len(objects.evidence) <= 11

def test_off_hours_bulk_access_in_the_case_time_zone():
    def download(hour_utc: int, i: int) -> dict:
        return {"@timestamp": f"2024-05-01T{hour_utc:02d}:{i % 60:02d}:00Z",
                "event.action": "FileDownloaded", "user.name": "insider",
                "leakscope.raw": {}}
    night_tokyo = [download(15, i) for i in range(10)]  # 00:xx in Tokyo
    day_tokyo = [download(2, i) for i in range(10)]  # 11:xx in Tokyo
    assert rules_of(night_tokyo, OffHoursAccess(threshold=10)) == [
        "leakscope.offhours.bulk-access"]
    assert rules_of(day_tokyo, OffHoursAccess(threshold=10)) == []


def test_removable_media_from_security_6416():
    event = win_event("Security", 6416, DeviceDescription="USB Mass Storage Device",
                      DeviceId="USBSTOR\\Disk&Ven_Kingston")
    assert [d.rule for d in run([event], RuleSet(), default_analytics())] == [
        "leakscope.removable.device"]


def test_new_country_and_impossible_travel(tmp_path):
    mmdb_writer = pytest.importorskip("mmdb_writer", reason="mmdb-writer not installed")
    from netaddr import IPSet

    writer = mmdb_writer.MMDBWriter(ip_version=4, database_type="GeoLite2-City")
    writer.insert_network(IPSet(["133.242.0.0/16"]), {
        "country": {"iso_code": "JP"}, "location": {"latitude": 35.68, "longitude": 139.69}})
    writer.insert_network(IPSet(["145.100.0.0/16"]), {
        "country": {"iso_code": "NL"}, "location": {"latitude": 52.37, "longitude": 4.89}})
    path = tmp_path / "geo.mmdb"
    writer.to_db_file(str(path))
    events = [logon(0, "alice", "133.242.1.10", ok=True),
              logon(600, "alice", "133.242.1.11", ok=True),
              logon(1800, "alice", "145.100.2.20", ok=True)]
    found = [d.rule for d in run(events, RuleSet(), default_analytics(geoip=[path]))]
    assert found == ["leakscope.geo.new-country", "leakscope.geo.impossible-travel"]


def test_directory_changes_privileged_groups_flags_and_adminsdholder():
    from leakscope.detect.analytics.directory import DirectoryChanges

    events = [
        win_event("Security", 4732, TargetUserName="DnsAdmins", MemberName="CN=eve",
                  SubjectUserName="eve"),
        win_event("Security", 4732, TargetUserName="Printers-Floor3", MemberName="CN=bob"),
        win_event("Security", 4738, TargetUserName="svc", UserAccountControl="\r\n\t\t%%2082"),
        win_event("Security", 4738, TargetUserName="bob", UserAccountControl="\r\n\t\t%%2050"),
        win_event("Security", 5136, ObjectDN="CN=AdminSDHolder,CN=System,DC=corp,DC=example",
                  AttributeLDAPDisplayName="nTSecurityDescriptor"),
        win_event("Security", 5140, ShareName="\\\\*\\ADMIN$", SubjectUserName="eve"),
        win_event("Security", 5140, ShareName="\\\\*\\ADMIN$", SubjectUserName="PC1$"),
    ]
    found = list(run(events, RuleSet(), [DirectoryChanges()]))
    assert [d.rule for d in found] == [
        "leakscope.directory.privileged-group-member-added",
        "leakscope.directory.risky-account-change",
        "leakscope.directory.directory-object-changed",
        "leakscope.directory.admin-share-access"]
    assert "password not required" in found[1].title
    assert "AdminSDHolder" in found[2].title


def test_event_104_is_a_system_record_whatever_log_it_cleared():
    event = win_event("System", 104, Provider_Name="Microsoft-Windows-Eventlog",
                      UserData_Channel="Microsoft-Windows-Bits-Client/Operational")
    found = list(run([event], RuleSet(), [LogTampering()]))
    assert [d.title for d in found] == [
        "Windows Microsoft-Windows-Bits-Client/Operational log cleared"]


def test_credential_stuffing_spread_over_many_sources():
    events = [logon(i, f"victim{i}", f"192.0.2.{i % 10}", ok=False) for i in range(25)]
    found = rules_of(events, CredentialAttacks())
    assert found == ["leakscope.auth.distributed-stuffing"]
    office = [logon(i * 60, f"user{i}", "10.1.1.1", ok=False) for i in range(3)]
    assert rules_of(office, CredentialAttacks()) == []


def test_injection_checks_each_parameter_value():
    from leakscope.detect.analytics.web import injection_kind, query_values

    def kinds(query: str) -> set[str | None]:
        return {injection_kind(v) for v in query_values(query)}
    assert kinds("filter=price<100&sort=asc") == {None}
    assert kinds("name=O'Reilly&page=2") == {None}
    assert "xss" in kinds("q=%253Cscript%253Ealert(1)%253C/script%253E")  # double-encoded
    assert "sqli" in kinds("id=1+union+select+1,2,3--")
    assert "sqli" in kinds("1 union select 1,2--")  # not key=value at all


def test_explicit_credentials_for_many_accounts_is_spraying():
    events = [win_event("Security", 4648, ts=stamp(i), SubjectUserName="jwrig",
                        TargetUserName=f"user{i % 7}") for i in range(20)]
    found = list(run(events, RuleSet(), [CredentialAttacks()]))
    assert [d.rule for d in found] == ["leakscope.auth.explicit-credential-spraying"]
    runas = [win_event("Security", 4648, ts=stamp(i), SubjectUserName="ops",
                       TargetUserName="backup") for i in range(20)]
    assert rules_of(runas, CredentialAttacks()) == []


def test_a_long_attack_is_reported_once_per_kind_and_grows_into_stuffing():
    events = [logon(i, "administrator", "192.0.2.99", ok=False) for i in range(40)]
    events += [logon(40 + i, f"ghost{i}", "192.0.2.99", ok=False, action="ssh-invalid-user")
               for i in range(60)]
    found = list(run(events, RuleSet(), [CredentialAttacks()]))
    assert [d.rule for d in found] == ["leakscope.auth.brute-force", "leakscope.auth.spraying",
                                       "leakscope.auth.stuffing"]
    assert "80 failed logons" in found[-1].description  # when half were unknown accounts
