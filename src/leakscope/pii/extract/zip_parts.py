"""A top-level zip cut into parts that worker processes read side by side.

A leaked share often arrives as one zip of several big exports; read as one file, one core
does all the work. `split_zip` cuts such a zip into parts: each member of `PART_MIN_BYTES` or
more on its own, and a lead part with every other member and the archive's own errors (it
alone counts the file), which may be the second part worth a worker beside one big export.
Each worker re-opens the archive and reads its part through `extract_zip` itself, so every
check of the one-worker path applies to it as it stands: names (zip-slip), encryption,
declared and actual bomb ratios, nesting depth, the private 0700 spill area and its 0600
copies, removed after.

One limit spans the whole archive: what it may expand to. Read by one worker, the members
count against it in order; read in parts, every part's spills add to one counter shared by
the workers (`SharedBudget`), so the parts together can never expand past it. A zip whose
members already declare more than the limit, or more members than allowed, is left whole to
one worker (which member the limit cuts then depends on order). A member that is no longer
where the listing found it (the file changed or broke in between) is an error naming it.

A tar is left whole: it has no directory, so a worker would read (and a .tar.gz inflate)
every member before its own to reach it.
"""

from __future__ import annotations

import zipfile
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from leakscope.pii.extract.archive import (
    ZIP_ENCRYPTED_FLAG,
    declared_bomb,
    declared_members,
    extract_zip,
    zip_name,
)
from leakscope.pii.extract.base import ArchiveLimits, Context, Item, TableMember, printable_name
from leakscope.pii.extract.registry import flattened, guarded
from leakscope.pii.extract.sniff import sniff
from leakscope.pii.units import ExtractError

PART_MIN_BYTES = 4 << 20  # uncompressed; a smaller member is not worth a worker of its own


Identity = tuple[str, int, int, int, int]  # name, CRC, sizes, occurrence of all four


def _identities() -> Callable[[zipfile.ZipInfo], Identity]:
    """What identifies each member in turn, wherever it sits: a worker re-opening a file
    that changed since its listing still finds a member moved, never another one."""
    seen: Counter[tuple[str, int, int, int]] = Counter()

    def identity(info: zipfile.ZipInfo) -> Identity:
        key = (info.filename, info.CRC, info.file_size, info.compress_size)
        seen[key] += 1
        return (*key, seen[key])

    return identity


@dataclass(frozen=True)
class ZipMember:
    """A member as the listing found it."""

    identity: Identity
    name: str  # as shown: the filename CP932-decoded where it is not flagged UTF-8

    @property
    def filename(self) -> str:
        return self.identity[0]

    @property
    def file_size(self) -> int:
        return self.identity[2]

    @property
    def shown(self) -> str:
        return printable_name(self.name)


@dataclass(frozen=True)
class ZipPart:
    """What one worker reads of a zip: ``member`` alone, or (the lead part, ``member`` None)
    every member but the ``split`` ones (a member not as listed any more: the lead reads it).
    ``slot``: the archive's counter in `SharedBudget`."""

    slot: int
    member: ZipMember | None
    split: tuple[ZipMember, ...]

    @property
    def lead(self) -> bool:
        return self.member is None

    def shown(self, display: str) -> str:
        """The zip, or the one member this part reads in it."""
        return display if self.member is None else f"{display}!{self.member.shown}"

    def items(self, path: Path, display: str, totals: Any,
              plan_table: Callable[[Path, Context], Any] | None
              ) -> Iterator[Item | TableMember]:
        return part_items(path, display, self, totals, plan_table)


def split_zip(path: Path, slot: int, limits: ArchiveLimits | None = None
              ) -> list[ZipPart] | None:
    """The parts of the zip at ``path``, largest first (the lead part by its members' sum: the
    last part to end is a small one), or None: not a zip, fewer than two parts worth a worker
    (the lead part is one where its members add up to `PART_MIN_BYTES`), or a zip whose
    limits one worker must apply in order."""
    limits = limits or ArchiveLimits()
    try:  # two parts worth a worker, no bomb in them, take this much at the least:
        if path.stat().st_size < 2 * PART_MIN_BYTES / limits.max_ratio or \
                sniff(path) != "zip" or declared_members(path) > limits.max_members:
            return None
        with zipfile.ZipFile(path) as archive:
            infos = [info for info in archive.infolist() if not info.is_dir()]
    except Exception:  # damaged or unreadable: one worker reads it and names the problem
        return None
    if len(infos) > limits.max_members or \
            sum(info.file_size for info in infos) > limits.max_total_bytes:
        return None
    plain, identity = Context(limits), _identities()
    listed = [(identity(info), info) for info in infos]
    big = [ZipMember(key, zip_name(info)) for key, info in listed
           if info.file_size >= PART_MIN_BYTES and not info.flag_bits & ZIP_ENCRYPTED_FLAG
           and declared_bomb(plain, info.file_size, info.compress_size) is None]
    rest = sum(info.file_size for info in infos) - sum(member.file_size for member in big)
    if len(big) + (rest >= PART_MIN_BYTES) < 2:  # one part worth a worker: nothing to share
        return None
    split = tuple(big)
    parts = [ZipPart(slot, None, split), *(ZipPart(slot, member, split) for member in big)]
    return sorted(parts, key=lambda part: -(part.member.file_size if part.member else rest))


class SharedBudget(Context):
    """A `Context` whose expanded bytes are the whole archive's, summed over the workers that
    read its parts (``totals``: a lock-guarded shared array, one counter an archive).

    `Context.spill` adds a member's bytes as ``used_bytes += written``: the read gives the
    total now, the write adds what this worker spilled since that read.
    """

    def __init__(self, totals: Any, slot: int, plan_table: Callable[[Path, Context], Any] | None
                 ) -> None:
        self._totals, self._slot, self._seen = totals, slot, 0
        super().__init__(plan_table=plan_table)

    @property
    def used_bytes(self) -> int:
        self._seen = self._totals[self._slot]
        return self._seen

    @used_bytes.setter
    def used_bytes(self, value: int) -> None:
        with self._totals.get_lock():
            self._totals[self._slot] += value - self._seen


def part_items(path: Path, display: str, part: ZipPart, totals: Any,
               plan_table: Callable[[Path, Context], Any] | None
               ) -> Iterator[Item | TableMember]:
    """The items of one part, as `extract` gives a whole zip's: errors naming the member (or
    the archive, for the lead part) where it cannot be read."""
    member, identity = part.member, _identities()
    taken: list[Identity] = []
    shown = part.shown(display)
    if member is None:
        split = {m.identity for m in part.split}

        def takes(info: zipfile.ZipInfo) -> bool:
            return identity(info) not in split
    else:
        def takes(info: zipfile.ZipInfo) -> bool:
            if taken or identity(info) != member.identity:
                return False
            taken.append(member.identity)
            return True
    ctx = SharedBudget(totals, part.slot, plan_table)
    finished: list[bool] = []  # the archive was read to its end (else its error says why)

    def read() -> Iterator[Item | TableMember]:
        yield from extract_zip(path, display, ctx, only=takes, salvage=False)  # listed whole
        finished.append(True)

    try:
        yield from flattened(guarded("zip", shown, read()))
        if member is not None and finished and not taken:
            yield ExtractError(shown, "member no longer in the archive as it was listed (the "
                               "file changed or was damaged since); not scanned")
    finally:
        ctx.close()
