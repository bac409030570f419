"""CSV/TSV: delimiter sniffing, header labels, one row = one record, malformed rows."""

from __future__ import annotations

import csv
import io


def _customers(fake, rows: int) -> list[list[str]]:
    return [
        [fake.name(), fake.address(), fake.phone_number(), fake.email()] for _ in range(rows)
    ]


def _write_csv(path, header, rows, encoding="cp932", delimiter=","):
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    if header:
        writer.writerow(header)
    writer.writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))


def test_cp932_customer_csv_gives_labelled_units_per_row(tmp_path, run, fake):
    rows = _customers(fake, 50)
    path = tmp_path / "顧客.csv"
    _write_csv(path, ["氏名", "住所", "電話番号", "メール"], rows)
    result = run(path, "share/顧客.csv")
    assert result.errors == []
    assert len(result.units) == 200
    by_record: dict[str, dict[str, str]] = {}
    for unit in result.units:
        by_record.setdefault(unit.record, {})[unit.label] = unit.text
        assert unit.path == "share/顧客.csv"
    assert len(by_record) == 50
    first = next(u for u in result.units if u.label == "氏名")
    assert first.text == rows[0][0]
    assert first.location == {"row": 2, "field": "氏名"}
    header = ["氏名", "住所", "電話番号", "メール"]
    assert by_record[first.record] == dict(zip(header, rows[0], strict=True))


def test_tsv_with_english_headers_and_quoted_newlines(tmp_path, run):
    path = tmp_path / "cards.tsv"
    rows = [["Taro Yamada", "4111 1111 1111 1111", "line one\nline two"]]
    _write_csv(path, ["name", "card_number", "memo"], rows, encoding="utf-8", delimiter="\t")
    result = run(path)
    assert [(u.label, u.text) for u in result.units] == [
        ("name", "Taro Yamada"),
        ("card_number", "4111 1111 1111 1111"),
        ("memo", "line one\nline two"),
    ]


def test_semicolon_csv_without_header_is_labelled_by_its_values(tmp_path, run):
    path = tmp_path / "export.csv"
    path.write_text("山田太郎;090-1234-5678;taro@example.jp\n佐藤花子;080-2222-3333;h@x.jp\n")
    result = run(path)
    assert len(result.units) == 6
    assert [u.label for u in result.units[:3]] == ["氏名", "電話番号", "メールアドレス"]
    assert {u.record for u in result.units} == {"export.csv#row1", "export.csv#row2"}
    assert result.units[1].location == {"row": 1, "field": "電話番号"}


def test_semicolon_csv_without_header_or_names_has_no_labels(tmp_path, run):
    path = tmp_path / "export.csv"
    path.write_text("A-1;090-1234-5678;taro@example.jp\nB-2;080-2222-3333;h@x.jp\n")
    result = run(path)
    assert {u.label for u in result.units} == {None}
    assert result.units[1].location == {"row": 1, "field": "column 2"}


def test_title_rows_above_the_header_are_read_without_labels(tmp_path, run):
    path = tmp_path / "list.csv"
    path.write_text("顧客一覧,,\n氏名,電話,備考\n鈴木一郎,0312345678,\n")
    result = run(path)
    assert [(u.label, u.text, u.location["row"]) for u in result.units] == [
        (None, "顧客一覧", 1),
        ("氏名", "鈴木一郎", 3),
        ("電話", "0312345678", 3),
    ]


def test_a_malformed_row_is_an_error_and_later_rows_are_kept(tmp_path, run):
    old = csv.field_size_limit(200)
    try:
        path = tmp_path / "broken.csv"
        path.write_text(
            "name,email\nTaro,t@x.jp\nBad,\"" + "z" * 300 + "\nHanako,h@x.jp\n" + "\"\n"
            "Jiro,j@x.jp\n"
        )
        result = run(path)
    finally:
        csv.field_size_limit(old)
    assert "t@x.jp" in result.texts()
    assert "h@x.jp" in result.texts()
    assert "j@x.jp" in result.joined()  # still scanned, inside the re-synchronised field
    assert any(e.path == "broken.csv" and "field larger" in e.message for e in result.errors)


def test_csv_that_is_really_binary_is_reported(tmp_path, run):
    path = tmp_path / "data.csv"
    path.write_bytes(bytes(range(256)) * 20)
    result = run(path)
    assert "unrecognized binary" in result.messages()


def test_excel_unicode_text_export_is_a_table(tmp_path, run, fake):
    rows = _customers(fake, 5)
    path = tmp_path / "顧客一覧.txt"  # Excel "Unicode text": UTF-16 with BOM, tabs, CRLF
    _write_csv(path, ["氏名", "住所", "電話番号", "メール"], rows, encoding="utf-16",
               delimiter="\t")
    result = run(path)
    assert result.errors == []
    assert {u.label for u in result.units} == {"氏名", "住所", "電話番号", "メール"}
    assert len({u.record for u in result.units}) == 5


def test_prose_with_commas_stays_text(tmp_path, run):
    path = tmp_path / "memo.txt"
    path.write_text("Dear Taro, thanks.\nWe met on Monday, then Tuesday, and Friday.\n"
                    "Call me, please.\nBest, Hanako\n")
    (unit,) = run(path).units
    assert unit.location == {"line": 1} and unit.label is None


def test_an_unclosed_quote_does_not_swallow_the_rest_of_the_file(tmp_path, run, monkeypatch):
    from leakscope.pii.extract import delimited

    monkeypatch.setattr(delimited, "MAX_QUOTED_LINES", 20)  # keeps the file small
    lines = ["氏名,電話", '"山田 太郎,090-1234-5678']  # the quote never closes
    lines += [f"佐藤 花子{i},090-2222-{i:04d}" for i in range(60)]
    path = tmp_path / "quote.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run(path)
    assert "quote.csv" in {e.path for e in result.errors}
    assert "line 2" in result.messages() and "quote" in result.messages()
    named = [u for u in result.units if u.label == "氏名"]
    assert "佐藤 花子59" in [u.text for u in named]  # rows after it keep their header label
    assert len(named) == 61


def test_an_unclosed_quote_over_the_field_limit_keeps_the_rows_after_it(tmp_path, run):
    lines = ["氏名,電話", '"山田 太郎,090-1234-5678', "x" * 1000]
    lines += [f"佐藤 花子{i},090-2222-{i:04d}" for i in range(5)]
    path = tmp_path / "quote.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    limit = csv.field_size_limit(500)
    try:
        result = run(path)
    finally:
        csv.field_size_limit(limit)
    assert "field limit" in result.messages()
    assert "佐藤 花子4" in [u.text for u in result.units if u.label == "氏名"]
