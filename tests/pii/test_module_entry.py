"""`python -m leakscope scan …` is how a user without the console script on PATH runs it."""

from __future__ import annotations

import json
import subprocess
import sys


def test_python_dash_m_leakscope_scans(tmp_path):
    (tmp_path / "memo.txt").write_text("山田 太郎様 090-1234-5678\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "leakscope", "scan", str(tmp_path), "--json"],
                          capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout.splitlines()[-1])
    assert summary["type"] == "summary" and summary["subjects"] == 1
