"""The table path of the PII scan: CSV / TSV, SQLite tables and SQL dumps column by column."""

from __future__ import annotations

from pathlib import Path

from .sqldump_scan import SqlDumpPlan
from .sqlite_scan import SqlitePlan
from .table_scan import TablePlan, TableScan, plan_table

__all__ = ["SqlDumpPlan", "SqlitePlan", "TablePlan", "TableScan", "plan_file", "plan_table"]


def plan_file(path: Path, kind: str) -> TablePlan | SqlitePlan | SqlDumpPlan | None:
    """How to read ``path`` (sniffed as ``kind``) column by column, or None: not a table."""
    if kind in ("csv", "text"):
        return plan_table(path, kind)
    if kind == "sqlite":
        return SqlitePlan(path)
    if kind == "sql":
        return SqlDumpPlan(path)
    return None
