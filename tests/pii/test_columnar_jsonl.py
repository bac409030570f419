"""JSON Lines go the table path and give what the cell-by-cell path gives.

An application log whose lines have a few shapes (flat, nested objects, arrays, keys in
another order), odd leaves (null, true, numbers past 64 bits, NaN) and bad lines: `pii.scan`
must report the same findings (every field, in order, errors in their place) and the same
people as the path before, where each leaf was one engine unit; `--json` and a case store the
same locations (``{"record": "12", "key": "customer.email"}``).
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from columnar_oracle import engine_reference, table_path
from faker import Faker
from test_columnar_archives import _before, _errors, _findings, _scan

from leakscope import pii
from leakscope.pii import finding_lines, table_masking
from leakscope.pii.columnar import json_scan
from leakscope.pii.extract import jsondoc
from leakscope.pii.finding_table import FindingTable, TablePlace

BIG = 123456789012345678901234567  # past 64 bits: orjson would make it a float


def _log_lines(count: int, seed: int) -> list[str]:
    """An application log of several shapes, people in some lines."""
    fake, rng = Faker("ja_JP"), random.Random(seed)
    Faker.seed(seed)
    lines = []
    for i in range(count):
        ts = f"2024-05-01T10:{i % 60:02d}:00Z"
        kind = i % 7
        if kind == 0:
            record = {"ts": ts, "level": "INFO", "customer": {
                "氏名": fake.name(), "email": fake.email(), "tel": fake.phone_number(),
                "住所": fake.address()}}
        elif kind == 1:  # keys in another order, a phone saved as a number, null, true
            record = {"level": "INFO", "ts": ts, "user": fake.user_name(),
                      "phone": int("90" + str(rng.randint(10000000, 99999999))),
                      "note": None, "ok": True, "ms": rng.random()}
        elif kind == 2:  # an array: its elements labelled by the key above
            record = {"ts": ts, "to": [fake.email(), fake.email()], "tags": ["a", "b"]}
        elif kind == 3:
            record = {"ts": ts, "path": f"/api/orders/{rng.randint(1, 10**6)}", "status": 200,
                      "id": BIG + i}
        elif kind == 4:  # deeper objects, a key with a dot, the same leaf twice
            record = {"ts": ts, "req": {"headers": {"x.mail": fake.email()},
                                        "body": {"name": fake.name() + "様"}}}
        elif kind == 5:
            record = {"ts": ts, "msg": f"お問い合わせ {fake.name()}様 TEL {fake.phone_number()}",
                      "blank": "   ", "": fake.email()}
        else:
            record = {"ts": ts, "my_number": "234567890121", "card": "4111111111111129"}
        lines.append(json.dumps(record, ensure_ascii=rng.random() < 0.3))
    return lines


def _same_as_before(path: Path, monkeypatch, tables: int) -> dict:
    """Findings in the same order, the same errors and people. (An error comes out after
    the findings of the lines before it; the path before read ~1 MB of units ahead of the
    engine, so it named the error first.)"""
    now, before = _scan([path]), _before([path], monkeypatch)
    assert now["tables"] >= tables, "the table path was not taken"
    assert before["tables"] == 0
    assert _findings(now) == _findings(before)
    assert _errors(now) == _errors(before)
    assert now["people"] == before["people"] and now["categories"] == before["categories"]
    return now


def _write(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_an_app_log_equals_the_engine_and_the_path_before(tmp_path, monkeypatch):
    lines = _log_lines(700, 3)
    lines[10:10] = ["", "{not json", '{"v": NaN, "email": "nan@example.jp"}', '"just a string '
                    'taro@example.jp"', "[1, 2, {\"email\": \"arr@example.jp\"}]", "{}", "[]",
                    '{"a": 1, "a": "dup@example.jp"}', "   ",
                    '{"deep": ' + "[" * 5000 + "]" * 5000 + ', "email": "deep@example.jp"}',
                    '{"nul": "a\\u0000b", "email": "nul@example.jp"}']
    path = _write(tmp_path / "app.jsonl", lines)
    now = _same_as_before(path, monkeypatch, tables=1)
    reference, reference_errors = engine_reference(path)
    assert _findings(now) == reference
    assert [e[1] for e in _errors(now)] == reference_errors == [
        "line 12: invalid JSON (Expecting property name enclosed in double quotes); read as text",
        "line 20: invalid JSON (nested too deep); read as text"]
    found = _findings(now)
    assert len(found) > 1200 and now["people"] > 150
    keys = {dict(f[3]).get("key") for f in found}
    assert {"customer.email", "to[1]", "req.headers.x.mail", "$", "[2].email"} <= keys
    assert {"nan@example.jp", "dup@example.jp", "arr@example.jp", "deep@example.jp",
            "nul@example.jp"} <= {f[2] for f in found}


def test_numbers_past_64_bits_keep_every_digit(tmp_path, monkeypatch):
    """orjson makes them floats; a line holding one is decoded again by json."""
    number = 9_876_543_210_987_654_321_098  # a 22-digit number: no float holds it
    lines = [json.dumps({"acct": number, "email": f"u{i}@example.jp", "n": {"v": number}})
             for i in range(40)]
    path = _write(tmp_path / "big.jsonl", lines)
    now = _same_as_before(path, monkeypatch, tables=1)
    assert _findings(now) == engine_reference(path)[0]
    as_orjson_made_it = {"acct": float(number), "email": "u0@example.jp", "n": {"v": 0}}
    leaves = jsondoc.ParsedLine(1, as_orjson_made_it, lines[0]).leaves()
    assert [leaf for _, _, leaf, _ in leaves] == [number, "u0@example.jp", number]


def test_lines_of_many_shapes_and_blocks(tmp_path, monkeypatch):
    """Blocks cut every few leaves and every line its own shape: rows still in line order."""
    monkeypatch.setattr(json_scan, "BLOCK_VALUES", 50)
    fake = Faker("ja_JP")
    Faker.seed(8)
    lines = [json.dumps({f"k{i % 13}": fake.email(), "氏名": fake.name(),
                         f"x{i % 5}": {"tel": fake.phone_number()}}) for i in range(300)]
    path = _write(tmp_path / "shapes.jsonl", lines)
    now = _same_as_before(path, monkeypatch, tables=10)
    rows = [int(dict(f[3])["record"]) for f in _findings(now)]
    assert rows == sorted(rows) and len(set(rows)) == 300


def test_json_output_and_case_store_write_record_and_key(tmp_path, monkeypatch):
    path = _write(tmp_path / "app.jsonl", _log_lines(200, 5))
    tables = [i for i in pii.scan([path], workers=1).batches() if isinstance(i, FindingTable)]
    assert tables and all(t.place == TablePlace("record", "key", ("", "")) for t in tables)
    found = [f for t in tables for f in t.findings()]
    assert list(found[0].location) == ["record", "key"]
    assert isinstance(found[0].location["record"], str)
    assert tables[0].location_json().to_pylist() == [
        json.dumps(f.location, ensure_ascii=False) for f in tables[0].findings()]
    for kernel in (table_masking.KERNEL, None):
        monkeypatch.setattr(finding_lines, "KERNEL", kernel)
        monkeypatch.setattr(table_masking, "KERNEL", kernel)
        for reveal in (False, True):
            expected = "".join(json.dumps(f.to_record(reveal), ensure_ascii=False,
                                          default=str) + "\n" for f in tables[0].findings())
            assert tables[0].json_lines(reveal) == expected


def test_two_workers_carry_the_locations(tmp_path, monkeypatch):
    from leakscope.pii import scanner

    paths = [_write(tmp_path / f"app{i}.jsonl", _log_lines(300, 10 + i)) for i in range(2)]
    one = _scan(paths, workers=1)
    monkeypatch.setattr(scanner, "POOL_MIN_BYTES", 0)  # pool even these small files
    two = _scan(paths, workers=2)
    assert sorted(one["items"]) == sorted(two["items"]) and one["people"] == two["people"]
    assert all(dict(item[3]).keys() <= {"record", "key", "line", "column"}
               for item in two["items"] if item[0] != "error")


def test_a_long_line_and_a_cut_last_line_cost_only_themselves(tmp_path, monkeypatch):
    monkeypatch.setattr(jsondoc, "MAX_ELEMENT_CHARS", 1000)
    lines = _log_lines(60, 7)
    lines[20] = json.dumps({"blob": "x" * 2500, "email": "hidden@example.jp"})
    path = tmp_path / "cut.jsonl"
    path.write_text("\n".join(lines) + '\n{"email": "last@example.jp", "tel": "090-12', "utf-8")
    now = _same_as_before(path, monkeypatch, tables=2)
    messages = [e[1] for e in _errors(now)]
    assert any(m.startswith("line 21: longer than 1,000 characters") for m in messages)
    assert any(m.startswith("line 61: invalid JSON") for m in messages)
    values = {f[2] for f in _findings(now)}
    assert "hidden@example.jp" in values and "last@example.jp" in values
    assert len(_findings(now)) > 100


@pytest.mark.parametrize("data", [b"\x00\x01binary\xff\xfe" * 3000,
                                  "\n".join(['{"tel": "０９０－１２３４－５６７８"}'] * 800)
                                  .encode("cp932")])
def test_binary_and_shift_jis_logs(tmp_path, monkeypatch, data):
    path = tmp_path / "odd.jsonl"
    path.write_bytes(data)
    now, before = _scan([path]), _before([path], monkeypatch)
    assert now["items"] == before["items"] and now["people"] == before["people"]


def test_recipients_and_members_are_people_of_their_own(tmp_path, monkeypatch):
    """A mail log lists several people in one line: one person each, not one for the line
    (which linked a whole log into one person); a person's own phones stay one person."""
    fake = Faker("ja_JP")
    Faker.seed(4)
    people = [(fake.name(), f"p{i}@example.jp", f"090-{1000 + i:04d}-{5000 + i:04d}")
              for i in range(60)]
    rng = random.Random(2)
    lines, seen = [], set()
    for _ in range(150):
        sender, *recipients = rng.sample(range(40), 4)  # people 40-59 are in the members list
        seen.update([sender, *recipients])
        lines.append(json.dumps({"from": people[sender][1],
                                 "to": [people[r][1] for r in recipients[:2]],
                                 "Cc": [people[recipients[2]][1]], "subject": "見積書"}))
    lines.append(json.dumps({"group": "営業部", "members": [
        {"氏名": name, "email": mail} for name, mail, _ in people[40:]]}))
    lines += [json.dumps({"氏名": name, "phones": [phone, "03-3333-" + phone[-4:]]})
              for name, _, phone in people[:40]]
    path = _write(tmp_path / "mail.jsonl", lines)
    now = _same_as_before(path, monkeypatch, tables=1)
    assert len(seen) == 40
    # 40 senders/recipients + 20 members + 40 named owners of two phones each (no key links
    # a name-and-phones line to the mails: each is one more person, never three)
    assert now["people"] == 40 + 20 + 40
    records = {f[6] for f in _findings(now)}
    assert "mail.jsonl#line1/to[1]" in records and "mail.jsonl#line151/members[19]" in records
    assert not any("phones" in r for r in records)


