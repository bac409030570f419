"""Write the investigation report and the drafts of a case into CASE/reports/ (0600, ledgered)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from leakscope.assess import Assessment, CaseKnowledge, assess_case
from leakscope.assess.drafts import DRAFTS, base_context, draft_title, render_draft
from leakscope.case import Case
from leakscope.report.document import FORMATS, Document
from leakscope.report.investigation import investigation_document
from leakscope.report.output import write_document

Assessed = tuple[Assessment, CaseKnowledge]


def _prepare(
    case: Case, formats: Iterable[str], langs: Iterable[str], facts: dict[str, Any] | None,
    facts_source: str, assessed: Assessed | None,
) -> tuple[list[str], list[str], Assessed]:
    """Check formats and languages before any work, then assess unless already done."""
    formats, langs = list(formats), list(langs)
    for fmt in formats:
        if fmt not in FORMATS:
            raise ValueError(f"unknown format {fmt!r} (known: {', '.join(FORMATS)})")
    for lang in langs:
        if lang not in ("ja", "en"):
            raise ValueError(f"unknown language {lang!r} (known: ja, en)")
    return formats, langs, assessed or assess_case(case, facts, source=facts_source)


def write_report(
    case: Case, formats: Iterable[str] = ("pdf",), langs: Iterable[str] = ("ja",),
    facts: dict[str, Any] | None = None, facts_source: str = "facts",
    assessed: Assessed | None = None,
) -> list[Path]:
    """The investigation report in each format and language; returns the files written."""
    formats, langs, (assessment, knowledge) = _prepare(
        case, formats, langs, facts, facts_source, assessed)
    written: list[Path] = []
    for lang in langs:
        doc = investigation_document(case, assessment, knowledge, lang)
        for fmt in formats:
            written += write_document(doc, fmt, case.reports_dir, f"investigation.{lang}",
                                      case=case, kind="investigation")
    return written


def write_drafts(
    case: Case, formats: Iterable[str] = ("md", "docx"), langs: Iterable[str] = ("ja", "en"),
    facts: dict[str, Any] | None = None, facts_source: str = "facts",
    kinds: Iterable[str] = DRAFTS, assessed: Assessed | None = None,
) -> list[Path]:
    """Every draft (PPC 速報/確報, notice, announcement, police packet, contacts)."""
    formats, langs, (assessment, knowledge) = _prepare(
        case, formats, langs, facts, facts_source, assessed)
    written: list[Path] = []
    for lang in langs:
        context = base_context(assessment, knowledge, case, lang)
        for kind in kinds:
            doc = Document(draft_title(kind, lang), render_draft(kind, context), lang)
            for fmt in formats:
                written += write_document(doc, fmt, case.reports_dir / "drafts",
                                          f"{kind}.{lang}", case=case, kind=f"draft:{kind}")
    return written
