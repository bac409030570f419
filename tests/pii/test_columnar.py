"""The columnar table path gives exactly the cell-by-cell engine's findings, in its order.

The reference is the engine reading every cell the row-by-row extractor makes; the table path
must agree on every value, confidence, detector, location and record, for plain cells (that
the column rules answer) and for every awkward one (that they must leave to the engine).
"""

from __future__ import annotations

import csv
import datetime as dt
import random
from pathlib import Path

import numpy as np
import pytest
from columnar_oracle import engine_reference, table_path
from corpus_gen import luhn_complete, my_number
from faker import Faker

from leakscope import pii
from leakscope.pii.columnar import TableScan, kernels, plan_table
from leakscope.pii.columnar.date_rules import _iso_dates
from leakscope.pii.columnar.reader import BLOCK_BYTES
from leakscope.pii.engine import Engine
from leakscope.pii.extract import extract
from leakscope.pii.subjects import SubjectLinker
from leakscope.pii.units import TextUnit

HEADER = ["顧客ID", "氏名", "フリガナ", "郵便番号", "住所", "電話番号", "メールアドレス",
          "生年月日", "備考", "マイナンバー", "ユーザー名"]


def _engine_reference(path: Path, categories: tuple[str, ...] | None = None) -> list[tuple]:
    return engine_reference(path, categories)[0]


def _table_path(path: Path, categories=None) -> tuple[list[tuple], list]:
    found, _, tables = table_path(path, categories)
    return found, tables


AWKWARD = [
    # phone column
    ("電話番号", ["０９０－１２３４－５６７８", " 090-1234-5678", "9012345678", "67-8698-1984",
              "03(1234)5678", "+81-90-1234-5678", "0120-123-456", "090-1234-56789", "ー",
              "tel 090-1234-5678", "00012345678", "0312345678"]),
    ("郵便番号", ["〒100-0001", "1000001", "600001", "100 0001", "１００－０００１", "12-34567"]),
    ("生年月日", ["昭和60年1月2日", "19850102", "1985/1/2", "2999-01-01", "1985-02-30",
              "1879-12-31", "S60.1.2", "1985.01.02", "85-01-02"]),
    ("メールアドレス", ["Taro@Example.JP", "09012345678@docomo.ne.jp", "shiva@example.jp",
                 "a+b@example.jp", "tel.taro@example.jp", "x@123.jp", "山田 <taro@example.jp>",
                 "taro@example.jp, hanako@example.jp", "mail"]),
    ("氏名", ["山田 太郎様", "  山田太郎", "\"山田\"", "Taro Yamada", "山田 <t@example.jp>",
            "ﾔﾏﾀﾞ ﾀﾛｳ", "病歴 山田", "山田" * 30, "注文 山田"]),
    ("住所", ["東京都千代田区千代田1-1", "東京都 千代田区1-1", "横浜市西区戸山9丁目12番4号",
            "東京都千代田区千代田1-1に在住", "大阪府大阪市北区梅田1丁目" + "あ" * 50,
            "京都府京都市", "1234", "東京都千代田区千代田１−１", "〒100-0001 東京都千代田区1-1"]),
    ("顧客ID", ["C-0001", "234567890121", "A1", "注文番号 4111111111111129"]),
    ("備考", ["持病あり", "至急", "病歴: 糖尿病", "TEL 090-1111-2222",
            "マイナンバー 234567890121"]),
    ("マイナンバー", ["234567890121", "2345 6789 0121"]),
    ("ユーザー名", ["佐藤 花子", "tanaka01"]),
]


def _rows(count: int, seed: int) -> list[list[str]]:
    fake = Faker("ja_JP")
    fake.seed_instance(seed)
    rng = random.Random(seed)
    awkward = dict(AWKWARD)
    rows = []
    for i in range(count):
        row = [str(i), fake.name(), fake.kana_name(), fake.postcode(), fake.address(),
               fake.phone_number(), fake.email(), fake.date_of_birth().isoformat(),
               rng.choice(["", "至急", "要確認"]), "", rng.choice(["", "tanaka01"])]
        if rng.random() < 0.4:
            column = rng.choice(list(awkward))
            row[HEADER.index(column)] = rng.choice(awkward[column])
        rows.append(row)
    return rows


def _write(path: Path, rows: list[list[str]], encoding: str = "utf-8", delimiter: str = ",",
           header: list[str] = HEADER) -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter, lineterminator="\r\n")
        writer.writerow(header)
        writer.writerows(rows)
    return path


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_table_path_equals_the_engine_on_plain_and_awkward_cells(tmp_path, seed):
    path = _write(tmp_path / "customers.csv", _rows(600, seed), encoding="cp932"
                  if seed == 2 else "utf-8")
    found, tables = _table_path(path)
    assert tables, "the table path was not taken"
    assert found == _engine_reference(path)
    assert len(found) > 3000


