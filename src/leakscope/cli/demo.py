"""`leakscope demo [DIR]`: generate a fictional incident and investigate it end to end."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import typer
from rich.table import Table

from leakscope.cli.console import console, emit_jsonl, err_console

if TYPE_CHECKING:
    from leakscope.demo import Step

STYLE = {"ok": "green", "skipped": "yellow", "failed": "red"}


def demo_command(
    directory: Path = typer.Argument(
        None, metavar="[DIR]",
        help="New folder for the incident and its case (default: ./leakscope-demo, or "
             "leakscope-demo-2, -3, ... when taken)."),
    json_out: bool = typer.Option(False, "--json", help="JSON Lines: one record per step."),
) -> None:
    """Generate a fictional incident and investigate it end to end into a case and a report.

    The incident: a file share with personal data, web and Windows logs with an intrusion and
    an exfiltration, a mis-sent mail. The steps: case, evidence, scan, timeline, detect,
    assess, report.
    """
    from leakscope.demo import DemoError, free_folder, run_demo  # heavy: only when asked

    def show(step: Step) -> None:
        if json_out:
            emit_jsonl({"type": "step", "step": step.name, "status": step.status,
                        "detail": step.detail, "seconds": round(step.seconds, 3)})
        else:
            colour = STYLE[step.status]
            err_console.print(f"[{colour}]{step.status:>7}[/{colour}] {step.name}: {step.detail}",
                              highlight=False)

    try:
        result = run_demo(directory or free_folder(Path("leakscope-demo")), on_step=show)
    except DemoError as exc:
        err_console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc
    failed = [s for s in result.steps if s.status == "failed"]
    if json_out:
        emit_jsonl({"type": "summary", "case": str(result.case_dir),
                    "report": str(result.main_report) if result.main_report else None,
                    "reports": [str(p) for p in result.reports],
                    "drafts": len(result.drafts), "failed": [s.name for s in failed]})
    else:
        table = Table(show_header=False, box=None)
        table.add_row("case", str(result.case_dir))
        table.add_row("report", str(result.main_report or "—"))
        table.add_row("drafts", str(result.case_dir / "reports" / "drafts"))
        console.print(table)
    if failed:
        raise typer.Exit(1)
