"""PII scan of a customer CSV (issue 3): `python bench/pii_table_speed.py [--mb N] [--flat-mb M]`.

One CP932 customer CSV (bench/pii_extract_speed.py's generator: ID, name, kana, postal code,
address, phone, e-mail, date of birth, remarks; ~9 findings a row), each run in a fresh child
process, start-up included:

- the columnar table path (`pii.scan(...).batches()`: findings, counts and people, as the CLI
  and the case store consume them), also on an EC order export (`--orders-mb`: 20 columns,
  5 personal, ids, timestamps and amounts beside them) and on the customer CSV loaded into a
  SQLite file;
- the cell-by-cell engine on the same file (the path before it; every other format's path);
- the same two on the CSV inside a deflated .zip (`--only zip`: just these rows; MB/s of the
  CSV's size);
- ``--zip-members`` copies of the CSV in one .zip (a share's several exports), read by one
  worker process and by two (its members cut into parts read side by side), and the same CSVs
  as separate files by two (`--only zips`: just these rows, each with the load average
  before it; MB/s of the CSVs' size; `--only zips-xlsx`: the same with the .xlsx below);
- `leakscope scan --json` to a file and `leakscope scan` (the Rich table), end to end;
- the CSV's first ``--xlsx-rows`` rows as an .xlsx: read by openpyxl (before) and by
  calamine, cell by cell and on the table path (`--only xlsx`: just these rows; MB/s of the
  workbook's size);
- the CSV without its header line (a raw dump; `--only headerless`): its labels from its
  values, cell by cell and on the table path, beside the CSV with its header;
- ripgrep with the engine's own pattern set on the first ``--rg-mb`` MiB of the same file
  (what a grep sweep costs before validating anything; it runs ~0.1 MB/s with these).

Throughput is reported per wall second and per CPU second of the child (per core: robust to
other work on the machine). `--flat-mb` scans one more, bigger CSV to show peak memory does
not grow with the file. Prints Markdown rows.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _cpu() -> float:
    """CPU seconds of this process and of its (finished) worker processes."""
    return sum(resource.getrusage(who).ru_utime + resource.getrusage(who).ru_stime
               for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))


def child(kind: str, path: str) -> None:
    started, cpu_started = time.perf_counter(), _cpu()
    from leakscope import pii
    from leakscope.pii.finding_table import FindingTable

    if kind in ("cells", "openpyxl"):  # the cell-by-cell path: no file is planned as a table
        import leakscope.pii.columnar as columnar

        columnar.plan_file = lambda _path, _kind: None
    if kind == "openpyxl":  # workbooks read as before calamine
        from leakscope.pii.extract import spreadsheet

        spreadsheet.calamine_refusal = lambda _path: "the reader before"
    if kind == "fallback":  # a machine without a C compiler: no kernel was built
        from leakscope.pii import subject_graph
        from leakscope.pii.columnar import kernels, sjis

        kernels.native = sjis._sjis = subject_graph.KERNEL = None
    run = pii.scan([path], workers=2 if kind == "pooled" else 1)
    found = sum(len(item) if isinstance(item, FindingTable) else isinstance(item, pii.Finding)
                for item in run.batches())
    seconds = time.perf_counter() - started
    cpu = _cpu() - cpu_started
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"seconds": seconds, "cpu": cpu, "found": found,
                      "people": run.summary.subjects, "rss_kib": rss}))


ORDER_HEADER = ["注文番号", "注文日時", "商品コード", "商品名", "数量", "単価", "小計", "税額",
                "合計", "支払方法", "配送業者", "追跡番号", "ステータス", "店舗", "お届け先氏名",
                "お届け先住所", "郵便番号", "電話番号", "メールアドレス", "備考"]


def make_orders(path: Path, megabytes: int) -> None:
    """An EC order export (UTF-8): 20 columns, 5 of them personal, ids like ORD000000001."""
    import csv
    import random

    from faker import Faker

    fake = Faker("ja_JP")
    fake.seed_instance(1)
    rng = random.Random(1)
    people = [(fake.name(), fake.address(), fake.postcode(), fake.phone_number(), fake.email())
              for _ in range(2000)]
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(ORDER_HEADER)
        number = 0
        while handle.tell() < megabytes << 20:
            for _ in range(5000):
                name, address, postcode, phone, email = people[number % len(people)]
                writer.writerow([
                    f"ORD{number:09d}", f"2024-05-{number % 28 + 1:02d} 10:{number % 60:02d}:00",
                    f"SKU-{rng.randint(10000, 99999)}", rng.choice(["ボールペン", "ノート"]),
                    str(rng.randint(1, 5)), str(rng.randint(100, 5000)),
                    str(rng.randint(100, 25000)), str(rng.randint(10, 2500)),
                    str(rng.randint(110, 27500)), rng.choice(["クレジットカード", "代金引換"]),
                    rng.choice(["ヤマト運輸", "佐川急便"]), str(rng.randint(10**11, 10**12 - 1)),
                    "発送済", "本店", name, address, postcode, phone, email, ""])
                number += 1


def make_sqlite(path: Path, csv_path: Path) -> None:
    """The customer CSV as one SQLite table (column names from its header)."""
    import csv
    import sqlite3

    with csv_path.open(encoding="cp932", newline="") as handle:
        rows = csv.reader(handle)
        header = next(rows)
        db = sqlite3.connect(path)
        db.execute(f"CREATE TABLE customers ({', '.join(f'{h!r} TEXT' for h in header)})")
        db.executemany(f"INSERT INTO customers VALUES ({', '.join('?' * len(header))})", rows)
        db.commit()
        db.close()


def make_dump(path: Path, csv_path: Path, rows: int = 150_000) -> None:
    """The CSV's first ``rows`` rows as a mysqldump: CREATE TABLE, INSERTs of 1,000 tuples."""
    with csv_path.open(encoding="cp932", newline="") as source, \
            path.open("w", encoding="utf-8") as out:
        reader = csv.reader(source)
        header = next(reader)
        columns = ",\n".join(f"  `{name}` varchar(255)" for name in header)
        out.write(f"-- MySQL dump 10.13\nCREATE TABLE `customers` (\n{columns}\n);\n")
        quoted = ("(" + ",".join("'" + v.replace("\\", "\\\\").replace("'", "\\'") + "'"
                                 for v in row) + ")" for row in itertools.islice(reader, rows))
        while chunk := list(itertools.islice(quoted, 1000)):
            out.write(f"INSERT INTO `customers` VALUES {','.join(chunk)};\n")


