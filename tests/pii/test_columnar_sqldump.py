"""SQL dumps on the table path give the findings the row reader and the engine give."""

from __future__ import annotations

from pathlib import Path

from columnar_oracle import engine_reference, table_path
from test_columnar import HEADER, _rows

from leakscope import pii


def _quoted(value: str | None) -> str:
    if value is None:
        return "NULL"
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n") + "'"


def _mysql_dump(path: Path, rows: list[list[str]]) -> Path:
    columns = ",\n".join(f"  `{name}` varchar(255) DEFAULT NULL" for name in HEADER)
    lines = ["-- MySQL dump 10.13", "/*!40101 SET NAMES utf8mb4 */;",
             f"CREATE TABLE `customers` (\n{columns},\n  PRIMARY KEY (`顧客ID`)\n);"]
    for start in range(0, len(rows), 150):
        tuples = ",".join("(" + ",".join(_quoted(v or None) for v in row) + ")"
                          for row in rows[start:start + 150])
        lines.append(f"INSERT INTO `customers` VALUES {tuples};")
        if start == 300:  # a statement that is no row: read as text, in its place
            lines.append("UPDATE customers SET email = 'taro@example.jp' WHERE tel = "
                         "'090-1234-5678'; -- 山田太郎様 病歴あり")
    lines.append("INSERT INTO `customers` (`氏名`, `電話番号`) VALUES ('佐藤 花子','03-1234-5678'),"
                 "('鈴木 一郎','09012345678','extra'),(),('田中 実',NULL);")
    lines.append("INSERT INTO orders VALUES (1,'ORD000001','4111111111111111',12.5);")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_mysql_dump_equals_the_engine(tmp_path):
    path = _mysql_dump(tmp_path / "dump.sql", _rows(700, 11))
    found, errors, tables = table_path(path)
    assert tables, "the table path was not taken"
    reference, reference_errors = engine_reference(path)
    assert found == reference
    assert errors == reference_errors
    assert len(found) > 3000
    assert any(f[3][0][0] == "line" and f[2] == "taro@example.jp" for f in found)  # UPDATE


def test_a_postgres_copy_block_and_a_broken_dump_equal_the_engine(tmp_path):
    rows = _rows(300, 12)
    body = "".join("\t".join(v.replace("\t", " ").replace("\n", "\\n") or "\\N" for v in row)
                   + "\n" for row in rows)
    path = tmp_path / "pg.sql"
    path.write_text("-- PostgreSQL database dump\nSET standard_conforming_strings = on;\n"
                    f"COPY public.customers ({', '.join(HEADER)}) FROM stdin;\n{body}\\.\n"
                    "COPY public.more (氏名, 電話番号) FROM stdin;\n山田 太郎\t090-1234-5678\n",
                    encoding="utf-8")  # the last block is never terminated
    found, errors, tables = table_path(path)
    assert tables
    reference, reference_errors = engine_reference(path)
    assert found == reference
    assert errors == reference_errors == ["COPY into more: data not terminated by '\\.'"]


def test_an_unterminated_insert_is_reported_and_the_rest_is_read(tmp_path):
    path = tmp_path / "cut.sql"
    path.write_text("INSERT INTO t (name, tel) VALUES ('山田 太郎','090-1234-5678'),"
                    "('佐藤 花子','03-1234-\nINSERT INTO t (name, tel) VALUES "
                    "('鈴木 一郎','080-1234-5678');\n", encoding="utf-8")
    found, errors, _ = table_path(path)
    reference, reference_errors = engine_reference(path)
    assert found == reference and errors == reference_errors
    assert any("not terminated" in e for e in errors)
    assert any(f[2] == "08012345678" for f in found)


def test_a_dump_counts_the_same_people_on_both_paths(tmp_path, monkeypatch):
    path = _mysql_dump(tmp_path / "dump.sql", _rows(400, 13))
    tabled = pii.scan([path], workers=1)
    list(tabled.batches())
    import leakscope.pii.columnar as columnar

    monkeypatch.setattr(columnar, "plan_file", lambda _path, _kind: None)
    by_cell = pii.scan([path], workers=1)
    list(by_cell.batches())
    assert tabled.summary.subjects == by_cell.summary.subjects > 300
    assert tabled.summary.categories == by_cell.summary.categories
