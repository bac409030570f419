"""zip, tar (any compression), gz / bz2 / xz: members streamed through the same registry.

Nothing is extracted by name: each member is copied into the private spill area under a
generated name (see `Context.spill`) and read from there, so zip-slip names are harmless;
they are still reported, since a hostile name in evidence is itself a finding. Encrypted
members, bombs (by declared and by actual size and ratio), too many members and too deep
nesting become `ExtractError`s; the other members are still read.
"""

from __future__ import annotations

import bz2
import gzip
import lzma
import re
import tarfile
import zipfile
import zlib
from collections.abc import Callable, Iterator
from copy import copy as shallow_copy
from pathlib import Path
from typing import BinaryIO

from leakscope.pii.extract.base import (
    BudgetExhausted,
    Context,
    Item,
    LimitExceeded,
    TableMember,
    TruncatedMember,
    printable_name,
)
from leakscope.pii.extract.zip_salvage import salvaged_zip
from leakscope.pii.units import ExtractError

_DRIVE = re.compile(r"^[A-Za-z]:")
_ZIP_UTF8_FLAG = 0x800
ZIP_ENCRYPTED_FLAG = 0x1
DIRECTORY_FACTOR = 10  # up to 10x the member limit, the first members are still read
OVERLAPS_OF_A_BOMB = 8  # members inside others' data: fewer amplify little (budget-bound)


def unsafe_name(name: str) -> bool:
    """An absolute path, a drive letter or a '..' part: it would escape an extraction dir."""
    normalized = name.replace("\\", "/")
    return (
        normalized.startswith("/")
        or bool(_DRIVE.match(normalized))
        or ".." in normalized.split("/")
    )


def _member(
    ctx: Context,
    open_stream: Callable[[], BinaryIO],
    display: str,
    name: str,
    compressed_size: int | None,
    crc: int | None = None,
) -> Iterator[Item | TableMember]:
    """Spill one member and extract it (or hand it to the caller's table planner); its own
    failures stay its own. ``crc``: the member's declared CRC-32, checked on the copy (a
    mismatch is said, and the copy still read: one bad byte must not hide the rest)."""
    from leakscope.pii.extract.registry import extract_copy  # registry imports us lazily

    shown = printable_name(name)
    member_display = f"{display}!{shown}"
    if unsafe_name(name):
        yield ExtractError(
            member_display,
            "unsafe member name (zip-slip: absolute or '..' path); never extracted by "
            "name, content scanned from a private copy",
        )
    elif shown != name:
        yield ExtractError(member_display, "control characters in the member name (shown "
                           "escaped); content scanned from a private copy")
    try:
        with ctx.nested(), open_stream() as stream:
            read = _Crc32Reader(stream)
            copy = ctx.spill(read, name, compressed_size)
    except BudgetExhausted:
        raise
    except LimitExceeded as error:
        yield ExtractError(member_display, str(error))
        return
    except TruncatedMember as error:  # scan what was read before the damage
        yield ExtractError(member_display, f"truncated or corrupt member ({error}); the "
                           f"{error.written:,} bytes read before it are scanned")
        copy = error.copy
    except Exception as error:  # broken deflate stream, unsupported method, ...
        yield ExtractError(member_display, f"corrupt member: {type(error).__name__}: {error}")
        return
    if crc is not None and read.crc != crc:
        yield ExtractError(member_display, "corrupt member (CRC-32 mismatch); what it holds "
                           "is scanned as it is")
    try:
        with ctx.nested():
            yield from extract_copy(copy, member_display, ctx)
    finally:
        copy.unlink(missing_ok=True)


class _Crc32Reader:
    """A member's stream keeping the CRC-32 of what was read from it, for the check after the
    copy (which is then not read a second time)."""

    def __init__(self, stream) -> None:
        self._stream = stream
        self.crc = 0

    def read(self, size: int = -1) -> bytes:
        return self._kept(self._stream.read(size))

    def read1(self, size: int = -1) -> bytes:
        return self._kept(getattr(self._stream, "read1", self._stream.read)(size))

    def _kept(self, chunk: bytes) -> bytes:
        self.crc = zlib.crc32(chunk, self.crc)
        return chunk