def test_without_the_c_kernel_the_regexes_give_the_same_findings(tmp_path, monkeypatch):
    monkeypatch.setattr(kernels, "native", None)  # a machine without a compiler
    path = _write(tmp_path / "customers.csv", _rows(300, 4))
    found, tables = _table_path(path)
    assert tables, "the table path was not taken"
    assert found == _engine_reference(path)


def test_every_awkward_cell_alone_equals_the_engine(tmp_path):
    rows = []
    for column, cells in AWKWARD:
        for cell in cells:
            row = [""] * len(HEADER)
            row[0], row[HEADER.index(column)] = "1", cell
            rows.append(row)
    path = _write(tmp_path / "awkward.csv", rows)
    found, tables = _table_path(path)
    assert tables
    assert found == _engine_reference(path)


@pytest.mark.parametrize("label", ["電話番号", "郵便番号", "生年月日", "顧客ID", "メールアドレス"])
def test_random_number_tokens_under_a_label_equal_the_engine(tmp_path, label):
    rng = random.Random(label)
    tokens = set()
    while len(tokens) < 1500:
        digits = "".join(rng.choice("0123456789") for _ in range(rng.randint(3, 14)))
        cuts = sorted(rng.sample(range(1, len(digits)), k=min(rng.randint(0, 2),
                                                               len(digits) - 1)))
        parts = [digits[i:j] for i, j in zip([0, *cuts], [*cuts, len(digits)], strict=True)]
        tokens.add(rng.choice("-/.") .join(parts) if rng.random() < 0.2 else "-".join(parts))
    tokens |= {f"{y}-{m:02d}-{d:02d}" for y, m, d in
               ((rng.randint(1870, 2030), rng.randint(0, 13), rng.randint(0, 32))
                for _ in range(500))}
    path = _write(tmp_path / "tokens.csv", [[t] for t in sorted(tokens)], header=[label])
    assert plan_table(path) is not None
    found, _ = _table_path(path)
    assert found == _engine_reference(path)


def test_a_ragged_row_hands_the_rest_to_the_row_reader(tmp_path):
    rows = _rows(3000, 7)
    rows[2500] = rows[2500][:4]  # a short row deep in the file (after Arrow's first blocks)
    rows[2600] = [*rows[2600], "extra", "山田 太郎様"]
    path = _write(tmp_path / "ragged.csv", rows)
    found, _ = _table_path(path)
    assert found == _engine_reference(path)
    assert any(row == 2503 for _, _, _, loc, *_ in found for key, row in loc if key == "row")


def test_quoted_newlines_in_a_tsv_equal_the_engine(tmp_path):
    rows = _rows(300, 9)
    rows[5][8] = "一行目\n二行目 090-1234-5678"
    rows[6][1] = "山田\r\n太郎"
    path = _write(tmp_path / "people.tsv", rows, delimiter="\t")
    found, tables = _table_path(path)
    assert tables
    assert found == _engine_reference(path)


def test_title_rows_above_the_header_are_read_and_numbered_as_the_row_reader_does(tmp_path):
    table = _write(tmp_path / "table.csv", _rows(300, 1))
    titled = tmp_path / "titled.csv"
    titled.write_bytes("顧客一覧 作成者 山田太郎様 090-1234-5678\r\n\r\n".encode()
                       + table.read_bytes())
    plan = plan_table(titled)
    assert plan is not None and len(plan.titles) == 2
    found, tables = _table_path(titled)
    assert tables and found == _engine_reference(titled)
    assert found[0][3] == (("row", 1), ("field", "column 1"))  # the title's phone


def test_a_two_cell_title_row_is_no_header(tmp_path):
    """「出力日：令和6年6月3日,,担当：福祉課」 over a blank line and the real header."""
    table = _write(tmp_path / "table.csv", _rows(300, 3))
    titled = tmp_path / "未到達者リスト.csv"
    titled.write_bytes("給付金 通知書 未到達者リスト\r\n出力日：令和6年6月3日,,担当：福祉課\r\n\r\n"
                       .encode() + table.read_bytes())
    found, tables = _table_path(titled)
    assert tables and found == _engine_reference(titled)
    assert dict(found[0][3])["field"] in HEADER


