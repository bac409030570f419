"""`leakscope serve`: the local web view of a case."""

from __future__ import annotations

from pathlib import Path

import typer

from leakscope.cli.console import err_console
from leakscope.cli.errors import cli_errors

LOOPBACK = {"127.0.0.1", "localhost", "::1"}


def serve(
    case_dir: Path = typer.Argument(..., help="The case folder."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to bind (loopback by default)."),
    port: int = typer.Option(8765, "--port", help="Port to listen on."),
) -> None:
    """Serve a read-only web view of the case on this machine (127.0.0.1 unless told otherwise)."""
    import uvicorn

    from leakscope.web import create_app

    with cli_errors():
        allowed = None if host in LOOPBACK else [host]
        app = create_app(case_dir, allowed_hosts=allowed)
    if host not in LOOPBACK:
        err_console.print(
            f"[yellow]warning:[/yellow] serving leaked data on {host}, not only this machine"
        )
    err_console.print(f"leakscope: http://{host}:{port}/ (Ctrl-C to stop)")
    uvicorn.run(app, host=host, port=port, log_level="warning")
