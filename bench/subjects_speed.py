"""本人の数 on whole tables: ``SubjectLinker.absorb_table`` vs the same findings one by one.

A 10-column customer table (ID, 氏名, フリガナ, 性別, 生年月日, 〒, 住所, 電話, 携帯, e-mail:
8 findings a row, ~7,000 rows per ``FindingTable`` as the table path makes them per MB of CSV),
one person in ten appearing twice (same e-mail or phone), then a card export of thin rows
(romanized name + card) whose names read like the customers' フリガナ. Runs: the table path
(with the C kernel ``leakscope.pii._keys``, and ``table-numpy``: its fallback, as on a machine
without a compiler); the same findings through ``add`` one by one; ``before``, the linker of
commit ``BEFORE`` (the one-by-one path as it was: Python ``hash`` of each key tuple, a dict
union-find). Rows/s is
per CPU second of the linker's calls only (tables and ``Finding``s are made block by block
outside the clock), so it is per core and holds on a busy machine. Each run is a child
process; peak RSS is the child's (start = after imports and generators).

    python bench/subjects_speed.py            # 1M rows + 100k cards; 200k + 20k one by one
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
import types
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

BEFORE = "01a9233"  # the commit whose linker fed tables one finding at a time
BLOCK = 7000  # rows per FindingTable (about 1 MB of CSV)
COLUMNS = ("person_name", "person_name", "date_of_birth", "postal_code", "address",
           "phone_number", "phone_number", "email_address")
FIELDS = ("氏名", "フリガナ", "生年月日", "郵便番号", "住所", "電話", "携帯", "メール")


def _pools(seed: int, size: int = 4000) -> dict[str, list[str]]:
    from faker import Faker

    fake = Faker("ja_JP")
    fake.seed_instance(seed)
    return {"name": [fake.name() for _ in range(size)],
            "kana": [fake.kana_name() for _ in range(size)],
            "address": [fake.address() for _ in range(size)]}


def _digits(numbers: np.ndarray, width: int) -> pa.Array:
    return pc.utf8_lpad(pa.array(numbers.astype(np.int64)).cast(pa.string()), width, "0")


def customer_tables(rows: int, seed: int = 7) -> Iterator[tuple[str, pa.Table]]:
    """Blocks of customer rows as FindingTable-shaped Arrow tables."""
    from leakscope.pii.finding_table import SCHEMA

    pools, rng = _pools(seed), np.random.default_rng(seed)
    for start in range(0, rows, BLOCK):
        n = min(BLOCK, rows - start)
        row = np.arange(start, start + n)
        person = row.copy()
        again = rng.random(n) < 0.1  # a returning customer: an earlier person's identifiers
        person[again] = rng.integers(0, max(start, 1), again.sum())
        pick = rng.integers(0, 4000, n)
        days = rng.integers(0, 25000, n).astype("timedelta64[D]") + np.datetime64("1940-01-01")
        cells = [
            pa.array(pools["name"]).take(pick), pa.array(pools["kana"]).take(pick),
            pa.array(days.astype(str)), pc.binary_join_element_wise(
                _digits(rng.integers(0, 1000, n), 3), _digits(rng.integers(0, 10000, n), 4),
                "-"),
            pa.array(pools["address"]).take(rng.integers(0, 4000, n)),
            pc.binary_join_element_wise("03", _digits(person % 10**8, 8), ""),
            pc.binary_join_element_wise("090", _digits(person * 7 % 10**8, 8), ""),
            pc.binary_join_element_wise("user", pa.array(person).cast(pa.string()),
                                        "@example.jp", ""),
        ]
        k = len(COLUMNS)
        order = np.arange(n * k).reshape(k, n).T.ravel()  # row by row, cells in column order
        table = pa.table({
            "category": pa.array(np.repeat(COLUMNS, n)).take(order),
            "value": pa.concat_arrays([c.cast(pa.string()) for c in cells]).take(order),
            "row": pa.array(np.repeat(row, k)),
            "field": pa.array(np.tile(FIELDS, n)),
            "confidence": pa.array(np.full(n * k, 0.9)),
            "detector": pa.array(np.full(n * k, "column")),
            "record": pc.binary_join_element_wise("customers.csv#",
                                                  pa.array(np.repeat(row, k)).cast(pa.string()),
                                                  ""),
            "personal": pa.array(np.ones(n * k, bool)),
        }, schema=SCHEMA)
        yield "customers.csv", table


def card_tables(rows: int, seed: int = 7) -> Iterator[tuple[str, pa.Table]]:
    """Thin rows of a card export: a romanized name (read from the customers' kana) and a card."""
    from leakscope.pii.finding_table import SCHEMA
    from leakscope.pii.romaji import name_keys

    readings = [(name_keys(k) or ("x",))[0].capitalize() for k in _pools(seed)["kana"]]
    rng = np.random.default_rng(seed + 1)
    for start in range(0, rows, BLOCK):
        n = min(BLOCK, rows - start)
        row = np.arange(start, start + n)
        names = pa.array(readings).take(rng.integers(0, len(readings), n))
        cards = pc.binary_join_element_wise("4", _digits(row, 15), "")
        order = np.arange(2 * n).reshape(2, n).T.ravel()
        table = pa.table({
            "category": pa.array(np.repeat(["person_name", "credit_card_number"], n)).take(order),
            "value": pa.concat_arrays([names, cards]).take(order),
            "row": pa.array(np.repeat(row, 2)), "field": pa.array(np.tile(["name", "card"], n)),
            "confidence": pa.array(np.full(2 * n, 0.9)),
            "detector": pa.array(np.full(2 * n, "column")),
            "record": pc.binary_join_element_wise(
                "cards.csv#", pa.array(np.repeat(row, 2)).cast(pa.string()), ""),
            "personal": pa.array(np.ones(2 * n, bool)),
        }, schema=SCHEMA)
        yield "cards.csv", table


def _child(mode: str, rows: int, cards: int) -> dict:
    from leakscope.pii.finding_table import FindingTable

    if mode == "before":  # the linker before the table path, from git
        source = subprocess.run(["git", "-C", str(Path(__file__).parent), "show",
                                 f"{BEFORE}:src/leakscope/pii/subjects.py"],
                                check=True, capture_output=True, text=True).stdout
        module = types.ModuleType("leakscope.pii.subjects_before")
        module.__package__ = "leakscope.pii"
        sys.modules[module.__name__] = module
        exec(compile(source, "subjects_before.py", "exec"), module.__dict__)
        linker = module.SubjectLinker()
    else:
        from leakscope.pii import subject_graph
        from leakscope.pii.subjects import SubjectLinker

        if mode == "table-numpy":
            subject_graph.KERNEL = None
        linker = SubjectLinker()
    baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    spent = 0.0
    for source in (customer_tables(rows), card_tables(cards)):
        for path, data in source:
            table = FindingTable(path, data)
            if mode.startswith("table"):
                started = time.process_time()
                linker.absorb_table(table)
            else:
                findings = list(table.findings())
                started = time.process_time()
                for finding in findings:
                    linker.add(finding)
            spent += time.process_time() - started
    started = time.process_time()
    people = linker.count()
    counted = time.process_time() - started
    return {"mode": mode, "rows": rows + cards, "seconds": spent + counted, "count_s": counted,
            "people": people, "rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "baseline_mib": baseline,
            "nbytes_mib": _linker_bytes(linker) / 2**20, "keys": _keys(linker)}


def _keys(linker) -> int:
    """Distinct identifier keys held (the old linker: its dict's key hashes)."""
    graph = getattr(linker, "_graph", None)
    if graph is not None:
        return graph._keys._size
    return sum(1 for k in linker._parent if k >= 0 or k < -(1 << 40))


def _linker_bytes(linker) -> int:
    """The new linker's arrays, or the old one's dict of hash -> parent with its int objects."""
    if hasattr(linker, "nbytes"):
        return linker.nbytes
    parent = linker._parent
    ints = {id(x): sys.getsizeof(x) for pair in parent.items() for x in pair}
    return sys.getsizeof(parent) + sum(ints.values())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--one-by-one-rows", type=int, default=200_000)
    parser.add_argument("--cards", type=int, default=100_000)
    parser.add_argument("--child", nargs=3)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(_child(args.child[0], int(args.child[1]), int(args.child[2]))))
        return
    small_cards = args.cards * args.one_by_one_rows // args.rows
    runs = [("table", args.rows, args.cards), ("table-numpy", args.rows, args.cards),
            ("table", args.one_by_one_rows, small_cards),
            ("one-by-one", args.one_by_one_rows, small_cards),
            ("before", args.one_by_one_rows, small_cards)]
    results = []
    for mode, rows, cards in runs:
        out = subprocess.run([sys.executable, __file__, "--child", mode, str(rows), str(cards)],
                             check=True, capture_output=True, text=True).stdout
        results.append(json.loads(out))
    base = next(r for r in results if r["mode"] == "one-by-one")
    before = next(r for r in results if r["mode"] == "before")
    print("| run | rows | rows/s (CPU) | people | count() s | peak RSS (start) | linker memory "
          "| keys | bytes/key | vs one by one | vs before |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for r in results:
        rate = r["rows"] / r["seconds"]
        print(f"| {r['mode']} | {r['rows']:,} | {rate:,.0f} | {r['people']:,} | "
              f"{r['count_s']:.2f} | {r['rss_mib']:.0f} ({r['baseline_mib']:.0f}) MiB | "
              f"{r['nbytes_mib']:.1f} MiB | {r['keys']:,} | "
              f"{r['nbytes_mib'] * 2**20 / max(r['keys'], 1):.0f} | "
              f"{rate / (base['rows'] / base['seconds']):.1f}x | "
              f"{rate / (before['rows'] / before['seconds']):.1f}x |")


if __name__ == "__main__":
    main()
