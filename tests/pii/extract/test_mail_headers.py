"""Mail headers decoded without the stdlib's header objects read as the stdlib reads them, and
better where Japanese mailers bend the rules (split characters, raw Shift_JIS)."""

from __future__ import annotations

import base64
import email
import email.policy
import re
from email.header import Header
from email.message import EmailMessage
from email.utils import formataddr

from faker import Faker
from hypothesis import given, settings
from hypothesis import strategies as st

from leakscope import pii
from leakscope.pii.extract.mail_headers import address_text, header_text, raw_headers


def _utf8(data: bytes) -> str:
    return data.decode("utf-8", "replace")


def _spaces(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@settings(max_examples=60, deadline=None)
@given(seed=st.integers(0, 10_000), charset=st.sampled_from(["utf-8", "iso-2022-jp"]))
def test_address_headers_read_as_the_default_policy_reads_them(seed, charset):
    fake = Faker("ja_JP")
    fake.seed_instance(seed)
    message = EmailMessage()
    message["From"] = formataddr((str(Header(fake.name(), charset)), fake.email()))
    message["To"] = ", ".join(f"{fake.name()} <{fake.email()}>" for _ in range(seed % 7 + 1))
    message["Subject"] = f"{fake.name()}様 {fake.text(60)}"
    message.set_content("本文")
    data = bytes(message)
    standard = email.message_from_bytes(data, policy=email.policy.default)
    parsed = email.message_from_bytes(data, policy=email.policy.compat32)
    for name, raw in raw_headers(parsed, ("From", "To", "Subject")):
        read = (header_text if name == "Subject" else address_text)(raw, _utf8)
        assert _spaces(read) == _spaces(str(standard[name]))


def _words(text: str, charset: str, cut: int) -> str:
    """``text`` as two B-encoded words cut at byte ``cut``, as some mailers split them."""
    data = text.encode(charset)
    return " ".join(f"=?{charset}?B?{base64.b64encode(part).decode()}?="
                    for part in (data[:cut], data[cut:]))


def test_a_character_split_between_two_encoded_words_survives():
    assert header_text(_words("山田太郎", "utf-8", 4), _utf8) == "山田太郎"  # inside 田
    assert header_text(_words("山田太郎", "iso-2022-jp", 6), _utf8) == "山田太郎"


def test_encoded_words_quoted_strings_folding_and_bad_words():
    assert address_text('"=?utf-8?B?5bGx55Sw?=" <a@example.jp>', _utf8) == "山田 <a@example.jp>"
    assert address_text('"Yamada, Taro" <t@example.jp>', _utf8) == '"Yamada, Taro" <t@example.jp>'
    assert header_text("a\r\n b\n\tc", _utf8) == "a b\tc"
    assert header_text("=?utf-8?B?not base64!?= x", _utf8) == "=?utf-8?B?not base64!?= x"
    assert header_text("=?utf-8?Q?=E5=B1=B1_=E7=94=B0?=", _utf8) == "山 田"
    shift_jis = "=?x-unknown?B?" + base64.b64encode("山田".encode("cp932")).decode() + "?="
    assert header_text(shift_jis, lambda b: b.decode("cp932")) == "山田"


def test_a_raw_shift_jis_subject_is_read(tmp_path):
    message = EmailMessage()
    message["From"] = "a@example.jp"
    message["Subject"] = "PLACEHOLDER"
    message.set_content("ご確認ください")
    data = bytes(message).replace(b"PLACEHOLDER", "佐藤花子様 お見積り".encode("cp932"))
    path = tmp_path / "old.eml"
    path.write_bytes(data)
    found = {(f.category, f.value, f.location.get("header")) for f in pii.scan([path])}
    assert ("person_name", "佐藤花子", "Subject") in found


def test_an_outlook_encoded_attachment_name_is_decoded(tmp_path):
    message = EmailMessage()
    message["From"] = "a@example.jp"
    message.set_content("添付します")
    message.add_attachment("氏名,メール\n山田太郎,taro@example.jp\n".encode("cp932"),
                           maintype="text", subtype="csv", filename="list.csv")
    name = "=?ISO-2022-JP?B?" + base64.b64encode("顧客一覧.csv".encode("iso-2022-jp")).decode() \
        + "?="
    path = tmp_path / "outlook.eml"
    path.write_bytes(bytes(message).replace(b'filename="list.csv"', f'filename="{name}"'.encode()))
    paths = {f.path for f in pii.scan([path]) if f.category == "email_address"}
    assert "outlook.eml!顧客一覧.csv" in paths


def test_a_charset_whose_codec_fails_otherwise_keeps_the_header(tmp_path):
    """Python's 'undefined' and 'punycode' codecs raise UnicodeError, not UnicodeDecodeError:
    the address beside such a word must still be read."""
    word = base64.b64encode("山田".encode()).decode()
    for charset in ("undefined", "punycode"):
        assert header_text(f"=?{charset}?B?{word}?= <taro@example.jp>", _utf8) \
            == "山田 <taro@example.jp>"
    path = tmp_path / "odd.eml"
    path.write_bytes(f"From: =?undefined?B?{word}?= <taro@example.jp>\nSubject: x\n\n本文\n"
                     .encode())
    assert ("email_address", "taro@example.jp") in {(f.category, f.value)
                                                    for f in pii.scan([path])}
