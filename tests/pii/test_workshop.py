"""A welfare workshop's share (就労継続支援B型, blind corpus 68): a dump's riyosha column beside
its staff, a plan's form of label | value pairs across and its signatures, a 国保連 claim file
without a header, 手帳 with their grades, a support record's crises."""

from __future__ import annotations

import docx
from documents import detected, scanned, values_of
from table_paths import BOTH, scan_findings, scan_people

_USERS = [("イノウエ　サユリ", "3630610", "1988-06-10"),
          ("スズキ　タイチ", "3451114", "1970-11-14"),
          ("タカハシ　リョウスケ", "3440209", "1969-02-09"),
          ("ワタナベ　ミキ", "3370414", "1962-04-14"),
          ("ヤマダ　マアヤ", "3480719", "1973-07-19"),
          ("コバヤシ　ハルカ", "4020302", "1990-03-02")]


def test_a_dumps_user_column_beside_its_staff(tmp_path):
    """shien_kiroku.riyosha (before: no one's, each record's birthday the staff's)."""
    path = tmp_path / "dump_20240930.sql"
    path.write_text(
        "CREATE TABLE `shien_kiroku` (`id` int, `riyosha` varchar(40), `birthday` date, "
        "`staff` varchar(40), `naiyo` text);\n"
        "INSERT INTO `shien_kiroku` VALUES (1,'井上さゆり','1988-06-10','小川直人','作業中'),"
        "(2,'鈴木太一','1970-11-14','山口晃','服薬の確認');\n", encoding="utf-8")
    found, people = scanned(path)
    assert values_of(found, "person_name") == {"井上さゆり", "鈴木太一", "小川直人", "山口晃"}
    assert people == 4


def test_a_plans_form_of_pairs_across_and_its_signatures(tmp_path):
    """利用者氏名 | 佐藤 晃 様 | フリガナ | … over 生年月日 | … | 受給者証番号 | …, and a table of
    signatures (利用者署名, 家族署名（続柄：母）) under 同意日 (before: the first row a header,
    受給者証番号 a name, the signatures missed)."""
    path = tmp_path / "個別支援計画_佐藤晃.docx"
    document = docx.Document()
    for rows in ((("利用者氏名", "佐藤 晃\u3000様", "フリガナ", "サトウ アキラ"),
                  ("生年月日", "昭和52年12月17日", "受給者証番号", "1151122516"),
                  ("障害種別", "精神障害（双極性障害）", "障害支援区分", "区分2"),
                  ("計画期間", "令和6年10月1日～令和7年3月31日", "相談支援専門員",
                   "相談支援センターさやま 鈴木 裕美子")),
                 (("同意日", "令和6年10月25日"), ("利用者署名", "佐藤 晃"),
                  ("サービス管理責任者", "小川 直人\u3000印"),
                  ("家族署名（続柄：母）", "佐藤 春香"))):
        table = document.add_table(rows=len(rows), cols=len(rows[0]))
        for row, cells in zip(table.rows, rows, strict=True):
            for cell, text in zip(row.cells, cells, strict=True):
                cell.text = text
    document.save(path)
    found, people = scanned(path)
    assert values_of(found, "person_name") == {"佐藤晃", "サトウアキラ", "鈴木裕美子", "小川直人",
                                               "佐藤春香"}
    assert values_of(found, "date_of_birth") == {"1977-12-17"}
    assert people == 4


@BOTH
def test_a_claim_file_without_a_header(tmp_path, monkeypatch, table):
    """A 国保連 interface CSV: record types 1, 2 and 3, a katakana name and a birth date as an
    era's digit and YYMMDD (3630610: 昭和63年6月10日) (before: nothing found)."""
    lines = ["1,0,1,J611,00,11,1152100387,0,202410,0"]
    count = 300 if table else 6
    for i in range(count):
        kana, claim, _ = _USERS[i % len(_USERS)]
        lines.append(f"2,J611,01,202409,112151,1152100387,{1123456789 + i},,{kana},{claim},46,"
                     f"{8000 + i},0")
    lines.append("3,END")
    path = tmp_path / "J611_202409_明細書.csv"
    path.write_text("\n".join(lines) + "\n", encoding="cp932")
    found = scan_findings(path, monkeypatch, table)
    assert values_of(found, "date_of_birth") == {born for _, _, born in _USERS}
    assert len(values_of(found, "person_name")) == len(_USERS)
    assert scan_people(path, monkeypatch, table) == len(_USERS)


def test_a_handbook_with_its_grade_and_a_records_crises():
    text = ("利用者：鈴木 明美様\n身体障害者手帳2級、療育手帳B2を所持。\n"
            "9/18 医療保護入院となった。自傷の跡あり。\n")
    assert detected(text, "sensitive") == [
        "身体障害者手帳2級", "療育手帳b2", "医療保護入院", "自傷"]
    assert detected("療育手帳の申請方法について", "sensitive") == []
