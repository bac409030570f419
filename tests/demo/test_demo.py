"""`leakscope demo DIR` runs the whole investigation end to end from a fresh folder."""

from __future__ import annotations

import json
import stat

import pytest
from typer.testing import CliRunner

from leakscope.case import Case
from leakscope.cli.main import app
from leakscope.demo import DemoError, run_demo


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    root = tmp_path_factory.mktemp("run") / "leakscope-demo"
    result = CliRunner().invoke(app, ["demo", str(root), "--json"])
    records = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    return root, result, records


def test_every_step_ran_or_said_why_not(demo):
    _, result, records = demo
    steps = {r["step"]: r for r in records if r["type"] == "step"}
    assert list(steps) == ["generate", "evidence", "scan", "timeline", "detect", "assess",
                           "report"]
    assert all(s["status"] in ("ok", "skipped") for s in steps.values()), steps
    for name in ("generate", "evidence", "assess", "report"):
        assert steps[name]["status"] == "ok"
    assert result.exit_code == 0
    summary = records[-1]
    assert summary["type"] == "summary" and summary["report"].endswith("investigation.ja.pdf")


def test_case_holds_evidence_reports_and_a_sound_ledger(demo):
    root, _, _ = demo
    with Case.open(root / "case") as case:
        assert len(case.evidence.items()) == 9
        assert not case.ledger.verify()
        generated = list(case.ledger.entries("report_generated"))
        assert len(generated) >= 7 + 24  # ja: pdf, html, md + chart; en: html, md + chart
        assert case.ledger.last("assessed") is not None
    for path in (root / "case" / "reports").rglob("*"):
        if path.is_file():
            assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_report_tells_the_intrusion_when_detect_ran(demo):
    root, _, records = demo
    steps = {r["step"]: r for r in records if r["type"] == "step"}
    if steps["detect"]["status"] != "ok":
        pytest.skip("leakscope.detect not available")
    md = (root / "case" / "reports" / "investigation.ja.md").read_text(encoding="utf-8")
    assert "203.0.113.45" in md
    assert "実行・永続化（Webシェル等）" in md and "痕跡の消去" in md
    police = (root / "case" / "reports" / "drafts" / "police.ja.md").read_text("utf-8")
    assert "`203.0.113.45`" in police



def test_demo_runs_the_bundled_sigma_rules_next_to_the_analytics(demo):
    from leakscope.detect import case_detections

    root, _, records = demo
    steps = {r["step"]: r for r in records if r["type"] == "step"}
    assert "bundled Sigma rules" in steps["detect"]["detail"]
    with Case.open(root / "case") as case:
        found = case_detections(case)
    sources = {d["source"] for d in found}
    assert {"sigma", "correlation", "analytic"} <= sources
    titles = {d["title"] for d in found}
    for title in ("SQL Injection Strings in a Web Request Query",
                  "POST to a Script in an Upload or Media Folder",
                  "Successful Logon after a Burst of Failures from the Same Address",
                  "Windows Security Log Cleared"):
        assert title in titles
    # the helper rules that only feed correlations do not flood the report
    assert "Successful Network or Remote Desktop Logon" not in titles
    md = (root / "case" / "reports" / "investigation.en.md").read_text(encoding="utf-8")
    assert "SQL Injection Strings in a Web Request Query" in md  # Sigma
    assert "SQL injection attempt" in md  # the analytic beside it


def test_exfiltration_is_told_when_the_data_left(demo):
    """The transfer detection carries the downloads' time (02:52), not the scan's (02:10)."""
    from leakscope.detect import case_detections

    root, _, _ = demo
    with Case.open(root / "case") as case:
        found = case_detections(case)
    transfer = next(d for d in found if d["rule"] == "leakscope.transfer.http_bytes")
    sqli = min(d["@timestamp"] for d in found if "SQL" in d["title"])
    cleared = min(d["@timestamp"] for d in found if "cleared" in d["title"].lower())
    assert sqli < transfer["@timestamp"] < cleared
    assert transfer["@timestamp"].startswith("2026-05-08T17:52")  # 02:52 JST
    assert transfer["evidence"][-1]["@timestamp"].startswith("2026-05-08T18:04")
    md = (root / "case" / "reports" / "investigation.en.md").read_text(encoding="utf-8")
    path = md.split("## 3.")[1].split("## 4.")[0]
    order = [path.index(stage) for stage in (
        "Reconnaissance", "Initial access", "Execution and persistence", "Exfiltration",
        "Covering tracks")]
    assert order == sorted(order), path

