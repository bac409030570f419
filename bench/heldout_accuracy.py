"""Accuracy on the blind corpora (bench/heldout/): `python bench/heldout_accuracy.py
[--corpus NAME ...] [--seeds N ...] [--misses N]`.

Each corpus and seed is generated into a private temporary folder (0700, removed after),
scanned by this repository's leakscope with one worker and scored by heldout.score's rules;
prints one Markdown row each: micro-F1, the check-digit categories' F1 and the people count
against the truth. --misses N lists up to N missed and false values a category after the table.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from heldout import CORPORA
from heldout.score import people_off, score


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", nargs="+", choices=sorted(CORPORA), default=list(CORPORA))
    parser.add_argument("--seeds", nargs="+", type=int, default=[1, 2])
    parser.add_argument("--misses", type=int, default=0)
    args = parser.parse_args(argv)
    rows, details = [], []
    for name in args.corpus:
        for seed in args.seeds:
            print(f"{name} seed {seed}: generating and scanning", file=sys.stderr, flush=True)
            with tempfile.TemporaryDirectory(prefix=f"heldout-{name}-{seed}-") as tmp:
                corpus = Path(tmp)
                CORPORA[name](seed, corpus)
                result = score(corpus, args.misses)
            checksum = ", ".join(f"{c} {v:.3f}" for c, v in result["checksum"].items())
            people = result["people"]
            rows.append(f"| {name} | {seed} | {result['micro']['f1']:.3f} | {checksum} | "
                        f"{people['found']} / {people['truth']} ({people_off(people)}) |")
            details += [f"{name} {seed}: error: {e}" for e in result["errors"][:20]]
            details += [f"{name} {seed}: {kind} {category} {path} {value}"
                        for kind, category, path, value in result["misses"]]
    print("| corpus | seed | micro-F1 | checksum F1 | people found / real |")
    print("| --- | --- | --- | --- | --- |")
    print("\n".join(rows))
    if details:
        print()
        print("\n".join(details))
    return 0


if __name__ == "__main__":
    sys.exit(main())
