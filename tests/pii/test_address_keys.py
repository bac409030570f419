"""One home however its address is written links one person (name + address); an address
ends where the prose after it begins.

``address_key`` (one by one) and ``address_keys`` (Arrow, the table path) are held equal on
generated addresses; counts from whole tables (over 10 KB: the table path) are held equal to
the same findings fed one by one, on the C kernel (its own ``_address.h``) and on its numpy
fallback (``address_keys``).
"""

from __future__ import annotations

import csv
import random
import re
from pathlib import Path

import numpy as np
import pyarrow as pa
import pytest
from columnar_oracle import engine_reference, table_path
from faker import Faker
from hypothesis import given, settings
from hypothesis import strategies as st
from subject_paths import linker_path  # noqa: F401  (every test on both paths)

from leakscope import pii
from leakscope.pii.address_keys import address_key, address_keys, key_hashes
from leakscope.pii.subject_graph import StringHasher
from leakscope.pii.subjects import SubjectLinker

KANJI = "〇一二三四五六七八九"


def _kanji(number: int) -> str:
    """二十三 for 23 (as written before 丁目 / 番 / 号)."""
    tens, ones = divmod(number, 10)
    return (("" if tens < 2 else KANJI[tens]) + ("十" if tens else "")
            + (KANJI[ones] if ones or not tens else ""))


def _spellings(town: str, block: tuple[int, int, int]) -> list[str]:
    """One home written the ways Japanese records write it."""
    a, b, c = block
    return [f"{town}{a}丁目{b}番{c}号", f"{town}{_kanji(a)}丁目{b}番{c}号",
            f"{town}{_kanji(a)}丁目{_kanji(b)}番{_kanji(c)}号", f"{town}{a}-{b}-{c}",
            f"{town}{_kanji(a)}丁目{_kanji(b)}番地の{_kanji(c)}",
            f"{town}{a}丁目{b}番地{c}", f"{town}{a}丁目{b}-{c}", f"{town}{a}丁目{b}番地の{c}",
            f"〒160-0023 {town}{a}-{b}-{c}", f"{town}{a}-{b}-{c} サンハイツ101",
            f"{town}{a}丁目{b}番{c}号メゾン・ド・ソレイユ408", f"{town} {a} - {b} - {c}",
            f"{town}{a}-{b}-{c}第2コーポ"]


def _faker_addresses(count: int, seed: int) -> list[str]:
    fake = Faker("ja_JP")
    fake.seed_instance(seed)
    return [fake.address() for _ in range(count)]


def test_one_home_written_many_ways_has_one_key():
    for town in ("東京都新宿区西新宿", "新宿区西新宿", "東京都千代田区霞ケ関", "千代田区霞が関",
                 "東京都千代田区霞ヶ関"):
        keys = {address_key(s) for s in _spellings(town, (2, 8, 1))}
        assert keys == {"新宿区西新宿2-8-1"} if "新宿" in town else {"千代田区霞ヶ関2-8-1"}
    assert address_key("東京都港区三十三丁目二十番十号") == address_key("東京都港区33-20-10")
    for written in ("東京都新宿区西新宿二丁目八番一", "東京都新宿区西新宿二丁目八番地の一",
                    "東京都新宿区西新宿2丁目8番地1"):
        assert address_key(written) == "新宿区西新宿2-8-1"
    assert address_key("港区芝八番地の十二") == address_key("港区芝8-12")
    assert address_key("北海道札幌市中央区北三条西四丁目5番6号") == "札幌市中央区北3条西4-5-6"


def test_neighbours_keep_their_own_keys():
    homes = ["東京都新宿区西新宿2-8-1", "東京都新宿区西新宿2-8-10", "東京都新宿区西新宿2-18-1",
             "東京都新宿区西新宿12-8-1", "東京都新宿区西新宿2-8", "東京都新宿区東新宿2-8-1",
             "東京都新宿区西新宿2-8-1-405"]
    assert len({address_key(h) for h in homes}) == len(homes)
    assert address_key("東京都新宿区西新宿二丁目八番十号") == address_key(homes[1])


