"""A CSV cut mid-row (issue 3; a truncated leak): `python bench/pii_cut_csv.py [CSV] [--mb N]
[--baseline SRC] [--repeat R]`.

The first N MB of a CP932 customer CSV (``CSV``, else bench/pii_extract_speed.py's generator),
once cut at a line end and once in the middle of the next row (the copy a transfer broke off),
each scanned by `leakscope scan FILE --json --workers 1` in a fresh process, start-up included,
its output hashed as it arrives (``pii_speed.run_cli``). ``--baseline SRC`` runs the same with
leakscope imported from SRC (an older checkout's src/), alternating with this tree so both see
the same load; equal digests say both print the same. Prints Markdown rows: CPU seconds (the
best of R runs), MB per CPU second, and the cut file's cost over the clean one's.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pii_extract_speed  # (the customer CSV generator)
from pii_speed import run_cli

WINDOW = 1 << 16  # a row is shorter than this


def cut_copies(source: Path, size: int, work: Path) -> tuple[Path, Path]:
    """The first ``size`` bytes of ``source`` up to their last line end, and the same with
    half of the next row."""
    with source.open("rb") as handle:
        handle.seek(max(size - WINDOW, 0))
        before = handle.read(min(size, WINDOW))
        end = size - len(before) + before.rindex(b"\n") + 1
        handle.seek(end)
        row = handle.read(WINDOW)
    if b"\n" not in row:
        raise SystemExit(f"{source}: no whole row after its first {size:,} bytes")
    cut = end + (row.index(b"\n") + 1) // 2
    copies = work / "clean.csv", work / "cut.csv"
    for copy, length in zip(copies, (end, cut), strict=True):
        with source.open("rb") as src, copy.open("wb") as out:
            while length > 0 and (chunk := src.read(min(length, 1 << 22))):
                out.write(chunk)
                length -= len(chunk)
    return copies


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("csv", nargs="?", type=Path, help="a CSV longer than --mb")
    parser.add_argument("--mb", type=int, default=300, help="decimal MB of it to scan")
    parser.add_argument("--baseline", metavar="SRC")
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="pii-cut-csv-"))
    try:
        source = args.csv
        if source is None:
            source = work / "customers.csv"
            pii_extract_speed.make_csv(source, args.mb + 1)
        files = cut_copies(source, args.mb * 1_000_000, work)
        trees = ([("before", args.baseline)] if args.baseline else []) + [("after", None)]
        best: dict[tuple[str, str], dict] = {}
        for _ in range(args.repeat):
            for path in files:
                for tree, src in trees:
                    run = run_cli(path, src)
                    key = (tree, path.stem)
                    if key not in best or run["cpu"] < best[key]["cpu"]:
                        best[key] = run
        print("| tree | file | MB | CPU s | MB per CPU-s | cut / clean | output |")
        print("| --- | --- | --- | --- | --- | --- | --- |")
        for tree, _ in trees:
            for path in files:
                run, clean = best[tree, path.stem], best[tree, "clean"]
                same = "" if tree == "before" or not args.baseline else "same as before" \
                    if best["before", path.stem]["digest"] == run["digest"] else "DIFFERS"
                mb = path.stat().st_size / 1e6
                print(f"| {tree} | {path.stem} | {mb:.1f} | {run['cpu']:.2f} | "
                      f"{mb / run['cpu']:.1f} | {run['cpu'] / clean['cpu']:.2f}x | {same} |")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
