"""The C reader of VALUES lists gives the tuples the Python reader gives, or None as it does."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from leakscope.pii.extract import sqldump

KERNEL = sqldump._sqlvalues
pytestmark = pytest.mark.skipif(KERNEL is None, reason="the C reader _sqlvalues was not built")

# Pieces a dump's VALUES list is made of, hostile ones included.
_PIECES = ["(", ")", ",", "'", "''", "\\", "\\'", "\\\\", "\\n", "\\Z", "NULL", "null", "N",
           "_binary", "_UTF8MB4", "E", "1.5", "-3", "NOW", " ", "\t", "\n", "\u3000", "\xa0",
           "\x85", "\x1c", "山田", "a", "b c", "ı", "_bınary", "nULl", "😀", ";", "x'y", "\\0",
           "''''", "é", "\\é"]


def _python(values: str, backslash: bool):
    dialect = sqldump._Dialect()
    dialect.backslash = backslash
    saved, sqldump._sqlvalues = sqldump._sqlvalues, None
    try:
        rows = dialect.tuples(values)
    finally:
        sqldump._sqlvalues = saved
    return None if rows is None else list(rows)


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_PIECES), max_size=40), st.booleans())
def test_generated_values_lists_read_as_the_python_reader_reads_them(pieces, backslash):
    values = "".join(pieces)
    assert KERNEL.tuples(values, backslash) == _python(values, backslash)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60), st.booleans())
def test_any_text_reads_as_the_python_reader_reads_it(values, backslash):
    assert KERNEL.tuples(values, backslash) == _python(values, backslash)


def test_a_dump_statement():
    values = ("('1','山田 太郎','090-1234-5678',NULL,_binary 'x',N'y',NOW(),'it\\'s','a''b'),"
              "(2,'\\n',E'z');")
    rows = KERNEL.tuples(values, True)
    assert rows == [["1", "山田 太郎", "090-1234-5678", None, "x", "y", "NOW()", "it's", "a'b"],
                    ["2", "\n", "z"]]
    assert rows == _python(values, True)
    assert KERNEL.tuples("('open", True) is None


def test_a_lone_surrogate_goes_to_the_python_reader():
    dialect = sqldump._Dialect()
    assert list(dialect.tuples("('a\udcff')")) == [["a\udcff"]]
