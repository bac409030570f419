"""Timeline fixtures: generated logs of each format, real EVTX / CloudTrail from ../shared."""

from __future__ import annotations

from pathlib import Path

import pytest
from timeline_samples import write_all

from leakscope.case import Case


@pytest.fixture
def samples(tmp_path: Path) -> dict[str, Path]:
    return write_all(tmp_path / "logs")


@pytest.fixture
def case(tmp_path: Path) -> Case:
    with Case.init(tmp_path / "case") as opened:
        yield opened


@pytest.fixture
def evtx_dir(shared_data: Path) -> Path:
    return shared_data / "evtx"


@pytest.fixture
def stratus_dir(shared_data: Path) -> Path:
    return shared_data / "cloudtrail" / "stratus-red-team"
