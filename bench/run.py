"""Run the benchmarks: `python bench/run.py [NAME ...]` (default: all). Results go to stdout;
copy the table rows into bench/README.md with the date and the machine."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def available() -> list[str]:
    return sorted(p.stem for p in HERE.glob("*.py") if p.stem not in {"run", "__init__"})


def main(names: list[str]) -> int:
    chosen = names or available()
    unknown = sorted(set(chosen) - set(available()))
    if unknown:
        print(f"unknown benchmark(s): {', '.join(unknown)}; have: {', '.join(available())}")
        return 2
    failed = 0
    for name in chosen:
        print(f"== {name}", flush=True)
        failed += subprocess.run([sys.executable, str(HERE / f"{name}.py")]).returncode != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
