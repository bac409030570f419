"""A 社会保険労務士 office's drive (blind corpus 20): an 算定基礎届 column of My Numbers or pension
numbers, officers and professionals named after their title, a client list's staff."""

from __future__ import annotations

from documents import write_xlsx
from table_paths import BOTH, scan_findings

from leakscope import pii


def _names(text: str) -> list[str]:
    return [f.value for f in pii.detect(text) if f.category == "person_name"]


@BOTH
def test_a_column_of_my_numbers_or_pension_numbers_holds_both(tmp_path, monkeypatch, table):
    path = tmp_path / "算定基礎届.csv"
    path.write_text("被保険者整理番号,被保険者氏名（カナ）,個人番号又は基礎年金番号\n"
                    "1,サカモト　ハルト,494650049317\n"
                    "2,ナカノ　ケイコ,7017-475003\n"
                    "3,ヤマダ　ハナコ,4946 5004 9318\n", encoding="cp932")
    found = {(f.category, f.value) for f in scan_findings(path, monkeypatch, table)}
    assert ("my_number", "494650049317") in found
    assert ("basic_pension_number", "7017475003") in found
    assert not any(category == "my_number" and value.endswith("9318")
                   for category, value in found)  # (its check digit is wrong)


def test_either_label_reads_each_cell_in_text_too():
    found = {(f.category, f.value) for f in pii.detect(
        "基礎年金番号又は個人番号：494650049317")}
    assert found == {("my_number", "494650049317")}


def test_an_officer_or_a_professional_is_named_without_the_title():
    assert _names("事業主の氏名　代表取締役　岡田　直樹\n") == ["岡田直樹"]
    assert _names("受任者\n氏名　社会保険労務士　吉田　裕太\n") == ["吉田裕太"]
    assert _names("担当：看護師 田中 美咲\n") == ["田中美咲"]


@BOTH
def test_a_client_lists_officers_and_its_own_staff(tmp_path, monkeypatch, table):
    path = tmp_path / "顧問先一覧.xlsx"
    write_xlsx(path, ["顧問先名", "代表者", "担当者", "担当者メール", "当事務所担当"],
           [("有限会社小松工務店", "取締役　中島　彩", "代表者に同じ",
             "aya.nakajima@komatsu-koumuten.jp", "中山　麻衣"),
            ("株式会社タカミ精工", "代表取締役　原　美加子", "佐藤　一郎", "sato@takami.example.jp",
             "後藤　美加子")])
    names = {f.value for f in scan_findings(path, monkeypatch, table)
             if f.category == "person_name"}
    assert {"中島彩", "原美加子", "佐藤一郎", "中山麻衣", "後藤美加子"} <= names
    assert not any("取締役" in name or "同じ" in name for name in names)
