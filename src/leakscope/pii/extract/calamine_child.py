"""python-calamine in a forked child: an abort there ends the child, not the scan.

calamine (Rust) aborts the whole process when an allocation fails, and reserves room on what
a workbook claims. ``xlsx_guard`` refuses every workbook we know that would make it, but it is
a model of calamine's parser, and a model can miss. So calamine reads in a child process
(``child_reader``: an address-space limit, so a workbook that would take gigabytes fails there
too) and sends the rows back through a pipe; if the child dies, the sheet it was reading is an
error that says so, and a workbook it dies on before its first sheet is read by openpyxl
instead.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Sequence
from functools import partial
from pathlib import Path

from leakscope.pii.extract.child_reader import ChildDied, Message, Receiver, start_child

Rows = Iterator[Sequence[object]]
Sheets = Iterator[tuple[str, Rows | Exception]]
CHUNK_ROWS = 2000  # rows a message holds
CalamineDied = ChildDied  # what a sheet's rows raise when the child dies while they are read


class SheetUnreadable(Exception):
    """calamine could not read one sheet (the others are still read)."""


def child_worksheets(path: Path, read: Callable[[Path], Sheets]) -> Sheets:
    """``read(path)`` in a forked child, its sheets and rows streamed back in order.

    Raises when the child cannot open the workbook (or dies before its first sheet), as
    ``read`` would; later failures come as the current sheet's rows raising ``CalamineDied``.
    """
    receiver = start_child(partial(_messages, path, read), "the workbook reader")
    try:
        first = receiver.next()
        if first[0] == "failed":
            raise CalamineDied(first[1])
    except BaseException:
        receiver.close()
        raise
    return _sheets(receiver, first)


def _messages(path: Path, read: Callable[[Path], Sheets]) -> Iterator[Message]:
    """In the child: each sheet's title, its rows in chunks, its end."""
    for title, rows in read(path):
        if isinstance(rows, Exception):
            yield ("sheet", title, str(rows))
            continue
        yield ("sheet", title, None)
        while chunk := list(itertools.islice(rows, CHUNK_ROWS)):
            yield ("rows", chunk)
        yield ("end",)  # the sheet is whole before the next one is opened


_REST = "(the rest of the workbook)"


def _sheets(receiver: Receiver, message: tuple) -> Sheets:
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


def _rows(receiver: Receiver) -> Rows:
    while receiver.peek()[0] == "rows":  # up to the sheet's end, which is left to _sheets
        yield from receiver.next()[1]
