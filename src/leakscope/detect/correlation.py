"""Sigma correlation rules (event_count, value_count, temporal, temporal_ordered).

Matches of the referenced rules are collected per group-by key during the event pass; when
the events have all been seen, a sliding window of the rule's timespan runs over each group
in time order and every window that meets the condition becomes one detection.  A correlation
may refer to another correlation (Sigma's chaining: "a burst of failed logons, then a success
from the same source"); its detections are fed on as hits, upstream correlations first.
"""

from __future__ import annotations

import operator
from collections import defaultdict, deque
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sigma.correlations import (
    CorrelationConditionAND,
    CorrelationConditionNOT,
    SigmaCorrelationConditionOperator,
    SigmaCorrelationRule,
    SigmaCorrelationType,
    SigmaExtendedCorrelationCondition,
    SigmaRuleReference,
)

from leakscope.detect.model import Detection, entity_of, provenance_of
from leakscope.detect.sigma.loader import CompiledRule, RuleSet
from leakscope.detect.sigma.view import EventView

MAX_EVIDENCE = 100
_OPS = {
    SigmaCorrelationConditionOperator.LT: operator.lt,
    SigmaCorrelationConditionOperator.LTE: operator.le,
    SigmaCorrelationConditionOperator.GT: operator.gt,
    SigmaCorrelationConditionOperator.GTE: operator.ge,
    SigmaCorrelationConditionOperator.EQ: operator.eq,
    SigmaCorrelationConditionOperator.NEQ: operator.ne,
}


def epoch(stamp: Any) -> float | None:
    """Seconds since 1970 for an ISO 8601 stamp (None when absent or unreadable)."""
    if not isinstance(stamp, str) or not stamp:
        return None
    try:
        return datetime.fromisoformat(stamp.replace("Z", "+00:00")).timestamp()
    except ValueError:
        return None


@dataclass
class _Hit:
    """What a correlation keeps of a base-rule match (not the event: memory stays small)."""

    time: float
    ref: str
    value: str | None
    row: dict[str, Any]  # provenance + @timestamp
    entity: dict[str, str]


def _holds_expression(node: object, seen: set[str]) -> bool:
    """An extended temporal condition (`rule_a and not rule_b`) over the rules seen."""
    if isinstance(node, SigmaRuleReference):
        return node.reference in seen
    args = getattr(node, "args", [])
    if isinstance(node, CorrelationConditionNOT):
        return not _holds_expression(args[0], seen)
    if isinstance(node, CorrelationConditionAND):
        return all(_holds_expression(a, seen) for a in args)
    return any(_holds_expression(a, seen) for a in args)  # CorrelationConditionOR


