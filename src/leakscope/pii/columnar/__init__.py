"""The table path of the PII scan: a CSV / TSV read column by column (see table_scan)."""

from .table_scan import TablePlan, TableScan, plan_table

__all__ = ["TablePlan", "TableScan", "plan_table"]
