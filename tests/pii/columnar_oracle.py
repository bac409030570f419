"""What every table-path test compares with: the engine reading the row reader's units.

Findings are compared as keys of every field a user sees (location keys in order), errors by
message, both in the order they come.
"""

from __future__ import annotations

from pathlib import Path

from leakscope import pii
from leakscope.pii.engine import Engine
from leakscope.pii.extract import extract
from leakscope.pii.finding_table import FindingTable
from leakscope.pii.units import ExtractError, TextUnit


def finding_key(f: pii.Finding) -> tuple:
    return (f.path, f.category, f.value, tuple(f.location.items()), round(f.confidence, 9),
            f.detector, f.record, f.personal)


def engine_reference(path: Path, categories: tuple[str, ...] | None = None
                     ) -> tuple[list[tuple], list[str]]:
    """The cell-by-cell path's findings and error messages."""
    items = list(extract(path, path.name))
    units = (u for u in items if isinstance(u, TextUnit))
    found = [finding_key(f) for f in Engine.cached(categories).detect(units)
             if isinstance(f, pii.Finding)]
    return found, [e.message for e in items if isinstance(e, ExtractError)]


def table_path(path: Path, categories: tuple[str, ...] | None = None
               ) -> tuple[list[tuple], list[str], list[FindingTable]]:
    """``pii.scan``'s findings and error messages, and the FindingTables it yielded."""
    items = list(pii.scan([path], categories=categories, workers=1).batches())
    tables = [i for i in items if isinstance(i, FindingTable)]
    found = [finding_key(f) for i in items
             for f in (i.findings() if isinstance(i, FindingTable) else [i])
             if isinstance(f, pii.Finding)]
    return found, [i.message for i in items if isinstance(i, pii.ScanError)], tables
