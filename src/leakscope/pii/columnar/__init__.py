"""The table path of the PII scan: CSV / TSV, SQLite tables, SQL dumps, .xlsx and .xls sheets,
JSON Lines and arrays column by column."""

from __future__ import annotations

from pathlib import Path

from .json_scan import JsonRecordsPlan, plan_json_records
from .sheet_scan import WorkbookPlan, plan_workbook
from .sqldump_scan import SqlDumpPlan
from .sqlite_scan import SqlitePlan
from .table_scan import TablePlan, TableScan, plan_table

__all__ = ["JsonRecordsPlan", "SqlDumpPlan", "SqlitePlan", "TablePlan", "TableScan", "WorkbookPlan",
           "plan_file", "plan_table"]


# Below this size a table costs more to set up column by column than the engine takes to read
# it cell by cell (~10 KB: a folder of 500 small CSV exports scanned 2x slower planned).
TABLE_MIN_BYTES = 10 << 10


def plan_file(path: Path, kind: str
              ) -> TablePlan | SqlitePlan | SqlDumpPlan | WorkbookPlan | JsonRecordsPlan | None:
    """How to read ``path`` (sniffed as ``kind``) column by column, or None: not a table, or
    a small one."""
    if kind == "sqlite":  # (at any size: rows point at rows, ``row_keys``)
        return SqlitePlan(path)
    if kind == "sql":
        return SqlDumpPlan(path)
    if path.stat().st_size < TABLE_MIN_BYTES:
        return None
    if kind in ("csv", "text"):
        return plan_table(path, kind)
    if kind in ("xlsx", "xls"):
        return plan_workbook(path, kind)
    if kind in ("jsonl", "json"):
        return plan_json_records(path, kind)
    return None
