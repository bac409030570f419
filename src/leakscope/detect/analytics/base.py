"""What every leak analytic is: a single streaming pass over normalized events.

Analytics run as a Python pass over the event iterable rather than SQL over a case's
Parquet, because `leakscope detect FILE` must work without a case and in the same single read
as the Sigma rules; each keeps only small per-entity state (counters, last-seen values).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Protocol

from leakscope.detect.model import Detection, entity_of, provenance_of

Event = Mapping[str, Any]
MAX_EVIDENCE = 50


class Analytic(Protocol):
    id: str

    def feed(self, event: Event) -> Iterable[Detection]: ...

    def finish(self) -> Iterable[Detection]: ...


def raw_of(event: Event) -> Mapping[str, Any]:
    raw = event.get("leakscope.raw")
    return raw if isinstance(raw, dict) else {}


def evidence_row(event: Event) -> dict[str, Any]:
    """One evidence row: when, what, and where it came from."""
    return {"@timestamp": event.get("@timestamp"), "event.action": event.get("event.action"),
            **provenance_of(event)}


def analytic_detection(rule: str, title: str, level: str, tags: list[str], event: Event,
                       evidence: list[Event], description: str,
                       entity: dict[str, str] | None = None) -> Detection:
    """A detection anchored on `event` (usually the decisive one) with its evidence rows."""
    return Detection(
        rule=rule, title=title, level=level, tags=tags, timestamp=event.get("@timestamp"),
        entity=entity if entity is not None else entity_of(event),
        provenance=provenance_of(event), source="analytic", description=description,
        evidence=[evidence_row(e) for e in evidence[-MAX_EVIDENCE:]],
    )
