"""要配慮 keywords are personal data only beside a person: a condition named in a list of
products or a manual is no one's. A keyword is kept within a few lines of personal data, in
the same record, in a record that points at a person, or in a letter's table when the letter's
text names someone. A health column's value is kept only in a row of someone (a tour's
health sheet's 「（ホテル情報）| 車椅子貸出可」 row is a hotel's)."""

from __future__ import annotations

import bisect
from collections.abc import Callable

from .finding import Finding
from .recognizers.labeled_names import CARER_NAME
from .subject_places import is_letter

# Personal findings that do not show a person is there: they keep no 要配慮 term beside them.
NOT_ANCHORS = frozenset({"sensitive", "ip_address", "credential"})
TERM, LABELLED = "sensitive_terms", "sensitive_terms:label"  # (a term; a health column's value)


def drop_lonely_sensitive(findings: list[Finding], lines: int = 10,
                          anchored: Callable[[], set[tuple[str, str]]] | None = None
                          ) -> list[Finding]:
    """Keep a 要配慮 keyword only near personal data: same record, or within ``lines`` lines;
    or in a record ``anchored()`` gives (path, record): one that points at a person
    (patient_id), asked only when a keyword needs it."""
    # most keywords in prose have their anchor beside them in the list (the same line's
    # name or phone): only the others need the line of every anchor
    sensitive = [f for k, f in enumerate(findings)
                 if (f.detector == TERM or (f.detector == LABELLED and f.record is not None))
                 and not _beside_anchor(findings, k, lines)]
    if not sensitive:
        return findings
    anchors = [f for f in findings if f.personal and f.category not in NOT_ANCHORS
               and f.detector != CARER_NAME]
    records = {(f.path, f.record) for f in anchors} | (anchored() if anchored else set()) \
        if any(f.record is not None for f in sensitive) else set()
    # a letter's table (a 保護決定通知書's 「理由 | 傷病（…）により」) is about the person its
    # text is addressed to
    letters = {f.path for f in anchors if f.record is None and is_letter(f.path)}
    # anchor lines, only in the paths of keywords outside records (lines decide there)
    places: dict[str, list[int]] = {f.path: [] for f in sensitive if f.record is None}
    for f in anchors:
        anchor_lines = places.get(f.path)
        if anchor_lines is not None:
            anchor_lines.append(_line(f))
    for anchor_lines in places.values():
        anchor_lines.sort()

    def near(f: Finding) -> bool:
        if f.record is not None:
            return (f.path, f.record) in records or f.path in letters
        anchor_lines, line = places[f.path], _line(f)
        i = bisect.bisect_left(anchor_lines, line - lines)
        return i < len(anchor_lines) and anchor_lines[i] <= line + lines

    lonely = {id(f) for f in sensitive if not near(f)}
    return [f for f in findings if id(f) not in lonely] if lonely else findings


def _beside_anchor(findings: list[Finding], k: int, lines: int) -> bool:
    """Whether a finding next to ``findings[k]`` in the list anchors it (a witness that it
    is near personal data; without one, ``drop_lonely_sensitive`` looks at every anchor)."""
    f = findings[k]
    for a in findings[max(k - 1, 0):k + 2:2] if k else findings[1:2]:
        if a.personal and a.category not in NOT_ANCHORS and a.detector != CARER_NAME \
                and a.path == f.path and (
                a.record == f.record if f.record is not None
                else abs(_line(a) - _line(f)) <= lines):
            return True
    return False


def _line(f: Finding) -> int:
    loc = f.location
    return int(loc.get("line") or loc.get("paragraph") or loc.get("page", 0) * 1000)
