"""Scanning files and folders: extract -> detect, across files in a process pool, streamed.

Work is one task per file, or per part of a zip of several big members (`extract.zip_parts`:
one export each) or of a big mbox (`extract.mbox_parts`: a run of messages each), as
`scan_tasks` makes them. With several tasks and workers, each worker process runs the
extractor and the engine for a task and sends findings back in batches through a bounded
queue, so memory stays flat whatever the file size and both cores stay busy. The parent links
findings into people and counts, in arrival order.
"""

from __future__ import annotations

import gc
import multiprocessing as mp
import os
import queue
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import ner, table_transfer
from .engine import Engine
from .finding import Finding, ScanError, is_table
from .pool_lifecycle import can_fork, stop_on_terminate, termination_deferred
from .row_keys import RowKeys
from .scan_tasks import FileTask, file_sizes, task_groups, walk, with_parts
from .subjects import GroupCollector, GroupSummary, SubjectLinker

if TYPE_CHECKING:
    from .finding_table import FindingTable

BATCH = 2000
QUEUE_DEPTH = 32
# A worker sends what it found after a file only when this long has passed since it last
# sent: a folder of small files is not a queue message per file (each ~0.3 ms of the worker's
# and the parent's CPU), and no more than this much work waits in a worker at any time.
SEND_EVERY = 0.05
# A worker holds its findings until they are sent (lists of BATCH, the queue's buffer), so
# young collections promote them and full ones keep coming: where findings are dense, ~25 % of
# a worker's CPU (a 6 MB CSV cell by cell, 290k findings: 5.5 -> 4.1 CPU-s; dense prose ~2 %;
# tables none). Full passes 10x rarer; young cycles collected as before.
WORKER_FULL_GC = 100
POOL_MIN_BYTES = 8 << 20  # below this, starting worker processes costs more than it saves


@dataclass
class ScanSummary:
    """Totals of a scan: per-category counts, distinct people, files, bytes, seconds."""

    categories: Counter = field(default_factory=Counter)
    not_personal: Counter = field(default_factory=Counter)
    subjects: int = 0
    files: int = 0
    bytes: int = 0
    errors: int = 0
    seconds: float = 0.0

    def to_record(self) -> dict:
        return {
            "type": "summary",
            "categories": dict(sorted(self.categories.items())),
            "not_personal": dict(sorted(self.not_personal.items())),
            "subjects": self.subjects,
            "files": self.files,
            "bytes": self.bytes,
            "errors": self.errors,
            "seconds": round(self.seconds, 3),
        }


