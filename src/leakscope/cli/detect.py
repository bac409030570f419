"""`leakscope detect` (Sigma rules + leak analytics over logs) and `leakscope rules check`."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import typer
import yaml
from rich.markup import escape
from rich.table import Table

from leakscope.cli.console import DeferredProgress, console, emit_jsonl, err_console
from leakscope.cli.errors import open_case
from leakscope.detect import BUNDLED_RULES, Detection, default_analytics, load_rules, run
from leakscope.detect.inputs import case_events, expand, file_events
from leakscope.detect.sigma.loader import RuleSet
from leakscope.detect.store import LEVEL_ORDER, DetectionSink
from leakscope.timeline import ParseError

RULES_ENV = "LEAKSCOPE_SIGMA_RULES"
BUNDLED_NAME = "bundled"  # names leakscope's own rules in --rules and $LEAKSCOPE_SIGMA_RULES
LEVEL_STYLE = {"critical": "bold red", "high": "red", "medium": "yellow", "low": "cyan"}

rules_app = typer.Typer(help="Sigma rule sets.", no_args_is_help=True)


def _placeholders(path: Path | None) -> dict[str, list[str]] | None:
    if path is None:
        return None
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        err_console.print(f"[red]error:[/red] {path}: {exc}")
        raise typer.Exit(2) from exc
    if not isinstance(data, dict):
        err_console.print(f"[red]error:[/red] {path}: expected a mapping name -> values")
        raise typer.Exit(2)
    return {str(k).strip("%"): [str(v) for v in (vs if isinstance(vs, list) else [vs])]
            for k, vs in data.items()}


def _rule_dirs(given: list[Path] | None) -> list[Path]:
    """--rules, else $LEAKSCOPE_SIGMA_RULES, else the bundled rules; `bundled` names them."""
    if not given:
        configured = os.environ.get(RULES_ENV, "")
        given = [Path(p) for p in configured.split(os.pathsep) if p] or [BUNDLED_RULES]
    return [BUNDLED_RULES if str(p) == BUNDLED_NAME else p for p in given]


class _Run:
    """One run's outputs as detections arrive: JSON Lines, the case sink, and for people a
    table of the most severe (bounded, like every other piece of state here)."""

    TABLE_MAX = 200
    ERRORS_SHOWN = 20

    def __init__(self, json_out: bool, sink: DetectionSink | None,
                 min_level: str = "informational") -> None:
        self.json_out, self.sink = json_out, sink
        self.max_rank = LEVEL_ORDER[min_level]
        self.events = self.errors = 0
        self.levels: Counter[str] = Counter()
        self.top: list[Detection] = []
        self.by_rule: dict[tuple[str, str], list[Any]] = {}  # (level, title) -> n, first, last
        self.error_samples: list[ParseError] = []

    def events_of(self, items: Iterator[Any]) -> Iterator[dict[str, Any]]:
        for item in items:
            if isinstance(item, ParseError):
                self.error(item)
                continue
            self.events += 1
            yield item

    def error(self, error: ParseError) -> None:
        self.errors += 1
        if self.json_out:
            emit_jsonl(error.to_json())
        elif len(self.error_samples) < self.ERRORS_SHOWN:
            self.error_samples.append(error)

    def detection(self, detection: Detection) -> None:
        if LEVEL_ORDER.get(detection.level, len(LEVEL_ORDER)) > self.max_rank:
            return
        self.levels[detection.level] += 1
        if self.json_out:
            emit_jsonl(detection.to_json())
        if self.sink is not None:
            self.sink.add(detection)
        if not self.json_out:
            stamp = detection.timestamp or ""
            row = self.by_rule.setdefault((detection.level, detection.title), [0, stamp, stamp])
            row[0] += 1
            row[1], row[2] = min(row[1], stamp), max(row[2], stamp)
            self.top.append(detection)
            if len(self.top) > 2 * self.TABLE_MAX:
                self.top = _most_severe(self.top)[:self.TABLE_MAX]


def _most_severe(detections: list[Detection]) -> list[Detection]:
    return sorted(detections, key=lambda d: (LEVEL_ORDER.get(d.level, 9), d.timestamp or ""))


def _with_progress(paths: list[Path], zone: str | None, bar: DeferredProgress
                   ) -> Iterator[Any]:
    """Events of each file in turn, advancing the progress bar by the file's size."""
    files = list(expand(paths))
    sizes = [_size(p) for p in files]
    bar.set_total(sum(sizes))
    for path, size in zip(files, sizes, strict=True):
        if isinstance(path, ParseError):
            yield path
            continue
        yield from file_events([path], zone)
        bar.advance(size)


