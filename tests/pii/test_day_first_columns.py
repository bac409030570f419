"""A table column that writes a date day first (24/06/1963) writes them all so: its
04/07/1963 is 4 July, on the table path and cell by cell alike. A column that writes one
month first (06/24/1963) stays month first; a column of both, or of only ambiguous dates,
is read cell by cell as before."""

from __future__ import annotations

import csv
import json
import random
import sqlite3

import openpyxl
import pyarrow as pa
import pytest
from columnar_oracle import engine_reference, table_path
from faker import Faker
from typer.testing import CliRunner

from leakscope.cli.main import app
from leakscope.pii.columnar import batches
from leakscope.pii.dates import day_first_columns, parse_date
from leakscope.pii.engine import Engine
from leakscope.pii.extract import tables
from leakscope.pii.extract.calamine_child import SheetUnreadable

HEADER = ["Guest Name", "Nationality", "Date of Birth"]


def _dobs(found: list[tuple]) -> dict[int, str]:
    """Row -> date of birth found there."""
    return {dict(f[3])["row"]: f[2] for f in found if f[1] == "date_of_birth"}


def _both_paths(path) -> dict[int, str]:
    """The table path's dates of birth by row, held equal to the row reader's findings."""
    found, errors, tables_ = table_path(path)
    assert tables_ and not errors
    assert found == engine_reference(path)[0]
    return _dobs(found)


def _guests(count: int, seed: int, dates: list[str]) -> list[list[str]]:
    fake = Faker("en_GB")
    fake.seed_instance(seed)
    return [[fake.name(), random.Random(seed + i).choice(["USA", "AUS", "GBR", "FRA"]),
             dates[i % len(dates)]] for i in range(count)]


def _csv(path, rows: list[list[str]], encoding: str = "utf-8", delimiter: str = ","):
    with path.open("w", newline="", encoding=encoding) as handle:
        csv.writer(handle, delimiter=delimiter).writerows([HEADER, *rows])
    return path


def test_a_day_first_date_makes_the_columns_ambiguous_ones_day_first():
    assert parse_date("04/07/1963").isoformat() == "1963-04-07"  # alone: month first
    assert parse_date("04/07/1963", day_first=True).isoformat() == "1963-07-04"
    assert parse_date("06/24/1963", day_first=True).isoformat() == "1963-06-24"  # no month 24
    rows = [["a", "24/06/1963", "06/24/1963", "04/07/1963", "x"],
            ["b", "04/07/1963", "24/06/1963", "05/08/1970", "1/2/2000 or 2/1/2000"],
            ["c", "born 13/1/1980.", "", "", None]]
    assert day_first_columns(rows) == {1}  # column 2 holds both; 3 and 4 say nothing


def test_the_hotel_guest_register_utf16_tsv_reads_every_date_day_first(tmp_path):
    path = tmp_path / "guest_register.tsv"
    path.write_text("Guest Name\tNationality\tDate of Birth\n"
                    "Emily Smith\tUSA\t24/06/1963\nJack Wilson\tAUS\t04/07/1963\n",
                    encoding="utf-16")
    assert _both_paths(path) == {2: "1963-06-24", 3: "1963-07-04"}


