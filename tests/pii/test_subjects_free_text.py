"""本人の数 of lists and mails in free text, scanned from real files end to end: a list
exported as text is one person a row, not one person; a mail's recipients are not its sender;
a named person's TEL and FAX are one person; a role's mailbox (support@) is nobody."""

from __future__ import annotations

import re
from email.message import EmailMessage

import numpy as np
import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from leakscope import pii
from leakscope.pii import scanner, shared_identifiers
from leakscope.pii.shared_identifiers import SHARED, is_shared, shared_at, shared_values


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
              "資料を送ってください。", cc=f"kato{i}@example.jp, ito{i}@example.jp")
    # three senders and six people in copy; the support desk is nobody
    assert _people(tmp_path) == 9


def test_a_signature_with_tel_fax_and_mobile_is_one_person(tmp_path):
    signature = "山田 太郎\nTEL 03-1234-5678\nFAX 03-1234-5679\n携帯 090-1234-5670\n"
    _mail(tmp_path / "a.eml", "山田 太郎 <yamada@example.jp>", "support@example.co.jp",
          f"お世話になっております。\n\n--\n{signature}")
    assert _people(tmp_path) == 1


def test_a_desk_named_in_the_headers_is_nobody(tmp_path):
    for i, name in enumerate(["山田 太郎", "佐藤 花子", "鈴木 一郎"]):
        _mail(tmp_path / f"in{i}.eml", f"{name} <sender{i}@example.jp>",
              "サポート窓口 <support@example.co.jp>", "資料を送ってください。")
        _mail(tmp_path / f"out{i}.eml", "株式会社サンプル お客様センター <info@example.co.jp>",
              f"{name} <sender{i}@example.jp>", "資料をお送りします。")
    assert _people(tmp_path) == 3


def test_a_list_pasted_under_a_name_is_its_rows(tmp_path):
    rows = "".join(f"tanaka{i}@example.jp\n" for i in range(20))
    _mail(tmp_path / "a.eml", "山田 太郎 <yamada@example.jp>", "support@example.co.jp",
          f"送付先リストです。\n\n{rows}\n山田")
    # the sender keeps at most two more addresses beside the first; the rest are people
    assert 19 <= _people(tmp_path) <= 21


def test_contacts_sharing_a_role_mailbox_are_not_one_person(tmp_path):
    rows = [("山田太郎", "info@corp-a.example"), ("佐藤花子", "info@corp-a.example"),
            ("鈴木一郎", "toiawase@corp-b.example"), ("田中次郎", "jiro@corp-b.example")]
    table = tmp_path / "partners.csv"
    table.write_text("氏名,メール\n" + "".join(f"{n},{m}\n" for n, m in rows), "utf-8")
    text = tmp_path / "memo.txt"  # the same desk in free text links nobody either
    text.write_text("窓口 info@corp-a.example 担当 hanako@corp-a.example\n", "utf-8")
    assert _people(table) == 4
    assert _people(table, text) == 5


@pytest.mark.parametrize(("address", "role"), [
    ("contact00@partner.example", True), ("info-jp@corp.example", True),
    ("Support@corp.example", True), ("toiawase@corp.example", True), ("hr@corp.example", True),
    ("taro.yamada@corp.example", False), ("prue@corp.example", False),
    ("informatics@uni.example", False), ("saito.info@corp.example", False),
    ("jiko@agency.example", True), ("claims@insurer.example", True),  # an accident desk
    ("jiko.taro@agency.example", False),
])
def test_role_mailboxes(address, role):
    assert is_shared("email_address", address) is role
    assert shared_values("email_address", pa.array([address, None])).tolist() == [role, False]


@settings(max_examples=400, deadline=None)
@given(local=st.text(st.sampled_from("infoctsuprl0129-._JPab"), max_size=12)
       | st.sampled_from(["info", "Support", "contact00", "info-jp", "hr", "toiawase"]),
       suffix=st.sampled_from(["", "0", "07", "-jp", "_JP", ".ab1", "x"]))
def test_one_rule_for_a_desks_mailbox_in_python_and_in_arrow(local, suffix):
    address = f"{local}{suffix}@corp.example"
    shared = is_shared("email_address", address)
    assert shared == bool(re.match(SHARED["email_address"], address))
    assert shared_values("email_address", pa.array([address])).tolist() == [shared]
    values = pa.chunked_array([["x", address], ["", "info@a.example"]])
    assert shared_at("email_address", values, np.array([1, 3, 0])).tolist() == [
        shared, True, False]


