"""A CSV / TSV with a row of another width (a file cut mid-row: a truncated leak) is read by
Arrow up to that row and by the row reader from there on, which passes over the rows Arrow
read without making units of them: the scan gives exactly what the row reader alone gives
(findings, locations, people, errors), and no row is read twice.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from pathlib import Path

import pytest
from columnar_oracle import finding_key
from faker import Faker

import leakscope.pii.columnar as columnar
from leakscope import pii
from leakscope.pii.columnar import plan_table, reader
from leakscope.pii.extract import tables

HEADER = ["顧客ID", "氏名", "フリガナ", "郵便番号", "住所", "電話番号", "メールアドレス",
          "生年月日"]
ROWS = 600


def _rows(count: int) -> list[list[str]]:
    """Customers; birth dates written day first (24/06/1963). Only the first half has a day
    over 12, so only a reader that decides the date order on the real first rows reads the
    ambiguous dates of the second half (04/07/1963) day first."""
    fake = Faker("ja_JP")
    fake.seed_instance(40)
    rows = []
    for i in range(count):
        born = fake.date_of_birth(minimum_age=18, maximum_age=90)
        day = born.day if i < count // 2 else born.day % 12 + 1
        rows.append([str(1000 + i), fake.name(), fake.kana_name(), fake.postcode(),
                     fake.address(), fake.phone_number(), f"c{i}@example.jp",
                     f"{day:02d}/{born.month:02d}/{born.year}"])
    return rows


def _table(tmp_path: Path, where: str, encoding: str, header: bool, delimiter: str = ","
           ) -> tuple[Path, int]:
    """The file, and the number of the ragged row (1 = the first line)."""
    rows = _rows(ROWS)
    top = 1 if header else 0
    ragged = {"early": 3, "middle": ROWS // 2, "cut": ROWS - 1}[where]
    if where == "early":
        rows[ragged] = [*rows[ragged], "余り", "山田 花子様"]
    elif where == "middle":
        rows[ragged] = rows[ragged][:3]
    text = io.StringIO()
    writer = csv.writer(text, delimiter=delimiter, lineterminator="\r\n")
    writer.writerows([HEADER, *rows] if header else rows)
    data = text.getvalue().encode(encoding)
    if where == "cut":  # mid-address of the last row (for CP932 maybe mid-character)
        last = data.rindex(b"\r\n", 0, len(data) - 2) + 2
        data = data[:last + len(data[last:]) // 2 + 1]
    path = tmp_path / f"customers.{'tsv' if delimiter == chr(9) else 'csv'}"
    path.write_bytes(data)
    return path, ragged + top + 1


def _scan(path: Path) -> tuple[list[tuple], list[str], int]:
    run = pii.scan([path], workers=1)
    found, errors = [], []
    for item in run:
        if isinstance(item, pii.Finding):
            found.append(finding_key(item))
        else:
            errors.append(item.message)
    return found, errors, run.summary.subjects


@pytest.fixture()
def small_blocks(monkeypatch):
    """Arrow reads ~100 rows a block, so a small file has rows before and after the cut."""
    monkeypatch.setattr(reader, "BLOCK_BYTES", 16 << 10)


@pytest.fixture()
def units_made(monkeypatch) -> list[int]:
    """The numbers of the rows the row reader makes units of."""
    made, real = [], tables.row_units

    def spy(display, cells, labels, row, *args, **kwargs):
        made.append(row)
        return real(display, cells, labels, row, *args, **kwargs)

    monkeypatch.setattr(tables, "row_units", spy)
    return made


def _row_reader_alone(path: Path, monkeypatch) -> tuple[list[tuple], list[str], int]:
    with monkeypatch.context() as patch:
        patch.setattr(columnar, "TABLE_MIN_BYTES", 1 << 30)  # no table path
        return _scan(path)


@pytest.mark.parametrize(("where", "encoding", "header"), [
    ("cut", "cp932", True), ("cut", "utf-8", False), ("middle", "utf-8", True),
    ("middle", "cp932", False), ("early", "cp932", True), ("early", "utf-8", False)])
def test_a_ragged_row_gives_what_the_row_reader_alone_gives(tmp_path, monkeypatch,
                                                            small_blocks, units_made, where,
                                                            encoding, header):
    path, ragged = _table(tmp_path, where, encoding, header)
    plan = plan_table(path)
    assert plan is not None and bool(plan.header) == header
    found, errors, people = _scan(path)
    read_on = sorted(set(units_made))
    units_made.clear()
    assert (found, errors, people) == _row_reader_alone(path, monkeypatch)
    assert len(units_made) >= ROWS  # (the reference made units of every row)
    rows = [place["row"] for f in found
            if (place := dict(f[3]))["field"] == "氏名" and place["row"] != ragged]
    assert len(rows) == len(set(rows)) >= ROWS - 1  # a name a row, none twice
    assert any(dict(f[3])["row"] > ragged for f in found) or where == "cut"
    # the row reader made units from the ragged row on (of all rows where it is in Arrow's
    # first batch, as before: those rows decide the date order); each row once
    first = 1 + header if where == "early" else ragged
    assert read_on == list(range(first, ROWS + header + 1))


def test_dates_after_the_cut_are_read_in_the_order_the_first_rows_write(tmp_path,
                                                                         small_blocks):
    path, _ = _table(tmp_path, "cut", "cp932", True)
    found, _, _ = _scan(path)
    births = {dict(f[3])["row"]: f[2] for f in found if f[1] == "date_of_birth"}
    day, month, year = _rows(ROWS)[ROWS - 3][7].split("/")  # row ROWS - 1: after the cut
    assert int(day) <= 12 and births[ROWS - 1] == f"{year}-{month}-{day}"


def test_a_tsv_cut_mid_row_through_the_cli(tmp_path, monkeypatch, small_blocks, units_made):
    from test_scan_cli import jsonl, runner

    from leakscope.cli.main import app

    path, ragged = _table(tmp_path, "cut", "utf-8", True, delimiter="\t")
    result = runner.invoke(app, ["scan", str(path), "--json", "--workers", "1"])
    assert result.exit_code == 0, result.output
    records = jsonl(result.output)
    assert units_made == [ragged]  # the rows Arrow read were not read again
    findings = [r for r in records if r["type"] == "finding"]
    with monkeypatch.context() as patch:
        patch.setattr(columnar, "TABLE_MIN_BYTES", 1 << 30)
        alone = jsonl(runner.invoke(app, ["scan", str(path), "--json", "--workers", "1"]
                                    ).output)
    assert findings == [r for r in alone if r["type"] == "finding"]
    assert records[-1]["subjects"] == alone[-1]["subjects"] >= ROWS - 5
    assert Counter(r["location"]["row"] for r in findings)[ragged] >= 1  # the cut row's own


def test_a_line_too_long_for_a_row_after_the_cut_keeps_its_findings(tmp_path, monkeypatch,
                                                                     small_blocks):
    """Arrow cannot take a field longer than its block, csv.reader one over its limit: that
    line is read as text windows (``{"line", "column"}``), on the table path too."""
    from leakscope.pii.extract import delimited

    limit = csv.field_size_limit(50_000)
    try:
        monkeypatch.setattr(delimited, "MAX_FIELD_CHARS", 50_000)
        lines = [",".join(HEADER), *(",".join(row) for row in _rows(400))]
        lines[300] = f'"{"x" * 60_000} 連絡先 090-9999-8888 z@example.jp",1'
        path = tmp_path / "customers.csv"
        path.write_bytes("\r\n".join([*lines, ""]).encode("cp932"))
        found, errors, people = _scan(path)
        assert (found, errors, people) == _row_reader_alone(path, monkeypatch)
    finally:
        csv.field_size_limit(limit)
    assert "field larger than field limit" in errors[0]
    assert {f[1] for f in found if dict(f[3]).get("line") == 301} == {"phone_number",
                                                                    "email_address"}
