"""`leakscope scan` end to end: JSON Lines, masking, bad input, a case with its ledger."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from leakscope import pii
from leakscope.case import Case
from leakscope.cli.main import app

runner = CliRunner()
CSV = ("氏名,電話番号,メールアドレス,マイナンバー\n"
       "山田 太郎,090-1234-5678,taro@example.jp,234567890121\n")


def jsonl(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.startswith("{")]


@pytest.fixture()
def share(tmp_path: Path) -> Path:
    root = tmp_path / "share"
    (root / "sub").mkdir(parents=True)
    (root / "customers.csv").write_bytes(CSV.encode("cp932"))
    (root / "sub" / "mail.txt").write_text("鈴木 一郎様\nTEL ０３－１２３４－５６７８\n", "utf-8")
    with zipfile.ZipFile(root / "backup.zip", "w") as z:
        z.writestr("old/list.csv", CSV)
    return root


def test_json_lines_masked_with_relative_paths_and_summary(share):
    result = runner.invoke(app, ["scan", str(share), "--json"])
    assert result.exit_code == 0, result.output
    records = jsonl(result.output)
    findings = [r for r in records if r["type"] == "finding"]
    paths = {r["path"] for r in findings}
    assert {"customers.csv", "sub/mail.txt", "backup.zip!old/list.csv"} <= paths
    phone = next(r for r in findings if r["category"] == "phone_number")
    assert phone["value"] == "*******5678" and "5678" in phone["value"]
    assert "090-1234-5678" not in result.output and "09012345678" not in result.output
    mine = next(r for r in findings if r["category"] == "my_number")
    assert mine["location"] == {"row": 2, "field": "マイナンバー"} and mine["confidence"] >= 0.9
    summary = records[-1]
    assert summary["type"] == "summary" and summary["files"] == 3
    assert summary["subjects"] == 2  # 山田 (csv + zip copy, same e-mail) and 鈴木
    assert summary["categories"]["my_number"] == 2


def test_reveal_and_category_filter(share):
    result = runner.invoke(app, ["scan", str(share / "customers.csv"), "--json", "--reveal",
                                 "--categories", "phone_number,email_address"])
    findings = [r for r in jsonl(result.output) if r["type"] == "finding"]
    assert {r["value"] for r in findings} == {"09012345678", "taro@example.jp"}
    bad = runner.invoke(app, ["scan", str(share), "--categories", "shoe_size"])
    assert bad.exit_code == 2


def test_rich_table_counts_people(share):
    result = runner.invoke(app, ["scan", str(share)])
    assert result.exit_code == 0
    assert "本人の数 (people): 2" in result.output and "my_number" in result.output
    assert "taro@example.jp" not in result.output


def test_two_roots_with_the_same_file_names_are_two_sets_of_files(tmp_path):
    """Each root's files under its own name (and a longer one where two names are alike):
    two x.csv rows are two people, not one record of both."""
    for root, rows in (("a/data", "山田 太郎,090-1111-2222,1980-01-02"),
                       ("b/data", "佐藤 健,090-5555-6666,1975-05-06"), ("c", "")):
        (tmp_path / root).mkdir(parents=True)
        (tmp_path / root / "x.csv").write_text(f"氏名,電話番号,生年月日\n{rows}\n", "utf-8")
    result = runner.invoke(app, ["scan", "--json", "--reveal", str(tmp_path / "a" / "data"),
                                 str(tmp_path / "b" / "data"), str(tmp_path / "c" / "x.csv")])
    records = jsonl(result.output)
    assert {(r["path"], r["value"]) for r in records if r["type"] == "finding"
            and r["category"] == "person_name"} == {("a/data/x.csv", "山田太郎"),
                                                    ("b/data/x.csv", "佐藤健")}
    assert records[-1]["subjects"] == 2 and records[-1]["files"] == 3
    one = jsonl(runner.invoke(app, ["scan", "--json", str(tmp_path / "a" / "data")]).output)
    assert {r["path"] for r in one if r["type"] == "finding"} == {"x.csv"}  # one root: as ever


def test_root_names_are_the_shortest_that_tell_roots_apart():
    from leakscope.pii.scan_tasks import _rel, _root_names

    roots = [Path("/"), Path("/srv/a/data"), Path("/srv/b/data"), Path("/srv/tmp")]
    names = _root_names(roots)
    assert names == ["/", "a/data", "b/data", "tmp"]
    assert _rel(Path("/etc/hosts"), roots[0], names[0]) == "/etc/hosts"  # (not //etc/hosts)
    assert _rel(Path("/srv/a/data/x.csv"), roots[1], names[1]) == "a/data/x.csv"


def test_bad_input_is_an_error_record_and_the_scan_goes_on(share, tmp_path):
    (share / "junk.bin").write_bytes(os.urandom(4096))
    (share / "broken.xlsx").write_bytes(b"PK\x03\x04 not really a workbook")
    locked = share / "locked.txt"
    locked.write_text("password=hunter22")
    locked.chmod(0)
    (share / "huge_line.txt").write_text("x" * 3_000_000 + " taro@example.jp " + "y" * 1000)
    result = runner.invoke(app, ["scan", str(share), str(tmp_path / "vanished"), "--json"])
    assert result.exit_code == 0
    records = jsonl(result.output)
    errors = {r["path"]: r["message"] for r in records if r["type"] == "error"}
    # (two roots: each path under its root's name)
    assert "share/broken.xlsx" in errors and str(tmp_path / "vanished") in errors
    if os.geteuid() != 0:  # root reads anything
        assert "share/locked.txt" in errors
    findings = [r for r in records if r["type"] == "finding"]
    assert any(r["path"] == "share/huge_line.txt" and r["category"] == "email_address"
               for r in findings)
    assert any(r["path"] == "share/customers.csv" for r in findings)  # nothing found is lost
    assert records[-1]["errors"] >= 2


def test_case_scan_stores_findings_with_provenance_and_ledger(share, tmp_path):
    case = Case.init(tmp_path / "CASE")
    list(case.evidence.add([share]))
    case.close()
    result = runner.invoke(app, ["scan", "--case", str(tmp_path / "CASE"), "--json", "--reveal"])
    assert result.exit_code == 0, result.output
    findings = [r for r in jsonl(result.output) if r["type"] == "finding"]
    assert len(findings[0]["evidence"]["sha256"]) == 64
    paths = {r["path"] for r in findings}
    assert {"customers.csv", "sub/mail.txt", "backup.zip!old/list.csv"} <= paths
    with Case.open(tmp_path / "CASE") as case:
        summary = pii.case_summary(case)
        assert summary["subjects"] == 2 and summary["categories"]["my_number"] == 2
        table = pii.case_findings(case)
        assert table.num_rows == summary["findings"] > 0
        row = table.to_pylist()[0]
        assert len(row["evidence_sha256"]) == 64 and row["location"]
        actions = [r["action"] for r in case.db.execute("SELECT action FROM custody_ledger")]
        assert actions[-2:] == ["pii.scan", "pii.reveal"]
        parquet = next(case.findings_dir.glob("pii-*.parquet"))
        assert parquet.stat().st_mode & 0o777 == 0o600


def test_case_summary_of_a_case_never_scanned(tmp_path):
    with Case.init(tmp_path / "C") as case:
        assert pii.case_summary(case)["subjects"] == 0


def test_parallel_scan_matches_serial(share):
    serial = sorted((f.path, f.category, f.value) for f in pii.scan([share], workers=1)
                    if isinstance(f, pii.Finding))
    run = pii.scan([share], workers=2)
    run_items = list(run)
    parallel = sorted((f.path, f.category, f.value) for f in run_items
                      if isinstance(f, pii.Finding))
    assert serial == parallel


def test_a_share_of_small_files_in_groups_of_tasks_is_the_serial_scan(tmp_path, monkeypatch):
    """Workers take small files in groups: every finding, error and total as one worker."""
    from leakscope.pii import scan_tasks, scanner

    for i in range(90):
        (tmp_path / f"memo_{i:03d}.txt").write_text(
            f"山田 太郎様 090-1234-{i:04d} user{i}@example.jp\n佐藤 花子様 080-2222-{i:04d}\n",
            encoding="utf-8")
    (tmp_path / "memo_045.txt").chmod(0)  # unreadable, in the middle of a group
    monkeypatch.setattr(scanner, "POOL_MIN_BYTES", 0)
    monkeypatch.setattr(scan_tasks, "GROUP_FILES", 16)

    def scanned(workers: int) -> tuple[list, list, tuple]:
        run = pii.scan([tmp_path], workers=workers)
        items = list(run)
        findings = sorted((f.path, f.category, f.value, tuple(f.location.items()))
                          for f in items if isinstance(f, pii.Finding))
        errors = sorted(e.path for e in items if isinstance(e, pii.ScanError))
        return findings, errors, (run.summary.subjects, run.summary.files, run.summary.bytes)

    one, two = scanned(1), scanned(2)
    assert two == one
    if os.geteuid() != 0:  # root reads a file of mode 0
        assert one[1] == ["memo_045.txt"]
    assert len(one[0]) >= 89 * 5


def test_a_category_both_personal_and_not_is_stored_in_a_case(tmp_path):
    """A customer's address and a desk's (info@…) in one scan: two summary rows of one
    category (before: the scan failed, UNIQUE constraint failed); a case made before keeps
    its rows."""
    share = tmp_path / "share"
    share.mkdir()
    (share / "memo.txt").write_text("山田 太郎様 taro.y@example.com 連絡先 info@shop.example.jp\n",
                                    encoding="utf-8")
    with Case.init(tmp_path / "CASE") as case:
        list(case.evidence.add([share]))
        case.db.executescript(  # (the old table: one row per scan and category)
            "CREATE TABLE pii_summary (scan_id TEXT, category TEXT, findings INTEGER,"
            " personal INTEGER, PRIMARY KEY (scan_id, category));"
            "INSERT INTO pii_summary VALUES ('old', 'phone_number', 3, 1);")
    result = runner.invoke(app, ["scan", "--case", str(tmp_path / "CASE"), "--json"])
    assert result.exit_code == 0, result.output
    with Case.open(tmp_path / "CASE") as case:
        summary = pii.case_summary(case)
        kept = case.db.execute("SELECT findings FROM pii_summary WHERE scan_id = 'old'").fetchall()
    assert summary["categories"]["email_address"] == 1
    assert summary["not_personal"]["email_address"] == 1
    assert [tuple(r) for r in kept] == [(3,)]


def test_case_scan_limited_to_evidence_under_paths(share, tmp_path):
    case = Case.init(tmp_path / "CASE")
    list(case.evidence.add([share]))
    case.close()
    result = runner.invoke(app, ["scan", str(share / "sub"), "--case", str(tmp_path / "CASE"),
                                 "--json"])
    records = jsonl(result.output)
    assert {r["path"] for r in records if r["type"] == "finding"} == {"mail.txt"}  # as under sub/
    assert records[-1]["files"] == 1


def test_a_flood_of_candidates_is_cut_short_with_an_error(tmp_path, monkeypatch):
    from leakscope.pii import engine

    monkeypatch.setattr(engine, "MAX_MATCHES", 1000)
    flood = tmp_path / "flood.txt"
    flood.write_text("連絡先 taro@example.jp\n" + "1234 " * 20_000 + "\n")
    items = list(pii.scan([flood], workers=1))
    assert any(isinstance(i, pii.Finding) and i.value == "taro@example.jp" for i in items)
    errors = [i for i in items if isinstance(i, pii.ScanError)]
    assert errors and errors[0].path == "flood.txt" and "candidate values" in errors[0].message


def test_a_name_that_looks_like_rich_markup_is_printed_not_interpreted(tmp_path):
    path = tmp_path / "markup.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("../[/]x.txt", "mail taro@example.jp")  # '[/]' crashed Rich
        archive.writestr("[bold]y.txt", "mail hanako@example.jp")
    result = runner.invoke(app, ["scan", str(path)])
    assert result.exit_code == 0, result.output
    assert "markup.zip!../[/]x.txt" in result.output


def test_a_revealed_value_that_looks_like_markup_is_printed(tmp_path):
    path = tmp_path / "cred.txt"
    path.write_text("password=[/]Secr3t!x\n")
    result = runner.invoke(app, ["scan", str(path), "--reveal"])
    assert result.exit_code == 0, result.output
    assert "[/]Secr3t!x" in result.output


def test_the_cli_starts_its_workers_by_fork():
    """Spawned workers re-import everything (~0.5 s each) and a resource tracker: the thread
    count that tells a safe fork must not count Arrow's thread as a stranger's because the
    CLI imports Arrow after the scanner (it did: every CLI scan with workers spawned)."""
    code = ("import leakscope.cli.scan, leakscope.pii.scanner as s, leakscope.pii.subjects, "
            "pyarrow.compute; print(s.can_fork())")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "True"
