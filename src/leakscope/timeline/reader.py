"""`parse(path)`: auto-detect the format and stream normalized events with provenance."""

from __future__ import annotations

import stat
import zlib
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

from leakscope.timeline import formats
from leakscope.timeline.parsers import generic
from leakscope.timeline.schema import (
    PROV_PATH,
    PROV_SHA,
    Event,
    ParseError,
    normalize,
)
from leakscope.timeline.timefmt import zone

MAX_ERRORS_PER_FILE = 1000


def unreadable_kind(path: Path) -> str | None:
    """Why `path` holds no log to read (a folder, a FIFO or device, an empty file), or None.
    Raises OSError when it cannot be looked at (gone, no permission)."""
    info = path.stat()
    if stat.S_ISDIR(info.st_mode):
        return "a folder, not a log file"
    if not stat.S_ISREG(info.st_mode):
        return "not a regular file (a FIFO, socket or device): not read"
    if info.st_size == 0:
        return "empty file (0 bytes): no events"
    return None


def parse(
    path: Path | str,
    display_path: str | None = None,
    evidence_sha256: str | None = None,
    *,
    timezone: str | None = None,
    mapping: Path | str | None = None,
    year: int | None = None,
    reference_time: datetime | None = None,
    on_read: Callable[[int], None] | None = None,
) -> Iterator[Event | ParseError]:
    """Yield every event of one log file (format auto-detected), or a ParseError per problem.

    ``timezone`` is used for logs whose stamps carry no zone (syslog, Postfix); ``mapping`` is a
    YAML field-mapping file that makes the file be read as generic CSV / JSON Lines; ``year``
    overrides the year guessed for RFC 3164 syslog stamps, which are otherwise placed before
    ``reference_time`` (default: the file's mtime; pass the original's when reading a copy).
    ``on_read(nbytes)`` is called as a binary log (EVTX) is read, for progress bars.
    Past `MAX_ERRORS_PER_FILE` errors, the rest of a file's errors are only counted (a
    gigabyte of garbage lines must not become millions of records held in memory).
    """
    display = display_path or str(path)
    errors = 0
    for item in _parse(Path(path), display, evidence_sha256, timezone, mapping, year,
                       reference_time, on_read):
        if item.__class__ is ParseError:
            errors += 1
            if errors > MAX_ERRORS_PER_FILE:
                continue
        yield item
    if errors > MAX_ERRORS_PER_FILE:
        yield ParseError(display, f"{errors - MAX_ERRORS_PER_FILE:,} more errors in this file "
                         f"not reported one by one (the first {MAX_ERRORS_PER_FILE:,} were)")


def _parse(path: Path, display: str, evidence_sha256: str | None, timezone: str | None,
           mapping: Path | str | None, year: int | None, reference_time: datetime | None,
           on_read: Callable[[int], None] | None) -> Iterator[Event | ParseError]:
    try:
        problem = unreadable_kind(path)
        parser = None if problem else generic if mapping is not None else formats.detect(path)
    except OSError as exc:
        yield ParseError(display, f"cannot read: {exc.strerror or exc}")
        return
    if problem:
        yield ParseError(display, problem)
        return
    if parser is None:
        yield ParseError(display, "unknown log format; tried: " + ", ".join(formats.tried_names())
                         + " (use a field-mapping file for other CSV / JSON Lines logs)")
        return
    items = parser.parse(path, display, tz=zone(timezone), mapping=mapping, year=year,
                         reference_time=reference_time, evidence_sha256=evidence_sha256,
                         on_read=on_read)
    try:
        if getattr(parser, "NORMALIZED", False):
            yield from items  # complete events, provenance included (the EVTX hot path)
            return
        for item in items:
            if isinstance(item, ParseError):
                yield item
                continue
            event = normalize(item)
            event[PROV_SHA] = evidence_sha256
            event[PROV_PATH] = display
            yield event
    except (OSError, EOFError, zlib.error) as exc:  # unreadable, or a truncated .gz
        why = getattr(exc, "strerror", None) or exc
        yield ParseError(display, f"read failed: {why}; events before this point are kept")
    except Exception as exc:  # a parser bug must not stop the run: report it with the file
        yield ParseError(display, f"parser {parser.NAME} failed ({type(exc).__name__}: {exc}); "
                         "events before this point are kept")
