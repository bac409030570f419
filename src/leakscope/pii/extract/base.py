"""What every extractor shares: limits, the spill area for archive members, the error type.

Archive members and mail attachments are copied ("spilled") into one private 0700 temporary
directory under generated names, never under the member's own name, so a hostile name such
as ``../../etc/cron.d/x`` cannot place a file anywhere. Every spilled byte is counted against
the limits of the top-level file, so nesting cannot multiply the budget.
"""

from __future__ import annotations

import contextlib
import re
import shutil
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any, BinaryIO

from leakscope.pii.units import ExtractError, TextUnit

Item = TextUnit | ExtractError
Batch = list[Item]  # extractors may yield a batch (one table row); `extract` flattens it
COPY_CHUNK = 1 << 20
_SAFE_SUFFIX = re.compile(r"\.[A-Za-z0-9]{1,8}")


@dataclass(frozen=True)
class ArchiveLimits:
    """Bounds on what one top-level file may expand to (archives, attachments, nesting)."""

    max_total_bytes: int = 4 << 30  # uncompressed bytes, all members at every depth
    max_ratio: float = 250.0  # uncompressed / compressed of one member: a bomb above this
    ratio_floor_bytes: int = 8 << 20  # members smaller than this are never called bombs
    max_depth: int = 5  # archive in archive in mail ...
    max_members: int = 100_000  # members of one archive


class LimitExceeded(Exception):
    """An archive or attachment would break an `ArchiveLimits` bound (bomb, too deep, ...)."""


class BudgetExhausted(LimitExceeded):
    """The top-level file has expanded to its byte limit: nothing more may be unpacked."""


class TruncatedMember(Exception):
    """A member stream failed part-way; `copy` holds the `written` bytes read before it."""

    def __init__(self, copy: Path, written: int, error: Exception) -> None:
        super().__init__(f"{type(error).__name__}: {error}")
        self.copy, self.written = copy, written


@dataclass(frozen=True)
class TableMember:
    """An archive member its caller reads as a table itself (see `Context.plan_table`):
    the planner's ``plan`` and the member's display path. Its private copy lives until the
    next item is asked for."""

    plan: Any
    display: str


@dataclass
class Context:
    """State shared by the extraction of one top-level file and everything nested in it.

    ``plan_table``: the caller's planner of table files (the scanner's; None for the others):
    an archive member it gives a plan for comes out as a `TableMember`, not as units.
    ``rows_read``: the first rows of a CSV / TSV its caller has read already (the table path
    up to a ragged row): counted, but no units are made of them.
    """

    limits: ArchiveLimits = field(default_factory=ArchiveLimits)
    plan_table: Callable[[Path, Context], Any] | None = None
    rows_read: int = 0
    depth: int = 0
    used_bytes: int = 0
    _tmp: Path | None = None
    _spills: int = 0

    def spill(self, stream: BinaryIO, name: str, compressed_size: int | None = None) -> Path:
        """Copy a member stream into the private area, enforcing the byte and ratio limits.

        The copy keeps only the extension of `name` (extractors use it), never the name.
        """
        if self._tmp is None:
            self._tmp = Path(tempfile.mkdtemp(prefix="leakscope-extract-"))  # created 0700
        self._spills += 1
        suffix = PurePosixPath(name.replace("\\", "/")).suffix
        suffix = suffix if _SAFE_SUFFIX.fullmatch(suffix) else ""
        target = self._tmp / f"member-{self._spills}{suffix}"
        written = 0
        read = getattr(stream, "read1", stream.read)  # read1: a failure loses little
        from leakscope.case.private_fs import open_private  # the case package: ~20 ms to import

        try:
            with open_private(target, "wb") as out:
                while True:
                    try:
                        chunk = read(COPY_CHUNK)
                    except Exception as error:  # truncated gzip, bad deflate data, ...
                        if not written:
                            raise
                        raise TruncatedMember(target, written, error) from error
                    if not chunk:
                        break
                    written += len(chunk)
                    self._check(written, compressed_size)
                    out.write(chunk)
        except TruncatedMember:
            self.used_bytes += written
            raise
        except BaseException:
            target.unlink(missing_ok=True)
            raise
        self.used_bytes += written
        return target

    def _check(self, written: int, compressed_size: int | None) -> None:
        limits = self.limits
        if self.used_bytes + written > limits.max_total_bytes:
            raise BudgetExhausted(
                f"archive expands beyond the limit of {limits.max_total_bytes:,} bytes "
                "(zip bomb?); rest skipped"
            )
        if (
            compressed_size is not None
            and written > limits.ratio_floor_bytes
            and written > limits.max_ratio * max(compressed_size, 1)
        ):
            raise LimitExceeded(
                f"zip bomb suspected: expands more than {limits.max_ratio:g}:1 "
                f"({compressed_size:,} compressed bytes); member skipped"
            )

    @contextlib.contextmanager
    def nested(self) -> Iterator[None]:
        """One level deeper (an archive member or an attachment)."""
        if self.depth + 1 > self.limits.max_depth:
            raise LimitExceeded(f"nested deeper than {self.limits.max_depth} levels; skipped")
        self.depth += 1
        try:
            yield
        finally:
            self.depth -= 1

    def close(self) -> None:
        if self._tmp is not None:
            shutil.rmtree(self._tmp, ignore_errors=True)
            self._tmp = None


_CONTROL_CHARS = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def printable_name(name: str) -> str:
    """A file, member or attachment name fit for a terminal: control characters as \\xNN.

    A hostile name in evidence may carry a NUL or an escape sequence (``ESC ] 0;...``) that
    must not reach the examiner's terminal or cut a path short downstream.
    """
    return _CONTROL_CHARS.sub(lambda m: f"\\x{ord(m.group()):02x}", name)


def _unit_factory():
    """A `TextUnit` constructor ~3x faster than the frozen dataclass's ``__init__``.

    A table of 10 columns makes 10 units a row: at CSV speed the six guarded
    ``object.__setattr__`` calls of a frozen ``__init__`` cost more than parsing the CSV.
    The instance is the same (same class, same ``__dict__``) and stays immutable.
    """
    if "__slots__" in vars(TextUnit) or "__dict__" not in dir(TextUnit):
        return TextUnit
    new, assign = object.__new__, object.__setattr__

    def unit(text: str, path: str, location: dict, label=None, record=None,
             day_first=False) -> TextUnit:
        made = new(TextUnit)
        assign(made, "__dict__", {
            "text": text, "path": path, "location": location, "label": label, "record": record,
            "day_first": day_first,
        })
        return made

    return unit


make_unit = _unit_factory()


def cell_text(value: object) -> str:
    """A table cell as text: integral floats without '.0' (phone numbers saved as numbers)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e18:
        return str(int(value))
    if isinstance(value, bytes):
        try:
            return value.decode("utf-8")
        except UnicodeDecodeError:
            return ""
    if hasattr(value, "isoformat"):
        text = value.isoformat()
        return text[:-9] if text.endswith("T00:00:00") else text
    return str(value)


def describe(error: Exception) -> str:
    """An error as an error record says it: its type and its first line, at most 200 chars."""
    text = str(error).strip().splitlines()
    return f"{type(error).__name__}: {text[0][:200]}" if text else type(error).__name__
