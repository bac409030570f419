"""Structured data: JSON, JSON Lines, SQL dumps (MySQL, PostgreSQL) and SQLite files."""

from __future__ import annotations

import hashlib
import json
import sqlite3

from leakscope.pii.extract import jsondoc


def test_json_array_streams_records_with_keys_as_labels(tmp_path, run, monkeypatch, fake):
    monkeypatch.setattr(jsondoc, "READ_CHARS", 64)  # force many buffer refills
    people = [
        {"name": fake.name(), "contact": {"email": fake.email(), "tel": ["090-1234-5678"]}}
        for _ in range(30)
    ]
    path = tmp_path / "users.json"
    path.write_text(json.dumps(people, ensure_ascii=False, indent=1))
    result = run(path)
    assert result.errors == []
    assert len({u.record for u in result.units}) == 30
    third = [u for u in result.units if u.record == "users.json#3"]
    assert [(u.label, u.location["key"], u.text) for u in third] == [
        ("name", "name", people[2]["name"]),
        ("email", "contact.email", people[2]["contact"]["email"]),
        ("tel", "contact.tel[0]", "090-1234-5678"),
    ]


def test_json_object_with_a_list_of_people(tmp_path, run):
    path = tmp_path / "export.json"
    path.write_text(json.dumps({"exported": "2024-05-01", "users": [{"mail": "a@x.jp"}] * 2}))
    result = run(path)
    assert sorted(u.record for u in result.units) == [
        "export.json#$", "export.json#users[0]", "export.json#users[1]",
    ]


def test_truncated_json_keeps_what_was_read(tmp_path, run):
    path = tmp_path / "cut.json"
    path.write_text('[{"email": "a@x.jp"}, {"email": "b@x.jp"}, {"email": "c@')
    result = run(path)
    assert result.texts() == ["a@x.jp", "b@x.jp"]
    assert result.errors[0].path == "cut.json" and "json" in result.errors[0].message


def test_json_lines_with_a_bad_line(tmp_path, run):
    path = tmp_path / "app.log"
    path.write_text(
        '{"user": "taro@example.jp", "ip": "203.0.113.5"}\n'
        "{not json\n"
        '{"user": "hanako@example.jp", "deep": ' + "[" * 5000 + "1" + "]" * 5000 + "}\n"
    )
    result = run(path)
    assert [u.text for u in result.units if u.label == "user"] == ["taro@example.jp"]
    assert "line 2: invalid JSON" in result.messages()
    assert "line 3: invalid JSON (nested too deep); read as text" in result.messages()
    assert any("hanako@example.jp" in u.text and u.location == {"line": 3} for u in result.units)


MYSQL = """-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
DROP TABLE IF EXISTS `customers`;
CREATE TABLE `customers` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(64) DEFAULT NULL,
  `email` varchar(255) DEFAULT NULL,
  `memo` text,
  PRIMARY KEY (`id`),
  KEY `email_idx` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
INSERT INTO `customers` VALUES (1,'山田 太郎','taro@example.jp','it\\'s; (tricky)'),
(2,'佐藤',NULL,'ok');
INSERT INTO `customers` (`id`, `email`) VALUES
(3,'multi@example.jp'),
(4,'semi;colon@example.jp');
"""

POSTGRES = """--
-- PostgreSQL database dump
--
SET standard_conforming_strings = on;
CREATE TABLE public.users (
    id integer NOT NULL,
    full_name text,
    phone text
);
COPY public.users (id, full_name, phone) FROM stdin;
1	鈴木 一郎	090-1111-2222
2	\\N	03-1234-5678
\\.
INSERT INTO public.users VALUES (3, 'O''Brien C:\\', '080-3333-4444');
"""


