"""Scan throughput against PII density (issue 3): `python bench/pii_density.py [--mb N]`.

Issue 3 asks for 50 MB/s per core end to end. A sparse log meets it and dense prose (a person
every ~400 bytes) misses it five times over, because every finding costs microseconds of
Python after hyperscan. This runner finds where between the two the floor stops being met.

For each spacing (default: one record every 100 B, 250 B, 500 B, 1 KB, 2 KB, 4 KB, 16 KB,
64 KB, and none) it writes a UTF-8 Japanese text of N MiB (default 64) under `--data` (kept
and reused): a record is one sentence holding a name with its honorific, an address, a phone
number and an e-mail address; between records, filler lines that identify no one. Three
backgrounds of filler: `mixed` (Faker prose, order lines with JAN codes, invoices in 和暦,
sales reports, device serials in fours, 12-digit shipment numbers, API log lines: numbers
the engine's first pass must turn down as cards or My Numbers), `quiet` (the same without
the long digit runs) and `log` (API log lines alone, like pii_speed's sparse log). A record
is ~180-230 bytes, so spacings under that write records back to back; the table shows the
spacing reached. `--kinds` also scans each filler kind alone.

Each file is scanned by `leakscope scan FILE --json --workers 1 > /dev/null` in a fresh
process (start-up included), best of `--repeat`, timed in CPU seconds of the child (user +
sys, `OPENBLAS_NUM_THREADS=1`); one more run reads the summary record for the findings
count. Start-up is the same scan of a one-line file. ripgrep (`rg`) runs with the engine's
own expression set, as in bench/pii_speed.py, on the first `--rg-mb` MiB of each file (it
is ~0.1 MB/s on such text). Prints Markdown tables and where the floor is crossed.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
from collections import deque
from pathlib import Path

import pii_speed

FLOOR = 50.0  # MB per CPU-second, issue 3
SPACINGS = (100, 250, 500, 1024, 2048, 4096, 16384, 65536)
RECORDS = (
    "{name}様より問い合わせ。ご住所は{address}、お電話は{phone}、メールは{email}です。",
    "返品受付：{name}様（{address}）TEL {phone}、連絡先メール {email} 宛に返信済み。",
    "{name}さんの登録内容を変更しました。住所 {address} / 電話 {phone} / メール {email}",
    "配達先 {address} {name}様、不在時は{phone}へ連絡、控えを{email}に送付。",
)


# What fills a filler line's {field}, drawn from the random stream in the template's order.
FIELDS = {
    "n6": lambda rng: rng.randint(100000, 999999),
    "n8": lambda rng: rng.randint(10**7, 10**8 - 1),
    "n12": lambda rng: rng.randint(10**11, 10**12 - 1),
    "n13": lambda rng: rng.randint(10**12, 10**13 - 1),
    "mm": lambda rng: f"{rng.randint(1, 12):02d}",
    "dd": lambda rng: f"{rng.randint(1, 28):02d}",
    "m": lambda rng: rng.randint(1, 12),
    "d": lambda rng: rng.randint(1, 28),
    "yen": lambda rng: f"{rng.randint(300, 2_000_000):,}",
    "qty": lambda rng: rng.randint(1, 99),
    "era": lambda rng: rng.randint(1, 7),
    "fee": lambda rng: f"{rng.randint(1, 9)}{rng.choice('0257')}0",
    "quarter": lambda rng: rng.randint(1, 4),
    "pct": lambda rng: f"{rng.uniform(-20, 40):.1f}",
    "room": lambda rng: rng.randint(101, 909),
    "hour": lambda rng: rng.randint(9, 17),
    "serial": lambda rng: "-".join(f"{rng.randint(0, 9999):04d}" for _ in range(4)),
    "ver": lambda rng: f"{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 99)}",
    "year": lambda rng: rng.randint(2025, 2031),
    "at": lambda rng: rng.randint(8, 21),
    "status": lambda rng: rng.choice(["配達完了", "持ち戻り", "営業所保管"]),
    "time": lambda rng: (f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:"
                         f"{rng.randint(0, 59):02d}"),
    "page": lambda rng: rng.randint(1, 40),
    "ms": lambda rng: rng.randint(1, 900),
    "req": lambda rng: f"{rng.getrandbits(64):016x}",
    "build": lambda rng: rng.randint(1000, 9999),
}
# Lines that identify no one (None: a sentence of Faker prose). order (a 13-digit JAN code),
# serial (16 digits in fours) and shipment (12 digits) look like card and My Number
# candidates the engine must turn down.
FILLER = {
    "prose": None,
    "order": "注文番号 ORD-{n8} の商品（JAN {n13}）を2024/{mm}/{dd}に出荷済み。"
             "金額 {yen}円（税込）、数量 {qty}。",
    "invoice": "請求書No.{n6} 支払期日 令和{era}年{m}月{d}日、振込手数料 {fee}円は貴社負担でお願い"
               "いたします。",
    "report": "第{quarter}四半期の売上は{yen}千円（前年比{pct}%）、会議室{room}で{hour}:00"
              "から報告会。",
    "serial": "機器シリアル {serial} ファームウェア v{ver} 保守契約 {year}年{m}月末まで",
    "shipment": "お問い合わせ伝票番号 {n12} の荷物は{m}月{d}日{at}時に{status}。",
    "log": "2024-{mm}-{dd}T{time}+09:00 INFO GET /api/v2/orders/{n8}?page={page} 200 {ms}ms "
           "req={req} build {build}",
}


class _Draw(dict):
    """A template's fields, each drawn when the template asks for it."""

    def __init__(self, rng: random.Random) -> None:
        super().__init__()
        self.rng = rng

    def __missing__(self, field: str) -> object:
        return FIELDS[field](self.rng)


