"""`leakscope case`: create a case folder and summarize it."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.table import Table

from leakscope.case import Case
from leakscope.cli.console import console, emit_jsonl
from leakscope.cli.errors import cli_errors, open_case

app = typer.Typer(help="Create and inspect case folders.", no_args_is_help=True)


@app.command("init")
def init(
    directory: Path = typer.Argument(..., help="The case folder to create (must be empty)."),
    name: str = typer.Option(None, "--name", help="Case name (default: the folder's name)."),
    examiner: str = typer.Option(None, "--examiner", help="Who investigates (default: $USER)."),
    timezone: str = typer.Option("Asia/Tokyo", "--timezone", help="The case's local time zone."),
) -> None:
    """Create a case folder (0700) with its database and custody ledger."""
    with cli_errors():
        case = Case.init(directory, name=name, examiner=examiner, timezone=timezone)
    info = case.info()
    console.print(
        f"Created case [bold]{info.name}[/bold] at {case.root} (examiner {info.examiner})"
    )
    case.close()


@app.command("show")
def show(
    directory: Path = typer.Argument(..., help="The case folder."),
    json_out: bool = typer.Option(False, "--json", help="Print one JSON Lines summary record."),
) -> None:
    """Summarize a case: evidence items, sizes, ledger head and the last verification."""
    with open_case(directory) as case:
        summary = case.summary()
    if json_out:
        emit_jsonl({"type": "summary", **summary})
        return
    table = Table(show_header=False, title=f"Case {summary['name']}")
    for key, value in summary.items():
        if key == "last_verified_intact" and value is not None:
            value = "[green]intact[/green]" if value else "[red]PROBLEMS FOUND[/red]"
        table.add_row(key.replace("_", " "), "—" if value is None else str(value))
    console.print(table)
