"""What an assessment says: one obligation per legal regime, each reason citing its rule."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any


@dataclass(frozen=True)
class Reason:
    """One step of the reasoning, in both languages, with the rule it rests on."""

    rule: str
    ja: str
    en: str

    def as_dict(self) -> dict[str, str]:
        return {"rule": self.rule, "ja": self.ja, "en": self.en}


@dataclass(frozen=True)
class Recipient:
    """Someone to report to or notify besides the individuals (a regulator, an AG, police)."""

    name_ja: str
    name_en: str
    due: date | None = None
    rule: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {"name_ja": self.name_ja, "name_en": self.name_en,
                "due": _iso(self.due), "rule": self.rule}


@dataclass(frozen=True)
class Obligation:
    regime: str  # APPI | MyNumberAct | GDPR | US-CA | US-NY
    report_to_regulator: bool
    notify_individuals: bool
    triggers: tuple[str, ...] = ()
    regulator: Recipient | None = None
    preliminary_report_due: date | None = None
    final_report_due: date | None = None
    report_due: datetime | date | None = None
    notify_individuals_due: date | None = None
    also_notify: tuple[Recipient, ...] = ()
    reasons: tuple[Reason, ...] = field(default_factory=tuple)

    @property
    def any_duty(self) -> bool:
        return self.report_to_regulator or self.notify_individuals

    def as_record(self) -> dict[str, Any]:
        """The `obligation` JSON Lines record of `leakscope assess --json`."""
        record: dict[str, Any] = {
            "type": "obligation",
            "regime": self.regime,
            "report_to_regulator": self.report_to_regulator,
            "notify_individuals": self.notify_individuals,
            "triggers": list(self.triggers),
            "regulator": self.regulator.as_dict() if self.regulator else None,
        }
        if self.regime == "GDPR":
            record["report_due"] = _iso(self.report_due)
        elif self.regime in ("APPI", "MyNumberAct"):
            record["preliminary_report_due"] = _iso(self.preliminary_report_due)
            record["final_report_due"] = _iso(self.final_report_due)
        else:
            record["report_due"] = _iso(self.report_due)
        record["notify_individuals_due"] = _iso(self.notify_individuals_due)
        record["also_notify"] = [r.as_dict() for r in self.also_notify]
        record["reasons"] = [r.as_dict() for r in self.reasons]
        return record


def _iso(value: date | datetime | None) -> str | None:
    return None if value is None else value.isoformat()
