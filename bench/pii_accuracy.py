"""PII accuracy on the labeled leaked-share corpus (issue 3): `python bench/pii_accuracy.py`.

Generates tests/pii/corpus_gen.py's corpus (CP932 customer CSV, English-header TSV with
cards, SQL dump, inquiry mails with full-width digits, HR xlsx, docx letters, JSON logs,
orders full of look-alike numbers) for several seeds and prints per-category precision,
recall and F1, micro-F1 and the people count against the truth, as Markdown rows.
"""

from __future__ import annotations

import argparse
import importlib.util
import shutil
import sys
import tempfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=200)
    parser.add_argument("--seeds", type=int, default=3)
    args = parser.parse_args()
    spec = importlib.util.spec_from_file_location(
        "corpus_gen", HERE.parent / "tests" / "pii" / "corpus_gen.py")
    corpus_gen = importlib.util.module_from_spec(spec)
    sys.modules["corpus_gen"] = corpus_gen
    spec.loader.exec_module(corpus_gen)
    from leakscope import pii

    tp, fp, fn = Counter(), Counter(), Counter()
    people_rows = []
    for seed in range(1, args.seeds + 1):
        root = Path(tempfile.mkdtemp(prefix="pii-accuracy-"))
        try:
            truth = corpus_gen.generate(root, people=args.people, seed=seed)
            run = pii.scan([root], workers=1)
            found = Counter((f.path, f.category, f.value) for f in run
                            if isinstance(f, pii.Finding))
            result = corpus_gen.score(found, truth)
            tp.update(result.tp)
            fp.update(result.fp)
            fn.update(result.fn)
            people_rows.append((seed, run.summary.subjects, len(truth.people)))
        finally:
            shutil.rmtree(root, ignore_errors=True)
    total = corpus_gen.Score(tp, fp, fn)
    print("| category | TP | FP | FN | precision | recall | F1 |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for category, t, f, n, f1 in total.table():
        precision = t / (t + f) if t + f else 1.0
        recall = t / (t + n) if t + n else 1.0
        print(f"| {category} | {t} | {f} | {n} | {precision:.3f} | {recall:.3f} | {f1:.3f} |")
    print(f"| **micro** | {sum(tp.values())} | {sum(fp.values())} | {sum(fn.values())} | | | "
          f"**{total.f1():.3f}** |")
    print()
    print("| seed | people found | people in truth | error |")
    print("| --- | --- | --- | --- |")
    for seed, found_people, true_people in people_rows:
        error = (found_people - true_people) / true_people
        print(f"| {seed} | {found_people} | {true_people} | {error:+.1%} |")


if __name__ == "__main__":
    main()