def test_a_json_document_lists_people_the_same_way(tmp_path):
    path = tmp_path / "notice.json"
    path.write_text(json.dumps({"subject": "お知らせ", "to": [f"u{i}@example.jp" for i in range(5)],
                                "sender": {"name": "山田 太郎", "tel": "090-1234-5678"}}))
    run = pii.scan([path], workers=1)
    found = list(run)
    assert {f.record for f in found if f.category == "email_address"} == {
        f"notice.json#$/to[{i}]" for i in range(5)}
    assert run.summary.subjects == 6


def test_a_list_of_typed_contact_values_is_the_records_own(tmp_path, monkeypatch):
    """``"contacts": [{"type": "mobile", "value": …}, …]`` are one person's ways to be reached
    (a CRM export counted three people a line); contacts that are people stay people."""
    lines = [json.dumps({"id": i, "name": {"last": "中村", "first": f"涼{i}"}, "contacts": [
        {"type": "mobile", "value": f"070-1460-{6000 + i:04d}"},
        {"type": "email", "value": f"r{i}@example.jp"}]}, ensure_ascii=False)
        for i in range(30)]
    lines.append(json.dumps({"team": "営業", "contacts": [
        {"name": "山田 太郎", "email": "taro@example.jp"},
        {"name": "佐藤 花子", "email": "hanako@example.jp"}]}, ensure_ascii=False))
    path = _write(tmp_path / "crm.jsonl", lines)
    now = _same_as_before(path, monkeypatch, tables=1)
    assert now["people"] == 30 + 2


