"""A university research lab's share (blind corpus 72): its IRB list of researchers, an
interview's interviewer, a data sheet's keeper, a faculty member's signature block."""

from __future__ import annotations

from documents import detected, scanned, values_of, write_xlsx


def test_a_list_of_researchers_with_their_chair():
    text = ("研究者一覧\n"
            "  高橋 亮介　公衆衛生学講座　教授（研究責任者）　takahashi.r@toto-med.ac.jp\n"
            "  山田 真綾　公衆衛生学講座　助教　yamada.m@toto-med.ac.jp\n")
    assert detected(text, "person_name") == ["高橋亮介", "山田真綾"]  # (before: their mails)


def test_an_interviews_interviewer():
    text = "インタビュー逐語録　ID：CHS-A0041\n聞き手：鈴木 明美（修士2年）　記録：山田\n"
    assert "鈴木明美" in detected(text, "person_name")  # (before: 山田 alone)


def test_a_data_sheets_keeper(tmp_path):
    path = write_xlsx(tmp_path / "管理メモ.xlsx", ["管理者", "高橋 亮介"],
                      [("保管場所", "研究室 鍵付きキャビネット"), ("パスワード", "Chs2024!key"),
                       ("科研費課題番号", "24K10987")])
    found, _ = scanned(path)
    assert values_of(found, "person_name") == {"高橋亮介"}


def test_a_faculty_members_signature_block_is_the_universitys(tmp_path):
    path = tmp_path / "mail.txt"
    path.write_text("佐藤先生\n\nデータを添付します。\n\n--\n渡辺 直樹\n"
                    "東都医療大学 公衆衛生学講座 助教\n〒192-0397 東京都八王子市南大沢5丁目1番1号\n"
                    "TEL 042-677-1111 / FAX 042-677-1190\n", encoding="utf-8")
    found, _ = scanned(path)
    assert {f.category: f.personal for f in found if f.category != "person_name"} == {
        "postal_code": False, "address": False, "phone_number": False}
