"""Damage found by mutating good files: what is still readable is still found.

Each case broke one way in a mutation pass over every format (`leakscope scan --json` on a
good file with one byte flipped, a cut, a hostile value): one bad value or a cut end took
the whole file or table with it, with no finding from the part that was fine.
"""

from __future__ import annotations

import sqlite3

from salvage_scan import CSV, ROWS, scan


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


def _database(path) -> bytes:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE customers (name TEXT, phone TEXT, email TEXT)")
    connection.executemany("INSERT INTO customers VALUES (?, ?, ?)",
                           [(name, phone, f" {email} ") for name, phone, email in ROWS] * 10)
    connection.commit()
    connection.close()
    return path.read_bytes()


def test_sqlite_none_of_whose_rows_reads_has_its_strings_scanned(tmp_path):
    data = bytearray(_database(tmp_path / "seed.sqlite"))
    page = int.from_bytes(data[16:18], "big")
    damaged = {"page.sqlite": data[:page] + b"\x07" + data[page + 1:],  # the table's page
               "name.sqlite": data.replace(b"email TEXT", b"\xff\xfeail TEXT")}  # its schema
    for name, content in damaged.items():
        (tmp_path / name).write_bytes(content)
        findings, errors = scan(tmp_path / name)
        assert {e["path"] for e in errors} == {name}
        assert "no row of the database could be read; only printable strings scanned" in [
            e["message"] for e in errors], name
        emails = [f for f in findings if f["category"] == "email_address"]
        assert emails and all("offset" in f["location"] for f in emails), name


def test_sqlite_cut_short_says_so(tmp_path):
    """SQLite reads the pages past the end as zeros (rows of NULL) and raises nothing."""
    data = _database(tmp_path / "seed.sqlite")
    (tmp_path / "cut.sqlite").write_bytes(data[:-100])
    findings, errors = scan(tmp_path / "cut.sqlite")
    assert [e["path"] for e in errors] == ["cut.sqlite"]
    assert errors[0]["message"].startswith(f"file cut short: {len(data) - 100:,} of the "
                                           f"{len(data):,} bytes its header declares")
    assert 0 < len(findings) < 60  # the rows before the cut still read


def test_sqlite_with_one_readable_table_is_not_read_twice(tmp_path):
    path = tmp_path / "two.sqlite"
    _database(path)
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE notes (body TEXT)")
    connection.execute("INSERT INTO notes VALUES ('memo 070-1111-2222')")
    connection.commit()
    connection.close()
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    data[2 * page] = 7  # page 3, the notes table's: no valid page type
    path.write_bytes(data)
    findings, errors = scan(path)
    assert len(errors) == 1 and "'notes' unreadable" in errors[0]["message"]
    assert all("table" in f["location"] for f in findings) and len(findings) == 60


def test_csv_field_over_the_limit_is_read_as_text_once(tmp_path):
    """Not an unclosed quote but a field that big (a log pasted in a cell): it was named
    twice and its PII dropped; now one error, and the line scanned as text."""
    blob = "x" * (9 << 20)
    path = tmp_path / "notes.csv"
    path.write_text(CSV + f'"{blob} hidden.person@example.org {blob}",090-2222-3333\n' + CSV)
    findings, errors = scan(path)
    assert [e["message"] for e in errors] == [
        "CSV row near line 4: field larger than field limit (16777216)"]
    hidden = [f for f in findings if f["value"].endswith("@example.org")]
    assert hidden and hidden[0]["location"]["line"] == 4
    assert len([f for f in findings if "row" in f["location"]
                and f["category"] == "phone_number"]) == 4  # the rows around it


def test_csv_with_nul_padded_fields_is_still_a_table(tmp_path):
    """An export whose fields are NUL-padded to their width was binary: its strings were
    scanned, the labels lost, and names with them."""
    rows = ["顧客ID,氏名,電話番号,メール"] + [
        f"{i},{name}\0\0\0\0,090-1234-{i:04d},u{i}@example.jp"
        for i, name in enumerate(["山田 一郎", "佐藤 花子", "鈴木 次郎", "高橋 美咲"] * 5)]
    for encoding in ("utf-8", "cp932"):
        path = tmp_path / f"export-{encoding}.csv"
        path.write_bytes(("\n".join(rows) + "\n").encode(encoding))
        findings, errors = scan(path)
        assert errors == [], encoding
        names = [f for f in findings if f["category"] == "person_name"]
        assert len(names) == 20 and names[0]["location"] == {"row": 2, "field": "氏名"}


def test_utf8_text_behind_a_utf16_bom_is_read_as_utf8(tmp_path):
    """A tool that wrote a UTF-16 BOM before UTF-8 text: read as UTF-16 it was CJK nonsense,
    no finding and no error."""
    text = "お客様各位\n山田太郎様\n電話番号 090-1234-5678\nメール taro.yamada@example.jp\n"
    path = tmp_path / "memo.txt"
    path.write_bytes(b"\xff\xfe" + text.encode())
    findings, _ = scan(path)
    assert {f["category"] for f in findings} >= {"phone_number", "email_address"}
    (tmp_path / "real.txt").write_bytes(("山田太郎様" * 30).encode("utf-16"))  # no NUL in it
    assert scan(tmp_path / "real.txt")[0], "true UTF-16 without ASCII is still UTF-16"