@pytest.mark.parametrize("count", [5, 60])  # a few lines: the engine's; many: a table
def test_a_name_in_two_halves_is_one_name(tmp_path, monkeypatch, count):
    """``"name": {"last": "佐藤", "first": "亮介"}`` and ``"last_name"``/``"first_name"`` are
    one person's name, as 姓 + 名 columns of a CSV are: reported once, whole, so it links."""
    fake = Faker("ja_JP")
    Faker.seed(count)
    people = [(fake.last_name(), fake.first_name(), fake.date_of_birth().isoformat())
              for _ in range(count)]
    lines = [json.dumps({"id": i, "name": {"last": last, "first": first}, "birth": born}
                        if i % 2 else {"id": i, "last_name": last, "first_name": first,
                                       "生年月日": born}, ensure_ascii=False)
             for i, (last, first, born) in enumerate(people)]
    lines.append(json.dumps({"name": {"last": "中村", "first": None}, "zip01": "100",
                             "zip02": "0001"}, ensure_ascii=False))  # no given half: as is
    lines.append(json.dumps({"name": {"given": "Michael", "family": "Gordon"}}))  # given first
    path = _write(tmp_path / "crm.jsonl", lines)
    now = _scan([path])
    assert _findings(now) == engine_reference(path)[0]
    names = [(f[2], dict(f[3])["key"]) for f in _findings(now) if f[1] == "person_name"]
    assert names[:2] == [(people[0][0] + people[0][1], "last_name+first_name"),
                         (people[1][0] + people[1][1], "name.last+first")]
    assert len(names) == count + 2 and names[-2:] == [
        ("中村", "name.last"), ("MichaelGordon", "name.family+given")]
    csv = tmp_path / "members.csv"  # the same people elsewhere: one person each
    csv.write_text("氏名,生年月日\n" + "".join(f"{last} {first},{born}\n"
                                            for last, first, born in people), encoding="utf-8")
    # (中村 with a postal code and nothing else: a surname alone, no one of its own)
    assert _scan([path, csv])["people"] == _scan([path])["people"] == count + 1