def _size(path: Path | ParseError) -> int:
    """Bytes of a regular file; 0 for anything else, or a file that is gone already."""
    try:
        return path.stat().st_size if isinstance(path, Path) and path.is_file() else 0
    except OSError:
        return 0


def _rule_table(by_rule: dict[tuple[str, str], list[Any]]) -> Table:
    """One row per rule: how often, first and last time (the shape of the intrusion)."""
    table = Table(title="by rule")
    for column in ("level", "rule", "count", "first (UTC)", "last (UTC)"):
        table.add_column(column, overflow="fold")
    rows = sorted(by_rule.items(), key=lambda kv: (LEVEL_ORDER.get(kv[0][0], 9), -kv[1][0]))
    for (level, title), (count, first, last) in rows:
        table.add_row(f"[{LEVEL_STYLE.get(level, '')}]{level}[/]", escape(title), str(count),
                      first, last)
    return table


def _table(detections: list[Detection], total: int) -> Table:
    title = f"{total} detection(s)" + (f", the {len(detections)} most severe shown"
                                       if total > len(detections) else "")
    table = Table(title=title)
    for column in ("level", "time (UTC)", "rule", "entity", "where"):
        table.add_column(column, overflow="fold")
    for d in detections:
        entity = " ".join(f"{k}={v}" for k, v in d.entity.items())
        where = f"{Path(d.path).name}:{d.record}" if d.path else ""
        table.add_row(f"[{LEVEL_STYLE.get(d.level, '')}]{d.level}[/]", d.timestamp or "",
                      escape(d.title), escape(entity), escape(where))  # log text, not markup
    return table


def detect(
    paths: list[Path] = typer.Argument(None, help="Log files or folders (any supported format)."),
    case_dir: Path = typer.Option(None, "--case", help="Store detections in this case; "
                                  "without PATH, run over the case's ingested timeline."),
    rules: list[Path] = typer.Option(None, "--rules", help="Sigma rule folder or file "
                                     f"(repeatable; default: ${RULES_ENV}, folders joined by "
                                     f"'{os.pathsep}', else leakscope's bundled rules). "
                                     f"`--rules {BUNDLED_NAME}` names the bundled rules, so "
                                     f"`--rules {BUNDLED_NAME} --rules DIR` runs them alongside "
                                     f"yours (also in ${RULES_ENV})."),
    geoip: list[Path] = typer.Option(None, "--geoip", help="MaxMind .mmdb (City/Country, ASN) "
                                     "for new-country and impossible-travel analytics."),
    timezone: str = typer.Option(None, "--timezone", help="Zone for off-hours and zone-less "
                                 "logs (default: the case's, else Asia/Tokyo)."),
    placeholders: Path = typer.Option(None, "--placeholders", help="YAML mapping of Sigma "
                                      "placeholder names to lists of values (for `|expand`; "
                                      "e.g. known_cdcs with the domain controllers)."),
    min_level: str = typer.Option("informational", "--min-level", help="Report only "
                                  "detections at this level or above (informational, low, "
                                  "medium, high, critical)."),
    no_analytics: bool = typer.Option(False, "--no-analytics", help="Sigma rules only."),
    json_out: bool = typer.Option(False, "--json", help="JSON Lines output."),
) -> None:
    """Find how they got in and what they took: Sigma rules and leak analytics."""
    paths = paths or []
    if min_level not in LEVEL_ORDER:
        err_console.print(f"[red]error:[/red] --min-level must be one of {', '.join(LEVEL_ORDER)}")
        raise typer.Exit(2)
    if not paths and case_dir is None:
        err_console.print("[red]error:[/red] give log files / folders, or --case CASE")
        raise typer.Exit(2)
    started = datetime.now(UTC).isoformat()
    rule_dirs = _rule_dirs(rules)
    ruleset = load_rules(rule_dirs, _placeholders(placeholders))
    for error in ruleset.errors:
        if json_out:
            emit_jsonl(error.to_json())
    if ruleset.errors and not json_out:
        for error in ruleset.errors[:3]:
            err_console.print(f"[yellow]rules: {escape(error.path)}: {escape(error.message)}"
                              "[/yellow]")
        err_console.print(f"[yellow]{len(ruleset.errors)} rule file(s) or rule(s) did not "
                          "load (see `leakscope rules check`)[/yellow]")
    with DeferredProgress("detecting", enabled=not json_out) as bar:
        if case_dir is None:
            zone = timezone or "Asia/Tokyo"
            outputs = _Run(json_out, None, min_level)
            _detect(outputs, _with_progress(paths, zone, bar), ruleset, geoip, zone,
                    no_analytics)
            run_id = None
        else:
            with open_case(case_dir) as case:
                zone = timezone or case.timezone
                outputs = _Run(json_out, DetectionSink(case, started), min_level)
                _detect(outputs, _with_progress(paths, zone, bar) if paths else
                        case_events(case), ruleset, geoip, zone, no_analytics)
                run_id = outputs.sink.close(  # type: ignore[union-attr]
                    events=outputs.events, rules=len(ruleset), rule_errors=len(ruleset.errors),
                    inputs=[str(p) for p in paths] or ["case timeline"])
    _finish(outputs, ruleset, run_id)


