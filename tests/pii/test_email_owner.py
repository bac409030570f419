"""A Latin name before the address it owns is a person's name; other capitalized words are not."""

import pytest

from leakscope import pii


def _names(text: str) -> list[str]:
    return [f.value for f in pii.detect(text) if f.category == "person_name"]


@pytest.mark.parametrize(("text", "name"), [
    ("* Spoke with Alicia Castro (alicia.castro@yahoo.com) about a chargeback.", "AliciaCastro"),
    ("cc: Barry Johnson <bjohnson@example.com>", "BarryJohnson"),
    ("Thanks Norman Snow <snow.norman@outlook.com>", "NormanSnow"),
    ("Contact Mary Ann Smith <mary_smith77@example.org>", "MaryAnnSmith"),
])
def test_a_name_its_address_spells_is_a_name(text, name):
    assert _names(text) == [name]


@pytest.mark.parametrize("text", [
    "Order Desk <orders@shop.example>", "Customer Support (help@shop.example)",
    "Alicia Castro (billing@shop.example)",  # the address is not hers
])
def test_words_the_address_does_not_spell_are_not_names(text):
    assert _names(text) == []
