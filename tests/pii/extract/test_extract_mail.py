"""Mail: headers as labelled units, bodies (HTML safely), attachments recursively, mbox, .msg."""

from __future__ import annotations

import io
import zipfile
from email.message import EmailMessage

import openpyxl

from leakscope import pii
from leakscope.pii.extract import ArchiveLimits
from leakscope.pii.extract.htmltext import html_units


def _workbook() -> bytes:
    book = openpyxl.Workbook()
    book.active.append(["氏名", "メール"])
    book.active.append(["田中 次郎", "jiro@example.jp"])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _mail(body: str = "鈴木様\nお電話 090-1111-2222 ありがとうございました。") -> EmailMessage:
    message = EmailMessage()
    message["From"] = "山田 太郎 <taro@example.jp>"
    message["To"] = "a@example.jp, 佐藤 <b@example.jp>"
    message["Cc"] = "c@example.jp"
    message["Subject"] = "顧客リストの件"
    message.set_content(body, charset="iso-2022-jp")
    return message


def test_headers_body_and_attachment_of_an_eml(tmp_path, run):
    message = _mail()
    message.add_attachment(
        _workbook(), maintype="application", subtype="octet-stream", filename="顧客.xlsx"
    )
    path = tmp_path / "mail.eml"
    path.write_bytes(bytes(message))
    result = run(path)
    assert result.errors == []
    headers = {u.label: u.text for u in result.units if "header" in u.location}
    assert headers["From"] == "山田 太郎 <taro@example.jp>"
    assert "b@example.jp" in headers["To"] and headers["Cc"] == "c@example.jp"
    body = next(u for u in result.units if u.location.get("body") == "text/plain")
    assert "090-1111-2222" in body.text
    sheet = [u for u in result.units if u.path == "mail.eml!顧客.xlsx"]
    assert [(u.label, u.text) for u in sheet] == [
        ("氏名", "田中 次郎"),
        ("メール", "jiro@example.jp"),
    ]


def test_hostile_html_body_is_text_only(tmp_path, run):
    nested = "<div>" * 100_000 + "深い hanako@example.jp" + "</div>" * 100_000
    html = (
        "<html><head><script>document.write('x@evil.example')</script>"
        "<style>p{color:red}</style></head><body>"
        "<img src=x onerror=\"alert('y@evil.example')\"><p>お客様 &amp; 様</p>"
        f"{nested}<script>var z = 'z@evil.example';</script></body></html>"
    )
    message = _mail("plain part")
    message.add_alternative(html, subtype="html")
    path = tmp_path / "phish.eml"
    path.write_bytes(bytes(message))
    result = run(path)
    html_unit = next(u for u in result.units if u.location.get("body") == "text/html")
    assert "hanako@example.jp" in html_unit.text and "お客様 & 様" in html_unit.text
    assert "evil.example" not in result.joined()


def _html(html: str) -> list[tuple]:
    return [(u.text, u.location, u.label, u.record) for u in html_units(html, "m.eml", {})]


def test_html_text_drops_scripts_even_unclosed():
    assert _html("<p>a</p><script>b@evil.jp") == [("a", {"line": 1}, None, None)]
    assert _html("<p>x<br>y</p>")[0][0] == "x\ny"


def test_an_html_table_with_a_header_row_is_read_as_a_table():
    units = _html("<p>顧客です</p><table><tr><th>氏名</th><th>誕生日</th></tr>"
                  "<tr><td>山田 涼平</td><td>1983/01/11</td></tr>"
                  "<tr><td>佐藤 治</td><td></td></tr></table>"
                  "<table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr>")
    assert units == [
        ("顧客です\na\tb\nc\td", {"line": 1}, None, None),  # no header row: text, a row a line
        ("山田 涼平", {"table": 1, "row": 2, "field": "氏名"}, "氏名", "m.eml#table1/row2"),
        ("1983/01/11", {"table": 1, "row": 2, "field": "誕生日"}, "誕生日", "m.eml#table1/row2"),
        ("佐藤 治", {"table": 1, "row": 3, "field": "氏名"}, "氏名", "m.eml#table1/row3")]


def test_a_pasted_customer_table_in_a_mail_is_found_under_its_headers(tmp_path):
    message = _mail()
    message.add_alternative("<table><tr><th>氏名</th><th>電話</th><th>誕生日</th></tr>"
                            "<tr><td>山田 涼平</td><td>090-1468-4724</td><td>1983/01/11</td></tr>"
                            "</table>", subtype="html")
    (tmp_path / "m.eml").write_bytes(bytes(message))
    found = {(f.category, f.value, f.record) for f in pii.scan([tmp_path], workers=1)
             if isinstance(f, pii.Finding) and f.location.get("table") == 1}
    assert found == {("person_name", "山田涼平", "m.eml#table1/row2"),
                     ("phone_number", "09014684724", "m.eml#table1/row2"),
                     ("date_of_birth", "1983-01-11", "m.eml#table1/row2")}


