"""PII scan speed (issue 3): `python bench/pii_speed.py [--mb N] [--presidio-kb K] [--flat-mb M]`.

End to end (extract + detect + link people), each run in a fresh child process:

- leakscope `pii.scan` on a CP932 customer CSV, dense Japanese prose (PII on every line) and a
  sparse text (application log with an inquiry now and then), one worker;
- four text files in one scan with one and with two workers (both cores);
- ripgrep (`rg`) with the same pattern set (every hyperscan expression of the engine: shapes,
  triggers, context words) on the same files, counting matches: what a grep-based sweep costs
  before validating anything;
- Presidio (spaCy `ja_ginza` NLP engine, phone region JP, e-mail, card, IP, IBAN, SSN, NER
  person/location) on a small corpus of inquiry mails, with micro-F1 for both tools there.

The CSV and dense text come from bench/pii_extract_speed.py's generators. `--flat-mb` scans
one bigger CSV to show peak memory does not grow with size. `--text-mb N` adds bigger text
(sparse log, dense prose) through `pii.scan` and through the `leakscope scan --json` command,
and the `leakscope scan` Rich table, where start-up is amortized; with `--baseline` each row
says whether the findings (every field, the JSON Lines bytes, the table) are the same as
before. `--text-only`: only those rows. Prints Markdown rows.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections import Counter
from functools import partial
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def make_sparse_text(path: Path, megabytes: int) -> None:
    """An application log: one inquiry line with PII per ~40 lines of ordinary log."""
    rng = random.Random(5)
    lines = []
    for i in range(4000):
        if i % 40 == 0:
            lines.append(f"2024-05-01 10:{i % 60:02d}:00 INFO inquiry from 山田 太郎様 "
                         f"TEL 090-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)} "
                         f"mail user{i}@example.jp")
        else:
            lines.append(f"2024-05-01 10:{i % 60:02d}:{i % 59:02d} INFO GET /api/v2/items/"
                         f"{rng.randint(100000, 999999)} 200 {rng.randint(1, 900)}ms "
                         f"req={rng.getrandbits(48):012x} ver=3.2.{i % 9}")
    block = ("\n".join(lines) + "\n").encode("utf-8")
    with path.open("wb") as handle:
        for _ in range(max(1, (megabytes << 20) // len(block))):
            handle.write(block)


def child(kind: str, paths: list[str]) -> None:
    """``leakscope-W`` scans with W workers; ``leakscope-W-digest`` also keeps the findings
    and hashes them after the clock stops (for before/after comparisons)."""
    start = time.perf_counter()
    found = 0
    if kind.startswith("leakscope"):
        from leakscope import pii

        run = pii.scan(paths, workers=int(kind.split("-")[1]))
        if kind.endswith("-digest"):
            kept = [item for item in run if isinstance(item, pii.Finding)]
            found = len(kept)
        else:
            found = sum(1 for item in run if isinstance(item, pii.Finding))
        extra = run.summary.subjects
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime
    seconds = time.perf_counter() - start
    digest = findings_digest(kept) if kind.endswith("-digest") else None
    print(json.dumps({"seconds": seconds, "found": found, "people": extra, "digest": digest,
                      "rss_kib": max(me.ru_maxrss, kids.ru_maxrss), "cores": cpu / seconds}))


def findings_digest(findings: list) -> str:
    """SHA-256 of the sorted findings, every field (location keys in order)."""
    rows = sorted(repr((f.path, f.category, f.value, list(f.location.items()), f.confidence,
                        f.detector, f.record, f.personal)) for f in findings)
    return hashlib.sha256("\n".join(rows).encode()).hexdigest()


def run_child(kind: str, paths: list[Path], src: str | None = None) -> dict:
    """One measured run in a fresh process; ``src``: import leakscope from that tree instead."""
    env = {**os.environ, "PYTHONPATH": src} if src else None
    out = subprocess.run([sys.executable, __file__, "--child", kind, *map(str, paths)],
                         capture_output=True, text=True, check=True, env=env)
    return json.loads(out.stdout.strip().splitlines()[-1])


def run_cli(path: Path, src: str | None = None, json_lines: bool = True) -> dict:
    """``leakscope scan PATH --json --workers 1`` (or the Rich table without ``json_lines``) in
    a fresh process (start-up included); its output is hashed as it arrives (the summary's
    seconds left out)."""
    env = {**os.environ, "PYTHONPATH": src} if src else None
    digest, lines, table = hashlib.sha256(), 0, []
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    command = [sys.executable, "-m", "leakscope.cli", "scan", str(path), "--workers", "1"]
    with subprocess.Popen(command + (["--json"] if json_lines else []), stdout=subprocess.PIPE,
                          env=env) as proc:
        for line in proc.stdout:
            lines += 1
            if line.startswith(b'{"type": "summary"'):
                line = re.sub(rb'"seconds": [0-9.]+', b"", line)
            elif not json_lines:  # (the title's seconds may wrap: read once it is all in)
                table.append(line)
                continue
            digest.update(line)
    if table:  # the title's seconds, and the centring and wrapping they move
        digest.update(b" ".join(re.sub(rb"[0-9]+\.[0-9]\s+s\b", b"", b"".join(table)).split()))
    seconds = time.perf_counter() - start
    if proc.returncode:
        raise RuntimeError(f"leakscope scan exited {proc.returncode}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return {"seconds": seconds, "cpu": cpu, "lines": lines, "digest": digest.hexdigest()}


def _best(runs: int, measure) -> dict:
    """The fastest of ``runs`` measurements (a shared machine only ever slows a run down)."""
    return min((measure() for _ in range(runs)), key=lambda r: r["seconds"])


def big_text_rows(megabytes: int, work: Path, extract_bench, baseline: str | None,
                  runs: int = 1) -> None:
    """Sparse log and dense prose of ``megabytes``: library and CLI, before and after.

    Throughput by the clock, and per CPU-second of the scanning process (what one core does
    while others share the machine)."""
    sparse, dense = work / f"sparse_{megabytes}.txt", work / f"dense_{megabytes}.txt"
    make_sparse_text(sparse, megabytes)
    extract_bench.make_text(dense, megabytes)
    kind = "leakscope-1-digest" if baseline else "leakscope-1"
    trees = ([(" before", baseline)] if baseline else []) + [("", None)]
    for label, path in (("sparse log text", sparse), ("dense prose (PII every line)", dense)):
        mb = path.stat().st_size / 1e6
        lib = {name: _best(runs, partial(run_child, kind, [path], src)) for name, src in trees}
        cli = {name: _best(runs, partial(run_cli, path, src)) for name, src in trees}
        table = {name: _best(runs, partial(run_cli, path, src, False)) for name, src in trees}
        for name, r in lib.items():
            same = _same_as_before(r, lib, name, "same findings as before")
            print(f"| pii.scan{name} (1 worker) | {label}, {mb:.0f} MB | {mb / r['seconds']:.2f} "
                  f"MB/s, {mb / (r['cores'] * r['seconds']):.2f} per CPU-s | {r['found']:,} "
                  f"findings, {r['people']:,} people, RSS {r['rss_kib'] // 1024} MiB{same} | — |")
        for name, r in cli.items():
            same = _same_as_before(r, cli, name, "same JSON Lines bytes as before")
            print(f"| `leakscope scan --json`{name} (1 worker) | {label}, {mb:.0f} MB | "
                  f"{mb / r['seconds']:.2f} MB/s, {mb / r['cpu']:.2f} per CPU-s | "
                  f"{r['lines']:,} JSON lines{same} | — |")
        for name, r in table.items():
            same = _same_as_before(r, table, name, "same table as before")
            print(f"| `leakscope scan` (Rich table){name} (1 worker) | {label}, {mb:.0f} MB | "
                  f"{mb / r['seconds']:.2f} MB/s, {mb / r['cpu']:.2f} per CPU-s | "
                  f"{r['lines']:,} lines{same} | — |")


def _same_as_before(run: dict, runs: dict, name: str, same: str) -> str:
    if name or " before" not in runs:
        return ""
    return f", {same}" if run["digest"] == runs[" before"]["digest"] else ", DIFFERENT from before"


def run_rg(patterns: Path, path: Path, encoding: str) -> dict:
    start = time.perf_counter()
    # --multiline: a pattern may hold a newline (a name before 「です。」 on the next line)
    out = subprocess.run(["rg", "--no-config", "--multiline", "--count-matches",
                          "--no-filename", "--encoding", encoding, "-f", str(patterns),
                          str(path)],
                         capture_output=True, text=True)
    if out.returncode not in (0, 1):
        raise RuntimeError(out.stderr)
    return {"seconds": time.perf_counter() - start, "found": int(out.stdout.strip() or 0)}


def presidio_engine():
    import tldextract  # Presidio's e-mail check fetches the public suffix list: the bundled
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry  # copy, offline
    from presidio_analyzer.nlp_engine import NlpEngineProvider
    from presidio_analyzer.predefined_recognizers import (
        CreditCardRecognizer,
        EmailRecognizer,
        IbanRecognizer,
        IpRecognizer,
        PhoneRecognizer,
        SpacyRecognizer,
        UsSsnRecognizer,
    )

    tldextract.extract = tldextract.TLDExtract(suffix_list_urls=())
    mapping = {"Person": "PERSON", "Province": "LOCATION", "City": "LOCATION"}
    conf = {"nlp_engine_name": "spacy", "models": [{"lang_code": "ja", "model_name": "ja_ginza"}],
            "ner_model_configuration": {"model_to_presidio_entity_mapping": mapping}}
    registry = RecognizerRegistry(supported_languages=["ja"])
    for recognizer in (
        PhoneRecognizer(supported_language="ja", supported_regions=("JP",)),
        EmailRecognizer(supported_language="ja"), CreditCardRecognizer(supported_language="ja"),
        IpRecognizer(supported_language="ja"), IbanRecognizer(supported_language="ja"),
        UsSsnRecognizer(supported_language="ja"),
        SpacyRecognizer(supported_language="ja", supported_entities=["PERSON", "LOCATION"]),
    ):
        registry.add_recognizer(recognizer)
    nlp = NlpEngineProvider(nlp_configuration=conf).create_engine()
    return AnalyzerEngine(nlp_engine=nlp, registry=registry, supported_languages=["ja"])


PRESIDIO_CATEGORY = {"PERSON": "person_name", "PHONE_NUMBER": "phone_number",
                     "EMAIL_ADDRESS": "email_address", "LOCATION": "address",
                     "CREDIT_CARD": "credit_card_number", "IP_ADDRESS": "ip_address",
                     "IBAN_CODE": "iban", "US_SSN": "us_ssn"}


def normalized(category: str, value: str) -> str:
    value = unicodedata.normalize("NFKC", value)
    if category in ("phone_number", "credit_card_number", "postal_code", "us_ssn"):
        digits = "".join(c for c in value if c.isdigit())
        return "0" + digits[2:] if value.startswith("+81") else digits
    return "".join(value.split()).lower() if category == "email_address" else "".join(value.split())


def presidio_vs_leakscope(kilobytes: int, work: Path) -> list[str]:
    corpus_gen = _load("corpus_gen", HERE.parent / "tests" / "pii" / "corpus_gen.py")
    root = work / "mails"
    truth = corpus_gen.generate(root, people=max(8, kilobytes * 10), seed=3)  # ~0.4 KB a mail
    mails = sorted((root / "mail").glob("*.txt"))
    texts = {f"mail/{p.name}": p.read_text("utf-8") for p in mails}
    size = sum(len(t.encode()) for t in texts.values())
    expected = corpus_gen.Truth(Counter({k: v for k, v in truth.expected.items()
                                         if k[0] in texts}), truth.people)
    rows = []
    try:
        engine = presidio_engine()
    except Exception as exc:  # report why rather than fail the whole benchmark
        return [f"| Presidio | — | could not run: {type(exc).__name__}: {exc} | — | — |"]
    start = time.perf_counter()
    found = Counter()
    for path, text in texts.items():
        for r in engine.analyze(text, language="ja"):
            category = PRESIDIO_CATEGORY.get(r.entity_type)
            if category:
                found[(path, category, normalized(category, text[r.start:r.end]))] += 1
    seconds = time.perf_counter() - start
    presidio_f1 = corpus_gen.score(found, expected).f1()
    from leakscope import pii

    pii.detect("warm-up")  # compile the pattern database outside the timing, as for Presidio
    start = time.perf_counter()
    ours = Counter((f.path, f.category, f.value) for f in pii.scan([root / "mail"], workers=1)
                   if isinstance(f, pii.Finding))
    ours = Counter({(f"mail/{k[0]}", k[1], k[2]): v for k, v in ours.items()})
    our_seconds = time.perf_counter() - start
    ours_f1 = corpus_gen.score(ours, expected).f1()
    mb = size / 1e6
    rows.append(f"| Presidio (ja_ginza, JP phones) | {size // 1000} KB mails | "
                f"{mb / seconds:.3f} MB/s | micro-F1 {presidio_f1:.3f} | 1.00x |")
    rows.append(f"| leakscope scan | {size // 1000} KB mails | {mb / our_seconds:.3f} MB/s | "
                f"micro-F1 {ours_f1:.3f} | {seconds / our_seconds:.0f}x |")
    return rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=int, default=32)
    parser.add_argument("--presidio-kb", type=int, default=40)
    parser.add_argument("--flat-mb", type=int, default=0)
    parser.add_argument("--text-mb", type=int, default=0)
    parser.add_argument("--text-only", action="store_true")
    parser.add_argument("--repeat", type=int, default=1, help="--text-mb rows: best of N")
    parser.add_argument("--baseline", metavar="SRC",
                        help="also run the scan rows with leakscope imported from SRC (an older "
                             "checkout's src/, e.g. from `git archive REV src`): before/after "
                             "in one run")
    args = parser.parse_args()
    extract_bench = _load("pii_extract_speed", HERE / "pii_extract_speed.py")
    work = Path(tempfile.mkdtemp(prefix="pii-speed-"))
    if args.text_only:
        try:
            print("| run | input | throughput | found | vs ripgrep |")
            print("| --- | --- | --- | --- | --- |")
            big_text_rows(args.text_mb or args.mb, work, extract_bench, args.baseline,
                          args.repeat)
        finally:
            shutil.rmtree(work, ignore_errors=True)
        return
    try:
        files = {"CP932 customer CSV": (work / "customers.csv", "shift_jis"),
                 "dense prose (PII every line)": (work / "dense.txt", "utf-8"),
                 "sparse log text": (work / "sparse.txt", "utf-8")}
        extract_bench.make_csv(files["CP932 customer CSV"][0], args.mb)
        extract_bench.make_text(files["dense prose (PII every line)"][0], args.mb)
        make_sparse_text(files["sparse log text"][0], args.mb)
        from leakscope.pii.engine import Engine

        patterns = work / "patterns.txt"
        patterns.write_text("\n".join(Engine().expressions) + "\n", "utf-8")
        print("| run | input | throughput | found | vs ripgrep |")
        print("| --- | --- | --- | --- | --- |")
        for label, (path, encoding) in files.items():
            mb = path.stat().st_size / 1e6
            rg = run_rg(patterns, path, encoding)
            ours = run_child("leakscope-1", [path])
            print(f"| ripgrep, same {len(Engine().expressions)} patterns | {label}, {mb:.0f} MB | "
                  f"{mb / rg['seconds']:.1f} MB/s | {rg['found']:,} matches | 1.00x |")
            runs = [("leakscope scan (1 worker)", ours)]
            if args.baseline:
                runs.insert(0, ("leakscope scan before (1 worker)",
                                run_child("leakscope-1", [path], args.baseline)))
            for name, r in runs:
                print(f"| {name} | {label}, {mb:.0f} MB | "
                      f"{mb / r['seconds']:.2f} MB/s | {r['found']:,} findings, "
                      f"{r['people']:,} people, RSS {r['rss_kib'] // 1024} MiB | "
                      f"{rg['seconds'] / r['seconds']:.3f}x |")
        dense = files["dense prose (PII every line)"][0]
        all_paths = [dense.with_name(f"mailbox_{i}.txt") for i in range(4)]
        for path in all_paths:
            shutil.copyfile(dense, path)
        total = sum(p.stat().st_size for p in all_paths) / 1e6
        both = run_child("leakscope-2", all_paths)
        one = run_child("leakscope-1", all_paths)
        print(f"| leakscope scan, 4 text files, 1 worker | {total:.0f} MB | "
              f"{total / one['seconds']:.2f} MB/s | {one['found']:,} findings, "
              f"{one['cores']:.2f} cores busy | — |")
        print(f"| leakscope scan, 4 text files, 2 workers | {total:.0f} MB | "
              f"{total / both['seconds']:.2f} MB/s | {both['found']:,} findings, "
              f"{both['cores']:.2f} cores busy | "
              f"{one['seconds'] / both['seconds']:.2f}x of 1 worker |")
        if args.text_mb:
            big_text_rows(args.text_mb, work, extract_bench, args.baseline, args.repeat)
        if args.flat_mb:
            big = work / "big.csv"
            extract_bench.make_csv(big, args.flat_mb)
            r = run_child("leakscope-1", [big])
            print(f"| leakscope scan, memory | CSV {big.stat().st_size / 1e6:.0f} MB | "
                  f"{big.stat().st_size / 1e6 / r['seconds']:.2f} MB/s | "
                  f"peak RSS {r['rss_kib'] // 1024} MiB | — |")
        print()
        print("| peer | corpus | throughput | accuracy | leakscope speed-up |")
        print("| --- | --- | --- | --- | --- |")
        for row in presidio_vs_leakscope(args.presidio_kb, work):
            print(row)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        child(sys.argv[2], sys.argv[3:])
    else:
        main()
