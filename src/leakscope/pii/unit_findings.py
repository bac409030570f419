"""A unit's accepted candidates as findings: of overlapping ones the most confident (then the
longest) kept, each placed at its line and column in the unit, or at its table cell."""

from __future__ import annotations

from collections.abc import Sequence
from operator import itemgetter

from .extract.location import LINE_KEYS, is_repeat
from .finding import Finding
from .normalize import Normalized
from .unit_locations import unit_locations
from .units import TextUnit


def unit_findings(unit: TextUnit, norms: Sequence[Normalized], j: int, offset: int, found
                  ) -> list[Finding]:
    """Findings of the candidates (confidence, candidate, recognizer) kept in unit ``j`` of a
    batch (its text from ``offset`` in the buffer): of overlapping ones the most confident,
    each at its place in the unit."""
    location = unit.location
    if location.keys().isdisjoint(_PLACED):  # a table cell: every finding is at the cell
        if len(found) == 2:
            found = _best_of_two(*found)
        elif len(found) > 2:
            found = _without_overlaps(found)
        record = unit.record  # (and a joint name's other people's: 連名)
        return [Finding(rec.category, cand.value, unit.path, location, conf,
                        cand.detector or rec.detector,
                        record + cand.person if cand.person and record else record,
                        rec.personal if cand.personal is None else cand.personal)
                for conf, cand, rec in found]
    kept = _without_overlaps(found)
    norm = norms[j]
    mapped = norm.offsets is not None  # else offsets in the unit are offsets in its text
    if mapped or "overlap" in location:
        placed: list[tuple[int, tuple]] = []
        for item in kept:
            original = norm.original_offset(item[1].start - offset) if mapped \
                else item[1].start - offset
            if not is_repeat(unit, original):
                placed.append((original, item))
        placed.sort(key=itemgetter(0))
        offsets = [p[0] for p in placed]
        kept = [p[1] for p in placed]
    else:  # the unit's own offsets: in start order already
        offsets = [cand.start - offset for _, cand, _ in kept]
    locations = unit_locations(unit, offsets)
    path, record = unit.path, unit.record
    return [Finding(rec.category, cand.value, path, loc, conf, cand.detector or rec.detector,
                    record + cand.person if cand.person and record else record,
                    rec.personal if cand.personal is None else cand.personal)
            for (conf, cand, rec), loc in zip(kept, locations, strict=True)]


_PLACED = frozenset((*LINE_KEYS, "overlap"))  # locations that need an offset inside the unit


def _best_of_two(a: tuple, b: tuple) -> list:
    """``_without_overlaps`` of two candidates in start order (a cell's value and its label's)."""
    if b[1].start < a[1].start:
        a, b = b, a
    if b[1].start >= a[1].end:
        return [a, b]
    if (b[0], b[1].end - b[1].start) > (a[0], a[1].end - a[1].start):
        return [b]
    return [a]


def _without_overlaps(found: list) -> list:
    """Among overlapping candidates keep the most confident (then longest), in clusters; in
    start order (those of one start in the order kept)."""
    found.sort(key=_candidate_start)
    out: list = []
    i, n = 0, len(found)
    while i < n:  # a cluster: found[i:j], each starting before the end of those before it
        cluster_end = found[i][1].end
        j = i + 1
        while j < n and found[j][1].start < cluster_end:
            end = found[j][1].end
            if end > cluster_end:
                cluster_end = end
            j += 1
        if j == i + 1:
            out.append(found[i])
        else:
            cluster = sorted(found[i:j], key=lambda f: (-f[0], -(f[1].end - f[1].start)))
            taken: list[tuple[int, int]] = []
            kept = []
            for conf, cand, rec in cluster:
                if not any(cand.start < e and cand.end > s for s, e in taken):
                    taken.append((cand.start, cand.end))
                    kept.append((conf, cand, rec))
            kept.sort(key=_candidate_start)  # (stable: one start's in the order kept)
            out.extend(kept)
        i = j
    return out


def _candidate_start(found: tuple) -> int:
    return found[1].start
