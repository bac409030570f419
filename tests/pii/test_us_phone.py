"""US and Canadian phone numbers: found as a US customer list and a support desk write them,
not in the part and order numbers of the same shape."""

from __future__ import annotations

import random

import pytest
from columnar_oracle import engine_reference, table_path

from leakscope import pii
from leakscope.pii.recognizers.us_phone import valid_nanp


def _phones(text: str) -> list[tuple[str, str]]:
    return [(f.value, f.detector) for f in pii.detect(text) if f.category == "phone_number"]


@pytest.mark.parametrize("text", [
    "Callback number 206.354.4020; refund to IBAN GB11HBUK85165291048564.",
    "You can reach me at 206-354-4020 (mobile).",
    "Phone: (206) 354-4020", "call me at +1 206 354 4020", "+1-206-354-4020",
    "Tel +1 (206) 354-4020", "(206)354-4020 までご連絡ください", "Phone: 206.354.4020x6520",
    "tel (206) 354-4020 ext. 12",
])
def test_a_us_number_as_people_write_it(text):
    """In national form, the trunk 1 first, however it is written (as Japan's keeps its 0)."""
    assert _phones(text) == [("12063544020", "nanp")]


@pytest.mark.parametrize("text", [
    "Part 206-354-4020 shipped",  # a dashed number with no phone word: a part number
    "注文番号 206-354-4020", "v206.354.4020", "(206) 911-4020",  # an N11 exchange, no phone word
    "+1 296 354 4020",  # an N9X area code
    "tel 106-354-4020",  # an area code starts 2-9
])
def test_look_alikes_and_numbers_the_plan_cannot_assign_are_not_phones(text):
    assert _phones(text) == []


def test_a_japanese_number_is_read_by_the_japanese_plan_still():
    assert _phones("TEL 090-1234-5678 / +81 3-1234-5678") == [
        ("09012345678", "jp_numbering_plan"), ("0312345678", "jp_numbering_plan")]


def test_a_phone_word_or_column_takes_a_number_the_plan_cannot_assign(tmp_path):
    """Test data (Faker's en_US) writes N11 exchanges, 001- prefixes and bare digits."""
    assert _phones("Phone: (206) 911-4020") == [("12069114020", "nanp")]
    path = tmp_path / "people.tsv"
    path.write_text("Name\tPhone Number\n" + "".join(f"Customer {i}\t{t}\n" for i, t in enumerate(
        ["001-556-308-6569x0702", "+1-897-667-6347x140", "5963168979", "9012345678",
         "1234567890"])), encoding="utf-8")
    found = [(f.value, f.detector) for f in pii.scan([path]) if isinstance(f, pii.Finding)
             and f.category == "phone_number"]
    assert found == [("15563086569", "nanp"), ("18976676347", "nanp"),
                     ("15963168979", "nanp:label"), ("09012345678", "jp_numbering_plan:label")]


def test_valid_nanp():
    assert valid_nanp("4153620198") and not valid_nanp("4159110198")
    assert not valid_nanp("41536201") and not valid_nanp("1153620198")


def _tokens(rng: random.Random) -> list[str]:
    """Every written form, valid or not, and near misses of each."""
    forms = ["{a}-{b}-{c}", "({a}) {b}-{c}", "({a}){b}-{c}", "{a}.{b}.{c}", "+1 {a} {b} {c}",
             "+1-{a}-{b}-{c}", "+1 ({a}) {b}-{c}", "+1{a}{b}{c}", "1-{a}-{b}-{c}",
             "{a} {b} {c}", "{a}-{b}.{c}", "({a}) {b}.{c}", "+1.{a}.{b}.{c}", "{a}{b}{c}",
             "{a}.{b}.{c}x{x}", "+1-{a}-{b}-{c}x{x}", "({a}) {b}-{c} ext. {x}", "{a}-{b}-{c}#{x}",
             "{a}-{b}-{c}x", "{a}-{b}-{c} x{x}9999", "001-{a}-{b}-{c}", "001-{a}-{b}-{c}x{x}",
             "001{a}{b}{c}", "{a}{b}{c}", "1{a}{b}{c}"]
    tokens = set()
    while len(tokens) < 1200:
        a = rng.choice(["206", "415", "911", "296", "106", "800", str(rng.randint(100, 999))])
        b = rng.choice(["555", "211", "354", "099", str(rng.randint(100, 999))])
        tokens.add(rng.choice(forms).format(a=a, b=b, c=f"{rng.randint(0, 9999):04d}",
                                            x=rng.randint(1, 9999)))
    return sorted(tokens)


@pytest.mark.parametrize("label", ["Phone", "電話番号", "Order No"])
def test_a_phone_column_of_every_form_equals_the_engine(tmp_path, label):
    path = tmp_path / "us.csv"
    path.write_text(f"Name,{label}\n" + "".join(
        f"Customer {i},{t}\n" for i, t in enumerate(_tokens(random.Random(label)))),
        encoding="utf-8")
    found, _, tables = table_path(path)
    assert found == engine_reference(path)[0]
    phones = [f for f in found if f[1] == "phone_number"]
    if label == "Order No":  # an order number's label outvotes even +1 415 …
        assert phones == []
    else:
        assert tables, "the table path was not taken"
        assert len(phones) > 250
