"""A native parser in a forked child: its abort, crash or runaway allocation ends the child,
not the scan.

python-calamine (Rust) aborts the process when an allocation fails; PDFium (C++) parses
hostile PDFs. Each runs in a child process with an address-space limit and sends what it
reads back through a pipe as length-prefixed pickles. The parent reads them in order; if the
child dies (a signal, an early exit, a MemoryError), is silent too long or takes longer than
its budget, reading raises ``ChildDied`` with why, and what came before it is kept.

The child is a crash boundary, not a sandbox (same user, no seccomp). Still, a parser the
input took over must not take the scan with it through the pipe: the parent unpickles only
plain values, dates and times, and text units and errors (``_Messages``), no message larger
than ``MAX_MESSAGE`` bytes.
"""

from __future__ import annotations

import gc
import io
import os
import pickle
import resource
import select
import signal
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass

Message = tuple
_HEADER = 8  # bytes of a message's length
MAX_MESSAGE = 1 << 30


class ChildDied(Exception):
    """The child reading a file ended before it finished (killed, aborted, out of time)."""


class ChildTimedOut(ChildDied):
    """The child was silent too long, or took longer than its budget: it was killed."""


@dataclass(frozen=True)
class ChildLimits:
    """What a reader child may take. ``wait_seconds``: how long in all the parent may wait
    for its messages (the time the parent spends on them between reads is not counted)."""

    extra_address_space: int = 4 << 30  # what the child may map beyond what it was forked with
    silence_seconds: float = 600.0  # a child that sends nothing for this long is killed
    wait_seconds: float | None = None


def start_child(produce: Callable[[], Iterable[Message]], what: str,
                limits: ChildLimits = ChildLimits()) -> Receiver:
    """Fork a child that sends each message of ``produce()``, then ``("done",)``, or
    ``("failed", "Type: text")`` if ``produce`` raised; ``what`` names it in errors
    ("the PDF reader")."""
    readable, writable = os.pipe()
    collecting = gc.isenabled()
    gc.disable()  # the parent's garbage (cffi, Arrow objects) must not be finalized in the child
    try:
        pid = os.fork()
    except BaseException:
        os.close(readable)
        os.close(writable)
        if collecting:
            gc.enable()
        raise
    if pid == 0:  # the child, which never collects: it never returns
        os.close(readable)
        _child(produce, limits, writable)
    if collecting:
        gc.enable()
    os.close(writable)
    return Receiver(pid, readable, what, limits)


def _child(produce: Callable[[], Iterable[Message]], limits: ChildLimits, out: int) -> None:
    status = 0
    try:
        _limit_address_space(limits.extra_address_space)
        try:
            for message in produce():
                _send(out, message)
            _send(out, ("done",))
        except MemoryError:
            _send(out, ("failed", "MemoryError: out of memory (the reader's address-space "
                                  "limit)"))
        except Exception as error:
            _send(out, ("failed", f"{type(error).__name__}: {error}"))
    except BaseException:
        status = 1
    finally:
        os._exit(status)


def _send(out: int, message: Message) -> None:
    payload = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    view = memoryview(len(payload).to_bytes(_HEADER, "little") + payload)
    while view:
        view = view[os.write(out, view):]


def _limit_address_space(extra: int) -> None:
    try:
        with open("/proc/self/statm") as statm:
            mapped = int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError):
        return
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    limit = mapped + extra
    if hard == resource.RLIM_INFINITY or limit < hard:
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


class _Messages(pickle.Unpickler):
    """What a reader child may send: plain values (str, numbers, None, tuples, lists), dates
    and times (a workbook's cells), text units and extraction errors (a PDF form's)."""

    _ALLOWED = frozenset({
        ("datetime", "datetime"), ("datetime", "date"), ("datetime", "time"),
        ("datetime", "timedelta"), ("datetime", "timezone"),
        ("leakscope.pii.units", "TextUnit"), ("leakscope.pii.units", "ExtractError"),
    })

    def find_class(self, module: str, name: str) -> type:
        if (module, name) not in self._ALLOWED:
            raise pickle.UnpicklingError(f"{module}.{name}")
        return super().find_class(module, name)


class Receiver:
    """Messages from the child, in order; its death, silence or overrun raises ``ChildDied``
    (and sets ``dead``). ``close`` kills a child still running and reaps it."""

    def __init__(self, pid: int, fd: int, what: str, limits: ChildLimits) -> None:
        self._pid, self._fd, self._ahead = pid, fd, None
        self._what, self._limits = what, limits
        self._waited = 0.0
        self.dead = False
        self._timed_out: ChildTimedOut | None = None

    def peek(self) -> Message:
        if self._ahead is None:
            size = int.from_bytes(self._exactly(_HEADER), "little")
            if size > MAX_MESSAGE:
                raise self._refused(f"a message of {size:,} bytes")
            try:
                self._ahead = _Messages(io.BytesIO(self._exactly(size))).load()
            except pickle.UnpicklingError as error:
                raise self._refused(str(error)) from None
        return self._ahead

    def _refused(self, what: str) -> ChildDied:
        self.dead = True
        self.close()
        return ChildDied(f"{self._what} sent what it may not ({what}); stopped")

    def next(self) -> Message:
        message, self._ahead = self.peek(), None
        return message

    def _exactly(self, size: int) -> bytes:
        parts, missing = [], size
        while missing:
            self._wait()
            part = os.read(self._fd, min(missing, 1 << 20))
            if not part:
                raise ChildDied(self._why())
            parts.append(part)
            missing -= len(part)
        return b"".join(parts)

    def _wait(self) -> None:
        silence, budget = self._limits.silence_seconds, self._limits.wait_seconds
        timeout = silence if budget is None else min(silence, budget - self._waited)
        started = time.monotonic()
        ready = timeout > 0 and self._timed_out is None and \
            select.select([self._fd], [], [], timeout)[0]
        self._waited += time.monotonic() - started
        if ready:
            return
        self.dead = True
        if self._timed_out is None:  # asked again, the same answer at once
            self._timed_out = ChildTimedOut(
                f"{self._what} took longer than {budget:g} s; stopped"
                if budget is not None and self._waited >= budget
                else f"{self._what} was silent for {silence:g} s; stopped")
        raise self._timed_out

    def _why(self) -> str:
        self.dead = True
        if not self._pid:
            return f"{self._what} had ended"
        _, status = os.waitpid(self._pid, 0)
        self._pid = 0
        if os.WIFSIGNALED(status):
            name = signal.Signals(os.WTERMSIG(status)).name
            return f"{self._what} ended ({name}: out of memory or a parser abort)"
        return f"{self._what} ended early (status {os.WEXITSTATUS(status)})"

    def close(self) -> None:
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1
        if self._pid:  # still running (the caller stopped early), or exited and unreaped
            os.kill(self._pid, signal.SIGKILL)
            os.waitpid(self._pid, 0)
            self._pid = 0
