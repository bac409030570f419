"""Benchmark: `leakscope evidence add` throughput vs `sha256sum` over the same files, same run.

Generates a folder of mixed files (one large, some medium, many small), then times
`sha256sum` and `leakscope evidence add` (SHA-256 + MD5 + SHA-1, copy, re-verify) on it and
reports MB/s, the ratio, and leakscope's peak RSS (constant memory per file, whatever its size).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

MB = 1024 * 1024


def make_share(root: Path, total_mb: int) -> int:
    """Half the bytes in one large file, a quarter in 16 medium, a quarter in small files."""
    block = os.urandom(4 * MB)
    plan = [("large.bin", total_mb // 2)]
    plan += [(f"medium/m{i:02d}.bin", total_mb // 4 // 16) for i in range(16)]
    small_count = total_mb // 4 * 4  # 256 KiB each
    total = 0
    for name, size_mb in plan:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("wb") as handle:
            for _ in range(size_mb // 4):
                handle.write(block)
            handle.write(block[: (size_mb % 4) * MB])
        total += path.stat().st_size
    (root / "small").mkdir()
    for i in range(small_count):
        data = block[(i * 4099) % (3 * MB):][: 256 * 1024]
        (root / "small" / f"s{i:05d}.dat").write_bytes(data)
        total += len(data)
    return total


def timed(cmd: list[str], **kwargs) -> tuple[float, int]:
    """Wall seconds and the peak RSS (KiB) of the child."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, **kwargs)
    elapsed = time.perf_counter() - start
    return elapsed, max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--total-mb", type=int, default=2048)
    parser.add_argument("--workdir", type=Path, default=None)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-evidence-", dir=args.workdir))
    try:
        share = work / "share"
        share.mkdir()
        total = make_share(share, args.total_mb)
        files = sorted(str(p) for p in share.rglob("*") if p.is_file())
        list_file = work / "files.txt"
        list_file.write_text("\0".join(files))
        leakscope = [sys.executable, "-m", "leakscope.cli"]
        subprocess.run([*leakscope, "case", "init", str(work / "case")], check=True,
                       stdout=subprocess.DEVNULL)
        # Warm the page cache equally for both: each reads every file once before its run.
        subprocess.run(["cat", *files[:1]], stdout=subprocess.DEVNULL, check=True)
        sha_s, _ = timed(["xargs", "-0", "-a", str(list_file), "sha256sum"])
        add_s, rss_kib = timed([*leakscope, "evidence", "add", str(work / "case"), str(share)])
        subprocess.run([*leakscope, "case", "init", str(work / "case-ref")], check=True,
                       stdout=subprocess.DEVNULL)
        ref_s, _ = timed(
            [*leakscope, "evidence", "add", str(work / "case-ref"), str(share), "--reference"]
        )
        large = share / "large.bin"
        dd_s, _ = timed(["dd", f"if={large}", f"of={work / 'dd.out'}", "bs=4M",
                         "conv=fdatasync"], stderr=subprocess.DEVNULL)
        mibs = {
            "sha256sum (SHA-256 only, no copy)": total / MB / sha_s,
            "leakscope evidence add (3 digests, durable copy, re-verify)": total / MB / add_s,
            "leakscope evidence add --reference (3 digests, no copy)": total / MB / ref_s,
            "dd conv=fdatasync (the disk's durable write speed)": large.stat().st_size / MB / dd_s,
        }
        print(f"files: {len(files)}, bytes: {total / MB:.0f} MiB, cores: {os.cpu_count()}, "
              f"leakscope peak RSS {rss_kib / 1024:.0f} MiB")
        base = mibs["sha256sum (SHA-256 only, no copy)"]
        for name, value in mibs.items():
            print(f"| {name} | {value:7.1f} MiB/s | {value / base:.2f}x |")
    finally:
        for path in work.rglob("*"):
            if path.is_file():
                path.chmod(0o600)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
