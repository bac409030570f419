"""A web log's query strings with %-encoded Japanese: decoded values, their line and column."""

from __future__ import annotations

import random
from urllib.parse import quote, quote_plus

import pytest
from faker import Faker

from leakscope import pii
from leakscope.pii.engine import Engine
from leakscope.pii.extract.query_values import decode, with_query_values
from leakscope.pii.extract.text import line_blocks
from leakscope.pii.finding import Finding


def _people(count: int, seed: int) -> list[dict]:
    fake = Faker("ja_JP")
    fake.seed_instance(seed)
    rng = random.Random(seed)
    people = []
    for _ in range(count):
        chome, ban, gou = rng.randint(1, 9), rng.randint(1, 30), rng.randint(1, 20)
        people.append({
            "name": f"{fake.last_name()} {fake.first_name()}",
            "addr": f"{fake.prefecture()}{fake.city()}{fake.town()}{chome}丁目{ban}-{gou}",
            "tel": f"090{rng.randint(10000000, 99999999)}",
            "mail": f"user{rng.randint(100, 999)}@example.jp",
        })
    return people


def _log_line(person: dict, encoding: str = "utf-8") -> str:
    query = (f"name={quote_plus(person['name'], encoding=encoding)}&tel={person['tel']}"
             f"&addr={quote_plus(person['addr'], encoding=encoding)}"
             f"&mail={quote(person['mail'], safe='')}")
    return (f'203.0.113.7 - - [20/May/2024:10:00:00 +0900] "GET /contact/confirm?{query} '
            'HTTP/1.1" 200 3312 "-" "Mozilla/5.0"')


def _scan(path) -> tuple[list[Finding], pii.scanner.Scan]:
    run = pii.scan([path], workers=1)
    found = list(run)
    assert [f for f in found if not isinstance(f, Finding)] == []
    return [f for f in found if isinstance(f, Finding)], run


def _values(findings: list[Finding], category: str) -> list[str]:
    return [f.value for f in findings if f.category == category]


def test_encoded_names_and_addresses_are_found_decoded_at_their_line_and_column(tmp_path):
    people = _people(3, seed=7)
    lines = ["203.0.113.7 - - [20/May/2024:09:59:59 +0900] \"GET / HTTP/1.1\" 200 512 \"-\" \"-\"",
             *(_log_line(p) for p in people)]
    path = tmp_path / "access.log"
    path.write_text("\n".join(lines) + "\n", encoding="ascii")
    findings, run = _scan(path)
    names = [f for f in findings if f.category == "person_name"]
    assert [f.value for f in names] == [p["name"].replace(" ", "") for p in people]
    assert [f.value for f in findings if f.category == "address"] == [p["addr"] for p in people]
    assert _values(findings, "phone_number") == [p["tel"] for p in people]
    assert _values(findings, "email_address") == [p["mail"] for p in people]
    for number, name in enumerate(names, 2):  # the value's own place in the file
        line = lines[number - 1]
        assert name.location == {"line": number, "column": line.index("name=") + 6}
        assert name.detector.startswith("person_name")
    assert run.summary.subjects == 3  # one line, one person


def test_shift_jis_encoded_values_are_decoded_too(tmp_path):
    (person,) = _people(1, seed=8)
    path = tmp_path / "old_form.log"
    path.write_text(_log_line(person, "cp932") + "\n", encoding="ascii")
    findings, _ = _scan(path)
    assert _values(findings, "person_name") == [person["name"].replace(" ", "")]
    assert _values(findings, "address") == [person["addr"]]


def test_cut_escapes_and_bytes_of_no_encoding_give_no_garbage_and_the_rest_is_read(tmp_path):
    good, cut_person = _people(2, seed=9)
    cut = _log_line(cut_person)
    cut = cut[: cut.index("&tel=") - 4]  # the line ends inside the last escaped character
    lines = [cut, "GET /x?name=%FF%FE%00%01%80&q=%ZZ%E3 HTTP/1.1", "GET /y?addr=%E3%8",
             _log_line(good)]
    path = tmp_path / "cut.log"
    path.write_text("\n".join(lines), encoding="ascii")
    findings, _ = _scan(path)
    assert all("\ufffd" not in f.value and "%" not in f.value for f in findings)
    assert [f.value for f in findings if f.category == "person_name" and f.location["line"] == 4] \
        == [good["name"].replace(" ", "")]
    assert _values(findings, "address") == [good["addr"]]
    assert decode("%E5%B1%B1%E7%94") == "山"  # the whole characters before the cut
    assert decode("%FF%FE%00") is None
    assert decode("%E3%8") is None


def test_a_huge_line_is_read_window_by_window_and_a_value_in_an_overlap_once():
    (person,) = _people(1, seed=10)
    line = _log_line(person)
    text = "x" * 900 + " " + line + " " + "y" * 3000 + "\n"
    units = list(line_blocks(iter([text]), "huge.log", window=1000, overlap=400))
    assert len(units) > 3 and all("overlap" in u.location for u in units[1:])
    assert text.index("name=") < 1000 < text.index("&tel=")  # cut by the first window
    decoded = [u for u in with_query_values(units) if u.label is not None]
    assert [(u.label, u.text) for u in decoded] == [("name", person["name"]),
                                                   ("addr", person["addr"])]
    start = text.index("name=") + 5
    assert decoded[0].location == {"line": 1, "column": start + 1}
    found = [f for f in Engine.cached().detect(with_query_values(units))
             if isinstance(f, Finding) and f.category in ("person_name", "address")]
    assert [f.value for f in found] == [person["name"].replace(" ", ""), person["addr"]]


@pytest.mark.parametrize("text", ["plain log line without escapes\n" * 50,
                                  "GET /a?q=%20%2F%41 HTTP/1.1 100%\n" * 50])
def test_text_without_escaped_non_ascii_bytes_passes_through_as_it_is(text):
    units = list(line_blocks(iter([text]), "a.log"))
    assert [id(u) for u in with_query_values(units)] == [id(u) for u in units]
