"""PII scan of an Excel 97-2003 workbook (issue 3): `python bench/pii_xls_speed.py [--rows N]`.

The customer CSV of pii_extract_speed (ID, 氏名, フリガナ, 〒, 住所, 電話, e-mail, 生年月日, 備考)
as an .xls sheet under a title row (at most 65,535 rows: the format's limit), IDs as numbers.
Each run in a fresh child process, start-up included (pii_table_speed's runner): the
cell-by-cell engine (the path before) and the table path, both reading with xlrd; xlrd's
parse alone beside them (the floor either path stands on). Writing the .xls needs xlwt
(`pip install xlwt`, for this benchmark only). Prints Markdown rows.
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import itertools
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("pii_table_speed", HERE / "pii_table_speed.py")
table_bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(table_bench)


def make_xls(path: Path, csv_path: Path, rows: int) -> None:
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("顧客一覧")
    sheet.write(0, 0, "顧客一覧（社外秘）")
    with csv_path.open(encoding="cp932", newline="") as source:
        reader = csv.reader(source)
        for r, row in enumerate(itertools.islice(reader, rows + 1), 1):
            for c, value in enumerate(row):
                sheet.write(r, c, int(value) if r > 1 and c == 0 else value)
    book.save(str(path))


def xlrd_parse(path: Path) -> dict:
    import xlrd

    started, cpu = time.perf_counter(), time.process_time()
    book = xlrd.open_workbook(str(path), on_demand=True)
    sheet = book.sheet_by_index(0)
    cells = sum(len(sheet.row(r)) for r in range(sheet.nrows))
    return {"seconds": time.perf_counter() - started, "cpu": time.process_time() - cpu,
            "rss_kib": None, "cells": cells}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=65_000)
    args = parser.parse_args()
    sys.path.insert(0, str(HERE))
    import pii_extract_speed as extract_bench  # the customer CSV generator

    with tempfile.TemporaryDirectory(prefix="pii-xls-bench-") as tmp:
        work = Path(tmp)
        csv_path, book = work / "customers.csv", work / "customers.xls"
        extract_bench.make_csv(csv_path, 16)
        make_xls(book, csv_path, min(args.rows, 65_534))
        size = book.stat().st_size / 1e6
        print("| run | input | by the clock | per core | found | peak RSS | vs before |")
        print("| --- | --- | --- | --- | --- | --- | --- |")
        parsed = xlrd_parse(book)
        print(table_bench.row("xlrd's parse alone (every cell read)", size, parsed, None,
                              f"{parsed['cells']:,} cells"))
        table_bench.both_paths(book, ".xls, xlrd + cell-by-cell engine (before)",
                               "the same .xls, xlrd + columnar table path")


if __name__ == "__main__":
    main()