def test_mysql_dump_columns_from_create_table_and_insert(tmp_path, run):
    path = tmp_path / "shop.sql"
    path.write_text(MYSQL, encoding="cp932")
    result = run(path)
    assert result.errors == []
    first = {u.label: u.text for u in result.units if u.record == "shop.sql#customers:1"}
    assert first == {"id": "1", "name": "山田 太郎", "email": "taro@example.jp",
                     "memo": "it's; (tricky)"}
    fourth = {u.label: u.text for u in result.units if u.record == "shop.sql#customers:4"}
    assert fourth == {"id": "4", "email": "semi;colon@example.jp"}


def test_postgres_dump_copy_and_standard_strings(tmp_path, run):
    path = tmp_path / "crm.sql"
    path.write_text(POSTGRES)
    result = run(path)
    rows = {}
    for unit in result.units:
        rows.setdefault(unit.record, {})[unit.label] = unit.text
    assert rows["crm.sql#users:1"] == {
        "id": "1", "full_name": "鈴木 一郎", "phone": "090-1111-2222",
    }
    assert rows["crm.sql#users:2"] == {"id": "2", "phone": "03-1234-5678"}
    assert rows["crm.sql#users:3"]["full_name"] == "O'Brien C:\\"


def test_unterminated_insert_is_reported(tmp_path, run):
    path = tmp_path / "cut.sql"
    path.write_text("INSERT INTO t (a) VALUES ('x@example.jp'),('unclosed")
    result = run(path)
    assert "statement not terminated" in result.messages()


def test_sqlite_rows_are_records_and_the_file_is_never_written(tmp_path, run):
    path = tmp_path / "app.db"
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("CREATE TABLE members (id INTEGER, name TEXT, email TEXT, photo BLOB)")
    connection.execute("CREATE TABLE \"odd \"\"name\" (note TEXT)")
    connection.executemany(
        "INSERT INTO members VALUES (?, ?, ?, ?)",
        [(1, "山田太郎", "taro@example.jp", b"\x00\xff"), (2, "佐藤花子", "h@example.jp", None)],
    )
    connection.execute("INSERT INTO \"odd \"\"name\" VALUES ('memo 03-1234-5678')")
    connection.commit()
    connection.close()
    before = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in tmp_path.iterdir()}
    result = run(path)
    after = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in tmp_path.iterdir()}
    assert before == after
    assert result.errors == []
    member = {u.label: u.text for u in result.units if u.record == "app.db#members:1"}
    assert member == {"id": "1", "name": "山田太郎", "email": "taro@example.jp"}
    assert any(u.location["table"] == 'odd "name' for u in result.units)


def test_corrupt_sqlite_is_an_error(tmp_path, run):
    path = tmp_path / "broken.sqlite"
    path.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 8)
    result = run(path)
    assert result.errors[0].path == "broken.sqlite"
    assert "no row of the database could be read" in result.errors[1].message
    assert all("offset" in unit.location for unit in result.units)  # its printable strings


def test_invalid_json_document_is_read_as_text(tmp_path, run):
    path = tmp_path / "config.json"
    path.write_text('{\n  // admin\n  "owner": "taro@example.jp",\n}\n')
    result = run(path)
    assert "invalid JSON" in result.messages() and "read as text" in result.messages()
    (unit,) = result.units
    assert "taro@example.jp" in unit.text and unit.location == {"line": 1}


def test_other_sql_statements_are_read_as_text_with_their_line(tmp_path, run):
    path = tmp_path / "binlog.sql"
    path.write_text(
        "-- replayed\nSET NAMES utf8mb4;\n"
        "UPDATE customers SET email = 'new@example.jp'\n WHERE id = 3;\n"
        "INSERT INTO t (a) VALUES ('x@example.jp');\n"
        "DELETE FROM customers WHERE tel = '090-1234-5678';\n"
    )
    result = run(path)
    texts = [(u.location, u.text) for u in result.units if "line" in u.location]
    assert texts == [
        ({"line": 3}, "UPDATE customers SET email = 'new@example.jp'\n WHERE id = 3;\n"),
        ({"line": 6}, "DELETE FROM customers WHERE tel = '090-1234-5678';\n"),
    ]
    assert [u.text for u in result.units if u.label == "a"] == ["x@example.jp"]


