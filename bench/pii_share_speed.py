"""A leaked share of many small files: `leakscope scan DIR` with one and two workers.

A file server's folder holds thousands of mails, memos and logs of a few KB each; what each
file costs beyond its bytes (opening, sniffing, planning, the engine's per-batch set-up, a
worker's messages to the parent) decides the scan's speed there, not the bytes. The files:
half inquiry memos (10 lines of the dense prose, a name, an address, a phone and an e-mail a
line), half application logs (60 lines of the sparse log, an inquiry line now and then).

Each run is a fresh `leakscope scan DIR --json --workers W` process, start-up included; per
core = MB per CPU second of it and its workers. ripgrep runs the engine's expressions over the
same folder (its own two threads). `--baseline SRC` runs an older tree's scan beside this one
(the same findings are checked, the summary's seconds left out).

    python bench/pii_share_speed.py [--files 2000] [--repeat 3] [--baseline SRC]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pii_speed  # (this folder is the script's: bench/ is first on sys.path)

HERE = Path(__file__).resolve().parent


def make_share(folder: Path, files: int, work: Path) -> int:
    """``files`` small files (memos and logs) in ``folder``; their total bytes."""
    prose, log = work / "prose.txt", work / "log.txt"
    pii_speed._load("pii_extract_speed", HERE / "pii_extract_speed.py").make_text(prose, 2)
    pii_speed.make_sparse_text(log, 2)
    prose_lines = prose.read_text("utf-8").splitlines()[:3000]
    log_lines = log.read_text("utf-8").splitlines()[:4000]
    rng = random.Random(1)
    folder.mkdir()
    total = 0
    for i in range(files):
        if i % 2:
            name, lines = f"logs/app_{i:05d}.log", rng.sample(log_lines, 60)
        else:
            name, lines = f"memos/inquiry_{i:05d}.txt", rng.sample(prose_lines, 10)
        path = folder / name
        path.parent.mkdir(exist_ok=True)
        data = ("\n".join(lines) + "\n").encode("utf-8")
        path.write_bytes(data)
        total += len(data)
    return total


def run_scan(folder: Path, workers: int, src: str | None) -> dict:
    """One fresh ``leakscope scan`` process: wall and CPU seconds, a digest of its output."""
    env = {**os.environ, "PYTHONPATH": src} if src else None
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-m", "leakscope.cli", "scan", str(folder), "--json",
                          "--workers", str(workers)], capture_output=True, check=True, env=env)
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    lines = sorted(re.sub(rb'"seconds": [0-9.]+', b"", line)
                   for line in out.stdout.splitlines())
    return {"seconds": seconds, "lines": len(lines),
            "cpu": after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime,
            "digest": hashlib.sha256(b"\n".join(lines)).hexdigest()}


def run_rg(folder: Path, patterns: Path) -> dict:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    out = subprocess.run(["rg", "--no-config", "--multiline", "--count-matches", "--no-filename",
                          "-f", str(patterns), str(folder)], capture_output=True, text=True)
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if out.returncode not in (0, 1):
        raise RuntimeError(out.stderr)
    return {"seconds": seconds, "found": sum(int(n) for n in out.stdout.split()),
            "cpu": after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--files", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3, help="best of N (by CPU seconds)")
    parser.add_argument("--baseline", metavar="SRC", help="an older tree's src/ to run beside")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="pii-share-"))
    try:
        folder = work / "share"
        mb = make_share(folder, args.files, work) / 1e6
        from leakscope.pii.engine import Engine

        patterns = work / "patterns.txt"
        patterns.write_text("\n".join(Engine().expressions) + "\n", "utf-8")
        shown = f"{args.files:,} files, {mb:.1f} MB"
        print("| run | input | by the clock | per core (CPU s) | output | vs ripgrep (clock) |")
        print("| --- | --- | --- | --- | --- | --- |")
        rg = min((run_rg(folder, patterns) for _ in range(args.repeat)),
                 key=lambda r: r["seconds"])
        print(f"| ripgrep, same {len(Engine().expressions)} patterns | {shown} | "
              f"{mb / rg['seconds']:.1f} MB/s | {mb / rg['cpu']:.1f} MB/s | "
              f"{rg['found']:,} matches | 1.00x |")
        for workers in (1, 2):
            trees = ([(" before", args.baseline)] if args.baseline else []) + [("", None)]
            runs = {name: min((run_scan(folder, workers, src) for _ in range(args.repeat)),
                              key=lambda r: r["cpu"]) for name, src in trees}
            for name, r in runs.items():
                same = ""
                if args.baseline and not name:
                    same = (", same output as before" if r["digest"] == runs[" before"]["digest"]
                            else ", DIFFERENT from before")
                print(f"| `leakscope scan --json`{name}, {workers} worker(s) | {shown} | "
                      f"{mb / r['seconds']:.2f} MB/s | {mb / r['cpu']:.2f} MB/s | "
                      f"{r['lines']:,} JSON lines{same} | "
                      f"{rg['seconds'] / r['seconds']:.3f}x |")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
