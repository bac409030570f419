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


def _check(formats: Iterable[str], langs: Iterable[str]) -> tuple[list[str], list[str]]:
    formats, langs = list(formats), list(langs)
    for fmt in formats:
        if fmt not in FORMATS:
            raise ValueError(f"unknown format {fmt!r} (known: {', '.join(FORMATS)})")
    for lang in langs:
        if lang not in ("ja", "en"):
            raise ValueError(f"unknown language {lang!r} (known: ja, en)")
    return formats, langs


def write_report(
    case: Case, formats: Iterable[str] = ("pdf",), langs: Iterable[str] = ("ja",),
    facts: dict[str, Any] | None = None, facts_source: str = "facts",
    assessed: tuple[Assessment, CaseKnowledge] | None = None,
) -> list[Path]:
    """The investigation report in each format and language; returns the files written."""
    formats, langs = _check(formats, langs)
    assessment, knowledge = assessed or assess_case(case, facts, source=facts_source)
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
    kinds: Iterable[str] = DRAFTS, assessed: tuple[Assessment, CaseKnowledge] | None = None,
) -> list[Path]:
    """Every draft (PPC 速報/確報, notice, announcement, police packet, contacts)."""
    formats, langs = _check(formats, langs)
    assessment, knowledge = assessed or assess_case(case, facts, source=facts_source)
    written: list[Path] = []
    for lang in langs:
        context = base_context(assessment, knowledge, case, lang)
        for kind in kinds:
            doc = Document(draft_title(kind, lang), render_draft(kind, context), lang)
            for fmt in formats:
                written += write_document(doc, fmt, case.reports_dir / "drafts",
                                          f"{kind}.{lang}", case=case, kind=f"draft:{kind}")
    return written
