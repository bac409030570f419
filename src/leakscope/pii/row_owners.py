"""Cells of a table row that say whose some other cells of it are, on both table paths.

A payee column's company (振込先 株式会社佐藤水産) makes the row's account number the
company's; a published test card (4242 4242 4242 4242) makes the row's expiry and security
code a test's. The row reader (``extract.tables.row_units``) and the table path
(``columnar.batches``) ask the same rules, so they report alike.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from .company_accounts import company_column, is_company
from .published_samples import TEST_CARDS
from .units import TextUnit, as_company, as_sample

# a table's columns of the account holder (口座名義, 振込先, 受取人名, 取引先, payee)
_HOLDER_COLUMN = re.compile(
    r"名義|振込先|受取人|取引先|支払先|仕入先|payee|beneficiary|vendor|supplier"
    r"|account[ _]?(?:holder|name)|meigi", re.IGNORECASE)
_NOT_DIGIT = re.compile(r"[^0-9]")


def is_test_card(text: str) -> bool:
    """Whether a card column's cell is a published test card (``published_samples``)."""
    return _NOT_DIGIT.sub("", text) in TEST_CARDS


@dataclass(frozen=True)
class RowRule:
    """When a cell of ``sources`` ``says`` so, the row's cells under ``targets`` (labels)
    become ``convert``'s units."""

    sources: tuple[int, ...]
    targets: frozenset[str]
    says: Callable[[str], bool]
    convert: Callable[[TextUnit], TextUnit]

    def holds(self, cells: Sequence[str]) -> bool:
        """Whether a row (its cells as text) is one the rule speaks of."""
        return any(self.says(cells[i]) for i in self.sources if i < len(cells) and cells[i])


@lru_cache(maxsize=256)
def row_rules(labels: tuple[str | None, ...]) -> tuple[RowRule, ...]:
    """The rules a table of these column labels has (none for most tables)."""
    from .context import label_category  # (context imports the recognizers)

    def columns(*categories: str) -> list[int]:
        return [i for i, label in enumerate(labels) if label_category(label) in categories]

    def names(indexes: list[int]) -> frozenset[str]:
        return frozenset(labels[i] for i in indexes)

    rules = []
    accounts = columns("bank_account")
    holders = tuple(i for i, label in enumerate(labels) if accounts and label
                    and _HOLDER_COLUMN.search(unicodedata.normalize("NFKC", label)))
    if holders:
        rules.append(RowRule(holders, names(accounts), is_company, as_company))
    company = tuple(i for i, label in enumerate(labels)
                    if label and company_column(label, label_category(label)))
    if company:  # (a company's contact columns: whatever a row holds there is the company's)
        rules.append(RowRule(company, names(list(company)), bool, as_company))
    cards, codes = columns("credit_card_number"), columns("card_expiry", "card_security_code")
    if cards and codes:
        rules.append(RowRule(tuple(cards), names(codes), is_test_card, as_sample))
    return tuple(rules)


def apply_row_rules(rules: tuple[RowRule, ...], cells: Sequence[str],
                    units: list[TextUnit]) -> list[TextUnit]:
    """``units`` of a row (``cells``: its cells as text), converted as its rules say."""
    for rule in rules:
        if rule.holds(cells):
            units = [rule.convert(u) if u.label in rule.targets else u for u in units]
    return units
