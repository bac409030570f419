"""Masking for display, and name detection when GiNZA cannot be loaded."""

from __future__ import annotations

import pytest

from leakscope import pii
from leakscope.pii import ner
from leakscope.pii.masking import mask
from leakscope.pii.recognizers import person_name


@pytest.mark.parametrize(("category", "value", "masked"), [
    ("phone_number", "09012345678", "*******5678"),
    ("credit_card_number", "4111111111111111", "************1111"),
    ("email_address", "taro@example.jp", "t***@example.jp"),
    ("person_name", "山田太郎", "山***"),
    ("date_of_birth", "1985-01-02", "1985-**-**"),
    ("credential", "hunter22", "********"),
    ("ip_address", "203.0.113.5", "203.0.*.*"),
])
def test_mask_keeps_enough_to_recognise(category, value, masked):
    assert mask(value, category) == masked


@pytest.fixture()
def no_ginza(monkeypatch):
    import spacy

    def broken(*args, **kwargs):
        raise OSError("model ja_ginza not installed")

    monkeypatch.setattr(spacy, "load", broken)
    monkeypatch.setattr(ner, "_loaded", False)
    monkeypatch.setattr(ner, "_nlp", None)
    monkeypatch.setattr(ner, "_error", None)
    person_name._ginza_name.cache_clear()
    yield
    person_name._ginza_name.cache_clear()
    monkeypatch.setattr(ner, "_loaded", False)
    monkeypatch.setattr(ner, "_error", None)


def test_without_ginza_names_degrade_and_the_scan_reports_it(no_ginza, tmp_path):
    letter = tmp_path / "letter.txt"
    letter.write_text("拝啓 羽生結弦様\nお電話 090-1234-5678\n", "utf-8")  # not a common surname
    items = list(pii.scan([letter], workers=1))
    names = [f for f in items if isinstance(f, pii.Finding) and f.category == "person_name"]
    assert names and names[0].value == "羽生結弦" and names[0].confidence < 0.9
    errors = [e for e in items if isinstance(e, pii.ScanError)]
    assert any(e.path == "ja_ginza" and "unavailable" in e.message for e in errors)


def test_ginza_confirms_uncommon_names():
    person_name._ginza_name.cache_clear()
    found = {(f.category, f.value) for f in pii.detect("拝啓 羽生結弦様、ご無沙汰しております。")}
    assert ("person_name", "羽生結弦") in found
