"""`leakscope scan` (--json, the table, --case) on scans that yield FindingTables.

The real scan yields tables from the columnar path (CSV); ``TableScan`` also hands the
engine's other table cells on as tables, and ``OneByOneScan`` expands every table into
``Finding``s: the per-Finding baseline. The output must be the same byte for byte."""

from __future__ import annotations

import io
import json
import os
import random
import re
import subprocess
import sys
from pathlib import Path

import pyarrow.compute as pc
import pytest
from corpus_gen import my_number
from faker import Faker
from typer.testing import CliRunner

from leakscope import pii
from leakscope.case import Case
from leakscope.cli import scan as scan_cli
from leakscope.cli.console import emit_jsonl
from leakscope.cli.main import app
from leakscope.pii import case_store, scan_tasks, scanner
from leakscope.pii.finding import Finding
from leakscope.pii.finding_table import FindingTable, one_by_one

runner = CliRunner()
SECONDS = re.compile(r'"seconds": [0-9.]+|[0-9.]+ s')


class TableScan(scanner.Scan):
    """A real scan whose findings at table cells come as ``FindingTable``s of a file."""

    def batches(self):
        cells: list[Finding] = []
        for item in super().batches():
            if (isinstance(item, Finding) and set(item.location) == {"row", "field"}
                    and (not cells or (cells[0].path, cells[0].evidence)
                         == (item.path, item.evidence))):
                cells.append(item)
                continue
            if cells:
                yield FindingTable.from_findings(cells[0].path, cells).with_evidence(
                    cells[0].evidence)
                cells = []
            if isinstance(item, Finding) and set(item.location) == {"row", "field"}:
                cells.append(item)
            else:
                yield item
        if cells:
            yield FindingTable.from_findings(cells[0].path, cells).with_evidence(
                cells[0].evidence)


class OneByOneScan(scanner.Scan):
    """A real scan with every ``FindingTable`` expanded: what consumers saw before tables."""

    def batches(self):
        return one_by_one(super().batches())


@pytest.fixture()
def share(tmp_path: Path) -> Path:
    """Customer lists (CP932 and UTF-8, hostile headers and cells) and a mail."""
    fake = Faker("ja_JP")
    fake.seed_instance(8)
    rng = random.Random(8)
    root = tmp_path / "share"
    root.mkdir()
    header = ["氏名", "住所", "電話番号", "メールアドレス", "生年月日", "マイナンバー", "備考"]
    rows = [",".join(header)]
    for _ in range(60):
        rows.append(",".join([fake.name(), fake.address().replace(",", " "), fake.phone_number(),
                              fake.email(), fake.date_of_birth().isoformat(), my_number(rng),
                              '"メモ ""引用"" \\ 😀"']))
    (root / "customers.csv").write_bytes("\n".join(rows).replace("😀", "").encode("cp932"))
    hostile = ["氏名", '"📧 ""mail"""', "電話\\番号"]
    body = [",".join(hostile)] + [f'{fake.name()},{fake.email()},{fake.phone_number()}'
                                  for _ in range(40)]
    (root / "utf8 \\ 名簿.csv").write_text("\n".join(body), "utf-8")
    (root / "mail.txt").write_text("鈴木 一郎様\nTEL 03-1234-5678\n", "utf-8")
    return root


def invoke(args: list[str]) -> str:
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    return SECONDS.sub("SECONDS", result.output)


def scanning_with(monkeypatch, scan_class: type[scanner.Scan]) -> None:
    """`leakscope scan` (with or without --case) runs a ``scan_class`` scan."""
    monkeypatch.setattr("leakscope.cli.scan.scan",
                        lambda paths, categories, workers, min_confidence: scan_class(
                            scan_tasks.walk(paths), categories, 1, min_confidence))
    monkeypatch.setattr(case_store, "Scan", scan_class)


def tables_seen(monkeypatch) -> list[FindingTable]:
    seen: list[FindingTable] = []
    real = FindingTable.write_json_lines

    def record(self, *args):
        seen.append(self)
        return real(self, *args)
    monkeypatch.setattr(FindingTable, "write_json_lines", record)
    return seen


@pytest.mark.parametrize("flags", [["--json"], ["--json", "--reveal"], [], ["--reveal"]])
def test_scan_output_is_the_same_with_tables(share, monkeypatch, flags):
    scanning_with(monkeypatch, OneByOneScan)
    expected = invoke(["scan", str(share), "--workers", "1", *flags])
    scanning_with(monkeypatch, TableScan)
    seen = tables_seen(monkeypatch)
    assert invoke(["scan", str(share), "--workers", "1", *flags]) == expected
    if "--json" in flags:
        assert len(seen) >= 2 and sum(map(len, seen)) > 300  # whole tables were written
        found = [json.loads(line) for line in expected.splitlines() if "SECONDS" not in line]
        fields = {r["location"].get("field") for r in found if r["type"] == "finding"}
        assert {'📧 "mail"', "電話\\番号"} <= fields


