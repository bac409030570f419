"""The C kernel of 本人の数 (``leakscope.pii._keys``) against its specification and fallback.

Its hash against a Python reference, a table's keys and group flags against the numpy path, its
union-find against the numpy one, and hostile offsets and sizes: a ValueError, never a read
outside the buffers. (That whole counts agree on both paths: test_subjects_table.py.)
"""

from __future__ import annotations

import random
import sys

import numpy as np
import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from leakscope.pii import arrow_strings, subject_codes, subject_graph, subjects
from leakscope.pii.arrow_strings import string_buffers
from leakscope.pii.subject_graph import PeopleGraph, StringHasher

kernel = subject_graph.KERNEL
pytestmark = pytest.mark.skipif(kernel is None, reason="C kernel _keys not built")

_MASK = (1 << 64) - 1
_GOLDEN, _MIX1, _MIX2 = 0x9E3779B97F4A7C15, 0xBF58476D1CE4E5B9, 0x94D049BB133111EB
_STEP1, _STEP2 = 0x87C37B91114253D5, 0x4CF5AD432745937F
# Around the kanji range U+4E00..U+9FFF (its UTF-8 edges), kana, Latin, 4-byte characters.
_ALPHABET = "aZ0-@ .\u3400\u4dff\u4e00\u4e01\u9ffe\u9fff\ua000アイウｱ山田太郎😀é\u00a0"


def _finish(x: int) -> int:
    x ^= x >> 30
    x = x * _MIX1 & _MASK
    x ^= x >> 27
    x = x * _MIX2 & _MASK
    return x ^ x >> 31


def _step(h: int, word: int) -> int:
    h = (h ^ word) * _STEP1 & _MASK
    return ((h << 31 | h >> 33) & _MASK) * _STEP2 & _MASK


def reference_hash(data: bytes) -> int:
    """The kernel's string hash as _keys.c specifies it (little-endian words, zero padded)."""
    h = _GOLDEN ^ len(data) * _MIX2 & _MASK
    for start in range(0, len(data), 8):
        h = _step(h, int.from_bytes(data[start: start + 8], "little"))
    return _finish(h)


@pytest.mark.skipif(sys.byteorder != "little", reason="words are read in host order")
@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet=_ALPHABET, max_size=40), min_size=1, max_size=30),
       st.integers(0, 5))
def test_hashes_follow_the_reference_on_sliced_and_chunked_arrays(texts, cut):
    array = pa.array(["head", *texts], pa.string()).slice(1)  # an offset into the buffers
    cut = min(cut, len(texts))
    chunked = pa.chunked_array([array.slice(0, cut), array.slice(cut)], pa.string())
    expected = [reference_hash(t.encode()) for t in texts]
    hashes = StringHasher()
    assert hashes(array).tolist() == expected
    assert hashes(chunked).tolist() == expected


def test_distinct_strings_get_distinct_hashes():
    """Strings of one length that differ in one byte, and zero-padded look-alikes."""
    texts = [f"user{i}@example.jp" for i in range(200_000)]
    texts += ["", "\0", "\0\0", "a", "a\0", "a" * 8, "a" * 8 + "\0", "a" * 16]
    hashed = StringHasher()(pa.array(texts))
    assert np.unique(hashed).size == len(texts)


def _codes() -> subject_codes.Codes:
    return subject_codes.Codes(StringHasher())


def _random_table(rng: random.Random, groups: int) -> tuple[np.ndarray, pa.Array, np.ndarray,
                                                            np.ndarray]:
    """Codes, values, rows (into values, some skipped) and group starts of random groups."""
    names = ["山田太郎", "ヤマダ タロウ", "Taro Yamada", "\u4dffさん", "\u9fffこ", "\ua000x", "㐀"]
    pools = {"person_name": names, "date_of_birth": ["1980-01-02", "1999-12-31"],
             "address": ["東京都千代田区1-1", "大阪府"], "email_address": ["a@x.jp", "b@x.jp"],
             "phone_number": ["0312345678"], "bank_account": ["1234567"],
             "credit_card_number": ["4111111111111111"], "landline": ["0312345678", "0663334444"]}
    index = {c: i for i, c in enumerate(subject_codes.PERSON_CATEGORY)}
    index["landline"] = subject_codes.LANDLINE
    values, codes, rows, starts = ["skipped"], [], [], [0]
    for _ in range(groups):
        for _ in range(rng.randrange(1, 7)):  # a group is never empty
            category = rng.choice(list(pools))
            rows.append(len(values))
            values.append(rng.choice(pools[category]))
            codes.append(index[category])
            if rng.random() < 0.2:
                values.append("between")  # a finding that does not count
        starts.append(len(rows))
    return (np.array(codes, np.int64), pa.array(values), np.array(rows, np.int64),
            np.array(starts, np.int64))