def test_one_line_create_table_keeps_the_insert_after_it(tmp_path, run):
    path = tmp_path / "one_line.sql"
    path.write_text(
        "CREATE TABLE `users` (`id` int, `email` varchar(255) DEFAULT NULL, `tel` char(13));\n"
        "INSERT INTO `users` VALUES (1,'hanako@example.jp','090-1234-5678');\n"
        "INSERT INTO `users` VALUES (2,'jiro@example.jp','080-2222-3333');\n",
        encoding="utf-8",
    )
    result = run(path)
    assert result.errors == []
    rows = {}
    for unit in result.units:
        rows.setdefault(unit.record, {})[unit.label] = unit.text
    assert rows["one_line.sql#users:1"] == {
        "id": "1", "email": "hanako@example.jp", "tel": "090-1234-5678",
    }
    assert rows["one_line.sql#users:2"]["email"] == "jiro@example.jp"


def test_a_json_line_over_the_limit_is_still_scanned_as_text(tmp_path, run, monkeypatch):
    monkeypatch.setattr(jsondoc, "MAX_ELEMENT_CHARS", 1000)
    lines = [
        json.dumps({"email": "first@example.jp"}),
        json.dumps({"blob": "x" * 2500, "email": "hidden@example.jp"}),
        json.dumps({"email": "last@example.jp"}),
    ]
    path = tmp_path / "big.jsonl"
    path.write_text("\n".join(lines) + "\n")
    result = run(path)
    assert "line 2: longer than 1,000 characters" in result.messages()
    assert all(e.path == "big.jsonl" for e in result.errors)
    hidden = [u for u in result.units if "hidden@example.jp" in u.text]
    assert hidden and hidden[0].location["line"] == 2
    assert "first@example.jp" in result.texts() and "last@example.jp" in result.texts()


def test_json_lines_past_many_bad_lines_are_still_read(tmp_path, run):
    lines = ["not json"] * (jsondoc.MAX_LINE_ERRORS + 20)
    lines += ["tel 090-1234-5678 in a bad line", json.dumps({"email": "after@example.jp"})]
    path = tmp_path / "mixed.jsonl"
    path.write_text(json.dumps({"email": "first@example.jp"}) + "\n" + "\n".join(lines) + "\n")
    result = run(path)
    assert "after@example.jp" in result.texts()
    assert "090-1234-5678" in result.joined()
    assert len(result.errors) <= jsondoc.MAX_LINE_ERRORS + 1


def test_a_json_array_element_nested_too_deep_does_not_cost_the_rest(tmp_path, run):
    depth = 50_000
    path = tmp_path / "deep.json"
    path.write_text('[{"email": "first@example.jp"}, ' + "[" * depth + "]" * depth
                    + ', {"email": "after@example.jp"}]')
    result = run(path)
    assert "first@example.jp" in result.texts()
    assert "after@example.jp" in result.joined()
    assert "element 2" in result.messages() and "nested too deep" in result.messages()


def test_a_broken_insert_does_not_swallow_the_statements_after_it(tmp_path, run):
    path = tmp_path / "dump.sql"
    path.write_text(
        "INSERT INTO users (name, email) VALUES ('山田太郎', 'taro@example.jp');\n"
        "INSERT INTO users (name, email) VALUES ('unclosed, 'x@example.jp\n"
        "INSERT INTO users (name, email) VALUES ('佐藤花子', 'after@example.jp');\n"
    )
    result = run(path)
    assert "after@example.jp" in result.texts()  # a value of its own row, labelled
    assert "x@example.jp" in result.joined()  # the broken statement is scanned as text
    assert "line 2" in result.messages() and "not terminated" in result.messages()
