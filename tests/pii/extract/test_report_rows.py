"""A mainframe's print file: rows under a header of aligned labels are records."""

from __future__ import annotations

from leakscope import pii

REPORT = """                         支給決定通知書 発送一覧                        ページ  1
  出力日 R06.06.10
------------------------------------------------------------------------------
  通知番号  氏名              生年月日    住所                                支給額
------------------------------------------------------------------------------
  R6-00900  岡本　花子        S39/07/24   長野県南房総市花川戸7丁目7-16          30,000
  R6-00901  山本　涼平        S24/01/23   神奈川県大網白里市吾妻橋3-18-23        30,000
  R6-00903  高橋　裕樹        H12/10/19   熊本県長生郡長生村花島6-1-4　ハイツ508  30,000
------------------------------------------------------------------------------
  合計  3件
"""


def test_a_reports_rows_are_records_under_its_labels(tmp_path):
    path = tmp_path / "帳票.txt"
    path.write_bytes(REPORT.encode("cp932"))
    run = pii.scan([path])
    found = [(f.category, f.value, f.location) for f in run if isinstance(f, pii.Finding)]
    assert found[:3] == [
        ("person_name", "岡本花子", {"row": 6, "field": "氏名"}),
        ("date_of_birth", "1964-07-24", {"row": 6, "field": "生年月日"}),
        ("address", "長野県南房総市花川戸7丁目7-16", {"row": 6, "field": "住所"})]
    assert ("date_of_birth", "2000-10-19", {"row": 8, "field": "生年月日"}) in found
    assert len(found) == 9 and run.summary.subjects == 3


def test_prose_with_a_line_of_labels_stays_text(tmp_path):
    path = tmp_path / "memo.txt"
    path.write_text("次の項目を確認してください。\n氏名  生年月日  住所\n\n山田様より入電、"
                    "TEL 090-1234-5678\n", encoding="utf-8")
    found = [(f.category, f.location) for f in pii.scan([path]) if isinstance(f, pii.Finding)]
    assert ("phone_number", {"line": 4, "column": 13}) in found
    assert all("line" in location for _, location in found)
