"""`leakscope detect` / `rules check` on bad input: every problem is an `error` record naming
the path, and the good files around it are still read."""

from __future__ import annotations

import json
import os
from pathlib import Path

from typer.testing import CliRunner

from leakscope.case import Case
from leakscope.cli.main import app
from leakscope.detect import inputs

runner = CliRunner()
SQLI = ('203.0.113.45 - - [08/May/2026:17:20:40 +0000] "GET /p.php?id=1%27%20UNION%20SELECT'
        '%20a,b%20FROM%20users-- HTTP/1.1" 200 700 "-" "curl/8.5.0"\n')


def _records(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.startswith("{")]


def _detect(*args: str) -> tuple[int, list[dict]]:
    result = runner.invoke(app, ["detect", *args, "--json"])
    return result.exit_code, _records(result.output)


def _errors(records: list[dict]) -> dict[str, str]:
    return {Path(r["path"]).name: r["message"] for r in records if r["type"] == "error"}


def _good(tmp_path: Path) -> Path:
    good = tmp_path / "access.log"
    good.write_text(SQLI, encoding="utf-8")
    return good


def test_each_bad_path_is_named_and_the_good_file_still_detected(tmp_path):
    good = _good(tmp_path)
    (tmp_path / "empty-folder").mkdir()
    (tmp_path / "empty.log").write_bytes(b"")
    os.mkfifo(tmp_path / "pipe.log")  # hashing a FIFO would wait for ever
    (tmp_path / "dangling.log").symlink_to(tmp_path / "nowhere")
    paths = [tmp_path / n for n in ("empty-folder", "empty.log", "pipe.log", "dangling.log",
                                    "missing.log")]
    code, records = _detect(*(str(p) for p in paths), str(good))
    assert code == 0
    errors = _errors(records)
    assert errors["empty-folder"] == "folder holds no files"
    assert "empty file" in errors["empty.log"]
    assert "not a regular file" in errors["pipe.log"]
    assert "No such file" in errors["dangling.log"] and "No such file" in errors["missing.log"]
    assert any(r["type"] == "detection" and r["path"] == str(good) for r in records)
    assert records[-1]["type"] == "summary" and records[-1]["errors"] == 5


def test_a_file_that_vanishes_or_cannot_be_read(tmp_path, monkeypatch):
    good, gone, locked = _good(tmp_path), tmp_path / "gone.log", tmp_path / "locked.log"
    for path in (gone, locked):
        path.write_text(SQLI, encoding="utf-8")
    real = inputs.sha256_file

    def hashing(path: Path) -> str:
        if path == locked:
            raise PermissionError(13, "Permission denied", str(path))
        digest = real(path)
        if path == gone:
            path.unlink()  # removed between hashing and parsing
        return digest

    monkeypatch.setattr(inputs, "sha256_file", hashing)
    code, records = _detect(str(gone), str(locked), str(good))
    assert code == 0
    errors = _errors(records)
    assert "cannot read" in errors["gone.log"]
    assert errors["locked.log"] == "cannot read: Permission denied"
    assert any(r["type"] == "detection" and r["path"] == str(good) for r in records)


def test_a_rules_folder_without_rules_is_an_error_not_silence(tmp_path):
    good = _good(tmp_path)
    empty = tmp_path / "rules"
    empty.mkdir()
    (empty / "README.md").write_text("no rules here")
    code, records = _detect(str(good), "--rules", str(empty), "--rules", "bundled")
    assert code == 0
    assert _errors(records)["rules"].startswith("no Sigma rules")
    assert any(r["type"] == "detection" and r["rule"].count("-") == 4 for r in records)
    check = runner.invoke(app, ["rules", "check", str(empty)])
    assert check.exit_code == 1 and "no Sigma rules" in check.output
    human = runner.invoke(app, ["detect", str(good), "--rules", str(empty)])
    assert "no Sigma rules" in human.output


def test_a_case_without_a_timeline_says_how_to_make_one(tmp_path):
    case_dir = tmp_path / "case"
    Case.init(case_dir).close()
    code, records = _detect("--case", str(case_dir))
    assert code == 0
    [error] = [r for r in records if r["type"] == "error"]
    assert error["path"].endswith("events") and "timeline ingest" in error["message"]
    assert records[-1]["events"] == 0


def test_an_error_about_a_file_named_like_rich_markup_is_printed(tmp_path):
    junk = tmp_path / "[bold]notes.txt"  # was printed as markup: 'notes.txt' in bold
    junk.write_text("hello\n")
    result = runner.invoke(app, ["detect", str(junk)])
    assert "[bold]notes.txt" in result.output
    assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit)


def test_an_attacker_chosen_user_name_that_looks_like_markup_is_printed(tmp_path):
    log = tmp_path / "auth.log"
    lines = [f"Mar  3 10:00:{i:02d} web01 sshd[811]: Failed password for invalid user [/]{i % 3}"
             f" from 203.0.113.9 port 5{i} ssh2" for i in range(40)]
    lines.append("Mar  3 10:01:00 web01 sshd[811]: Accepted password for [/]1 from 203.0.113.9"
                 " port 6 ssh2")
    log.write_text("\n".join(lines) + "\n")
    result = runner.invoke(app, ["detect", str(log)])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    assert "[/]" in result.output  # shown as written, not a Rich MarkupError


def test_a_broken_rule_file_named_like_markup_is_printed(tmp_path):
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "[bold]bad.yml").write_text("title: x\ndetection: {condition: nope and}\n")
    log = tmp_path / "auth.log"
    log.write_text("Mar  3 10:00:00 web01 sshd[811]: Accepted password for a from 1.2.3.4"
                   " port 6 ssh2\n")
    result = runner.invoke(app, ["detect", str(log), "--rules", str(rules)])
    assert "[bold]bad.yml" in result.output
