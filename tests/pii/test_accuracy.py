"""Accuracy floors on a generated, labeled leaked-share corpus (hard negatives included)."""

from __future__ import annotations

from collections import Counter

from corpus_gen import score

from leakscope import pii

CHECKSUMMED = ("my_number", "credit_card_number", "drivers_license_number", "corporate_number",
               "iban")


def test_floors_per_category_and_people(corpus):
    root, truth = corpus
    run = pii.scan([root], workers=1)
    found = Counter((f.path, f.category, f.value) for f in run if isinstance(f, pii.Finding))
    result = score(found, truth)
    assert result.f1() >= 0.95, result.table()
    for category in CHECKSUMMED:
        if result.tp[category] + result.fn[category]:
            assert result.f1(category) >= 0.98, (category, result.table())
    people = len(truth.people)
    assert abs(run.summary.subjects - people) <= max(1, round(0.02 * people)), \
        (run.summary.subjects, people)
    assert run.summary.files == len([p for p in root.rglob("*") if p.is_file()])


def test_look_alike_numbers_are_not_reported(corpus):
    root, _ = corpus
    findings = [f for f in pii.scan([root / "orders.csv"]) if isinstance(f, pii.Finding)]
    assert {f.category for f in findings} == {"email_address"}
