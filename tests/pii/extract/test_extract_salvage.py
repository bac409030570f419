"""Damage found by mutating good files: what is still readable is still found.

Each case broke one way in a mutation pass over every format (`leakscope scan --json` on a
good file with one byte flipped, a cut, a hostile value): one bad value or a cut end took
the whole file or table with it, with no finding from the part that was fine.
"""

from __future__ import annotations

import json
import sqlite3

from typer.testing import CliRunner

from leakscope.cli.main import app

runner = CliRunner()
ROWS = [("山田太郎様", "090-1234-5678", "taro.yamada@example.jp"),
        ("佐藤花子様", "080-2345-6789", "hanako.sato@example.co.jp")]


def scan(path) -> tuple[list[dict], list[dict]]:
    """Findings and errors of ``leakscope scan --json path``."""
    result = runner.invoke(app, ["scan", str(path), "--json", "--workers", "1"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.output.splitlines() if line.startswith("{")]
    return ([r for r in records if r["type"] == "finding"],
            [r for r in records if r["type"] == "error"])


def test_cut_sql_dump_keeps_the_tuples_before_the_cut(tmp_path):
    values = ",".join("('{}','{}','{}')".format(*row) for row in ROWS)
    dump = ("CREATE TABLE customers (\n  name varchar(50),\n  phone varchar(20),\n"
            f"  email varchar(100)\n);\nINSERT INTO customers VALUES {values};\n")
    path = tmp_path / "cut.sql"
    path.write_text(dump[: dump.index("hanako") + 3])  # cut inside the second tuple's string
    findings, errors = scan(path)
    assert [e["path"] for e in errors] == ["cut.sql"]
    assert "not terminated" in errors[0]["message"] and "line 6" in errors[0]["message"]
    categories = {f["category"] for f in findings}
    assert {"phone_number", "email_address", "person_name"} <= categories
    assert all(f["location"]["line"] == 6 for f in findings)


def test_sql_string_left_open_does_not_hide_the_rows(tmp_path):
    values = ",".join("('{}','{}','{}')".format(*row) for row in ROWS)
    values = values.replace("'山田太郎様'", "'山田太郎様")  # its closing quote gone
    path = tmp_path / "open.sql"
    path.write_text(f"INSERT INTO customers VALUES {values};\n")
    findings, errors = scan(path)
    assert len(errors) == 1 and "not terminated" in errors[0]["message"]
    assert {"090-1234-5678"[-4:], "6789"} <= {f["value"][-4:] for f in findings}


def test_sqlite_text_that_is_not_utf8_loses_one_value_not_the_table(tmp_path):
    path = tmp_path / "app.sqlite"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE customers (name TEXT, phone TEXT, email TEXT)")
    connection.executemany("INSERT INTO customers VALUES (?, ?, ?)", ROWS * 5)
    connection.execute("INSERT INTO customers VALUES (CAST(X'8e52' AS TEXT), "
                       "'070-1111-2222', CAST(X'74ff40782e6a70' AS TEXT))")  # Shift_JIS, 0xff
    connection.commit()
    connection.close()
    findings, errors = scan(path)
    assert errors == []
    phones = [f for f in findings if f["category"] == "phone_number"]
    assert len(phones) == 11 and phones[-1]["location"] == {
        "table": "customers", "row": 11, "field": "phone"}


def test_json_integer_past_the_digit_limit_keeps_the_file(tmp_path):
    huge = "1" + "0" * 5000  # Python refuses to convert it: that took the whole file
    lines = tmp_path / "log.jsonl"
    lines.write_text(f'{{"email": "taro.yamada@example.jp", "n": {huge}}}\n'
                     '{"tel": "090-1234-5678"}\n')
    array = tmp_path / "list.json"
    array.write_text(f'[{{"email": "taro.yamada@example.jp", "n": {huge}}}, '
                     '{"tel": "090-1234-5678"}]')
    document = tmp_path / "one.json"
    document.write_text(f'{{"email": "taro.yamada@example.jp", "n": {huge}}}')
    for path in (lines, array, document):
        findings, errors = scan(path)
        assert errors == [], path.name
        assert findings[0]["category"] == "email_address"
        assert findings[0]["location"]["key"] == "email", path.name
    assert len(scan(lines)[0]) == len(scan(array)[0]) == 2