class Scan:
    """An iterable scan (findings and errors as they come) with its ``summary`` at the end."""

    def __init__(self, tasks: Iterable[FileTask | ScanError], categories: Iterable[str] | None,
                 workers: int | None, min_confidence: float) -> None:
        self._tasks = tasks
        self._categories = tuple(categories) if categories else None
        self._workers = workers if workers is not None else (os.cpu_count() or 1)
        self._min_confidence = min_confidence
        self.summary = ScanSummary()
        self._linker = SubjectLinker()

    def __iter__(self) -> Iterator[Finding | ScanError]:
        """Findings one by one (a table path's ``FindingTable`` expanded: slower)."""
        from .finding_table import one_by_one

        return one_by_one(self.batches())

    def batches(self) -> Iterator[Finding | FindingTable | ScanError]:
        """Findings as they come: single ``Finding``s, or whole table rows as a ``FindingTable``."""
        started = time.monotonic()
        tasks: list[FileTask] = []
        for task in self._tasks:
            if isinstance(task, ScanError):
                self.summary.errors += 1
                yield task
            else:
                tasks.append(task)
        cut = 0
        if self._workers > 1:
            tasks, cut = with_parts(tasks)
        sizes = file_sizes(tasks) if self._workers > 1 and len(tasks) > 1 else None
        pooled = sizes is not None and (cut > 0 or sum(sizes) >= POOL_MIN_BYTES)
        if pooled:  # workers group findings into records themselves and send GroupSummary
            items = _pooled(task_groups(tasks, sizes), self._categories, self._min_confidence,
                            self._workers, cut)
        else:
            items = _serial(tasks, self._categories, self._min_confidence)
        personal = self.summary.categories
        link = None if pooled else self._linker.add
        for item in items:
            if type(item) is Finding:  # most items: counted and linked inline
                if item.personal:
                    personal[item.category] += 1
                else:
                    self._not_personal(item)
                if link is not None:
                    link(item)
                yield item
                continue
            if isinstance(item, _FileDone):
                self.summary.files += item.files
                self.summary.bytes += item.size
                continue
            if isinstance(item, GroupSummary):
                self._linker.absorb(item)
                continue
            if isinstance(item, RowKeys):  # (for the linker only: no finding)
                self._linker.row_keys(item)
                continue
            if is_table(item):
                self._count_table(item)
                self._linker.absorb_table(item)
                yield item
                continue
            self._count(item)
            if not pooled and isinstance(item, Finding):
                self._linker.add(item)
            yield item
        self.summary.subjects = self._linker.count()
        self.summary.seconds = time.monotonic() - started

    def _count(self, item: Finding | ScanError) -> None:
        if isinstance(item, ScanError):
            self.summary.errors += 1
            return
        if item.personal:
            self.summary.categories[item.category] += 1
        else:
            self._not_personal(item)

    def _not_personal(self, finding: Finding) -> None:
        """Counted apart; a business's address in a mail header told to the people count."""
        self.summary.not_personal[finding.category] += 1
        if finding.category == "email_address" and "header" in finding.location:
            self._linker.business_mail(finding.value)

    def _count_table(self, table: FindingTable) -> None:
        personal, not_personal = table.counts()
        self.summary.categories.update(personal)
        self.summary.not_personal.update(not_personal)


@dataclass(frozen=True)
class _FileDone:
    size: int
    files: int


def scan_file(engine: Engine, task: FileTask, totals: Any = None
              ) -> Iterator[Finding | FindingTable | ScanError | RowKeys | _FileDone]:
    """Findings and errors of one file (extractor errors interleaved as they happen); tables,
    and archive members that are tables, on the table path. A part of a zip or an mbox: its
    members' or messages' (``totals``: the shared counters of `SharedBudget`)."""
    from .member_tables import file_findings, part_findings

    try:
        size = task.path.stat().st_size
    except OSError as error:
        if task.files:
            yield ScanError(task.display, f"cannot read: {error.strerror}")
        return
    if task.part is None:
        findings = file_findings(engine, task.path, task.display)
    else:
        findings = part_findings(engine, task.path, task.display, task.part, totals)
    if task.evidence:
        findings = (f if isinstance(f, ScanError | RowKeys) else _with_evidence(f, task.evidence)
                    for f in findings)
    yield from findings  # (a loop of this generator's own per finding only for a case)
    yield _FileDone(size if task.files else 0, task.files)


def _with_evidence(finding: Finding | FindingTable, evidence: dict) -> Finding | FindingTable:
    if is_table(finding):
        return finding.with_evidence(evidence)
    return replace(finding, evidence=evidence)


_GINZA_REPORTED = "ja_ginza"


def _serial(tasks, categories, min_confidence) -> Iterator:
    engine = Engine.cached(categories, min_confidence)
    for task in tasks:
        yield from scan_file(engine, task)
    if ner.load_error():
        yield ScanError(_GINZA_REPORTED, ner.load_error())


