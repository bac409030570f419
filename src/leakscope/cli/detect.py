"""`leakscope detect` (Sigma rules + leak analytics over logs) and `leakscope rules check`."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import typer
from rich.table import Table

from leakscope.cli.console import DeferredProgress, console, emit_jsonl, err_console
from leakscope.cli.errors import open_case
from leakscope.detect import Detection, default_analytics, load_rules, run
from leakscope.detect.inputs import case_events, expand, file_events
from leakscope.detect.sigma.loader import RuleSet
from leakscope.detect.store import LEVEL_ORDER, save_run
from leakscope.timeline import ParseError

RULES_ENV = "LEAKSCOPE_SIGMA_RULES"
LEVEL_STYLE = {"critical": "bold red", "high": "red", "medium": "yellow", "low": "cyan"}

rules_app = typer.Typer(help="Sigma rule sets.", no_args_is_help=True)


def _rule_dirs(given: list[Path] | None) -> list[Path]:
    if given:
        return given
    configured = os.environ.get(RULES_ENV, "")
    return [Path(p) for p in configured.split(os.pathsep) if p]


class _Counted:
    """Passes events through, counting them and turning parse errors into error records."""

    def __init__(self, items: Iterator[Any], errors: list[ParseError]) -> None:
        self.items, self.errors, self.events = items, errors, 0

    def __iter__(self) -> Iterator[dict[str, Any]]:
        for item in self.items:
            if isinstance(item, ParseError):
                self.errors.append(item)
                continue
            self.events += 1
            yield item


def _with_progress(paths: list[Path], zone: str | None, bar: DeferredProgress
                   ) -> Iterator[Any]:
    """Events of each file in turn, advancing the progress bar by the file's size."""
    files = list(expand(paths))
    bar.set_total(sum(p.stat().st_size for p in files if p.is_file()))
    for path in files:
        yield from file_events([path], zone)
        if path.is_file():
            bar.advance(path.stat().st_size)


def _table(detections: list[Detection]) -> Table:
    table = Table(title=f"{len(detections)} detection(s)")
    for column in ("level", "time (UTC)", "rule", "entity", "where"):
        table.add_column(column, overflow="fold")
    ordered = sorted(detections, key=lambda d: (LEVEL_ORDER.get(d.level, 9), d.timestamp or ""))
    for d in ordered:
        entity = " ".join(f"{k}={v}" for k, v in d.entity.items())
        where = f"{Path(d.path).name}:{d.record}" if d.path else ""
        table.add_row(f"[{LEVEL_STYLE.get(d.level, '')}]{d.level}[/]", d.timestamp or "",
                      d.title, entity, where)
    return table


def detect(
    paths: list[Path] = typer.Argument(None, help="Log files or folders (any supported format)."),
    case_dir: Path = typer.Option(None, "--case", help="Store detections in this case; "
                                  "without PATH, run over the case's ingested timeline."),
    rules: list[Path] = typer.Option(None, "--rules", help="Sigma rule folder or file "
                                     f"(repeatable; default: ${RULES_ENV})."),
    geoip: list[Path] = typer.Option(None, "--geoip", help="MaxMind .mmdb (City/Country, ASN) "
                                     "for new-country and impossible-travel analytics."),
    timezone: str = typer.Option(None, "--timezone", help="Zone for off-hours and zone-less "
                                 "logs (default: the case's, else Asia/Tokyo)."),
    no_analytics: bool = typer.Option(False, "--no-analytics", help="Sigma rules only."),
    json_out: bool = typer.Option(False, "--json", help="JSON Lines output."),
) -> None:
    """Find how they got in and what they took: Sigma rules and leak analytics."""
    paths = paths or []
    if not paths and case_dir is None:
        err_console.print("[red]error:[/red] give log files / folders, or --case CASE")
        raise typer.Exit(2)
    started = datetime.now(UTC).isoformat()
    rule_dirs = _rule_dirs(rules)
    ruleset = load_rules(rule_dirs) if rule_dirs else RuleSet()
    if not rule_dirs and not json_out:
        err_console.print(f"[yellow]no Sigma rules given (--rules or ${RULES_ENV}): "
                          "running the leak analytics only[/yellow]")
    for error in ruleset.errors:
        if json_out:
            emit_jsonl(error.to_json())
    if ruleset.errors and not json_out:
        err_console.print(f"[yellow]{len(ruleset.errors)} rule(s) did not load "
                          "(see `leakscope rules check`)[/yellow]")
    with DeferredProgress("detecting", enabled=not json_out) as bar:
        if case_dir is not None:
            with open_case(case_dir) as case:
                zone = timezone or case.timezone
                items = _with_progress(paths, zone, bar) if paths else case_events(case)
                found, counted = _detect(items, ruleset, geoip, zone, no_analytics, json_out)
                run_id = save_run(case, found, started=started, events=counted.events,
                                  rules=len(ruleset), rule_errors=len(ruleset.errors),
                                  inputs=[str(p) for p in paths] or ["case timeline"])
        else:
            zone = timezone or "Asia/Tokyo"
            found, counted = _detect(_with_progress(paths, zone, bar), ruleset, geoip, zone,
                                     no_analytics, json_out)
            run_id = None
    _finish(found, counted, ruleset, run_id, json_out)


def _detect(items: Iterator[Any], ruleset: RuleSet, geoip: list[Path] | None, zone: str,
            no_analytics: bool, json_out: bool) -> tuple[list[Detection], _Counted]:
    counted = _Counted(items, [])
    analytics = [] if no_analytics else default_analytics(geoip or None, zone)
    found: list[Detection] = []
    reported = 0
    for detection in run(counted, ruleset, analytics):
        found.append(detection)
        if json_out:
            for error in counted.errors[reported:]:
                emit_jsonl(error.to_json())
            reported = len(counted.errors)
            emit_jsonl(detection.to_json())
    if json_out:
        for error in counted.errors[reported:]:
            emit_jsonl(error.to_json())
    return found, counted


def _finish(found: list[Detection], counted: _Counted, ruleset: RuleSet, run_id: str | None,
            json_out: bool) -> None:
    levels = Counter(d.level for d in found)
    summary = {"type": "summary", "events": counted.events, "detections": len(found),
               "levels": dict(levels), "rules": len(ruleset), "rule_errors": len(ruleset.errors),
               "errors": len(counted.errors), "run_id": run_id}
    if json_out:
        emit_jsonl(summary)
        return
    for error in counted.errors:
        err_console.print(f"[red]error:[/red] {error.path}: {error.message}")
    console.print(_table(found))
    console.print(f"{counted.events} events, {len(found)} detections, {len(ruleset)} rules"
                  + (f", stored as run {run_id}" if run_id else ""))


@rules_app.command("check")
def check(
    dirs: list[Path] = typer.Argument(..., help="Sigma rule folders or files."),
    json_out: bool = typer.Option(False, "--json", help="JSON Lines output."),
) -> None:
    """Load every rule and list each one that did not load, and why."""
    ruleset = load_rules(dirs)
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
                table.add_row(error.path, error.rule or "", error.message)
            console.print(table)
        console.print(f"{ruleset.files} files, {loaded} rules loaded, "
                      f"{len(ruleset.errors)} did not load")
    if ruleset.errors:
        raise typer.Exit(1)
