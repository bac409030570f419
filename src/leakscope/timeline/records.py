"""Records (JSON objects, CSV rows) -> events with their provenance, the same way for all.

A format's ``to_event(record)`` maps one record; it raises :class:`BadRecord` for a record that
cannot become an event, which becomes an error naming the file and record, and the file goes on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from leakscope.timeline.schema import PROV_OFFSET, PROV_RECORD, Event, ParseError

Numbered = tuple[dict[str, Any], int, int | None]


class BadRecord(ValueError):
    """This record cannot become an event; the message says why."""


def events_from(items: Iterable[Numbered | ParseError], display: str,
                to_event: Callable[[dict[str, Any]], Event]) -> Iterator[Event | ParseError]:
    """Map every (record, number, offset) with `to_event`, keeping provenance and errors."""
    for item in items:
        if isinstance(item, ParseError):
            yield item
            continue
        record, number, offset = item
        try:
            event = to_event(record)
        except BadRecord as exc:
            yield ParseError(display, f"record {number}: {exc}", number)
            continue
        if event.get(PROV_RECORD) is None:
            event[PROV_RECORD] = number
        event[PROV_OFFSET] = offset
        yield event
