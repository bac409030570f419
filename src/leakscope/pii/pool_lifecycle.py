"""How a scan's worker processes start and end, so none outlives its scan.

A killed scan must leave no findings behind: not its folder in RAM, not a worker waiting on a
queue nobody will write to again. A SIGTERM is deferred while workers start (one landing inside
``Process.start`` after the fork leaves a child the parent has no handle on) and while they are
stopped; a worker unwinds on SIGTERM and receives one when its parent dies.
"""

from __future__ import annotations

import ctypes
import multiprocessing as mp
import os
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager

# numpy's and Arrow's own threads (OpenBLAS's pool, jemalloc's background thread) start when
# they are imported and re-arm themselves at fork: imported before counting, so a worker forks
# whether the scan imported them before this module or after (the CLI imports Arrow later).
import numpy  # noqa: F401
import pyarrow  # noqa: F401


def _threads() -> int:
    try:
        return len(os.listdir("/proc/self/task"))
    except OSError:  # no procfs: count what Python can see
        return threading.active_count()


_IMPORT_THREADS = _threads()


def can_fork() -> bool:
    """Fork starts a worker in milliseconds (spawn re-imports: ~0.5 s each), but only while
    no other thread has started since import: a thread of DuckDB or GiNZA (spaCy/thinc)
    holding a lock at the fork leaves the child a lock nobody releases (a worker crashed in
    libc that way)."""
    return "fork" in mp.get_all_start_methods() and "spacy" not in sys.modules \
        and _threads() <= _IMPORT_THREADS


@contextmanager
def termination_deferred() -> Iterator[None]:
    """A SIGTERM waits for the block (starting the workers, or their and the findings'
    clean-up: a kill there would leave findings in RAM), then takes effect as it would have."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    received: list[tuple] = []
    previous = signal.signal(signal.SIGTERM, lambda *args: received.append(args))
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
        if received and callable(previous):
            previous(*received[0])
        elif received and previous == signal.SIG_DFL:
            os.kill(os.getpid(), signal.SIGTERM)


def stop_on_terminate(result_q) -> None:
    """A worker told to stop (the scan was left early, or its parent died) unwinds instead of
    dying at once, so the extractors' ``finally`` blocks remove their spill areas and the
    member copies in them."""

    def stop(_signum, _frame) -> None:
        signal.signal(signal.SIGTERM, signal.SIG_IGN)  # once: nothing may cut the clean-up
        result_q.cancel_join_thread()  # nobody reads the queue any more: do not wait on it
        raise SystemExit(1)

    signal.signal(signal.SIGTERM, stop)
    _terminate_with_parent()


_PR_SET_PDEATHSIG = 1


def _terminate_with_parent() -> None:
    """Ask Linux for a SIGTERM when the parent dies (a scan killed outright would otherwise
    leave its workers blocked on the task queue, holding findings, until the next boot)."""
    parent = mp.parent_process()
    if parent is None or not sys.platform.startswith("linux"):
        return
    try:
        ctypes.CDLL(None).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)
    except (OSError, AttributeError):  # no prctl: the parent's clean-up still stops us
        return
    if os.getppid() != parent.pid:  # it died before the request was made
        os.kill(os.getpid(), signal.SIGTERM)
