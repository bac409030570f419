"""`leakscope scan`: PII in files, folders, archives or a case's evidence (thin CLI)."""

from __future__ import annotations

import codecs
import sys
from pathlib import Path

import typer
from rich.markup import escape
from rich.table import Table

from leakscope.cli.console import console, emit_jsonl, err_console
from leakscope.cli.errors import open_case
from leakscope.pii.finding import Finding, ScanError
from leakscope.pii.finding_table import FindingTable
from leakscope.pii.masking import mask
from leakscope.pii.recognizers import CATEGORIES
from leakscope.pii.scanner import ScanSummary, scan


def scan_command(
    paths: list[Path] = typer.Argument(None, help="Files, folders, archives (with --case: "
                                       "only the evidence items under these paths)."),
    case: Path | None = typer.Option(None, "--case", help="Scan this case's evidence and "
                                     "store the findings in it."),
    json_lines: bool = typer.Option(False, "--json", help="JSON Lines: finding, error, summary."),
    reveal: bool = typer.Option(False, "--reveal", help="Show PII values unmasked (logged in "
                                "the case ledger)."),
    categories: list[str] = typer.Option(None, "--categories", help="Only these categories "
                                         "(repeat or comma-separate)."),
    workers: int | None = typer.Option(None, "--workers", help="Processes (default: cores)."),
) -> None:
    """Find PII (個人情報) and count the people it is about (本人の数)."""
    wanted = _categories(categories)
    if case is not None:
        with open_case(case) as opened:
            from leakscope.pii.case_store import open_case_scan

            _render(open_case_scan(opened, wanted, workers, reveal, paths), json_lines, reveal)
        return
    if not paths:
        err_console.print("[red]error:[/red] give PATH... to scan, or --case CASE")
        raise typer.Exit(2)
    _render(scan(paths, wanted, workers), json_lines, reveal)


def _categories(given: list[str] | None) -> tuple[str, ...] | None:
    if not given:
        return None
    names = tuple(c.strip() for g in given for c in g.split(",") if c.strip())
    unknown = [c for c in names if c not in CATEGORIES]
    if unknown:
        err_console.print(f"[red]error:[/red] unknown categories: {', '.join(unknown)}; "
                          f"known: {', '.join(CATEGORIES)}")
        raise typer.Exit(2)
    return names


def _render(run, json_lines: bool, reveal: bool) -> None:
    examples: dict[str, str] = {}
    for item in run.batches():
        if isinstance(item, FindingTable):
            if json_lines:
                _write_lines(item, reveal)
            else:
                for category, value in item.first_values().items():
                    examples.setdefault(category, value)
        elif json_lines:
            emit_jsonl(item.to_record(reveal) if isinstance(item, Finding) else item.to_record())
        elif isinstance(item, ScanError):
            err_console.print(f"[yellow]error:[/yellow] {escape(item.path)}: "
                              f"{escape(item.message)}")
        else:
            examples.setdefault(item.category, item.value)
    if json_lines:
        emit_jsonl(run.summary.to_record())
    else:
        console.print(_table(run.summary, examples, reveal))


def _write_lines(table: FindingTable, reveal: bool) -> None:
    """A whole table's JSON Lines in one write: as bytes when stdout is UTF-8 (no ``str``)."""
    stream = sys.stdout
    binary = getattr(stream, "buffer", None)
    if binary is None or codecs.lookup(stream.encoding or "ascii").name != "utf-8":
        stream.write(table.json_lines(reveal))
        return
    stream.flush()  # records written as text before this table come first
    table.write_json_lines(binary, reveal, stream.errors or "strict")


def _table(summary: ScanSummary, examples: dict[str, str], reveal: bool) -> Table:
    table = Table(title=f"本人の数 (people): {summary.subjects}  ·  files {summary.files}  ·  "
                  f"{summary.bytes:,} bytes  ·  {summary.seconds:.1f} s")
    for column in ("category", "count", "example"):
        table.add_column(column, overflow="fold")
    rows = [(c, n, "") for c, n in summary.categories.most_common()]
    rows += [(c, n, " (not personal)") for c, n in summary.not_personal.most_common()]
    for category, count, note in rows:
        value = examples.get(category, "")
        table.add_row(category + note, f"{count:,}",
                      escape(value if reveal else mask(value, category)))  # data, not markup
    if summary.errors:
        table.caption = f"{summary.errors} error(s): see above"
    return table
