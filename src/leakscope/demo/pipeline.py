"""Run the whole investigation on the demo incident: case, evidence, scan, timeline, detect,
assess, report. Each step calls its area's library lazily; a step whose area is not installed
is skipped and says so, and the rest still runs."""

from __future__ import annotations

import importlib
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from leakscope.assess import assess_case, load_facts_file
from leakscope.case import Case
from leakscope.case.private_fs import make_private_dir, write_private
from leakscope.demo.generate import DEFAULT_SEED, Incident, facts_yaml, generate_incident
from leakscope.report import write_drafts, write_report
from leakscope.report.chart import cjk_font_available

SKIPPED = "skipped: "


class DemoError(Exception):
    """The demo cannot start (its folder is in the way)."""


@dataclass
class Step:
    name: str
    status: str  # ok | skipped | failed
    detail: str
    seconds: float = 0.0


@dataclass
class DemoResult:
    root: Path
    case_dir: Path
    steps: list[Step] = field(default_factory=list)
    reports: list[Path] = field(default_factory=list)
    drafts: list[Path] = field(default_factory=list)

    @property
    def main_report(self) -> Path | None:
        return next((p for p in self.reports if p.suffix == ".pdf"),
                    self.reports[0] if self.reports else None)


def free_folder(base: Path) -> Path:
    """`base`, or `base-2`, `base-3`, ... : the first that does not exist yet."""
    candidate, n = base, 1
    while candidate.exists():
        n += 1
        candidate = base.with_name(f"{base.name}-{n}")
    return candidate


def _optional(module: str, name: str) -> Any | None:
    try:
        return getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError):
        return None


def run_demo(
    root: Path, *, formats: tuple[str, ...] = ("md", "html", "pdf"),  # PDF last: it may fail
    on_step: Callable[[Step], None] | None = None, seed: int = DEFAULT_SEED,
) -> DemoResult:
    """Generate the incident under `root` and investigate it into `root`/case."""
    root = Path(root).absolute()
    if root.exists() and (not root.is_dir() or any(root.iterdir())):
        raise DemoError(f"{root}: already exists and is not an empty folder (choose a new one)")
    make_private_dir(root)
    result = DemoResult(root, root / "case")

    def step(name: str, action: Callable[[], str]) -> None:
        started = time.monotonic()
        try:
            detail = action()
            status = "ok"
            if detail.startswith(SKIPPED):
                status, detail = "skipped", detail.removeprefix(SKIPPED)
        except Exception as exc:  # one step's failure is reported; the demo goes on
            status, detail = "failed", f"{type(exc).__name__}: {exc}"
        record = Step(name, status, detail, time.monotonic() - started)
        result.steps.append(record)
        if on_step is not None:
            on_step(record)

    incident = generate_incident(root / "incident", seed)
    result.steps.append(Step("generate", "ok", f"{len(incident.files)} files in {incident.root}"))
    if on_step is not None:
        on_step(result.steps[-1])
    case = Case.init(result.case_dir, name="demo-サンプル商店", timezone="Asia/Tokyo")
    try:
        step("evidence", lambda: _add_evidence(case, incident))
        step("scan", lambda: _scan(case, incident))
        step("timeline", lambda: _ingest(case, incident))
        step("detect", lambda: _detect(case))
        facts_path = write_private(root / "FACTS.yaml", facts_yaml(incident))
        step("assess", lambda: _assess(case, facts_path))
        step("report", lambda: _report(case, facts_path, formats, result))
    finally:
        case.close()
    return result


def _add_evidence(case: Case, incident: Incident) -> str:
    outcomes = list(case.evidence.add([incident.share, incident.logs, incident.mail],
                                      acquired_by="leakscope demo",
                                      source_description="demo incident (fictional)"))
    errors = [o for o in outcomes if o.status == "error"]
    added = sum(1 for o in outcomes if o.status == "added")
    return f"{added} items preserved (SHA-256)" + (f", {len(errors)} errors" if errors else "")


def _scan(case: Case, incident: Incident) -> str:
    scan_case = _optional("leakscope.pii", "scan_case")
    if scan_case is None:
        return f"{SKIPPED}leakscope.pii.scan_case is not available yet"
    summary = scan_case(case)
    people = summary.get("subjects") if isinstance(summary, dict) else None
    truth = incident.customers + incident.staff
    return f"PII scanned; {people} people (the incident holds {truth})"


def _ingest(case: Case, incident: Incident) -> str:
    ingest = _optional("leakscope.timeline.ingest", "ingest")
    if ingest is None:
        return f"{SKIPPED}leakscope.timeline.ingest is not available"
    result = ingest(case, [incident.logs])
    errors = sum(len(s.errors) for s in result.sources)
    return f"{result.events} events" + (f", {errors} errors" if errors else "")


def _detect(case: Case) -> str:
    """leakscope's bundled Sigma rules and the leak analytics over the case's timeline, stored
    in the case (what `leakscope detect --case CASE` does)."""
    from datetime import UTC, datetime

    from leakscope.detect import BUNDLED_RULES, default_analytics, load_rules, run
    from leakscope.detect.inputs import case_events
    from leakscope.detect.store import DetectionSink

    started = datetime.now(UTC).isoformat()
    ruleset = load_rules([BUNDLED_RULES])
    counted = 0

    def events() -> Iterator[dict[str, Any]]:
        nonlocal counted
        for item in case_events(case):
            if isinstance(item, dict):
                counted += 1
                yield item

    sink = DetectionSink(case, started)
    by_source: Counter[str] = Counter()
    for detection in run(events(), ruleset, default_analytics(None, case.timezone)):
        sink.add(detection)
        by_source["analytics" if detection.source == "analytic" else "Sigma"] += 1
    sink.close(events=counted, rules=len(ruleset), rule_errors=len(ruleset.errors),
               inputs=["case timeline"])
    parts = ", ".join(f"{n} {source}" for source, n in sorted(by_source.items()))
    return (f"{sink.count} detections over {counted} events ({parts or 'none'}; "
            f"{len(ruleset)} bundled Sigma rules + leak analytics)")


def _assess(case: Case, facts_path: Path) -> str:
    given = load_facts_file(facts_path)  # a FactsError makes the step 'failed', naming the field
    assessment, _ = assess_case(case, given, source=str(facts_path))
    duties = [o.regime for o in assessment.obligations if o.any_duty]
    return (f"duties: {', '.join(duties) or 'none'}; next deadline "
            f"{(assessment.summary_record()['next_deadline'] or {}).get('date', '—')}")


def _report(case: Case, facts_path: Path, formats: tuple[str, ...], result: DemoResult) -> str:
    given = load_facts_file(facts_path)
    assessed = assess_case(case, given, source=str(facts_path), record=False)
    result.drafts = write_drafts(case, ("md", "docx"), ("ja", "en"), assessed=assessed)
    notes = []
    # PDF in Japanese only: WeasyPrint needs seconds per CJK PDF (tens without HarfBuzz subset)
    for fmt in formats:
        for lang in ("ja",) if fmt == "pdf" else ("ja", "en"):
            try:
                result.reports += write_report(case, (fmt,), (lang,), assessed=assessed)
            except ValueError as exc:  # e.g. no Pango for the PDF: the other formats stand
                notes.append(str(exc))
    if "pdf" in formats and not cjk_font_available():
        notes.append("no Noto Sans CJK font: Japanese in the PDF shows as boxes "
                     "(apt-get install fonts-noto-cjk)")
    detail = f"{len(result.reports)} report files, {len(result.drafts)} draft files"
    return detail + "".join(f"; {note}" for note in notes)
