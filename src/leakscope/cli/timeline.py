"""`leakscope timeline`: ingest logs into the case timeline, query it, export it, summarise it."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import duckdb
import typer
from rich.markup import escape
from rich.table import Table

from leakscope.case.private_fs import open_private
from leakscope.cli.console import DeferredProgress, console, emit_jsonl, err_console
from leakscope.cli.errors import open_case
from leakscope.timeline.analysis import ENTITY_COLUMNS, entities, query
from leakscope.timeline.export import FORMATS, export
from leakscope.timeline.ingest import batches, ingest
from leakscope.timeline.schema import ParseError

app = typer.Typer(help="Normalized timeline of logs (侵入経路の調査).", no_args_is_help=True)


@app.command("ingest")
def ingest_cmd(
    case_dir: Path = typer.Argument(..., help="The case folder."),
    paths: list[Path] = typer.Argument(..., help="Log files or folders (any supported format)."),
    mapping: Path = typer.Option(None, "--mapping", help="YAML field mapping: read the files "
                                 "as generic CSV / JSON Lines."),
    reference: bool = typer.Option(False, "--reference", help="Record new evidence in place "
                                   "without copying it into the case."),
    year: int = typer.Option(None, "--year", help="Year of RFC 3164 syslog stamps (default: "
                             "guessed from the file's modification time)."),
    again: bool = typer.Option(False, "--again", help="Parse content already in the timeline "
                               "once more (e.g. with a new --mapping)."),
    workers: int = typer.Option(1, "--workers", help="Parse several files in this many "
                                "processes (helps when cores are idle)."),
    json_out: bool = typer.Option(False, "--json", help="JSON Lines output."),
) -> None:
    """Preserve the paths as evidence, parse them, and add one Parquet batch to the timeline."""
    with open_case(case_dir) as case, DeferredProgress("parsing", enabled=not json_out) as bar:

        def on_error(error: ParseError) -> None:
            if json_out:
                emit_jsonl(error.to_json())
            else:
                where = f" (record {error.record})" if error.record is not None else ""
                err_console.print(f"[red]error:[/red] {escape(error.path)}{where}: "
                                   f"{escape(error.message)}")

        try:
            result = ingest(case, paths, mapping=mapping, reference=reference, year=year,
                            workers=workers, on_total=bar.set_total, on_progress=bar.advance,
                            on_error=on_error, again=again)
        except KeyboardInterrupt:
            err_console.print("[yellow]interrupted:[/yellow] no batch written; re-run.")
            raise typer.Exit(130) from None
    failed = [s for s in result.sources if s.events == 0 and s.errors and not s.skipped]
    if json_out:
        for source in result.sources:
            emit_jsonl({"type": "source", "path": source.path, "sha256": source.sha256,
                        "events": source.events, "errors": len(source.errors),
                        "already_in_batch": source.skipped})
        emit_jsonl({"type": "summary", "batch": result.batch_id,
                    "file": str(result.file) if result.file else None,
                    "events": result.events, "errors": len(result.errors),
                    "sources": len(result.sources)})
    else:
        table = Table(title=f"batch {result.batch_id}: {result.events:,} events")
        for column in ("source", "events", "errors"):
            table.add_column(column, justify="left" if column == "source" else "right")
        for source in result.sources:
            events = f"already in {source.skipped}" if source.skipped else f"{source.events:,}"
            table.add_row(escape(source.path), events, str(len(source.errors)))
        console.print(table)
    if failed and len(failed) == len(result.sources):
        raise typer.Exit(1)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(map(str, value))
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}"
    return str(value)


def _print_table(title: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    table = Table(title=title)
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*(escape(_cell(value)) for value in row))  # log text, not markup
    console.print(table)


@app.command("query")
def query_cmd(
    case_dir: Path = typer.Argument(..., help="The case folder."),
    sql: str = typer.Argument(..., help='DuckDB SQL over the view "events" (quote dotted '
                              'names: "user.name").'),
    limit: int = typer.Option(1000, "--limit", help="Rows shown at most (0: all)."),
    json_out: bool = typer.Option(False, "--json", help="JSON Lines output."),
) -> None:
    """Run SQL over the timeline, e.g. SELECT "user.name", count(*) FROM events GROUP BY 1."""
    with open_case(case_dir) as case:
        try:
            result = query(case, sql, limit=limit or None)
        except duckdb.Error as exc:
            err_console.print(f"[red]error:[/red] query failed: {exc}")
            raise typer.Exit(2) from exc
    if json_out:
        for row in result.rows:
            emit_jsonl({"type": "row", **dict(zip(result.columns, row, strict=True))})
        emit_jsonl({"type": "summary", "rows": len(result.rows)})
        return
    _print_table(f"{len(result.rows)} rows", result.columns, result.rows)


@app.command("export")
def export_cmd(
    case_dir: Path = typer.Argument(..., help="The case folder."),
    fmt: str = typer.Option("timesketch", "--format", help="timesketch | csv | jsonl"),
    output: Path = typer.Option(None, "-o", "--output", help="File to write (default: stdout)."),
    where: str = typer.Option(None, "--where", help="SQL condition on the events."),
) -> None:
    """Export the timeline in time order (Timesketch JSONL for import, CSV, JSON Lines)."""
    if fmt not in FORMATS:
        err_console.print(f"[red]error:[/red] --format must be one of {', '.join(FORMATS)}")
        raise typer.Exit(2)
    with open_case(case_dir) as case:
        try:
            if output is None:
                count = export(case, fmt, sys.stdout, where=where)
            else:
                with open_private(output, "w") as handle:
                    count = export(case, fmt, handle, where=where)
                case.record_output(output, "timeline.export",
                                   {"format": fmt, "events": count, "where": where})
        except duckdb.Error as exc:
            err_console.print(f"[red]error:[/red] export failed: {exc}")
            raise typer.Exit(2) from exc
    if output is not None:
        err_console.print(f"{count:,} events written to {output}")


@app.command("entities")
def entities_cmd(
    case_dir: Path = typer.Argument(..., help="The case folder."),
    by: str = typer.Option("user", "--by", help="user | source_ip | host"),
    json_out: bool = typer.Option(False, "--json", help="JSON Lines output."),
) -> None:
    """Who accessed what, when: first/last seen, logons, failures, bytes out per entity."""
    if by not in ENTITY_COLUMNS:
        err_console.print(f"[red]error:[/red] --by must be one of {', '.join(ENTITY_COLUMNS)}")
        raise typer.Exit(2)
    with open_case(case_dir) as case:
        rows = entities(case, by)
    if json_out:
        for row in rows:
            emit_jsonl({"type": "entity", "by": by, **row})
        emit_jsonl({"type": "summary", "entities": len(rows)})
        return
    columns = ("entity", "first_seen", "last_seen", "events", "logons", "failures",
               "bytes_out", "objects", "top_objects")
    _print_table(f"{len(rows)} entities by {by}", columns,
                 [[row[column] for column in columns] for row in rows])


@app.command("batches")
def batches_cmd(
    case_dir: Path = typer.Argument(..., help="The case folder."),
    json_out: bool = typer.Option(False, "--json", help="JSON Lines output."),
) -> None:
    """The ingest batches of the timeline: when, how many events and errors, which file."""
    with open_case(case_dir) as case:
        rows = batches(case)
    if json_out:
        for row in rows:
            emit_jsonl({"type": "batch", **row})
        emit_jsonl({"type": "summary", "batches": len(rows),
                    "events": sum(row["events"] for row in rows)})
        return
    _print_table(f"{len(rows)} batches", ("batch", "events", "errors", "sources", "sha256"),
                 [(row["id"], row["events"], row["errors"], len(row["sources"]), row["sha256"])
                  for row in rows])
