"""A forwarded message (message/rfc822): the customer in its headers is found, at its own
place, and is not taken for the colleague who forwarded it."""

from __future__ import annotations

from email.message import EmailMessage
from email.policy import SMTP

from leakscope import pii
from leakscope.pii.finding import Finding


def _customer_mail(name: str, address: str, phone: str) -> EmailMessage:
    inner = EmailMessage()
    inner["From"] = f"{name} <{address}>"
    inner["To"] = "support@shop.example.jp"
    inner["Subject"] = "カードの不正利用について"
    inner.set_content(f"至急連絡ください。{phone}\n{name}\n")
    return inner


def _forward(inner: EmailMessage, sender: str) -> EmailMessage:
    outer = EmailMessage()
    outer["From"] = sender
    outer["To"] = "support@shop.example.jp"
    outer["Subject"] = "Fw: カードの不正利用について"
    outer.set_content("下記お客様の件、ご確認ください。\n")
    outer.add_attachment(inner)  # message/rfc822
    return outer


def _scan(tmp_path, message: EmailMessage):
    """Findings, errors and the summary of a scan of ``message`` as fw.eml."""
    path = tmp_path / "fw.eml"
    path.write_bytes(message.as_bytes(policy=SMTP))
    run = pii.scan([path], workers=1)
    items = list(run)
    return ([f for f in items if isinstance(f, Finding)],
            [e for e in items if isinstance(e, pii.ScanError)], run.summary)


def test_the_forwarded_customer_s_headers_are_found_at_their_own_place(tmp_path):
    inner = _customer_mail("佐藤 晃", "asato@yahoo.co.jp", "090-5262-6556")
    found, errors, summary = _scan(tmp_path,
                                   _forward(inner, "田中 一郎 <i.tanaka@shop.example.jp>"))
    assert errors == []
    where = {(f.category, f.value): f.location for f in found}
    assert where[("person_name", "佐藤晃")] == {"forwarded": 1, "header": "From"}
    assert where[("email_address", "asato@yahoo.co.jp")] == {"forwarded": 1, "header": "From"}
    assert where[("phone_number", "09052626556")] == {
        "forwarded": 1, "body": "text/plain", "line": 1, "column": 10}
    assert where[("person_name", "田中一郎")] == {"header": "From"}
    assert summary.subjects == 2  # the colleague, and the customer with her phone


def test_a_forward_in_a_forward_and_one_past_the_depth_limit(tmp_path):
    message = _customer_mail("山本 花子", "hanako@example.jp", "080-2222-3333")
    for level in range(7):  # deeper than ArchiveLimits.max_depth (5)
        message = _forward(message, f"fwd{level}@shop.example.jp")
    found, errors, _ = _scan(tmp_path, message)
    places = {f.location.get("forwarded") for f in found if f.category == "email_address"}
    assert {1, "1.1", "1.1.1"} <= places
    assert ("phone_number", "08022223333") in {(f.category, f.value) for f in found}
    assert any("nested deeper" in e.message and "without their headers" in e.message
               for e in errors)
    assert all(e.path == "fw.eml" for e in errors)
