"""PII scan of JSON records (issue 3): `python bench/pii_jsonl_speed.py [--mb N] [--export-mb M]`.

An API server's log in JSON Lines: one line a request (time, level, request id, path, status,
latency), one line in five with the customer it served as a nested object (name, e-mail,
phone, address), one in ten with a list of notified addresses; ~25 bytes a value. And a
customer export as one JSON array (`--export-mb`; an indented object a customer). Each run in a
fresh child process, start-up included (pii_table_speed.py's runner):

- the cell-by-cell engine, one unit per value (the path before);
- the table path (records of the same keys as rows of one table, keys as labels);
- `leakscope scan --json` to a file, end to end (the log);
- ripgrep with the engine's own pattern set on the first ``--rg-mb`` MiB (the issue's peer).

Throughput per wall second and per CPU second of the child. Prints Markdown rows.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import sys
import tempfile
from pathlib import Path

from faker import Faker

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("pii_table_speed", HERE / "pii_table_speed.py")
table_bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(table_bench)


def make_app_log(path: Path, megabytes: int, seed: int = 5) -> None:
    """``megabytes`` of log lines from 2,000 generated customers."""
    fake, rng = Faker("ja_JP"), random.Random(seed)
    Faker.seed(seed)
    people = [{"name": fake.name(), "email": fake.email(), "phone": fake.phone_number(),
               "address": fake.address()} for _ in range(2000)]
    target, written, i = megabytes << 20, 0, 0
    with path.open("w", encoding="utf-8") as out:
        while written < target:
            line = {"ts": f"2024-05-{i // 86400 % 28 + 1:02d}T{i // 3600 % 24:02d}:"
                          f"{i // 60 % 60:02d}:{i % 60:02d}Z",
                    "level": "INFO", "req_id": f"{rng.getrandbits(48):012x}",
                    "path": f"/api/v2/orders/{rng.randint(100000, 999999)}", "status": 200,
                    "ms": rng.randint(1, 900)}
            if i % 5 == 0:
                line["customer"] = people[rng.randrange(len(people))]
            if i % 10 == 3:
                line["notified"] = [people[rng.randrange(len(people))]["email"]
                                    for _ in range(2)]
            text = json.dumps(line, ensure_ascii=False) + "\n"
            out.write(text)
            written += len(text.encode())
            i += 1


def make_export(path: Path, megabytes: int, seed: int = 6) -> None:
    """A customer table exported as one JSON array, ``megabytes`` of it."""
    fake = Faker("ja_JP")
    Faker.seed(seed)
    customers = [{"氏名": fake.name(), "フリガナ": fake.kana_name(), "email": fake.email(),
                  "tel": fake.phone_number(), "postcode": fake.postcode(),
                  "address": fake.address(), "birthday": fake.date_of_birth().isoformat(),
                  "points": i % 5000} for i in range(5000)]
    target, written, i = megabytes << 20, 0, 0
    with path.open("w", encoding="utf-8") as out:
        out.write("[\n")
        while written < target:
            text = ("" if i == 0 else ",\n") + json.dumps(
                {"id": i, **customers[i % len(customers)]}, ensure_ascii=False, indent=2)
            out.write(text)
            written += len(text.encode())
            i += 1
        out.write("\n]\n")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=int, default=64)
    parser.add_argument("--export-mb", type=int, default=32)
    parser.add_argument("--rg-mb", type=int, default=2)
    args = parser.parse_args()
    from leakscope.pii.engine import Engine

    with tempfile.TemporaryDirectory(prefix="pii-jsonl-bench-") as tmp:
        work = Path(tmp)
        log = work / "app.jsonl"
        make_app_log(log, args.mb)
        print("| run | input | by the clock | per core | found | peak RSS | vs before |")
        print("| --- | --- | --- | --- | --- | --- | --- |")
        head = work / "head.jsonl"
        with log.open("rb") as source:
            head.write_bytes(source.read(args.rg_mb << 20))
        patterns = work / "patterns.txt"
        patterns.write_text("\n".join(Engine().expressions) + "\n", encoding="utf-8")
        with (work / "rg.txt").open("wb") as out:
            result = table_bench.run_command(["rg", "--no-config", "--multiline",
                                              "--count-matches", "-f", str(patterns),
                                              str(head)], out)
        matches = (work / "rg.txt").read_text().strip() or "0"
        print(table_bench.row(f"ripgrep, same {len(Engine().expressions)} patterns (first "
                              f"{args.rg_mb} MiB of the log)", head.stat().st_size / 1e6,
                              result, None, f"{int(matches):,} matches"))
        with (work / "out.jsonl").open("wb") as out:
            result = table_bench.run_command([sys.executable, "-m", "leakscope.cli", "scan",
                                              "--json", str(log)], out)
        lines = sum(1 for _ in (work / "out.jsonl").open("rb"))
        print(table_bench.row("JSON Lines app log, `leakscope scan --json` > file",
                              log.stat().st_size / 1e6, result, None, f"{lines:,} JSON lines"))
        table_bench.both_paths(log, "JSON Lines app log, cell-by-cell engine (before)",
                               "the same log, columnar table path")
        if args.export_mb:
            export = work / "customers.json"
            make_export(export, args.export_mb)
            table_bench.both_paths(export, "customer export as one JSON array, cell-by-cell "
                                   "engine (before)", "the same export, columnar table path")

if __name__ == "__main__":
    main()
