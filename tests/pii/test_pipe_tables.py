"""Markdown pipe tables in a text file: the header over the rule labels the cells under it,
a row is one person, the text around the table stays text."""

from __future__ import annotations

from pathlib import Path

import pytest

from leakscope import pii

NOTES = """# 2024-05-21 漏えい対応MTG

参加者：社長、CS 担当、システム担当

## 優先連絡先（クレームが入っている方）

| No | 氏名 | メール | 電話 | 状況 |
|----|------|--------|------|------|
| 1 | 小林 明美 | akemi_kobayashi933@gmail.com | 070-1410-3300 | 未連絡 |
| 2 | 高橋 翔太 | shota_takahashi341@yahoo.co.jp | 07021248484 | 未連絡 |
| 3 | 伊藤 桃子 | itom@icloud.com | 070(7569)2259 | 未連絡 |

## 次回
折り返し先 090-8765-4321 まで。
"""


def _scan(path: Path) -> tuple[list[pii.Finding], int]:
    run = pii.scan([path], workers=1)
    return [f for f in run if isinstance(f, pii.Finding)], run.summary.subjects


@pytest.mark.parametrize("name", ["notes.md", "notes.txt"])
def test_a_markdown_table_is_a_table_of_people(tmp_path, name):
    path = tmp_path / name
    path.write_text(NOTES, encoding="utf-8")
    findings, people = _scan(path)
    got = {(f.category, f.value, f.location["line"], f.location.get("field")) for f in findings}
    assert got == {
        ("person_name", "小林明美", 9, "氏名"), ("email_address", "akemi_kobayashi933@gmail.com", 9,
                                            "メール"), ("phone_number", "07014103300", 9, "電話"),
        ("person_name", "高橋翔太", 10, "氏名"),
        ("email_address", "shota_takahashi341@yahoo.co.jp", 10, "メール"),
        ("phone_number", "07021248484", 10, "電話"),
        ("person_name", "伊藤桃子", 11, "氏名"), ("email_address", "itom@icloud.com", 11, "メール"),
        ("phone_number", "07075692259", 11, "電話"),
        ("phone_number", "09087654321", 14, None)}  # the prose after the table: its line
    assert people == 4  # three rows, and the number in the prose


def test_a_table_without_outer_pipes_and_with_aligned_columns(tmp_path):
    path = tmp_path / "list.md"
    path.write_text("お名前 | 住所 | 生年月日\n:--- | :---: | ---:\n"
                    "佐藤 里佳 | 千葉県松戸市小金原7丁目14-6 | 1950-03-14\n", encoding="utf-8")
    findings, people = _scan(path)
    assert {(f.category, f.value) for f in findings} == {
        ("person_name", "佐藤里佳"), ("address", "千葉県松戸市小金原7丁目14-6"),
        ("date_of_birth", "1950-03-14")}
    assert people == 1


def test_ragged_rows_an_empty_table_and_an_escaped_pipe(tmp_path):
    path = tmp_path / "ragged.md"
    path.write_text(
        "| 氏名 | 電話 |\n|---|---|\n"
        "| 山崎 あすか |\n"  # a cell short
        "| 渡辺 幹 | 080-2345-6789 | 余り |\n"  # a cell too many
        "| 石川 \\| 零 | 090-1111-2222 |\n"  # \\| inside a cell
        "\n| 氏名 | 電話 |\n|---|---|\n"  # a table with no rows
        "\n| a | b |\n|---|---|---|\n| 090-3333-4444 | x |\n",  # a rule unlike its header
        encoding="utf-8")
    findings, people = _scan(path)
    got = {(f.category, f.value, f.location.get("field")) for f in findings}
    assert ("person_name", "山崎あすか", "氏名") in got
    assert ("phone_number", "08023456789", "電話") in got
    assert ("phone_number", "09011112222", "電話") in got
    assert ("phone_number", "09033334444", None) in got  # no table: the text's
    assert people == 4


def test_pipes_without_a_rule_stay_text(tmp_path):
    path = tmp_path / "runbook.md"
    path.write_text("grep 090-1234-5678 access.log | sort | uniq -c\n| 山崎 | 渡辺 |\n",
                    encoding="utf-8")
    findings, _ = _scan(path)
    assert [(f.category, f.location) for f in findings] == [
        ("phone_number", {"line": 1, "column": 6})]


def test_a_huge_line_of_pipes_is_text(tmp_path):
    path = tmp_path / "dump.md"
    row = "| x " * 40_000 + "| 090-1234-5678 |\n"
    path.write_text("| 氏名 | 電話 |\n|---|---|\n" + row + "| 佐藤 里佳 | 080-2345-6789 |\n",
                    encoding="utf-8")
    findings, _ = _scan(path)
    assert {(f.category, f.value, f.location["line"], f.location.get("field")) for f in findings
            } == {("phone_number", "09012345678", 3, None),  # the huge line ends the table
                  ("phone_number", "08023456789", 4, None)}  # and the rows after it are text
