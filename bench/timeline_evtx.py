"""Benchmark: EVTX -> normalized timeline, records per CPU-second, and memory on a big file.

Input: every chunk of every file in ../shared/data/evtx, concatenated (header patched) into one
EVTX file, repeated until it reaches --size-mb (real records, realistic mix of channels).

Runs side by side, same file, same process:
- `evtx` raw      pyevtx-rs records_json() + orjson.loads: the floor any Python tool pays;
- leakscope parse leakscope.timeline.parse(): flattened raw record + ECS event + provenance;
- python-evtx     the pure-Python parser (on the first --python-evtx-records records only,
                  it is far slower), when installed.
Throughput is records / CPU seconds of one thread (`number_of_threads=1`): "per core",
robust to other load on the machine. Then `ingest` (parse + Parquet) runs in a child process
on two input sizes to show that peak RSS does not grow with the input, and on four files
with one process vs two worker processes.
"""

from __future__ import annotations

import argparse
import json
import resource
import struct
import subprocess
import sys
import tempfile
import time
import zlib
from pathlib import Path

import orjson
from evtx import PyEvtxParser

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "evtx"
HEADER, CHUNK = 4096, 65536


def build_input(out: Path, size_mb: int) -> int:
    """One EVTX made of all sample chunks, repeated; returns its chunk count."""
    header = None
    chunks: list[bytes] = []
    for path in sorted(DATA.rglob("*.evtx")):
        data = path.read_bytes()
        header = header or bytearray(data[:HEADER])
        for offset in range(HEADER, len(data) - CHUNK + 1, CHUNK):
            if data[offset:offset + 8] == b"ElfChnk\x00":
                chunks.append(data[offset:offset + CHUNK])
    wanted = max(1, min(65535, size_mb * 1024 * 1024 // CHUNK))
    assert header is not None
    struct.pack_into("<Q", header, 16, wanted - 1)
    struct.pack_into("<H", header, 42, wanted)
    struct.pack_into("<I", header, 124, zlib.crc32(bytes(header[:120])))
    with out.open("wb") as handle:
        handle.write(header)
        for index in range(wanted):
            handle.write(chunks[index % len(chunks)])
    return wanted


def timed(label: str, records) -> dict:
    cpu, wall = time.process_time(), time.perf_counter()
    count = sum(1 for _ in records)
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    return {"run": label, "records": count, "cpu_s": cpu, "wall_s": wall,
            "per_core": count / cpu if cpu else 0.0}


def raw_evtx(path: Path):
    for record in PyEvtxParser(str(path), number_of_threads=1).records_json():
        yield orjson.loads(record["data"])


def leakscope_parse(path: Path):
    from leakscope.timeline import parse
    return parse(path)


def python_evtx(path: Path, limit: int):
    from Evtx.Evtx import Evtx
    with Evtx(str(path)) as log:
        for index, record in enumerate(log.records()):
            if index >= limit:
                return
            yield record.xml()


def ingest_child(case_dir: str, workers: str, *paths: str) -> None:
    """Child process: ingest files into a fresh case, print events, seconds and peak RSS."""
    from leakscope.case import Case
    from leakscope.timeline import ingest
    case = Case.init(Path(case_dir))
    start = time.perf_counter()
    result = ingest(case, list(paths), reference=True, workers=int(workers))
    seconds = time.perf_counter() - start
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"events": result.events, "seconds": seconds, "rss_mib": rss,
                      "parquet_mib": result.file.stat().st_size / 2**20}))


def run_ingest(paths: list[Path], work: Path, workers: str = "1") -> dict:
    case_dir = work / f"case-{paths[0].stem}-{len(paths)}-{workers}"
    out = subprocess.run([sys.executable, __file__, "--ingest-child", str(case_dir), workers,
                          *map(str, paths)], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size-mb", type=int, default=256)
    parser.add_argument("--small-mb", type=int, default=32)
    parser.add_argument("--python-evtx-records", type=int, default=5000)
    parser.add_argument("--ingest-child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.ingest_child:
        ingest_child(*args.ingest_child)
        return 0
    if not DATA.is_dir():
        print(f"{DATA} missing")
        return 2
    with tempfile.TemporaryDirectory(prefix="bench-evtx-") as tmp:
        work = Path(tmp)
        big, small = work / "big.evtx", work / "small.evtx"
        chunks = build_input(big, args.size_mb)
        build_input(small, args.small_mb)
        size_mib = big.stat().st_size / 2**20
        print(f"input: {size_mib:.0f} MiB, {chunks} chunks (all {DATA.name} samples, repeated)")
        rows = [timed("evtx (pyevtx-rs) + orjson.loads", raw_evtx(big)),
                timed("leakscope.timeline.parse", leakscope_parse(big))]
        try:
            rows.append(timed(f"python-evtx (first {args.python_evtx_records} records)",
                              python_evtx(big, args.python_evtx_records)))
        except ImportError:
            print("python-evtx not installed: skipped")
        ours = rows[1]["per_core"]
        print("\n| run | records | CPU s | records/s per core | leakscope vs it |")
        print("| --- | ---: | ---: | ---: | ---: |")
        for row in rows:
            print(f"| {row['run']} | {row['records']:,} | {row['cpu_s']:.2f} | "
                  f"{row['per_core']:,.0f} | {ours / row['per_core']:.2f}x |")
        quarters = [work / f"quarter{i}.evtx" for i in range(4)]
        for quarter in quarters:
            build_input(quarter, args.size_mb // 4)
        print("\n| ingest (parse + Parquet, child process) | input | events | events/s wall "
              "| peak RSS | Parquet |")
        print("| --- | ---: | ---: | ---: | ---: | ---: |")
        for label, paths, workers in (("1 file", [small], "1"), ("1 file", [big], "1"),
                                      ("4 files, 1 process", quarters, "1"),
                                      ("4 files, workers=2", quarters, "2")):
            result = run_ingest(paths, work, workers)
            size = sum(p.stat().st_size for p in paths) / 2**20
            print(f"| {label} | {size:.0f} MiB | {result['events']:,} | "
                  f"{result['events'] / result['seconds']:,.0f} | "
                  f"{result['rss_mib']:.0f} MiB | {result['parquet_mib']:.1f} MiB |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