def test_attached_bomb_is_an_error_and_the_mail_is_still_read(tmp_path, run):
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("zeros.bin", bytes(10 << 20))
    message = _mail()
    message.add_attachment(bomb.getvalue(), maintype="application", subtype="zip", filename="a.zip")
    path = tmp_path / "bomb.eml"
    path.write_bytes(bytes(message))
    result = run(path, limits=ArchiveLimits(ratio_floor_bytes=1 << 20))
    assert any("090-1111-2222" in t for t in result.texts())
    (error,) = result.errors
    assert error.path == "bomb.eml!a.zip!zeros.bin" and "zip bomb" in error.message


def test_mbox_messages_and_their_attachments(tmp_path, run):
    first = _mail()
    first.add_attachment(b"name,email\nKen,ken@example.jp\n", maintype="text",
                         subtype="csv", filename="list.csv")
    second = EmailMessage()
    second["From"] = "x@example.jp"
    second.set_content("From the desk of 高橋\n")
    raw = b"".join(
        b"From sender@example.jp Mon Jan  1 00:00:00 2024\n"
        + bytes(m).replace(b"\nFrom ", b"\n>From ") + b"\n"
        for m in (first, second)
    )
    path = tmp_path / "inbox.mbox"
    path.write_bytes(raw)
    result = run(path)
    assert result.errors == []
    assert {u.location.get("message") for u in result.units} == {1, 2, None}
    attached = [u for u in result.units if u.path == "inbox.mbox!message-1!list.csv"]
    assert [u.text for u in attached] == ["Ken", "ken@example.jp"]
    body2 = next(u for u in result.units if u.location.get("message") == 2 and "body" in u.location)
    assert body2.text.startswith("From the desk of 高橋")


def test_a_corrupt_msg_is_an_error(tmp_path, run):
    path = tmp_path / "note.msg"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(1000))
    result = run(path)
    assert result.units == [] and result.errors[0].path == "note.msg"


def test_html_file(tmp_path, run):
    path = tmp_path / "page.html"
    path.write_bytes("<html><body><td>山田</td><td>03-1234-5678</td></body></html>".encode("cp932"))
    (unit,) = run(path).units
    assert "山田" in unit.text and "03-1234-5678" in unit.text


def test_outlook_msg_headers_body_and_attachment(tmp_path, run, make_msg):
    path = tmp_path / "fwd.msg"
    path.write_bytes(make_msg(
        "顧客リスト", "山田 太郎 <taro@example.jp>", "hanako@example.jp",
        "鈴木様\r\n電話 090-1111-2222", {"list.csv": b"name,email\nKen,ken@example.jp\n"},
    ))
    result = run(path)
    assert result.errors == []
    headers = {u.label: u.text for u in result.units if "header" in u.location}
    assert headers["From"] == "山田 太郎 <taro@example.jp>"
    assert "hanako@example.jp" in headers["To"] and headers["Subject"] == "顧客リスト"
    body = next(u for u in result.units if "body" in u.location)
    assert body.text == "鈴木様\n電話 090-1111-2222"
    attached = [(u.path, u.label, u.text) for u in result.units if "!" in u.path]
    assert attached == [
        ("fwd.msg!list.csv", "name", "Ken"),
        ("fwd.msg!list.csv", "email", "ken@example.jp"),
    ]


def test_a_body_whose_charset_label_lies_is_decoded_by_detection(tmp_path, run):
    head = (
        b"From: taro@example.jp\nSubject: list\nMIME-Version: 1.0\n"
        b"Content-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: 8bit\n\n"
    )
    path = tmp_path / "lying.eml"
    path.write_bytes(head + "山田太郎様のご住所は東京都港区です。\n".encode("cp932"))
    body = next(u for u in run(path).units if "body" in u.location)
    assert "山田太郎様" in body.text



def test_a_body_whose_charset_codec_fails_otherwise_is_still_read(tmp_path, run):
    """Python's 'undefined' codec raises UnicodeError, not UnicodeDecodeError."""
    head = b"From: taro@example.jp\nSubject: x\nContent-Type: text/plain; charset=undefined\n\n"
    path = tmp_path / "undefined.eml"
    path.write_bytes(head + "山田太郎様 090-1234-5678\n".encode())
    result = run(path)
    assert not result.errors
    assert "090-1234-5678" in next(u for u in result.units if "body" in u.location).text

