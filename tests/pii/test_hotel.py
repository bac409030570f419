"""A hotel's share (blind corpus 33): a Wi-Fi portal's room_no+surname log, a group booking's
rooming list under a two-row header, a front desk's memo."""

from __future__ import annotations

import datetime

import openpyxl
from table_paths import BOTH, scan_findings, scan_people

from leakscope import pii


@BOTH
def test_a_surname_in_latin_letters_alone_in_a_record_is_no_one(tmp_path, monkeypatch, table):
    """A Wi-Fi log's 「"surname": "YAMAGUCHI"」 beside a room and IPs names no one of its own
    (before: each such record one more person); with a mailbox it is that mailbox's."""
    lines = [f'{{"room": "{200 + i}", "client_ip": "10.20.4.{i}", "surname": "{name}"}}\n'
             for i, name in enumerate(["YAMAGUCHI", "MATSUMOTO", "ABE", "GOTO", "MIURA"] * 60)]
    lines.append('{"room": "914", "surname": "MATSUMOTO", "email": "r.matsu38@ezweb.ne.jp"}\n')
    (tmp_path / "wifi.jsonl").write_text("".join(lines), encoding="utf-8")
    assert scan_people(tmp_path, monkeypatch, table) == 1


@BOTH
def test_a_rooming_lists_two_row_header(tmp_path, monkeypatch, table):
    """参加者 merged over 氏名 | フリガナ and 連絡事項 over 食事 | 備考 (half of the lower labels
    words the detectors know): the katakana column is a name column."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["高橋銀行合同会社 様 ルーミングリスト"])
    sheet.append(["部屋", "参加者", None, "性別", "生年月日", "連絡事項", None])
    sheet.append([None, "氏名", "フリガナ", None, None, "食事", "備考"])
    sheet.append(["201", "池田 美加子", "イケダ ミカコ", "女", datetime.datetime(1965, 11, 27),
                  None, None])
    book.save(tmp_path / "rooming.xlsx")
    found = scan_findings(tmp_path, monkeypatch, table)
    assert {(f.location["field"], f.value) for f in found if f.category == "person_name"} == {
        ("参加者氏名", "池田美加子"), ("参加者フリガナ", "イケダミカコ")}


def test_a_houses_motto_is_no_belief():
    found = pii.detect("山田太郎様 ※当館の信条「一期一会」を忘れずに。")
    assert [f.category for f in found] == ["person_name"]