def test_case_scan_stores_tables_as_findings_were_stored(share, tmp_path, monkeypatch):
    cases = []
    for scan_class in (OneByOneScan, TableScan):
        root = tmp_path / scan_class.__name__
        with Case.init(root) as case:
            list(case.evidence.add([share]))
        scanning_with(monkeypatch, scan_class)
        seen = tables_seen(monkeypatch)
        cases.append((root, invoke(["scan", "--case", str(root), "--json", "--workers", "1"])))
    assert len(seen) >= 2
    (first_root, first_out), (second_root, second_out) = cases
    assert first_out == second_out
    stored = []
    for root in (first_root, second_root):
        with Case.open(root) as case:
            summary = pii.case_summary(case)
            table = pii.case_findings(case)
            assert table.num_rows == summary["findings"] > 300
            assert pc.all(pc.equal(table.column("scan_id"), summary["scan_id"])).as_py()
            ledger = [json.loads(r["details"]) for r in case.db.execute(
                "SELECT details FROM custody_ledger WHERE action = 'pii.scan'")]
            assert ledger[-1]["findings"] == summary["findings"]
            stored.append(table.drop_columns(["scan_id"]))
    assert stored[0].equals(stored[1])
    row = next(r for r in stored[1].to_pylist() if r["category"] == "my_number")
    assert json.loads(row["location"])["field"] == "マイナンバー"
    assert row["value_masked"].startswith("********") and len(row["evidence_sha256"]) == 64


def test_case_scan_iterated_one_by_one_expands_tables(share, tmp_path, monkeypatch):
    with Case.init(tmp_path / "C") as case:
        list(case.evidence.add([share]))
        monkeypatch.setattr(case_store, "Scan", OneByOneScan)
        expected = sorted((f.path, f.category, f.value) for f in case_store.open_case_scan(case)
                          if isinstance(f, Finding))
        monkeypatch.setattr(case_store, "Scan", TableScan)
        run = case_store.open_case_scan(case)
        found = list(run)
        assert all(not isinstance(f, FindingTable) for f in found)
        assert sorted((f.path, f.category, f.value) for f in found
                      if isinstance(f, Finding)) == expected
        assert pii.case_findings(case, run.scan_id).num_rows == len(expected)


@pytest.mark.parametrize("encoding", ["utf-8", "cp932"])
def test_a_table_reaches_any_stdout_as_its_findings_one_by_one_would(monkeypatch, encoding):
    found = [Finding(c, v, "名簿.csv", {"row": r, "field": '氏"名\\'}, 0.9, "d")
             for r, (c, v) in enumerate([("person_name", "山田 太郎"), ("my_number",
                                                                       "123456789018")])]
    table = FindingTable.from_findings("名簿.csv", found)
    streams = []
    for write in (lambda: [emit_jsonl(f.to_record(False)) for f in found],
                  lambda: scan_cli._write_lines(table, False)):
        stream = io.TextIOWrapper(io.BytesIO(), encoding=encoding)
        monkeypatch.setattr(sys, "stdout", stream)
        emit_jsonl({"type": "error", "path": "before", "message": "m"})
        write()
        emit_jsonl({"type": "summary"})
        stream.flush()
        streams.append(stream.buffer.getvalue())
    assert streams[0] == streams[1] and "山*".encode(encoding) in streams[1]
    text = io.StringIO()  # no binary buffer under it
    monkeypatch.setattr(sys, "stdout", text)
    scan_cli._write_lines(table, True)
    assert text.getvalue() == table.json_lines(True)


@pytest.mark.parametrize("reveal", [False, True])
def test_scan_json_equals_the_scans_findings_one_by_one(share, reveal):
    """Whatever the scan yields (tables from the columnar path or not), --json writes each
    finding as ``Finding.to_record`` does."""
    flags = ["--reveal"] if reveal else []
    out = invoke(["scan", str(share), "--json", "--workers", "1", *flags])
    run = pii.scan([share], workers=1)
    expected = "".join(json.dumps(item.to_record(reveal) if isinstance(item, Finding)
                                  else item.to_record(), ensure_ascii=False) + "\n"
                       for item in run)
    expected += json.dumps(run.summary.to_record(), ensure_ascii=False) + "\n"
    assert out == SECONDS.sub("SECONDS", expected)


def test_scan_case_stores_tables_without_expanding_them(share, tmp_path, monkeypatch):
    with Case.init(tmp_path / "C") as case:
        list(case.evidence.add([share]))
        monkeypatch.setattr(case_store, "Scan", OneByOneScan)
        expected = case_store.scan_case(case)["categories"]
        monkeypatch.setattr(case_store, "Scan", TableScan)
        monkeypatch.setattr(FindingTable, "findings", lambda self: pytest.fail("expanded"))
        summary = case_store.scan_case(case)
        assert summary["categories"] == expected
        stored = pii.case_findings(case, summary["scan_id"])
        assert stored.num_rows == sum(expected.values()) > 300


def test_real_stdout_keeps_records_in_order(share, tmp_path):
    """In a real process stdout is a pipe: error records (text) before a table (bytes to the
    buffer below) and the summary after it come out in order, byte for byte."""
    (share / "broken.xlsx").write_bytes(b"PK\x03\x04 not really a workbook")
    (share / "z.csv").write_bytes((share / "customers.csv").read_bytes())
    script = ("import sys; from leakscope.cli.main import app; "
              "sys.argv = ['leakscope', 'scan', '--json', '--workers', '1', sys.argv[1]]; app()")
    done = subprocess.run([sys.executable, "-c", script, str(share)], capture_output=True,
                          check=True, env={**os.environ, "PYTHONIOENCODING": "utf-8"})
    run = pii.scan([share], workers=1)
    expected = "".join(json.dumps(item.to_record(False) if isinstance(item, Finding)
                                  else item.to_record(), ensure_ascii=False) + "\n"
                       for item in run)
    expected += json.dumps(run.summary.to_record(), ensure_ascii=False) + "\n"
    got = done.stdout.decode()
    assert '"type": "error"' in got and SECONDS.sub("S", got) == SECONDS.sub("S", expected)
