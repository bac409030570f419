"""Streaming multi-digest hashing: SHA-256 for identity, MD5 and SHA-1 for the tools examiners use.

Files are read once in fixed-size chunks (constant memory for a 50 GB item); hashlib releases
the GIL on large updates, so several files hash in parallel threads.
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from queue import Queue
from typing import BinaryIO

CHUNK_SIZE = 4 * 1024 * 1024
# Above this size MD5 (the slowest digest) runs in its own thread beside SHA-256 and SHA-1.
SPLIT_MD5_ABOVE = 64 * 1024 * 1024

ProgressCallback = Callable[[int], None]


@dataclass(frozen=True)
class Digests:
    sha256: str
    md5: str
    sha1: str
    size: int


class _Md5Worker:
    """Feeds chunks to MD5 in a second thread so one large file uses two cores."""

    def __init__(self) -> None:
        self._md5 = hashlib.md5()
        self._queue: Queue[bytes | None] = Queue(maxsize=4)
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while (chunk := self._queue.get()) is not None:
            self._md5.update(chunk)

    def update(self, chunk: bytes) -> None:
        self._queue.put(chunk)

    def hexdigest(self) -> str:
        self._queue.put(None)
        self._thread.join()
        return self._md5.hexdigest()


def digest_stream(
    source: BinaryIO,
    *,
    size_hint: int = 0,
    sink: BinaryIO | None = None,
    progress: ProgressCallback | None = None,
) -> Digests:
    """Hash everything `source` yields, copying each chunk to `sink` when one is given."""
    sha256, sha1 = hashlib.sha256(), hashlib.sha1()
    md5 = _Md5Worker() if size_hint > SPLIT_MD5_ABOVE else hashlib.md5()
    size = 0
    while chunk := source.read(CHUNK_SIZE):
        sha256.update(chunk)
        sha1.update(chunk)
        md5.update(chunk)
        if sink is not None:
            sink.write(chunk)
        size += len(chunk)
        if progress is not None:
            progress(len(chunk))
    return Digests(sha256.hexdigest(), md5.hexdigest(), sha1.hexdigest(), size)


def copy_fd(source_fd: int, dest_fd: int, size: int) -> None:
    """Copy inside the kernel (copy_file_range, then sendfile): no bytes pass through Python."""
    offset = 0
    try:
        while offset < size:
            copied = os.copy_file_range(source_fd, dest_fd, size - offset, offset, offset)
            if copied == 0:
                break
            offset += copied
        if offset >= size:
            return
    except OSError:
        pass  # other file system or kernel without it: fall back below
    os.lseek(dest_fd, offset, os.SEEK_SET)
    while offset < size:
        sent = os.sendfile(dest_fd, source_fd, offset, min(size - offset, 1 << 30))
        if sent == 0:
            raise OSError(f"source shrank while copying (at byte {offset} of {size})")
        offset += sent


def sha256_file(path: Path, progress: ProgressCallback | None = None) -> str:
    """SHA-256 alone, for re-verifying a copy whose other digests are already known."""
    digest = hashlib.sha256()
    with open(path, "rb", buffering=0) as handle:
        while chunk := handle.read(CHUNK_SIZE):
            digest.update(chunk)
            if progress is not None:
                progress(len(chunk))
    return digest.hexdigest()


def open_for_reading(path: Path) -> BinaryIO:
    """Open without following a final symlink and without blocking on a FIFO."""
    fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    os.set_blocking(fd, True)
    return os.fdopen(fd, "rb", buffering=0)


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
