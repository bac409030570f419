"""A table file scanned on either table path: the table path (columnar), or cell by cell as
the row reader reads it (``plan_file`` says no table path)."""

from __future__ import annotations

import pytest

import leakscope.pii.columnar as columnar
from leakscope import pii

BOTH = pytest.mark.parametrize("table", [True, False], ids=["table path", "cell by cell"])


def scan_findings(path, monkeypatch: pytest.MonkeyPatch, table: bool) -> list[pii.Finding]:
    """The findings of a scan of ``path`` on the table path (``table``) or cell by cell."""
    with monkeypatch.context() as patch:
        if not table:
            patch.setattr(columnar, "plan_file", lambda _path, _kind: None)
        return [f for f in pii.scan([path], workers=1) if isinstance(f, pii.Finding)]


def scan_people(path, monkeypatch: pytest.MonkeyPatch, table: bool) -> int:
    """The people (本人の数) a scan of ``path`` counts, on the table path or cell by cell."""
    with monkeypatch.context() as patch:
        if not table:
            patch.setattr(columnar, "plan_file", lambda _path, _kind: None)
        run = pii.scan([path], workers=1)
        list(run.batches())
        return run.summary.subjects
