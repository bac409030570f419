"""`leakscope scan`: PII in files, folders, archives or a case's evidence (thin CLI)."""

from __future__ import annotations

import codecs
import gc
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from leakscope.cli import console as terminal  # its Rich consoles are made on first use
from leakscope.cli.console import emit_jsonl
from leakscope.pii.engine import MIN_CONFIDENCE
from leakscope.pii.finding import Finding, ScanError, is_table, json_lines
from leakscope.pii.masking import mask
from leakscope.pii.recognizers import CATEGORIES
from leakscope.pii.scanner import ScanSummary, scan

if TYPE_CHECKING:
    from rich.table import Table

    from leakscope.pii.finding_table import FindingTable


def scan_command(
    paths: list[Path] = typer.Argument(None, help="Files, folders, archives; paths are shown "
                                       "relative to each, under its name when there are "
                                       "several (with --case: only the evidence items under "
                                       "these paths)."),
    case: Path | None = typer.Option(None, "--case", help="Scan this case's evidence and "
                                     "store the findings in it."),
    json_lines: bool = typer.Option(False, "--json", help="JSON Lines: finding, error, summary."),
    reveal: bool = typer.Option(False, "--reveal", help="Show PII values unmasked (logged in "
                                "the case ledger)."),
    categories: list[str] = typer.Option(None, "--categories", help="Only these categories "
                                         "(repeat or comma-separate)."),
    workers: int | None = typer.Option(None, "--workers", help="Processes (default: cores)."),
    min_confidence: float = typer.Option(
        MIN_CONFIDENCE, "--min-confidence", min=0.0, max=1.0,
        help="Keep findings at least this sure (0-1): lower shows what the default leaves "
             "out, such as a filling guide's sample values (0.3)."),
) -> None:
    """Find PII (個人情報) and count the people it is about (本人の数)."""
    wanted = _categories(categories)
    _keep_freed_memory()
    # what is loaded by now (modules, ~50k objects) lives as long as the process: collections
    # triggered by a scan's millions of short-lived objects need not walk it (-4 % CPU)
    gc.freeze()
    try:
        _scan(paths, case, wanted, workers, min_confidence, json_lines, reveal)
    finally:
        gc.unfreeze()  # an in-process caller (tests) gets its collector back as it was


def _scan(paths: list[Path] | None, case: Path | None, wanted: tuple[str, ...] | None,
          workers: int | None, min_confidence: float, json_lines: bool, reveal: bool) -> None:
    if case is not None:
        from leakscope.cli.errors import open_case  # the case stack: only with --case
        from leakscope.pii.case_store import open_case_scan

        with open_case(case) as opened:
            _render(open_case_scan(opened, wanted, workers, reveal, paths, min_confidence),
                    json_lines, reveal)
        return
    if not paths:
        terminal.err_console.print("[red]error:[/red] give PATH... to scan, or --case CASE")
        raise typer.Exit(2)
    _render(scan(paths, wanted, workers, min_confidence), json_lines, reveal)


_M_TRIM_THRESHOLD, _M_MMAP_THRESHOLD = -1, -3  # glibc's malloc.h


def _keep_freed_memory() -> None:
    """Let glibc keep freed blocks of a few MB for reuse (this process only, not the library).

    A scan reads and builds ~MB-sized blocks one after the other; by default glibc maps each
    block over 128 KiB-32 MiB afresh and returns it to the kernel when freed, so every block
    faults its pages in again: ~50k page faults, ~0.08 CPU-s per 64 MB of text. Elsewhere
    (musl, macOS, Windows: no ``mallopt``) nothing changes.
    """
    import ctypes

    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError, TypeError):  # TypeError: Windows has no "this process"
        return
    mallopt(_M_MMAP_THRESHOLD, 64 << 20)
    mallopt(_M_TRIM_THRESHOLD, 256 << 20)


def _categories(given: list[str] | None) -> tuple[str, ...] | None:
    if not given:
        return None
    names = tuple(c.strip() for g in given for c in g.split(",") if c.strip())
    unknown = [c for c in names if c not in CATEGORIES]
    if unknown:
        terminal.err_console.print(f"[red]error:[/red] unknown categories: {', '.join(unknown)}; "
                          f"known: {', '.join(CATEGORIES)}")
        raise typer.Exit(2)
    return names


def _render(run, json_lines: bool, reveal: bool) -> None:
    if json_lines:
        _render_json(run, reveal)
        return
    from rich.markup import escape

    examples: dict[str, str] = {}
    for item in run.batches():
        if type(item) is Finding:
            if item.category not in examples:
                examples[item.category] = item.value
        elif is_table(item):
            for category, value in item.first_values().items():
                examples.setdefault(category, value)
        elif isinstance(item, ScanError):
            terminal.err_console.print(f"[yellow]error:[/yellow] {escape(item.path)}: "
                                       f"{escape(item.message)}")
        else:
            examples.setdefault(item.category, item.value)
    terminal.console.print(_table(run.summary, examples, reveal))


LINES_PER_WRITE = 4096


def _render_json(run, reveal: bool) -> None:
    """JSON Lines: single findings gathered into one write per ``LINES_PER_WRITE``."""
    pending: list[Finding] = []
    write = sys.stdout.write
    for item in run.batches():
        if type(item) is Finding:
            pending.append(item)
            if len(pending) >= LINES_PER_WRITE:
                write(json_lines(pending, reveal))
                pending.clear()
            continue
        if pending:
            write(json_lines(pending, reveal))
            pending.clear()
        if is_table(item):
            _write_lines(item, reveal)
        elif isinstance(item, Finding):
            write(item.json_line(reveal))
        else:
            emit_jsonl(item.to_record())
    if pending:
        write(json_lines(pending, reveal))
    emit_jsonl(run.summary.to_record())


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
    from rich.markup import escape
    from rich.table import Table

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