def _customers(count: int, seed: int) -> list[dict]:
    fake = Faker("ja_JP")
    Faker.seed(seed)
    return [{"id": i, "氏名": fake.name(), "contact": {"email": fake.email(),
                                                      "tel": fake.phone_number()},
             "住所": fake.address(), "tags": ["vip"] if i % 3 else [], "note": None}
            for i in range(count)]


def test_a_json_array_export_equals_the_engine_and_the_path_before(tmp_path, monkeypatch):
    path = tmp_path / "users.json"
    path.write_text(json.dumps(_customers(400, 6), ensure_ascii=False, indent=1), "utf-8")
    now = _same_as_before(path, monkeypatch, tables=1)
    assert _findings(now) == engine_reference(path)[0]
    first = _findings(now)[0]
    assert first[6] == "users.json#1" and dict(first[3]) == {"record": "1", "key": "氏名"}
    assert 350 <= now["people"] <= 400


@pytest.mark.parametrize("tail", [
    ', {"email": "cut@example.jp", "tel": "090-',  # truncated: the rest is an error
    ", " + "[" * 50_000 + "]" * 50_000 + ', {"email": "deep@example.jp"}]',  # hostile depth
])
def test_a_broken_json_array_keeps_the_records_before(tmp_path, monkeypatch, tail):
    path = tmp_path / "export.json"
    path.write_text(json.dumps(_customers(200, 7), ensure_ascii=False)[:-1] + tail, "utf-8")
    now = _same_as_before(path, monkeypatch, tables=1)
    assert len(_errors(now)) == 1 and len(_findings(now)) > 600