def _unchecked(info: zipfile.ZipInfo) -> zipfile.ZipInfo:
    """``info`` without its CRC: `zipfile` then raises no error at the member's end (one that
    would lose the last chunk read, for a small member all of it); `_member` checks it."""
    unchecked = shallow_copy(info)
    del unchecked.CRC
    return unchecked


def zip_name(info: zipfile.ZipInfo) -> str:
    """Member name; names without the UTF-8 flag are usually CP932 on Japanese Windows."""
    if info.flag_bits & _ZIP_UTF8_FLAG:
        return info.filename
    try:
        return info.filename.encode("cp437").decode("cp932")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return info.filename


def _tar_name(name: str) -> str:
    """Member name; bytes that were not UTF-8 (CP932 from a Japanese PC) are decoded as CP932."""
    try:
        return name.encode("utf-8", "surrogateescape").decode("utf-8")
    except UnicodeDecodeError:
        return name.encode("utf-8", "surrogateescape").decode("cp932", "replace")


def extract_zip(path: Path, display: str, ctx: Context,
                only: Callable[[zipfile.ZipInfo], bool] | None = None,
                salvage: bool = True) -> Iterator[Item | TableMember]:
    """Every member; ``only``: the members it takes, asked in order (a part of the archive
    that one worker process reads: see `zip_parts`); ``salvage``: a zip without its directory
    is read from its members' own headers (`zip_salvage`), else it is an error."""
    limits = ctx.limits
    declared = declared_members(path)
    if declared > DIRECTORY_FACTOR * limits.max_members:
        yield ExtractError(display, f"declares {declared:,} members, far over the limit of "
                           f"{limits.max_members:,}; its directory is not loaded (memory)")
        return
    cut = None
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        salvaged = salvaged_zip(path, limits) if salvage else None
        if salvaged is None:
            raise
        archive, cut = salvaged
        yield ExtractError(display, "no zip directory at the end (file cut short?); members "
                           "read from their own headers")
    with archive:
        infos = [info for info in archive.infolist() if not info.is_dir()]
        if len(infos) > limits.max_members:
            yield ExtractError(
                display, f"{len(infos):,} members, over the limit of {limits.max_members:,}; "
                "only the first are read"
            )
            infos = infos[: limits.max_members]
        overlaps, said_overlaps = overlapping(infos), False
        for info in infos:
            if only is not None and not only(info):
                continue
            name = zip_name(info)
            if info in overlaps:
                if not said_overlaps:
                    said_overlaps = True
                    yield ExtractError(display, f"zip bomb suspected: {len(overlaps):,} members "
                                       "lie inside another member's data (one stream listed as "
                                       f"many members: {name!r} in {overlaps[info]!r}, ...); "
                                       "those are skipped")
                continue
            if info is cut:
                yield ExtractError(f"{display}!{name}", "cut short by the end of the file; "
                                   "what comes before the cut is scanned")
            if info.flag_bits & ZIP_ENCRYPTED_FLAG:
                yield ExtractError(f"{display}!{name}", "encrypted zip member (password required)")
                continue
            declared = declared_bomb(ctx, info.file_size, info.compress_size)
            if declared:
                yield ExtractError(f"{display}!{name}", declared)
                continue
            try:
                yield from _member(ctx, lambda i=info: archive.open(_unchecked(i)), display,
                                   name, info.compress_size, info.CRC)
            except BudgetExhausted as error:
                yield ExtractError(f"{display}!{name}", str(error))
                return


def overlapping(infos: list[zipfile.ZipInfo]) -> dict[zipfile.ZipInfo, str]:
    """Members whose data starts inside an earlier member's (a bomb lists one deflate stream
    as thousands of members: 20 KB that inflate to gigabytes), each with the name of that
    one; none if fewer than `OVERLAPS_OF_A_BOMB` (a damaged size field makes one or two, and
    they are read). An end is reckoned without the member's name and extra field: never too
    late."""
    found: dict[zipfile.ZipInfo, str] = {}
    end, owner = -1, ""
    for info in sorted(infos, key=lambda info: info.header_offset):
        if info.header_offset < end:
            found[info] = owner
        stop = info.header_offset + zipfile.sizeFileHeader + info.compress_size
        if stop > end:
            end, owner = stop, zip_name(info)
    return found if len(found) >= OVERLAPS_OF_A_BOMB else {}


