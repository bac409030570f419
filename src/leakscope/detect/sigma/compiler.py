"""A Sigma rule's condition tree (parsed by pySigma) -> one Python predicate, plus prefilter hints.

Besides the predicate, compilation derives two necessary conditions used to skip rules cheaply:

- *atoms*: lower-case literals of which at least one occurs in every event the rule matches
  (searched in one multi-pattern pass over the event text); None when no such set exists.
- *event ids*: the EventID values the rule requires, when its condition pins them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from sigma.conditions import (
    ConditionAND,
    ConditionFieldEqualsValueExpression,
    ConditionNOT,
    ConditionOR,
    ConditionValueExpression,
)
from sigma.types import (
    Placeholder,
    SigmaCasedString,
    SigmaNumber,
    SigmaRegularExpression,
    SigmaString,
)

from leakscope.detect.sigma.leaves import (
    Predicate,
    UnsupportedValue,
    field_leaf,
    grouped_strings,
    has_placeholder,
    keyword_leaf,
    literal_atom,
    never,
    regex_atom,
    string_shape,
)
from leakscope.detect.sigma.view import EventView

MIN_ATOM = 3  # shorter literals occur in nearly every event: no use as a prefilter


@dataclass(frozen=True)
class Compiled:
    predicate: Predicate
    atoms: frozenset[str] | None
    uses_keywords: bool


Placeholders = Mapping[str, Sequence[str]]


def compile_condition(node: object, placeholders: Placeholders | None = None) -> Compiled:
    """`placeholders` gives the values of `%name%` placeholders (the `expand` modifier);
    a placeholder without values matches nothing."""
    predicate, atoms, keywords = _compile(node, placeholders or {})
    return Compiled(predicate, atoms, keywords)


def _expanded(value: object, placeholders: Placeholders) -> list[object]:
    """A string with placeholders as the strings it stands for (none if unconfigured)."""
    if not isinstance(value, SigmaString) or not has_placeholder(value):
        return [value]
    known = all(p.name in placeholders for p in value.s if isinstance(p, Placeholder))
    if not known:
        return [value]  # compiles to a never-matching leaf
    return value.replace_placeholders(lambda p: iter(placeholders[p.name]))


def _leaf(node: object, placeholders: Placeholders, keyword: bool) -> Predicate:
    values = _expanded(node.value, placeholders)  # type: ignore[attr-defined]
    if keyword:
        preds = [keyword_leaf(v) for v in values]
    else:
        preds = [field_leaf(node.field, v) for v in values]  # type: ignore[attr-defined]
    return _any(preds) if preds else never


def required_values(node: object, field: str) -> frozenset[str] | None:
    """Values `field` must equal for the condition to hold, or None if unconstrained."""
    if isinstance(node, ConditionFieldEqualsValueExpression):
        if node.field != field:
            return None
        if isinstance(node.value, SigmaNumber):
            return frozenset({str(node.value.number)})
        if isinstance(node.value, SigmaString):
            shape = string_shape(node.value)
            if shape is not None and shape[0] == "eq":
                return frozenset({shape[1].strip().lower()})
        return None
    if isinstance(node, ConditionAND):
        found = [v for v in (required_values(a, field) for a in node.args) if v is not None]
        if not found:
            return None
        return frozenset.intersection(*found)
    if isinstance(node, ConditionOR):
        found = [required_values(a, field) for a in node.args]
        if any(v is None for v in found):
            return None
        return frozenset().union(*found)
    return None


def _string_atom(value: object) -> frozenset[str] | None:
    if isinstance(value, SigmaRegularExpression):
        atom = regex_atom(value)
        return frozenset({atom}) if atom and len(atom) >= MIN_ATOM else None
    if isinstance(value, SigmaString):
        atom = literal_atom(value)
        return frozenset({atom}) if atom and len(atom) >= MIN_ATOM else None
    if isinstance(value, SigmaNumber):
        text = str(value.number)
        return frozenset({text}) if len(text) >= MIN_ATOM else None
    return None


def _best(sets: list[frozenset[str]]) -> frozenset[str] | None:
    """The most selective atom set: longest shortest literal, then fewest literals."""
    if not sets:
        return None
    return max(sets, key=lambda s: (min(len(a) for a in s), -len(s)))


def _compile(node: object, ph: Placeholders) -> tuple[Predicate, frozenset[str] | None, bool]:
    if isinstance(node, ConditionFieldEqualsValueExpression):
        return _leaf(node, ph, keyword=False), _string_atom(node.value), False
    if isinstance(node, ConditionValueExpression):
        return _leaf(node, ph, keyword=True), _string_atom(node.value), True
    if isinstance(node, ConditionNOT):
        inner, _, keywords = _compile(node.args[0], ph)
        return (lambda view: not inner(view)), None, keywords
    if isinstance(node, ConditionAND):
        parts = [_compile(a, ph) for a in node.args]
        preds = tuple(p for p, _, _ in parts)
        atoms = _best([a for _, a, _ in parts if a is not None])
        return _all(preds), atoms, any(k for _, _, k in parts)
    if isinstance(node, ConditionOR):
        preds, atom_sets, keywords = _compile_or(node.args, ph)
        atoms = None if any(a is None for a in atom_sets) else frozenset().union(*atom_sets)
        return _any(preds), atoms, keywords
    raise UnsupportedValue(f"unsupported condition element {type(node).__name__}")


def _compile_or(args: list[object], ph: Placeholders
                ) -> tuple[list[Predicate], list[frozenset[str] | None], bool]:
    """OR-ed plain strings on one field are grouped into one tuple test (Image|endswith lists)."""
    groups: dict[tuple[str, str], list[str]] = defaultdict(list)
    preds: list[Predicate] = []
    atom_sets: list[frozenset[str] | None] = []
    keywords = False
    for arg in args:
        value = getattr(arg, "value", None)
        if isinstance(arg, ConditionFieldEqualsValueExpression) and \
                isinstance(value, SigmaString) and not isinstance(value, SigmaCasedString) \
                and not has_placeholder(value):
            shape = string_shape(value)
            if shape is not None:
                groups[(arg.field, shape[0])].append(shape[1])
                atom_sets.append(_string_atom(value))
                continue
        pred, atoms, kw = _compile(arg, ph)
        preds.append(pred)
        atom_sets.append(atoms)
        keywords = keywords or kw
    grouped = [grouped_strings(field, kind, lits) for (field, kind), lits in groups.items()]
    return grouped + preds, atom_sets, keywords


def _all(preds: tuple[Predicate, ...]) -> Predicate:
    if len(preds) == 1:
        return preds[0]
    if len(preds) == 2:
        first, second = preds
        return lambda view: first(view) and second(view)

    def pred(view: EventView) -> bool:
        for p in preds:  # noqa: SIM110 - a plain loop is faster than all(genexpr)
            if not p(view):
                return False
        return True
    return pred


def _any(preds: list[Predicate]) -> Predicate:
    if len(preds) == 1:
        return preds[0]
    frozen: tuple[Callable[[EventView], bool], ...] = tuple(preds)

    def pred(view: EventView) -> bool:
        for p in frozen:  # noqa: SIM110 - a plain loop is faster than any(genexpr)
            if p(view):
                return True
        return False
    return pred
