"""Small tables go cell by cell (setting up the columns costs more), big ones column by column;
the findings are the same either way."""

from __future__ import annotations

import leakscope.pii.columnar as columnar
from leakscope import pii
from leakscope.pii.finding_table import FindingTable


def _scan(path):
    items = list(pii.scan([path], workers=1).batches())
    tables = [i for i in items if isinstance(i, FindingTable)]
    found = [(f.category, f.value, tuple(f.location.items()), f.record)
             for i in items for f in (i.findings() if isinstance(i, FindingTable) else [i])]
    return found, tables


def test_a_small_table_is_read_cell_by_cell_a_big_one_by_columns(tmp_path, monkeypatch):
    names = ["山田太郎", "佐藤花子", "鈴木一郎", "田中美咲"]
    rows = "".join(f"{names[i % 4]},taro{i}@example.jp,090-{1000 + i:04d}-5678\n"
                   for i in range(400))
    table = tmp_path / "customers.csv"
    table.write_text("氏名,メール,電話番号\n" + rows, "utf-8")
    planned, planned_tables = _scan(table)
    assert planned_tables
    monkeypatch.setattr(columnar, "TABLE_MIN_BYTES", table.stat().st_size + 1)
    cells, cell_tables = _scan(table)
    assert not cell_tables and cells == planned
    assert len(cells) == 1200
