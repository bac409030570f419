"""Where detection reads events from: log files (parsed on the fly) or a case's timeline."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from leakscope.case.hashing import sha256_file
from leakscope.timeline import ParseError, parse
from leakscope.timeline.schema import RAW

Item = dict[str, Any] | ParseError


def expand(paths: Iterable[Path]) -> Iterator[Path]:
    """Files under `paths` (folders recursively, sorted); a missing path is passed through."""
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file())
        else:
            yield path


def file_events(paths: Iterable[Path], timezone: str | None = None) -> Iterator[Item]:
    """Normalized events of every file, each with its evidence SHA-256; errors in-line."""
    for path in expand(paths):
        display = str(path)
        try:
            digest = sha256_file(path)
        except OSError as exc:
            yield ParseError(display, f"cannot read: {exc.strerror or exc}")
            continue
        yield from parse(path, display, digest, timezone=timezone)


def case_events(case: Any) -> Iterator[Item]:
    """Events already ingested into `case` (Parquet batches under events/)."""
    for part in sorted(Path(case.events_dir).rglob("*.parquet")):
        try:
            handle = pq.ParquetFile(part)
            for batch in handle.iter_batches(batch_size=4096):
                for row in batch.to_pylist():
                    raw = row.get(RAW)
                    row[RAW] = json.loads(raw) if isinstance(raw, str) and raw else {}
                    yield row
        except (OSError, ValueError) as exc:
            yield ParseError(str(part), f"events batch unreadable: {exc}")