def test_refuses_a_folder_in_use(demo, tmp_path):
    root, _, _ = demo
    with pytest.raises(DemoError, match="not an empty folder"):
        run_demo(root)
    result = CliRunner().invoke(app, ["demo", str(root)])
    assert result.exit_code == 2 and "not an empty folder" in result.output
    a_file = tmp_path / "file"
    a_file.write_text("x")
    with pytest.raises(DemoError, match="not an empty folder"):
        run_demo(a_file)


def test_duties_follow_what_the_scan_found(demo):
    root, _, records = demo
    steps = {r["step"]: r for r in records if r["type"] == "step"}
    if steps["scan"]["status"] != "ok":
        pytest.skip("leakscope.pii not available")
    from leakscope.pii import case_summary

    with Case.open(root / "case") as case:
        entry = case.ledger.last("assessed").details
        found = case_summary(case)["categories"]
    assert entry["duties"]["APPI"] is True
    triggers = set(entry["summary"]["report_to_regulator"])
    assert "APPI" in triggers
    assert ("MyNumberAct" in entry["duties"]) == ("my_number" in found)
    md = (root / "case" / "reports" / "investigation.ja.md").read_text(encoding="utf-8")
    assert "over_threshold" in md and "unauthorized_purpose" in md  # 1,500+ people, an attack
    assert ("sensitive" in md.split("## 6.")[1]) == ("sensitive" in found)


def test_no_personal_value_reaches_a_report_or_draft(demo):
    import csv
    import io

    root, _, _ = demo
    raw = next((root / "incident" / "share").rglob("顧客リスト_2026.csv")).read_bytes()
    rows = list(csv.DictReader(io.StringIO(raw.decode("cp932"))))
    values = {v for row in rows[:200] for k, v in row.items() if k in ("氏名", "メールアドレス",
                                                                     "電話番号")}
    for path in (root / "case" / "reports").rglob("*.md"):
        text = path.read_text(encoding="utf-8")
        leaked = [v for v in values if v in text]
        assert not leaked, (path.name, leaked[:3])


def test_default_folder_is_never_one_in_use(tmp_path):
    from leakscope.demo import free_folder

    base = tmp_path / "leakscope-demo"
    assert free_folder(base) == base
    base.mkdir()
    (tmp_path / "leakscope-demo-2").mkdir()
    assert free_folder(base) == tmp_path / "leakscope-demo-3"


def test_a_format_that_cannot_render_leaves_the_others(tmp_path, monkeypatch):
    def no_pango(doc):
        raise ValueError("PDF output needs WeasyPrint and Pango")

    monkeypatch.setattr("leakscope.report.output.to_pdf", no_pango)
    result = run_demo(tmp_path / "d", formats=("md", "pdf"))
    report = next(s for s in result.steps if s.name == "report")
    assert report.status == "ok" and "needs WeasyPrint and Pango" in report.detail
    assert {p.suffix for p in result.reports} == {".md", ".png"}
    assert result.main_report.name == "investigation.ja.md"


def test_a_broken_facts_file_fails_the_assess_step(tmp_path, monkeypatch):
    """The step said 'ok' with a detail starting 'failed:'."""
    monkeypatch.setattr("leakscope.demo.pipeline.facts_yaml", lambda incident: "persons: [\n")
    result = run_demo(tmp_path / "d", formats=("md",))
    assess_step = next(s for s in result.steps if s.name == "assess")
    assert assess_step.status == "failed" and "FACTS.yaml" in assess_step.detail
