"""Extraction speed of CSV and text (issue 3): `python bench/pii_extract_speed.py [--mb N]`.

Generates a CP932 customer CSV and a UTF-8 Japanese prose text file of N MB each (default
64), then runs, each in a fresh child process (so peak RSS is its own):

- leakscope `extract()` over the file, consuming every unit (what the detectors get);
- the floor a Python extractor cannot beat: `csv.reader` over the decoded file (CSV), and
  bulk decoding in 4 MiB chunks (text).

`--flat-mb M` also extracts an M MB CSV to show that peak memory does not grow with size.
Prints Markdown rows for bench/README.md.
"""

from __future__ import annotations

import argparse
import csv
import io
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from faker import Faker

HEADER = [
    "顧客ID", "氏名", "フリガナ", "郵便番号", "住所", "電話番号", "メールアドレス", "生年月日",
    "備考",
]


def make_csv(path: Path, megabytes: int) -> None:
    fake = Faker("ja_JP")
    fake.seed_instance(3)
    pool = [
        [
            fake.name(), fake.kana_name(), fake.postcode(), fake.address(), fake.phone_number(),
            fake.email(), fake.date_of_birth().isoformat(), random.choice(["", "至急", "要確認"]),
        ]
        for _ in range(3000)
    ]
    target = megabytes << 20
    with path.open("wb") as raw:
        handle = io.TextIOWrapper(raw, encoding="cp932", newline="")
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(HEADER)
        number = 0
        while raw.tell() < target:
            rows = [[str(number + i), *pool[(number + i) % len(pool)]] for i in range(5000)]
            writer.writerows(rows)
            number += len(rows)
            handle.flush()
        handle.flush()


def make_text(path: Path, megabytes: int) -> None:
    fake = Faker("ja_JP")
    fake.seed_instance(4)
    lines = [
        f"{fake.name()}様より問い合わせ。ご住所は{fake.address()}、お電話は{fake.phone_number()}、"
        f"メールは{fake.email()}です。{fake.text(max_nb_chars=80)}"
        for _ in range(3000)
    ]
    block = ("\n".join(lines) + "\n").encode("utf-8")
    with path.open("wb") as handle:
        for _ in range(max(1, (megabytes << 20) // len(block))):
            handle.write(block)


def child(kind: str, path: Path) -> None:
    """Run one measurement; print seconds and units."""
    start = time.perf_counter()
    units = 0
    if kind == "extract":
        from leakscope.pii.extract import extract

        for _ in extract(path, path.name):
            units += 1
    elif kind == "csv-floor":
        with path.open("rb", buffering=4 << 20) as raw:
            text = io.TextIOWrapper(raw, encoding="cp932", errors="replace", newline="")
            for row in csv.reader(text):
                units += len(row)
    elif kind == "decode-floor":
        import codecs

        decoder = codecs.getincrementaldecoder("utf-8")("replace")
        with path.open("rb", buffering=0) as raw:
            while chunk := raw.read(4 << 20):
                units += len(decoder.decode(chunk))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(time.perf_counter() - start, units, peak)


def measure(kind: str, path: Path) -> tuple[float, int, float]:
    output = subprocess.run(
        [sys.executable, __file__, "--child", kind, str(path)],
        check=True, capture_output=True, text=True,
    ).stdout.split()
    return float(output[0]), int(output[1]), int(output[2]) / 1024


def row(label: str, path: Path, kind: str, floor: float | None = None) -> float:
    seconds, units, rss = measure(kind, path)
    size = path.stat().st_size / 1e6
    speed = size / seconds
    ratio = f"{speed / floor:.2f}x" if floor else "1.00x"
    rate = units / seconds / 1e6
    shown = f"{rate:.2f} M/s" if kind != "decode-floor" and rate >= 0.01 else "—"
    print(f"| {label} | {size:,.0f} MB | {speed:,.1f} MB/s | {shown} "
          f"| {rss:,.0f} MiB | {ratio} |", flush=True)
    return speed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=int, default=64)
    parser.add_argument("--flat-mb", type=int, default=0)
    parser.add_argument("--child", nargs=2)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], Path(args.child[1]))
        return
    with tempfile.TemporaryDirectory(prefix="leakscope-bench-") as tmp:
        csv_path, text_path = Path(tmp) / "customers.csv", Path(tmp) / "inquiries.txt"
        make_csv(csv_path, args.mb)
        make_text(text_path, args.mb)
        print("| run | size | throughput | units (fields) | peak RSS | vs floor |")
        print("| --- | --- | --- | --- | --- | --- |")
        floor = row("csv.reader floor (CP932 CSV, fields)", csv_path, "csv-floor")
        row("leakscope extract, CP932 CSV (field units)", csv_path, "extract", floor)
        floor = row("bulk decode floor (UTF-8 text, chars)", text_path, "decode-floor")
        row("leakscope extract, UTF-8 text (line blocks)", text_path, "extract", floor)
        if args.flat_mb:
            csv_path.unlink()
            text_path.unlink()
            big = Path(tmp) / "big.csv"
            make_csv(big, args.flat_mb)
            row(f"leakscope extract, {args.flat_mb} MB CP932 CSV (memory)", big, "extract")


if __name__ == "__main__":
    main()
