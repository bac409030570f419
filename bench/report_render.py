"""Benchmark: `leakscope demo` end to end, and the investigation PDF with and without
HarfBuzz font subsetting (issue 5: the demo must finish in under a minute from a fresh install).

WeasyPrint subsets the embedded Noto Sans CJK (65k glyphs) with HarfBuzz-Subset when the
system has it (Debian libharfbuzz-subset0) and falls back to fontTools otherwise; the second
run forces that fallback in a child process to show what a machine without the library pays.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

RENDER = """
import sys, time
if sys.argv[2] == "fonttools":
    import weasyprint.pdf.fonts as fonts
    fonts.harfbuzz_subset = None
from leakscope.assess import assess_case, load_facts_file
from leakscope.case import Case
from leakscope.report.html import to_pdf
from leakscope.report.investigation import investigation_document
root = sys.argv[1]
with Case.open(root + "/case") as case:
    assessed = assess_case(case, load_facts_file(root + "/FACTS.yaml"), record=False)
    doc = investigation_document(case, *assessed, "ja")
    started = time.perf_counter()
    pdf = to_pdf(doc)
    print(time.perf_counter() - started, len(pdf))
"""


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "demo"
        started = time.perf_counter()
        subprocess.run(["leakscope", "demo", str(root), "--json"], check=True,
                       stdout=subprocess.DEVNULL)
        demo_seconds = time.perf_counter() - started
        runs = {}
        for mode in ("harfbuzz", "fonttools"):
            out = subprocess.run([sys.executable, "-c", RENDER, str(root), mode], check=True,
                                 capture_output=True, text=True).stdout.split()
            runs[mode] = (float(out[0]), int(out[1]))
    print("| run | seconds | PDF size | vs HarfBuzz |")
    print("| --- | --- | --- | --- |")
    print(f"| leakscope demo end to end (fresh process) | {demo_seconds:.1f} | — | — |")
    base = runs["harfbuzz"][0]
    for mode, label in (("harfbuzz", "investigation PDF, HarfBuzz-Subset"),
                        ("fonttools", "investigation PDF, fontTools fallback")):
        seconds, size = runs[mode]
        print(f"| {label} | {seconds:.1f} | {size / 1024:.0f} KiB | {seconds / base:.1f}x |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