# background -> filler kinds, a kind as often as it is named
BACKGROUNDS = {
    "mixed": ("prose", "prose", "prose", "order", "invoice", "report", "serial", "shipment",
              "log", "log"),
    "quiet": ("prose", "prose", "prose", "invoice", "report", "log", "log"),
    "log": ("log",),
}


def make_density_text(path: Path, megabytes: int, spacing: int | None,
                      kinds: tuple[str, ...], seed: int = 7) -> int:
    """Write ``megabytes`` MiB with a record starting every ``spacing`` bytes (back to back
    where a record is longer; none at all for None) and lines of ``kinds`` between; return
    how many records it holds."""
    from faker import Faker

    fake = Faker("ja_JP")
    fake.seed_instance(seed)
    rng = random.Random(seed)
    records = [
        rng.choice(RECORDS).format(name=fake.name(), address=fake.address(),
                                   phone=fake.phone_number(), email=fake.email())
        for _ in range(5000)
    ]
    # Faker's word list has 癌 (a health term: sensitive next to people), so not in filler
    prose = [line for line in (fake.text(max_nb_chars=80).replace("\n", "") for _ in range(3000))
             if "癌" not in line]
    templates = [FILLER[kind] for kind in kinds]

    def filler() -> bytes:
        template = rng.choice(templates)
        line = template.format_map(_Draw(rng)) if template else rng.choice(prose)
        return (line + "\n").encode()

    target, written, count = megabytes << 20, 0, 0
    with path.open("wb") as handle:
        while written < target:
            chunk = []
            for _ in range(2000):
                size = 0
                if spacing is not None:
                    chunk.append((rng.choice(records) + "\n").encode())
                    size, count = len(chunk[-1]), count + 1
                while size < (spacing or 1):
                    chunk.append(filler())
                    size += len(chunk[-1])
                written += size
                if written >= target:
                    break
            handle.write(b"".join(chunk))
    return count


ENV = {**os.environ, "OPENBLAS_NUM_THREADS": "1"}


