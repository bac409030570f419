"""A benchmark's run in a fresh process: the child prints its CPU seconds (its own and its
workers') as the last JSON line, the parent adds the wall time. Shared by the bench scripts
that compare leakscope with a peer parser one process each."""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time
from pathlib import Path


def report(started: float, extra: dict) -> None:
    """In the child: CPU seconds since ``started`` (``time.process_time``) with the finished
    workers', ``extra`` and the peak memory, as one JSON line."""
    workers = resource.getrusage(resource.RUSAGE_CHILDREN)  # the scan's, joined at its end
    cpu = time.process_time() - started + workers.ru_utime + workers.ru_stime
    print(json.dumps({"cpu": cpu, **extra, "worker_rss_kib": workers.ru_maxrss,
                      "rss_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))


def run(script: str, kind: str, path: Path) -> dict:
    """``script --child kind path`` in a fresh interpreter: its report and the wall time."""
    started = time.monotonic()
    out = subprocess.run([sys.executable, script, "--child", kind, str(path)],
                         capture_output=True, text=True, check=True)
    return {**json.loads(out.stdout.strip().splitlines()[-1]), "wall": time.monotonic() - started}