def test_a_file_without_a_header_is_labelled_by_its_values_on_both_paths(tmp_path):
    bare = _write(tmp_path / "bare.csv", _rows(5, 1), header=_rows(1, 2)[0])
    plan = plan_table(bare)
    assert plan.header == () and plan.labels[1:8] == (
        "氏名", "フリガナ", "郵便番号", "住所", "電話番号", "メールアドレス", "生年月日")
    found, tables = _table_path(bare)
    assert tables and found == _engine_reference(bare)
    assert {f[3] for f in found if f[1] == "person_name"} >= {(("row", 1), ("field", "氏名"))}


def test_a_file_without_a_header_or_a_list_of_people_uses_the_row_reader(tmp_path):
    bare = tmp_path / "bare.csv"
    bare.write_text("".join(f"{i},192.0.2.{i},u{i}@example.jp\n" for i in range(20)))
    assert plan_table(bare) is None
    found, tables = _table_path(bare)
    assert not tables and found == _engine_reference(bare)


def test_category_filter_and_people_count_match(tmp_path):
    path = _write(tmp_path / "c.csv", _rows(400, 4))
    found, _ = _table_path(path, categories=("phone_number",))
    assert found == _engine_reference(path, ("phone_number",))
    assert {f[1] for f in found} == {"phone_number"}
    table_run = pii.scan([path], workers=1)
    list(table_run.batches())
    linker = SubjectLinker()
    units = (u for u in extract(path, path.name) if isinstance(u, TextUnit))
    for finding in Engine.cached(None).detect(units):
        linker.add(finding)
    assert table_run.summary.subjects == linker.count() > 300
    assert table_run.summary.categories["person_name"] == sum(
        1 for f in _engine_reference(path) if f[1] == "person_name")