class _Correlation:
    def __init__(self, rule: SigmaCorrelationRule, refs: dict[str, str]) -> None:
        self.rule = rule
        self.refs = refs  # compiled rule id -> reference as written in the correlation
        self.groups: dict[tuple[str, ...], list[_Hit]] = defaultdict(list)
        aliases = rule.aliases.aliases if rule.aliases else {}
        self.aliases = {name: {ref.reference: field for ref, field in alias.mapping.items()}
                        for name, alias in aliases.items()}

    def _field(self, name: str, ref: str) -> str:
        return self.aliases.get(name, {}).get(ref, name)

    def feed(self, rule_id: str, event: Mapping[str, Any], view: EventView) -> None:
        ref = self.refs[rule_id]
        stamp = epoch(event.get("@timestamp"))
        if stamp is None:
            return
        key = tuple("|".join(view.strs(self._field(f, ref))) for f in self.rule.group_by or [])
        value = None
        condition = self.rule.condition
        fieldref = getattr(condition, "fieldref", None)
        if self.rule.type == SigmaCorrelationType.VALUE_COUNT and fieldref:
            name = fieldref if isinstance(fieldref, str) else fieldref[0]
            values = view.strs(self._field(name, ref))
            if not values:
                return
            value = values[0]
        row = provenance_of(event) | {"@timestamp": event.get("@timestamp")}
        self.groups[key].append(_Hit(stamp, ref, value, row, entity_of(event)))

    def feed_detection(self, ref: str, detection: Detection) -> None:
        """A detection of a correlation this one refers to, as one hit (its group-by values
        are in its entity)."""
        stamp = epoch(detection.timestamp)
        if stamp is None:
            return
        key = tuple(detection.entity.get(self._field(f, ref), "")
                    for f in self.rule.group_by or [])
        row = dict(detection.provenance) | {"@timestamp": detection.timestamp}
        self.groups[key].append(_Hit(stamp, ref, None, row, dict(detection.entity)))

    def _holds(self, window: deque[_Hit]) -> bool:
        kind = self.rule.type
        condition = self.rule.condition
        if kind in (SigmaCorrelationType.TEMPORAL, SigmaCorrelationType.TEMPORAL_ORDERED):
            wanted = [ref.reference for ref in self.rule.rules or []]
            seen = [h.ref for h in window]
            if isinstance(condition, SigmaExtendedCorrelationCondition):  # a and not b ...
                return _holds_expression(condition.parsed, set(seen))
            if kind == SigmaCorrelationType.TEMPORAL:
                return set(wanted) <= set(seen)
            position = 0
            for ref in seen:
                if position < len(wanted) and ref == wanted[position]:
                    position += 1
            return position == len(wanted)
        count = len({h.value for h in window}) if kind == SigmaCorrelationType.VALUE_COUNT \
            else len(window)
        op = _OPS.get(getattr(condition, "op", None), operator.ge)
        return op(count, getattr(condition, "count", 1))

    def finish(self) -> Iterator[Detection]:
        span = self.rule.timespan.seconds if self.rule.timespan else 0
        for key, hits in self.groups.items():
            hits.sort(key=lambda h: h.time)
            window: deque[_Hit] = deque()
            for hit in hits:
                window.append(hit)
                while window and hit.time - window[0].time > span:
                    window.popleft()
                if self._holds(window):
                    yield self._detection(key, list(window))
                    window.clear()

    def _detection(self, key: tuple[str, ...], hits: list[_Hit]) -> Detection:
        rule = self.rule
        last = hits[-1]
        entity = dict(last.entity)
        for name, value in zip(rule.group_by or [], key, strict=False):
            entity[name] = value
        provenance = {k: v for k, v in last.row.items() if k != "@timestamp"}
        return Detection(
            rule=str(rule.id) if rule.id else rule.title, title=rule.title,
            level=rule.level.name.lower() if rule.level else "medium",
            tags=[f"{t.namespace}.{t.name}" for t in rule.tags],
            timestamp=last.row["@timestamp"], entity=entity, provenance=provenance,
            source="correlation", description=rule.description or "",
            evidence=[h.row for h in hits[:MAX_EVIDENCE]],
        )


class CorrelationEngine:
    """Feeds matches of referenced rules (and detections of referenced correlations) to their
    correlation rules."""

    def __init__(self, ruleset: RuleSet) -> None:
        by_ref: dict[str, CompiledRule] = {}
        for rule in ruleset.rules:
            by_ref[rule.id] = rule
            if rule.name:
                by_ref[rule.name] = rule
        self._by_rule: dict[str, list[_Correlation]] = defaultdict(list)
        self.correlations: list[_Correlation] = []
        for corr in ruleset.correlations:
            refs = {by_ref[r.reference].id: r.reference for r in corr.rules or []
                    if r.reference in by_ref}
            item = _Correlation(corr, refs)
            self.correlations.append(item)
            for rule_id in refs:
                self._by_rule[rule_id].append(item)
        names = {name: item for item in self.correlations
                 for name in (str(item.rule.id) if item.rule.id else None, item.rule.name)
                 if name}
        # upstream correlation -> (downstream, reference as written there)
        self._downstream: dict[int, list[tuple[_Correlation, str]]] = defaultdict(list)
        self._upstream: dict[int, set[int]] = defaultdict(set)
        for item in self.correlations:
            for ref in item.rule.rules or []:
                upstream = names.get(ref.reference)
                if upstream is not None and upstream is not item:
                    self._downstream[id(upstream)].append((item, ref.reference))
                    self._upstream[id(item)].add(id(upstream))
        self._silent = {id(up) for up in self.correlations
                        if self._downstream.get(id(up))
                        and not any(down.rule.generate for down, _ in self._downstream[id(up)])}

    def feed(self, rule: CompiledRule, event: Mapping[str, Any], view: EventView) -> None:
        for item in self._by_rule.get(rule.id, ()):
            item.feed(rule.id, event, view)

    def _ordered(self) -> list[_Correlation]:
        """Upstream correlations before those that refer to them (a cycle keeps file order)."""
        done: set[int] = set()
        order: list[_Correlation] = []
        pending = list(self.correlations)
        while pending:
            ready = [c for c in pending if self._upstream[id(c)] <= done] or pending[:1]
            for item in ready:
                order.append(item)
                done.add(id(item))
                pending.remove(item)
        return order

    def finish(self) -> Iterator[Detection]:
        for item in self._ordered():
            for detection in item.finish():
                for downstream, ref in self._downstream.get(id(item), ()):
                    downstream.feed_detection(ref, detection)
                if id(item) not in self._silent:
                    yield detection
