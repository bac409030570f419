"""Values a developer's document or a template writes as examples are nobody's: a test card's
exp and cvc, the sandbox's phone and e-mail beside it, a password placeholder, a credential
in a comment that says it is an example."""

from __future__ import annotations

import random

import pytest
from corpus_gen import luhn_complete
from table_paths import BOTH, scan_findings

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
    # an address at example.jp on a customer's line is no word that says "example"
    assert ("phone_number", "09012345678") in _found("山田 太郎 090-1234-5678 taro@example.jp")


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


@BOTH
def test_a_password_column_of_placeholders(tmp_path, monkeypatch, table):
    path = tmp_path / "users.csv"
    path.write_text("login,password\nyamada,changeme\nsato,********\ntanaka,Tn8#kq2LzA\n"
                    "suzuki,<your-password>\n", encoding="utf-8")
    found = [(f.location["row"], f.value) for f in scan_findings(path, monkeypatch, table)
             if f.category == "credential"]
    assert found == [(4, "Tn8#kq2LzA")]


def _form_docx(path, title: str, note: str, person: dict) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph(title)
    table = document.add_table(rows=0, cols=2)
    for label, value in (("請求者氏名", person["name"]), ("住所", person["address"]),
                         ("生年月日", "昭和50年1月1日"), ("電話番号", person["phone"])):
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, value
    document.add_paragraph(note)
    document.save(str(path))


def _person(seed: int) -> dict:
    from faker import Faker

    fake = Faker("ja_JP")
    fake.seed_instance(seed)
    rng = random.Random(seed)
    return {"name": f"{fake.last_name()}　{fake.first_name()}",
            "address": f"東京都新宿区西新宿{rng.randint(1, 8)}-{rng.randint(1, 20)}-1",
            "phone": f"090-{rng.randint(2000, 9999)}-{rng.randint(1000, 9999)}"}


@pytest.mark.parametrize(("title", "note"), [
    ("住民票の写し等交付請求書　記入例", ""), ("交付請求書（見本）", ""),
    ("住民票の写し等交付請求書", "※上記は記入例です。"),
])
def test_a_filling_guide_docx_is_nobodys(tmp_path, title, note):
    path = tmp_path / "form.docx"
    _form_docx(path, title, note, _person(3))
    assert [f for f in pii.scan([path], workers=1) if isinstance(f, pii.Finding)] == []


def test_the_same_form_filled_in_is_someones(tmp_path):
    path = tmp_path / "form.docx"
    _form_docx(path, "住民票の写し等交付請求書", "記入例のとおり記入してください。", _person(3))
    found = {f.category for f in pii.scan([path], workers=1) if isinstance(f, pii.Finding)}
    assert {"person_name", "address", "date_of_birth", "phone_number"} <= found


def test_a_slide_stamped_as_an_example_hides_only_its_own_values(tmp_path):
    import pptx
    from pptx.util import Inches

    deck = pptx.Presentation()
    for stamp, seed in (("記入例", 5), ("", 6)):
        slide = deck.slides.add_slide(deck.slide_layouts[6])
        person = _person(seed)
        box = slide.shapes.add_textbox(Inches(1), Inches(1), Inches(6), Inches(3))
        box.text_frame.text = f"申込書\n氏名 {person['name']}\n電話 {person['phone']}"
        if stamp:
            slide.shapes.add_textbox(Inches(7), Inches(0), Inches(2), Inches(1)) \
                .text_frame.text = stamp
    path = tmp_path / "deck.pptx"
    deck.save(str(path))
    slides = {f.location["slide"] for f in pii.scan([path], workers=1)
              if isinstance(f, pii.Finding)}
    assert slides == {2}


def test_a_pdf_that_says_it_is_an_example_is_nobodys(tmp_path):
    import weasyprint

    person = _person(8)
    form = f"氏名　{person['name']}\n住所　{person['address']}\n電話　{person['phone']}\n"
    html = ("<html><body style='font-family: Noto Sans CJK JP'>"
            f"<pre>{form}※上記は記入例です。</pre></body></html>")
    path = tmp_path / "申請書.pdf"
    path.write_bytes(weasyprint.HTML(string=html).write_pdf())
    assert [f for f in pii.scan([path], workers=1) if isinstance(f, pii.Finding)] == []
    path.write_bytes(weasyprint.HTML(string=html.replace("※上記は記入例です。", "")).write_pdf())
    found = {f.category for f in pii.scan([path], workers=1) if isinstance(f, pii.Finding)}
    assert {"person_name", "address", "phone_number"} <= found  # the same form, someone's


@BOTH
def test_a_test_cards_row_keeps_no_expiry_or_code(tmp_path, monkeypatch, table):
    real = _real_card()
    path = tmp_path / "payments.csv"
    path.write_text("name,card_number,expiry,cvv\n"
                    "Test User,4242 4242 4242 4242,12/34,123\n"
                    f"Hanako Sato,{real},07/29,456\n", encoding="utf-8")
    found = {(f.location["row"], f.category, f.value)
             for f in scan_findings(path, monkeypatch, table) if f.category != "person_name"}
    assert found == {(3, "credit_card_number", real), (3, "card_expiry", "07/29"),
                     (3, "card_security_code", "456")}