def scan_command(path: Path) -> list[str]:
    return [sys.executable, "-m", "leakscope.cli", "scan", str(path), "--json", "--workers", "1"]


def scan_cpu(path: Path, repeat: int) -> float:
    """Best CPU seconds (user + sys of the child) of ``repeat`` scans, JSON Lines thrown away."""
    best = float("inf")
    for _ in range(repeat):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run(scan_command(path), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                       env=ENV, check=True)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        best = min(best, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    return best


def scan_summary(path: Path) -> dict:
    """The summary record of one more scan (its last line; the findings stream past)."""
    with subprocess.Popen(scan_command(path), stdout=subprocess.PIPE, env=ENV) as proc:
        last = deque(proc.stdout, maxlen=1)
    summary = json.loads(last[0] if last else b"{}")
    if proc.returncode or summary.get("type") != "summary":
        raise RuntimeError(f"no summary record from scanning {path} (exit {proc.returncode})")
    return summary


def prefix(path: Path, megabytes: float) -> Path:
    """The first ``megabytes`` MiB of ``path``, cut at a line end (for ripgrep)."""
    cut = path.with_name(f"{path.stem}.rg{megabytes:g}.txt")
    if not cut.exists():
        with path.open("rb") as handle:
            head = handle.read(int(megabytes * (1 << 20)))
        cut.write_bytes(head[: head.rfind(b"\n") + 1])
    return cut


def rg_rate(patterns: Path, path: Path) -> float:
    """ripgrep's MB per CPU-second on ``path``, counting the matches of every expression."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    pii_speed.run_rg(patterns, path, "utf-8")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return path.stat().st_size / 1e6 / (after.ru_utime + after.ru_stime - before.ru_utime
                                        - before.ru_stime)


def crossing(rows: list[dict], key: str) -> str:
    """Where MB per CPU-s (``key``) crosses the floor, interpolating CPU per MB linearly in
    findings per MB between the two neighbouring files."""
    ordered = sorted(rows, key=lambda r: r["per_mb"])
    for sparse, dense in itertools.pairwise(ordered):
        if sparse[key] >= FLOOR > dense[key]:
            a, b = 1 / sparse[key], 1 / dense[key]
            f = sparse["per_mb"] + (1 / FLOOR - a) / (b - a) * (dense["per_mb"] - sparse["per_mb"])
            records = f / (dense["found"] / dense["records"])
            return (f"~{f:,.0f} findings per MB, a record every ~{1e6 / records:,.0f} B "
                    f"(between {sparse['label']} and {dense['label']})")
    if all(r[key] >= FLOOR for r in rows):
        return "not crossed: every density meets the floor"
    return "not crossed: no density meets the floor"


def measure(path: Path, label: str, records: int, startup: float, args, patterns: Path) -> dict:
    """One file: best CPU of the scans, its findings, ripgrep on its first MiBs."""
    mb = path.stat().st_size / 1e6
    cpu = scan_cpu(path, args.repeat)
    found = sum(scan_summary(path)["categories"].values())
    rg_speed = rg_rate(patterns, prefix(path, args.rg_mb))
    return {"label": label, "mb": mb, "records": records, "cpu": cpu, "found": found,
            "per_mb": found / mb, "rate": mb / cpu, "steady": mb / (cpu - startup),
            "rg": rg_speed}


def generated(args, name: str, spacing: int | None, kinds: tuple[str, ...]) -> tuple[Path, int]:
    """The file (made once, kept under ``--data``) and how many records it holds."""
    path = args.data / f"{name}_{args.mb}mib_{spacing or 'none'}.txt"
    count_file = path.with_suffix(".records")
    if not count_file.exists() or not path.exists():
        count_file.write_text(str(make_density_text(path, args.mb, spacing, kinds)))
    return path, int(count_file.read_text())


def density_table(rows: list[dict], startup: float) -> None:
    base = min(rows, key=lambda r: r["per_mb"])
    base_per_mb = (base["cpu"] - startup) / base["mb"]
    print("| record every | bytes a record | MB | findings | findings per MB | CPU s | "
          "MB per CPU-s | without start-up | µs a finding beyond the sparsest | "
          "ripgrep MB per CPU-s | leakscope / ripgrep | floor |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for r in rows:
        extra = r["cpu"] - startup - r["mb"] * base_per_mb
        beyond = f"{extra / r['found'] * 1e6:.1f}" if r is not base and r["found"] else "—"
        spacing = f"{r['mb'] * 1e6 / r['records']:,.0f}" if r["records"] else "—"
        print(f"| {r['label']} | {spacing} | {r['mb']:.1f} | {r['found']:,} | "
              f"{r['per_mb']:,.0f} | {r['cpu']:.2f} | {r['rate']:.1f} | {r['steady']:.1f} | "
              f"{beyond} | {r['rg']:.2f} | {r['rate'] / r['rg']:.0f}x | "
              f"{'met' if r['rate'] >= FLOOR else 'not met'} |")
    print(f"\nfloor of {FLOOR:.0f} MB per CPU-s crossed, start-up included: "
          f"{crossing(rows, 'rate')}; without start-up: {crossing(rows, 'steady')}\n")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=int, default=64, help="MiB of text per file")
    parser.add_argument("--spacings", type=int, nargs="+", default=list(SPACINGS),
                        help="bytes from one record to the next")
    parser.add_argument("--backgrounds", nargs="+", default=list(BACKGROUNDS),
                        choices=list(BACKGROUNDS), help="filler between the records")
    parser.add_argument("--kinds", action="store_true",
                        help="also scan each filler kind alone (what a background costs)")
    parser.add_argument("--repeat", type=int, default=2, help="best of N timed scans")
    parser.add_argument("--rg-mb", type=float, default=1, help="MiB of each file for ripgrep")
    parser.add_argument("--data", type=Path, default=Path(tempfile.gettempdir(), "pii-density"))
    args = parser.parse_args()
    args.data.mkdir(parents=True, exist_ok=True)
    from leakscope.pii.engine import Engine

    patterns = args.data / "patterns.txt"
    patterns.write_text("\n".join(Engine().expressions) + "\n", "utf-8")
    tiny = args.data / "startup.txt"
    tiny.write_text("2024-05-01 INFO started\n", "utf-8")
    startup = scan_cpu(tiny, max(args.repeat, 3))
    print(f"start-up (a one-line file): {startup:.2f} CPU-s; ripgrep with the engine's "
          f"{len(Engine().expressions)} expressions on the first {args.rg_mb:g} MiB of each "
          f"file\n")
    for name in args.backgrounds:
        kinds = BACKGROUNDS[name]
        print(f"background {name}: {', '.join(sorted(set(kinds), key=kinds.index))}\n")
        rows = []
        for spacing in [*args.spacings, None]:
            path, records = generated(args, name, spacing, kinds)
            label = ("no records" if spacing is None else
                     f"{spacing:,} B" if spacing < 1024 else f"{spacing // 1024} KB")
            rows.append(measure(path, label, records, startup, args, patterns))
        density_table(rows, startup)
    if args.kinds:
        print("| filler kind alone | MB | findings | CPU s | MB per CPU-s | without start-up | "
              "ripgrep MB per CPU-s |")
        print("| --- | --- | --- | --- | --- | --- | --- |")
        for kind in FILLER:
            path, _ = generated(args, f"kind-{kind}", None, (kind,))
            r = measure(path, kind, 0, startup, args, patterns)
            print(f"| {kind} | {r['mb']:.1f} | {r['found']:,} | {r['cpu']:.2f} | "
                  f"{r['rate']:.1f} | {r['steady']:.1f} | {r['rg']:.2f} |")


if __name__ == "__main__":
    main()
