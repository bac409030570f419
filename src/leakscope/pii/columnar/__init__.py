"""The table path of the PII scan: CSV / TSV, SQLite tables, SQL dumps and .xlsx sheets column
by column."""

from __future__ import annotations

from pathlib import Path

from .sheet_scan import WorkbookPlan, plan_workbook
from .sqldump_scan import SqlDumpPlan
from .sqlite_scan import SqlitePlan
from .table_scan import TablePlan, TableScan, plan_table

__all__ = ["SqlDumpPlan", "SqlitePlan", "TablePlan", "TableScan", "WorkbookPlan", "plan_file",
           "plan_table"]


def plan_file(path: Path, kind: str
              ) -> TablePlan | SqlitePlan | SqlDumpPlan | WorkbookPlan | None:
    """How to read ``path`` (sniffed as ``kind``) column by column, or None: not a table."""
    if kind in ("csv", "text"):
        return plan_table(path, kind)
    if kind == "sqlite":
        return SqlitePlan(path)
    if kind == "sql":
        return SqlDumpPlan(path)
    if kind == "xlsx":
        return plan_workbook(path)
    return None
