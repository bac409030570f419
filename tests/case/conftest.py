from __future__ import annotations

from pathlib import Path

import pytest

from leakscope.case import Case


@pytest.fixture
def case(tmp_path: Path) -> Case:
    with Case.init(tmp_path / "case", name="テスト案件", examiner="examiner-1") as opened:
        yield opened


@pytest.fixture
def share(tmp_path: Path) -> Path:
    """A small file share: nested folders, Japanese names, an archive, a symlink."""
    root = tmp_path / "share"
    (root / "顧客" / "2024").mkdir(parents=True)
    rows = "氏名,電話\n山田太郎,090-1234-5678\n"
    (root / "顧客" / "2024" / "customers.csv").write_bytes(rows.encode("cp932"))
    (root / "memo.txt").write_text("社外秘\n", encoding="utf-8")
    (root / "backup.zip").write_bytes(b"PK\x05\x06" + b"\x00" * 18)
    (root / "latest").symlink_to("memo.txt")
    return root