def test_leakscope_scan_reads_a_small_register_day_first(tmp_path, monkeypatch):
    """The repro, end to end: ``leakscope scan --json --reveal`` of a small UTF-16 register
    (read cell by cell, as a file under the table path's size is), the deciding date after."""
    import leakscope.pii.columnar as columnar

    monkeypatch.setattr(columnar, "TABLE_MIN_BYTES", 1 << 30)
    path = tmp_path / "guest_register.tsv"
    path.write_text("Guest Name\tNationality\tDate of Birth\n"
                    "Jack Wilson\tAUS\t04/07/1963\nEmily Smith\tUSA\t24/06/1963\n",
                    encoding="utf-16")
    result = CliRunner().invoke(app, ["scan", str(tmp_path), "--json", "--reveal",
                                      "--workers", "1"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.output.splitlines()]
    assert [(r["location"]["row"], r["value"]) for r in records
            if r.get("category") == "date_of_birth"] == [(2, "1963-07-04"), (3, "1963-06-24")]


@pytest.mark.parametrize("kind", ["csv", "tsv16", "xlsx", "sqlite", "sql"])
def test_a_big_register_reads_day_first_on_the_table_path_as_cell_by_cell(tmp_path, kind):
    # ambiguous dates first, the one that decides near the end (after 390 rows)
    rows = _guests(400, seed=7, dates=["04/07/1963", "11/02/1971", "1/12/1985"])
    rows[390][2] = "31/12/1990"
    if kind == "xlsx":
        book = openpyxl.Workbook()
        for row in [HEADER, *rows]:
            book.active.append(row)
        path = tmp_path / "guests.xlsx"
        book.save(path)
    elif kind == "sql":
        path = _dump(tmp_path / "hotel.sql", [rows])
    elif kind == "sqlite":
        path = tmp_path / "hotel.sqlite"
        with sqlite3.connect(path) as db:
            db.execute('CREATE TABLE guests ("Guest Name", "Nationality", "Date of Birth")')
            db.executemany("INSERT INTO guests VALUES (?, ?, ?)", rows)
        db.close()
    elif kind == "tsv16":
        path = _csv(tmp_path / "guests.tsv", rows, "utf-16", "\t")
    else:
        path = _csv(tmp_path / "guests.csv", rows)
    assert path.stat().st_size > 10_000
    dobs = _both_paths(path)
    assert len(dobs) == 400
    first = 1 if kind in ("sqlite", "sql") else 2  # (a database's rows have no header row)
    assert {dobs[first], dobs[first + 1], dobs[first + 2], dobs[first + 390]} == {
        "1963-07-04", "1971-02-11", "1985-12-01", "1990-12-31"}


def _dump(path, inserts: list[list[list[str]]]):
    """A MySQL dump of the guests, an INSERT statement for each list of rows."""
    statements = ["CREATE TABLE `guests` (`Guest Name` text, `Nationality` text, "
                  "`Date of Birth` text);"]
    for rows in inserts:
        values = ",".join("(" + ",".join("'" + c.replace("'", "''") + "'" for c in row) + ")"
                           for row in rows)
        statements.append(f"INSERT INTO `guests` VALUES {values};")
    path.write_text("\n".join(statements) + "\n", encoding="utf-8")
    return path


def test_a_dumps_first_insert_decides_for_its_table(tmp_path):
    rows = _guests(60, seed=8, dates=["04/07/1963"])
    rows[45][2] = "24/06/1963"
    dobs = _both_paths(_dump(tmp_path / "late.sql", [rows[:30], rows[30:]]))
    assert dobs[1] == dobs[60] == "1963-04-07"  # the second INSERT's 24/06 comes too late
    rows[10][2] = "24/06/1963"
    dobs = _both_paths(_dump(tmp_path / "early.sql", [rows[:30], rows[30:]]))
    assert dobs[1] == dobs[60] == "1963-07-04"


def test_a_month_first_column_stays_month_first(tmp_path):
    rows = _guests(40, seed=3, dates=["04/07/1963", "06/24/1963"])
    dobs = _both_paths(_csv(tmp_path / "us.csv", rows))
    assert dobs[2] == "1963-04-07" and dobs[3] == "1963-06-24"


def test_a_column_of_both_orders_is_read_cell_by_cell(tmp_path):
    rows = _guests(40, seed=4, dates=["04/07/1963", "24/06/1963", "06/24/1963"])
    dobs = _both_paths(_csv(tmp_path / "mess.csv", rows))
    assert (dobs[2], dobs[3], dobs[4]) == ("1963-04-07", "1963-06-24", "1963-06-24")


def test_a_column_of_only_ambiguous_dates_reads_them_month_first(tmp_path):
    rows = _guests(40, seed=5, dates=["04/07/1963", "11/02/1971"])
    dobs = _both_paths(_csv(tmp_path / "ambiguous.csv", rows))
    assert (dobs[2], dobs[3]) == ("1963-04-07", "1971-11-02")


def test_each_column_and_each_file_decides_for_itself(tmp_path):
    header = ["氏名", "生年月日", "Spouse date of birth"]
    rows = [["佐藤 花子", "04/07/1963", "04/07/1963"], ["鈴木 一郎", "24/06/1963", "06/24/1960"]]
    path = tmp_path / "family.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([header, *rows])
    _csv(tmp_path / "other.csv", [["Jack Wilson", "AUS", "04/07/1963"]])
    found, _, _ = table_path(path)
    assert found == engine_reference(path)[0]
    values = {(dict(f[3])["row"], dict(f[3])["field"]): f[2] for f in found
              if f[1] == "date_of_birth"}
    assert values[2, "生年月日"] == "1963-07-04"  # its column writes 24/06/1963
    assert values[2, "Spouse date of birth"] == "1963-04-07"  # this one 06/24/1960
    assert _dobs(table_path(tmp_path / "other.csv")[0]) == {2: "1963-04-07"}  # nothing says


def test_a_columns_first_rows_decide_on_both_paths(tmp_path, monkeypatch):
    """A date that says day first after the rows that decide changes nothing before or
    after it: the table path cannot go back over batches it has answered for."""
    for module in (tables, batches):
        monkeypatch.setattr(module, "DATE_ORDER_ROWS", 5)
    rows = _guests(12, seed=6, dates=["04/07/1963"])
    rows[8][2] = "24/06/1963"
    dobs = _both_paths(_csv(tmp_path / "late.csv", rows))
    assert dobs[2] == dobs[13] == "1963-04-07" and dobs[10] == "1963-06-24"
    rows[3][2] = "24/06/1963"  # within the first five: every row
    dobs = _both_paths(_csv(tmp_path / "early.csv", rows))
    assert dobs[2] == dobs[13] == "1963-07-04"


def test_a_sheet_that_breaks_while_read_ahead_keeps_the_rows_before(tmp_path):
    """Reading ahead for the dates' order must not lose the rows a damaged sheet gave before
    it broke: they are read, then its error is raised as before."""
    def rows():
        yield ["氏名", "生年月日"]
        for i in range(20):  # (past the first rows, read for the header)
            yield [f"佐藤 花子{i}", "04/07/1963" if i else "24/06/1963"]
        raise SheetUnreadable("unexpected end of data")

    units = []
    with pytest.raises(SheetUnreadable):
        for batch in tables.table_units("book.xls", rows(), "book.xls#s!", {"sheet": "s"}):
            units.extend(batch)
    assert len(units) == 40
    run = [f for f in Engine.cached().detect(units) if f.category == "date_of_birth"]
    assert [f.value for f in run] == ["1963-06-24", *["1963-07-04"] * 19]


AWKWARD = ["24/06/1963", "x24/06/1963y", "1/24/06/1963", "24/06/19634", "24/06/1963\n",
           "０４/０７/１９６３", "13/13/2000", "31/12/1990 and 12/31/1990", "", None, "a/b",
           "24/6/63", "1963/06/24", "32/01/1999", "06/24/1963", "6/13/1999.", "生年月日 13/1/1980",
           "4/7/1963", "http://x/13/01/2000", "13/01/2000/"]


def test_the_table_path_and_the_row_reader_read_a_columns_order_alike():
    """The columns the table path finds day first (RE2 over an Arrow batch) are those the row
    reader finds (Python's re over its rows), awkward cells included."""
    rng = random.Random(1)
    found = set()
    for _ in range(60):
        columns = [[rng.choice(AWKWARD) for _ in range(3)] for _ in range(6)]
        rows = [list(row) for row in zip(*columns, strict=True)]
        arrow = pa.record_batch([pa.array(c, pa.string()) for c in columns],
                                names=[f"c{i}" for i in range(6)])
        assert batches._day_first_columns(arrow) == day_first_columns(rows), rows
        found |= day_first_columns(rows)
    assert found  # (some column was day first)
