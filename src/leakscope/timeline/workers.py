"""Parsing evidence files into a batch: in this process, or in parallel worker processes.

Each worker parses whole files into its own part file (bounded memory, like the batch
writer); the parent appends the parts' row groups to the batch file in evidence order, so the
batch is the same whichever way it was built.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from leakscope.timeline.reader import parse
from leakscope.timeline.schema import PROV_OFFSET, ParseError
from leakscope.timeline.storage import EventWriter


@dataclass(frozen=True)
class ParseTask:
    """One evidence file to parse (picklable: it crosses to worker processes)."""

    readable: str
    display: str
    sha256: str
    size: int
    timezone: str | None
    mapping: str | None
    year: int | None
    reference_time: datetime | None


@dataclass
class SourceResult:
    """What one evidence file gave: its events and the problems met reading it."""

    path: str
    sha256: str | None
    events: int = 0
    errors: list[ParseError] = field(default_factory=list)
    size: int = 0
    skipped: str | None = None  # the batch that already holds this content


class FileProgress:
    """Bytes of one file done so far, reported as deltas to a progress bar."""

    def __init__(self, size: int, sink: Callable[[int], None] | None) -> None:
        self.size, self.sink, self.done = size, sink, 0

    def to(self, position: int) -> None:
        delta = min(position, self.size) - self.done
        if delta > 0 and self.sink is not None:
            self.done += delta
            self.sink(delta)

    def read(self, nbytes: int) -> None:
        self.to(self.done + nbytes)


def parse_into(task: ParseTask, writer: EventWriter,
               on_error: Callable[[ParseError], None] | None = None,
               on_progress: Callable[[int], None] | None = None) -> SourceResult:
    """Parse one file into `writer`, collecting its errors and reporting bytes done."""
    source = SourceResult(task.display, task.sha256, size=task.size)
    progress = FileProgress(task.size, on_progress)
    for event in parse(task.readable, task.display, task.sha256, timezone=task.timezone,
                       mapping=task.mapping, year=task.year,
                       reference_time=task.reference_time,
                       on_read=progress.read if on_progress else None):
        if isinstance(event, ParseError):
            source.errors.append(event)
            if on_error:
                on_error(event)
            continue
        writer.add(event)
        source.events += 1
        if not source.events % 4096 and event[PROV_OFFSET] is not None:
            progress.to(event[PROV_OFFSET])  # text logs: the line's byte offset
    progress.to(task.size)
    return source


def _parse_to_part(task: ParseTask, part: str) -> tuple[SourceResult, str | None]:
    """Worker process: one file into one part file (None when it gave no events)."""
    writer = EventWriter(Path(part), read_only=False)
    try:
        source = parse_into(task, writer)
    except BaseException:
        writer.abort()
        raise
    if writer.count == 0:
        writer.abort()
        return source, None
    return source, str(writer.close())


def run_tasks(tasks: list[ParseTask], writer: EventWriter, *, workers: int = 1,
              on_error: Callable[[ParseError], None] | None = None,
              on_progress: Callable[[int], None] | None = None) -> Iterator[SourceResult]:
    """Parse every task into `writer`, yielding each file's result as it is done."""
    count = max(1, min(workers, len(tasks)))
    if count == 1:
        for task in tasks:
            yield parse_into(task, writer, on_error, on_progress)
        return
    parts = [writer.path.with_name(f"{writer.path.stem}.{index}.part")
             for index in range(len(tasks))]
    context = multiprocessing.get_context("spawn")  # no forked copies of open databases
    try:
        with ProcessPoolExecutor(max_workers=count, mp_context=context) as pool:
            futures = [pool.submit(_parse_to_part, task, str(part))
                       for task, part in zip(tasks, parts, strict=True)]
            for future in futures:  # evidence order: the batch does not depend on timing
                source, part = future.result()
                if on_error:
                    for error in source.errors:
                        on_error(error)
                if part is not None:
                    writer.append_part(Path(part))
                if on_progress:
                    on_progress(source.size)
                yield source
    finally:
        for part in parts:
            part.unlink(missing_ok=True)
