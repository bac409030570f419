"""Sigma semantics: modifiers, keywords, conditions, logsource routing and field mappings."""

from __future__ import annotations

import base64

from detect_helpers import fired, sysmon1, win_event

PROC = """
title: {title}
id: {rid}
logsource: {{product: windows, category: process_creation}}
detection:
{detection}
level: high
"""


def proc_rule(rid: str, detection: str) -> str:
    return PROC.format(title=rid, rid=rid, detection=detection)


def test_string_modifiers_match_case_insensitively(rules_from):
    rs = rules_from(proc_rule("00000000-0000-0000-0000-000000000001", """
    sel:
        Image|endswith: '\\whoami.exe'
        CommandLine|contains|all: ['/ALL', 'priv']
    condition: sel"""))
    hit = sysmon1(Image="C:\\Windows\\System32\\WHOAMI.EXE", CommandLine="whoami /all /PRIV")
    miss = sysmon1(Image="C:\\Windows\\System32\\whoami.exe", CommandLine="whoami /all")
    assert fired([hit], rs) == ["00000000-0000-0000-0000-000000000001"]
    assert fired([miss], rs) == []


def test_regex_is_case_sensitive_unless_flagged(rules_from):
    rs = rules_from(
        proc_rule("00000000-0000-0000-0000-000000000002",
                  "    sel:\n        CommandLine|re: 'Invoke-[A-Z]+'\n    condition: sel"),
        proc_rule("00000000-0000-0000-0000-000000000003",
                  "    sel:\n        CommandLine|re|i: 'invoke-mimikatz'\n    condition: sel"))
    got = fired([sysmon1(CommandLine="powershell INVOKE-MIMIKATZ")], rs)
    assert got == ["00000000-0000-0000-0000-000000000003"]


def test_base64offset_windash_cidr_compare_exists_fieldref(rules_from):
    rs = rules_from(proc_rule("00000000-0000-0000-0000-000000000004", """
    b64:
        CommandLine|base64offset|contains: 'http://evil'
    dash:
        CommandLine|windash|contains: ' -enc '
    net:
        SourceIp|cidr: '10.0.0.0/8'
    cmp:
        ProcessId|gte: 4000
    ex:
        ParentUser|exists: true
    ref:
        User|fieldref: ParentUser
    condition: b64 or dash or (net and cmp) or (ex and ref)"""))
    rid = "00000000-0000-0000-0000-000000000004"
    encoded = base64.b64encode(b"xx http://evil.example/").decode()
    assert fired([sysmon1(CommandLine=f"powershell -e {encoded}")], rs) == [rid]
    assert fired([sysmon1(CommandLine="powershell /enc AAA")], rs) == [rid]
    assert fired([sysmon1(SourceIp="10.1.2.3", ProcessId=4242)], rs) == [rid]
    assert fired([sysmon1(SourceIp="10.1.2.3", ProcessId=12)], rs) == []
    assert fired([sysmon1(User="bob", ParentUser="BOB")], rs) == [rid]
    assert fired([sysmon1(User="bob", ParentUser="eve")], rs) == []


def test_null_cased_not_and_wildcard_selectors(rules_from):
    rs = rules_from(proc_rule("00000000-0000-0000-0000-000000000005", """
    sel_a:
        Image|endswith: '.exe'
    sel_b:
        CommandLine|cased: 'RunMe'
    filter_empty:
        ParentImage: null
    condition: all of sel_* and not 1 of filter_*"""))
    rid = "00000000-0000-0000-0000-000000000005"
    assert fired([sysmon1(Image="a.exe", CommandLine="RunMe", ParentImage="p.exe")], rs) == [rid]
    assert fired([sysmon1(Image="a.exe", CommandLine="runme", ParentImage="p.exe")], rs) == []
    assert fired([sysmon1(Image="a.exe", CommandLine="RunMe")], rs) == []  # filtered: null


def test_missing_field_is_no_match_not_an_error(rules_from):
    rs = rules_from(proc_rule("00000000-0000-0000-0000-000000000006", """
    sel:
        OriginalFileName: 'x.exe'
        Hashes|contains: 'MD5='
    condition: sel"""))
    assert fired([sysmon1(Image="x.exe")], rs) == []