def _worker(task_q, result_q, categories, min_confidence, drop, totals) -> None:
    stop_on_terminate(result_q)
    gc.set_threshold(*gc.get_threshold()[:2], WORKER_FULL_GC)
    engine = Engine.cached(categories, min_confidence)
    out = _Batches(result_q)
    while (tasks := task_q.get()) is not None:
        for task in tasks:
            groups = GroupCollector(out.add)  # records are grouped here, in parallel
            try:
                for item in scan_file(engine, task, totals):
                    if isinstance(item, Finding):
                        groups.add(item)
                    elif isinstance(item, _FileDone):
                        groups.flush()
                    elif is_table(item):  # sent at once: a table is ~20 MB
                        out.add(table_transfer.send(item, drop))
                        out.send()
                        continue
                    out.add(_pack(item))
            except Exception as exc:  # a bug must not lose the other files' findings
                groups.flush()
                out.add(ScanError(task.shown, f"scan failed: {type(exc).__name__}: {exc}"))
                out.add(_FileDone(0, task.files))
            if time.monotonic() - out.sent >= SEND_EVERY:
                out.send()
    out.send()
    result_q.put(ner.load_error() or "")


class _Batches:
    """Items for the parent, sent in lists of ``BATCH`` (a sent list is never touched again)."""

    def __init__(self, result_q) -> None:
        self._q, self._items = result_q, []
        self.sent = time.monotonic()  # when the last list went

    def add(self, item: object) -> None:
        self._items.append(item)
        if len(self._items) >= BATCH:
            self.send()

    def send(self) -> None:
        if self._items:
            self._q.put(self._items)
            self._items = []
        self.sent = time.monotonic()


def _pack(item: Finding | ScanError | _FileDone) -> object:
    """Findings cross the process boundary as plain tuples (5x cheaper to pickle)."""
    if isinstance(item, Finding):
        return (item.category, item.value, item.path, item.location, item.confidence,
                item.detector, item.record, item.personal, item.evidence)
    return item


def _unpack(item: object) -> Finding | FindingTable | ScanError | _FileDone | GroupSummary:
    if type(item) is tuple:
        return Finding(*item)
    return item.receive() if isinstance(item, table_transfer.SentTable) else item


def _pooled(groups, categories, min_confidence, workers, cut) -> Iterator:
    ctx = mp.get_context("fork" if can_fork() else "spawn")
    task_q, result_q = ctx.Queue(), ctx.Queue(maxsize=QUEUE_DEPTH)
    n = min(workers, len(groups))  # (a worker with no group to take would only start)
    drop, procs = None, []
    try:  # the folder goes whatever happens (a SIGTERM between two lines too)
        with termination_deferred():  # no folder or worker made and not yet known here
            drop = table_transfer.make_drop()
            totals = ctx.Array("q", cut) if cut else None  # bytes each cut file's parts spilled
            for _ in range(n):
                procs.append(ctx.Process(target=_worker, daemon=True, args=(
                    task_q, result_q, categories, min_confidence, drop, totals)))
                procs[-1].start()
        for group in groups:
            task_q.put(group)
        for _ in procs:
            task_q.put(None)
        running, ginza_error = n, ""
        while running:
            try:
                message = result_q.get(timeout=5)
            except queue.Empty:
                if not any(p.is_alive() for p in procs):
                    yield ScanError("<scan>", "worker processes died; some files not scanned")
                    return
                continue
            if isinstance(message, str):
                running -= 1
                ginza_error = ginza_error or message
                continue
            yield from map(_unpack, message)
        if ginza_error:
            yield ScanError(_GINZA_REPORTED, ginza_error)
    finally:
        with termination_deferred():
            procs = [p for p in procs if p.pid is not None]  # a start that failed: no process
            for p in procs:
                p.join(timeout=1)
                if p.is_alive():
                    p.terminate()  # it unwinds and removes its spill area (_stop_on_terminate)
            for p in procs:
                p.join(timeout=5)
                if p.is_alive():
                    p.kill()
            table_transfer.remove_drop(drop)


def scan(paths: Iterable[Path | str], categories: Iterable[str] | None = None,
         workers: int | None = None, min_confidence: float = 0.5) -> Scan:
    """Scan files, folders and archives; iterate for findings and errors, then read ``.summary``."""
    return Scan(walk(paths), categories, workers, min_confidence)