def test_an_api_dump_lists_its_records_by_key(tmp_path, monkeypatch):
    """{"users": [...], "orders": [...], "meta": {...}}: each list's objects are records
    (``users[0]``), the other keys one record ``$``, as the extractor reads them."""
    orders = [{"id": i, "ship_to": {"name": c["氏名"], "tel": c["contact"]["tel"]},
               "notify": [c["contact"]["email"], "shop@example.jp"]}
              for i, c in enumerate(_customers(60, 9))]
    path = tmp_path / "dump.json"
    path.write_text(json.dumps({"meta": {"exported_by": "山田 太郎", "mail": "ops@example.jp"},
                                "users": _customers(100, 8), "tags": ["a", "b"],
                                "orders": orders}, ensure_ascii=False), "utf-8")
    now = _same_as_before(path, monkeypatch, tables=2)
    assert _findings(now) == engine_reference(path)[0]
    records = [f[6] for f in _findings(now)]
    assert records[0] == "dump.json#users[0]" and records[-1] == "dump.json#$"
    assert "dump.json#orders[59]/notify[0]" in records
    first = dict(_findings(now)[0][3])
    assert first == {"record": "users[0]", "key": "氏名"}
    tables = [i for i in pii.scan([path], workers=1).batches() if isinstance(i, FindingTable)]
    assert tables[0].location_json().to_pylist()[0] == json.dumps(first, ensure_ascii=False)


def test_an_exports_nested_lists_are_records_and_its_addresses_whole(tmp_path):
    """{"export": {"tickets": [...]}}: each ticket a record (they were all ``$``, one person),
    a ticket's related persons people of their own, an address object's pref + line1 + line2
    one address."""
    fake = Faker("ja_JP")
    Faker.seed(12)
    tickets = [{"ticket_id": f"T{i}", "customer": {
        "name": {"sei": fake.last_name(), "mei": fake.first_name()},
        "contact": {"tel": f"090-1111-{i:04d}", "email": f"c{i}@example.jp"},
        "address": {"zip": "1500001", "pref": "東京都", "line1": f"渋谷区神宮前1-2-{i + 1}",
                    "line2": "メゾン101" if i % 2 else ""}},
        "related_persons": [{"relation": "妻", "name": fake.name(), "tel": f"080-3333-{i:04d}"}]
        if i % 3 == 0 else []} for i in range(90)]
    path = tmp_path / "crm_export.json"
    path.write_text(json.dumps({"export": {"exported_at": "2024-05-20", "tickets": tickets}},
                               ensure_ascii=False), "utf-8")
    now = _scan([path])
    assert now["tables"] >= 1 and _findings(now) == engine_reference(path)[0]
    assert now["people"] == 90 + 30
    addresses = [(f[2], dict(f[3])) for f in _findings(now) if f[1] == "address"]
    assert addresses[:2] == [
        ("東京都渋谷区神宮前1-2-1", {"record": "export.tickets[0]",
                              "key": "customer.address.pref+line1+line2"}),
        ("東京都渋谷区神宮前1-2-2メゾン101", {"record": "export.tickets[1]",
                                     "key": "customer.address.pref+line1+line2"})]
    assert len(addresses) == 90


def test_a_query_results_rows_are_records_under_its_column_names(tmp_path):
    """A BI tool's export: {"columns": [...], "rows": [[...], ...]}."""
    people = _customers(80, 13)
    path = tmp_path / "bi_customers.json"
    path.write_text(json.dumps({"query": "select * from v_customers",
                                "columns": ["customer_id", "full_name", "tel", "mail"],
                                "rows": [[3000 + i, c["氏名"], c["contact"]["tel"],
                                          c["contact"]["email"]] for i, c in enumerate(people)]},
                               ensure_ascii=False), "utf-8")
    now = _scan([path])
    assert now["tables"] >= 1 and _findings(now) == engine_reference(path)[0]
    first = _findings(now)[0]
    assert (first[1], dict(first[3])) == ("person_name", {"record": "rows[0]", "key": "full_name"})
    assert now["people"] == 80


@pytest.mark.parametrize("count", [5, 80])  # the engine's lines; a table's
def test_a_request_body_logged_as_a_json_string_is_read_as_json(tmp_path, count):
    """An API log keeps each request's body as a string of JSON, its Japanese escaped
    (``"body": "{\\"name\\": \\"\\u4e2d…\\"}"``): its keys label its values."""
    people = _customers(count, 21)
    lines = [json.dumps({"ts": f"2024-05-20T02:{i % 60:02d}:00Z", "msg": "POST /api/v2/members",
                         "body": json.dumps({"name": c["氏名"], "tel": c["contact"]["tel"],
                                             "address": {"full": c["住所"]}})})
             for i, c in enumerate(people)]
    lines.append(json.dumps({"msg": "{not json}", "note": "[1, 2"}))
    path = _write(tmp_path / "api_requests.jsonl", lines)
    now = _scan([path])
    assert _findings(now) == engine_reference(path)[0]
    names = [(f[2], dict(f[3])["key"]) for f in _findings(now) if f[1] == "person_name"]
    assert len(names) == count and names[0][1] == "body.name"
    assert now["people"] == count


