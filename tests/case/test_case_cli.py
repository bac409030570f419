"""The CLI end to end: what an examiner types and sees."""

from __future__ import annotations

import csv
import json
import shutil
import stat
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from leakscope.cli.main import app

runner = CliRunner()


def _invoke(*args: str):
    return runner.invoke(app, [str(a) for a in args])


@pytest.fixture
def case_dir(tmp_path: Path) -> Path:
    result = _invoke("case", "init", tmp_path / "case", "--name", "A社漏えい", "--examiner", "鈴木")
    assert result.exit_code == 0, result.output
    return tmp_path / "case"


def test_init_show_add_list(case_dir: Path, share: Path) -> None:
    result = _invoke(
        "evidence", "add", case_dir, share, "--note", "ファイルサーバ", "--acquired-by", "鈴木",
        "--source-description", "fs01:/share",
    )
    assert result.exit_code == 0, result.output
    assert "4 added, 0 already recorded, 0 errors" in result.output
    again = _invoke("evidence", "add", case_dir, share / "memo.txt")
    assert "already recorded" in again.output and again.exit_code == 0

    listed = _invoke("evidence", "list", case_dir, "--json")
    records = [json.loads(line) for line in listed.output.splitlines()]
    assert {r["type"] for r in records} == {"evidence"}
    assert {r["note"] for r in records} == {"ファイルサーバ"}
    assert {r["source_description"] for r in records} == {"fs01:/share"}

    shown = _invoke("case", "show", case_dir, "--json")
    summary = json.loads(shown.output)
    assert summary["type"] == "summary" and summary["items"] == 4
    assert summary["name"] == "A社漏えい" and summary["last_verified_at"] is None
    assert _invoke("evidence", "verify", case_dir).exit_code == 0
    assert json.loads(_invoke("case", "show", case_dir, "--json").output)["last_verified_intact"]


def test_add_with_errors_exits_1_and_names_path(case_dir: Path, share: Path) -> None:
    result = _invoke("evidence", "add", case_dir, share / "nope.csv", share / "memo.txt", "--json")
    assert result.exit_code == 1
    records = [json.loads(line) for line in result.output.splitlines()]
    error = next(r for r in records if r["type"] == "error")
    assert error["path"].endswith("nope.csv") and "no such file" in error["message"]
    assert records[-1] == {"type": "summary", "added": 1, "duplicate": 0, "error": 1}


def test_not_a_case_is_a_clear_error(tmp_path: Path) -> None:
    result = _invoke("evidence", "list", tmp_path)
    assert result.exit_code == 2
    assert "not a leakscope case folder" in result.output


def test_manifests_csv_json_hashdeep(case_dir: Path, share: Path, tmp_path: Path) -> None:
    _invoke("evidence", "add", case_dir, share)
    for name in ("m.csv", "m.json", "m.txt"):
        result = _invoke("evidence", "export", case_dir, "--manifest", tmp_path / name)
        assert result.exit_code == 0, result.output
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o600
    rows = list(csv.DictReader((tmp_path / "m.csv").open(encoding="utf-8")))
    assert len(rows) == 4 and all(len(r["sha256"]) == 64 for r in rows)
    document = json.loads((tmp_path / "m.json").read_text(encoding="utf-8"))
    assert document["case"]["name"] == "A社漏えい" and len(document["items"]) == 4
    lines = (tmp_path / "m.txt").read_text(encoding="utf-8").splitlines()
    assert lines[:2] == ["%%%% HASHDEEP-1.0", "%%%% size,md5,sha1,sha256,filename"]
    assert len([line for line in lines if not line.startswith(("%", "#"))]) == 3  # no symlink


@pytest.mark.skipif(shutil.which("hashdeep") is None, reason="hashdeep not installed")
def test_hashdeep_audits_originals_against_our_manifest(
    case_dir: Path, share: Path, tmp_path: Path
) -> None:
    (share / "latest").unlink()
    _invoke("evidence", "add", case_dir, share)
    _invoke("evidence", "export", case_dir, "--manifest", tmp_path / "m.txt")
    audit = subprocess.run(
        ["hashdeep", "-r", "-a", "-k", str(tmp_path / "m.txt"), str(share)],
        capture_output=True, text=True,
    )
    assert audit.returncode == 0 and "Audit passed" in audit.stdout, audit.stdout + audit.stderr
    (share / "memo.txt").write_text("changed\n")
    audit = subprocess.run(
        ["hashdeep", "-r", "-a", "-k", str(tmp_path / "m.txt"), str(share)],
        capture_output=True, text=True,
    )
    assert audit.returncode != 0 and "Audit failed" in audit.stdout


def test_export_unknown_format_is_refused(case_dir: Path, tmp_path: Path) -> None:
    manifest = tmp_path / "m"
    result = _invoke("evidence", "export", case_dir, "--manifest", manifest, "--format", "xml")
    assert result.exit_code == 2 and "unknown manifest format" in result.output
