"""The C kernel answers each column fact exactly as the fact's regex does (its specification)."""

from __future__ import annotations

import itertools
import re

import numpy as np
import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from leakscope.pii.columnar import cellfacts, kernels
from leakscope.pii.columnar.cellfacts import Fact, cell_facts
from leakscope.pii.columnar.rules import BUSINESS_CHARS
from leakscope.pii.normalize import normalize
from leakscope.pii.recognizers.name_words import FIRM

pytestmark = pytest.mark.skipif(kernels.native is None, reason="C kernel not built")

# The characters the facts turn on, and their neighbours.
_ALPHABET = list("0123456789-/.@_abcxyzAZ <>\"\\'\t\n\r\x0b\x1c\x85\xa0\u2000\u3000"
                 "０１ー－ｰ\u3099ﾞ①様丁目番号にへのからまで在住さんまと申しすでございます。、｡､"
                 "山田一龥ぁんゔゖァヶ々〆😀\x00番地")
_SHAPED = [
    "03-1234-5678", "09012345678", "0120-123-456", "012-34-5678", "0-1234", "01234567890123",
    "090-1234-56789", "123-4567", "1234567", "123456", "12-34567", "1985-01-02", "1985/1/2",
    "1885.12.31", "2101-1-1", "19850102", "20241340", "1985-1-123", "123456789", "0123456789",
    "9876543210", "12345678901", "a.b@example.co.jp", "1@example.com", "a@b.c", "a@example.c0m",
    "ab@-x.jp", "x@a..jp", "user@" + "a" * 63 + ".jp", "a" * 65 + "@example.com",
    "a@example." + "z" * 25, "様", "さんへ", "です。", "でございます、", "です", " 山田",
    "山田\u3000", "\u3000", "", "1" * 20, "1" * 21, "-", "--1", "山田 太郎", "メール: a@b.jp",
]


def _both(cells: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    texts = pa.array(cells, pa.string())
    native = cell_facts(texts)
    spec = cellfacts._facts_by_regex(texts)
    return native.flags, spec.flags, native.chars, spec.chars


def _assert_same(cells: list[str]) -> None:
    native, spec, native_chars, spec_chars = _both(cells)
    for i, cell in enumerate(cells):
        differ = Fact(int(native[i] ^ spec[i]))
        assert not differ, f"{cell!r}: {differ!r} differs (kernel {Fact(int(native[i]))!r})"
    assert native_chars.tolist() == spec_chars.tolist()


def test_shaped_cells_answer_as_the_regexes():
    _assert_same(_SHAPED)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from(_ALPHABET), max_size=24), max_size=40))
def test_generated_cells_answer_as_the_regexes(cells):
    _assert_same(cells)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.from_regex(r"\A0?[0-9]{1,4}[-/.]?[0-9]{1,4}[-/.]?[0-9]{1,5}\Z"),
                max_size=30))
def test_number_shapes_answer_as_the_regexes(cells):
    _assert_same(cells)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.from_regex(r"\A[a-z0-9._\-]{1,66}@[a-z0-9\-.]{1,30}\Z"), max_size=30))
def test_email_shapes_answer_as_the_regexes(cells):
    _assert_same(cells)


def test_a_sliced_column_with_nulls_reads_only_its_cells():
    column = pa.array(["x", None, "03-1234-5678", "山田", "1985-01-02"], pa.string())[1:]
    facts = cell_facts(column)
    assert facts.flags[0] == 0 and facts.chars[0] == 0
    assert facts.has(Fact.PHONE).tolist() == [False, True, False, False]
    assert facts.has(Fact.KANA_KANJI).tolist() == [False, False, True, False]


def test_offsets_outside_the_data_are_refused():
    flags, chars = np.empty(1, np.uint32), np.empty(1, np.int32)
    with pytest.raises(ValueError, match="outside the data"):
        kernels.native.facts(np.array([0, 9], np.int32), b"abc", flags, chars)
    with pytest.raises(ValueError, match="disagree"):
        kernels.native.facts(np.array([0], np.int32), b"abc", flags, chars)
    wanted = np.array([ord("a")], np.uint32)
    with pytest.raises(ValueError, match="outside the data"):
        kernels.native.holds_any(np.array([0, 9], np.int32), b"abc", wanted, np.empty(1, bool))
    with pytest.raises(ValueError, match="one output byte a cell"):
        kernels.native.holds_any(np.array([0, 3], np.int32), b"abc", wanted, np.empty(2, bool))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from(_ALPHABET), max_size=24), max_size=40))
