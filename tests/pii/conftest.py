from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from corpus_gen import Truth, generate


@pytest.fixture(scope="session")
def corpus(tmp_path_factory) -> tuple[Path, Truth]:
    """A small labeled leaked-share corpus (generated once per session)."""
    root = tmp_path_factory.mktemp("corpus")
    return root, generate(root, people=24, seed=11)
