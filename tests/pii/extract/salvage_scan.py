"""`leakscope scan --json` on one path, for the tests of damaged input (test_extract_salvage*)."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from leakscope.cli.main import app

runner = CliRunner()
ROWS = [("山田太郎様", "090-1234-5678", "taro.yamada@example.jp"),
        ("佐藤花子様", "080-2345-6789", "hanako.sato@example.co.jp")]
CSV = "氏名,電話番号,メールアドレス\n" + "".join(",".join(row) + "\n" for row in ROWS)


def scan(path) -> tuple[list[dict], list[dict]]:
    """Findings and errors of ``leakscope scan --json path``."""
    result = runner.invoke(app, ["scan", str(path), "--json", "--workers", "1"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.output.splitlines() if line.startswith("{")]
    return ([r for r in records if r["type"] == "finding"],
            [r for r in records if r["type"] == "error"])
