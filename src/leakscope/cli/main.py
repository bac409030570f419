"""The `leakscope` command: one sub-app per verb group, each a thin layer over the library."""

from __future__ import annotations

import os

import typer

from leakscope import __version__
from leakscope.cli import assess as assess_cli
from leakscope.cli import case as case_cli
from leakscope.cli import demo as demo_cli
from leakscope.cli import detect as detect_cli
from leakscope.cli import evidence as evidence_cli
from leakscope.cli import report as report_cli
from leakscope.cli import scan as scan_cli
from leakscope.cli import serve as serve_cli
from leakscope.cli import timeline as timeline_cli

app = typer.Typer(
    help="leakscope: investigate and answer a personal-information leak (個人情報漏えい).",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"leakscope {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Print the version."
    ),
) -> None:
    """Everything leakscope writes holds leaked data: create it readable by the examiner only."""
    os.umask(0o077)


# Registered in the order of the user's path (DESIGN.md).
app.command("demo")(demo_cli.demo_command)
app.add_typer(case_cli.app, name="case")
app.add_typer(evidence_cli.app, name="evidence")
app.command("scan")(scan_cli.scan_command)
app.add_typer(timeline_cli.app, name="timeline")
app.command("detect")(detect_cli.detect)
app.add_typer(detect_cli.rules_app, name="rules")
app.command("assess")(assess_cli.assess_command)
app.command("report")(report_cli.report_command)
app.command("serve")(serve_cli.serve)