def test_security_4688_maps_to_process_creation_fields(rules_from):
    rs = rules_from(proc_rule("00000000-0000-0000-0000-000000000007", """
    sel:
        Image|endswith: '\\certutil.exe'
        ParentImage|endswith: '\\cmd.exe'
    condition: sel"""))
    event = win_event("Security", 4688, NewProcessName="C:\\w\\certutil.exe",
                      ParentProcessName="C:\\w\\cmd.exe", CommandLine="certutil -urlcache")
    assert fired([event], rs) == ["00000000-0000-0000-0000-000000000007"]
    # the same fields on a Security event that is not a process creation: no match
    other = win_event("Security", 4624, NewProcessName="C:\\w\\certutil.exe",
                      ParentProcessName="C:\\w\\cmd.exe")
    assert fired([other], rs) == []


def test_logsource_routing_keeps_rules_to_their_events(rules_from):
    rs = rules_from("""
    title: security only
    id: 00000000-0000-0000-0000-000000000008
    logsource: {product: windows, service: security}
    detection:
        sel:
            EventID: 4625
        condition: sel
    """)
    assert fired([win_event("Security", 4625)], rs) == ["00000000-0000-0000-0000-000000000008"]
    assert fired([win_event("Microsoft-Windows-Sysmon/Operational", 4625)], rs) == []


def test_keyword_rules_search_every_string_value(rules_from):
    rs = rules_from("""
    title: web keywords
    id: 00000000-0000-0000-0000-000000000009
    logsource: {category: webserver}
    detection:
        keywords:
            - '/etc/passwd'
            - 'wp-config*.bak'
        condition: keywords
    """)
    web = {"@timestamp": "2024-05-01T00:00:00Z", "event.category": "web",
           "leakscope.logsource.category": "webserver", "url.original": "/a?f=../../ETC/PASSWD",
           "leakscope.raw": {"line": "GET /a?f=../../ETC/PASSWD"}}
    quiet = dict(web, **{"url.original": "/index.html", "leakscope.raw": {}})
    bak = dict(web, **{"url.original": "/wp-config.php.bak", "leakscope.raw": {}})
    assert fired([web], rs) == ["00000000-0000-0000-0000-000000000009"]
    assert fired([quiet], rs) == []
    assert fired([bak], rs) == ["00000000-0000-0000-0000-000000000009"]


def test_webserver_rules_read_ecs_url_fields(rules_from):
    rs = rules_from("""
    title: query
    id: 00000000-0000-0000-0000-00000000000a
    logsource: {category: webserver}
    detection:
        sel:
            cs-uri-query|contains: 'union select'
            cs-method: GET
        condition: sel
    """)
    web = {"@timestamp": "2024-05-01T00:00:00Z", "event.module": "nginx",
           "url.query": "id=1 UNION SELECT pw", "http.request.method": "GET",
           "leakscope.raw": {}}
    assert fired([web], rs) == ["00000000-0000-0000-0000-00000000000a"]


def test_broken_rules_are_reported_not_dropped(rules_from):
    rs = rules_from("title: no detection\nlogsource: {product: windows}\n",
                    proc_rule("00000000-0000-0000-0000-00000000000b",
                              "    sel:\n        CommandLine|re: '(?<=a'\n    condition: sel"),
                    "::: not yaml [")
    assert len(rs.rules) == 0
    assert {e.path.rsplit("/", 1)[-1] for e in rs.errors} == {"rule0.yml", "rule1.yml",
                                                               "rule2.yml"}
    assert all(e.message for e in rs.errors)


def test_hostile_rule_files_are_refused_quickly(tmp_path):
    from leakscope.detect import load_rules

    bomb = ["title: bomb", "logsource: {product: windows}", "a0: &a0 ['x','x','x','x']"]
    bomb += [f"a{i}: &a{i} [*a{i - 1},*a{i - 1},*a{i - 1},*a{i - 1}]" for i in range(1, 30)]
    bomb += ["detection: {sel: {CommandLine: *a29}, condition: sel}"]
    (tmp_path / "bomb.yml").write_text("\n".join(bomb), encoding="utf-8")
    (tmp_path / "huge.yml").write_text("title: x\n#" + "x" * 2_000_000, encoding="utf-8")
    (tmp_path / "latin1.yml").write_bytes("title: caf\xe9\n".encode("latin-1"))
    ruleset = load_rules([tmp_path])
    reasons = {e.path.rsplit("/", 1)[-1]: e.message for e in ruleset.errors}
    assert "alias" in reasons["bomb.yml"]
    assert "larger than" in reasons["huge.yml"]
    assert "UnicodeDecodeError" in reasons["latin1.yml"]
    assert ruleset.rules == []


