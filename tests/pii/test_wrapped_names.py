"""Names a narrow table cell wrapped, as a PDF's text gives them (「渡辺\\n裕美子」): found, and
not a department or title under a surname."""

from __future__ import annotations

from leakscope import pii


def _names(text: str) -> list[tuple[str, int]]:
    return [(f.value, f.location["line"]) for f in pii.detect(text)
            if f.category == "person_name"]


def test_a_wrapped_name_in_a_table_of_a_pdf():
    text = ("顧客一覧\n渡辺\n裕美子\n和歌山県大島町権現堂5丁\n目12番1号 081-975-4870\n"
            "佐藤\nたろう\n東京都千代田区1-1\n")
    assert _names(text) == [("渡辺裕美子", 2), ("佐藤たろう", 6)]


def test_a_surname_over_a_department_or_a_title_is_no_name():
    assert _names("連絡先\n田中\n営業部\n山本\n課長\n鈴木\n御中\n") == []


def test_no_wrapped_name_without_a_known_surname_or_a_line_of_its_own():
    assert _names("記録\n東京\n本社\n山田花子は\n休み\n") == []
