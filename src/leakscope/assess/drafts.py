"""Drafts the duties call for: the PPC report (速報/確報), notices, the police packet, contacts.

Each draft is one Jinja2 template writing Markdown in either language: `t("日本語", "English")`
picks the text, so the structure exists once. Values from evidence pass through `md` (inert
Markdown); PII values never appear, only categories and counts.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from jinja2 import ChoiceLoader, Environment, PackageLoader, StrictUndefined

from leakscope.assess.contacts import whom_to_tell
from leakscope.assess.duties import Assessment
from leakscope.assess.knowledge import CaseKnowledge
from leakscope.assess.labels import category_label, cause_label
from leakscope.case import Case
from leakscope.pii.masking import mask

DRAFTS = ("ppc_preliminary", "ppc_final", "notice", "announcement", "police", "whom_to_tell")
LANGS = ("ja", "en")
_TEMPLATE = {"ppc_preliminary": "ppc_report", "ppc_final": "ppc_report"}
_MD_SPECIAL = re.compile(r"([\\`*_\[\]{}<>#|!~])")
# Control characters and lone surrogates (undecodable file names): no XML (DOCX) or UTF-8
# file can hold them, so they are shown as escapes.
_UNPRINTABLE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


# A long run without a break opportunity (a path or URL without spaces) keeps its two ends:
# WeasyPrint wraps it in time quadratic in its length (2,000 characters: 6 s per table cell;
# 20,000: minutes). Prose (spaces, Japanese) is left whole; full paths are in the manifest.
_LONG_RUN = re.compile(r"[!-~]{241,}")


def _shorten(run: re.Match[str]) -> str:
    text = run.group()
    return f"{text[:120]}…({len(text) - 240:,} chars)…{text[-120:]}"


def md_escape(value: object) -> str:
    """Text from evidence or users, made inert in Markdown (and one line, for table cells)."""
    text = "" if value is None else str(value)
    text = _LONG_RUN.sub(_shorten, " ".join(text.split()))
    text = _UNPRINTABLE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
    return _MD_SPECIAL.sub(r"\\\1", text)


_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def masked(value: object) -> str:
    """Evidence text (mail headers, detection titles, entities) with its e-mail addresses
    masked, as every output masks PII values, then made inert in Markdown."""
    text = "" if value is None else str(value)
    return md_escape(_EMAIL.sub(lambda m: mask(m.group(), "email_address"), text))


def environment(*packages: str) -> Environment:
    """Templates of the given packages (first wins), then this one's (macros, drafts)."""
    loaders = [PackageLoader(p, "templates") for p in (*packages, "leakscope.assess")]
    env = Environment(
        loader=ChoiceLoader(loaders), undefined=StrictUndefined,
        trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True, autoescape=False,
    )
    env.filters["md"] = md_escape
    env.filters["masked"] = masked
    env.filters["num"] = lambda n: "—" if n is None else f"{n:,}"
    return env


def base_context(
    assessment: Assessment, knowledge: CaseKnowledge, case: Case | None, lang: str
) -> dict[str, Any]:
    """What every draft and the investigation report share."""
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r} (known: {', '.join(LANGS)})")
    facts = assessment.facts
    counts = knowledge.categories
    categories = [
        {"code": code, "label": category_label(code, lang), "count": counts.get(code),
         "people": knowledge.category_people.get(code),
         "files": knowledge.category_files.get(code)}
        for code in (facts.data_items or tuple(counts))
    ]
    info = case.info() if case is not None else None
    evidence = case.evidence.items() if case is not None else []
    zone = ZoneInfo(case.timezone) if case is not None else facts.discovered_at.tzinfo
    now = datetime.now(UTC).astimezone(zone)
    return {
        "lang": lang,
        "t": lambda ja, en: ja if lang == "ja" else en,
        "facts": facts,
        "organization": facts.organization or (info.name if info else ""),
        "case": info,
        "assessment": assessment,
        "obligations": assessment.obligations,
        "categories": categories,
        "cause": cause_label(facts.cause, lang),
        "people": _people(facts.persons, lang),
        "occurred": ("発生した" if facts.certain else "発生したおそれがある") if lang == "ja"
                    else ("occurred" if facts.certain else "may have occurred"),
        "knowledge": knowledge,
        "detections": sorted(knowledge.detections, key=lambda d: str(d.get("@timestamp") or "")),
        "suspicious_ips": knowledge.suspicious_ips,
        "suspicious_mails": knowledge.suspicious_mails,
        "evidence": evidence,
        "contacts": whom_to_tell(assessment),
        "generated_at": now.isoformat(timespec="minutes"),
        "today": now.date().isoformat(),
        "local": lambda value: _local(value, zone),
        "what": lambda key: _WHAT[key][0 if lang == "ja" else 1],
    }


def _people(persons: int, lang: str) -> str:
    """'1,200人' / '1,200 people'; 0 is a count not known yet, never 'zero people'."""
    if persons:
        return f"{persons:,}人" if lang == "ja" else f"{persons:,} people"
    return "調査中（未確定）" if lang == "ja" else "not known yet (under investigation)"


_WHAT = {
    "preliminary_report": ("速報", "preliminary report"),
    "final_report": ("確報", "final report"),
    "report": ("当局への報告", "report to the authority"),
    "notify_individuals": ("本人への通知", "notice to individuals"),
}


def _local(value: object, zone) -> str:
    """An ISO time from evidence shown in the case's zone; anything else as it is."""
    if not isinstance(value, str | datetime) or not value:
        return "" if value is None else str(value)
    try:
        moment = value if isinstance(value, datetime) else datetime.fromisoformat(
            value.replace("Z", "+00:00"))
    except ValueError:
        return str(value)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(zone).isoformat(sep=" ", timespec="seconds")


def render_draft(kind: str, context: dict[str, Any], env: Environment | None = None) -> str:
    """Markdown of one draft; `context` comes from base_context."""
    if kind not in DRAFTS:
        raise ValueError(f"unknown draft {kind!r} (known: {', '.join(DRAFTS)})")
    env = env or environment()
    stage = "final" if kind == "ppc_final" else "preliminary"
    template = env.get_template(f"{_TEMPLATE.get(kind, kind)}.md.j2")
    return template.render(**context, stage=stage)


def draft_title(kind: str, lang: str) -> str:
    titles = {
        "ppc_preliminary": ("漏えい等報告（速報）", "Leak report to the PPC (preliminary)"),
        "ppc_final": ("漏えい等報告（確報）", "Leak report to the PPC (final)"),
        "notice": ("個人情報漏えいに関するお知らせとお詫び（本人通知）", "Notice of Data Breach"),
        "announcement": ("個人情報漏えいに関するお知らせ（公表文）", "Public announcement"),
        "police": ("サイバー犯罪相談資料", "Cybercrime consultation packet for the police"),
        "whom_to_tell": ("連絡先一覧", "Whom to tell"),
    }
    ja, en = titles[kind]
    return ja if lang == "ja" else en
