from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from corpus_gen import Truth, generate


@pytest.fixture(autouse=True)
def tables_of_any_size(monkeypatch):
    """Tests hold the table path to the cell-by-cell path on small generated tables: plan
    them whatever their size (test_table_size.py tests the size itself)."""
    import leakscope.pii.columnar as columnar

    monkeypatch.setattr(columnar, "TABLE_MIN_BYTES", 0)


@pytest.fixture(scope="session")
def corpus(tmp_path_factory) -> tuple[Path, Truth]:
    """A small labeled leaked-share corpus (generated once per session)."""
    root = tmp_path_factory.mktemp("corpus")
    return root, generate(root, people=24, seed=11)
