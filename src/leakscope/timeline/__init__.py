"""The normalized timeline: log parsers -> ECS events -> Parquet, queried with DuckDB.

Library entry points:

- :func:`parse` streams normalized events (or :class:`ParseError`) from one log file of any
  supported format (auto-detected);
- :func:`ingest` parses evidence into an immutable Parquet batch under ``CASE/events/``;
- :func:`events_relation` opens DuckDB with a view ``events`` over every batch of a case.

Event fields are documented in :mod:`leakscope.timeline.schema`.
"""

from __future__ import annotations

from leakscope.timeline.ingest import IngestResult, ingest
from leakscope.timeline.reader import parse
from leakscope.timeline.schema import COLUMNS, Event, ParseError, normalize
from leakscope.timeline.storage import events_relation

__all__ = ["COLUMNS", "Event", "IngestResult", "ParseError", "events_relation", "ingest",
           "normalize", "parse"]
