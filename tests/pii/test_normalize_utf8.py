"""normalize(text, utf8): the shortcuts taken from the UTF-8 bytes give what the full pass gives."""

from __future__ import annotations

import pytest

from leakscope.pii.normalize import normalize

TEXTS = [
    "2024-05-01 INFO inquiry from 山田 太郎様 TEL 090-1234-5678",  # ASCII and kanji only
    "電話０９０ー１２３４－５６７８",  # full-width digits, long vowel between digits
    "ｶﾞ電話 ﾔﾏﾀﾞ",  # half-width kana: NFKC changes length
    "cafe\u0301 山田",  # a combining mark after ASCII
    "田\u3000中 ラーメン",  # ideographic space, a long vowel between kana
    "ｶﾞ",
    "김철수 010-1234-5678",  # Hangul
    "䷀ 一 龥 鿿",  # edges of U+4000-U+9FFF
    "㍻元年 ① ﬁ",  # compatibility characters
    "4111\u00a01111\u20131111",  # NBSP and an en dash
]


@pytest.mark.parametrize("text", TEXTS)
def test_utf8_given_changes_nothing(text):
    assert normalize(text, text.encode("utf-8")) == normalize(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("０９０ー１２３４ー５６７８", "090-1234-5678"),  # full-width digits and marks between
    ("090ｰ1234ｰ5678", "090-1234-5678"),  # the half-width mark
    ("1ー2ｰ3", "1-2-3"),  # both marks in one text
    ("ラーメン 1ーｰ2 ー1 1ー", "ラーメン 1ーー2 ー1 1ー"),  # not between digits: stays
])
def test_long_vowel_mark_between_digits_is_a_hyphen(text, expected):
    assert normalize(text).text == expected
