from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from leakscope.detect import load_rules


@pytest.fixture
def rules_from(tmp_path: Path):
    """Write YAML rule texts to files and load them; returns the RuleSet."""
    def make(*texts: str):
        for i, text in enumerate(texts):
            (tmp_path / f"rule{i}.yml").write_text(textwrap.dedent(text), encoding="utf-8")
        return load_rules([tmp_path])
    return make