def declared_members(path: Path) -> int:
    """The member count the end record declares, read before `ZipFile` loads the directory
    (~600 bytes of memory a member: 10 million members would take gigabytes)."""
    with path.open("rb") as handle:
        end = zipfile._EndRecData(handle)  # the stdlib's own end-record reader
    return end[zipfile._ECD_ENTRIES_TOTAL] if end else 0


def declared_bomb(ctx: Context, size: int, compressed: int) -> str | None:
    """Refuse before reading when the header already admits a bomb."""
    limits = ctx.limits
    if ctx.used_bytes + size > limits.max_total_bytes:
        return (
            f"declares {size:,} bytes: the archive would expand beyond the limit of "
            f"{limits.max_total_bytes:,} bytes (zip bomb?); skipped"
        )
    if size > limits.ratio_floor_bytes and size > limits.max_ratio * max(compressed, 1):
        return (
            f"zip bomb suspected: declares {size:,} bytes from {compressed:,} "
            f"(over {limits.max_ratio:g}:1); skipped"
        )
    return None


def check_container(path: Path, ctx: Context) -> None:
    """Refuse an Office file (a zip) whose parts declare a bomb, before a parser inflates them.

    Declared sizes are enough here: `zipfile` never returns more than a member declares.
    """
    with zipfile.ZipFile(path) as archive:
        total = 0
        for info in archive.infolist():
            total += info.file_size
            problem = declared_bomb(ctx, info.file_size, info.compress_size)
            if problem is None and ctx.used_bytes + total > ctx.limits.max_total_bytes:
                problem = (
                    f"parts declare {total:,} bytes, over the limit of "
                    f"{ctx.limits.max_total_bytes:,} (zip bomb?)"
                )
            if problem:
                raise LimitExceeded(f"part {info.filename}: {problem}")


def extract_tar(path: Path, display: str, ctx: Context) -> Iterator[Item | TableMember]:
    limits = ctx.limits
    archive_size = path.stat().st_size
    with tarfile.open(path, "r:*") as archive:
        count = 0
        unread: list[str] = []
        for info in archive:
            if not info.isfile():  # links, devices, dirs: nothing to read, nothing is created
                if not info.isdir():
                    unread.append(_tar_special(info))
                continue
            name = _tar_name(info.name)
            count += 1
            if count > limits.max_members:
                yield ExtractError(
                    display, f"over the limit of {limits.max_members:,} members; rest skipped"
                )
                return
            if ctx.used_bytes + info.size > limits.max_total_bytes:
                yield ExtractError(
                    f"{display}!{name}",
                    f"member of {info.size:,} bytes exceeds the limit of "
                    f"{limits.max_total_bytes:,}; rest skipped",
                )
                return
            try:
                yield from _member(
                    ctx, lambda i=info: archive.extractfile(i), display, name, archive_size
                )
            except BudgetExhausted as error:
                yield ExtractError(f"{display}!{name}", str(error))
                return
    if unread:
        shown = ", ".join(unread[:5]) + (", ..." if len(unread) > 5 else "")
        yield ExtractError(display, f"{len(unread):,} members not read (links, devices or "
                           f"FIFOs are never followed or created): {shown}")


def _tar_special(info: tarfile.TarInfo) -> str:
    name = _tar_name(info.name)
    if info.issym() or info.islnk():
        return f"{name} -> {_tar_name(info.linkname)}"
    return f"{name} (device or FIFO)"


def _single_stream(opener: Callable[[Path], BinaryIO], suffixes: tuple[str, ...]):
    """An extractor for a compressed single file (or a compressed tar)."""

    def extract_compressed(path: Path, display: str, ctx: Context) -> Iterator[Item | TableMember]:
        with opener(path) as stream:
            head = stream.read(512)
        if head[257:262] == b"ustar":
            yield from extract_tar(path, display, ctx)
            return
        name = display.rsplit("!", 1)[-1].rsplit("/", 1)[-1]
        for suffix in suffixes:
            if name.lower().endswith(suffix):
                name = name[: -len(suffix)]
                break
        try:
            yield from _member(
                ctx, lambda: opener(path), display, name or "data", path.stat().st_size
            )
        except BudgetExhausted as error:
            yield ExtractError(display, str(error))

    return extract_compressed


extract_gzip = _single_stream(gzip.open, (".gz", ".tgz"))
extract_bz2 = _single_stream(bz2.open, (".bz2",))
extract_xz = _single_stream(lzma.open, (".xz",))