def make_zip(path: Path, csv_path: Path) -> None:
    """The CSV as the one member of a deflated zip, as a share's export arrives."""
    import zipfile

    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.write(csv_path, "export/顧客一覧.csv")


def make_zips(path: Path, member: Path, members: int) -> None:
    """``members`` copies of ``member`` in one deflated zip, each its own export."""
    import zipfile

    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for number in range(members):
            archive.write(member, f"export/顧客一覧_{number + 1}{member.suffix}")


def make_xlsx(path: Path, csv_path: Path, rows: int) -> None:
    """The CSV's first ``rows`` rows as a workbook: a title row, the header, dates of birth as
    date cells, IDs as numbers (as an HR or customer ledger is kept in Excel)."""
    import datetime

    import openpyxl

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("顧客一覧")
    with csv_path.open(encoding="cp932", newline="") as source:
        reader = csv.reader(source)
        sheet.append(["顧客一覧（社外秘）"])
        sheet.append(next(reader))
        for row in itertools.islice(reader, rows):
            row[0] = int(row[0])
            row[7] = datetime.date.fromisoformat(row[7])
            sheet.append(row)
    book.save(path)


def run_child(kind: str, path: Path) -> dict:
    out = subprocess.run([sys.executable, __file__, "--child", kind, str(path)],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def run_command(argv: list[str], stdout) -> dict:
    """Wall and CPU seconds (of the child) of one command."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(argv, stdout=stdout, stderr=subprocess.DEVNULL, check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"seconds": time.perf_counter() - started, "cpu": cpu, "rss_kib": None}


def row(label: str, mb: float, result: dict, baseline: float | None, found: str = "",
        ratio: str | None = None) -> str:
    """A Markdown row; the ratio column: per core against ``baseline``, or ``ratio``."""
    wall = mb / result["seconds"]
    per_core = mb / result["cpu"] if result.get("cpu") else float("nan")
    ratio = ratio or (f"{per_core / baseline:.1f}x" if baseline else "—")
    rss = f"{result['rss_kib'] // 1024} MiB" if result["rss_kib"] else "—"
    return (f"| {label} | {mb:.0f} MB | {wall:.1f} MB/s | {per_core:.1f} MB/s | {found} | "
            f"{rss} | {ratio} |")


def both_paths(path: Path, cells_label: str, table_label: str,
               before: tuple[tuple[str, str], ...] = (), size: float | None = None) -> None:
    """Rows for ``path`` cell by cell and on the table path (the ratio against the first;
    ``before``: (kind, label) runs ahead of them; ``size``: MB read, where it is not the
    file's: an archive's content); the file is removed after (they are large)."""
    size = size or path.stat().st_size / 1e6
    base = None
    for kind, label in (*before, ("cells", cells_label), ("table", table_label)):
        result = run_child(kind, path)
        base = base or size / result["cpu"]
        print(row(label, size, result, base, _found(result)))
    path.unlink()


def zip_rows(work: Path, csv_path: Path) -> None:
    """The CSV as a deflated zip's member, cell by cell and on the table path (MB of the
    CSV)."""
    archive = work / "export.zip"
    make_zip(archive, csv_path)
    both_paths(archive, f"the CSV in a .zip ({archive.stat().st_size / 1e6:.0f} MB deflated), "
               "cell-by-cell engine", "the same .zip, columnar table path",
               size=csv_path.stat().st_size / 1e6)


def zips_rows(work: Path, member: Path, members: int, what: str = "CSVs") -> None:
    """``members`` copies of ``member`` in one zip, one worker process and two, and the same
    copies as separate files by two (the peer; the table path; MB of the members; the ratio
    against one worker by the clock, and how many cores the run kept busy)."""
    archive, folder = work / "exports.zip", work / "exports"
    make_zips(archive, member, members)
    folder.mkdir()
    for number in range(members):
        (folder / f"{number + 1}{member.suffix}").hardlink_to(member)
    size = members * member.stat().st_size / 1e6
    zipped = f"{members} {what} in one .zip ({archive.stat().st_size / 1e6:.0f} MB deflated)"
    base = None
    for kind, path, label in (("table", archive, f"{zipped}, one worker"),
                              ("pooled", archive, f"{zipped}, two workers"),
                              ("pooled", folder, f"the {members} {what} as files, two workers")):
        load = os.getloadavg()[0]
        result = run_child(kind, path)
        wall = size / result["seconds"]
        base = base or wall
        print(row(f"{label} (load {load:.2f})", size, result, None, _found(result),
                  f"{wall / base:.2f}x by the clock, "
                  f"{result['cpu'] / result['seconds']:.1f} cores busy"))
    archive.unlink()
    shutil.rmtree(folder)


def xlsx_rows(work: Path, csv_path: Path, rows: int) -> None:
    """The CSV's first ``rows`` rows as a workbook: openpyxl (before), calamine cell by cell,
    calamine on the table path."""
    book = work / "customers.xlsx"
    make_xlsx(book, csv_path, rows)
    both_paths(book, f".xlsx ({rows:,} rows), calamine + engine",
               "the same .xlsx, calamine + columnar table path",
               (("openpyxl", "the same .xlsx, openpyxl + engine (before)"),))


def headerless_rows(work: Path, csv_path: Path) -> None:
    """The CSV with its header on the table path, then without its header line (a raw dump:
    the labels its values say, ``column_kinds``) cell by cell and on the table path."""
    result = run_child("table", csv_path)
    mb = csv_path.stat().st_size / 1e6
    print(row("the CSV with its header, columnar table path", mb, result, None, _found(result)))
    bare = work / "bare.csv"
    with csv_path.open("rb") as source, bare.open("wb") as out:
        source.readline()
        shutil.copyfileobj(source, out)
    both_paths(bare, "the CSV without its header line, cell-by-cell engine",
               "the same, columnar table path (labels from the values)")


def _found(result: dict) -> str:
    return f"{result['found']:,} findings, {result['people']:,} people"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=int, default=64)
    parser.add_argument("--flat-mb", type=int, default=0)
    parser.add_argument("--rg-mb", type=int, default=4)
    parser.add_argument("--orders-mb", type=int, default=16)
    parser.add_argument("--xlsx-rows", type=int, default=100_000)
    parser.add_argument("--zip-members", type=int, default=2)
    parser.add_argument("--only", choices=("zip", "zips", "zips-xlsx", "xlsx", "headerless"),
                        help="only the rows of the CSV inside a .zip, of several CSVs (or "
                        ".xlsx) in one .zip, of the .xlsx, or of the CSV without its header")
    args = parser.parse_args()
    sys.path.insert(0, str(HERE))
    import pii_extract_speed as extract_bench  # the customer CSV generator
    from leakscope.pii.engine import Engine

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        csv_path = work / "customers.csv"
        extract_bench.make_csv(csv_path, args.mb)
        mb = csv_path.stat().st_size / 1e6
        print("| run | input | wall | per core (CPU s) | found | peak RSS | vs cells |")
        print("| --- | --- | --- | --- | --- | --- | --- |")
        if args.only == "zip":
            zip_rows(work, csv_path)
            return
        if args.only == "zips":
            zips_rows(work, csv_path, args.zip_members)
            return
        if args.only == "xlsx":
            xlsx_rows(work, csv_path, args.xlsx_rows)
            return
        if args.only == "headerless":
            headerless_rows(work, csv_path)
            return
        if args.only == "zips-xlsx":
            book = work / "customers.xlsx"
            make_xlsx(book, csv_path, args.xlsx_rows)
            zips_rows(work, book, args.zip_members, ".xlsx")
            return
        cells = run_child("cells", csv_path)
        base = mb / cells["cpu"]
        print(row("cell-by-cell engine (before)", mb, cells, base, _found(cells)))
        for kind, label in (("table", "columnar table path (`pii.scan`)"),
                            ("fallback", "the same without the C kernels (no compiler)")):
            result = run_child(kind, csv_path)
            print(row(label, mb, result, base, _found(result)))
        pair = work / "pair"  # several files: one worker process a file, both cores busy
        pair.mkdir()
        for name in ("a.csv", "b.csv"):
            (pair / name).hardlink_to(csv_path)
        pooled = run_child("pooled", pair)
        print(row("two copies, two worker processes", 2 * mb, pooled, base, _found(pooled)))
        cli = [sys.executable, "-m", "leakscope.cli", "scan"]
        with (work / "out.jsonl").open("wb") as out:
            result = run_command([*cli, "--json", str(csv_path)], out)
        lines = sum(1 for _ in (work / "out.jsonl").open("rb"))
        print(row("`leakscope scan --json` > file", mb, result, base, f"{lines:,} lines"))
        result = run_command([*cli, str(csv_path)], subprocess.DEVNULL)
        print(row("`leakscope scan` (Rich table)", mb, result, base))
        patterns = work / "patterns.txt"
        patterns.write_text("\n".join(Engine().expressions) + "\n", "utf-8")
        head = work / "head.csv"  # ripgrep runs ~0.1 MB/s with these patterns: a slice
        with csv_path.open("rb") as source:
            head.write_bytes(source.read(args.rg_mb << 20))
        with (work / "rg.txt").open("wb") as out:
            result = run_command(["rg", "--no-config", "--multiline", "--count-matches",
                                  "--no-filename", "--encoding", "shift_jis", "-f",
                                  str(patterns), str(head)], out)  # a pattern may hold \n
        matches = (work / "rg.txt").read_text().strip() or "0"
        print(row(f"ripgrep, same {len(Engine().expressions)} patterns (first "
                  f"{args.rg_mb} MiB)", head.stat().st_size / 1e6, result, base,
                  f"{int(matches):,} matches"))
        zip_rows(work, csv_path)
        zips_rows(work, csv_path, args.zip_members)
        database = work / "customers.sqlite"
        make_sqlite(database, csv_path)
        both_paths(database, "SQLite file, cell-by-cell engine",
                   "SQLite file, columnar table path")
        dump = work / "customers.sql"
        make_dump(dump, csv_path)
        both_paths(dump, "mysqldump (150k rows), cell-by-cell engine",
                   "the same dump, columnar table path")
        if args.xlsx_rows:
            xlsx_rows(work, csv_path, args.xlsx_rows)
        if args.orders_mb:
            orders = work / "orders.csv"
            make_orders(orders, args.orders_mb)
            both_paths(orders, "order export, cell-by-cell engine",
                       "order export, columnar table path")
        if args.flat_mb:
            big = work / "big.csv"
            csv_path.unlink()
            extract_bench.make_csv(big, args.flat_mb)
            result = run_child("table", big)
            print(row("columnar table path, big CSV (memory)", big.stat().st_size / 1e6,
                      result, base, _found(result)))


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(sys.argv[2], sys.argv[3])
    else:
        os.environ.setdefault("PYTHONHASHSEED", "0")
        os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # as the CLI sets it: no busy pool
        # Bytecode as an installed package has it, wherever PYTHONDONTWRITEBYTECODE is set
        # (this sandbox: every child would compile leakscope's modules, ~0.06 CPU-s), made
        # before the first measured run.
        os.environ.setdefault("PYTHONPYCACHEPREFIX", str(Path(tempfile.gettempdir())
                                                         / "leakscope-bench-pycache"))
        subprocess.run([sys.executable, "-c", "import leakscope.cli.scan, leakscope.pii.scanner"],
                       check=True, env={**os.environ, "PYTHONDONTWRITEBYTECODE": ""})
        main()
