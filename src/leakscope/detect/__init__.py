"""Detection: Sigma rules (with correlations) and leak analytics over normalized events.

Library API::

    ruleset = load_rules([dir, ...])          # RuleSet; ruleset.errors lists what did not load
    load_rules([BUNDLED_RULES])               # leakscope's own rules (web, Windows, AWS, mail)
    for detection in run(events, ruleset):    # events: normalized event dicts
        detection.to_json()                   # the `detection` JSON Lines record
    save_run(case, detections, started=..., events=..., rules=..., rule_errors=..., inputs=...)
    case_detections(case)                     # stored detections of a case, most severe first
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from leakscope.detect.analytics import Analytic, default_analytics
from leakscope.detect.correlation import CorrelationEngine
from leakscope.detect.engine import Matcher, sigma_detection
from leakscope.detect.model import Detection, LoadError
from leakscope.detect.sigma.loader import RuleSet, load_rules
from leakscope.detect.store import case_detections, save_run

__all__ = ["BUNDLED_RULES", "Detection", "LoadError", "RuleSet", "case_detections",
           "default_analytics", "load_rules", "run", "save_run"]

# leakscope's own Sigma rules, shipped as package data: the intrusion and leak shapes of a
# small organisation's incident (web attacks, logon guessing, log clearing, persistence,
# CloudTrail tampering, bulk S3 reads, mail to many recipients).
BUNDLED_RULES = Path(__file__).resolve().parent / "rules"


def run(events: Iterable[Mapping[str, Any]], ruleset: RuleSet,
        analytics: Sequence[Analytic] = ()) -> Iterator[Detection]:
    """Detections over `events` in one pass: Sigma as events stream by, then correlations and
    analytics that need the whole picture when the events end."""
    matcher = Matcher(ruleset)
    correlations = CorrelationEngine(ruleset)
    for event in events:
        hits, view = matcher.match(event)
        for rule in hits:
            if rule.generate:
                yield sigma_detection(rule, event)
            correlations.feed(rule, event, view)
        for analytic in analytics:
            yield from analytic.feed(event)
    yield from correlations.finish()
    for analytic in analytics:
        yield from analytic.finish()
