"""What the shortcuts for dense prose must keep: each recognizer's edge cases as before.

The self-introduction trigger carries the kanji before 「です。」, the e-mail local part is
found by ``str.rstrip``, trailing particles are dropped only when one ends the address, a
keyword's anchor is looked for beside it first, the lines of a dense unit's values are found
in numpy: the values found stay what they were.
"""

from __future__ import annotations

import random

from leakscope.pii import detect, unit_locations
from leakscope.pii.finding import Finding
from leakscope.pii.units import TextUnit


def found(text: str) -> set[tuple[str, str]]:
    return {(f.category, f.value) for f in detect(text)}


def names(text: str) -> list[str]:
    return [f.value for f in detect(text) if f.category == "person_name"]


def test_a_self_introduction_names_its_speaker_even_across_a_line_break():
    assert names("はじめまして。佐藤と申します。") == ["佐藤"]
    assert names("お世話になります。佐藤です。") == ["佐藤"]
    assert names("お世話になります。\n佐藤\nです、よろしく") == ["佐藤"]
    assert names("お世話になっております。高橋でございます。") == ["高橋"]


def test_nothing_before_desu_but_kana_or_an_address_is_no_name():
    assert names("連絡先はyamada@example.jpです。よろしくです。") == []
    assert names("お世話になります。ありがとうです。") == []
    assert names("お世話になります。会員です。") == []  # not a known surname


def test_a_salutation_keeps_its_rules():
    assert names("拝啓 佐藤花子様") == ["佐藤花子"]
    assert names("お客様各位") == []
    assert names("担当者様へ") == []
    assert names("山田太郎様より") == ["山田太郎"]


def test_an_e_mail_local_part_of_64_characters_at_most_from_a_kana_boundary():
    local = "a" * 64
    assert ("email_address", f"{local}@example.jp") in found(f"宛先 {local}@example.jp")
    assert not {c for c, _ in found(f"宛先 {'a' * 65}@example.jp")} & {"email_address"}
    assert not found("メール..abc@example.jp まで")  # dots glued before: not an address
    assert ("email_address", "abc@example.jp") in found("連絡はabc@example.jpまで")
    assert ("email_address", "taro.y+1@example.co.jp") in found("メールはTaro.Y+1@Example.co.jp")


def test_an_address_loses_the_particles_after_it_only():
    assert ("address", "東京都港区芝公園4-2-8") in found("東京都港区芝公園4-2-8に在住です")
    assert ("address", "大阪市北区梅田1-1") in found("大阪市北区梅田1-1から")
    # a sentence glued on after the number goes too (address.end_at_prose)
    assert ("address", "大阪市北区梅田1-1") in found("大阪市北区梅田1-1から来ました")
    assert ("address", "東京都港区芝公園4丁目2番8号") in found("住所 東京都港区芝公園4丁目2番8号")
    assert not {c for c, _ in found("東京都港区にて")} & {"address"}  # no number: no address


def test_a_bare_ten_digit_phone_stays_less_sure_than_a_formatted_one():
    bare = [f for f in detect("番号 0312345678 です") if f.category == "phone_number"]
    formatted = [f for f in detect("番号 03-1234-5678 です") if f.category == "phone_number"]
    assert [f.value for f in bare] == ["0312345678"] and bare[0].confidence == 0.55
    assert [f.value for f in formatted] == ["0312345678"] and formatted[0].confidence > 0.55


def test_a_sensitive_word_is_kept_near_personal_data_and_dropped_far_from_it():
    filler = "\n".join(["業務連絡です。"] * 15)
    text = f"山田太郎様、090-1234-5678 癌で通院中。\n{filler}\n癌の話題。\n"
    assert _sensitive_lines(text) == [1]  # line 17's keyword has no one near
    # the anchor six lines up, another keyword between them in the list: still near
    text = "山田太郎様\n" + "\n".join(["業務連絡です。"] * 5) + "\n癌\n癌\n"
    assert _sensitive_lines(text) == [7, 8]


def _sensitive_lines(text: str) -> list[int]:
    return [f.location["line"] for f in detect(text)
            if isinstance(f, Finding) and f.category == "sensitive"]


def test_lines_and_columns_found_at_once_are_those_counted_one_by_one(monkeypatch):
    rng = random.Random(3)
    for _ in range(1500):
        text = "".join(rng.choice("ab\n漢\ud800") for _ in range(rng.randint(0, 60)))
        offsets = sorted(rng.randint(0, len(text)) for _ in range(rng.randint(0, 30)))
        location = rng.choice([{"line": 3}, {"line": 2, "column": 5}, {"paragraph": 4, "x": 1},
                               {"line": 1, "overlap": 2}, {"page": 2}])
        unit = TextUnit(text, "p", location)
        monkeypatch.setattr(unit_locations, "_DENSE", 0)  # newlines counted between values
        one_by_one = unit_locations.unit_locations(unit, offsets)
        monkeypatch.setattr(unit_locations, "_DENSE", 1 << 30)  # every newline at once
        at_once = unit_locations.unit_locations(unit, offsets)
        assert [list(loc.items()) for loc in at_once] == \
            [list(loc.items()) for loc in one_by_one]
