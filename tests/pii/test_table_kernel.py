"""The table output kernel refuses buffers that disagree instead of reading past them."""

from __future__ import annotations

import numpy as np
import pytest

from leakscope.pii import table_masking

KERNEL = table_masking.KERNEL
pytestmark = pytest.mark.skipif(KERNEL is None, reason="the C kernel _tablejson was not built")


def _masked(offsets, data, rules, out=64):
    return KERNEL.masked(np.array(offsets, np.int32), data, np.array(rules, np.int8),
                         np.empty(len(rules) + 1, np.int32), bytearray(out))


def _lines(offsets, data, kinds, rows, kinds_known=1):
    starts = np.arange(kinds_known + 1, dtype=np.int32)
    return KERNEL.lines(np.array(offsets, np.int32), data, np.array(kinds, np.int32),
                        np.array(rows, np.int64), starts, b"b" * kinds_known, starts,
                        b"a" * kinds_known, b"|")


def test_masking_and_lines_of_good_buffers():
    assert _masked([0, 3, 13], b"abc0901234567", [2, 8]) == 2 + 11
    assert _lines([0, 2], b'a"', [0], [7]) == b'ba\\"|7a'


@pytest.mark.parametrize(("offsets", "rules", "out", "message"), [
    ([0, 99], [1], 64, "outside the data"),
    ([0, 2, 1], [1, 1], 64, "outside the data"),
    ([0, 1], [1, 2], 64, "disagree"),
    ([0, 1], [1], 2, "disagree"),
    ([0, 1], [9], 64, "no rule"),
])
def test_masking_refuses(offsets, rules, out, message):
    with pytest.raises(ValueError, match=message):
        _masked(offsets, b"abc", rules, out)


@pytest.mark.parametrize(("offsets", "kinds", "rows", "message"), [
    ([0, 9], [0], [1], "outside the data"),
    ([0, 1], [1], [1], "no kind"),
    ([0, 1], [-1], [1], "no kind"),
    ([0, 1], [0], [1, 2], "disagree"),
])
def test_lines_refuse(offsets, kinds, rows, message):
    with pytest.raises(ValueError, match=message):
        _lines(offsets, b"abc", kinds, rows)
