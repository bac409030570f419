"""A zip whose end is gone (a download cut short, a file carved from a disk): its members
read from their local headers, as ``unzip -FF`` would.

A zip's directory is at its very end: lose one byte of it and `zipfile` refuses the whole
archive, though every member before the cut is intact. The local headers that come before
each member say the same (name, method, sizes, CRC); a directory built from them, appended
in memory (the evidence is never written), lets `zipfile` read the archive as it is. A
member the cut runs through reads up to the cut: its entry declares the size and CRC of what
inflates from the bytes there.
"""

from __future__ import annotations

import io
import mmap
import struct
import zipfile
import zlib
from pathlib import Path

from leakscope.pii.extract.base import COPY_CHUNK, ArchiveLimits, Context

_LOCAL = struct.Struct(zipfile.structFileHeader)
_CENTRAL = struct.Struct(zipfile.structCentralDir)
_END = struct.Struct(zipfile.structEndArchive)
_DESCRIPTOR = struct.Struct("<4s3L")
_LOCAL_SIGNATURE, _DESCRIPTOR_SIGNATURE = b"PK\x03\x04", b"PK\x07\x08"
_SIZES_AFTER_DATA = 0x8  # general purpose flag: sizes and CRC in a descriptor after the data
_ZIP64 = 0xFFFFFFFF
MAX_ENTRIES = 0xFFFF  # what an end record without zip64 can count
MAX_INFLATED = 0xFFFFFFFE  # what a directory entry without zip64 can declare


def salvaged_zip(path: Path, limits: ArchiveLimits
                 ) -> tuple[zipfile.ZipFile, zipfile.ZipInfo | None] | None:
    """The archive with a directory rebuilt from its local headers, and the member the cut
    runs through if any; None when the file starts with no local header (no zip cut short)."""
    salvaged = _with_directory(path, limits)
    if salvaged is None:
        return None
    archive = _SalvagedZip(salvaged[0])
    return archive, next((i for i in archive.infolist() if i.header_offset == salvaged[1]),
                         None)


class _SalvagedZip(zipfile.ZipFile):
    """A zip over the rebuilt stream, closing it with itself (a `ZipFile` leaves open a file
    object it was handed)."""

    def __init__(self, stream: _Appended) -> None:
        self._stream = stream
        try:
            super().__init__(stream)
        except BaseException:
            stream.close()
            raise

    def close(self) -> None:
        try:
            super().close()
        finally:
            self._stream.close()


def repaired_copy(path: Path, ctx: Context) -> Path | None:
    """A private copy of the file with the directory rebuilt (for an Office file cut short:
    its parsers open a file), or None as for `salvaged_zip`; it counts against the budget."""
    salvaged = _with_directory(path, ctx.limits)
    if salvaged is None:
        return None
    with salvaged[0] as stream:
        return ctx.spill(stream, path.name)


def _with_directory(path: Path, limits: ArchiveLimits) -> tuple[_Appended, int | None] | None:
    """The file as read with a rebuilt directory after it, and where the header of the
    member the cut runs through is."""
    with path.open("rb") as handle:
        if handle.read(4) != _LOCAL_SIGNATURE:
            return None
        with mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as data:
            directory, cut_at = _directory(data, limits)
    if directory is None:
        return None
    return _Appended(path.open("rb"), directory), cut_at


