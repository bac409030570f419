"""How a CLI verb turns a library error into a clear message and an exit code."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import typer

from leakscope.case import Case, CaseError
from leakscope.cli.console import err_console


@contextmanager
def cli_errors() -> Iterator[None]:
    """A CaseError ends the command with its message (which names the path) and exit 2."""
    try:
        yield
    except CaseError as exc:
        err_console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc


@contextmanager
def open_case(path: Path) -> Iterator[Case]:
    with cli_errors(), Case.open(path) as case:
        yield case
