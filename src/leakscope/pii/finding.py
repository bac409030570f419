"""What a scan yields: findings (category and value at a place) and errors (what was unreadable)."""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from json.encoder import encode_basestring as _quoted

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

    def json_line(self, reveal: bool = False) -> str:
        """``json.dumps(self.to_record(reveal), ensure_ascii=False, default=str) + "\\n"``."""
        return json_lines([self], reveal)


def json_lines(findings: list[Finding], reveal: bool = False) -> str:
    """Each finding's ``json_line``, joined: written out directly, in one loop.

    The record dict and the general encoder cost ~4 µs a finding, and a scan of prose prints
    one every ~100 bytes; here paths, categories, detectors and confidences are encoded once.
    """
    out: list[str] = []
    append, quoted, numbers = out.append, _QUOTED, _NUMBERS
    for f in findings:
        category, path, detector, value = f.category, f.path, f.detector, f.value
        if not reveal:
            value = mask(value, category)
        confidence = f.confidence
        number = numbers.get(confidence) if type(confidence) is float else None
        if number is None:
            number = _dumps(round(confidence, 2))
            if type(confidence) is float and len(numbers) < 1024:
                numbers[confidence] = number
        location = f.location
        line, column = location.get("line"), location.get("column")
        if len(location) == 2 and type(line) is int and type(column) is int \
                and next(iter(location)) == "line":  # most text findings
            where = f'{{"line": {line}, "column": {column}}}'  # (exact ints: str())
        else:
            where = _location(location)
        tail = "}\n"
        if not f.personal or f.evidence:
            tail = ("" if f.personal else ', "personal": false') + (
                f', "evidence": {_dumps(f.evidence)}}}\n' if f.evidence else "}\n")
        append(f'{{"type": "finding", "path": {quoted.get(path) or _string(path)}, '
               f'"category": {quoted.get(category) or _string(category)}, "value": '
               f'{_quoted(value) if type(value) is str else _dumps(value)}, "location": '
               f'{where}, "confidence": {number}, "detector": '
               f'{quoted.get(detector) or _string(detector)}{tail}')
    return "".join(out)


_NUMBERS: dict[float, str] = {}  # confidence -> its JSON (rounded): a scan has a few dozen
_QUOTED: dict[str, str] = {}  # paths, categories, detectors, location keys: a few repeat often


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)


def _string(value: object) -> str:
    if type(value) is not str:
        return _dumps(value)
    if len(value) > 256:
        return _quoted(value)
    quoted = _QUOTED.get(value)
    if quoted is None:
        if len(_QUOTED) > 4096:
            _QUOTED.clear()
        quoted = _QUOTED[value] = _quoted(value)
    return quoted


def _location(location: dict) -> str:
    """A location's JSON: keys and values of a text or cell location are str or int."""
    parts = []
    for key, value in location.items():
        if type(key) is not str:
            return _dumps(location)
        if type(value) is int:
            parts.append(f"{_string(key)}: {int.__repr__(value)}")
        elif type(value) is str:
            parts.append(f"{_string(key)}: {_string(value)}")
        else:
            return _dumps(location)
    return "{" + ", ".join(parts) + "}"


def is_table(item: object) -> bool:
    """Whether ``item`` is a ``finding_table.FindingTable``, told without importing that module
    (and pyarrow's compute functions with it, ~30 ms a process): none exists until it was."""
    tables = sys.modules.get("leakscope.pii.finding_table")
    return tables is not None and isinstance(item, tables.FindingTable)


@dataclass(frozen=True, slots=True)
class ScanError:
    """A file (or member) that could not be read, and why. The scan goes on."""

    path: str
    message: str

    def to_record(self) -> dict:
        return {"type": "error", "path": self.path, "message": self.message}
