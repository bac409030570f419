"""Files and folders only the examiner can read: the case holds the very data that leaked."""

from __future__ import annotations

import os
from pathlib import Path

DIR_MODE = 0o700
FILE_MODE = 0o600
READ_ONLY_MODE = 0o400


def make_private_dir(path: Path) -> Path:
    """Create `path` (and parents inside it) with mode 0700, tightening an existing one."""
    path.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
    os.chmod(path, DIR_MODE)
    return path


def open_private(path: Path, mode: str = "wb"):
    """Open a new or truncated file that is created 0600 from the first byte (no umask race)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC
    if "a" in mode:
        flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND
    fd = os.open(path, flags, FILE_MODE)
    os.chmod(path, FILE_MODE)
    return os.fdopen(fd, mode, encoding=None if "b" in mode else "utf-8")


def write_private(path: Path, data: bytes | str) -> Path:
    """Write a whole private file; str is written as UTF-8."""
    with open_private(path, "wb") as handle:
        handle.write(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def make_read_only(path: Path) -> None:
    """Drop every write bit: a preserved copy must never be modified again."""
    os.chmod(path, READ_ONLY_MODE)
