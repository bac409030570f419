"""Finding tables from scan workers to the parent through memory-mapped Arrow files.

A customer CSV's findings are ~5x its size as Arrow; pickled through a pipe they cost the
worker and the parent more CPU than the scan. A worker writes each table as an Arrow IPC file
in the scan's private folder in RAM (``/dev/shm``, 0700) and sends its name; the parent maps
the file (no copy), unlinks it at once and removes the folder when the scan ends. Where no
such folder can be made or written (no ``/dev/shm``, full), the table is pickled as before:
findings are never written to a disk.
"""

from __future__ import annotations

import itertools
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .finding import ScanError

if TYPE_CHECKING:  # imported where a table is sent or received: a text scan needs neither
    from .finding_table import FindingTable, TablePlace

_RAM = Path("/dev/shm")
_names = itertools.count()


def make_drop() -> Path | None:
    """A private folder in RAM for one scan's tables, or None (then tables are pickled).

    Named for the scan's process: the folders of scans killed before they could remove
    theirs (findings in the clear, in RAM until the next boot) go now."""
    if not _RAM.is_dir():
        return None
    _remove_orphans()
    try:  # mode 0700
        return Path(tempfile.mkdtemp(prefix=f"{_PREFIX}{os.getpid()}-", dir=_RAM))
    except OSError:
        return None


_PREFIX = "leakscope-scan-"


def _remove_orphans() -> None:
    """Remove this user's scan folders whose process is gone."""
    for folder in _RAM.glob(f"{_PREFIX}*-*"):
        pid = folder.name[len(_PREFIX):].split("-", 1)[0]
        try:
            if not pid.isdigit() or folder.stat().st_uid != os.getuid():
                continue
            os.kill(int(pid), 0)
        except ProcessLookupError:
            shutil.rmtree(folder, ignore_errors=True)
        except (OSError, OverflowError):  # gone already, another user's process, no pid
            continue


def remove_drop(drop: Path | None) -> None:
    if drop is not None:
        shutil.rmtree(drop, ignore_errors=True)


@dataclass(frozen=True)
class SentTable:
    """A FindingTable waiting in ``file`` for the parent."""

    file: str
    path: str
    evidence: dict
    base: dict
    place: TablePlace

    def receive(self) -> FindingTable | ScanError:
        """The table, mapped from its file (gone once mapped); an error naming the scanned file
        if the table cannot be read back."""
        import pyarrow as pa

        from .finding_table import FindingTable

        try:
            with pa.memory_map(self.file) as source:
                table = pa.ipc.open_file(source).read_all()
        except (OSError, pa.ArrowException) as error:
            return ScanError(self.path, f"findings lost between processes: {error}")
        finally:
            Path(self.file).unlink(missing_ok=True)
        return FindingTable(self.path, table, self.evidence, self.base, self.place)


def send(table: FindingTable, drop: Path | None) -> SentTable | FindingTable:
    """What a worker puts on the queue for ``table``: its file in ``drop``, or the table."""
    if drop is None:
        return table
    import pyarrow as pa

    file = drop / f"{os.getpid()}-{next(_names)}.arrow"
    try:
        with pa.OSFile(str(file), "wb") as sink, \
                pa.ipc.new_file(sink, table.table.schema) as writer:
            writer.write_table(table.table)
    except (OSError, pa.ArrowException):  # RAM folder full or gone: pickle it instead
        file.unlink(missing_ok=True)
        return table
    return SentTable(str(file), table.path, table.evidence, table.base, table.place)
