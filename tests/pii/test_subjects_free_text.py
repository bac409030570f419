"""本人の数 of lists and mails in free text, scanned from real files end to end: a list
exported as text is one person a row, not one person; a mail's recipients are not its sender;
a named person's TEL and FAX are one person."""

from __future__ import annotations

from email.message import EmailMessage

from leakscope import pii
from leakscope.pii import scanner


def _people(*paths, workers: int = 1) -> int:
    run = pii.scan(paths, workers=workers)
    for _ in run:
        pass
    return run.summary.subjects


def _phone(i: int) -> str:
    return f"090-{1000 + i:04d}-{5000 + i:04d}"


def test_a_list_in_a_text_file_is_one_person_a_row(tmp_path, monkeypatch):
    flat = tmp_path / "list.txt"
    flat.write_text("".join(f"user{i}@example.jp {_phone(i)}\n" for i in range(150)), "utf-8")
    wrapped = tmp_path / "wrapped.txt"  # as a PDF's table cells come out: a cell a line
    wrapped.write_text("".join(f"{_phone(i)}\nuser{i}@example.jp\n" for i in range(150)), "utf-8")
    assert _people(flat) == 150
    assert _people(wrapped) == 150
    assert _people(flat, wrapped) == 150  # the same people in both
    monkeypatch.setattr(scanner, "POOL_MIN_BYTES", 0)  # grouped in two worker processes
    assert _people(flat, wrapped, workers=2) == 150


def _mail(path, sender: str, recipients: str, body: str, cc: str | None = None) -> None:
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = sender, recipients, "お問い合わせ"
    if cc:
        message["Cc"] = cc
    message.set_content(body)
    path.write_bytes(bytes(message))


def test_a_shared_recipient_does_not_make_the_senders_one_person(tmp_path):
    for i, name in enumerate(["山田 太郎", "佐藤 花子", "鈴木 一郎"]):
        _mail(tmp_path / f"m{i}.eml", f"{name} <sender{i}@example.jp>", "support@example.co.jp",
              "資料を送ってください。", cc=f"boss{i}@example.jp, team{i}@example.jp")
    # three senders, the support desk, six people in copy
    assert _people(tmp_path) == 10


def test_a_signature_with_tel_and_fax_is_one_person(tmp_path):
    signature = "山田 太郎\nTEL 03-1234-5678\nFAX 03-1234-5679\nyamada@example.jp\n"
    _mail(tmp_path / "a.eml", "山田 太郎 <yamada@example.jp>", "support@example.co.jp",
          f"お世話になっております。\n\n--\n{signature}")
    assert _people(tmp_path) == 2  # the sender and the support desk


def test_a_list_pasted_under_a_name_is_its_rows(tmp_path):
    rows = "".join(f"customer{i}@example.jp\n" for i in range(20))
    _mail(tmp_path / "a.eml", "山田 太郎 <yamada@example.jp>", "support@example.co.jp",
          f"送付先リストです。\n\n{rows}\n山田")
    # the sender keeps at most a second address beside the first; the rest are people
    assert 20 <= _people(tmp_path) <= 22
