"""`leakscope evidence`: preserve, list, verify and export the evidence of a case."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.table import Table

from leakscope.case import AddOutcome, export_manifest, verify_case
from leakscope.case.manifest import MANIFEST_FORMATS
from leakscope.cli.console import DeferredProgress, console, emit_jsonl, err_console
from leakscope.cli.errors import open_case

app = typer.Typer(help="Preserve and verify evidence (証拠保全).", no_args_is_help=True)


@app.command("add")
def add(
    case_dir: Path = typer.Argument(..., help="The case folder."),
    paths: list[Path] = typer.Argument(..., help="Files, folders or archives to preserve."),
    note: str = typer.Option(None, "--note", help="A note kept with each item."),
    acquired_by: str = typer.Option(None, "--acquired-by", help="Who acquired the evidence."),
    source_description: str = typer.Option(
        None, "--source-description", help="Where it came from (host, share, mailbox...)."
    ),
    reference: bool = typer.Option(
        False, "--reference", help="Hash and record in place without copying (very large items)."
    ),
    json_out: bool = typer.Option(False, "--json", help="JSON Lines output."),
) -> None:
    """Hash (SHA-256, MD5, SHA-1), copy into the read-only store, verify the copy, record."""
    counts = {"added": 0, "duplicate": 0, "error": 0}
    with open_case(case_dir) as case, DeferredProgress("hashing", enabled=not json_out) as bar:
        outcomes = case.evidence.add(
            paths,
            reference=reference,
            note=note,
            acquired_by=acquired_by,
            source_description=source_description,
            progress=bar.advance,
            on_total=bar.set_total,
        )
        try:
            for outcome in outcomes:
                counts[outcome.status] += 1
                _report_outcome(outcome, json_out)
        except KeyboardInterrupt:
            err_console.print(
                "[yellow]interrupted:[/yellow] items recorded so far are kept; re-run to finish."
            )
            raise typer.Exit(130) from None
    if json_out:
        emit_jsonl({"type": "summary", **counts})
    else:
        console.print(
            f"{counts['added']} added, {counts['duplicate']} already recorded, "
            f"{counts['error']} errors"
        )
    if counts["error"]:
        raise typer.Exit(1)


def _report_outcome(outcome: AddOutcome, json_out: bool) -> None:
    if json_out:
        record = {"type": "error" if outcome.status == "error" else "evidence",
                  "status": outcome.status, "path": outcome.path}
        if outcome.item is not None:
            record.update(sha256=outcome.item.sha256, size=outcome.item.size, id=outcome.item.id)
        if outcome.error:
            record["message"] = outcome.error
        emit_jsonl(record)
    elif outcome.status == "error":
        err_console.print(f"[red]error:[/red] {outcome.path}: {outcome.error}")
    elif outcome.status == "duplicate":
        err_console.print(f"already recorded: {outcome.path} (item {outcome.item.id})")


@app.command("list")
def list_items(
    case_dir: Path = typer.Argument(..., help="The case folder."),
    json_out: bool = typer.Option(False, "--json", help="JSON Lines output."),
) -> None:
    """List the evidence items with their hashes."""
    with open_case(case_dir) as case:
        items = case.evidence.items()
    if json_out:
        for item in items:
            emit_jsonl({"type": "evidence", **item.as_dict()})
        return
    table = Table(title=f"{len(items)} evidence items")
    for column in ("id", "kind", "size", "sha256", "original path", "stored"):
        table.add_column(column)
    for item in items:
        table.add_row(
            str(item.id), item.kind, f"{item.size:,}", item.sha256, item.original_path,
            "copy" if item.stored else ("link" if item.kind == "symlink" else "reference"),
        )
    console.print(table)


@app.command("verify")
def verify(
    case_dir: Path = typer.Argument(..., help="The case folder."),
    json_out: bool = typer.Option(False, "--json", help="JSON Lines output."),
) -> None:
    """Re-hash every item and re-walk the custody chain. Exit 1 if anything changed."""
    with open_case(case_dir) as case, DeferredProgress("verifying", enabled=not json_out) as bar:
        bar.set_total(sum(item.size for item in case.evidence.items()))
        report = verify_case(case, progress=bar.advance)
    if json_out:
        for problem in report.item_problems + report.ledger_problems:
            emit_jsonl({"type": "error", "message": str(problem)})
        emit_jsonl({"type": "summary", **report.as_dict()})
    else:
        for problem in report.item_problems + report.ledger_problems:
            err_console.print(f"[red]CHANGED:[/red] {problem}")
        state = "[green]intact[/green]" if report.intact else "[red]NOT intact[/red]"
        console.print(
            f"{report.items_checked} items, {report.bytes_checked:,} bytes checked; "
            f"ledger {'intact' if not report.ledger_problems else 'BROKEN'}; case {state}"
        )
    if not report.intact:
        raise typer.Exit(1)


@app.command("export")
def export(
    case_dir: Path = typer.Argument(..., help="The case folder."),
    manifest: Path = typer.Option(..., "--manifest", help="Where to write the manifest."),
    fmt: str = typer.Option(
        None, "--format", help=f"One of {', '.join(MANIFEST_FORMATS)} (default: by suffix)."
    ),
) -> None:
    """Write an evidence manifest (CSV, JSON, or hashdeep's format for `hashdeep -a -k`)."""
    with open_case(case_dir) as case:
        try:
            digest = export_manifest(case, manifest, fmt)
        except ValueError as exc:
            err_console.print(f"[red]error:[/red] {exc}")
            raise typer.Exit(2) from exc
    console.print(f"Wrote {manifest} (sha256 {digest}); the export is in the custody ledger.")
