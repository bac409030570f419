"""Excel 97-2003 (.xls) sheets go the table path and give what the cell-by-cell path gives.

A customer list under a title row, a form sheet, an empty sheet, numbers as Excel stores
them; a damaged workbook beside a good file; an .xls in a zip: `pii.scan` must report the same
findings (every field, in order), errors and people as the path before, where every cell was
one engine unit.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from columnar_oracle import engine_reference
from test_columnar import _rows
from test_columnar_archives import _errors, _findings, _same_as_before, _scan, _zip

sys.path.insert(0, str(Path(__file__).parent / "extract"))
from legacy_office import xls_file

from leakscope.pii.extract import forms


@pytest.fixture(autouse=True)
def short_lists(monkeypatch):
    """The writer holds ~60 KB: a list of 110 rows, not a form (forms: up to 200 rows)."""
    monkeypatch.setattr(forms, "FORM_MAX_ROWS", 50)

HEADER = ["ID", "氏名", "フリガナ", "郵便番号", "住所", "電話番号", "メール", "生年月日", "備考",
          "空欄", "ログインID"]


def _workbook(path: Path, rows: int = 110, seed: int = 4) -> Path:
    customers = _rows(rows, seed)
    for i, row in enumerate(customers):
        if i % 3 == 0:  # a phone saved as a number, its 0 lost (a NUMBER record)
            row[5] = float(f"9012{i:06d}")
    path.write_bytes(xls_file({
        "顧客一覧": [["顧客一覧 2024年4月"], HEADER, *customers],
        "申込書": [["氏名", "山田 太郎"], ["電話番号", "090-1234-5678"], ["住所", "東京都千代田区"
                                                                    "千代田1-1"]],
        "空": [],
    }))
    return path


def test_an_xls_list_equals_the_engine_and_the_path_before(tmp_path, monkeypatch):
    path = _workbook(tmp_path / "顧客.xls")
    now = _same_as_before(path, monkeypatch, tables=1)
    reference, reference_errors = engine_reference(path)
    assert _findings(now) == reference and reference_errors == [] == _errors(now)
    found = _findings(now)
    assert {f[3][0] for f in found} == {("sheet", "顧客一覧"), ("sheet", "申込書")}
    assert ("row", 3) in found[0][3] and found[0][6] == "顧客.xls#顧客一覧!row3"
    assert "09012000003" in {f[2] for f in found}  # the number, as the phone it was
    assert 100 <= now["people"] <= 112


def test_a_damaged_xls_is_an_error_and_the_rest_is_read(tmp_path, monkeypatch):
    whole = _workbook(tmp_path / "whole.xls").read_bytes()
    (tmp_path / "cut.xls").write_bytes(whole[: len(whole) // 2])
    (tmp_path / "note.txt").write_text("担当 山田 太郎 090-1234-5678\n", encoding="utf-8")
    (tmp_path / "whole.xls").unlink()
    now = _same_as_before(tmp_path, monkeypatch, tables=0)
    assert {e[0] for e in _errors(now)} == {"cut.xls"}  # and its strings scanned instead
    assert "09012345678" in {f[2] for f in _findings(now)}


def test_an_xls_in_a_zip(tmp_path, monkeypatch):
    inner = _workbook(tmp_path / "inner.xls").read_bytes()
    path = _zip(tmp_path / "export.zip", {"顧客/list.xls": inner, "readme.txt": b"none\n"})
    now = _same_as_before(path, monkeypatch, tables=1)
    assert "export.zip!顧客/list.xls" in {f[0] for f in _findings(now)}
    assert _scan([path])["people"] == now["people"]