def _kernel_keys(code, values, rows, starts):
    codes, n = _codes(), starts.size - 1
    hashes = subject_codes.address_hashes(codes, code, values, rows, StringHasher())
    flags = np.empty(n, np.uint8)
    keys, groups = kernel.table_keys(code.astype(np.int8), rows, starts, *string_buffers(values),
                                     codes.roles, codes.hash, codes.pairs, hashes, flags)
    return hashes, np.frombuffer(groups, np.int64), np.frombuffer(keys, np.uint64), flags


@pytest.mark.parametrize("seed", range(8))
def test_a_tables_keys_and_group_flags_are_the_numpy_paths(seed):
    code, values, rows, starts = _random_table(random.Random(seed), 60)
    group = np.repeat(np.arange(starts.size - 1), np.diff(starts))
    hashed = subject_codes.address_hashes(_codes(), code, values, rows, StringHasher())
    expected = subject_codes.table_keys(_codes(), code, values, rows, group, hashed, StringHasher())
    got = _kernel_keys(code, values, rows, starts)
    assert got[0].tolist() == hashed.tolist()  # hashes
    assert sorted(zip(got[1].tolist(), got[2].tolist(), strict=True)) == sorted(
        zip(expected[0].tolist(), expected[1].tolist(), strict=True))  # (group, key)
    assert got[3].tolist() == expected[2].tolist()  # thin, named


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet=_ALPHABET, max_size=30), min_size=1, max_size=20))
def test_every_group_of_a_name_is_named_kanji_too(names):
    code = np.full(len(names), subject_codes.PERSON_CATEGORY.index("person_name"), np.int64)
    rows, starts = np.arange(len(names)), np.arange(len(names) + 1)
    flags = _kernel_keys(code, pa.array(names), rows, starts)[3]
    assert ((flags & subject_codes.GROUP_NAMED) != 0).all()


@pytest.mark.parametrize("seed", range(6))
def test_record_starts_are_the_numpy_paths(seed):
    rng = random.Random(seed)
    records = [f"t.csv#{rng.randrange(6)}" + "x" * rng.randrange(12) for _ in range(300)]
    column = pa.chunked_array([pa.array(records[:100]), pa.array(records[100:])])
    rows = np.array(sorted(rng.sample(range(300), 150)), np.int64)
    out = np.empty(rows.size, np.int64)
    got = out[: kernel.record_starts(rows, *string_buffers(column), out)]
    assert got.tolist() == subject_codes.record_starts(column, rows).tolist()


@settings(max_examples=100, deadline=None)
@given(st.lists(st.text(alphabet=_ALPHABET, max_size=6), min_size=1, max_size=40),
       st.integers(1, 5), st.integers(0, 3))
def test_leading_bytes_are_the_numpy_paths(texts, width, cut):
    column = pa.chunked_array([pa.array(texts[:cut], pa.string()),
                               pa.array(texts[cut:], pa.string())])[1:]
    rows = np.array(sorted(random.Random(width).choices(range(len(texts) - 1), k=9)), np.int64) \
        if len(texts) > 1 else np.zeros(0, np.int64)
    first, length = arrow_strings.leading_bytes(column, rows, width)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(arrow_strings, "KERNEL", None)
        spec_first, spec_length = arrow_strings.leading_bytes(column, rows, width)
    assert first.tolist() == spec_first.tolist() and first.dtype == spec_first.dtype
    assert length.tolist() == spec_length.tolist() and length.dtype == spec_length.dtype


