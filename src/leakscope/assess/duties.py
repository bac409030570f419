"""Run every regime's rules over the facts and sum up what must be done by when."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from leakscope.assess.appi import assess_appi
from leakscope.assess.facts import Facts, parse_facts
from leakscope.assess.gdpr import assess_gdpr
from leakscope.assess.jp_common import DEFAULT_PRELIMINARY_DAY
from leakscope.assess.model import Obligation
from leakscope.assess.mynumber import assess_my_number
from leakscope.assess.us_ca import assess_california
from leakscope.assess.us_ny import assess_new_york


@dataclass(frozen=True)
class Assessment:
    facts: Facts
    obligations: tuple[Obligation, ...]

    def obligation(self, regime: str) -> Obligation | None:
        return next((o for o in self.obligations if o.regime == regime), None)

    def deadlines(self) -> list[tuple[date, str, str]]:
        """(date, regime, what) for every dated duty, soonest first."""
        found: list[tuple[date, str, str]] = []
        for o in self.obligations:
            for when, what in (
                (o.preliminary_report_due, "preliminary_report"),
                (o.final_report_due, "final_report"),
                (o.report_due, "report"),
                (o.notify_individuals_due, "notify_individuals"),
            ):
                if when is not None:
                    day = when.date() if isinstance(when, datetime) else when
                    found.append((day, o.regime, what))
        return sorted(found)

    def summary_record(self) -> dict[str, Any]:
        deadlines = self.deadlines()
        return {
            "type": "summary",
            "regimes": [o.regime for o in self.obligations],
            "report_to_regulator": [o.regime for o in self.obligations if o.report_to_regulator],
            "notify_individuals": [o.regime for o in self.obligations if o.notify_individuals],
            "next_deadline": (
                {"date": deadlines[0][0].isoformat(), "regime": deadlines[0][1],
                 "what": deadlines[0][2]} if deadlines else None
            ),
            "persons": self.facts.persons,
            "discovered_at": self.facts.discovered_at.isoformat(),
            "derived_facts": list(self.facts.derived),
            "ignored_fields": list(self.facts.ignored),
        }

    def records(self) -> list[dict[str, Any]]:
        return [o.as_record() for o in self.obligations] + [self.summary_record()]


def assess(
    facts: Facts | dict[str, Any], preliminary_day: int = DEFAULT_PRELIMINARY_DAY
) -> Assessment:
    """Decide the duties of every regime the facts' jurisdictions bring in."""
    if isinstance(facts, dict):
        facts = parse_facts(facts)
    if not 1 <= preliminary_day <= 5:
        raise ValueError("preliminary_day must be 1-5 (the guideline's 概ね3~5日)")
    obligations: list[Obligation] = []
    if "JP" in facts.jurisdictions:
        obligations.append(assess_appi(facts, preliminary_day))
        my_number = assess_my_number(facts, preliminary_day)
        if my_number is not None:
            obligations.append(my_number)
    if "EU" in facts.jurisdictions:
        obligations.append(assess_gdpr(facts))
    if "US-CA" in facts.jurisdictions:
        obligations.append(assess_california(facts))
    if "US-NY" in facts.jurisdictions:
        obligations.append(assess_new_york(facts))
    return Assessment(facts, tuple(obligations))
