"""Both ways 本人の数 is computed, for the subject tests: the C kernel ``_keys`` and, as on a
machine without a compiler, the numpy/DuckDB fallback. Import ``linker_path`` into a test module
and every test there runs on each."""

from __future__ import annotations

import pytest

from leakscope.pii import subject_graph


@pytest.fixture(params=["kernel", "numpy"], autouse=True)
def linker_path(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    if request.param == "numpy":
        monkeypatch.setattr(subject_graph, "KERNEL", None)
    elif subject_graph.KERNEL is None:
        pytest.skip("the C kernel leakscope.pii._keys was not built")
    return request.param