def test_expand_placeholders_come_from_the_user_or_match_nothing(tmp_path):
    from leakscope.detect import load_rules

    (tmp_path / "r.yml").write_text(proc_rule("00000000-0000-0000-0000-00000000000c", """
    sel:
        Image|endswith: '\\\\ntdsutil.exe'
    filter_known:
        ComputerName|expand: '%known_dcs%'
    condition: sel and not filter_known"""), encoding="utf-8")
    on_dc = sysmon1(Image="C:\\\\w\\\\ntdsutil.exe", ComputerName="DC1")
    rid = "00000000-0000-0000-0000-00000000000c"
    assert fired([on_dc], load_rules([tmp_path])) == [rid]  # unknown: filters nothing
    configured = load_rules([tmp_path], {"known_dcs": ["dc1", "dc2"]})
    assert fired([on_dc], configured) == []
    elsewhere = sysmon1(Image="C:\\\\w\\\\ntdsutil.exe", ComputerName="pc7")
    assert fired([elsewhere], configured) == [rid]


def test_wide_base64_startswith_lte_and_them_selectors(rules_from):
    rs = rules_from(proc_rule("00000000-0000-0000-0000-00000000000d", """
    enc:
        CommandLine|wide|base64offset|contains: 'Invoke-Expression'
    start:
        Image|startswith: 'C:\\\\Users\\\\Public\\\\'
    low:
        TerminalSessionId|lte: 0
    condition: (enc or start) and not low"""), proc_rule(
        "00000000-0000-0000-0000-00000000000e", """
    a:
        User|re|m: '^ADMIN$'
    b:
        CommandLine|contains: 'x'
    condition: all of them"""))
    import base64

    payload = base64.b64encode("iex; Invoke-Expression $x".encode("utf-16-le")).decode()
    first, second = "00000000-0000-0000-0000-00000000000d", "00000000-0000-0000-0000-00000000000e"
    assert fired([sysmon1(CommandLine=f"powershell -enc {payload}",
                          TerminalSessionId=1)], rs) == [first]
    assert fired([sysmon1(CommandLine=f"powershell -enc {payload}",
                          TerminalSessionId=0)], rs) == []
    assert fired([sysmon1(Image="c:\\users\\public\\a.exe", TerminalSessionId=2)], rs) == [first]
    assert fired([sysmon1(User="svc\nADMIN", CommandLine="x")], rs) == [second]
    assert fired([sysmon1(User="admin", CommandLine="x")], rs) == []


def test_timestamp_part_modifier(rules_from):
    rs = rules_from(proc_rule("00000000-0000-0000-0000-00000000000f", """
    sel:
        Image|endswith: '\\\\rclone.exe'
    night:
        timestamp|hour: 3
    condition: sel and night"""))
    at_three = sysmon1(Image="c:\\\\t\\\\rclone.exe", ts="2024-05-01T03:15:00Z")
    at_noon = sysmon1(Image="c:\\\\t\\\\rclone.exe", ts="2024-05-01T12:15:00Z")
    assert fired([at_three], rs) == ["00000000-0000-0000-0000-00000000000f"]
    assert fired([at_noon], rs) == []


def test_regex_only_rules_get_a_prefilter_literal_and_still_match(rules_from):
    rs = rules_from(proc_rule("00000000-0000-0000-0000-000000000010", """
    sel:
        CommandLine|re: '(?i)\\\\\\\\sessionresume_[a-z]{8}$'
    condition: sel"""))
    assert rs.rules[0].compiled.atoms == frozenset({"\\\\sessionresume_"})
    hit = sysmon1(CommandLine="C:\\\\Windows\\\\SessionResume_AbCdEfGh")
    assert fired([hit], rs) == ["00000000-0000-0000-0000-000000000010"]
    assert fired([sysmon1(CommandLine="C:\\\\Windows\\\\sessionresume_x")], rs) == []
