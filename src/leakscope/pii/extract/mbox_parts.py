"""A big mbox cut into parts that worker processes read side by side.

An exported mailbox is often several GB in one file; read as one file, one core does all the
work. `split_mbox` cuts it into byte ranges of about `PART_BYTES` each, starting at a "From "
line that follows an empty line: where `mail._mbox_messages` always starts a new message, so
each part holds whole messages and its reader starts as the whole file's reader would there.
A part knows the number of its first message, so its findings carry the same ``message``
numbers and attachment paths (``box.mbox!message-12!file.csv``) as one worker's. The first
part alone counts the file. Attachments spill against one budget shared by the parts
(`zip_parts.SharedBudget`), as one worker's would.
"""

from __future__ import annotations

import mmap
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from leakscope.pii.extract.base import Context, Item, TableMember
from leakscope.pii.extract.registry import flattened, guarded
from leakscope.pii.extract.sniff import sniff
from leakscope.pii.extract.zip_parts import SharedBudget
from leakscope.pii.units import ExtractError

# An mbox of two parts or more is cut. Parts of 4 MB: the last part a worker takes leaves the
# other idle for its length; 16 MB parts left two workers 1.3x faster than one on a 55 MB mbox,
# 4 MB ones 1.7x (no cost per part could be measured down to 1 MB).
PART_BYTES = 4 << 20

_SEPARATOR = b"\nFrom "


@dataclass(frozen=True)
class MboxPart:
    """Bytes ``start`` to ``end`` of an mbox, whose first message is number ``first``.
    ``slot``: the mbox's counter in `SharedBudget`."""

    slot: int
    start: int
    end: int
    first: int

    @property
    def lead(self) -> bool:
        return self.start == 0

    def shown(self, display: str) -> str:
        return display

    def items(self, path: Path, display: str, totals: Any,
              plan_table: Callable[[Path, Context], Any] | None
              ) -> Iterator[Item | TableMember]:
        """The items `extract` gives of this part's messages."""
        from leakscope.pii.extract.mail import extract_mbox  # (the mail stack: an mbox only)

        ctx = SharedBudget(totals, self.slot, plan_table)
        try:
            if not self.lead and not _starts_message(path, self.start):
                yield ExtractError(display, f"the file changed since it was cut into parts: "
                                   f"messages from byte {self.start:,} not scanned")
                return
            messages = extract_mbox(path, display, ctx, self.start, self.end, self.first)
            yield from flattened(guarded("mbox", display, messages))
        finally:
            ctx.close()


def split_mbox(path: Path, slot: int) -> list[MboxPart] | None:
    """The parts of the mbox at ``path`` in file order, or None: not an mbox, smaller than two
    parts, or one message (nowhere to cut)."""
    try:
        size = path.stat().st_size
        if size < 2 * PART_BYTES or sniff(path) != "mbox":
            return None
        with path.open("rb") as handle, \
                mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as data:
            cuts = _cuts(data, PART_BYTES)
    except Exception:  # unreadable: one worker reads it and names the problem
        return None
    if not cuts:
        return None
    starts = [(0, 1), *cuts]
    ends = [start for start, _ in cuts] + [size]
    return [MboxPart(slot, start, end, first)
            for (start, first), end in zip(starts, ends, strict=True)]


def _cuts(data: mmap.mmap, part: int) -> list[tuple[int, int]]:
    """(offset, message number) of the "From " lines about ``part`` bytes apart that start a
    message after an empty line. Such a line ends the message before it, so the messages
    before it are the separators of that kind before it, plus one."""
    cuts: list[tuple[int, int]] = []
    ended, at = 0, data.find(_SEPARATOR)  # messages ended so far; a "From " line's "\n"
    while at >= 0:
        if at == 0 or data[at - 1] == 10 or (  # the line before is "\n" or "\r\n"
                data[at - 1] == 13 and (at == 1 or data[at - 2] == 10)):
            ended += 1
            if at + 1 >= (cuts[-1][0] if cuts else 0) + part and len(data) - at > part // 2:
                cuts.append((at + 1, ended + 1))
        at = data.find(_SEPARATOR, at + 1)
    return cuts


def _starts_message(path: Path, offset: int) -> bool:
    with path.open("rb") as handle:
        handle.seek(offset)
        return handle.read(5) == b"From "