def _directory(data: mmap.mmap, limits: ArchiveLimits) -> tuple[bytes | None, int | None]:
    """Central directory entries and an end record for each local header found, and where
    the header of a member the cut runs through is."""
    entries, count, at, cut_at = [], 0, 0, None
    while count < MAX_ENTRIES and at + _LOCAL.size <= len(data):
        (signature, version, _, flags, method, time, date, crc, compressed, size,
         name_length, extra_length) = _LOCAL.unpack_from(data, at)
        if signature != _LOCAL_SIGNATURE or _ZIP64 in (compressed, size):
            break
        name_at = at + _LOCAL.size
        start = name_at + name_length + extra_length
        if start > len(data):
            break  # cut inside the header
        if flags & _SIZES_AFTER_DATA and not compressed:
            found = _descriptor(data, start)
            # none: the cut runs through this member (one byte more than there is says so)
            crc, compressed, size = found or (crc, len(data) - start + 1, size)
        if start + compressed > len(data):  # what there is of it, as if that were all
            if method not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                break
            size, crc = _what_is_left(data, start, method, limits)
        name = data[name_at : name_at + name_length]
        entries.append(_CENTRAL.pack(
            b"PK\x01\x02", version, 0, version, 0, flags, method, time, date, crc,
            min(compressed, len(data) - start), size, len(name), 0, 0, 0, 0, 0, at,
        ) + name)
        count += 1
        if start + compressed >= len(data):
            cut_at = at if start + compressed > len(data) else None
            break
        at = data.find(_LOCAL_SIGNATURE, start + compressed)
        if at < 0:
            break
    if not entries:
        return None, None
    body = b"".join(entries)
    return body + _END.pack(b"PK\x05\x06", 0, 0, count, count, len(body), len(data), 0), cut_at


def _descriptor(data: mmap.mmap, start: int) -> tuple[int, int, int] | None:
    """CRC and sizes from the data descriptor after the member at ``start``: the first one
    whose compressed size is the distance to it."""
    at = data.find(_DESCRIPTOR_SIGNATURE, start)
    while 0 <= at <= len(data) - _DESCRIPTOR.size:
        _, crc, compressed, size = _DESCRIPTOR.unpack_from(data, at)
        if compressed == at - start:
            return crc, compressed, size
        at = data.find(_DESCRIPTOR_SIGNATURE, at + 1)
    return None


def _what_is_left(data: mmap.mmap, start: int, method: int, limits: ArchiveLimits
                  ) -> tuple[int, int]:
    """Size and CRC of what the member's bytes from ``start`` to the cut hold (inflated in
    steps, only as far as a bomb's ratio: its size is then refused as any declared one is)."""
    if method == zipfile.ZIP_STORED:
        return len(data) - start, zlib.crc32(data[start:])
    most = min(MAX_INFLATED, limits.ratio_floor_bytes + 1
               + int(limits.max_ratio * (len(data) - start)))
    inflater, size, crc = zlib.decompressobj(-zlib.MAX_WBITS), 0, 0
    for at in range(start, len(data), COPY_CHUNK):
        pending = data[at : at + COPY_CHUNK]
        try:
            while pending and size < most:
                piece = inflater.decompress(pending, COPY_CHUNK)
                size, crc = size + len(piece), zlib.crc32(piece, crc)
                pending = inflater.unconsumed_tail
        except zlib.error:  # damaged data: what inflated before it
            break
        if inflater.eof or size >= most:
            break
    return size, crc


class _Appended(io.RawIOBase):
    """The file read as if ``tail`` followed its last byte (nothing is written)."""

    def __init__(self, handle: io.BufferedReader, tail: bytes) -> None:
        self._handle, self._tail = handle, tail
        self._size = handle.seek(0, io.SEEK_END)
        self._position = 0

    def seekable(self) -> bool:
        return True

    def readable(self) -> bool:
        return True

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._position,
                io.SEEK_END: self._size + len(self._tail)}[whence]
        self._position = max(0, base + offset)
        return self._position

    def tell(self) -> int:
        return self._position

    def readinto(self, buffer) -> int:
        view = memoryview(buffer).cast("B")
        if self._position < self._size:
            self._handle.seek(self._position)
            count = self._handle.readinto(view[: self._size - self._position])
        else:
            piece = self._tail[self._position - self._size :][: len(view)]
            view[: len(piece)] = piece
            count = len(piece)
        self._position += count
        return count

    def close(self) -> None:
        self._handle.close()
        super().close()