def test_a_truncated_file_keeps_what_was_read(tmp_path):
    path = _write(tmp_path / "cut.csv", _rows(2000, 5))
    data = path.read_bytes()
    path.write_bytes(data[: len(data) * 2 // 3] + b'"unclosed,')
    found, _ = _table_path(path)
    assert found == _engine_reference(path)
    assert len(found) > 5000


def test_a_shift_jis_file_with_bad_bytes_and_a_character_cut_in_half_equals_the_engine(tmp_path):
    path = _write(tmp_path / "sjis.csv", _rows(1500, 6), encoding="cp932")
    data = bytearray(path.read_bytes())
    middle = data.index(b"\r\n", len(data) // 2) + 2  # a row of its own: bytes no codec maps
    data[middle:middle] = b"9,\x85\x40\xff,\xa0\x81\x20,\xfd,,,,,,,\r\n"
    last = "10,山田 花子,ヤマダ ハナコ,100-0001,東京都千代田区1-1,03-1234-5678,,,,,ユーザ"
    path.write_bytes(bytes(data) + last.encode("cp932") + "ー".encode("cp932")[:1])  # cut
    found, tables = _table_path(path)
    assert tables, "the table path was not taken"
    assert found == _engine_reference(path)
    assert len(found) > 5000


ORDER_HEADER = ["注文番号", "注文日時", "商品コード", "支払方法", "小計", "税額", "お届け先氏名",
                "お届け先住所", "電話番号", "メールアドレス", "備考"]
ORDER_TRAPS = ["生年月日 1985-01-02", "cvv 123", "口座番号 1234567", "マイナンバー 234567890121",
               "カード番号 4111 1111 1111 1129", "passport AB1234567", "DE89370400440532013000",
               "誕生日は1990/5/6", "暗証番号: 1234", "GB82 WEST 1234 5698 7654 32", "INV2024-0001",
               "x GB82WEST12345698765432", "AB12CDEF", "口座 DE89370400440532013000"]


def test_an_order_export_with_context_words_and_label_only_numbers_equals_the_engine(tmp_path):
    fake = Faker("ja_JP")
    fake.seed_instance(11)
    rng = random.Random(11)
    rows = []
    for i in range(800):
        row = [f"ORD{i:09d}", f"2024-05-{i % 28 + 1:02d} 10:{i % 60:02d}:00",
               f"SKU-{rng.randint(10000, 99999)}", rng.choice(["クレジットカード", "代金引換"]),
               str(rng.randint(100, 99999)), str(rng.randint(10, 9999)), fake.name(),
               fake.address(), fake.phone_number(), fake.email(), ""]
        if rng.random() < 0.3:
            row[rng.choice([0, 1, 2, 3, 4, 5, 10])] = rng.choice(ORDER_TRAPS)
        rows.append(row)
    path = _write(tmp_path / "orders.csv", rows, header=ORDER_HEADER)
    found, tables = _table_path(path)
    assert tables
    assert found == _engine_reference(path)
    assert {f[1] for f in found} >= {"date_of_birth", "my_number", "credit_card_number", "iban"}


PAYMENT_HEADER = ["氏名", "カード番号", "セキュリティコード", "有効期限", "マイナンバー", "備考"]


def test_cards_my_numbers_codes_and_expiries_equal_the_engine(tmp_path):
    rng = random.Random(21)
    prefixes = ["4", "51", "2221", "34", "3528", "36", "6011", "62", "1", "99", "49"]
    rows = []
    for i in range(1500):
        width = rng.choice([13, 14, 15, 16, 16, 16, 17, 19])
        prefix = rng.choice(prefixes)
        card = luhn_complete(prefix, width, rng)
        if rng.random() < 0.2:  # a broken check digit
            card = card[:-1] + str((int(card[-1]) + 1) % 10)
        if rng.random() < 0.3 and len(card) == 16:
            card = "-".join(card[j:j + 4] for j in range(0, 16, 4))
        number = my_number(rng)
        if rng.random() < 0.2:
            number = number[:11] + str((int(number[11]) + 1) % 10)
        if rng.random() < 0.3:
            number = f"{number[:4]}-{number[4:8]}-{number[8:]}"
        expiry = rng.choice([f"{rng.randint(0, 13):02d}/{rng.randint(20, 35)}",
                             f"20{rng.randint(20, 35)}-{rng.randint(1, 12):02d}",
                             f"{rng.randint(1, 12):02d}{rng.randint(20, 35)}",
                             f"{rng.randint(1, 12):02d}/20{rng.randint(20, 35)}", "12 / 26"])
        code = rng.choice([str(rng.randint(100, 9999)), "12", "abc", "1 2 3"])
        row = [f"山田 {i}", card, code, expiry, number, ""]
        if rng.random() < 0.1:
            row[rng.randint(1, 4)] = rng.choice(["4111 1111 1111 1129", "マイナンバー 234567890121",
                                                 "cvv 123", "有効期限 12/26", "2345 6789 0121"])
        rows.append(row)
    path = _write(tmp_path / "payments.csv", rows, header=PAYMENT_HEADER)
    found, tables = _table_path(path)
    assert tables
    assert found == _engine_reference(path)
    assert {f[1] for f in found} >= {"credit_card_number", "my_number", "card_security_code",
                                     "card_expiry"}


def test_a_utf16_tab_separated_txt_is_read_as_a_table(tmp_path):
    """Excel's "Unicode text" export: a UTF-16 TSV named .txt."""
    tsv = _write(tmp_path / "export.tsv", _rows(300, 6), delimiter="\t")
    text = tmp_path / "export.txt"
    text.write_bytes(tsv.read_text(encoding="utf-8").encode("utf-16"))
    plan = plan_table(text, "text")
    assert plan is not None and plan.delimiter == "\t"
    found, tables = _table_path(text)
    assert tables and found == _engine_reference(text)


def test_a_file_that_vanishes_after_planning_is_an_error_not_a_crash(tmp_path):
    path = _write(tmp_path / "gone.csv", _rows(50, 3))
    plan = plan_table(path)
    path.unlink()
    items = list(TableScan(Engine.cached(None), plan, "gone.csv"))
    assert [type(i).__name__ for i in items] == ["ScanError"]
    assert items[0].path == "gone.csv" and "No such file" in items[0].message


def test_a_field_longer_than_arrows_block_falls_back_without_loss(tmp_path):
    rows = _rows(400, 8)
    # one quoted field of more bytes than a block
    rows[200][8] = "備考 " * (BLOCK_BYTES // 6) + "TEL 090-1234-5678"
    path = _write(tmp_path / "long.csv", rows)
    found, _ = _table_path(path)
    assert found == _engine_reference(path)
    assert any(f[2] == "09012345678" and ("row", 202) in f[3] for f in found)


def test_a_date_column_is_read_as_the_calendar_says():
    """The date rule's days (leap years, month ends, 1880-01-01 to today) and their ISO
    text, against Python's calendar."""
    rng = np.random.default_rng(7)
    y, m, d = rng.integers(1870, 2100, 20_000), rng.integers(0, 14, 20_000), rng.integers(
        0, 33, 20_000)
    y[:4], m[:4], d[:4] = (1900, 2000, 2024, 1880), (2, 2, 2, 1), (29, 29, 29, 1)
    texts, valid = _iso_dates(y, m, d)
    for year, month, day, text, ok in zip(y.tolist(), m.tolist(), d.tolist(),
                                          texts.to_pylist(), valid.tolist(), strict=True):
        try:
            date = dt.date(year, month, day)
        except ValueError:
            date = None
        expected = date is not None and dt.date(1880, 1, 1) <= date <= dt.date.today()
        assert ok == expected, (year, month, day)
        assert not ok or text == date.isoformat()
