"""`leakscope report CASE`: the investigation report, from everything the case holds.

An executive page first (what, how many, how, what we must do by when), then what leaked, the
timeline chart, the intrusion path, detections, evidence with hashes and the custody record,
duties with their reasons, and recommendations for the causes found. PII values never appear:
only categories and counts.
"""

from __future__ import annotations

from typing import Any

from leakscope.assess import Assessment, CaseKnowledge
from leakscope.assess.drafts import base_context, environment
from leakscope.case import Case
from leakscope.report.chart import timeline_png
from leakscope.report.document import Document
from leakscope.report.intrusion import intrusion_path
from leakscope.report.recommendations import recommend

CHART_NAME = "investigation-timeline.png"
LEDGER_ROWS = 400
EVIDENCE_ROWS = 300  # the full list: `leakscope evidence export CASE --manifest FILE`


def investigation_document(
    case: Case, assessment: Assessment, knowledge: CaseKnowledge, lang: str = "ja"
) -> Document:
    context = base_context(assessment, knowledge, case, lang)
    png = timeline_png(knowledge.event_hours, knowledge.detections, case.timezone, lang)
    entries = list(case.ledger.entries())
    context.update(
        chart=CHART_NAME if png else None,
        stages=intrusion_path(context["detections"]),
        recommendations=recommend(assessment.facts, knowledge),
        ledger=[_ledger_row(e.as_dict()) for e in entries[-LEDGER_ROWS:]],
        ledger_total=len(entries),
        evidence_total=len(context["evidence"]),
        evidence=context["evidence"][:EVIDENCE_ROWS],
        ledger_intact=not case.ledger.verify(),
        deadlines=assessment.deadlines(),
        timezone=case.timezone,
    )
    markdown = environment("leakscope.report").get_template("investigation.md.j2").render(**context)
    title = {"ja": "個人情報漏えい調査報告書"}.get(lang, "Personal data leak investigation report")
    return Document(f"{title} — {context['organization']}", markdown, lang,
                    {CHART_NAME: png} if png else {})


def _ledger_row(entry: dict[str, Any]) -> dict[str, Any]:
    details = entry["details"]
    brief = details.get("sha256") or details.get("path") or details.get("original_path") or ""
    if not brief:
        brief = ", ".join(f"{k}={v}" for k, v in list(details.items())[:3]
                          if isinstance(v, str | int | float | bool))
    return {**entry, "brief": str(brief)[:120]}
