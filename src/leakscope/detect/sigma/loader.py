"""Load Sigma rule files as they are (pySigma parses them) and compile each to a predicate."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from sigma.collection import SigmaCollection
from sigma.correlations import SigmaCorrelationRule
from sigma.exceptions import SigmaError
from sigma.rule import SigmaRule

from leakscope.detect.model import LoadError
from leakscope.detect.sigma.compiler import (
    Compiled,
    Placeholders,
    compile_condition,
    required_values,
)
from leakscope.detect.sigma.leaves import UnsupportedValue

RULE_SUFFIXES = (".yml", ".yaml")
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
MAX_RULE_BYTES = 1024 * 1024  # SigmaHQ's largest rule is ~100 KB


def _check_untrusted(path: Path, text: str) -> None:
    """Refuse what no Sigma rule needs and a hostile file uses: huge files, YAML aliases
    (the "billion laughs" expansion blows up when pySigma copies the tree)."""
    if len(text) > MAX_RULE_BYTES:
        raise ValueError(f"rule file larger than {MAX_RULE_BYTES} bytes")
    if "&" in text and "*" in text and any(
            isinstance(event, yaml.AliasEvent) for event in yaml.parse(text, Loader=_LOADER)):
        raise ValueError("YAML aliases are not allowed in rule files")


@dataclass
class CompiledRule:
    """A Sigma detection rule ready to run."""

    id: str
    name: str | None
    title: str
    level: str
    tags: list[str]
    path: str
    logsource: tuple[str | None, str | None, str | None]
    compiled: Compiled
    event_ids: frozenset[str] | None
    description: str = ""
    generate: bool = True  # False for a rule that only feeds a correlation


@dataclass
class RuleSet:
    """Every loaded rule, plus the files and rules that did not load (never silently dropped)."""

    rules: list[CompiledRule] = field(default_factory=list)
    correlations: list[SigmaCorrelationRule] = field(default_factory=list)
    errors: list[LoadError] = field(default_factory=list)
    files: int = 0

    def __len__(self) -> int:
        return len(self.rules) + len(self.correlations)


def _lower(value: str | None) -> str | None:
    return value.lower() if value else None


def compile_rule(rule: SigmaRule, path: str,
                 placeholders: Placeholders | None = None) -> CompiledRule:
    """Compile one parsed rule; raises SigmaError / UnsupportedValue with the reason."""
    conditions = [c.parsed for c in rule.detection.parsed_condition]
    parts = [compile_condition(c, placeholders) for c in conditions]
    if len(parts) == 1:
        compiled = parts[0]
        event_ids = required_values(conditions[0], "EventID")
    else:  # several conditions are OR-ed (deprecated Sigma form)
        preds = [p.predicate for p in parts]
        atoms = None if any(p.atoms is None for p in parts) else \
            frozenset().union(*(p.atoms for p in parts))
        compiled = Compiled(lambda view: any(p(view) for p in preds), atoms,
                            any(p.uses_keywords for p in parts))
        event_ids = None
    ls = rule.logsource
    return CompiledRule(
        id=str(rule.id) if rule.id else f"{path}:{rule.title}",
        name=rule.name, title=rule.title or "", path=path,
        level=rule.level.name.lower() if rule.level else "informational",
        tags=[f"{t.namespace}.{t.name}" for t in rule.tags],
        logsource=(_lower(ls.product), _lower(ls.service), _lower(ls.category)),
        compiled=compiled, event_ids=event_ids, description=rule.description or "",
    )


def rule_files(paths: Iterable[Path]) -> list[Path]:
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            out.extend(sorted(p for p in path.rglob("*") if p.suffix in RULE_SUFFIXES
                              and p.is_file()))
        else:
            out.append(path)
    return out


def load_file(path: Path, ruleset: RuleSet, placeholders: Placeholders | None = None) -> None:
    """Parse and compile every rule in one file into `ruleset`, recording what failed."""
    display = str(path)
    ruleset.files += 1
    try:
        if path.stat().st_size > MAX_RULE_BYTES:
            raise ValueError(f"rule file larger than {MAX_RULE_BYTES} bytes")
        text = path.read_text(encoding="utf-8")
        _check_untrusted(path, text)
        # libyaml is 6x faster than pySigma's pure-Python YAML parse; correlation references
        # are resolved across files below, so pySigma does not resolve them per file
        documents = list(yaml.load_all(text, Loader=_LOADER))
        collection = SigmaCollection.from_dicts(documents, collect_errors=True,
                                                resolve_references=False)
    except (OSError, UnicodeDecodeError, SigmaError, ValueError, yaml.YAMLError) as exc:
        ruleset.errors.append(LoadError(display, f"{type(exc).__name__}: {exc}"))
        return
    for item in collection.rules:
        errors = getattr(item, "errors", None)
        rid = str(item.id) if getattr(item, "id", None) else None
        if errors:
            for error in errors:
                ruleset.errors.append(LoadError(display, str(error), rid))
            continue
        if isinstance(item, SigmaCorrelationRule):
            item.source_path = display  # type: ignore[attr-defined]
            ruleset.correlations.append(item)
            continue
        try:
            ruleset.rules.append(compile_rule(item, display, placeholders))
        except (SigmaError, UnsupportedValue, RecursionError, ValueError, TypeError) as exc:
            ruleset.errors.append(LoadError(display, f"{type(exc).__name__}: {exc}", rid))


def load_rules(dirs: Iterable[str | Path], placeholders: Placeholders | None = None) -> RuleSet:
    """Load every *.yml / *.yaml under `dirs`; what fails is in `RuleSet.errors`.

    `placeholders` maps `%name%` placeholder names (the `expand` modifier) to their values;
    unconfigured placeholders match nothing (a filter with one then filters nothing).
    """
    ruleset = RuleSet()
    for folder in (Path(d) for d in dirs):
        files = rule_files([folder])
        if not files:
            ruleset.errors.append(LoadError(str(folder), "no Sigma rules (*.yml, *.yaml) in "
                                            "this folder"))
        for path in files:
            load_file(path, ruleset, placeholders)
    known = {r.id for r in ruleset.rules} | {r.name for r in ruleset.rules if r.name} | \
        {str(c.id) for c in ruleset.correlations if c.id} | \
        {c.name for c in ruleset.correlations if c.name}
    for corr in ruleset.correlations:
        for ref in corr.rules or []:
            if ref.reference not in known:
                ruleset.errors.append(LoadError(
                    getattr(corr, "source_path", ""),
                    f"correlation refers to unknown rule {ref.reference!r}",
                    str(corr.id) if corr.id else None))
    referenced = {ref.reference for c in ruleset.correlations for ref in (c.rules or [])}
    for rule in ruleset.rules:
        if (rule.id in referenced or rule.name in referenced) and not _generates(ruleset, rule):
            rule.generate = False
    return ruleset


def _generates(ruleset: RuleSet, rule: CompiledRule) -> bool:
    """A rule referenced by a correlation alerts on its own only if a correlation says so."""
    return any(c.generate for c in ruleset.correlations
               if any(ref.reference in (rule.id, rule.name) for ref in (c.rules or [])))
