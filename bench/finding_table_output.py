"""Output of table findings (issue 3): `python bench/finding_table_output.py [--findings N]`.

A customer CSV holds a finding every ~20 bytes: 50 MB/s is ~2.5 M findings a second, so
what consumes scan output must keep up. Findings of a generated Faker ``ja_JP`` customer
list (name, kana-less address, phone, e-mail, birth date, postal code, My Number; case
provenance attached) come in ``FindingTable``s of 50,000 (about the 1 MB blocks the columnar
path reads). Each run takes the same findings and writes them as:

- JSON Lines to /dev/null through a UTF-8 text stream, as `leakscope scan --json` does:
  one ``emit_jsonl`` per ``Finding`` (today's path; the ``Finding`` objects are made before
  the clock starts) against ``FindingTable.write_json_lines`` (UTF-8 blocks to the binary
  stream under stdout, as the CLI does) and ``json_lines`` (one ``str`` write a table);
- the case's Parquet file (`leakscope scan --case`): row groups from ``Finding`` rows
  against the table written column by column.

Prints Markdown rows for bench/README.md (findings per CPU second, ratio to the per-Finding
run).
"""

from __future__ import annotations

import argparse
import gc
import io
import os
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
from faker import Faker

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "pii"))

from corpus_gen import my_number

from leakscope.cli import console
from leakscope.pii import case_store
from leakscope.pii.finding_table import SCHEMA, FindingTable

PER_TABLE = 50_000
EVIDENCE = {"evidence_id": 1, "sha256": "5e" * 32}
COLUMNS = [("氏名", "person_name", "column:氏名"), ("住所", "address", "column:住所"),
           ("電話番号", "phone_number", "jp_numbering_plan"),
           ("メールアドレス", "email_address", "email_shape"),
           ("生年月日", "date_of_birth", "column:生年月日"),
           ("郵便番号", "postal_code", "column:郵便番号"),
           ("マイナンバー", "my_number", "checksum")]


def make_tables(count: int) -> list[FindingTable]:
    fake, rng = Faker("ja_JP"), random.Random(3)
    fake.seed_instance(3)
    people = [[fake.name().replace(" ", ""), fake.address(),
               fake.phone_number().replace("-", ""), fake.email(),
               fake.date_of_birth().isoformat(), fake.postcode().replace("-", ""),
               my_number(rng)] for _ in range(3000)]
    rows = -(-count // len(COLUMNS))
    person = [people[r % len(people)] for r in range(rows)]
    table = pa.table({
        "category": [c for _ in range(rows) for _, c, _ in COLUMNS],
        "value": [v for p in person for v in p],
        "row": [r + 2 for r in range(rows) for _ in COLUMNS],
        "field": [f for _ in range(rows) for f, _, _ in COLUMNS],
        "confidence": [0.95 if c == "person_name" else 0.99
                       for _ in range(rows) for _, c, _ in COLUMNS],
        "detector": [d for _ in range(rows) for _, _, d in COLUMNS],
        "record": [f"customers.csv#{r + 2}" for r in range(rows) for _ in COLUMNS],
        "personal": [True] * rows * len(COLUMNS),
    }, schema=SCHEMA).slice(0, count)
    return [FindingTable("顧客/customers.csv", table.slice(i, PER_TABLE), EVIDENCE)
            for i in range(0, count, PER_TABLE)]


def fresh(tables: list[FindingTable]) -> list[FindingTable]:
    """The same tables with nothing computed yet (a table keeps its masked values)."""
    return [FindingTable(t.path, t.table, t.evidence) for t in tables]


def timed(run: Callable[[], None]) -> tuple[float, float]:
    """Wall and CPU seconds (CPU of every thread: the per-core cost, steady under load)."""
    gc.collect()
    wall, cpu = time.perf_counter(), time.process_time()
    run()
    return time.perf_counter() - wall, time.process_time() - cpu


def null_stdout() -> io.TextIOWrapper:
    return io.TextIOWrapper(open(os.devnull, "wb"), encoding="utf-8")


def json_per_finding(findings: list, reveal: bool) -> Callable[[], None]:
    def run() -> None:
        sys.stdout = null_stdout()
        try:
            for finding in findings:
                console.emit_jsonl(finding.to_record(reveal))
            sys.stdout.flush()
        finally:
            sys.stdout = sys.__stdout__
    return run


def json_tables(tables: list[FindingTable], reveal: bool, as_bytes: bool) -> Callable[[], None]:
    def run() -> None:
        out = null_stdout()
        for table in tables:
            if as_bytes:
                out.flush()
                table.write_json_lines(out.buffer, reveal, out.errors)
            else:
                out.write(table.json_lines(reveal))
        out.flush()
    return run


def parquet(items: list, folder: Path) -> Callable[[], None]:
    def run() -> None:
        with pq.ParquetWriter(folder / "findings.parquet", case_store._SCHEMA) as out:
            groups = case_store._RowGroups(out, "20261126T000000Z-bench")
            for item in items:
                groups.add(item)
            groups.close()
    return run


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--findings", type=int, default=1_000_000)
    args = parser.parse_args()
    tables = make_tables(args.findings)
    findings = [f for t in tables for f in t.findings()]
    n = len(findings)
    rows = []
    for reveal in (False, True):
        label = "revealed" if reveal else "masked"
        base = timed(json_per_finding(findings, reveal))
        rows.append((f"JSON Lines, {label}: emit_jsonl per Finding (today)", base, base))
        rows.append((f"JSON Lines, {label}: FindingTable.json_lines, one write a table",
                     timed(json_tables(fresh(tables), reveal, False)), base))
        rows.append((f"JSON Lines, {label}: FindingTable.write_json_lines (the CLI's way)",
                     timed(json_tables(fresh(tables), reveal, True)), base))
    with tempfile.TemporaryDirectory() as folder:
        base = timed(parquet(findings, Path(folder)))
        rows.append(("case Parquet: rows from each Finding (today)", base, base))
        rows.append(("case Parquet: FindingTable column by column",
                     timed(parquet(fresh(tables), Path(folder))), base))
    print(f"{n:,} findings in {len(tables)} tables; load average "
          f"{os.getloadavg()[0]:.1f}\n")
    print("| run | wall s | CPU s | findings/s per core | vs per-Finding (CPU) |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for name, (wall, cpu), (_, base) in rows:
        print(f"| {name} | {wall:.2f} | {cpu:.2f} | {n / cpu / 1e6:.2f} M | {base / cpu:.1f}x |")


if __name__ == "__main__":
    main()