def _detect(outputs: _Run, items: Iterator[Any], ruleset: RuleSet, geoip: list[Path] | None,
            zone: str, no_analytics: bool) -> None:
    analytics = [] if no_analytics else default_analytics(geoip or None, zone)
    for detection in run(outputs.events_of(items), ruleset, analytics):
        outputs.detection(detection)


def _finish(outputs: _Run, ruleset: RuleSet, run_id: str | None) -> None:
    total = sum(outputs.levels.values())
    summary = {"type": "summary", "events": outputs.events, "detections": total,
               "levels": dict(outputs.levels), "rules": len(ruleset),
               "rule_errors": len(ruleset.errors), "errors": outputs.errors, "run_id": run_id}
    if outputs.json_out:
        emit_jsonl(summary)
        return
    for error in outputs.error_samples:
        err_console.print(f"[red]error:[/red] {escape(error.path)}: {escape(error.message)}")
    if outputs.errors > len(outputs.error_samples):
        err_console.print(f"... {outputs.errors - len(outputs.error_samples)} more errors "
                          "(--json lists them all)")
    shown = _most_severe(outputs.top)[:_Run.TABLE_MAX]
    console.print(_table(shown, total))
    if outputs.by_rule:
        console.print(_rule_table(outputs.by_rule))
    levels = ", ".join(f"{n} {level}" for level, n in outputs.levels.most_common())
    console.print(f"{outputs.events} events, {total} detections ({levels or 'none'}), "
                  f"{len(ruleset)} rules" + (f", stored as run {run_id}" if run_id else ""))


@rules_app.command("check")
def check(
    dirs: list[Path] = typer.Argument(None, help="Sigma rule folders or files (default: "
                                      f"the bundled rules; `{BUNDLED_NAME}` names them)."),
    json_out: bool = typer.Option(False, "--json", help="JSON Lines output."),
) -> None:
    """Load every rule and list each one that did not load, and why."""
    ruleset = load_rules(_rule_dirs(dirs))
    loaded = len(ruleset)
    if json_out:
        for error in ruleset.errors:
            emit_jsonl(error.to_json())
        emit_jsonl({"type": "summary", "files": ruleset.files, "loaded": loaded,
                    "errors": len(ruleset.errors)})
    else:
        if ruleset.errors:
            table = Table(title="rules that did not load")
            for column in ("file", "rule", "why"):
                table.add_column(column, overflow="fold")
            for error in ruleset.errors:
                table.add_row(escape(error.path), escape(error.rule or ""), escape(error.message))
            console.print(table)
        console.print(f"{ruleset.files} files, {loaded} rules loaded, "
                      f"{len(ruleset.errors)} did not load")
    if ruleset.errors:
        raise typer.Exit(1)
