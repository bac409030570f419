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


def test_a_list_row_of_name_and_phone_or_mail_on_one_line():
    text = ("No 氏名 電話番号 メールアドレス\n1 林 一郎 090-1234-5678 ichiro@example.jp\n"
            "2 森 花子 hanako@example.jp\n3 山田 商事 03-1234-5678\n4 佐藤 部長 090-1111-2222\n"
            "5 山田 太郎 東京都千代田区\n")
    # not a business or a title; a name with its address after it is (a printed register)
    assert _names(text) == [("林一郎", 2), ("森花子", 3), ("山田太郎", 6)]


def test_a_header_row_after_a_name_label_is_no_name():
    assert _names("氏名 電話番号 メールアドレス\nフリガナ 住所\n") == []
    assert _names("氏名 山田 太郎\n") == [("山田太郎", 1)]
