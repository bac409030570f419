"""Full SigmaHQ Windows ruleset over the same EVTX files: leakscope vs Zircolite (issue 4).

Zircolite is not part of leakscope: fetch it outside the repository, install its
requirements in its own virtualenv, and point this script at both:

    python bench/detect_speed.py --zircolite /tmp/zircolite --zircolite-python /tmp/zvenv/bin/python

Both read the same .evtx files with the same SigmaHQ `rules/windows` folder (Zircolite
converts the YAML with pySigma + its sysmon / windows-logsources pipelines).  Reported:
wall and CPU time end to end (rule loading/conversion included; CPU time is robust to other
load on the machine) and events/s of the processing phase (Zircolite's own "Processing"
figure; leakscope's hash + parse + match time, rule loading excluded likewise).  The tools
run --repeat times, alternating, and the fastest run of each counts (the machine is shared).
$ZIRCOLITE_DIR / $ZIRCOLITE_PYTHON stand for the two options (so `bench/run.py` works);
without them only leakscope runs.  `--size-mb N` uses one big EVTX built from every sample
chunk instead of the sample files.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import subprocess
import tempfile
import time
from pathlib import Path

from leakscope.detect import load_rules, run
from leakscope.detect.inputs import file_events
from leakscope.timeline import ParseError

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def leakscope_run(files: list[Path], rules: Path) -> dict[str, float]:
    cpu = time.process_time()
    started = time.perf_counter()
    ruleset = load_rules([rules])
    loaded = time.perf_counter()
    counter = {"events": 0}

    def events():
        for item in file_events(files):
            if not isinstance(item, ParseError):
                counter["events"] += 1
                yield item

    detections = sum(1 for _ in run(events(), ruleset))
    done = time.perf_counter()
    return {"wall": done - started, "processing": done - loaded, "events": counter["events"],
            "detections": detections, "rules": len(ruleset), "cpu": time.process_time() - cpu}


def zircolite_run(folder: Path, python: str, evtx: Path, rules: Path) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        result = subprocess.run(
            [python, "zircolite.py", "-e", str(evtx), "-r", str(rules),
             "-p", "sysmon", "windows-logsources", "-o", str(Path(tmp) / "out.json")],
            cwd=folder, capture_output=True, text=True, check=False)
        wall = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    log = re.sub(r"\x1b\[[0-9;]*m", "", result.stdout + result.stderr)
    processing = re.search(r"Processing\s+\S*\s+([\d.]+)s", log)
    events = re.search(r"Events\s+([\d,]+)", log)
    detections = re.search(r"Matched\s+([\d,]+) events", log)
    return {"wall": wall, "processing": float(processing.group(1)) if processing else wall,
            "events": int(events.group(1).replace(",", "")) if events else 0,
            "detections": int(detections.group(1).replace(",", "")) if detections else 0,
            "cpu": cpu}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--zircolite", type=Path, default=os.environ.get("ZIRCOLITE_DIR"),
                        help="a fetched Zircolite checkout (default: $ZIRCOLITE_DIR); "
                        "without it only leakscope runs")
    parser.add_argument("--zircolite-python", default=os.environ.get("ZIRCOLITE_PYTHON",
                                                                     "python3"))
    parser.add_argument("--evtx", type=Path, help="EVTX folder (default: DATA/evtx, all sets)")
    parser.add_argument("--size-mb", type=int, default=0,
                        help="instead of the sample files, one EVTX of this size built from "
                        "all sample chunks (bench/timeline_evtx.py's builder)")
    parser.add_argument("--repeat", type=int, default=3,
                        help="runs of each tool, alternating; the fastest of each is kept "
                        "(the machine is shared, so single runs are noisy)")
    args = parser.parse_args()
    evtx = args.evtx or args.data / "evtx"
    rules = args.data / "sigma" / "rules" / "windows"
    with tempfile.TemporaryDirectory() as tmp:
        if args.size_mb:
            from timeline_evtx import build_input

            evtx = Path(tmp) / "big"
            evtx.mkdir()
            build_input(evtx / "all.evtx", args.size_mb)
        compare(args, evtx, rules)


def compare(args: argparse.Namespace, evtx: Path, rules: Path) -> None:
    files = sorted(evtx.rglob("*.evtx"))
    ours_runs, theirs_runs = [], []
    for _ in range(args.repeat):
        ours_runs.append(leakscope_run(files, rules))
        if args.zircolite:
            theirs_runs.append(zircolite_run(Path(args.zircolite).resolve(),
                                             args.zircolite_python, evtx.resolve(),
                                             rules.resolve()))
    if not theirs_runs:
        ours = min(ours_runs, key=lambda r: r["processing"])
        print(f"leakscope only (no --zircolite / $ZIRCOLITE_DIR): {ours['events']:,} events, "
              f"{ours['events'] / ours['processing']:,.0f} events/s processing, "
              f"{ours['wall']:.1f} s wall")
        return
    ours = min(ours_runs, key=lambda r: r["processing"])
    theirs = min(theirs_runs, key=lambda r: r["processing"])
    for key in ("wall", "cpu"):
        ours[key] = min(r[key] for r in ours_runs)
        theirs[key] = min(r[key] for r in theirs_runs)
    print("| tool | events | matched | wall s (all) | CPU s (all) | processing events/s | "
          "processing ratio |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    z_rate = theirs["events"] / theirs["processing"]
    for name, r in (("Zircolite 3.7", theirs), ("leakscope detect", ours)):
        rate = r["events"] / r["processing"]
        print(f"| {name} | {r['events']:,} | {r['detections']:,} | {r['wall']:.1f} | "
              f"{r['cpu']:.1f} | {rate:,.0f} | {rate / z_rate:.2f}x |")
    print(f"wall ratio {theirs['wall'] / ours['wall']:.2f}x, "
          f"CPU ratio {theirs['cpu'] / ours['cpu']:.2f}x (Zircolite / leakscope, rules included)")


if __name__ == "__main__":
    main()
