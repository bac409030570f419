"""本人の数: link findings into people and count distinct people, not records.

A record (table row, JSON object) is one person. Free text without records is cut into
groups: a new group starts where a second, different name appears, where the place changes
(another mail, page, sheet) or after a long gap, so a mail with one name and one phone number
is one person. Groups are the same person when they share a strong identifier (My Number,
e-mail, phone, card, passport, licence, ...) or name + date of birth or name + address.
Only keys are kept in the union-find (not groups), so memory grows with identifiers, not rows.

A "thin" record (a name and a card, as in a payment export with romanized names) has nothing to
link it; it joins the one person elsewhere whose name reads the same (Sotaro Inoue =
イノウエ ソウタロウ), and only when exactly one such person exists.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import NamedTuple

from .finding import Finding
from .finding_table import FindingTable
from .romaji import name_keys

STRONG = frozenset({
    "my_number", "email_address", "phone_number", "credit_card_number", "passport_number",
    "drivers_license_number", "residence_card_number", "basic_pension_number", "us_ssn",
    "health_insurance_number",
})
# Identifiers that make a record more than a name: such a record is never "thin".
_SUBSTANTIAL = STRONG - {"credit_card_number"} | {"date_of_birth", "address"}
_NAMESAKES_KEPT = 4  # per name key; more than one substantial namesake is ambiguous anyway
# Categories that on their own mean a person is in the data.
PERSON_CATEGORIES = STRONG | {"person_name", "date_of_birth", "address", "bank_account", "iban"}
_GAP_LINES = 40
# Location keys that move within one place (a mail's headers and body are one place).
_WITHIN_PLACE = frozenset({"line", "column", "paragraph", "header", "body", "overlap"})


def _same_name(name: str, names: set[str]) -> bool:
    """山田 and 山田太郎 in one mail are one person (surname-only mentions)."""
    return any(name in other or other in name for other in names)


@dataclass
class _Group:
    place: tuple
    last_line: int = 0
    names: set[str] = field(default_factory=set)
    dobs: set[str] = field(default_factory=set)
    addresses: set[str] = field(default_factory=set)
    keys: set[tuple] = field(default_factory=set)
    thin: bool = True


class GroupSummary(NamedTuple):
    """What linking needs of one closed group: small, cheap to pickle, made where files are read."""

    keys: tuple[tuple, ...]  # strong identifiers, name+dob, name+address
    name_keys: tuple[str, ...]  # romanized name keys (kana / Latin names)
    thin: bool  # nothing but a name (and a card): may join its one namesake
    named: bool


class GroupCollector:
    """Cuts findings into groups (records, or stretches of free text) and hands out summaries.

    Runs where the findings are made (a worker process), so the parent only unions keys.
    """

    def __init__(self, sink: Callable[[GroupSummary], None]) -> None:
        self._sink = sink
        self._open: dict[str, _Group] = {}  # per path: the group being filled

    def add(self, finding: Finding) -> None:
        if not finding.personal or finding.category not in PERSON_CATEGORIES:
            return
        place = _place(finding)
        line = _line(finding) if finding.record is None else 0  # records never span lines
        group = self._open.get(finding.path)
        new_name = finding.category == "person_name" and finding.record is None and group \
            is not None and group.names and not _same_name(finding.value, group.names)
        if group is None or group.place != place or new_name or (
            finding.record is None and line - group.last_line > _GAP_LINES
        ):
            if group is not None:
                self._sink(_summary(group))
            group = self._open[finding.path] = _Group(place)
        group.last_line = line
        category, value = finding.category, finding.value
        if category in _SUBSTANTIAL:
            group.thin = False
        if category in STRONG:
            group.keys.add((category, value))
        elif category == "person_name":
            group.names.add(value)
        elif category == "date_of_birth":
            group.dobs.add(value)
        elif category == "address":
            group.addresses.add(value)

    def flush(self) -> None:
        """Close every open group (end of a file, end of the scan)."""
        for group in self._open.values():
            self._sink(_summary(group))
        self._open.clear()


def _summary(group: _Group) -> GroupSummary:
    keys = set(group.keys)
    for name in group.names:
        keys.update(("name+dob", name, d) for d in group.dobs)
        keys.update(("name+address", name, a) for a in group.addresses)
    names = {k for name in group.names for k in name_keys(name)}
    return GroupSummary(tuple(keys), tuple(names), group.thin, bool(group.names))


class SubjectLinker:
    """Feed findings in scan order (``add``) or group summaries (``absorb``); read ``count()``."""

    def __init__(self) -> None:
        self._parent: dict[int, int] = {}
        self._singletons = 0
        self._collector = GroupCollector(self.absorb)
        self._namesakes: dict[str, list[tuple[int, bool]]] = {}  # name key -> (node, thin)
        self._next_node = -1  # ids for groups that have a name but no identifier

    def add(self, finding: Finding) -> None:
        self._collector.add(finding)

    def absorb_table(self, table: FindingTable) -> None:
        """Whole table rows at once (a ``FindingTable`` holds every finding of its rows)."""
        for finding in table.findings():
            self._collector.add(finding)
        self._collector.flush()

    def count(self) -> int:
        """Distinct people so far (closes the open groups)."""
        self._collector.flush()
        self._link_namesakes()
        roots = {self._find(k) for k in self._parent}
        return self._singletons + len(roots)

    def absorb(self, group: GroupSummary) -> None:
        """Union one group's keys (hashed here: hashes differ between processes)."""
        if not group.keys and not group.named:
            self._singletons += 1
            return
        ids = [hash(k) for k in group.keys]
        if not ids:
            ids, self._next_node = [self._next_node], self._next_node - 1
        for other in ids[1:]:
            self._union(ids[0], other)
        self._find(ids[0])
        for key in group.name_keys:
            kept = self._namesakes.setdefault(key, [])
            if len(kept) < _NAMESAKES_KEPT:
                kept.append((ids[0], group.thin))

    def _link_namesakes(self) -> None:
        """Join thin records to the single substantial person whose name reads the same."""
        for kept in self._namesakes.values():
            substantial = {self._find(node) for node, thin in kept if not thin}
            if len(substantial) != 1:
                continue
            (target,) = substantial
            for node, thin in kept:
                if thin:
                    self._union(target, node)

    def _find(self, x: int) -> int:
        parent = self._parent
        root = parent.setdefault(x, x)
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    def _union(self, a: int, b: int) -> None:
        ra, rb = self._find(a), self._find(b)
        if ra != rb:
            self._parent[rb] = ra


def _place(f: Finding) -> tuple:
    if f.record is not None:
        return (f.path, f.record)
    if len(f.location) <= 2 and "line" in f.location:
        return (f.path, ())
    loc = {k: v for k, v in f.location.items() if k not in _WITHIN_PLACE}
    return (f.path, tuple(sorted(loc.items(), key=lambda kv: kv[0])))


def _line(f: Finding) -> int:
    loc = f.location
    return int(loc.get("line") or loc.get("paragraph") or 0)