@pytest.mark.parametrize("seed", range(3))
def test_the_arrow_keys_are_the_python_keys(seed):
    rng = random.Random(seed)
    written = _faker_addresses(400, seed)
    for address in written[:150]:  # the same homes in other spellings
        head = re.match(r"(.*?)([0-9]+)丁目([0-9]+)番([0-9]+)号", address)
        if head:
            block = tuple(int(n) for n in head.groups()[1:])
            written.append(rng.choice(_spellings(head.group(1), block)))  # type: ignore[arg-type]
    written += ["", "〒", "東京都", "一一一丁目", "十十丁目", "十3丁目", "2三丁目", "三X一丁目",
                "百二十三番地", "前弥六八丁目", "二〇番地", "第一地割", "1--2", "-1-",
                "京都府京都市下京区烏丸通七条下る東塩小路町721-1",
                "宮城県仙台市青葉区一番町1-2-3", "大阪府大阪市北区梅田1丁目1番1-405号"]
    rng.shuffle(written)
    _assert_three_ways_agree(written)


def _assert_three_ways_agree(written: list[str]) -> None:
    """``address_key`` one by one, ``address_keys`` on Arrow, the C kernel's hashes."""
    keys = [address_key(a) for a in written]
    values = pa.chunked_array([written[:100], written[100:]], pa.string())
    assert address_keys(values).to_pylist() == keys
    hasher = StringHasher()
    if hasher.kernel is not None:
        hashed = key_hashes(values, np.arange(len(written)), hasher)
        assert hashed.tolist() == hasher(pa.array(keys, pa.string())).tolist()


# What the rules turn on: digits, kanji numerals, units, kana between kanji, 〒, spaces, hyphens
_PIECES = st.sampled_from([
    "0", "1", "2", "9", "一", "二", "九", "十", "〇", "丁目", "丁", "目", "番", "番地", "地",
    "地割", "号", "号室", "室", "条", "線", "の", "ノ", "ケ", "ヵ", "が", "ガ", "ヶ", "々", "大字",
    "大", "字", "〒", "-", "--", " ", "\u3000", "\n", "東京都", "京都府", "新宿区", "霞", "関",
    "ハイツ", "A", "x", "三重県", "123-4567", "1234567", "\xa0", "島", "😀"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(_PIECES, max_size=14).map("".join), min_size=1, max_size=30))
def test_the_three_ways_agree_on_any_mix_of_what_the_rules_read(written):
    _assert_three_ways_agree(written)


