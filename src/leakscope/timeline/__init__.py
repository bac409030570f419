"""The normalized timeline: log parsers -> ECS events -> Parquet, queried with DuckDB.

Library entry points:

- :func:`parse` streams normalized events (or :class:`ParseError`) from one log file of any
  supported format (auto-detected);
- :func:`ingest` parses evidence into an immutable Parquet batch under ``CASE/events/``;
- :func:`events_relation` opens DuckDB with a view ``events`` over every batch of a case.

Event fields are documented in :mod:`leakscope.timeline.schema`.
"""

from __future__ import annotations

from leakscope.timeline.reader import parse
from leakscope.timeline.schema import COLUMNS, Event, ParseError, normalize

__all__ = ["COLUMNS", "Event", "ParseError", "normalize", "parse"]
