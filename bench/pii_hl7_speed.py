"""PII scan of HL7 v2 messages (issue 3): `python bench/pii_hl7_speed.py [--messages N]`.

A pharmacy's ADT feed as one file (MSH, EVN, PID with name, reading, birth date, address and
phone, PV1, a next of kin in every fifth, DG1, a numeric OBX; UTF-8), each run in a fresh
child process, start-up included:

- leakscope `pii.scan` of the HL7 file (extract, detection, people);
- leakscope `pii.scan` of the same patients as a CSV table (氏名 | カナ | 生年月日 | ...): what
  the same people cost in the format the project is fastest at;
- the peer: python-hl7 (`pip install hl7`), parsing every message and reading the same PID,
  NK1 and DG1 fields, detecting nothing.

Throughput per CPU second of the child and its workers (per core). Prints Markdown rows.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

import measured_child


def make_files(hl7: Path, csv: Path, messages: int) -> None:
    from faker import Faker

    fake, rng = Faker("ja_JP"), random.Random(5)
    fake.seed_instance(5)
    with hl7.open("w", encoding="utf-8", newline="") as out, \
            csv.open("w", encoding="utf-8", newline="") as table:
        table.write("氏名,カナ,生年月日,郵便番号,住所,電話番号,傷病名\n")
        for n in range(messages):
            family, given = fake.last_name(), fake.first_name()
            kana = (fake.last_kana_name(), fake.first_kana_name())
            born = fake.date_of_birth(minimum_age=1, maximum_age=95)
            prefecture, city = fake.prefecture(), fake.city()
            block = f"{rng.randint(1, 9)}丁目{rng.randint(1, 30)}-{rng.randint(1, 30)}"
            street = f"{fake.town()}{block}"
            postal, phone = f"{rng.randrange(10**6, 10**7)}", \
                f"090-{rng.randrange(1000, 10000)}-{rng.randrange(1000, 10000)}"
            segments = [
                f"MSH|^~\\&|RECEPT|PH|EMR|HOSP|20241018{n % 10000:04d}||ADT^A08^ADT_A01|M{n}|P|"
                "2.5||||||UNICODE UTF-8",
                f"EVN||20241018{n % 10000:04d}",
                f"PID|1||{rng.randrange(10**9, 10**10)}^^^PH^PI||{family}^{given}^^^^^L^I~"
                f"{kana[0]}^{kana[1]}^^^^^L^P||{born:%Y%m%d}|F|||{street}^^{city}^{prefecture}^"
                f"{postal}^JPN^H||{phone}",
                "PV1|1|O|01^^^^^C||||110^医師^一郎^^^^^^^L^^^^^I"]
            if n % 5 == 0:
                segments.append(f"NK1|1|{fake.last_name()}^{fake.first_name()}|SPO|||"
                                f"080-{rng.randrange(1000, 10000)}-{rng.randrange(1000, 10000)}")
            segments += ["DG1|1||E11^2型糖尿病^I10",
                         "OBX|1|NM|3094-0^BUN^LN||14|mg/dL|8-20||||F"]
            out.write("\r".join(segments) + "\r")
            table.write(f"{family} {given},{' '.join(kana)},{born:%Y/%m/%d},{postal},"
                        f"{prefecture}{city}{street},{phone},2型糖尿病\n")


def child(kind: str, path: str) -> None:
    started = time.process_time()
    if kind == "leakscope":
        from leakscope import pii

        run = pii.scan([path], workers=1)
        extra = {"found": sum(1 for _ in run), "people": run.summary.subjects}
    else:
        import hl7

        fields = 0
        text = Path(path).read_text("utf-8")
        for raw in text.split("MSH|")[1:]:
            message = hl7.parse("MSH|" + raw)
            for segment in message:
                name = str(segment[0])
                if name in ("PID", "NK1", "DG1"):
                    for number in ((5, 7, 11, 13) if name == "PID" else (2, 5, 3)):
                        if len(segment) > number:
                            str(segment[number])
                            fields += 1
        extra = {"found": 0, "people": 0, "fields": fields}
    measured_child.report(started, extra)


def run_child(kind: str, path: Path) -> dict:
    return measured_child.run(__file__, kind, path)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=20_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        hl7, csv = Path(tmp) / "adt.hl7", Path(tmp) / "patients.csv"
        make_files(hl7, csv, args.messages)
        mb = hl7.stat().st_size / 1e6
        print("| run | input | per core (CPU s) | found | peak RSS | vs peer (same patients) |")
        print("| --- | --- | --- | --- | --- | --- |")
        peer = run_child("python-hl7", hl7)
        base = mb / peer["cpu"]
        for label, result, path in (
                ("python-hl7, parse + read PID/NK1/DG1 only (peer)", peer, hl7),
                ("leakscope `pii.scan`, HL7", run_child("leakscope", hl7), hl7),
                ("leakscope `pii.scan`, the same patients as CSV", run_child("leakscope", csv),
                 csv)):
            size = path.stat().st_size / 1e6
            found = f"{result['found']:,} findings, {result['people']:,} people" \
                if result["found"] else ""
            print(f"| {label} | {size:.1f} MB ({args.messages:,} patients) | "
                  f"{size / result['cpu']:.1f} MB/s ({result['cpu']:.1f} s) | {found} | "
                  f"{result['rss_kib'] // 1024} MiB | {mb / result['cpu'] / base:.2f}x |")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(sys.argv[2], sys.argv[3])
    else:
        main()
