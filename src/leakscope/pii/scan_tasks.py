"""What a scan reads, task by task: the files under the paths given (named relative to their
roots), big zips and mboxes cut into parts for the workers, small files grouped for one."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from .extract.base import printable_name
from .finding import ScanError

if TYPE_CHECKING:
    from .extract.mbox_parts import MboxPart
    from .extract.zip_parts import ZipPart

# Small files go to a worker together, up to this many bytes or files a group.
GROUP_BYTES = 1 << 20
GROUP_FILES = 64


@dataclass(frozen=True)
class FileTask:
    """One file to scan: where it is, how to show it, and its case provenance if any."""

    path: Path
    display: str
    evidence: dict = field(default_factory=dict)
    original: Path | None = None  # for case evidence: where the item was acquired from
    # what one worker reads of a big file (its lead part counts the file): a zip's members,
    # an mbox's messages
    part: ZipPart | MboxPart | None = None

    @property
    def files(self) -> int:
        """Files this task counts: a file's other parts are the same file."""
        return 0 if self.part is not None and not self.part.lead else 1

    @property
    def shown(self) -> str:
        """The file, or for a part of a zip with one member, that member in it."""
        return self.display if self.part is None else self.part.shown(self.display)


def walk(paths: Iterable[Path | str]) -> Iterator[FileTask | ScanError]:
    """Files under ``paths``; display paths relative to each scanned root, under the root's
    own name when there are several (two roots' x.csv are two files, and two people)."""
    roots = [Path(p) for p in paths]
    names = _root_names(roots) if len(roots) > 1 else [""] * len(roots)
    for root, name in zip(roots, names, strict=True):
        if root.is_file():
            yield FileTask(root, printable_name(name or root.name))
        elif root.is_dir():
            yield from _walk_dir(root, name)
        elif not root.exists():
            yield ScanError(str(root), "no such file or directory")
        else:
            yield ScanError(str(root), "not a regular file or directory")


def _root_names(roots: list[Path]) -> list[str]:
    """Each root's shortest trailing path that no other root ends in (data, then a/data)."""
    parts = [Path(os.path.abspath(root)).parts for root in roots]
    names = []
    for own in parts:
        k = 1
        while k < len(own) and any(other != own and other[-k:] == own[-k:] for other in parts):
            k += 1
        names.append("/".join(own[-k:]))
    return names


def _walk_dir(root: Path, name: str = "") -> Iterator[FileTask | ScanError]:
    errors: list[OSError] = []
    for dirpath, dirnames, filenames in os.walk(root, onerror=errors.append):
        dirnames.sort()
        for error in errors:
            yield ScanError(_rel(Path(error.filename or dirpath), root, name),
                            f"cannot read directory: {error.strerror}")
        errors.clear()
        for entry in sorted(filenames + [d for d in dirnames
                                         if os.path.islink(f"{dirpath}/{d}")]):
            path = Path(dirpath) / entry
            shown = printable_name(_rel(path, root, name))
            if path.is_symlink():  # evidence is read where it lies: a link is not followed
                yield ScanError(shown, f"symbolic link to {_link_target(path)}; not followed, "
                                "not scanned")
            elif not path.is_file():  # a pipe would block the scan, a device never end
                yield ScanError(shown, "not a regular file (a pipe, socket or device); skipped")
            else:
                yield FileTask(path, shown)


def _link_target(path: Path) -> str:
    try:
        return printable_name(os.readlink(path))
    except OSError:  # gone since it was listed
        return "?"


def _rel(path: Path, root: Path, name: str = "") -> str:
    try:
        relative = path.relative_to(root).as_posix()
    except ValueError:
        return str(path)
    return f"{name.rstrip('/')}/{relative}" if name and relative != "." else name or relative


def with_parts(tasks: list[FileTask]) -> tuple[list[FileTask], int]:
    """``tasks`` with every zip or mbox worth sharing among workers cut into its parts (in the
    file's place); and how many files were cut (each a counter of `SharedBudget`)."""
    from .extract.mbox_parts import split_mbox
    from .extract.zip_parts import split_zip

    out: list[FileTask] = []
    cut = 0
    for task in tasks:
        parts = split_zip(task.path, cut) or split_mbox(task.path, cut)
        if parts is None:
            out.append(task)
            continue
        cut += 1
        out.extend(replace(task, part=part) for part in parts)
    return out, cut


def file_sizes(tasks: list[FileTask]) -> list[int]:
    """Each task's file size (0 for one that cannot be read: its worker says why)."""
    sizes = []
    for task in tasks:
        try:
            sizes.append(task.path.stat().st_size)
        except OSError:
            sizes.append(0)
    return sizes


def task_groups(tasks: list[FileTask], sizes: list[int]) -> list[tuple[FileTask, ...]]:
    """The tasks as a worker takes them: small files together, up to ``GROUP_BYTES`` or
    ``GROUP_FILES`` a group (a share's thousands of memos are not a queue round trip each);
    a bigger file, or a part of one, alone."""
    groups: list[tuple[FileTask, ...]] = []
    group: list[FileTask] = []
    size = 0
    for task, task_size in zip(tasks, sizes, strict=True):
        if task.part is not None or task_size >= GROUP_BYTES // 4:
            groups.append((task,))
            continue
        group.append(task)
        size += task_size
        if size >= GROUP_BYTES or len(group) >= GROUP_FILES:
            groups.append(tuple(group))
            group, size = [], 0
    if group:
        groups.append(tuple(group))
    return groups
