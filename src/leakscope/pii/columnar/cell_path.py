"""The cell-by-cell path inside a table source, for what its table path cannot read: a file
its reader cannot open, the rest after where Arrow or the database stopped, a broken file's text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from ..engine import Engine
from ..extract import extract
from ..finding import Finding, ScanError
from ..units import ExtractError, TextUnit


def row_reader(engine: Engine, path: Path, display: str,
               unread: Callable[[dict], bool] = lambda location: True,
               items: Iterable[TextUnit | ExtractError] | None = None, rows_read: int = 0,
               ) -> Iterator[Finding | ScanError]:
    """The cell-by-cell path for the cells whose location is ``unread``: the extractor (or
    ``items``), then the engine (what the table path hands over to where it cannot go on,
    errors named as there). ``rows_read``: a CSV's first rows, read by the table path, of
    which the extractor makes no units."""
    errors: list[ScanError] = []

    def units() -> Iterator[TextUnit]:
        source = extract(path, display, rows_read=rows_read) if items is None else items
        for unit in source:  # errors are items
            if isinstance(unit, ExtractError):
                errors.append(ScanError(unit.path, unit.message))
            elif unread(unit.location):
                yield unit

    for found in engine.detect(units()):
        yield from errors
        errors.clear()
        yield found
    yield from errors