def _write(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([header, *rows])
    return path


def _people(folder: Path) -> tuple[int, int, list[pii.Finding]]:
    """The scan's count (the table path for tables over 10 KB), the same findings' one by one,
    and the findings."""
    run = pii.scan([folder], workers=1)
    found = [f for f in run if isinstance(f, pii.Finding)]
    linker = SubjectLinker()
    for finding in found:
        linker.add(finding)
    return run.summary.subjects, linker.count(), found


def test_the_r18_pair_is_one_person(tmp_path):
    _write(tmp_path / "x.csv", ["氏名", "住所"], [["鈴木 花子", "東京都新宿区西新宿二丁目8番1号"]])
    _write(tmp_path / "y.csv", ["氏名", "住所"], [["鈴木 花子", "東京都新宿区西新宿2-8-1"]])
    scanned, one_by_one, found = _people(tmp_path)
    assert (scanned, one_by_one) == (1, 1)
    values = {f.value for f in found if f.category == "address"}
    assert values == {"東京都新宿区西新宿二丁目8番1号", "東京都新宿区西新宿2-8-1"}  # as written


def _customers(count: int, seed: int) -> list[tuple[str, str, tuple[int, int, int]]]:
    fake = Faker("ja_JP")
    fake.seed_instance(seed)
    rng = random.Random(seed)
    return [(fake.name(), fake.address().split(" ")[0].split("丁目")[0].rstrip("0123456789"),
             (rng.randint(1, 9), rng.randint(1, 30), rng.randint(1, 30))) for _ in range(count)]


def test_two_exports_spelling_addresses_apart_link_on_the_table_path(tmp_path):
    people = _customers(300, seed=4)
    rng = random.Random(4)
    _write(tmp_path / "members.csv", ["氏名", "住所"],  # (each over 10 KB: the table path)
           [[name, rng.choice(_spellings(town, block)[:7])] for name, town, block in people])
    _write(tmp_path / "orders.csv", ["氏名", "住所"],
           [[name, rng.choice(_spellings(town, block)[3:])] for name, town, block in people])
    found, errors, tables = table_path(tmp_path / "members.csv")
    assert tables and not errors and found == engine_reference(tmp_path / "members.csv")[0]
    assert _people(tmp_path)[:2] == (300, 300)


def test_neighbours_of_one_name_stay_apart_on_both_paths(tmp_path):
    people = _customers(200, seed=5)
    rows = []
    for name, town, (a, b, c) in people:  # one name at a home and two next doors
        rows += [[name, f"{town}{a}-{b}-{c}"], [name, f"{town}{a}-{b}-{c + 10}"],
                 [name, f"{town}{a}-{b + 10}-{c}"]]
    _write(tmp_path / "list.csv", ["氏名", "住所"], rows)
    assert _people(tmp_path)[:2] == (600, 600)


def test_a_letter_and_a_table_row_of_one_home_are_one_person(tmp_path):
    people = _customers(200, seed=6)
    _write(tmp_path / "members.csv", ["氏名", "住所"],
           [[name, f"{town}{a}-{b}-{c}"] for name, town, (a, b, c) in people])
    name, town, (a, b, c) = people[17]
    (tmp_path / "letter.txt").write_text(
        f"〒160-0023\n{town}{_kanji(a)}丁目{b}番{c}号\n{name} 様\n\nお世話になっております。\n",
        encoding="utf-8")
    assert _people(tmp_path)[:2] == (200, 200)


def _addresses(path: Path) -> list[str]:
    return [f.value for f in pii.scan([path], workers=1)
            if isinstance(f, pii.Finding) and f.category == "address"]


def test_an_address_ends_where_the_prose_after_it_begins(tmp_path):
    chat = tmp_path / "chat.txt"
    chat.write_text("オーナーの高橋 誠様、電話番号変わったそうです。新しい番号は09012345678、"
                    "ご自宅は東京都調布市布田5-3-7のままです。\n"
                    "会場は東京都新宿区西新宿2-8-1までお越しください。\n"
                    "現住所は大阪府大阪市北区梅田一丁目3番1号に変わりました。\n"
                    "送付先は東京都港区芝公園4丁目2番地の8へお願いします。\n", encoding="utf-8")
    assert _addresses(chat) == ["東京都調布市布田5-3-7", "東京都新宿区西新宿2-8-1",
                                "大阪府大阪市北区梅田一丁目3番1号", "東京都港区芝公園4丁目2番地の8"]


def test_a_building_after_the_number_stays_in_the_address(tmp_path):
    buildings = ["サンハイツ208", "メゾン・ド・ソレイユ408", "ライオンズマンション304", "第2コーポ",
                 "さくら荘101", "みどりの丘マンション5", "コート松が谷118", "アーバン丸の内284",
                 "シティ二つ室148", "勝どきクレスト197"]  # (a place's の, が, つ, どき)
    note = tmp_path / "note.txt"
    note.write_text("".join(f"住所: 東京都調布市布田5-3-{i + 1}{b}です。\n"
                            for i, b in enumerate(buildings)), encoding="utf-8")
    assert _addresses(note) == [f"東京都調布市布田5-3-{i + 1}{b}" for i, b in enumerate(buildings)]


def test_address_cells_with_prose_or_buildings_read_alike_on_the_table_path(tmp_path):
    fake = Faker("ja_JP")
    fake.seed_instance(8)
    tails = ["のまま", "です", "", "さくら荘101", " サンハイツ208", "までお越し", "の1", "に在住"]
    path = _write(tmp_path / "cells.csv", ["氏名", "住所"],
                  [[fake.name(), fake.address().split(" ")[0] + tails[i % len(tails)]]
                   for i in range(400)])
    found, errors, tables = table_path(path)
    assert tables and not errors
    assert found == engine_reference(path)[0]
    detectors = {f[5] for f in found if f[1] == "address"}
    assert detectors == {"jp_address_pattern", "jp_address_pattern:label"}


def test_rows_outside_the_addresses_are_refused():
    """The kernel names the bad row (no read past the buffer); Arrow's take, the fallback's."""
    hasher = StringHasher()
    values = pa.array(["東京都新宿区西新宿2-8-1"])
    refused = (ValueError, "outside the data") if hasher.kernel is not None \
        else (IndexError, "out of bounds")
    for rows in (np.array([1], np.int64), np.array([-1], np.int64)):
        with pytest.raises(refused[0], match=refused[1]):
            key_hashes(values, rows, hasher)
