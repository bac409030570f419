"""The C kernel says which address cells the address pattern covers whole exactly as the
regex does (``rules._ADDRESS_SPANS``, its specification and the fallback)."""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from leakscope.pii.columnar import kernels, rules
from leakscope.pii.recognizers.address import BUILDING_WORDS, DESIGNATED_CITIES, PREFECTURES

pytestmark = pytest.mark.skipif(kernels.native is None, reason="C kernel not built")

# Pieces of addresses and of what surrounds them, awkward ones included.
_HEADS = ["東京都", "北海道", "神奈川県", "京都府", "横浜市", "さいたま市", "北九州市", "京都市"]
_PIECES = [
    "新宿区", "西新宿", "我孫子市", "上野", "町", "村", "郡", "区", "市", "中央", "一", "二丁目",
    "丁目", "番地", "番", "号", "号室", "階", "F", "の", "が", "までお越し", "ぁ", "ん", "ゔ",
    "ゖ", "ア", "ヶ", "ー", "ァ", "ハイツ", "コーポ", "ビル", "ビルディング", "荘", "パーク",
    "レジデンシャル", "前弥六", "0", "1", "12", "345", "99999", "123456", "-", " ", " ", "\u3000",
    "\u3000", ",", "、", "「", "(", "）", "|", "\t", "\xa0", "\u2003", "a", "Z", "１", "😀",
]
_AT = "東京都新宿区1"  # and what may follow an address
_CELLS = [
    "東京都新宿区西新宿2-8-1", "東京都新宿区西新宿二丁目8番1号 サンハイツ101",
    "沖縄県横浜市西区戸山9丁目12番4号 中小来川コーポ346", "大阪市北区梅田1-1-1 ABCビル 5F",
    "東京都新宿区西新宿2-8-1 までお越し", "横浜市中区1-2", "横浜市1区2-3", "横浜市中央町北区1",
    "東京都" + "中" * 11 + "区1", "東京都" + "中" * 12 + "区1", "東京都新宿区" + "1" * 40,
    "東京都新宿区" + "1" * 41, "東京都", "東京都区", "東京都新宿区", "",
    *(_AT + tail for tail in (
        " 506", " 1009号室", " 8F12", " 12F12345", " 123F", " アイ101", " ア101", " さくら荘",
        " さくら荘A", " さくら荘あ", " 荘1", " みどり荘 201", " みどり荘 ア", "  荘", " ",
        " 荘 荘 荘", ",2")),
]


def _assert_same(cells: list[str]) -> None:
    column = pa.array(cells, pa.string())
    native = rules._spans(column)
    spec = rules._matches(column, rules._ADDRESS_SPANS)
    for cell, kernel, regex in zip(cells, native.tolist(), spec.tolist(), strict=True):
        assert kernel == regex, f"{cell!r}: kernel {kernel}, regex {regex}"


def test_shaped_cells_answer_as_the_regex():
    _assert_same(_CELLS)
    assert rules._spans(pa.array(_CELLS[:4], pa.string())).all()


def test_every_place_name_and_building_word_counts():
    cells = [f"{head}中央区1-2 {word}" for head in (*PREFECTURES, *DESIGNATED_CITIES)
             for word in (*BUILDING_WORDS, "101", "ア")]
    _assert_same(cells)


_PIECE = st.sampled_from(_PIECES)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.builds(lambda head, rest: head + "".join(rest),
                          st.sampled_from([*_HEADS, ""]), st.lists(_PIECE, max_size=14)),
                max_size=40))
def test_generated_cells_answer_as_the_regex(cells):
    _assert_same(cells)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.builds(lambda head, town, parts: f"{head}{town}1-2-3" + "".join(parts),
                          st.sampled_from(_HEADS), st.sampled_from(["新宿区", "中央町", "北区"]),
                          st.lists(st.sampled_from([" ", "\u3000", "荘", "ハイツ", "ア", "イ",
                                                    "1", "01", "号室", "F", "階", "あ", "A"]),
                                   max_size=10)),
                max_size=40))
def test_buildings_after_an_address_answer_as_the_regex(cells):
    _assert_same(cells)


def test_a_sliced_column_reads_only_its_cells():
    column = pa.array(["x", "東京都新宿区西新宿2-8-1", "東京都"], pa.string())[1:]
    assert rules._spans(column).tolist() == [True, False]


def test_buffers_that_disagree_are_refused():
    offsets, data = np.array([0, 3], np.int32), b"abc"
    words = [np.array([0, 1], np.int32), b"a"] * 3
    with pytest.raises(ValueError, match="one output byte a cell"):
        kernels.native.address_spans(offsets, data, *words, np.zeros(2, bool))
    with pytest.raises(ValueError, match="outside the data"):
        kernels.native.address_spans(np.array([0, 9], np.int32), data, *words,
                                     np.zeros(1, bool))