def _tnef(body: bytes, attachments: dict[str, bytes]) -> bytes:
    """A winmail.dat: signature, key, then (level, attribute, length, data, checksum) objects."""
    import struct

    def obj(level: int, attribute: int, data: bytes) -> bytes:
        head = struct.pack("<BHHI", level, attribute & 0xFFFF, attribute >> 16, len(data))
        return head + data + struct.pack("<H", sum(data) & 0xFFFF)

    out = struct.pack("<IH", 0x223E9F78, 1) + obj(1, 0x00089006, struct.pack("<I", 0x10000))
    out += obj(1, 0x00069007, struct.pack("<II", 932, 0))  # OEM code page: Shift_JIS
    out += obj(1, 0x0002800C, body)
    for name, data in attachments.items():
        out += obj(2, 0x00069002, bytes(14))  # attAttachRendData opens an attachment
        out += obj(2, 0x00018010, name.encode("cp932") + b"\0")
        out += obj(2, 0x0006800F, data)
    return out


def test_winmail_dat_gives_body_and_real_attachments(tmp_path, run):
    tnef = _tnef("山田様 ご請求の件".encode("cp932"), {"顧客.csv": CSV_BYTES})
    message = _mail("see attachment")
    message.add_attachment(tnef, maintype="application", subtype="ms-tnef",
                           filename="winmail.dat")
    path = tmp_path / "outlook.eml"
    path.write_bytes(bytes(message))
    result = run(path)
    assert result.errors == []
    body = next(u for u in result.units if u.path == "outlook.eml!winmail.dat")
    assert "山田様" in body.text
    rows = [(u.label, u.text) for u in result.units if u.path == "outlook.eml!winmail.dat!顧客.csv"]
    assert rows == [("name", "Ken"), ("email", "ken@example.jp")]


CSV_BYTES = b"name,email\nKen,ken@example.jp\n"


def test_deeply_nested_forwarded_messages_are_cut_not_lost(tmp_path, run):
    inner = _mail("奥の本文 090-3333-4444")
    raw = bytes(inner)
    for level in range(1000):  # 1,000 nested message/rfc822 parts
        raw = (b"From: fwd%d@example.jp\r\nMIME-Version: 1.0\r\n"
               b"Content-Type: message/rfc822\r\n\r\n" % level) + raw
    path = tmp_path / "nested.eml"
    path.write_bytes(raw)
    result = run(path)
    assert "fwd999@example.jp" in result.joined()  # the outer headers are kept
    assert "nested too deep" in result.messages()
    assert "090-3333-4444" in result.joined()  # the innermost body is still scanned
    assert all(e.path.startswith("nested.eml") for e in result.errors)
    assert "RecursionError" not in result.messages()


def test_hostile_attachment_names_are_reported_and_still_scanned(tmp_path, run):
    message = _mail()
    for name in ("../../etc/cron.d/evil.txt", "a\x00b.txt"):
        message.add_attachment("電話 090-5555-6666".encode(), maintype="text",
                               subtype="plain", filename=name)
    path = tmp_path / "mail.eml"
    path.write_bytes(bytes(message))
    result = run(path)
    shown = ["mail.eml!../../etc/cron.d/evil.txt", "mail.eml!a\\x00b.txt"]  # no raw NUL
    unsafe = [e for e in result.errors if "unsafe attachment name" in e.message]
    assert [e.path for e in unsafe] == shown
    assert {u.path for u in result.units if "090-5555-6666" in u.text} == set(shown)


def test_a_forwarded_mail_gives_its_own_sender_in_a_place_of_its_own(tmp_path):
    forwarded = _mail("至急連絡ください。080-9883-9382\n清水 裕太")
    forwarded.replace_header("From", "清水 裕太 <shimizuy804@nifty.com>")
    outer = _mail("下記お客様の件、ご確認ください。")
    outer.replace_header("From", "田中 一郎 <i.tanaka@example.jp>")
    outer.add_attachment(forwarded)  # message/rfc822
    path = tmp_path / "fwd.eml"
    path.write_bytes(bytes(outer))
    run = pii.scan([path], workers=1)
    found = {(f.category, f.value): f.location for f in run if isinstance(f, pii.Finding)}
    assert found[("person_name", "清水裕太")] == {"forwarded": 1, "header": "From"}
    assert found[("email_address", "shimizuy804@nifty.com")] == {"forwarded": 1,
                                                                  "header": "From"}
    assert found[("phone_number", "08098839382")]["forwarded"] == 1  # its body
    assert "forwarded" not in found[("person_name", "田中一郎")]
    # the forwarder, the customer (name, mail, phone), and the mails' other addressees
    assert run.summary.subjects == 1 + 1 + 3
