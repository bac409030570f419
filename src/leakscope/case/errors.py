"""Errors a case operation raises; each names the path it is about."""

from __future__ import annotations

from pathlib import Path


class CaseError(Exception):
    """Base class: something about a case folder or an evidence item is wrong."""


class NotACaseError(CaseError):
    def __init__(self, path: Path, why: str = "no case.sqlite") -> None:
        super().__init__(f"{path}: not a leakscope case folder ({why})")
        self.path = path


class CaseExistsError(CaseError):
    def __init__(self, path: Path) -> None:
        super().__init__(f"{path}: already exists and is not empty")
        self.path = path


class EvidenceError(CaseError):
    """One evidence path could not be added or verified; the rest of the run goes on."""

    def __init__(self, path: Path | str, why: str) -> None:
        super().__init__(f"{path}: {why}")
        self.path = str(path)
        self.why = why