@pytest.mark.parametrize("text", ['{"users": [{"email": "a@example.jp"}], "x": NaN, }',
                                  '"a string taro@example.jp"', '{"just": "taro@example.jp"}'])
def test_other_json_documents_read_as_before(tmp_path, monkeypatch, text):
    path = tmp_path / "doc.json"
    path.write_text(text, "utf-8")
    now, before = _scan([path]), _before([path], monkeypatch)
    assert now["items"] == before["items"] and now["people"] == before["people"]
    assert "taro@example.jp" in {f[2] for f in _findings(now)} or _errors(now)


def test_a_forms_answers_are_labelled_by_their_questions(tmp_path):
    path = tmp_path / "responses.json"
    path.write_text(json.dumps([{"response_id": f"r_{i}", "answers": [
        {"q": "お名前", "a": f"吉田 結衣{'子' * (i % 3)}"},
        {"q": "ご連絡先メールアドレス", "a": f"yui{i}@example.jp"},
        {"q": "生年月日", "a": f"1976/7/{i % 28 + 1}"}, {"q": "満足度", "a": "1"}]}
        for i in range(30)], ensure_ascii=False), encoding="utf-8")
    found, errors, tables = table_path(path)
    assert tables and not errors and found == engine_reference(path)[0]
    assert {(f[1], f[3][1][1]) for f in found} == {
        ("person_name", "answers[0].a"), ("email_address", "answers[1].a"),
        ("date_of_birth", "answers[2].a")}  # 満足度 1 is nobody's
    run = pii.scan([path], workers=1)
    list(run)
    assert run.summary.subjects == 30


@pytest.mark.parametrize("count", [4, 60])  # a few messages: the engine's; many: a table
def test_the_people_a_chat_message_names_are_not_its_sender(tmp_path, monkeypatch, count):
    """A Teams export: a staff member pastes a customer's address and phone into a chat. The
    message's text is its own owner; read as the sender's, 4 senders and their 4 customers
    were 4 people, and the customer's phone was the staff member's."""
    staff = ["渡辺 知実", "高橋 直子", "山田 結衣", "山崎 香織"]
    messages = [{"id": str(i), "from": {"user": {"id": f"U{i % 4}", "displayName": staff[i % 4]}},
                 "body": {"contentType": "html",
                          "content": f"<p>顧客 {i}郎様 返金先：東京都港区芝公園1丁目{i + 1}番6号"
                                     f"<br>TEL 090-52{i:02d}-8148</p>"}}
                for i in range(count)]
    path = tmp_path / "chat_export.json"
    path.write_text(json.dumps({"value": messages}, ensure_ascii=False), encoding="utf-8")
    now = _scan([path])
    assert now["people"] == 4 + count
    assert {f.record for f in pii.scan([path]) if f.category == "phone_number"} == {
        f"chat_export.json#value[{i}]/body" for i in range(count)}


@pytest.mark.parametrize("count", [3, 60])
def test_a_parents_object_in_a_record_is_another_person(tmp_path, monkeypatch, count):
    """A trial-lesson form: ``{"child": {…}, "parent": {…}}`` is two people (the parent's
    phone and mail are not the child's); an order's ``recipient`` object is the gift's."""
    fake = Faker("ja_JP")
    Faker.seed(9)
    children: list[str] = []  # distinct: a full name alone is one person however often
    while len(children) < count:
        family = fake.last_name()
        name = f"{family} {fake.first_name()}"
        children += [] if name in children or family == "山本" else [name]
    lines = [json.dumps({"form": "trial", "child": {"name": child, "grade": "中2"},
                         "parent": {"name": f"山本 {fake.first_name()}",
                                    "tel": f"090-5555-{i:04d}",
                                    "email": f"parent{i}@example.jp"}}, ensure_ascii=False)
             for i, child in enumerate(children)]
    path = _write(tmp_path / "trial.jsonl", lines)
    now = _scan([path])
    assert now["people"] == 2 * count
    records = {f.record for f in pii.scan([path]) if f.category == "phone_number"}
    assert records == {f"trial.jsonl#line{i + 1}/parent" for i in range(count)}
