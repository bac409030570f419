"""The demo incident holds what a real one holds, with valid check digits."""

from __future__ import annotations

import csv
import email
import io
import json
from email import policy

import pytest
from openpyxl import load_workbook

from leakscope.demo import generate_incident
from leakscope.demo.logs import ATTACKER, WEBSHELL
from leakscope.demo.people import MY_NUMBER_WEIGHTS, card_number, my_number


def _my_number_ok(number: str) -> bool:
    digits = [int(c) for c in number]
    r = sum(d * w for d, w in zip(digits[:11], MY_NUMBER_WEIGHTS, strict=True)) % 11
    return digits[11] == (0 if r <= 1 else 11 - r)


def _luhn_ok(number: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(number)):
        d = int(c) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def test_check_digits():
    import random

    rng = random.Random(1)
    assert all(_my_number_ok(my_number(rng)) for _ in range(500))
    assert all(_luhn_ok(card_number(rng)) for _ in range(500))
    assert not _my_number_ok("123456789012")  # the checker itself can fail


@pytest.fixture(scope="module")
def incident(tmp_path_factory):
    return generate_incident(tmp_path_factory.mktemp("demo") / "incident")


def test_share_files(incident):
    raw = (incident.share / "顧客管理" / "顧客リスト_2026.csv").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    rows = list(csv.reader(io.StringIO(raw.decode("cp932"))))
    assert rows[0][1] == "氏名" and len(rows) == incident.customers + 1
    sheet = load_workbook(incident.share / "人事" / "社員名簿_マイナンバー.xlsx").active
    numbers = [row[4] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert len(numbers) == incident.staff and all(_my_number_ok(n) for n in numbers)
    assert len(list((incident.share / "お客様対応").glob("*.docx"))) == 3


def test_web_log_tells_the_attack(incident):
    lines = (incident.logs / "web" / "access.log").read_text().splitlines()
    attacker = [line for line in lines if line.startswith(ATTACKER)]
    assert sum(" 404 " in line for line in attacker) >= 100  # the scanner
    assert any("UNION%20SELECT" in line for line in attacker)  # SQL injection
    assert sum(f"POST {WEBSHELL}" in line for line in attacker) == 6  # the webshell
    big = [int(line.split()[9]) for line in attacker if "?dl=" in line]
    assert sum(big) > 100 * 1024 * 1024  # exfiltration
    assert not any(WEBSHELL in line for line in lines if not line.startswith(ATTACKER))


def test_windows_events(incident):
    events = [json.loads(line)["Event"] for line in
              (incident.logs / "windows" / "FS01_Security.jsonl").read_text().splitlines()]
    ids = [e["System"]["EventID"] for e in events]
    assert ids.count(4625) == 25 and ids[-1] == 1102
    success = [e for e in events if e["System"]["EventID"] == 4624
               and e["EventData"]["IpAddress"] == ATTACKER]
    assert len(success) == 1 and success[0]["EventData"]["LogonType"] == 10
    records = [e["System"]["EventRecordID"] for e in events]
    assert records == sorted(records) == list(range(records[0], records[0] + len(records)))


def test_mis_sent_mail(incident):
    path = next(incident.mail.glob("*.eml"))
    message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    recipients = message["To"].addresses
    assert len(recipients) == 28 and message["Cc"] is None and message["Bcc"] is None
    assert all(not a.domain.endswith("sample-shop.example") for a in recipients)
    attachment = next(message.iter_attachments())
    assert attachment.get_filename() == "顧客リスト_202605.csv"
    assert attachment.get_content().count("\n") >= 300


def test_answer_key_sits_beside_the_evidence(incident):
    key = json.loads((incident.root / "answer_key.json").read_text(encoding="utf-8"))
    assert key["people"] == incident.customers + incident.staff
    assert key["attacker_ip"] == ATTACKER
    assert all(not str(f).endswith("answer_key.json") for f in incident.files)


def test_same_seed_same_incident(tmp_path, incident):
    again = generate_incident(tmp_path / "again")
    for a, b in zip(incident.files, again.files, strict=True):
        if a.suffix in (".csv", ".log", ".jsonl"):
            assert a.read_bytes() == b.read_bytes()
