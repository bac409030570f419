"""A table whose first row is data (a raw dump, an export without its header line): the
columns' values say what each holds, and the file reads as a table with those labels: one
row is one person, a name over two columns and an address over three are read whole."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import openpyxl
import pytest
from columnar_oracle import engine_reference, table_path
from faker import Faker

from leakscope import pii
from leakscope.pii.extract.column_kinds import inferred_labels
from leakscope.pii.extract.tables import head_labels

RAW = ["20000", "佐藤", "里佳", "rika.sato@gmail.com", "09012345678", "2714567", "千葉県",
       "松戸市小金原7丁目14-6", "クレスト801", "19500314", "1", "2023-11-01"]


def _dump_rows(count: int, seed: int = 5) -> list[list[str]]:
    """A member table's dump: id, 姓, 名, mail, phone, zip, prefecture, address, building,
    birth date (YYYYMMDD), a flag, the day they registered."""
    fake = Faker("ja_JP")
    fake.seed_instance(seed)
    rows = []
    for i in range(count):
        born = fake.date_of_birth(minimum_age=18, maximum_age=90)
        rows.append([str(20000 + i), fake.last_name(), fake.first_name(), f"m{i}@example.jp",
                     f"090{10000000 + i * 7919:08d}", fake.postcode().replace("-", ""),
                     fake.prefecture(), f"{fake.city()}{fake.town()}{fake.chome()}{fake.ban()}",
                     ["", f"{fake.building_name()}{i % 900 + 100}"][i % 2],
                     born.strftime("%Y%m%d"), "1", f"2024-05-{i % 28 + 1:02d}"])
    return rows


def _write(path: Path, rows: list[list[str]], encoding: str = "utf-8", delimiter: str = ",",
           ) -> Path:
    with path.open("w", newline="", encoding=encoding) as handle:
        csv.writer(handle, delimiter=delimiter, quoting=csv.QUOTE_ALL).writerows(rows)
    return path


def _scan(path: Path) -> tuple[list[pii.Finding], int]:
    run = pii.scan([path], workers=1)
    found = [f for f in run if isinstance(f, pii.Finding)]
    return found, run.summary.subjects


def test_the_columns_of_a_dump_are_named_by_their_values():
    assert inferred_labels([RAW]) == (
        None, "姓", "名", "メールアドレス", "電話番号", "郵便番号", "都道府県", "住所1", "住所2",
        "生年月日", None, None)
    rows = [["佐藤 里佳", "サトウ リカ", "〒271-4567", "千葉県松戸市小金原7丁目14-6",
             "昭和25年3月14日", "090-1234-5678"],
            ["高橋　直子", "タカハシ ナオコ", "432-5680", "静岡県浜松市中区元城町1-2-3",
             "昭和43年10月10日", "+81-80-2345-6789"]]
    assert inferred_labels(rows) == ("氏名", "フリガナ", "郵便番号", "住所", "生年月日", "電話番号")


@pytest.mark.parametrize("encoding, delimiter, suffix", [
    ("utf-8", ",", ".csv"), ("cp932", "\t", ".tsv")])
def test_a_headerless_dump_reads_as_a_table_of_people(tmp_path, encoding, delimiter, suffix):
    rows = _dump_rows(200)
    path = _write(tmp_path / f"raw_dump{suffix}", rows, encoding, delimiter)
    found, errors, tables = table_path(path)
    assert tables and not errors  # the Arrow path read it ...
    assert found == engine_reference(path)[0]  # ... finding what the row reader finds
    findings, people = _scan(path)
    assert Counter(f.category for f in findings) == {
        "person_name": 200, "email_address": 200, "phone_number": 200, "postal_code": 200,
        "address": 200, "date_of_birth": 200}
    first = {f.category: f.value for f in findings if f.location["row"] == 1}
    assert first["person_name"] == rows[0][1] + rows[0][2]  # 姓 + 名: one name
    assert first["address"] == rows[0][6] + rows[0][7]  # the prefecture and the rest
    assert first["date_of_birth"] == f"{rows[0][9][:4]}-{rows[0][9][4:6]}-{rows[0][9][6:]}"
    second = {f.category: f.value for f in findings if f.location["row"] == 2}
    assert second["address"] == rows[1][6] + rows[1][7] + rows[1][8]  # and its building
    assert {f.location["field"] for f in findings if f.category == "person_name"} == {"姓+名"}
    assert people >= 195  # a row is a person (a Faker namesake at the same address aside)


def test_the_row_reader_and_the_table_path_agree_on_a_small_dump(tmp_path):
    path = _write(tmp_path / "raw.csv", [RAW, ["20001", "高橋", "直子", "naoko.t@yahoo.co.jp",
                                               "08023456789", "4325680", "静岡県",
                                               "浜松市中区元城町1-2-3", "", "19681010", "2",
                                               "2023-11-02"]])
    found, _, _ = table_path(path)
    assert found == engine_reference(path)[0]
    findings, people = _scan(path)
    assert {(f.category, f.value) for f in findings if f.location["row"] == 1} == {
        ("person_name", "佐藤里佳"), ("email_address", "rika.sato@gmail.com"),
        ("phone_number", "09012345678"), ("postal_code", "2714567"),
        ("address", "千葉県松戸市小金原7丁目14-6クレスト801"), ("date_of_birth", "1950-03-14")}
    assert people == 2


def test_a_one_row_file_is_one_person(tmp_path):
    findings, people = _scan(_write(tmp_path / "one.csv", [RAW]))
    assert {f.category for f in findings} == {
        "person_name", "email_address", "phone_number", "postal_code", "address",
        "date_of_birth"}
    assert people == 1


def test_a_headed_csv_keeps_its_header(tmp_path):
    rows = [["会員ID", "氏名", "メール", "電話"],
            ["1", "佐藤 里佳", "rika@example.jp", "09012345678"]]
    assert head_labels(rows) == (0, ("会員ID", "氏名", "メール", "電話"))
    findings, _ = _scan(_write(tmp_path / "members.csv", rows))
    assert {f.location["field"] for f in findings} == {"氏名", "メール", "電話"}


def test_log_lines_are_no_list_of_people(tmp_path):
    lines = [[f"2024-05-20T10:{i:02d}:01Z", f"192.0.2.{i}", f"user{i}@example.jp", "login",
              "ok", f"09012345{i:03d}"] for i in range(20)]
    assert inferred_labels(lines) is None
    findings, _ = _scan(_write(tmp_path / "auth.csv", lines))
    assert {f.location["field"] for f in findings} == {"column 2", "column 3", "column 6"}


def test_an_id_that_counts_up_is_no_postal_code():
    rows = [["佐藤 里佳", str(1500000 + i), "千葉県松戸市小金原7丁目14-6"] for i in range(10)]
    assert inferred_labels(rows) == ("氏名", None, "住所")
    rows = [["佐藤 里佳", str(1500000 + i * 37), "千葉県松戸市小金原7丁目14-6"] for i in range(10)]
    assert inferred_labels(rows) == ("氏名", "郵便番号", "住所")


def test_registration_dates_are_no_birth_dates():
    rows = [[r[1], r[2], r[3], r[11], r[4]] for r in _dump_rows(10)]
    assert inferred_labels(rows) == ("姓", "名", "メールアドレス", None, "電話番号")


def test_ragged_rows_and_a_huge_cell(tmp_path):
    rows = _dump_rows(30)
    rows[12] = rows[12][:5]  # a short row
    rows[20] = [*rows[20], "余りの列"]  # a long row
    rows[25][11] = "x" * 3_000_000  # a huge cell
    path = _write(tmp_path / "ragged.csv", rows)
    found, _, _ = table_path(path)
    assert found == engine_reference(path)[0]
    findings, people = _scan(path)
    names = [f for f in findings if f.category == "person_name"]
    assert len(names) == 30 and {f.location["field"] for f in names} == {"姓+名"}
    assert sum(f.category == "date_of_birth" for f in findings) == 29  # row 13 has none
    assert people >= 28


def test_a_headerless_sheet(tmp_path):
    book = openpyxl.Workbook()
    for row in _dump_rows(250):  # (more than a form's rows)
        book.active.append(row)
    path = tmp_path / "dump.xlsx"
    book.save(path)
    found, errors, tables = table_path(path)
    assert tables and not errors and found == engine_reference(path)[0]
    findings, people = _scan(path)
    assert Counter(f.category for f in findings)["person_name"] == 250
    assert {f.location["field"] for f in findings if f.category == "address"} == {
        "都道府県+住所1+住所2"}
    assert people >= 240


def test_a_list_of_firms_is_no_list_of_people(tmp_path):
    rows = [["佐藤工業株式会社", "東京都千代田区丸の内1-1-1", "03-1234-5678"],
            ["山田商店", "大阪府大阪市北区梅田2-2-2", "06-1234-5678"]]
    assert inferred_labels(rows) is None
    findings, _ = _scan(_write(tmp_path / "vendors.csv", rows))
    assert "person_name" not in {f.category for f in findings}


def test_a_data_only_sql_dump_is_labelled_by_its_values(tmp_path):
    rows = _dump_rows(40)

    def insert(part: list[list[str]]) -> str:
        values = ",".join("(" + ",".join(f"'{c}'" for c in row) + ")" for row in part)
        return f"INSERT INTO `customers` VALUES {values};\n"

    path = tmp_path / "data_only.sql"  # mysqldump --no-create-info: no column names anywhere
    path.write_text("-- MySQL dump\n" + insert(rows[:25]) + insert(rows[25:]), encoding="utf-8")
    found, errors, tables = table_path(path)
    assert tables and not errors and found == engine_reference(path)[0]
    findings, people = _scan(path)
    names = [f for f in findings if f.category == "person_name"]
    assert len(names) == 40 and {f.location["field"] for f in names} == {"姓+名"}
    assert names[-1].value == rows[-1][1] + rows[-1][2]  # the second INSERT: the same labels
    assert Counter(f.category for f in findings)["date_of_birth"] == 40
    assert people >= 38


def test_a_first_row_of_words_only_is_data_when_its_cells_are_the_columns_values(tmp_path):
    rows = [["佐藤", "里佳", "サトウ リカ", "千葉県", "松戸市小金原七丁目"],
            ["高橋", "直子", "タカハシ ナオコ", "静岡県", "浜松市中区元城町一丁目"],
            ["鈴木", "亮介", "スズキ リョウスケ", "東京都", "新宿区西新宿二丁目"]]
    assert head_labels(rows) == (None, ("姓", "名", "フリガナ", "都道府県", "住所1"))
    findings, people = _scan(_write(tmp_path / "names.csv", rows))
    assert ("person_name", "佐藤里佳") in {(f.category, f.value) for f in findings}
    assert ("address", "千葉県松戸市小金原七丁目") in {(f.category, f.value) for f in findings}
    assert people == 3
    pivot = [["年度", "東京都", "大阪府", "愛知県"], ["2023", "120", "80", "45"],
             ["2024", "131", "77", "52"]]
    assert head_labels(pivot) == (0, ("年度", "東京都", "大阪府", "愛知県"))  # a header still


def test_a_cell_of_another_scripts_digit_costs_only_itself(tmp_path):
    # 「፩」 is a digit to str.isdigit but no number to int(): one such cell among the first
    # rows took the whole file with it (an error record, no row read)
    rows = _dump_rows(30)
    rows[3][5] = "\u1369"
    path = _write(tmp_path / "dump.csv", rows)
    run = pii.scan([path], workers=1)
    found = [f for f in run if isinstance(f, pii.Finding)]
    assert run.summary.errors == 0
    assert sum(f.category == "email_address" for f in found) == 30
