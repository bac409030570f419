"""Shift_JIS exports decode to the same UTF-8 by table as by Python's codec, bad bytes too."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from leakscope.pii.columnar import sjis

needs_c = pytest.mark.skipif(sjis._sjis is None, reason="C decoder not built")

# Bytes that matter: ASCII, half-width kana, lead bytes, trail bytes, unmapped and user areas.
_BYTES = st.sampled_from([0x00, 0x0A, 0x20, 0x41, 0x5C, 0x7E, 0x7F, 0x80, 0x81, 0x82, 0x88,
                          0x9F, 0xA0, 0xA1, 0xB1, 0xDF, 0xE0, 0xEA, 0xED, 0xEE, 0xF0, 0xFA,
                          0xFC, 0xFD, 0xFF, 0x40, 0x9E, 0xA6, 0x3F])
_TEXT = "山田太郎,ﾔﾏﾀﾞ,〒100-0001 東京都千代田区①Ⅱ㈱髙﨑～－\\~\n"


def _decoded(data: bytes, cuts: list[int]) -> bytes:
    decoder = sjis.utf8_decoder("cp932")
    edges = [0, *sorted(min(c, len(data)) for c in cuts), len(data)]
    out = b"".join(decoder.decode(data[a:b]) for a, b in itertools.pairwise(edges))
    return out + decoder.decode(b"", final=True)


def _reference(data: bytes) -> bytes:
    return data.decode("cp932", "replace").encode("utf-8")


@needs_c
@settings(max_examples=400, deadline=None)
@given(st.lists(_BYTES, max_size=64).map(bytes), st.lists(st.integers(0, 64), max_size=4))
def test_any_bytes_in_any_chunks_decode_as_the_codec_does(data, cuts):
    assert _decoded(data, cuts) == _reference(data)


@needs_c
def test_every_lead_and_trail_pair_decodes_as_the_codec_does():
    data = b"".join(bytes([lead, trail, 0x41]) for lead in range(0x80, 0x100)
                    for trail in range(0x100))
    assert _decoded(data, [len(data) // 3 + 1]) == _reference(data)


def test_a_real_export_decodes_the_same_with_and_without_the_c_decoder(monkeypatch):
    data = (_TEXT * 500).encode("cp932") + b"\x81"  # a lead byte cut off at the end
    expected = _reference(data)
    assert _decoded(data, [1001, 4000]) == expected
    monkeypatch.setattr(sjis, "_sjis", None)
    assert _decoded(data, [1001, 4000]) == expected


@needs_c
def test_a_wrong_table_or_short_output_is_refused():
    with pytest.raises(ValueError, match="wrong table or output size"):
        sjis._sjis.to_utf8(np.zeros(10, np.uint32), b"abc", bytearray(10), True)
    with pytest.raises(ValueError, match="wrong table or output size"):
        sjis._sjis.to_utf8(sjis._table(), b"abc", bytearray(9), True)
    with pytest.raises(ValueError, match="reads no byte"):
        sjis._sjis.to_utf8(np.zeros(256 + 65536 + 256, np.uint32), b"\xff", bytearray(4), True)


def test_arrow_skips_its_utf8_check_only_behind_a_decoder_that_writes_utf8():
    # the C table's entries are the codec's characters (every pair above: strict UTF-8), as
    # are Python's UTF-8 decoder's; another codec may leave a lone surrogate
    assert sjis.utf8_decoder("cp932").valid_utf8 is (sjis._sjis is not None)
    assert sjis.utf8_decoder("UTF8").valid_utf8 and sjis.utf8_decoder("utf-8-sig").valid_utf8
    assert not sjis.utf8_decoder("utf-16").valid_utf8
    assert not sjis.CodecToUtf8("cp932").valid_utf8