def test_the_scan_buffer_holds_each_cell_on_its_own_line(cells):
    texts = pa.array(cells, pa.string())
    data, starts = kernels.scan_buffer(texts)
    assert bytes(data) == b"\n" + "".join(f"{c}\n" for c in cells).encode()
    assert [bytes(data[a:b - 1]).decode() for a, b in itertools.pairwise(starts)] == cells


def test_the_kernels_refuse_buffers_that_disagree():
    data = b"abc"
    with pytest.raises(ValueError, match="outside the data"):
        kernels.native.lines(np.array([0, 2, 9], np.int32), data, bytearray(12))
    with pytest.raises(ValueError, match="wrong size"):
        kernels.native.lines(np.array([0, 3], np.int32), data, bytearray(4))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from(_ALPHABET), max_size=24), max_size=40),
       st.integers(0, 40), st.sampled_from(" -"))
def test_a_column_less_a_character_is_arrows_replace(cells, start, char):
    texts = pa.array(cells, pa.string())[start:]  # a slice: offsets that do not start at 0
    out = kernels.without(texts, char)
    out.validate(full=True)
    assert out.to_pylist() == [cell.replace(char, "") for cell in cells[start:]]


def test_the_byte_kernel_refuses_what_it_cannot_do():
    ends = np.empty(2, np.int32)
    with pytest.raises(ValueError, match="ASCII byte"):
        kernels.native.without(np.array([0, 3], np.int32), b"a b", 0xE3, ends, bytearray(3))
    with pytest.raises(ValueError, match="ASCII byte"):
        kernels.native.without(np.array([0, 3], np.int32), b"a b", 32, ends, bytearray(2))
    with pytest.raises(ValueError, match="outside the data"):
        kernels.native.without(np.array([0, 9], np.int32), b"a b", 32, ends, bytearray(9))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(_ALPHABET), max_size=24))
def test_a_cell_normalization_would_change_says_so(cell):
    """A cell without ``Fact.NORMALIZES`` is one the vetter may leave as it is: normalize()
    gives it back unchanged (佐々木 included)."""
    if not cell_facts(pa.array([cell], pa.string())).has(Fact.NORMALIZES)[0]:
        one = normalize(cell)
        assert one.text == cell and one.offsets is None


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from(_ALPHABET), max_size=24), min_size=1,
                max_size=40), st.integers(0, 39), st.lists(st.integers(0, 10**6), max_size=60))
def test_the_take_kernel_picks_as_arrow_does(cells, start, picks):
    texts = pa.array(cells, pa.string())[min(start, len(cells) - 1):]
    index = np.array([p % len(texts) for p in picks], np.int64)
    out = kernels.take(texts, index)
    out.validate(full=True)
    assert out.equals(texts.take(pa.array(index, pa.int64())))


def test_the_take_kernel_refuses_an_index_outside_the_cells():
    with pytest.raises(IndexError, match="out of 2 cells"):
        kernels.take(pa.array(["a", "b"]), np.array([0, 2]))
    with pytest.raises(ValueError, match="disagree"):
        kernels.native.take(np.array([0, 1], np.int32), b"a", np.zeros(2, np.int64),
                            np.empty(2, np.int32))


def test_the_kernels_refuse_an_offsets_buffer_without_offsets():
    empty = np.array([], np.int32)
    for call in (lambda: kernels.native.lines(empty, b"", bytearray(1)),
                 lambda: kernels.native.without(empty, b"", 32, empty, bytearray(0)),
                 lambda: kernels.native.take(empty, b"", np.zeros(0, np.int64),
                                             np.zeros(1, np.int32))):
        with pytest.raises(ValueError, match="no offsets"):  # (was a SystemError)
            call()


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from([*_ALPHABET, "社", "ー", "K", "\u212a", "ſ"]),
                        max_size=12), max_size=30),
       st.text(alphabet=st.sampled_from(["社", "ー", "a", "Z", "\u212a", "😀", "0"]), max_size=4))
def test_holding_any_of_some_characters_is_the_regex_class(cells, chars):
    texts = pa.array(cells, pa.string())
    native = kernels.holds_any(texts, chars)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(kernels, "native", None)
        assert native.tolist() == kernels.holds_any(texts, chars).tolist()


@settings(max_examples=300, deadline=None)
@given(st.from_regex(FIRM))
def test_every_business_match_holds_a_character_the_name_rule_looks_for(text):
    # else a company's cell would pass for a person's name, RE2 never asked of it
    match = re.search(FIRM, text)
    assert match is not None and any(char in BUSINESS_CHARS for char in match.group())
