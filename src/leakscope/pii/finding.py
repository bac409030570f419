"""What a scan yields: findings (category and value at a place) and errors (what was unreadable)."""

from __future__ import annotations

from dataclasses import dataclass, field

from .masking import mask


@dataclass(slots=True)
class Finding:
    """One PII value found in one place. ``value`` is normalized and never masked here.

    Not frozen: millions are made per scan and a frozen dataclass costs 3x to construct.
    Treat as immutable (``dataclasses.replace`` to change one).
    """

    category: str
    value: str
    path: str
    location: dict
    confidence: float
    detector: str
    record: str | None = None  # table row / record id: same record = same person
    personal: bool = True  # False for corporate numbers (not personal data)
    evidence: dict = field(default_factory=dict)  # case provenance (sha256, evidence id)

    def to_record(self, reveal: bool = False) -> dict:
        """The JSON Lines ``finding`` object (value masked unless ``reveal``)."""
        record = {
            "type": "finding",
            "path": self.path,
            "category": self.category,
            "value": self.value if reveal else mask(self.value, self.category),
            "location": self.location,
            "confidence": round(self.confidence, 2),
            "detector": self.detector,
        }
        if not self.personal:
            record["personal"] = False
        if self.evidence:
            record["evidence"] = self.evidence
        return record


@dataclass(frozen=True, slots=True)
class ScanError:
    """A file (or member) that could not be read, and why. The scan goes on."""

    path: str
    message: str

    def to_record(self) -> dict:
        return {"type": "error", "path": self.path, "message": self.message}
