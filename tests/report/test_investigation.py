"""The investigation report: what leaked, timeline picture, path, evidence, custody, duties."""

from __future__ import annotations

import stat

from leakscope.case.hashing import sha256_file
from leakscope.report import write_report
from leakscope.report.investigation import CHART_NAME, investigation_document


def test_report_sections_and_contents(case_with_evidence, assessed, hostile_title):
    doc = investigation_document(case_with_evidence, *assessed, "ja")
    md = doc.markdown
    for heading in ("経営層向け要約", "漏えいした情報", "タイムライン", "侵入経路", "検知",
                    "証拠一覧と保管記録", "法的義務と期限", "再発防止策"):
        assert heading in md
    assert "| 氏名 | 1,500 | 1,480 | 3 |" in md and "1,620" in md
    assert "偵察（スキャン） → 侵入（初期アクセス・認証突破）" in md
    for item in case_with_evidence.evidence.items():
        assert item.sha256 in md
    assert "ハッシュチェーン検証正常" in md
    assert "APPI" in md and "MyNumberAct" in md
    assert "2026-05-09 02:20:20+09:00" in md  # detections shown in the case's zone
    assert "WAF" in md  # a recommendation for the SQL injection
    assert doc.images[CHART_NAME].startswith(b"\x89PNG")
    assert "<script>" not in md and hostile_title not in md  # escaped, table intact


def test_english_report(case_with_evidence, assessed):
    md = investigation_document(case_with_evidence, *assessed, "en").markdown
    assert "Executive summary" in md and "Custody ledger" in md and "hash chain intact" in md


def test_files_are_private_and_in_the_ledger(case_with_evidence, assessed):
    paths = write_report(case_with_evidence, ("md", "html", "docx", "pdf"), ("ja",),
                         assessed=assessed)
    names = sorted(p.name for p in paths)
    assert names == sorted(["investigation.ja.md", CHART_NAME, "investigation.ja.html",
                            "investigation.ja.docx", "investigation.ja.pdf"])
    recorded = {e.details["path"]: e.details["sha256"]
                for e in case_with_evidence.ledger.entries("report_generated")}
    for path in paths:
        assert path.parent == case_with_evidence.reports_dir
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert recorded[str(path)] == sha256_file(path)
    assert not case_with_evidence.ledger.verify()


def test_no_pii_values_in_the_report(case_with_evidence, assessed):
    paths = write_report(case_with_evidence, ("md", "html"), ("ja",), assessed=assessed)
    for path in paths:
        if path.suffix in (".md", ".html"):
            text = path.read_text(encoding="utf-8")
            assert "山田" not in text and "taro@example.jp" not in text


def test_report_without_any_other_area(tmp_path):
    from leakscope.assess import assess_case
    from leakscope.case import Case

    with Case.init(tmp_path / "bare") as case:  # no PII, no timeline, no detections
        assessed = assess_case(case, {"discovered_at": "2026-05-11"})
        md = investigation_document(case, *assessed, "ja").markdown
    assert "攻撃を示す検知はない" in md
    assert "タイムラインのイベントはまだ取り込まれていない" in md
    assert "no timeline events in the case" in md


def test_broken_inputs_are_noted_and_the_report_still_written(tmp_path, monkeypatch):
    from leakscope.assess import assess_case
    from leakscope.case import Case

    def failing(case):
        raise RuntimeError("detections table damaged")

    monkeypatch.setattr("leakscope.detect.case_detections", failing, raising=False)
    with Case.init(tmp_path / "c") as case:
        (case.events_dir / "batch-broken.parquet").write_bytes(b"PAR1 not really parquet")
        assessed = assess_case(case, {"discovered_at": "2026-05-11"})
        paths = write_report(case, ("md",), ("en",), assessed=assessed)
    text = paths[0].read_text(encoding="utf-8")
    assert "timeline events unreadable" in text
    assert "detections table damaged" in text


def test_chart_draws_event_sources_with_dollars_and_underscores():
    """Source names come from the evidence: '$' once made matplotlib parse mathtext and fail."""
    from datetime import UTC, datetime

    from leakscope.report.chart import timeline_png

    hours = [(datetime(2026, 5, 8, 1, tzinfo=UTC), r"cost$ $\frac{", 3),
             (datetime(2026, 5, 8, 2, tzinfo=UTC), "_private", 2)]
    png = timeline_png(hours, [], "Asia/Tokyo", "en")
    assert png and png.startswith(b"\x89PNG")
