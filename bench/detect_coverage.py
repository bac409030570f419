"""Detection coverage on public attack samples (issue 4).

- EVTX-to-MITRE-Attack: share of .evtx files with at least one detection (full SigmaHQ rules;
  Sigma alone, and Sigma + leak analytics).  Zircolite 3.7 + SigmaHQ: 43 % (issue 4).
- Stratus Red Team CloudTrail detonations: the detections each one gets (SigmaHQ cloud rules
  + analytics), and whether one carries the tactic named in the file name.

- leakscope's bundled rules (what `leakscope detect` runs with no --rules): the same two
  data sets, bundled rules alone and with the analytics (`--bundled` runs only this part).

Usage: python bench/detect_coverage.py [--bundled] [DATA_DIR]   (default: ../shared/data)
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from leakscope.detect import BUNDLED_RULES, default_analytics, load_rules, run
from leakscope.detect.inputs import file_events
from leakscope.timeline import ParseError

GENERIC = {"AWS STS AssumeRole Misuse"}  # fires on the detonation's own role use


def detections(path: Path, ruleset, analytics: bool) -> list:
    events = (e for e in file_events([path]) if not isinstance(e, ParseError))
    return list(run(events, ruleset, default_analytics() if analytics else ()))


def evtx_coverage(data: Path) -> None:
    sigma = data / "sigma"
    ruleset = load_rules([sigma / "rules", sigma / "rules-emerging-threats",
                          sigma / "rules-threat-hunting"])
    files = sorted((data / "evtx" / "EVTX-to-MITRE-Attack").rglob("*.evtx"))
    hit_sigma = hit_all = hit_no_gap = 0
    started = time.perf_counter()
    for path in files:
        found = detections(path, ruleset, analytics=True)
        hit_all += bool(found)
        hit_no_gap += any(d.rule != "leakscope.tamper.record-gap" for d in found)
        hit_sigma += any(d.source == "sigma" for d in found)
    took = time.perf_counter() - started
    n = len(files)
    print(f"| EVTX-to-MITRE-Attack, Sigma only | {hit_sigma}/{n} files | "
          f"{100 * hit_sigma / n:.1f} % |")
    print(f"| EVTX-to-MITRE-Attack, Sigma + analytics except record-id gaps | {hit_no_gap}/{n} "
          f"files | {100 * hit_no_gap / n:.1f} % |")
    print(f"| EVTX-to-MITRE-Attack, Sigma + all analytics | {hit_all}/{n} files | "
          f"{100 * hit_all / n:.1f} % | ({took:.0f} s)")


def stratus(data: Path) -> None:
    sigma = data / "sigma"
    ruleset = load_rules([sigma / "rules" / "cloud", sigma / "rules-threat-hunting" / "cloud"])
    files = sorted((data / "cloudtrail" / "stratus-red-team").glob("aws.*.json"))
    detected = same_tactic = 0
    print("| detonation | ATT&CK tactic of the file name among the tags | detections |")
    print("| --- | --- | --- |")
    for path in files:
        tactic = path.name.split(".")[1]
        found = [d for d in detections(path, ruleset, analytics=True) if d.title not in GENERIC]
        detected += bool(found)
        tagged = any(f"attack.{tactic}" in d.tags for d in found)
        same_tactic += tagged
        titles = "; ".join(sorted({d.title for d in found})) or "NONE"
        print(f"| {path.name} | {'yes' if tagged else 'no'} | {titles} |")
    print(f"| **detonations with a detection (other than {', '.join(GENERIC)})** | "
          f"{detected}/{len(files)} | |")
    print(f"| **... whose tags name the file's tactic** | {same_tactic}/{len(files)} | |")


def bundled(data: Path) -> None:
    """Coverage of the 20 bundled rules: they target an SMB leak's shapes, not every technique."""
    ruleset = load_rules([BUNDLED_RULES])
    sets = {"EVTX-to-MITRE-Attack": sorted((data / "evtx" / "EVTX-to-MITRE-Attack")
                                           .rglob("*.evtx")),
            "stratus-red-team": sorted((data / "cloudtrail" / "stratus-red-team")
                                       .glob("aws.*.json"))}
    for name, files in sets.items():
        alone = with_analytics = 0
        titles: set[str] = set()
        started = time.perf_counter()
        for path in files:
            found = detections(path, ruleset, analytics=True)
            sigma = [d for d in found if d.source in ("sigma", "correlation")]
            titles.update(d.title for d in sigma)
            alone += bool(sigma)
            with_analytics += any(d.rule != "leakscope.tamper.record-gap" and
                                  d.title not in GENERIC for d in found)
        took = time.perf_counter() - started
        n = len(files)
        print(f"| {name}, bundled rules only | {alone}/{n} files, {100 * alone / n:.1f} % | "
              f"{'; '.join(sorted(titles))} |")
        print(f"| {name}, bundled rules + analytics except record-id gaps | {with_analytics}/"
              f"{n} files, {100 * with_analytics / n:.1f} % | ({took:.1f} s) |")


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--bundled"]
    root = Path(args[0]) if args else Path(__file__).resolve().parents[2] / "shared" / "data"
    if "--bundled" not in sys.argv:
        stratus(root)
        evtx_coverage(root)
    bundled(root)
