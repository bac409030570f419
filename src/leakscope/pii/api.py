"""``detect``: PII in a string, for callers that have text rather than files."""

from __future__ import annotations

from collections.abc import Iterable

from .engine import MIN_CONFIDENCE, Engine
from .finding import Finding
from .units import TextUnit


def detect(text: str, label: str | None = None, categories: Iterable[str] | None = None,
           min_confidence: float = MIN_CONFIDENCE, path: str = "<text>") -> list[Finding]:
    """Findings in ``text``; ``label`` is the column header / key it came under, if any."""
    cats = tuple(sorted(categories)) if categories else None
    unit = TextUnit(text, path, {"line": 1}, label=label)
    found = Engine.cached(cats, min_confidence).detect([unit])
    return [f for f in found if isinstance(f, Finding)]
