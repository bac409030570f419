"""本人の数 in a normalized shop database (issue 3): `python bench/pii_sql_people.py [--users N]
[--src DIR ...]`.

A mysqldump as an EC site leaks it, tables in mysqldump's order (by name): each user's home in
``addresses`` and card in ``payment_methods`` rows that name no one and point at ``users.id``,
two ``orders`` a user (``user_id``, ``shop_id``), a few ``shops``. The people are the users.
Each ``--src`` tree (default: this repository's) scans it in a fresh process, start-up
included; prints Markdown rows: seconds, MB per CPU-second, people counted, peak RSS.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import measured_child  # (a sibling module of the bench scripts)

REPO_SRC = Path(__file__).resolve().parents[1] / "src"
SURNAMES = ["佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤",
            "吉田", "山田", "佐々木", "山口", "松本", "井上", "木村", "林", "斎藤", "清水"]
GIVEN = ["太郎", "花子", "健一", "美咲", "直人", "陽子", "拓也", "春香", "翔太", "結衣", "大輔",
         "七海", "亮", "彩", "誠", "恵"]
CITIES = ["東京都千代田区千代田", "大阪府大阪市北区梅田", "愛知県名古屋市中区栄",
          "福岡県福岡市中央区天神"]


def _card(rng: random.Random) -> str:
    """A Visa-range number with its Luhn digit."""
    digits = [4, *(rng.randrange(10) for _ in range(14))]
    total = sum(d if i % 2 else (2 * d - 9 if 2 * d > 9 else 2 * d)
                for i, d in enumerate(reversed(digits)))
    return "".join(map(str, digits)) + str(-total % 10)


def _insert(table: str, columns: str, rows: list[str]) -> str:
    out = [f"DROP TABLE IF EXISTS `{table}`;", f"CREATE TABLE `{table}` ({columns});"]
    out += [f"INSERT INTO `{table}` VALUES " + ",".join(rows[i:i + 1000]) + ";"
            for i in range(0, len(rows), 1000)]
    return "\n".join(out) + "\n"


def make_dump(path: Path, users: int, seed: int = 31) -> None:
    rng = random.Random(seed)
    names = [f"{rng.choice(SURNAMES)} {rng.choice(GIVEN)}" for _ in range(users)]
    homes = [f"{rng.choice(CITIES)}{rng.randint(1, 9)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}"
             for _ in range(users)]
    text = "-- MySQL dump 10.13  Distrib 8.0.36\n"
    text += _insert("addresses", "id int, user_id int, zip varchar(8), address varchar(200), "
                    "tel varchar(20)", [
                        f"({i},{i},'{rng.randint(100, 999)}-{rng.randint(0, 9999):04d}',"
                        f"'{homes[i]}','03-{rng.randint(1000, 9999)}-{i % 10000:04d}')"
                        for i in range(users)])
    text += _insert("orders", "id int, user_id int, shop_id int, total int, ordered_at datetime",
                    [f"({i},{i // 2},{i % 3 + 1},{rng.randint(5, 300) * 100},"
                     f"'2025-0{rng.randint(1, 9)}-1{rng.randint(0, 9)} 10:00:00')"
                     for i in range(2 * users)])
    text += _insert("payment_methods", "id int, user_id int, card_number varchar(19), "
                    "exp varchar(5)", [f"({i},{i},'{_card(rng)}','0{rng.randint(1, 9)}/2"
                                       f"{rng.randint(6, 9)}')" for i in range(users)])
    text += _insert("shops", "id int, name varchar(50), tel varchar(20)",
                    [f"({i},'株式会社みどり屋 {i}号店','03-5555-010{i}')" for i in (1, 2, 3)])
    text += _insert("users", "id int PRIMARY KEY, name varchar(50), email varchar(100), "
                    "birthday date", [
                        f"({i},'{names[i]}','user{i}@example.jp',"
                        f"'19{rng.randint(50, 99)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}')"
                        for i in range(users)])
    path.write_text(text, encoding="utf-8")


def _child(path: Path) -> None:
    started = time.process_time()
    from leakscope import pii

    run = pii.scan([path], workers=1)
    findings = sum(1 for _ in run)
    measured_child.report(started, {"people": run.summary.subjects, "findings": findings})


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--users", type=int, default=20_000)
    parser.add_argument("--src", nargs="+", default=[str(REPO_SRC)])
    parser.add_argument("--child", nargs=2)
    args = parser.parse_args()
    if args.child:
        _child(Path(args.child[1]))
        return
    with tempfile.TemporaryDirectory() as work:
        dump = Path(work) / "shop.sql"
        make_dump(dump, args.users)
        mb = dump.stat().st_size / 1e6
        print("| leakscope src | dump | seconds | MB per CPU-s | people (real) | findings "
              "| peak RSS |\n| --- | --- | --- | --- | --- | --- | --- |")
        for src in args.src:
            os.environ["PYTHONPATH"] = src
            got = measured_child.run(__file__, "scan", dump)
            print(f"| {src} | {mb:.1f} MB, {args.users:,} users | {got['wall']:.2f} "
                  f"| {mb / got['cpu']:.2f} | {got['people']:,} ({args.users:,}) "
                  f"| {got['findings']:,} | {got['rss_kib'] // 1024} MiB |")


if __name__ == "__main__":
    main()
