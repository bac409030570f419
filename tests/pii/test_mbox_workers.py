"""A big mbox, its messages read by two worker processes side by side.

What a user sees must not depend on the worker count: the same findings (message numbers,
attachment paths), errors, people, files, bytes and evidence as one worker, whether the
mailbox starts with a "From " line or not, and when its last message is cut off mid-way.
"""

from __future__ import annotations

import multiprocessing as mp
import random
from collections import Counter
from email.message import EmailMessage
from pathlib import Path

import pytest
from columnar_oracle import finding_key
from faker import Faker

from leakscope import pii
from leakscope.pii import scan_tasks, scanner
from leakscope.pii.extract import mbox_parts
from leakscope.pii.extract.mail import _mbox_messages
from leakscope.pii.member_tables import plan_member

EVIDENCE = {"evidence_id": 3, "sha256": "cd" * 32}


@pytest.fixture(autouse=True)
def small_parts(monkeypatch):
    """A few kB make a part here (the real size is megabytes)."""
    monkeypatch.setattr(mbox_parts, "PART_BYTES", 6_000)


def _mails(count: int, seed: int = 5, newline: bytes = b"\n") -> bytes:
    """Inquiries: Japanese names, phones and e-mails; every third with a CSV attached; body
    lines starting "From " (escaped ">From " after an empty line, bare after text)."""
    fake, rng = Faker("ja_JP"), random.Random(seed)
    fake.seed_instance(seed)
    out = []
    for i in range(count):
        message = EmailMessage()
        message["From"] = f"{fake.name()} <{fake.email()}>"
        message["To"] = f"{fake.name()} <{fake.email()}>"
        message["Subject"] = rng.choice(["お問い合わせ", "Re: ご注文の件"])
        message.set_content(
            f"{fake.name()}様\n\n住所: {fake.address()}\n電話: {fake.phone_number()}\n"
            f"連絡先 {fake.email()}\n\nFrom 営業部 {fake.name()}\n"
            f"お世話になります。\nFrom now on 携帯 {fake.phone_number()}\n")
        if i % 3 == 0:
            rows = "".join(f"{fake.name()},{fake.phone_number()},{fake.email()}\n"
                           for _ in range(4))
            message.add_attachment(f"氏名,電話,メール\n{rows}".encode("cp932"),
                                   maintype="text", subtype="csv", filename="顧客.csv")
        body = bytes(message).replace(b"\r\n", b"\n").replace(b"\n\nFrom ", b"\n\n>From ")
        out.append(b"From support@example.co.jp Thu Jan  1 00:00:00 2024\n" + body + b"\n")
    return b"".join(out).replace(b"\n", newline)


def _scan(path: Path, workers: int) -> dict:
    """What a user sees of a scan of ``path`` as case evidence."""
    run = scanner.Scan([scan_tasks.FileTask(path, path.name, EVIDENCE)], None, workers, 0.5)
    found, errors, evidence = [], [], set()
    for finding in run:
        if isinstance(finding, pii.ScanError):
            errors.append((finding.path, finding.message))
            continue
        found.append(finding_key(finding))
        evidence.add(tuple(sorted(finding.evidence.items())))
    summary = run.summary.to_record()
    del summary["seconds"]
    in_order: dict[tuple, list[tuple]] = {}  # each message's (attachment's) findings, in turn
    for key in found:
        in_order.setdefault((key[0], dict(key[3]).get("message")), []).append(key)
    return {"found": Counter(found), "errors": Counter(errors), "evidence": evidence,
            "summary": summary, "in_order": in_order}


def _same(path: Path) -> dict:
    """One worker's scan, after checking two workers (the mbox in parts) see the same."""
    assert len(mbox_parts.split_mbox(path, 0) or ()) >= 3
    one, two = _scan(path, 1), _scan(path, 2)
    assert two == one
    assert one["summary"]["files"] == 1 and one["summary"]["bytes"] == path.stat().st_size
    assert one["evidence"] == {tuple(sorted(EVIDENCE.items()))}
    return one


def _messages(found: Counter) -> set[int]:
    return {dict(key[3])["message"] for key in found if "message" in dict(key[3])}


def test_two_workers_find_what_one_does(tmp_path):
    path = tmp_path / "inbox.mbox"
    path.write_bytes(_mails(30))
    one = _same(path)
    assert _messages(one["found"]) == set(range(1, 31))
    attached = {key[0] for key in one["found"] if "!" in key[0]}
    assert "inbox.mbox!message-28!顧客.csv" in attached and len(attached) == 10
    assert one["summary"]["subjects"] > 60 and not one["errors"]


def test_parts_hold_the_whole_files_messages(tmp_path):
    """Each part's messages, numbered from its first, are the whole file's (LF and CRLF)."""
    for newline in (b"\n", b"\r\n"):
        path = tmp_path / "box.mbox"
        path.write_bytes(b"\r\n" + _mails(25, seed=8, newline=newline))
        whole = list(_mbox_messages(path))
        parts = mbox_parts.split_mbox(path, 0)
        assert parts and parts[0].start == 0 and parts[-1].end == path.stat().st_size
        joined = []
        for part in parts:
            assert part.first == len(joined) + 1
            joined.extend(_mbox_messages(path, part.start, part.end))
        assert joined == whole and len(whole) == 26  # the leading empty line: a message
        assert sum(part.lead for part in parts) == 1


def test_last_message_cut_mid_way(tmp_path):
    data = _mails(30, seed=6)
    path = tmp_path / "cut.mbox"
    path.write_bytes(data[:data.rindex(b"Content-Transfer-Encoding") + 40])
    one = _same(path)
    assert max(_messages(one["found"])) == 30


def test_mbox_not_starting_with_from(tmp_path):
    path = tmp_path / "export.mbox"
    preamble = "Return-Path: <admin@example.jp>\nFrom: 管理者 <admin@example.jp>\n\n" \
               "エクスポート 担当 山田太郎 090-1234-5678\n\n"
    path.write_bytes(preamble.encode() + _mails(30, seed=7))
    one = _same(path)
    assert _messages(one["found"]) == set(range(1, 32))


def test_small_mbox_or_one_worker_is_not_cut(tmp_path, monkeypatch):
    path = tmp_path / "inbox.mbox"
    path.write_bytes(_mails(30))
    monkeypatch.setattr(mbox_parts, "PART_BYTES", 16 << 20)
    assert mbox_parts.split_mbox(path, 0) is None
    (tmp_path / "notes.txt").write_bytes(b"memo\n\n" + _mails(30))  # no mbox by name or head
    monkeypatch.setattr(mbox_parts, "PART_BYTES", 6_000)
    assert mbox_parts.split_mbox(tmp_path / "notes.txt", 0) is None


def test_a_part_of_a_changed_file_is_an_error_naming_it(tmp_path):
    path = tmp_path / "inbox.mbox"
    path.write_bytes(_mails(30))
    part = mbox_parts.split_mbox(path, 0)[1]
    path.write_bytes(b"X" + path.read_bytes())  # everything moved one byte on
    items = list(part.items(path, "inbox.mbox", mp.Array("q", 1), plan_member))
    assert len(items) == 1 and items[0].path == "inbox.mbox"
    assert "changed since it was cut" in items[0].message
