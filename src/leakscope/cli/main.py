"""The `leakscope` command: one sub-app per verb group, each a thin layer over the library.

Verb modules are imported only when their verb runs (or help lists them): `leakscope scan`
does not pay for the report, demo and timeline stacks (~0.6 s of imports).
"""

from __future__ import annotations

import importlib
import os
import signal
from typing import TYPE_CHECKING

import typer
from typer.core import TyperGroup

from leakscope import __version__

if TYPE_CHECKING:  # Typer parses with its own copy of Click; this one is for the names only
    import click

# numpy's OpenBLAS starts a thread per core that busy-waits (~0.1 CPU-s a process, on the
# cores other scans need); leakscope does no linear algebra worth them. Before any verb
# imports numpy; an explicit setting wins.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

# verb -> (module, attribute): a function is a command, a Typer a sub-app.
# Registered in the order of the user's path (DESIGN.md).
VERBS: dict[str, tuple[str, str]] = {
    "demo": ("leakscope.cli.demo", "demo_command"),
    "case": ("leakscope.cli.case", "app"),
    "evidence": ("leakscope.cli.evidence", "app"),
    "scan": ("leakscope.cli.scan", "scan_command"),
    "timeline": ("leakscope.cli.timeline", "app"),
    "detect": ("leakscope.cli.detect", "detect"),
    "rules": ("leakscope.cli.detect", "rules_app"),
    "assess": ("leakscope.cli.assess", "assess_command"),
    "report": ("leakscope.cli.report", "report_command"),
    "serve": ("leakscope.cli.serve", "serve"),
}


class _LazyVerbs(TyperGroup):
    """A group whose verbs are imported on first use (``VERBS``)."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return [*super().list_commands(ctx), *VERBS]

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in VERBS or cmd_name in self.commands:
            return super().get_command(ctx, cmd_name)
        module, attribute = VERBS[cmd_name]
        target = getattr(importlib.import_module(module), attribute)
        if isinstance(target, typer.Typer):
            command: click.Command = typer.main.get_group(target)
        else:
            single = typer.Typer(add_completion=False)
            single.command(cmd_name)(target)
            command = typer.main.get_command(single)
        command.name = cmd_name
        self.commands[cmd_name] = command
        return command


app = typer.Typer(
    cls=_LazyVerbs,
    help="leakscope: investigate and answer a personal-information leak (個人情報漏えい).",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)


def _terminated(signum: int, _frame: object) -> None:
    # Raised each time: one raised inside a fork hook is swallowed (the next one counts); a
    # folder a second one leaves behind, the next scan removes (table_transfer.make_drop).
    raise SystemExit(128 + signum)


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
    """Everything leakscope writes holds leaked data: create it readable by the examiner only.

    A termination (``kill``, ``timeout``) unwinds as Ctrl-C does, so the spill areas and the
    scan's findings in RAM are removed and a case's transaction rolls back."""
    os.umask(0o077)
    signal.signal(signal.SIGTERM, _terminated)
