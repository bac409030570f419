"""A phone desk's memo: a name after 担当は runs into the verb's particle (後藤桃子が引き継ぎ), a
married name carries the maiden one in brackets (田中（旧姓：伊藤）幹様)."""

from __future__ import annotations

import pytest

from leakscope import pii


def _names(text: str) -> list[str]:
    return [f.value for f in pii.detect(text) if f.category == "person_name"]


@pytest.mark.parametrize("text,name", [
    ("担当は後藤桃子が引き継ぎ。", "後藤桃子"),
    ("担当は斎藤さゆりが対応しました。", "斎藤さゆり"),
    ("お名前は鈴木ともみです。", "鈴木ともみ"),
    ("氏名：佐藤ちはる", "佐藤ちはる"),  # は inside a given name
    ("氏名：山田のぞみ様", "山田のぞみ"),
    ("担当は斎藤まこと様", "斎藤まこと"),  # と before an honorific stays
    ("10:02 田中（旧姓：伊藤）幹様、生年月日1989年6月13日で本人確認OK。", "田中幹"),
    ("福田（旧姓・山口）陽子 様", "福田陽子"),
])
def test_the_name_ends_where_the_sentence_takes_over(text, name):
    assert _names(text) == [name]


def test_a_maiden_name_without_a_surname_before_it_is_no_married_name():
    assert _names("会社（旧姓：山口）御中様") == []
    assert _names("（旧姓：山口）陽子様") == ["陽子"]  # as before: the given name alone
