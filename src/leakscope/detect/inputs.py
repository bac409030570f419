"""Where detection reads events from: log files (parsed on the fly) or a case's timeline."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from leakscope.case.hashing import sha256_file
from leakscope.timeline import ParseError, parse
from leakscope.timeline.reader import unreadable_kind
from leakscope.timeline.schema import RAW

Item = dict[str, Any] | ParseError


def expand(paths: Iterable[Path]) -> Iterator[Path | ParseError]:
    """Files under `paths` (folders recursively, sorted); a missing path is passed through;
    a folder that holds no file, or cannot be listed, is an error naming it."""
    for path in paths:
        if not path.is_dir():
            yield path
            continue
        try:
            files = sorted(p for p in path.rglob("*") if p.is_file())
        except OSError as exc:
            yield ParseError(str(path), f"cannot list the folder: {exc.strerror or exc}")
            continue
        if not files:
            yield ParseError(str(path), "folder holds no files")
        yield from files


def file_events(paths: Iterable[Path], timezone: str | None = None) -> Iterator[Item]:
    """Normalized events of every file, each with its evidence SHA-256; errors in-line."""
    for path in expand(paths):
        if isinstance(path, ParseError):
            yield path
            continue
        display = str(path)
        try:
            problem = unreadable_kind(path)  # a FIFO would block the hashing for ever
            digest = None if problem else sha256_file(path)
        except OSError as exc:
            yield ParseError(display, f"cannot read: {exc.strerror or exc}")
            continue
        if problem:
            yield ParseError(display, problem)
            continue
        yield from parse(path, display, digest, timezone=timezone)


def case_events(case: Any) -> Iterator[Item]:
    """Events already ingested into `case` (Parquet batches under events/); an error when
    the case has no timeline yet."""
    parts = sorted(Path(case.events_dir).rglob("*.parquet"))
    if not parts:
        yield ParseError(str(case.events_dir), "the case has no timeline yet: run `leakscope "
                         "timeline ingest CASE PATH...` first, or give the log files")
    for part in parts:
        try:
            handle = pq.ParquetFile(part)
            for batch in handle.iter_batches(batch_size=4096):
                for row in batch.to_pylist():
                    raw = row.get(RAW)
                    row[RAW] = json.loads(raw) if isinstance(raw, str) and raw else {}
                    yield row
        except (OSError, ValueError) as exc:
            yield ParseError(str(part), f"events batch unreadable: {exc}")
