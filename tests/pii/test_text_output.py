"""The text path's fast output: ``Finding.json_line`` and `leakscope scan --json` write exactly
what ``json.dumps(finding.to_record(reveal))`` writes, and a text scan loads no case stack."""

from __future__ import annotations

import gc
import json
import math
import random
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from leakscope import pii
from leakscope.cli.main import app
from leakscope.pii.finding import Finding
from leakscope.pii.lonely_sensitive import NOT_ANCHORS, _line, drop_lonely_sensitive
from leakscope.pii.normalize import normalize
from leakscope.pii.recognizers import Candidate
from leakscope.pii.unit_findings import _without_overlaps

CATEGORIES = ["person_name", "email_address", "phone_number", "address", "date_of_birth",
              "credential", "ip_address", "postal_code", "my_number", "corporate_number",
              "sensitive", "shoe_size"]
ODD = ["", "\"quoted\"", "back\\slash", "tab\there", "new\nline", "\x00\x1f\x7f", "\u2028\u2029",
       "山田 太郎", "ｶﾞ", "😀", "\udcff\udc80", "x" * 300]


def dumped(finding: Finding, reveal: bool) -> str:
    return json.dumps(finding.to_record(reveal), ensure_ascii=False, default=str) + "\n"


def random_findings(seed: int, count: int) -> list[Finding]:
    rng = random.Random(seed)
    locations = [{"line": 3, "column": 7}, {"line": 1}, {"row": 2, "field": "氏名"},
                 {"page": 2, "line": 9, "column": 1}, {"body": "text/plain", "line": 4},
                 {"record": "7", "key": "contact.email"}, {"offset": 1234}, {},
                 {"line": True}, {"line": 2.5}, {"line": 4, "column": True},
                 {"column": 2, "line": 5}, {"line": "6", "column": 1}, {"line": 7, "page": 1},
                 {1: "int key"}, {"path": Path("a/b")},
                 {"field": None}, {"sheet": "社員\"表", "row": 10**20}]
    confidences = [0.85, 0.9, 0.99, 0.5, 0.555, 0.995, 1.0, 1, True, 0, math.nan, math.inf,
                   -math.inf, 1e300, 0.1 + 0.2]
    out = []
    for _ in range(count):
        value = rng.choice([*ODD, "taro@example.jp", "09012345678", "1985-01-02",
                            "192.168.1.20", "1234567"]) or None
        out.append(Finding(rng.choice(CATEGORIES), value, rng.choice([*ODD, "share/a.txt"]),
                           rng.choice(locations), rng.choice(confidences),
                           rng.choice(["email_shape", "person_name:label", "日本"]),
                           rng.choice([None, "a.csv#row2"]), rng.random() < 0.8,
                           rng.choice([{}, {"sha256": "ab" * 32, "evidence_id": 3}])))
    return out


@pytest.mark.parametrize("seed", range(4))
def test_json_line_is_json_dumps_of_the_record(seed):
    for finding in random_findings(seed, 500):
        for reveal in (False, True):
            assert finding.json_line(reveal) == dumped(finding, reveal), finding


def test_json_line_caches_no_wrong_number():
    """1.0, 1 and True hash alike; each keeps its own JSON (1.0, 1, true -> rounded 1)."""
    for confidence in (1.0, 1, True, 1.0, 0.5, 0.5):
        finding = Finding("email_address", "a@b.jp", "p", {"line": 1}, confidence, "email")
        assert finding.json_line() == dumped(finding, False)


def test_cli_json_of_a_text_file_is_the_records_of_the_library_scan(tmp_path):
    lines = []
    for i in range(3000):  # more findings than one buffered write holds
        lines.append(f"2024-05-01 10:00:{i % 60:02d} GET /items/{i} 200")
        if i % 3 == 0:
            lines.append(f"問い合わせ 山田 太郎様 TEL 090-1234-{i % 10000:04d} "
                         f"mail user{i}@example.jp")
    text = tmp_path / "app.log"
    text.write_text("\n".join(lines) + "\n", "utf-8")
    (tmp_path / "bad.xlsx").write_bytes(b"PK\x03\x04 not a workbook")
    expected = [dumped(f, False) if isinstance(f, Finding) else
                json.dumps(f.to_record(), ensure_ascii=False) + "\n"
                for f in pii.scan([tmp_path], workers=1)]
    result = CliRunner().invoke(app, ["scan", str(tmp_path), "--json", "--workers", "1"])
    assert result.exit_code == 0, result.output
    out = result.output.splitlines(keepends=True)
    assert out[:-1] == expected and len(expected) > 3000
    assert any('"type": "error"' in line and "bad.xlsx" in line for line in out)
    summary = json.loads(out[-1])
    assert summary["type"] == "summary" and summary["subjects"] >= 1


