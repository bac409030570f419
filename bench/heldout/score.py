"""Score leakscope on a blind corpus: `python bench/heldout/score.py CORPUS_DIR [--misses N]`.

The rules are /work/kit/score.py's, the ones the blind corpora were scored by: truth.jsonl's
(path, category, value) sets per file, values NFKC without spaces and lower-case (an address's
hyphen variants between digits as "-", as issue 3 normalizes them: 1―17―4 is 1-17-4), names and
addresses matching leniently (one holds the other and is at least 60 % of it), neutral values
neither expected nor false, and nor is a value leakscope reports as not personal (a business's
address, its bank account on an invoice: the output contract's not_personal, no claim of anyone's
data; it still counts when the truth expects it, as a corporate number), phones by their digits
(the briefs write them so; leakscope writes a foreign one in E.164, +44…). leakscope is whatever
`import leakscope` finds (the runner and main() put this repository's src/ first).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

SRC = Path(__file__).resolve().parents[2] / "src"
LENIENT = {"person_name", "address"}
CHECKSUM = ["my_number", "corporate_number", "drivers_license_number", "credit_card_number"]
_HYPHENS = re.compile(r"(?<=[0-9])[ー－‐―−‑–—](?=[0-9])")
_YEAR_MONTH = re.compile(r"(20[0-9]{2})-([0-9]{1,2})")


def norm(value: str, category: str = "") -> str:
    """The compared form: NFKC, no white space, lower-case; a phone's digits; an expiry's
    digits (MM/YY = MMYY, and an ISO year-month 2028-01 = 0128: the same month written as
    DESIGN's dates are)."""
    value = "".join(unicodedata.normalize("NFKC", value).split()).lower()
    if category == "address":
        value = _HYPHENS.sub("-", value)
    if category == "phone_number":  # (the briefs write phones as digits only: +44 7700 …
        return "".join(c for c in value if c.isdigit())  # is 447700…, as E.164 less its +)
    if category == "card_expiry":
        if (iso := _YEAR_MONTH.fullmatch(value)) is not None:
            return f"{int(iso[2]):02d}{iso[1][2:]}"
        return "".join(c for c in value if c.isdigit())
    return value


def same(category: str, found: str, want: str) -> bool:
    """Equal, or for a name or address one inside the other and at least 60 % of its length."""
    if found == want:
        return True
    if category not in LENIENT:
        return False
    short, long_ = sorted((found, want), key=len)
    return bool(short) and short in long_ and len(short) >= 0.6 * len(long_)


def f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0


def load_truth(corpus_dir: Path) -> tuple[dict, dict, int]:
    """Expected and neutral values per (path, category), and the real number of people."""
    expected: dict[tuple[str, str], set[str]] = defaultdict(set)
    neutral: dict[tuple[str, str], set[str]] = defaultdict(set)
    people, persons = None, set()
    for line in (corpus_dir / "truth.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        if rec.get("type") == "meta":
            people = rec["people"]
            continue
        key = (rec["path"], rec["category"])
        (neutral if rec.get("neutral") else expected)[key].add(norm(rec["value"], key[1]))
        if rec.get("person") and not rec.get("neutral"):
            persons.add(rec["person"])
    return expected, neutral, people if people is not None else len(persons)


def score(corpus_dir: Path, misses: int = 0) -> dict[str, Any]:
    """Scan corpus_dir/files with one worker and score it against corpus_dir/truth.jsonl.

    Returns categories ({category: {tp, fp, fn, f1}}), micro, checksum ({category: f1} for
    the check-digit categories present), people ({found, truth}), errors, and up to `misses`
    missed and false values a category as ("MISS" | "FALSE", category, path, value).
    """
    from leakscope import pii

    expected, neutral, people = load_truth(corpus_dir)
    run = pii.scan([corpus_dir / "files"], workers=1)
    found: dict[tuple[str, str], set[str]] = defaultdict(set)
    apart: dict[tuple[str, str], set[str]] = defaultdict(set)  # reported as not personal
    errors = []
    for item in run:
        if isinstance(item, pii.Finding):
            found[(item.path, item.category)].add(norm(item.value, item.category))
            if not item.personal:
                apart[(item.path, item.category)].add(norm(item.value, item.category))
        else:
            errors.append(str(item))
    tp, fp, fn = Counter(), Counter(), Counter()
    wrong: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for key in sorted(set(found) | set(expected)):
        path, category = key
        want = set(expected.get(key, ()))
        for value in sorted(found.get(key, ())):
            match = next((w for w in sorted(want) if same(category, value, w)), None)
            if match is not None:
                want.discard(match)
                tp[category] += 1
            elif value not in apart.get(key, ()) \
                    and not any(same(category, value, n) for n in neutral.get(key, ())):
                fp[category] += 1  # (a value reported as not personal claims no one's data)
                wrong[category].append(("FALSE", path, value))
        fn[category] += len(want)
        wrong[category] += [("MISS", path, value) for value in sorted(want)]
    categories = sorted(c for c in set(tp) | set(fp) | set(fn) if tp[c] + fp[c] + fn[c])
    listed = []
    for category in categories:
        for kind in ("MISS", "FALSE"):
            rows = [(k, category, p, v) for k, p, v in wrong[category] if k == kind]
            listed += rows[:misses]
    return {
        "categories": {c: {"tp": tp[c], "fp": fp[c], "fn": fn[c], "f1": f1(tp[c], fp[c], fn[c])}
                       for c in categories},
        "micro": {"tp": sum(tp.values()), "fp": sum(fp.values()), "fn": sum(fn.values()),
                  "f1": f1(sum(tp.values()), sum(fp.values()), sum(fn.values()))},
        "checksum": {c: f1(tp[c], fp[c], fn[c]) for c in CHECKSUM if tp[c] + fp[c] + fn[c]},
        "people": {"found": run.summary.subjects, "truth": people},
        "errors": errors,
        "misses": listed,
    }


def people_off(people: dict[str, int]) -> str:
    """How far the people count is off the real one: "+1.7%"."""
    return f"{(people['found'] - people['truth']) / people['truth']:+.1%}"


def render(result: dict[str, Any]) -> str:
    """The kit's printout: a Markdown table a category, checksum F1s, people, errors, misses."""
    lines = ["| category | TP | FP | FN | F1 |", "| --- | --- | --- | --- | --- |"]
    for category, c in result["categories"].items():
        lines.append(f"| {category} | {c['tp']} | {c['fp']} | {c['fn']} | {c['f1']:.3f} |")
    m = result["micro"]
    lines.append(f"| **micro** | {m['tp']} | {m['fp']} | {m['fn']} | **{m['f1']:.3f}** |")
    lines += [f"checksum {c}: F1 {value:.3f}" for c, value in result["checksum"].items()]
    people = result["people"]
    lines.append(f"people: leakscope {people['found']} / truth {people['truth']} "
                 f"({people_off(people)})")
    lines += [f"error: {e}" for e in result["errors"][:20]]
    lines += [f"{kind} {category} {path} {value}" for kind, category, path, value in
              result["misses"]]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--misses", type=int, default=0)
    args = parser.parse_args(argv)
    sys.path.insert(0, os.environ.get("LEAKSCOPE_SRC", str(SRC)))
    print(render(score(args.corpus, args.misses)))


if __name__ == "__main__":
    main()
