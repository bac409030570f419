"""child_reader, under the PDF and the workbook readers: the parent's garbage stays the
parent's (its finalizers never run in the child); the parent takes only plain values back."""

from __future__ import annotations

import datetime
import gc
import os
import signal

import pytest

from leakscope.pii.extract import child_reader
from leakscope.pii.extract.child_reader import ChildDied, start_child


class _Trap:
    """A finalizer that kills any process but the one that made it (as a cffi or Arrow
    object's free may crash a forked child)."""

    def __init__(self, owner: int) -> None:
        self.owner, self.me = owner, self  # a cycle: only the collector frees it

    def __del__(self) -> None:
        if os.getpid() != self.owner:
            os.kill(os.getpid(), signal.SIGKILL)


def _rows():
    """Rows a reader keeps (as a parser does): enough new objects for a collection."""
    kept = [[n] for n in range(100_000)]
    for n in range(1_000):
        yield ("rows", kept[n])


def test_the_child_never_collects_the_parents_garbage():
    threshold = gc.get_threshold()
    gc.collect()
    gc.set_threshold(50_000)  # no collection here before the fork; in the child, many
    try:
        for _ in range(100):
            _Trap(os.getpid())  # garbage waiting for the next collection
        receiver = start_child(_rows, "the reader")
        try:
            messages = [receiver.next() for _ in range(1_001)]
        finally:
            receiver.close()
    finally:
        gc.set_threshold(*threshold)
    assert messages[-1] == ("done",) and gc.isenabled()


def _forbidden():
    yield ("page", 1, "ok", None)
    yield ("page", 2, os.system, None)  # a parser taken over would send a callable


def test_a_child_may_send_plain_values_and_no_callable(monkeypatch):
    receiver = start_child(lambda: [("cells", [1, 2.5, None, "氏名", datetime.date(2024, 1, 2)])],
                           "the test reader")
    assert receiver.next() == ("cells", [1, 2.5, None, "氏名", datetime.date(2024, 1, 2)])
    assert receiver.next() == ("done",)
    receiver.close()
    receiver = start_child(_forbidden, "the test reader")
    assert receiver.next() == ("page", 1, "ok", None)
    with pytest.raises(ChildDied, match=r"sent what it may not .*system"):
        receiver.next()
    assert receiver.dead
    receiver.close()
    monkeypatch.setattr(child_reader, "MAX_MESSAGE", 64)
    receiver = start_child(lambda: [("page", 1, "x" * 1000, None)], "the test reader")
    with pytest.raises(ChildDied, match=r"a message of 1,0[0-9][0-9] bytes"):
        receiver.next()
    receiver.close()