def test_a_text_scan_imports_no_case_stack_nor_charset_detector(tmp_path):
    """Start-up is a third of a 64 MB log's scan: `leakscope scan` of text without --case
    does not pay for the case package or charset-normalizer (~45 ms)."""
    log = tmp_path / "a.log"
    log.write_text("山田 太郎様 TEL 090-1234-5678\n", "utf-8")
    code = ("import sys\nfrom leakscope.cli.main import app\n"
            f"sys.argv = ['leakscope', 'scan', {str(log)!r}, '--json']\n"
            "try:\n    app()\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in ('leakscope.case', 'charset_normalizer') "
            "if m in sys.modules), file=sys.stderr)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert '"category": "phone_number"' in done.stdout
    assert done.stderr.strip().splitlines()[-1] == "[]"


def test_a_case_scan_still_loads_the_case(tmp_path):
    result = CliRunner().invoke(app, ["scan", "--case", str(tmp_path / "nope")])
    assert result.exit_code == 2 and "nope" in result.output


def test_the_scan_command_leaves_no_frozen_heap_behind(tmp_path):
    """The command freezes what is loaded while it scans, and unfreezes it for an in-process
    caller, also when the scan ends in an error."""
    (tmp_path / "a.txt").write_text("TEL 090-1234-5678\n", "utf-8")
    for args in (["scan", str(tmp_path), "--json"], ["scan"]):
        CliRunner().invoke(app, args)
        assert gc.get_freeze_count() == 0


ALPHABET = ("a1- \n\u3000\u30fc\uff70ｶﾞﾞ０９ー－‐―−\u00a0\u2013\u2500田山ラーメン김①ﬁ"
            "\u0301䷀鿿\U0001f600")


@pytest.mark.parametrize("seed", range(3))
def test_normalize_from_utf8_is_the_full_pass_on_random_text(seed):
    rng = random.Random(seed)
    for _ in range(2000):
        text = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 12)))
        assert normalize(text, text.encode("utf-8")) == normalize(text), repr(text)


def _clusters_reference(found: list) -> list:
    """The overlap rule spelled out: cut candidates (in start order) into clusters that
    overlap, keep the most confident then longest of each that overlaps nothing kept."""
    found = sorted(found, key=lambda f: f[1].start)
    out, cluster, cluster_end = [], [], -1
    for item in [*found, None]:
        if item is not None and item[1].start < cluster_end:
            cluster.append(item)
            cluster_end = max(cluster_end, item[1].end)
            continue
        taken: list[tuple[int, int]] = []
        for conf, cand, rec in sorted(cluster, key=lambda f: (-f[0], -(f[1].end - f[1].start))):
            if not any(cand.start < e and cand.end > s for s, e in taken):
                taken.append((cand.start, cand.end))
                out.append((conf, cand, rec))
        if item is not None:
            cluster, cluster_end = [item], item[1].end
    return out


def test_without_overlaps_keeps_what_the_cluster_rule_keeps():
    rng = random.Random(11)
    for _ in range(3000):
        found = []
        for k in range(rng.randint(0, 9)):
            start = rng.randint(0, 30)
            found.append((rng.choice((0.6, 0.9, 0.99)),
                          Candidate(start, start + rng.randint(1, 8), f"v{k}"), None))
        # in start order; one start's in the order the rule kept them
        expected = sorted(_clusters_reference(found), key=lambda f: f[1].start)
        assert _without_overlaps(list(found)) == expected


def _lonely_reference(findings: list[Finding], lines: int = 10) -> list[Finding]:
    records, places = set(), {}
    for f in findings:
        if f.personal and f.category not in NOT_ANCHORS:
            records.add((f.path, f.record))
            places.setdefault(f.path, []).append(_line(f))

    def near(f: Finding) -> bool:
        if f.record is not None:
            return (f.path, f.record) in records
        return any(abs(line - _line(f)) <= lines for line in places.get(f.path, []))

    return [f for f in findings if f.detector != "sensitive_terms" or near(f)]


def test_a_lonely_sensitive_word_is_dropped_as_the_rule_says():
    """要配慮 words stay only within 10 lines of personal data of their file, or in a record
    with personal data; other findings never move."""
    rng = random.Random(5)
    kinds = [("sensitive", "sensitive_terms", True), ("phone_number", "jp_numbering_plan", True),
             ("ip_address", "ip", True), ("corporate_number", "corp", False),
             ("person_name", "person_name", True)]
    for _ in range(1500):
        findings = []
        for _ in range(rng.randint(0, 12)):
            category, detector, personal = rng.choice(kinds)
            key = rng.choice(["line", "paragraph", "page"])
            findings.append(Finding(category, "v", rng.choice(["a.txt", "b.txt"]),
                                    {key: rng.randint(1, 40)}, 0.9, detector,
                                    rng.choice([None, None, "r1", "r2"]), personal))
        assert drop_lonely_sensitive(list(findings)) == _lonely_reference(findings)
