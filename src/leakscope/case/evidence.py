"""The evidence store: originals preserved by content address, hashed before anything reads them.

Each file is copied once while its SHA-256, MD5 and SHA-1 are computed; the copy is hashed
again and must match before it is made read-only and recorded, item and ledger entry in one
transaction, so an interrupted add leaves nothing half-recorded and can simply be re-run.
"""

from __future__ import annotations

import os
import stat
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from leakscope.case.errors import EvidenceError
from leakscope.case.hashing import (
    Digests,
    ProgressCallback,
    copy_fd,
    digest_stream,
    open_for_reading,
    sha256_bytes,
    sha256_file,
)
from leakscope.case.ledger import utc_iso, utc_now
from leakscope.case.private_fs import make_private_dir, make_read_only

if TYPE_CHECKING:
    from leakscope.case.case import Case

ARCHIVE_SUFFIXES = (".zip", ".tar", ".tgz", ".tar.gz", ".gz", ".bz2", ".xz", ".7z", ".rar")


@dataclass(frozen=True)
class EvidenceItem:
    id: int
    sha256: str
    md5: str | None
    sha1: str | None
    size: int
    kind: str  # file | archive | symlink
    original_path: str
    stored: bool
    link_target: str | None
    mtime: str | None
    atime: str | None
    ctime: str | None
    mode: str | None
    added_at: str
    added_by: str
    acquired_by: str | None
    source_description: str | None
    note: str | None
    ledger_seq: int
    stored_path: Path | None = None

    @property
    def readable_path(self) -> Path | None:
        """Where the bytes can be read: the preserved copy, or the referenced original."""
        if self.kind == "symlink":
            return None
        return self.stored_path if self.stored else Path(self.original_path)

    def as_dict(self) -> dict:
        record = asdict(self)
        record["stored_path"] = str(self.stored_path) if self.stored_path else None
        return record


@dataclass(frozen=True)
class AddOutcome:
    """What happened to one path: added, already recorded, or an error (the run goes on)."""

    path: str
    status: str  # added | duplicate | error
    item: EvidenceItem | None = None
    error: str | None = None


class _Interrupted(Exception):
    """Raised inside a worker after Ctrl-C; the caller is already unwinding, nobody reports it."""


@dataclass(frozen=True)
class _Candidate:
    path: Path
    st: os.stat_result


@dataclass(frozen=True)
class _Prepared:
    candidate: _Candidate
    digests: Digests
    link_target: str | None = None


def _kind_of(path: Path, st: os.stat_result) -> str:
    if stat.S_ISLNK(st.st_mode):
        return "symlink"
    name = path.name.lower()
    return "archive" if name.endswith(ARCHIVE_SUFFIXES) else "file"