def test_every_role_is_found_in_tables_too():
    roles = list(shared_identifiers._ROLES)
    assert all(len(r) == 2 or len(r) >= 4 for r in roles)  # what the table's lead test reads
    addresses = [f"{r}{tail}@corp.example" for r in roles for tail in ("", "07", "-jp")]
    values = pa.array(addresses + [a.upper() for a in addresses])
    assert shared_at("email_address", values, np.arange(len(values))).all()


@pytest.mark.parametrize(("number", "shared"), [
    ("0120123456", True), ("0800123456", True), ("0570123456", True),
    ("0312345678", False), ("09012345678", False), ("05012345678", False),
])
def test_numbers_callers_dial_for_a_company(number, shared):
    assert is_shared("phone_number", number) is shared
    assert shared_values("phone_number", pa.array([number])).tolist() == [shared]
    values = pa.array(["", number, "012"])
    assert shared_at("phone_number", values, np.array([1, 0, 2])).tolist() == [
        shared, False, False]
    assert shared_at("phone_number", pa.array(["", ""]), np.array([0, 1])).tolist() == [
        False, False]


def test_customers_sharing_the_shops_free_dial_are_not_one_person(tmp_path):
    rows = "".join(f"山田{chr(0x4e00 + i)}子,0120-123-456,u{i}@example.jp\n" for i in range(30))
    table = tmp_path / "customers.csv"
    table.write_text("氏名,電話番号,メール\n" + rows, "utf-8")
    text = tmp_path / "notes.txt"  # in free text neither
    text.write_text("".join(f"ご連絡先 0120-123-456 (担当 u{i}@example.jp)\n\n\n"
                            for i in range(5)), "utf-8")
    assert _people(table) == 30
    assert _people(table, text) == 30


def test_a_companys_main_line_and_its_fax_are_nobodys(tmp_path):
    """「代表 092-… FAX 092-…」 at an org chart's foot is the company's: found, but not personal,
    and not the last name on the slide's, so that name is the employee of the payslip."""
    found = [(f.value, f.personal) for f in pii.detect(
        "代表 092-646-3278\u3000FAX 092-853-8649\nTEL（代表）03-1234-5678\n"
        "代表取締役 山田 太郎 TEL 03-1234-5670\n代表者携帯 090-1234-5678\n")]
    assert found == [("0926463278", False), ("0928538649", False), ("0312345678", False),
                     ("山田太郎", True), ("0312345670", True), ("09012345678", True)]
    (tmp_path / "組織図.txt").write_text(
        "製造部\u3000組織図\n主任\n橋本 加奈\n内線 2879\n担当\n阿部 裕美子\n内線 2272\n"
        "代表 092-646-3278\u3000FAX 092-853-8649\u3000資料番号 HR-2024-04\n", encoding="utf-8")
    for employee, number in (("阿部 裕美子", "5396 1043 7997"), ("橋本 加奈", "8947 9003 3656")):
        (tmp_path / f"給与明細_{number[:4]}.txt").write_text(
            "給与明細書\u30002024年5月分\n株式会社ミライ精機\u3000人事部\n"
            "〒810-1561 福岡県福岡市中央区平尾3-27-8\u3000TEL 092-646-3278\u3000FAX 092-853-8649\n"
            f"氏名\u3000\u3000：{employee}\u3000様\nマイナンバー：{number}\n", encoding="utf-8")
    assert _people(tmp_path) == 2


def test_a_second_mobile_on_the_next_line_is_the_next_caller(tmp_path):
    """A service log's callers, one a line: the second line's mobile is not the first
    caller's (one person has one mobile; a landline and a FAX may follow a name)."""
    (tmp_path / "受付ログ.txt").write_text(
        "9/1 山田様 TEL 090-1234-5678\n9/2 N-BOX 千葉300ろ41-48 TEL 090-4095-8585\n"
        "9/3 岡本様 TEL 080-3552-2250\n", encoding="cp932")
    assert _people(tmp_path) == 3
    (tmp_path / "受付ログ.txt").unlink()
    (tmp_path / "署名.txt").write_text(  # one person: a mobile, then a landline and a FAX
        "山田 太郎\n携帯 090-1234-5678\nTEL 03-1234-5678\nFAX 03-1234-5679\n", encoding="utf-8")
    assert _people(tmp_path) == 1
