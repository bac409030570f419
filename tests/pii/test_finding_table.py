"""FindingTable output, column by column, equals the per-Finding output byte for byte."""

from __future__ import annotations

import json
import random

import numpy as np
import pyarrow as pa
import pytest
from corpus_gen import my_number
from faker import Faker
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from leakscope.pii import finding_lines, table_masking
from leakscope.pii.finding import Finding
from leakscope.pii.finding_table import SCHEMA, FindingTable
from leakscope.pii.masking import mask
from leakscope.pii.recognizers import CATEGORIES

HOSTILE = ['', '"', '\\', '\\"', '""', "\x00", "\x1f", "\x7f", "\n\r\t\b\f", "\u2028\u2029",
           "😀", "𠮷野家", "a@", "@", "@@b", "x@y@z", ":", "::1", "1.2", "1.2.3.4.5", "１２３",
           "ｶﾞｷﾞ", "é", "e\u0301", "\ufeff", "</script>", "null", "1234567", "123456"]
EVIDENCE = {"evidence_id": 7, "sha256": "ab" * 32}


@pytest.fixture(params=["kernel", "arrow"], autouse=True)
def output_path(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Every test on both ways: the C kernel ``_tablejson`` and Arrow's string kernels."""
    if request.param == "arrow":
        monkeypatch.setattr(table_masking, "KERNEL", None)
        monkeypatch.setattr(finding_lines, "KERNEL", None)
    elif table_masking.KERNEL is None:
        pytest.skip("the C kernel leakscope.pii._tablejson was not built")
    return request.param


def faker_values(fake: Faker, rng: random.Random) -> dict[str, str]:
    """One realistic (normalized) value per category."""
    return {
        "my_number": my_number(rng), "corporate_number": "1" + my_number(rng),
        "drivers_license_number": str(rng.randrange(10**11, 10**12)),
        "passport_number": "TK" + str(rng.randrange(10**6, 10**7)),
        "residence_card_number": "AB" + str(rng.randrange(10**7, 10**8)) + "CD",
        "basic_pension_number": str(rng.randrange(10**9, 10**10)),
        "health_insurance_number": str(rng.randrange(10**7, 10**8)),
        "bank_account": str(rng.randrange(10**6, 10**7)),
        "phone_number": fake.phone_number().replace("-", ""),
        "postal_code": fake.postcode().replace("-", ""),
        "date_of_birth": fake.date_of_birth().isoformat(),
        "credit_card_number": fake.credit_card_number(), "card_expiry": fake.credit_card_expire(),
        "card_security_code": fake.credit_card_security_code(), "credential": fake.password(),
        "sensitive": rng.choice(["うつ病", "障害者手帳", "前科"]), "email_address": fake.email(),
        "ip_address": rng.choice([fake.ipv4(), fake.ipv6()]), "iban": fake.iban(),
        "us_ssn": "123-45-6789", "person_name": fake.name(), "address": fake.address(),
    }


def faker_findings(count: int, seed: int) -> list[Finding]:
    fake, rng = Faker("ja_JP"), random.Random(seed)
    fake.seed_instance(seed)
    fields = ["氏名", 'say "hi"', "back\\slash", "tab\tnew\nline\x00", "😀列", "", "x" * 300]
    found = []
    for row in range(2, count // len(CATEGORIES) + 3):
        for category, value in faker_values(fake, rng).items():
            if rng.random() < 0.2:
                value = rng.choice(HOSTILE) + value + rng.choice(HOSTILE)
            found.append(Finding(category, value, "x", {"row": row, "field": rng.choice(fields)},
                                 rng.choice([0.5, 0.855, 0.9, 0.995, 1.0, 0.7049999]),
                                 rng.choice(["column:氏名", 'shape"\\', "ner"]), str(row),
                                 category != "corporate_number"))
    return found


def per_finding(table: FindingTable, reveal: bool) -> str:
    """What the CLI writes for these findings one by one (``emit_jsonl``)."""
    return "".join(json.dumps(f.to_record(reveal), ensure_ascii=False, default=str) + "\n"
                   for f in table.findings())


finding_st = st.builds(
    Finding,
    category=st.sampled_from((*CATEGORIES, "unknown")),
    value=st.one_of(st.text(max_size=30), st.sampled_from(HOSTILE)),
    path=st.just("x"),
    location=st.fixed_dictionaries({"row": st.integers(-1, 2**62),
                                    "field": st.one_of(st.text(max_size=8),
                                                       st.sampled_from(HOSTILE))}),
    confidence=st.one_of(st.floats(0, 1), st.sampled_from([-0.0, float("nan"), 0.005,
                                                           0.125, 1e-300, 0.994999])),
    detector=st.text(max_size=6),
    record=st.one_of(st.none(), st.text(max_size=4)),
    personal=st.booleans(),
)
paths = st.sampled_from(["customers.csv", 'a "b"\\c.csv', "x.zip!名簿.csv", "\\x1b[31m.csv",
                         "😀.tsv", "bad\udcff.csv"])


@settings(max_examples=150, deadline=None, suppress_health_check=[
    HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.lists(finding_st, max_size=40), paths, st.booleans(), st.booleans())
def test_json_lines_equal_the_per_finding_records(found, path, reveal, with_evidence):
    table = FindingTable.from_findings(path, found).with_evidence(
        EVIDENCE if with_evidence else {})
    assert table.json_lines(reveal) == per_finding(table, reveal)


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.sampled_from((*CATEGORIES, "unknown")),
                          st.one_of(st.text(max_size=20), st.sampled_from(HOSTILE))),
                max_size=60))
