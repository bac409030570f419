"""Compiled hyperscan databases, kept in a private cache so a scan does not pay ~0.3 s to start.

The key is a SHA-256 of the expressions, their flags, the hyperscan version and the machine:
any change to a pattern makes a new file. A cache that cannot be read, written or loaded is
never an error: the database is compiled as before.
"""

from __future__ import annotations

import hashlib
import os
import platform
from pathlib import Path

import hyperscan

_MODE = hyperscan.HS_MODE_BLOCK


def cache_dir() -> Path:
    """``$XDG_CACHE_HOME/leakscope/hyperscan`` (``~/.cache/...`` by default), made 0700."""
    base = Path(os.environ.get("XDG_CACHE_HOME") or "")
    if not base.is_absolute():  # the XDG spec: a relative value is ignored
        base = Path.home() / ".cache"
    return base / "leakscope" / "hyperscan"


def _private(path: Path) -> bool:
    """Ours and writable by nobody else: hyperscan does not vet a database it deserializes."""
    info = path.stat()
    return info.st_uid == os.getuid() and not info.st_mode & 0o022


def compile_database(expressions: list[bytes], flags: list[int]) -> hyperscan.Database:
    """A block-mode database for ``expressions`` (ids are their indices), cached on disk."""
    digest = hashlib.sha256()
    digest.update(f"{hyperscan.__version__}|{platform.machine()}|{len(expressions)}".encode())
    for expression, flag in zip(expressions, flags, strict=True):
        digest.update(b"\0%d\0" % flag + expression)
    directory = cache_dir()
    path = directory / f"{digest.hexdigest()}.hsdb"
    try:
        if _private(directory) and _private(path):
            return hyperscan.loadb(path.read_bytes(), _MODE)
    except (OSError, hyperscan.error):
        pass
    db = hyperscan.Database(mode=_MODE)
    db.compile(expressions=expressions, ids=list(range(len(expressions))),
               elements=len(expressions), flags=flags)
    from ..case.private_fs import make_private_dir, write_private  # the case package: ~20 ms

    try:
        make_private_dir(directory.parent)
        make_private_dir(directory)
        tmp = directory / f".{path.name}.{os.getpid()}"
        write_private(tmp, hyperscan.dumpb(db))
        os.replace(tmp, path)  # readers see the whole file or none
    except OSError:
        pass
    return db
