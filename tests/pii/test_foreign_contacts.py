"""Foreign contacts: phones with a country code other than Japan's and the NANP's (an EU
payroll's +49 30 …) in E.164, and Latin names under English halves given name first (in capitals,
as a passport writes them, family name first); in text and in columns, the table path as the
row reader."""

from __future__ import annotations

import json

import pytest

import leakscope.pii.columnar as columnar
from leakscope import pii
from leakscope.pii import detect


def _phones(text: str) -> list[str]:
    return [f.value for f in detect(text) if f.category == "phone_number"]


def test_a_country_code_makes_an_e164_number():
    assert _phones("phone +49 30 1806876\nTel: +44 (0)20 7946 0958\nmobile +33 1 23 45 67 89.\n"
                   ) == ["+49301806876", "+442079460958", "+33123456789"]
    # Japan's and the NANP's own recognizers read theirs to national form, trunk prefix first
    assert _phones("+81 90-1234-5678 / +1 415 362 0198") == ["09012345678", "14153620198"]


def test_what_is_not_a_foreign_phone():
    # a time zone, too few digits, an amount of zeros, more digits than E.164 holds
    assert _phones("+0900 UTC, +12345, +49 30, Δ+250 000 000 yen, +49 1234 5678 9012 3456") == []


def _scan(path, monkeypatch, table: bool) -> list[tuple]:
    with monkeypatch.context() as patch:
        if not table:
            patch.setattr(columnar, "plan_file", lambda _path, _kind: None)
        return sorted((f.category, f.value, tuple(f.location.items()), f.confidence, f.detector)
                      for f in pii.scan([path], workers=1) if isinstance(f, pii.Finding))


def test_a_payroll_exports_foreign_phones_on_both_table_paths(tmp_path, monkeypatch):
    employees = [{"personnel_no": f"EU-{i}", "name": {"given": "Michael", "family": f"Gordon{i}"},
                  "phone": f"+49 30 {5083706 + i * 7919}",
                  "mobile": "+44 7700 900123" if i % 3 == 0 else "n/a",
                  "email": f"m.gordon{i}@example.de"} for i in range(300)]
    path = tmp_path / "payroll.json"
    path.write_text(json.dumps({"employees": employees}), encoding="utf-8")
    table, rows = _scan(path, monkeypatch, True), _scan(path, monkeypatch, False)
    assert table == rows
    phones = [value for category, value, *_ in table if category == "phone_number"]
    assert "+49305083706" in phones and phones.count("+447700900123") == 100
    assert len(phones) == 400

    csv = tmp_path / "staff.csv"
    csv.write_text("name,phone\n" + "".join(f"Gordon {i},+49 30 {5083706 + i * 7919}\n"
                                            for i in range(600)), encoding="utf-8")
    table, rows = _scan(csv, monkeypatch, True), _scan(csv, monkeypatch, False)
    assert table == rows and sum(c == "phone_number" for c, *_ in table) == 600


@pytest.mark.parametrize(("given", "family", "written"), [
    ("Andrew", "Horton", "AndrewHorton"),
    ("RAJESH", "TAMANG", "TAMANGRAJESH"),  # in capitals as a passport or 在留カード writes it
])
def test_a_latin_name_under_english_halves_is_given_name_first(tmp_path, monkeypatch, given,
                                                                family, written):
    rows = "".join(f"E{i},{given},{family},a{i}@example.com\n" if i % 2 else
                   f"E{i},太郎,山田,t{i}@example.jp\n" for i in range(800))
    path = tmp_path / "employees.csv"
    path.write_text("EmployeeID,FirstName,LastName,Email\n" + rows, encoding="utf-8")
    table, rows_read = _scan(path, monkeypatch, True), _scan(path, monkeypatch, False)
    assert table == rows_read
    names = {value for category, value, *_ in table if category == "person_name"}
    assert names == {written, "山田太郎"}


def test_an_english_mails_writer_by_introduction_and_sign_off():
    """A foreign customer's inquiry names its writer after "My name is" and under "Best
    regards,"; a desk's sign-off ("Thanks,\\nCustomer Service Team") names no one."""
    text = ("Hi,\n\nMy name is Emily Johnson and I ordered a tea set last week.\n"
            "Please reply to emily.j@example.com.\n\nBest regards,\nEmily Johnson\n")
    names = [(f.value, f.location["line"]) for f in pii.detect(text)
             if f.category == "person_name"]
    assert names == [("EmilyJohnson", 3), ("EmilyJohnson", 7)]
    reply = "Dear customer,\nWe have shipped it.\n\nThanks,\nCustomer Service Team\n"
    assert [f for f in pii.detect(reply) if f.category == "person_name"] == []


def test_a_relative_named_in_an_english_sentence():
    """"My mother-in-law 近藤 真由美 (070-…) recommended your shop": a Japanese relative in an
    English inquiry, her phone beside her; a place after the word is no one."""
    text = ("Hello, can you ship to Australia? My mother-in-law 近藤 真由美 (070-6633-6788) "
            "recommended your shop.\nMy wife Sarah Lee will pay. My sister 東京都 lives there.\n")
    found = [(f.category, f.value) for f in pii.detect(text)]
    assert ("person_name", "近藤真由美") in found and ("person_name", "SarahLee") in found
    assert ("phone_number", "07066336788") in found
    assert not any(v.startswith("東京") for c, v in found if c == "person_name")


def test_a_middle_name_left_out_is_the_same_person(tmp_path):
    """「Dear Thi Tran」 over a quoted 「My name is Thi Mai Tran.」 and her mobile: one person,
    not two (blind corpus 28); a card holder 「Thi Tran」 elsewhere is her too."""
    body = ("Dear Thi Tran,\n\nWe can arrange a viewing on Saturday.\n\nBest regards,\n"
            "Sayuri Kato\n\nOn Sat, 2 Nov 2024 at 22:41, Thi Tran <thi.tran1@yahoo.com> wrote:\n"
            "> Hello,\n> My name is Thi Mai Tran.\n> Mobile: +81-90-9964-1648\n")
    (tmp_path / "reply.eml").write_text(
        "From: Sayuri Kato <kato.s@minato-jutaku.co.jp>\nTo: thi.tran1@yahoo.com\n"
        f"Subject: Re: viewing\nContent-Type: text/plain; charset=utf-8\n\n{body}",
        encoding="utf-8")
    run = pii.scan([tmp_path], workers=1)
    assert "ThiMaiTran" in {f.value for f in run if isinstance(f, pii.Finding)}
    assert run.summary.subjects == 2
    (tmp_path / "cards.csv").write_text("card_holder,card_no\nThi Tran,4111111111111111\n",
                                        encoding="utf-8")
    run = pii.scan([tmp_path], workers=1)
    list(run)
    assert run.summary.subjects == 2