@pytest.mark.parametrize("seed", range(6))
def test_the_findings_that_count_are_the_arrow_paths(seed, monkeypatch):
    """Known categories among near misses and a cache's worth of others; nulls in personal
    and value; a company's contacts; in chunks."""
    rng = random.Random(seed)
    categories = [*subject_codes.PERSON_CATEGORY, "person_nam", "person_namex", "", "postal_code",
                  "ip_address", *(f"other{i}" for i in range(80))]
    n = 400
    data = pa.table({
        "category": pa.chunked_array([[rng.choice(categories) for _ in range(n // 2)]] * 2),
        "personal": [rng.choice([True, True, False, None]) for _ in range(n)],
        "value": [rng.choice(["v", None, "w"]) for _ in range(n)],
        # (a company's contact in its row: not personal, yet counted, ``row_owners``)
        "detector": [rng.choice(["jp_numbering_plan", "jp_numbering_plan:company", "x"])
                     for _ in range(n)],
    })
    native = subjects.SubjectLinker()._person_rows(data)
    monkeypatch.setattr(subject_graph, "KERNEL", None)
    fallback = subjects.SubjectLinker()._person_rows(data)
    assert native[0].tolist() == fallback[0].tolist()
    assert native[1].tolist() == fallback[1].tolist()
    assert native[0].size > 0


def _partition(graph: PeopleGraph, nodes: list[np.ndarray]) -> list[int]:
    """Each item's person as the first item of that person (comparable across graphs)."""
    roots = [graph.root(int(n)) if n >= 0 else -1 - i
             for i, n in enumerate(np.concatenate(nodes))]
    first: dict[int, int] = {}
    return [first.setdefault(r, i) for i, r in enumerate(roots)]


@pytest.mark.parametrize("seed", range(6))
def test_the_kernels_union_find_joins_the_same_people_as_numpys(seed, monkeypatch):
    monkeypatch.setattr(subject_graph, "_FIRST_SIZE", 8)  # grown (reinserted) many times
    rng = np.random.default_rng(seed)
    native, fallback = PeopleGraph(kernel), PeopleGraph(None)
    got, expected = [], []
    for _ in range(20):
        count = int(rng.integers(1, 40))
        groups = rng.integers(0, count, int(rng.integers(0, 80)))
        keys = rng.integers(1, 300, groups.size).astype(np.uint64)  # shared keys link groups
        got.append(native.link_keys(groups, keys, count))
        expected.append(fallback.link_keys(groups, keys, count))
    assert _partition(native, got) == _partition(fallback, expected)
    assert native.roots == fallback.roots
    assert native._keys._size == fallback._keys._size  # one slot per distinct key


def _strings(offsets: list[int], data: bytes) -> tuple[np.ndarray, bytes]:
    return np.array(offsets, np.int32), data


@pytest.mark.parametrize("offsets", [[0, 5, 3], [0, 3, 9], [-1, 2, 3], [0, 2, 2**31 - 1]],
                         ids=["decreasing", "past-the-data", "negative", "huge"])
def test_hostile_offsets_are_refused_not_read(offsets):
    strings = _strings(offsets, b"abcdefgh")
    with pytest.raises(ValueError, match="outside the data"):
        kernel.hash_strings(*strings, np.empty(2, np.uint64))
    out = np.empty(2, np.int64)
    with pytest.raises(ValueError, match="outside the data"):
        kernel.record_starts(np.array([0, 1], np.int64), *strings, out)
    with pytest.raises(ValueError, match="outside the data"):
        kernel.leading_bytes(np.array([0, 1], np.int64), *strings, np.empty(8, np.uint8),
                             np.empty(2, np.int32))
    with pytest.raises(ValueError, match="outside the data"):
        kernel.person_rows(*strings, *subject_codes.PERSON_BUFFERS, np.ones(2, bool),
                           np.ones(2, bool), out, np.empty(2, np.int8))


def test_rows_groups_and_codes_outside_their_arrays_are_refused():
    codes = _codes()
    offsets, data = _strings([0, 1, 2], b"ab")
    base = dict(code=np.zeros(2, np.int8), rows=np.array([0, 1], np.int64),
                starts=np.array([0, 2], np.int64))

    def keys(code, rows, starts):
        return kernel.table_keys(code, rows, starts, offsets, data, codes.roles, codes.hash,
                                 codes.pairs, np.empty(2, np.uint64),
                                 np.empty(starts.size - 1, np.uint8))

    keys(**base)  # the unchanged call is fine
    bad = [("rows", np.array([0, 2], np.int64), "outside the data"),
           ("rows", np.array([-1, 0], np.int64), "outside the data"),
           ("code", np.array([0, len(codes.roles)], np.int8), "no category code"),
           ("code", np.array([0, -1], np.int8), "no category code"),
           ("starts", np.array([0, 3], np.int64), "cover"),
           ("starts", np.array([1, 2], np.int64), "cover")]
    for name, value, message in bad:
        with pytest.raises(ValueError, match=message):
            keys(**{**base, name: value})
    with pytest.raises(ValueError, match="decrease"):
        kernel.table_keys(base["code"], base["rows"], np.array([0, 2, 1, 2], np.int64), offsets,
                          data, codes.roles, codes.hash, codes.pairs, np.empty(2, np.uint64),
                          np.empty(3, np.uint8))
    with pytest.raises(ValueError, match="disagree"):
        kernel.hash_strings(offsets, data, np.empty(3, np.uint64))


_LINK = dict(slots=np.zeros(8, np.uint64), ids=np.zeros(8, np.int32),
             parent=np.arange(4, dtype=np.int32), nodes=0, groups=np.array([0], np.int64),
             keys=np.array([5], np.uint64), start=0, room=4)


@pytest.mark.parametrize(("change", "message"), [
    ({"groups": np.array([2], np.int64)}, "no group or is 0"),
    ({"keys": np.array([0], np.uint64)}, "no group or is 0"),
    ({"slots": np.zeros(6, np.uint64), "ids": np.zeros(6, np.int32)}, "power of two"),
    ({"nodes": 4}, "no room"),
    ({"start": 2}, "start or room"),
    ({"room": 8}, "start or room"),
    ({"slots": np.arange(1, 9, dtype=np.uint64), "keys": np.array([99], np.uint64),
      "parent": np.arange(16, dtype=np.int32), "nodes": 8, "room": 0}, "full"),
], ids=["group", "zero-key", "slots", "nodes", "start", "room", "full"])
def test_the_graphs_own_state_is_checked_at_its_edges(change, message):
    call = {**_LINK, **change}
    with pytest.raises(ValueError, match=message):
        kernel.link_keys(call["slots"], call["ids"], call["parent"], call["nodes"],
                         call["groups"], call["keys"], np.full(2, -1, np.int64), call["start"],
                         call["room"])
