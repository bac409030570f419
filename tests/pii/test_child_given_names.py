"""A school's list that writes a child by their given name beside the guardian's full name (a
cram school's 月謝未納者リスト: 保護者名 「青木 拓真」 | 生徒名 「裕美子」): the child is the
roster's 青木 裕美子, not one more person."""

from __future__ import annotations

import csv

from documents import write_xlsx
from table_paths import BOTH, scan_findings, scan_people

from leakscope import pii
from leakscope.pii.extract.child_names import under_surname

_FAMILIES = [  # (guardian, children, guardian's mobile)
    ("青木 拓真", ["青木 裕美子"], "080-2027-3069"),
    ("池田 さゆり", ["池田 篤司"], "090-5830-4764"),
    ("斎藤 裕樹", ["斎藤 修平", "斎藤 結衣"], "070-2711-9618"),
    ("吉田 裕太", ["吉田 美加子"], "080-1651-5026"),
]
_PEOPLE = sum(1 + len(children) for _, children, _ in _FAMILIES)


def _school(folder, unpaid_suffix=".xlsx"):
    """The roster (each child in full, with a birth date) and the unpaid list (given names)."""
    folder.mkdir()
    write_xlsx(folder / "生徒名簿.xlsx", ["生徒氏名", "生年月日", "保護者氏名", "保護者携帯"],
           [(child, f"2010-0{i + 1}-1{j}", guardian, mobile)
            for i, (guardian, children, mobile) in enumerate(_FAMILIES)
            for j, child in enumerate(children)])
    header = ["保護者名", "生徒名", "未納月", "金額", "電話"]
    rows = [(guardian, "、".join(child.split()[1] for child in children), "5月",
             19800 * len(children), mobile) for guardian, children, mobile in _FAMILIES]
    if unpaid_suffix == ".csv":
        with open(folder / "月謝未納者リスト.csv", "w", encoding="cp932", newline="") as out:
            csv.writer(out).writerows([header, *rows])
    else:
        write_xlsx(folder / "月謝未納者リスト.xlsx", header, rows)
    return folder


@BOTH
def test_a_childs_given_name_is_read_under_the_guardians_surname(tmp_path, monkeypatch, table):
    school = _school(tmp_path / "school")
    names = [(f.location["row"], f.location["field"], f.value)
             for f in scan_findings(school / "月謝未納者リスト.xlsx", monkeypatch, table)
             if f.category == "person_name"]
    assert (2, "生徒名", "青木裕美子") in names
    assert (4, "生徒名", "斎藤修平") in names and (4, "生徒名", "斎藤結衣") in names
    assert (2, "保護者名", "青木拓真") in names
    assert scan_people(school, monkeypatch, table) == _PEOPLE


@BOTH
def test_a_cp932_list_of_given_names_counts_no_one_twice(tmp_path, monkeypatch, table):
    school = _school(tmp_path / "school", ".csv")
    assert scan_people(school, monkeypatch, table) == _PEOPLE


def test_only_a_given_name_beside_a_kanji_surname_is_composed():
    assert under_surname("裕美子", "青木　拓真") == "青木 裕美子"
    assert under_surname("修平、結衣", "斎藤裕樹") == "斎藤 修平、結衣"  # (a known surname)
    assert under_surname("青木 裕美子", "青木 拓真") is None  # already in full
    assert under_surname("青木裕美子", "青木 拓真") is None
    assert under_surname("青木", "青木 拓真") is None  # a surname alone
    assert under_surname("ゆい", "青木 拓真") is None  # kana: anyone's
    assert under_surname("裕美子", "アオキ タクマ") is None  # a reading, no surname
    assert under_surname("裕美子", "Takuma Aoki") is None


@BOTH
def test_a_list_that_is_not_a_childs_keeps_its_names_as_written(tmp_path, monkeypatch, table):
    path = tmp_path / "家族.xlsx"
    write_xlsx(path, ["氏名", "配偶者名", "電話"], [("裕美子", "青木 拓真", "080-2027-3069")])
    names = {f.value for f in scan_findings(path, monkeypatch, table)
             if f.category == "person_name"}
    assert "青木裕美子" not in names


def test_a_doctor_or_a_teacher_after_a_label_is_named_without_the_title():
    names = [f.value for f in pii.detect("担当医：小林医師\n担当：田中先生\n担当：看護師\n")
             if f.category == "person_name"]
    assert names == ["小林", "田中"]
