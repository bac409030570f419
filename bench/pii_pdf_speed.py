"""PDF text, pypdf (before) vs PDFium in its child process (now), issue 3:
`python bench/pii_pdf_speed.py [--rows N] [--pdf FILE]`.

Generates a Japanese customer list as a PDF (Faker ja_JP, N rows, default 3,000; WeasyPrint
with Noto Sans CJK JP; the name cell so narrow that 姓 and 名 wrap, as such lists print),
or takes FILE, then runs each reader in a fresh process (imports and the detectors' set-up
done before the clock starts):

- extract: `extract()` over the PDF, every unit consumed (what the detectors get);
- scan: `pii.scan([pdf], workers=1)`, findings, names and people (本人の数).

`--small N` also cuts the list into N one-page PDFs in a folder (a fork per PDF: its cost).

CPU is user + system of the process and of its waited-for children (PDFium's child included:
RUSAGE_CHILDREN). Prints Markdown rows for bench/README.md.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path


def make_pdf(path: Path, rows: int, seed: int = 3) -> list[str]:
    """The customer list; returns the names as the detectors normalise them."""
    import weasyprint
    from faker import Faker

    fake = Faker("ja_JP")
    fake.seed_instance(seed)
    people = [(fake.last_name(), fake.first_name(), fake.address(), fake.phone_number(),
               fake.email()) for _ in range(rows)]
    cells = "".join(
        f"<tr><td style='width: 3.1em'>{last} {first}</td><td style='width: 11em'>{address}"
        f"</td><td>{phone}</td><td>{mail}</td></tr>"
        for last, first, address, phone, mail in people)
    html = ("<html><body style='font-family: Noto Sans CJK JP; font-size: 10pt'>"
            f"<h1>顧客一覧</h1><table>{cells}</table></body></html>")
    path.write_bytes(weasyprint.HTML(string=html).write_pdf())
    return [last + first for last, first, *_ in people]


def _cpu() -> float:
    own, children = (resource.getrusage(who) for who in
                     (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def child(reader: str, path: Path, names: list[str]) -> None:
    """One reader's extract and scan of ``path``; prints a JSON object."""
    from leakscope import pii
    from leakscope.pii.extract import extract, pdf

    if reader == "pypdf":  # the code before: pypdf in this process
        pdf.extract_pdf = lambda path, display, ctx: pdf.pypdf_items(path, display)
    with tempfile.TemporaryDirectory() as tmp:  # the detectors' set-up, off the clock
        warm = Path(tmp) / "warm.txt"
        warm.write_text("山田太郎 090-1234-5678 taro@example.jp\n", "utf-8")
        list(pii.scan([warm], workers=1))
    files = sorted(path.iterdir()) if path.is_dir() else [path]
    start = _cpu()
    units = sum(1 for file in files for _ in extract(file, file.name))
    extracted = _cpu()
    scan = pii.scan([path], workers=1)
    found = Counter(f.value for f in scan
                    if isinstance(f, pii.Finding) and f.category == "person_name")
    print(json.dumps({
        "extract": extracted - start, "scan": _cpu() - extracted, "units": units,
        "names": sum(found.values()), "right": sum((found & Counter(names)).values()),
        "people": scan.summary.subjects, "errors": scan.summary.errors,
    }))


def measure(reader: str, path: Path, names_file: Path) -> dict:
    output = subprocess.run(
        [sys.executable, __file__, "--child", reader, str(path), str(names_file)],
        check=True, capture_output=True, text=True,
    ).stdout
    return json.loads(output.splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=3000)
    parser.add_argument("--pdf", type=Path, help="a PDF of your own instead of the list")
    parser.add_argument("--small", type=int, default=0, help="also N one-page PDFs")
    parser.add_argument("--child", nargs=3)
    args = parser.parse_args()
    if args.child:
        reader, path, names = args.child
        child(reader, Path(path), json.loads(Path(names).read_text("utf-8")))
        return
    with tempfile.TemporaryDirectory(prefix="leakscope-bench-") as tmp:
        path = args.pdf or Path(tmp) / "customers.pdf"
        names = [] if args.pdf else make_pdf(path, args.rows)
        names_file = Path(tmp) / "names.json"
        names_file.write_text(json.dumps(names, ensure_ascii=False), "utf-8")
        rows = f"{len(names):,} rows" if names else path.name
        compare(path, names, names_file, f"{rows} in one PDF")
        if args.small:
            folder = Path(tmp) / "small"
            folder.mkdir()
            per = max(1, len(names) // args.small)
            for index in range(args.small):
                make_pdf(folder / f"{index:05d}.pdf", per, seed=index)
            names_file.write_text("[]", "utf-8")
            compare(folder, [], names_file, f"{args.small:,} one-page PDFs of {per} rows")


def compare(path: Path, names: list[str], names_file: Path, what: str) -> None:
    files = sorted(path.iterdir()) if path.is_dir() else [path]
    size = sum(file.stat().st_size for file in files) / 1e6
    print(f"\n{what}, {size:.2f} MB\n")
    print("| reader | extract CPU | extract MB/s per core | scan CPU | scan MB/s per core "
          "| units (pages) | names (right) | people | extract speed-up |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    before = None
    for reader, label in (("pypdf", "pypdf, in process (before)"),
                          ("pdfium", "PDFium, forked child (now)")):
        run = measure(reader, path, names_file)
        before = before or run["extract"]
        right = f" ({run['right']:,})" if names else ""
        print(f"| {label} | {run['extract']:.2f} s | {size / run['extract']:.2f} "
              f"| {run['scan']:.2f} s | {size / run['scan']:.2f} | {run['units']:,} "
              f"| {run['names']:,}{right} | {run['people']:,} "
              f"| {before / run['extract']:.1f}x |", flush=True)


if __name__ == "__main__":
    main()
