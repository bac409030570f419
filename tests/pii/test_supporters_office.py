"""A city councillor's supporters' association (blind corpus 73): an old roster's romanized
birth column, a form's referrer, the association's officers, a shift sheet's surnames, a
member's party and faith, a mail-merge template's example."""

from __future__ import annotations

import docx
from documents import detected, scanned, values_of
from table_paths import BOTH, scan_findings, scan_people


def test_an_old_rosters_romanized_birth_column(tmp_path):
    path = tmp_path / "kouenkai_old_roster_2019.sql"
    path.write_text(
        "CREATE TABLE `kaiin` (`no` varchar(8), `shimei` varchar(40), `seinen` date);\n"
        "INSERT INTO `kaiin` VALUES ('10011','佐藤 洋介','1971-09-12'),"
        "('10014','小林 学','1936-09-14');\n", encoding="utf-8")
    found, people = scanned(path)
    assert values_of(found, "date_of_birth") == {"1971-09-12", "1936-09-14"}  # (before: none)
    assert people == 2


def test_the_associations_officers_and_its_councillor():
    text = ("団体名：高橋亮介後援会\n代表者：中島 一郎\n会計責任者：小川治\n出納責任者：小川治\n"
            "船橋市議会議員 高橋亮介\n")
    assert detected(text, "person_name") == ["中島一郎", "小川治", "小川治", "高橋亮介"]


def test_a_forms_referrer(tmp_path):
    """An 入会申込書's table 「お名前 | 近藤 浩」「ご紹介者 | 佐々木 太郎」 (before: ご紹介者 the
    name under お名前)."""
    document = docx.Document()
    table = document.add_table(rows=2, cols=2)
    for row, cells in zip(table.rows, (("お名前", "近藤 浩"), ("ご紹介者", "佐々木 太郎")),
                          strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    path = tmp_path / "入会申込書.docx"
    document.save(path)
    found, _ = scanned(path)
    assert {"近藤浩", "佐々木太郎"} <= values_of(found, "person_name")
    assert "ご紹介者" not in values_of(found, "person_name")


@BOTH
def test_a_shift_sheets_surnames_are_no_one(tmp_path, monkeypatch, table):
    """A street-speech shift sheet's 担当 「中島、山本、佐々木」: surnames alone, no person a
    row (before: the cell a person's name; then each surname a person of the row's)."""
    surnames = ("中島", "山本", "佐々木", "木村", "高橋", "石井", "加藤", "林", "田中")
    count = 300 if table else 6
    rows = ["日付,場所,担当"] + [
        f"11月{i % 28 + 1}日,船橋駅南口,{'、'.join(surnames[(i + k) % 9] for k in range(3))}"
        for i in range(count)]
    path = tmp_path / "街頭演説シフト.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    found = scan_findings(path, monkeypatch, table)
    assert values_of(found, "person_name") <= set(surnames)
    assert scan_people(path, monkeypatch, table) == 0


def test_a_members_party_and_faith():
    text = ("※山本 直樹さん（船橋市宮本5-7-8）は元○○党の党員。\n"
            "橋本さん\t047-434-1793\t支持 創価学会員なので難しいかも\n"
            "林 加奈さん ○○党員（本人申告） 身障手帳あり\n")
    assert detected(text, "sensitive") == ["党員", "創価学会員", "○○党員", "身障手帳"]
    assert detected("山田太郎様 全党員集会のご案内\n", "sensitive") == []


def test_a_mail_merge_templates_example_is_no_one(tmp_path):
    path = tmp_path / "差込テンプレート.txt"
    path.write_text("【差込用フィールド】\n{氏名} 様\n例）船橋 花子 様\n"
                    "〒273-0000 千葉県船橋市○○町1-2-3\n"
                    "電話 090-0000-0000 / hanako@example.com\n", encoding="utf-8")
    found, people = scanned(path)
    assert found == [] and people == 0  # (before: a person, her zip, address and mail)


def test_a_phone_logs_name_before_a_bracketed_area_code():
    text = "電話かけ 11/10\n----\n三浦 晃\t(047)435-7859\t留守\n"
    assert detected(text, "person_name") == ["三浦晃"]  # (before: the phone alone)


@BOTH
def test_a_rosters_referrer_is_a_member_not_a_person_of_the_row(tmp_path, monkeypatch, table):
    """会員名簿's 紹介者: another member, named alone (before the referrer had a role: each
    referrer a person more, the row's birth date theirs)."""
    count = 300 if table else 8
    names = [f"{surname} {given}" for surname in ("田中", "佐藤", "小林", "橋本", "山下")
             for given in ("幹", "洋介", "学", "直子", "千代", "加奈", "花子", "晃", "明美",
                           "結衣", "陽子", "直樹")][:60]
    rows = ["会員番号,氏名,電話,携帯,生年月日,紹介者"] + [
        f"{10000 + i},{names[i % 60]},047-462-{i:04d},080-7448-{i:04d},"
        f"19{50 + i % 40}/08/{i % 28 + 1:02d},{names[(i + 1) % count % 60] if i % 2 else ''}"
        for i in range(count)]
    path = tmp_path / "会員名簿.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    assert scan_people(path, monkeypatch, table) == count


def test_a_handbooks_grade_in_brackets_and_a_conditions_particle():
    text = "山本花子さんは生活保護受給中。身体障害者手帳（2級）の更新について相談。\n"
    assert detected(text, "sensitive") == ["生活保護", "身体障害者手帳2級"]  # (before: no grade)
    text = "中村陽一さん 聴覚に障害があり、認知機能が低下している\n"
    assert detected(text, "sensitive") == ["聴覚に障害", "認知機能が低下"]  # (before: none)