class EvidenceStore:
    """Adds, lists and re-hashes the evidence items of one case."""

    def __init__(self, case: Case) -> None:
        self._case = case
        self.root = case.evidence_dir
        self._interrupted = threading.Event()

    def stored_path_for(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256[2:4] / sha256

    def items(self) -> list[EvidenceItem]:
        rows = self._case.db.execute("SELECT * FROM evidence_items ORDER BY id").fetchall()
        return [self._item(row) for row in rows]

    def get(self, item_id: int) -> EvidenceItem | None:
        row = self._case.db.execute(
            "SELECT * FROM evidence_items WHERE id = ?", (item_id,)
        ).fetchone()
        return None if row is None else self._item(row)

    def find(self, sha256: str) -> list[EvidenceItem]:
        rows = self._case.db.execute(
            "SELECT * FROM evidence_items WHERE sha256 = ? ORDER BY id", (sha256,)
        ).fetchall()
        return [self._item(row) for row in rows]

    def _item(self, row) -> EvidenceItem:
        fields = dict(row)
        fields["stored"] = bool(fields["stored"])
        stored_path = self.stored_path_for(fields["sha256"]) if fields["stored"] else None
        return EvidenceItem(**fields, stored_path=stored_path)

    # -- adding ---------------------------------------------------------------------------

    def add(
        self,
        paths: Iterable[Path | str],
        *,
        reference: bool = False,
        note: str | None = None,
        acquired_by: str | None = None,
        source_description: str | None = None,
        progress: ProgressCallback | None = None,
        on_total: Callable[[int], None] | None = None,
        workers: int | None = None,
    ) -> Iterator[AddOutcome]:
        """Add files, folders (recursively; symlinks recorded, not followed) and archives.

        Yields one outcome per path as it is recorded; errors name the path and do not stop
        the run. Hashing runs in parallel threads; recording happens on the caller's thread.
        """
        candidates: list[_Candidate] = []
        for outcome_or_candidate in self._walk(paths):
            if isinstance(outcome_or_candidate, AddOutcome):
                yield outcome_or_candidate
            else:
                candidates.append(outcome_or_candidate)
        if on_total is not None:
            on_total(sum(c.st.st_size for c in candidates if stat.S_ISREG(c.st.st_mode)))
        extra = {"note": note, "acquired_by": acquired_by, "source_description": source_description}
        pool_size = workers or min(8, os.cpu_count() or 2)
        self._interrupted.clear()
        watched = self._interruptible(progress)
        with ThreadPoolExecutor(max_workers=pool_size) as pool:
            futures = [
                pool.submit(self._prepare, candidate, reference, watched)
                for candidate in candidates
            ]
            try:
                for future in futures:
                    try:
                        prepared = future.result()
                    except EvidenceError as exc:
                        yield AddOutcome(exc.path, "error", error=exc.why)
                        continue
                    yield self._record(prepared, reference, extra)
            except BaseException:
                self._interrupted.set()
                for future in futures:
                    future.cancel()
                raise

    def _interruptible(self, progress: ProgressCallback | None) -> ProgressCallback:
        """Workers stop between chunks once the caller is interrupted (Ctrl-C), not at EOF."""

        def on_chunk(nbytes: int) -> None:
            if self._interrupted.is_set():
                raise _Interrupted
            if progress is not None:
                progress(nbytes)

        return on_chunk

    def _walk(self, paths: Iterable[Path | str]) -> Iterator[_Candidate | AddOutcome]:
        seen_dirs: set[tuple[int, int]] = set()
        for raw in paths:
            path = Path(raw).absolute()
            try:
                st = path.lstat()
            except FileNotFoundError:
                yield AddOutcome(str(path), "error", error="no such file or directory")
                continue
            except OSError as exc:
                yield AddOutcome(str(path), "error", error=exc.strerror or str(exc))
                continue
            if self._inside_case(path):
                yield AddOutcome(str(path), "error", error="is inside the case folder itself")
            elif stat.S_ISDIR(st.st_mode):
                yield from self._walk_dir(path, st, seen_dirs)
            else:
                yield from self._classify(path, st)

    def _walk_dir(self, root: Path, st: os.stat_result, seen: set) -> Iterator:
        """Walk without following symlinks; a loop through bind mounts is cut by inode."""
        if (st.st_dev, st.st_ino) in seen:
            yield AddOutcome(str(root), "error", error="directory loop: already walked")
            return
        seen.add((st.st_dev, st.st_ino))
        try:
            entries = sorted(os.scandir(root), key=lambda e: e.name)
        except OSError as exc:
            yield AddOutcome(str(root), "error", error=f"cannot list folder: {exc.strerror}")
            return
        for entry in entries:
            path = Path(entry.path)
            try:
                child = entry.stat(follow_symlinks=False)
            except OSError as exc:
                yield AddOutcome(str(path), "error", error=exc.strerror or str(exc))
                continue
            if stat.S_ISDIR(child.st_mode):
                yield from self._walk_dir(path, child, seen)
            else:
                yield from self._classify(path, child)

    def _classify(self, path: Path, st: os.stat_result) -> Iterator[_Candidate | AddOutcome]:
        mode = st.st_mode
        if stat.S_ISREG(mode) or stat.S_ISLNK(mode):
            yield _Candidate(path, st)
            return
        what = (
            "a FIFO" if stat.S_ISFIFO(mode)
            else "a socket" if stat.S_ISSOCK(mode)
            else "a device file" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
            else "not a regular file"
        )
        yield AddOutcome(str(path), "error", error=f"{what}: not added (only regular files)")

    def _inside_case(self, path: Path) -> bool:
        return path == self._case.root or self._case.root in path.parents

    def _prepare(
        self, candidate: _Candidate, reference: bool, progress: ProgressCallback | None
    ) -> _Prepared:
        """Hash (and unless referenced, copy and re-verify) one file; runs in a worker thread."""
        path = candidate.path
        if stat.S_ISLNK(candidate.st.st_mode):
            target = os.readlink(path)
            data = os.fsencode(target)
            return _Prepared(candidate, Digests(sha256_bytes(data), "", "", 0), target)
        try:
            source = open_for_reading(path)
        except OSError as exc:
            raise EvidenceError(path, f"cannot open: {exc.strerror or exc}") from exc
        with source:
            if reference:
                return _Prepared(candidate, self._digest(path, source, None, progress))
            return _Prepared(candidate, self._copy_into_store(path, source, progress))

    def _digest(self, path: Path, source, sink, progress) -> Digests:
        try:
            digests = digest_stream(
                source, size_hint=os.fstat(source.fileno()).st_size, sink=sink, progress=progress
            )
        except OSError as exc:
            raise EvidenceError(path, f"read or write failed: {exc.strerror or exc}") from exc
        return digests

    def _copy_into_store(self, path: Path, source, progress) -> Digests:
        """Hash the original first, copy it in the kernel, then hash the copy: both must agree."""
        digests = self._digest(path, source, None, progress)
        final = self.stored_path_for(digests.sha256)
        if final.exists():
            return digests
        tmp_dir = make_private_dir(self.root / ".incoming")
        fd, tmp_name = tempfile.mkstemp(dir=tmp_dir, prefix="add-")
        tmp = Path(tmp_name)
        try:
            try:
                copy_fd(source.fileno(), fd, digests.size)
                os.fsync(fd)
            except OSError as exc:
                raise EvidenceError(path, f"copy failed: {exc.strerror or exc}") from exc
            finally:
                os.close(fd)
            copy_hash = sha256_file(tmp)
            if copy_hash != digests.sha256:
                raise EvidenceError(
                    path, f"copy does not match the original ({copy_hash} != {digests.sha256})"
                )
            make_private_dir(final.parent.parent)
            make_private_dir(final.parent)
            make_read_only(tmp)
            os.replace(tmp, final)
            return digests
        finally:
            tmp.unlink(missing_ok=True)

    def _record(self, prepared: _Prepared, reference: bool, extra: dict) -> AddOutcome:
        candidate, digests = prepared.candidate, prepared.digests
        path, st = candidate.path, candidate.st
        db = self._case.db
        existing = db.execute(
            "SELECT id FROM evidence_items WHERE sha256 = ? AND original_path = ?",
            (digests.sha256, str(path)),
        ).fetchone()
        if existing is not None:
            return AddOutcome(str(path), "duplicate", item=self.get(existing["id"]))
        kind = _kind_of(path, st)
        stored = not reference and kind != "symlink"
        row = {
            "sha256": digests.sha256,
            "md5": digests.md5 or None,
            "sha1": digests.sha1 or None,
            "size": digests.size,
            "kind": kind,
            "original_path": str(path),
            "stored": int(stored),
            "link_target": prepared.link_target,
            "mtime": utc_iso(st.st_mtime),
            "atime": utc_iso(st.st_atime),
            "ctime": utc_iso(st.st_ctime),
            "mode": stat.filemode(st.st_mode),
            "added_at": utc_now(),
            "added_by": self._case.ledger.actor,
            **extra,
        }
        with self._case.transaction():
            entry = self._case.ledger.append(
                "evidence_added",
                {k: row[k] for k in ("sha256", "md5", "sha1", "size", "kind", "original_path")}
                | {"stored": stored, **{k: v for k, v in extra.items() if v}},
            )
            row["ledger_seq"] = entry.seq
            columns = ", ".join(row)
            marks = ", ".join("?" for _ in row)
            cursor = db.execute(
                f"INSERT INTO evidence_items({columns}) VALUES ({marks})", tuple(row.values())
            )
        return AddOutcome(str(path), "added", item=self.get(cursor.lastrowid))
