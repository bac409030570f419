"""`leakscope assess`: legal duties and deadlines per regime, with the rules behind them."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import typer
from rich.table import Table

from leakscope.assess import (
    DEFAULT_PRELIMINARY_DAY,
    Assessment,
    FactsError,
    assess,
    assess_case,
    facts_template,
    load_facts_file,
    parse_facts,
)
from leakscope.cli.console import console, emit_jsonl, err_console
from leakscope.cli.errors import open_case


def assess_command(
    case_dir: Path = typer.Argument(None, metavar="[CASE]", help="Case folder (optional)."),
    facts_file: Path = typer.Option(None, "--facts", help="FACTS.yaml; overrides the case."),
    json_out: bool = typer.Option(False, "--json", help="JSON Lines: obligation..., summary."),
    lang: str = typer.Option("ja", "--lang", help="Language of the reasons: ja or en."),
    preliminary_day: int = typer.Option(
        DEFAULT_PRELIMINARY_DAY, "--preliminary-day", min=1, max=5,
        help="Day of the 速報 deadline (the guideline says 3-5; day 1 = the day known).",
    ),
    drafts: bool = typer.Option(False, "--drafts", help="Also write the drafts into the case."),
    formats: str = typer.Option("md,docx", "--formats", help="Draft formats: md,html,docx,pdf."),
    template: bool = typer.Option(False, "--template", help="Print a FACTS.yaml to fill in."),
) -> None:
    """Decide the duties (APPI, 番号法, GDPR, California, New York) and their deadlines."""
    if template:
        typer.echo(facts_template(), nl=False)
        return
    if case_dir is None and facts_file is None:
        err_console.print("[red]error:[/red] give a CASE folder, --facts FACTS.yaml, or both")
        raise typer.Exit(2)
    with facts_errors(json_out):
        given = load_facts_file(facts_file) if facts_file else None
        source = str(facts_file) if facts_file else "case"
        if case_dir is None:
            assessment = assess(parse_facts(given or {}, source), preliminary_day)
        else:
            with open_case(case_dir) as case:
                assessed = assess_case(case, given, source=source,
                                       preliminary_day=preliminary_day)
                assessment = assessed[0]
                if drafts:
                    from leakscope.report import write_drafts

                    paths = write_drafts(case, formats.split(","), assessed=assessed)
                    err_console.print(f"{len(paths)} draft files in {case.reports_dir / 'drafts'}")
    if assessment.facts.ignored:
        err_console.print(f"[yellow]warning:[/yellow] {facts_file}: fields no rule reads (typo?): "
                          f"{', '.join(assessment.facts.ignored)}")
    if json_out:
        for record in assessment.records():
            emit_jsonl(record)
        return
    _print(assessment, lang)


@contextmanager
def facts_errors(json_out: bool) -> Iterator[None]:
    """A bad FACTS.yaml or option ends the command: an `error` record (--json) and exit 2."""
    try:
        yield
    except (FactsError, ValueError) as exc:
        if json_out:
            emit_jsonl({"type": "error", "path": str(getattr(exc, "source", "")) or None,
                        "field": getattr(exc, "field", None), "message": str(exc)})
        err_console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc


def _print(assessment: Assessment, lang: str) -> None:
    ja = lang == "ja"
    table = Table(title="報告・通知の義務と期限" if ja else "Duties and deadlines")
    for column in (("制度", "Regime"), ("当局へ報告", "Report"), ("本人へ通知", "Notify"),
                   ("該当事由", "Triggers"), ("期限", "Deadlines")):
        table.add_column(column[0] if ja else column[1])
    for o in assessment.obligations:
        due = []
        if o.preliminary_report_due:
            due.append(f"{'速報' if ja else 'prelim.'} {o.preliminary_report_due}")
            due.append(f"{'確報' if ja else 'final'} {o.final_report_due}")
        if o.report_due:
            due.append(f"{'報告' if ja else 'report'} {o.report_due.isoformat()}")
        if o.notify_individuals_due:
            due.append(f"{'本人通知' if ja else 'notice'} {o.notify_individuals_due}")
        yes, no = ("[red]要[/red]", "不要") if ja else ("[red]yes[/red]", "no")
        table.add_row(o.regime, yes if o.report_to_regulator else no,
                      yes if o.notify_individuals else no, ", ".join(o.triggers) or "—",
                      "\n".join(due) or "—")
    console.print(table)
    for o in assessment.obligations:
        reasons = Table.grid(padding=(0, 1))
        reasons.add_column(width=2)
        reasons.add_column(overflow="fold")
        for reason in o.reasons:
            reasons.add_row("•", f"{reason.ja if ja else reason.en} [dim]({reason.rule})[/dim]")
        console.print(f"[bold]{o.regime}[/bold]")
        console.print(reasons, highlight=False)
    upcoming = assessment.summary_record()["next_deadline"]
    if upcoming:
        label = "直近の期限" if ja else "Next deadline"
        console.print(f"[bold red]{label}: {upcoming['date']} ({upcoming['regime']} "
                      f"{upcoming['what']})[/bold red]")
    if assessment.facts.derived:
        note = ("推定した事実（FACTS.yaml で確認・上書き）" if ja
                else "Inferred facts (confirm or override in FACTS.yaml)")
        console.print(f"[yellow]{note}: {', '.join(assessment.facts.derived)}[/yellow]")
