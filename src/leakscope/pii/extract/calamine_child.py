"""python-calamine in a forked child: an abort there ends the child, not the scan.

calamine (Rust) aborts the whole process when an allocation fails, and reserves room on what
a workbook claims. ``xlsx_guard`` refuses every workbook we know that would make it, but it is
a model of calamine's parser, and a model can miss. So calamine reads in a child process
(with an address-space limit, so a workbook that would take gigabytes fails there too) and
sends the rows back through a pipe; if the child dies, the sheet it was reading is an error
that says so, and a workbook it dies on before its first sheet is read by openpyxl instead.
"""

from __future__ import annotations

import itertools
import os
import pickle
import resource
import select
import signal
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

Rows = Iterator[Sequence[object]]
Sheets = Iterator[tuple[str, Rows | Exception]]
CHUNK_ROWS = 2000  # rows a message holds
SILENCE_SECONDS = 600.0  # a child that sends nothing for this long is killed (a hung parse)
EXTRA_ADDRESS_SPACE = 4 << 30  # what the child may map beyond what it was forked with
_HEADER = 8  # bytes of a message's length


class CalamineDied(Exception):
    """The child reading the workbook ended before it finished (killed, or it aborted)."""


class SheetUnreadable(Exception):
    """calamine could not read one sheet (the others are still read)."""


def child_worksheets(path: Path, read: Callable[[Path], Sheets]) -> Sheets:
    """``read(path)`` in a forked child, its sheets and rows streamed back in order.

    Raises when the child cannot open the workbook (or dies before its first sheet), as
    ``read`` would; later failures come as the current sheet's rows raising ``CalamineDied``.
    """
    readable, writable = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns
        os.close(readable)
        _child(path, read, writable)
    os.close(writable)
    receiver = _Receiver(pid, readable)
    try:
        first = receiver.next()
        if first[0] == "failed":
            raise CalamineDied(first[1])
    except BaseException:
        receiver.close()
        raise
    return _sheets(receiver, first)


def _child(path: Path, read: Callable[[Path], Sheets], out: int) -> None:
    status = 0
    try:
        _limit_address_space()
        try:
            for title, rows in read(path):
                if isinstance(rows, Exception):
                    _send(out, ("sheet", title, str(rows)))
                    continue
                _send(out, ("sheet", title, None))
                while chunk := list(itertools.islice(rows, CHUNK_ROWS)):
                    _send(out, ("rows", chunk))
                _send(out, ("end",))  # the sheet is whole before the next one is opened
            _send(out, ("done",))
        except Exception as error:
            _send(out, ("failed", f"{type(error).__name__}: {error}"))
    except BaseException:
        status = 1
    finally:
        os._exit(status)


def _send(out: int, message: tuple) -> None:
    payload = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    view = memoryview(len(payload).to_bytes(_HEADER, "little") + payload)
    while view:
        view = view[os.write(out, view):]


def _limit_address_space() -> None:
    try:
        with open("/proc/self/statm") as statm:
            mapped = int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError):
        return
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    limit = mapped + EXTRA_ADDRESS_SPACE
    if hard == resource.RLIM_INFINITY or limit < hard:
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


_REST = "(the rest of the workbook)"


def _sheets(receiver: _Receiver, message: tuple) -> Sheets:
    """The sheets as ``read`` gives them; the child's death while a sheet's rows are read
    raises there (once), between sheets it is one last item for the rest."""
    try:
        while message[0] == "sheet":
            _, title, error = message
            if error is not None:
                yield title, SheetUnreadable(error)
            else:
                yield title, _rows(receiver)
                if receiver.dead:  # the sheet's reader met the death already
                    return
                while receiver.next()[0] == "rows":  # what the sheet's reader left, its end
                    pass
            message = receiver.next()
        if message[0] == "failed":
            yield _REST, CalamineDied(message[1])
    except CalamineDied as error:
        yield _REST, error
    finally:
        receiver.close()


def _rows(receiver: _Receiver) -> Rows:
    while receiver.peek()[0] == "rows":  # up to the sheet's end, which is left to _sheets
        yield from receiver.next()[1]


class _Receiver:
    """Messages from the child, in order; its death (or silence) raises ``CalamineDied``."""

    def __init__(self, pid: int, fd: int) -> None:
        self._pid, self._fd, self._ahead = pid, fd, None
        self.dead = False

    def peek(self) -> tuple:
        if self._ahead is None:
            self._ahead = pickle.loads(self._exactly(int.from_bytes(self._exactly(_HEADER),
                                                                     "little")))
        return self._ahead

    def next(self) -> tuple:
        message, self._ahead = self.peek(), None
        return message

    def _exactly(self, size: int) -> bytes:
        parts, missing = [], size
        while missing:
            if not select.select([self._fd], [], [], SILENCE_SECONDS)[0]:
                self.dead = True
                raise CalamineDied(f"the workbook reader was silent for {SILENCE_SECONDS:.0f} s"
                                   "; stopped")
            part = os.read(self._fd, min(missing, 1 << 20))
            if not part:
                raise CalamineDied(self._why())
            parts.append(part)
            missing -= len(part)
        return b"".join(parts)

    def _why(self) -> str:
        self.dead = True
        if not self._pid:
            return "the workbook reader had ended"
        _, status = os.waitpid(self._pid, 0)
        self._pid = 0
        if os.WIFSIGNALED(status):
            name = signal.Signals(os.WTERMSIG(status)).name
            return f"the workbook reader ended ({name}: out of memory or a parser abort)"
        return f"the workbook reader ended early (status {os.WEXITSTATUS(status)})"

    def close(self) -> None:
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1
        if self._pid:  # still running (the caller stopped early), or exited and unreaped
            os.kill(self._pid, signal.SIGKILL)
            os.waitpid(self._pid, 0)
            self._pid = 0
