"""Shared terminal output: Rich consoles for people, JSON Lines for machines (like `rg --json`)."""

from __future__ import annotations

import json
import sys
import time
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.console import Console
    from rich.progress import Progress

# console, err_console: made on first use (``__getattr__``). Rich costs ~20 ms to import, which a
# `scan --json` that prints neither a table nor an error never needs.
_CONSOLES: dict[str, dict[str, Any]] = {
    "console": {},
    "err_console": {"stderr": True, "soft_wrap": True},  # never break a path in two
}


def __getattr__(name: str) -> Console:
    if name not in _CONSOLES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from rich.console import Console

    made = globals()[name] = Console(**_CONSOLES[name])  # module attribute from now on
    return made


def _err_console() -> Console:
    return globals().get("err_console") or __getattr__("err_console")


def emit_jsonl(record: dict[str, Any]) -> None:
    """Print one JSON object on one line; every record has a `type`.

    Not flushed per record (a scan can print 100k a second): a terminal is line-buffered
    anyway, and a pipe gets whole blocks, as with `rg --json`.
    """
    if "type" not in record:
        raise ValueError("a JSON Lines record needs a 'type'")
    sys.stdout.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")


class DeferredProgress:
    """A byte-progress bar that appears only once the work has taken more than a second."""

    DELAY_SECONDS = 1.0

    def __init__(self, description: str, total: int | None = None, enabled: bool = True) -> None:
        self._description = description
        self._total = total
        self._enabled = enabled and _err_console().is_terminal
        self._started = time.monotonic()
        self._done = 0
        self._progress: Progress | None = None
        self._task = None

    def set_total(self, total: int) -> None:
        self._total = total
        if self._progress is not None:
            self._progress.update(self._task, total=total)

    def advance(self, amount: int) -> None:
        self._done += amount
        if self._progress is None:
            if not self._enabled or time.monotonic() - self._started < self.DELAY_SECONDS:
                return
            from rich.progress import (
                BarColumn,
                DownloadColumn,
                Progress,
                TextColumn,
                TimeRemainingColumn,
                TransferSpeedColumn,
            )

            self._progress = Progress(
                TextColumn("{task.description}"),
                BarColumn(),
                DownloadColumn(),
                TransferSpeedColumn(),
                TimeRemainingColumn(),
                console=_err_console(),
                transient=True,
            )
            self._progress.start()
            self._task = self._progress.add_task(self._description, total=self._total)
        self._progress.update(self._task, completed=self._done)

    def __enter__(self) -> DeferredProgress:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._progress is not None:
            self._progress.stop()
