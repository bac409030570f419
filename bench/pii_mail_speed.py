"""PII scan of a mailbox (issue 3): `python bench/pii_mail_speed.py [--mails N]`.

An mbox of inquiry mails (Japanese names in encoded-word From/To headers, a body with an
address and a phone number, a quoted reply; every tenth with a CSV attachment), each run in a
fresh child process, start-up included:

- leakscope `pii.scan` (parse, headers, bodies, attachments, detection, people);
- the peer: Python's `email` package alone with `policy.default` (what leakscope used before
  and what most Python mail tools use), parsing every message and reading the same headers,
  content types, file names and payloads, detecting nothing;
- leakscope `pii.scan` with two workers: the mbox cut into parts (`extract.mbox_parts`), read
  side by side, against one worker.

Throughput per CPU second of the child and its workers (per core), and for the workers by the
clock too (start-up included). Prints Markdown rows.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from email.message import EmailMessage
from email.utils import formatdate
from pathlib import Path

import measured_child

HEADERS = ("From", "Sender", "Reply-To", "To", "Cc", "Bcc", "Delivered-To", "Subject")


def make_mbox(path: Path, mails: int) -> None:
    from faker import Faker

    fake, rng = Faker("ja_JP"), random.Random(3)
    fake.seed_instance(3)
    with path.open("wb") as out:
        for i in range(mails):
            message = EmailMessage()
            message["From"] = f"{fake.name()} <{fake.email()}>"
            message["To"] = "support@example.co.jp"
            message["Subject"] = rng.choice(["お問い合わせ", "Re: ご注文の件", "資料請求"])
            message["Date"] = formatdate(1_700_000_000 + i * 60)
            quoted = "\n".join("> " + fake.text(60) for _ in range(5))
            message.set_content(f"{fake.name()}様\n\n{fake.text(300)}\n\n住所: {fake.address()}\n"
                                f"電話: {fake.phone_number()}\n\n--\n{quoted}\n")
            if i % 10 == 0:
                rows = "".join(f"{fake.name()},{fake.email()}\n" for _ in range(20))
                message.add_attachment(f"氏名,メール\n{rows}".encode("cp932"),
                                       maintype="text", subtype="csv", filename="顧客.csv")
            out.write(b"From support@example.co.jp Thu Jan  1 00:00:00 2024\n")
            out.write(bytes(message).replace(b"\r\n", b"\n") + b"\n")


def child(kind: str, path: str) -> None:
    started = time.process_time()
    if kind.startswith("leakscope"):
        from leakscope import pii

        run = pii.scan([path], workers=int(kind.partition(":")[2] or 1))
        found = sum(1 for _ in run)
        extra = {"found": found, "people": run.summary.subjects}
    else:
        import email
        import email.policy

        from leakscope.pii.extract.mail import _mbox_messages

        parts = 0
        for raw in _mbox_messages(Path(path)):
            message = email.message_from_bytes(raw, policy=email.policy.default)
            for name in HEADERS:
                [str(value) for value in message.get_all(name, [])]
            for part in message.walk():
                if not part.is_multipart():
                    part.get_filename(), part.get_content_type(), part.get_content_charset()
                    part.get_payload(decode=True)
                    parts += 1
        extra = {"found": 0, "people": 0, "parts": parts}
    measured_child.report(started, extra)


def run_child(kind: str, path: Path) -> dict:
    return measured_child.run(__file__, kind, path)


def load() -> str:
    return ", ".join(f"{value:.1f}" for value in os.getloadavg())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mails", type=int, default=20_000)
    parser.add_argument("--workers-only", action="store_true",
                        help="only one worker against two (no peer)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "inquiries.mbox"
        make_mbox(path, args.mails)
        mb = path.stat().st_size / 1e6
        one = None
        if not args.workers_only:
            print("| run | input | per core (CPU s) | found | peak RSS | vs peer |")
            print("| --- | --- | --- | --- | --- | --- |")
            peer = run_child("stdlib", path)
            one = run_child("leakscope", path)
            base = mb / peer["cpu"]
            for label, result in (
                    ("Python `email`, policy.default, parse + read only (peer)", peer),
                    ("leakscope `pii.scan`", one)):
                found = f"{result['found']:,} findings, {result['people']:,} people" \
                    if result["found"] else ""
                print(f"| {label} | {mb:.0f} MB ({args.mails:,} mails) | "
                      f"{mb / result['cpu']:.1f} MB/s | {found} | "
                      f"{result['rss_kib'] // 1024} MiB | {mb / result['cpu'] / base:.1f}x |")
        print(f"\nload before the workers runs: {load()}\n")
        print("| `pii.scan` | input | by the clock | per CPU-second | found | peak RSS "
              "(parent / a worker) | vs one worker (clock) |")
        print("| --- | --- | --- | --- | --- | --- | --- |")
        one = one or run_child("leakscope", path)
        two = run_child("leakscope:2", path)
        for label, result in (("workers=1", one), ("workers=2 (mbox in parts)", two)):
            worker = f" / {result['worker_rss_kib'] // 1024} MiB" \
                if result["worker_rss_kib"] else ""  # one worker: the scan runs in the child
            print(f"| {label} | {mb:.0f} MB ({args.mails:,} mails) | "
                  f"{mb / result['wall']:.1f} MB/s ({result['wall']:.1f} s) | "
                  f"{mb / result['cpu']:.1f} MB/s | {result['found']:,} findings, "
                  f"{result['people']:,} people | {result['rss_kib'] // 1024} MiB{worker} | "
                  f"{one['wall'] / result['wall']:.2f}x |")
        same = (one["found"], one["people"]) == (two["found"], two["people"])
        print(f"\nload after: {load()}; findings and people the same: {same}")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(sys.argv[2], sys.argv[3])
    else:
        main()
