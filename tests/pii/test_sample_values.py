"""Values a developer's document or a template writes as examples are nobody's: a test card's
exp and cvc, the sandbox's phone and e-mail beside it, a password placeholder, a credential
in a comment that says it is an example."""

from __future__ import annotations

import random

import pytest
from corpus_gen import luhn_complete

import leakscope.pii.columnar as columnar
from leakscope import pii
from leakscope.pii import detect


def _found(text: str) -> set[tuple[str, str]]:
    return {(f.category, f.value) for f in detect(text)}


def _real_card() -> str:
    return luhn_complete("4532", 16, random.Random(44))  # a Visa range, no published card


def test_a_test_cards_expiry_and_code_are_the_tests():
    doc = ("```\ncurl https://api.example.test/v1/charge -d card=4242424242424242 "
           "-d exp=12/34 -d cvc=123\n```\n")
    assert _found(doc) == set()
    real = doc.replace("4242424242424242", _real_card())
    assert {("card_expiry", "12/34"), ("card_security_code", "123"),
            ("credit_card_number", _real_card())} <= _found(real)


def test_the_sandbox_phone_and_mail_beside_a_test_card_are_nobodys():
    doc = ("テストカード 4111 1111 1111 1111 有効期限 12/30 セキュリティコード 737\n"
           "Use the sandbox phone number 03-1234-5678 and e-mail test@example.com.\n")
    assert _found(doc) == set()
    # the same values in a customer's letter are theirs
    letter = "山田 太郎 様\n電話 03-1234-5678\nメール test@example.com\n"
    assert {("phone_number", "0312345678"), ("email_address", "test@example.com")} \
        <= _found(letter)
    # a dummy number on a line that says it is one
    assert ("phone_number", "09012345678") not in _found("例：090-1234-5678 (ダミー)")
    assert ("phone_number", "09012345678") in _found("連絡先 090-1234-5678")


@pytest.mark.parametrize("text", [
    "# example: PASSWORD = 'changeme'", "// e.g. api_key=AKIAABCDEFGHIJKLMNOP",
    "# 例：パスワード=abcd1234", "PASSWORD = 'changeme'", "password=<your-password>",
    "db_password: ********", "password=${DB_PASSWORD}", "パスワード：xxxx", "password: password",
    "secret_key = '{{ secret_key }}'",
])
def test_placeholders_and_example_comments_are_no_credentials(text):
    assert not {c for c, _ in _found(text)} & {"credential"}


def test_a_real_credential_in_a_comment_or_config_is_one():
    assert ("credential", "Hana2024!x") in _found("# production\npassword = 'Hana2024!x'")
    assert ("credential", "Secret123") in _found("DB_PASSWORD=Secret123")


@pytest.mark.parametrize("table", [True, False], ids=["table path", "cell by cell"])
def test_a_password_column_of_placeholders(tmp_path, monkeypatch, table):
    path = tmp_path / "users.csv"
    path.write_text("login,password\nyamada,changeme\nsato,********\ntanaka,Tn8#kq2LzA\n"
                    "suzuki,<your-password>\n", encoding="utf-8")
    with monkeypatch.context() as patch:
        if not table:
            patch.setattr(columnar, "plan_file", lambda _path, _kind: None)
        found = [(f.location["row"], f.value) for f in pii.scan([path], workers=1)
                 if isinstance(f, pii.Finding) and f.category == "credential"]
    assert found == [(4, "Tn8#kq2LzA")]
