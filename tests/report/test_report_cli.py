"""`leakscope assess` and `leakscope report` through the CLI."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from leakscope.case import Case
from leakscope.cli.main import app

runner = CliRunner()
FACTS = """discovered_at: 2026-05-11T10:00:00+09:00
persons: 1200
data_items: [person_name, email_address]
cause: mis_sent
jurisdictions: [JP, EU]
"""


def _records(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.startswith("{")]


def test_assess_facts_only_json(tmp_path):
    facts = tmp_path / "FACTS.yaml"
    facts.write_text(FACTS, encoding="utf-8")
    result = runner.invoke(app, ["assess", "--facts", str(facts), "--json"])
    assert result.exit_code == 0, result.output
    records = _records(result.stdout)
    assert [r["type"] for r in records] == ["obligation", "obligation", "summary"]
    appi, gdpr = records[0], records[1]
    assert appi["regime"] == "APPI" and appi["triggers"] == ["over_threshold"]
    assert appi["preliminary_report_due"] == "2026-05-13"
    assert appi["final_report_due"] == "2026-06-09"
    assert gdpr["report_due"] == "2026-05-14T10:00:00+09:00"
    assert all(r["ja"] and r["en"] and r["rule"] for r in appi["reasons"])


def test_assess_table_names_the_rules(tmp_path):
    facts = tmp_path / "FACTS.yaml"
    facts.write_text(FACTS, encoding="utf-8")
    result = runner.invoke(app, ["assess", "--facts", str(facts), "--lang", "en"])
    assert result.exit_code == 0
    assert "APPI" in result.stdout and "more than 1,000" in result.stdout
    assert "規則7条4号" in result.stdout


def test_assess_bad_facts_names_field_and_file(tmp_path):
    facts = tmp_path / "FACTS.yaml"
    facts.write_text("discovered_at: 2026-05-11\npersons: lots\n", encoding="utf-8")
    result = runner.invoke(app, ["assess", "--facts", str(facts)])
    assert result.exit_code == 2
    assert "field 'persons'" in result.output and "FACTS.yaml" in result.output


def test_assess_bad_facts_json_error_record(tmp_path):
    facts = tmp_path / "FACTS.yaml"
    facts.write_text("discovered_at: someday\n", encoding="utf-8")
    result = runner.invoke(app, ["assess", "--facts", str(facts), "--json"])
    assert result.exit_code == 2
    (record,) = _records(result.stdout)
    assert record["type"] == "error" and record["field"] == "discovered_at"
    assert record["path"] == str(facts)


def test_assess_needs_case_or_facts():
    result = runner.invoke(app, ["assess"])
    assert result.exit_code == 2 and "CASE" in result.output


def test_assess_on_a_case_writes_the_ledger_and_drafts(tmp_path):
    Case.init(tmp_path / "case").close()
    facts = tmp_path / "FACTS.yaml"
    facts.write_text(FACTS, encoding="utf-8")
    result = runner.invoke(app, ["assess", str(tmp_path / "case"), "--facts", str(facts),
                                 "--json", "--drafts", "--formats", "md"])
    assert result.exit_code == 0, result.output
    with Case.open(tmp_path / "case") as case:
        entry = case.ledger.last("assessed")
        assert entry.details["facts_source"] == str(facts)
        assert entry.details["duties"] == {"APPI": True, "GDPR": True}
    assert (tmp_path / "case" / "reports" / "drafts" / "ppc_preliminary.ja.md").is_file()


def test_report_command_formats_and_errors(tmp_path):
    Case.init(tmp_path / "case").close()
    result = runner.invoke(app, ["report", str(tmp_path / "case"), "--format", "md",
                                 "--format", "html", "--lang", "en", "--json"])
    assert result.exit_code == 0, result.output
    paths = [r["path"] for r in _records(result.stdout) if r["type"] == "report"]
    assert any(p.endswith("investigation.en.html") for p in paths)
    every = runner.invoke(app, ["report", str(tmp_path / "case"), "--format", "all", "--json"])
    written = [r["path"] for r in _records(every.stdout) if r["type"] == "report"]
    suffixes = {path.rsplit(".", 1)[1] for path in written}
    assert {"md", "html", "docx", "pdf"} <= suffixes
    bad = runner.invoke(app, ["report", str(tmp_path / "case"), "--format", "rtf"])
    assert bad.exit_code == 2 and "unknown format 'rtf'" in bad.output
    missing = runner.invoke(app, ["report", str(tmp_path / "nope")])
    assert missing.exit_code == 2 and "not a" in missing.output


def test_report_reuses_the_facts_of_the_last_assessment(tmp_path):
    Case.init(tmp_path / "case").close()
    facts = tmp_path / "FACTS.yaml"
    facts.write_text(FACTS, encoding="utf-8")
    assert runner.invoke(app, ["assess", str(tmp_path / "case"), "--facts",
                               str(facts)]).exit_code == 0
    result = runner.invoke(app, ["report", str(tmp_path / "case"), "--format", "md"])
    assert result.exit_code == 0, result.output
    md = (tmp_path / "case" / "reports" / "investigation.ja.md").read_text(encoding="utf-8")
    assert "速報 2026-05-13" in md and "over_threshold" in md
    with Case.open(tmp_path / "case") as case:
        assert case.ledger.last("assessed").details["facts_source"] == str(facts)
