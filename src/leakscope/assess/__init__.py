"""Legal duties and deadlines: APPI, 番号法, GDPR, California and New York.

    facts = parse_facts({"discovered_at": "2026-05-11T10:00", "persons": 1200, ...})
    assessment = assess(facts)            # one Obligation per regime, reasons citing the rule
    assessment, knowledge = assess_case(case, facts_data)   # what the case knows fills facts in
"""

from __future__ import annotations

import json
from typing import Any

from leakscope.assess.duties import Assessment, assess
from leakscope.assess.facts import (
    CAUSES,
    JURISDICTIONS,
    Facts,
    FactsError,
    facts_template,
    load_facts_file,
    parse_facts,
)
from leakscope.assess.jp_common import DEFAULT_PRELIMINARY_DAY
from leakscope.assess.knowledge import CaseKnowledge, gather
from leakscope.assess.model import Obligation, Reason, Recipient
from leakscope.case import Case

__all__ = [
    "CAUSES",
    "DEFAULT_PRELIMINARY_DAY",
    "JURISDICTIONS",
    "Assessment",
    "CaseKnowledge",
    "Facts",
    "FactsError",
    "Obligation",
    "Reason",
    "Recipient",
    "assess",
    "assess_case",
    "facts_for_case",
    "facts_template",
    "gather",
    "last_given_facts",
    "load_facts_file",
    "parse_facts",
]


def last_given_facts(case: Case) -> tuple[dict[str, Any], str] | None:
    """The facts the user gave at the case's last assessment, and where they came from."""
    entry = case.ledger.last("assessed")
    if entry is None or not entry.details.get("facts"):
        return None
    return entry.details["facts"], entry.details.get("facts_source", "case")


def facts_for_case(
    case: Case, given: dict[str, Any] | None = None, knowledge: CaseKnowledge | None = None,
    source: str = "facts",
) -> Facts:
    """Merge what the case knows under the user's facts (theirs win); defaults are marked."""
    knowledge = knowledge or gather(case)
    given = dict(given or {})
    found = knowledge.facts()
    merged = {**found, **given}
    derived = [key for key in found if key not in given]
    if "discovered_at" not in merged:
        merged["discovered_at"] = case.info().created_at
        derived.append("discovered_at")
    return parse_facts(merged, source, case.timezone, tuple(derived))


def assess_case(
    case: Case, given: dict[str, Any] | None = None, *, source: str = "facts",
    preliminary_day: int = DEFAULT_PRELIMINARY_DAY, record: bool = True,
) -> tuple[Assessment, CaseKnowledge]:
    """Assess a case's duties and record the assessment in the custody ledger.

    Without `given` facts, the facts of the case's last assessment are used again, so
    `assess CASE --facts F.yaml` followed by `report CASE` reports on the same facts.
    """
    if given is None:
        given, source = last_given_facts(case) or ({}, source)
    knowledge = gather(case)
    assessment = assess(facts_for_case(case, given, knowledge, source), preliminary_day)
    if record:
        with case.transaction():
            case.ledger.append("assessed", {
                "facts": json.loads(json.dumps(given, ensure_ascii=False, default=str)),
                "facts_source": source,
                "derived_facts": list(assessment.facts.derived),
                "duties": {o.regime: o.any_duty for o in assessment.obligations},
                "summary": assessment.summary_record(),
            })
    return assessment, knowledge
