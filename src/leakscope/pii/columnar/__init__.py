"""The table path of the PII scan: CSV / TSV and SQLite tables read column by column."""

from __future__ import annotations

from pathlib import Path

from .sqlite_scan import SqlitePlan
from .table_scan import TablePlan, TableScan, plan_table

__all__ = ["SqlitePlan", "TablePlan", "TableScan", "plan_file", "plan_table"]


def plan_file(path: Path, kind: str) -> TablePlan | SqlitePlan | None:
    """How to read ``path`` (sniffed as ``kind``) column by column, or None: not a table."""
    if kind in ("csv", "text"):
        return plan_table(path, kind)
    if kind == "sqlite":
        return SqlitePlan(path)
    return None