def test_masked_values_equal_mask(pairs):
    table = FindingTable.from_findings("x", [
        Finding(c, v, "x", {"row": 1, "field": "f"}, 0.9, "d") for c, v in pairs])
    assert table.masked_values().to_pylist() == [mask(v, c) for c, v in pairs]


@pytest.mark.parametrize("reveal", [False, True])
def test_faker_ja_jp_findings_of_every_category(reveal):
    found = faker_findings(3000, seed=5)
    assert {f.category for f in found} == set(CATEGORIES)
    table = FindingTable.from_findings("顧客/名簿.csv", found).with_evidence(EVIDENCE)
    assert table.masked_values().to_pylist() == [mask(f.value, f.category) for f in found]
    lines = table.json_lines(reveal)
    assert lines == per_finding(table, reveal)
    assert table.json_bytes(reveal) == lines.encode()
    if not reveal:  # masked: no full value of a number leaks
        assert not any(f.value in lines for f in found if f.category == "my_number")


def test_location_json_as_json_dumps_writes_it():
    table = FindingTable.from_findings("x", faker_findings(200, seed=1))
    assert table.location_json().to_pylist() == [
        json.dumps(f.location, ensure_ascii=False) for f in table.findings()]
    assert FindingTable("x", SCHEMA.empty_table()).location_json().to_pylist() == []


def test_empty_null_and_not_personal_rows():
    table = FindingTable("x", pa.table({
        "category": ["person_name", None, "credential"], "value": ["", "山田", None],
        "row": [None, 3, 4], "field": [None, "氏名", "pw"], "confidence": [0.91, 0.5, 1.0],
        "detector": ["d", None, "d"], "record": [None, None, None],
        "personal": [True, None, False]}))
    assert table.masked_values().to_pylist() == ["", mask("山田", None), None] == ["", "**", None]
    for reveal in (False, True):
        assert table.json_lines(reveal) == per_finding(table, reveal)
    empty = FindingTable("x", SCHEMA.empty_table())
    assert empty.json_lines(False) == "" and empty.json_bytes(True) == b""
    assert empty.first_values() == {}


def test_long_values_many_batches_and_chunks(monkeypatch):
    """Lines are made in blocks (a fixed number of rows); chunked tables read as one."""
    monkeypatch.setattr(finding_lines, "LINES_PER_BATCH", 7)
    found = faker_findings(200, seed=3)
    found[5].value = "長" * 200_000 + '"\\\x01'
    found[9].location = {"row": 9, "field": "f" * 100_000}
    half = FindingTable.from_findings("x", found[:100]).table
    rest = FindingTable.from_findings("x", found[100:]).table
    table = FindingTable("x", pa.concat_tables([half, rest]), EVIDENCE)
    assert table.table.column("value").num_chunks == 2
    for reveal in (False, True):
        assert table.json_lines(reveal) == per_finding(table, reveal)
    assert table.masked_values().to_pylist() == [mask(f.value, f.category) for f in found]


@settings(max_examples=150, deadline=None, suppress_health_check=[
    HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.lists(finding_st, min_size=1, max_size=40), st.booleans(), st.integers(1, 3))
def test_kinds_known_by_the_table_path_give_the_same_lines_masks_and_counts(
        monkeypatch, found, reveal, split):
    """The table path hands each row's kind over; the lines, masks and counts are those made
    without (rows of one kind may carry several numbers: the texts are the same)."""
    monkeypatch.setattr(finding_lines, "LINES_PER_BATCH", 7)
    plain = FindingTable.from_findings("x", found)
    kinds, _ = finding_lines._kinds(plain.table.combine_chunks().to_batches()[0])
    finer, _ = finding_lines.dense_codes(kinds * split + np.arange(kinds.size) % split)
    known = FindingTable("x", plain.table, kinds=finer).with_evidence(EVIDENCE)
    plain = plain.with_evidence(EVIDENCE)
    assert known.json_lines(reveal) == plain.json_lines(reveal)
    assert known.masked_values().equals(plain.masked_values())
    assert [list(c.items()) for c in known.counts()] == [list(c.items()) for c in plain.counts()]


def test_undecodable_file_name_is_written_as_the_text_stream_would():
    table = FindingTable.from_findings("bad\udcff.csv", faker_findings(30, seed=2))
    text = per_finding(table, False)
    assert table.json_lines(False) == text
    assert table.json_bytes(False, "surrogateescape") == text.encode("utf-8", "surrogateescape")
    with pytest.raises(UnicodeEncodeError):
        table.json_bytes(False, "strict")


def test_first_values_per_category_in_row_order():
    found = faker_findings(100, seed=4)
    table = FindingTable.from_findings("x", found)
    expected: dict[str, str] = {}
    for f in found:
        expected.setdefault(f.category, f.value)
    assert table.first_values() == expected


def test_every_finding_of_its_own_kind():
    """Distinct category, field, confidence and detector on every row (the kinds' codes are
    made dense again before they could overflow 64 bits)."""
    n = 40_000  # 40,001^4 x 3 codes pass 2^62
    table = FindingTable("x", pa.table({
        "category": [f"c{i}" for i in range(n)], "value": [str(i) for i in range(n)],
        "row": list(range(n)), "field": [f"f{i}" for i in range(n)],
        "confidence": [i / n for i in range(n)], "detector": [f"d{i}" for i in range(n)],
        "record": [None] * n, "personal": [i % 3 != 0 for i in range(n)]}))
    assert table.json_lines(False) == per_finding(table, False)
