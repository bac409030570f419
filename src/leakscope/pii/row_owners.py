"""Cells of a table row that say whose some other cells of it are, on both table paths.

A payee column's company (振込先 株式会社佐藤水産) makes the row's account number the
company's, and a company's row (a client list's 法人番号 filled in, a clients table's
株式会社…) its 所在地, 〒 and 電話; a published test card (4242 4242 4242 4242) makes the
row's expiry and security code a test's, and a 記入例 in its first cell the row a guide's.
The row reader (``extract.tables.row_units``) and the table path (``columnar.batches``) ask
the same rules, so they report alike.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache

from .company_accounts import (
    COMPANY_CONTACTS,
    COMPANY_HINT,
    ORGANIZATION_NAME,
    company_column,
    is_company,
)
from .extract.animal_columns import animal_columns
from .extract.row_people import READING, role_suffix
from .extract.samples import MARKER
from .extract.split_fields import split_fields
from .published_samples import TEST_CARDS
from .recognizers.name_words import FIRM
from .units import (
    TextUnit,
    as_animal_row,
    as_company,
    as_company_row,
    as_sample,
    as_sole_trader,
)

# a table's columns of the account holder (口座名義, 振込先, 受取人名, 取引先, payee)
_HOLDER_COLUMN = re.compile(
    r"名義|振込先|受取人|取引先|支払先|仕入先|payee|beneficiary|vendor|supplier"
    r"|account[ _]?(?:holder|name)|meigi", re.IGNORECASE)
_NOT_DIGIT = re.compile(r"[^0-9]")
# a company's row: who the row's own name column can name beside a company (its 代表者), and
# the contact columns that stay a person's in it (代表者住所, 担当者携帯, 自宅電話)
_REPRESENTATIVE = re.compile(r"^代表者(?:名|氏名)?$|代表取締役|representative|\bceo\b", re.I)
_PERSONS_CONTACT = re.compile(r"者|担当|携帯|自宅|個人|本人|mobile|cell|home|private|personal"
                              r"|contact", re.IGNORECASE)
_ADDRESSED = re.compile("様|さん")
_FIRM = re.compile(FIRM)
# a party's name by its column (債権者名, 相手方名称, 仕入先名): a person's or a company's
_PARTY_NAME = re.compile(r"(?:者|先|方)(?:名|名称)$|^(?:債権者|借入先)$")
# a cell that says its row is an organization's location (所在地, 本店所在地): a person's row
# has a 住所; RE2 and Python alike
_LOCATION_CELL = ("^[ \t\u3000]*(?:本店|本社|支店|事業所|学校|施設)?所在地[ \t\u3000]*[:：]?"
                  "[ \t\u3000]*$")
_LOCATION = re.compile(_LOCATION_CELL)
# a row's own organization by its column's name (医療機関名, 会社名, 事業所名, company)
_ORGANIZATION = re.compile(ORGANIZATION_NAME, re.IGNORECASE)
# a filling guide's row in a list: its first cell says so (記入例 | 保険 太郎 | 0001 | …, or
# 「記入例　山田 太郎」), or a system's test row (テスト | テスト　カード | VISA | …); RE2 and
# Python alike
_GUIDE_ROW = (f"^[ \t\u3000]*[【\\[［(（<＜■]?[ \t\u3000]*(?:{MARKER}|テスト|ダミー)"
              "(?:$|[ \t\u3000】\\]］)）>＞:：])")  # (not 見本市)
_GUIDE = re.compile(_GUIDE_ROW)
# a registration number's own label (not a seller's: 販売事業者登録番号)
_OWN_REGISTRATION = re.compile(r"(?:インボイス|適格請求書発行事業者)?登録番号"
                               r"|invoice[ _]?(?:registration[ _]?)?(?:number|no)")


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
    # (RE2, on the NFKC text) what every cell ``says`` yes to matches, for the table path
    hint: str | None = None

    def holds(self, cell: Callable[[int], str]) -> bool:
        """Whether a row (``cell``: its cell at a column, as text) is one the rule speaks of."""
        return any(self.says(text) for i in self.sources if (text := cell(i)))


@lru_cache(maxsize=256)
def row_rules(labels: tuple[str | None, ...]) -> tuple[RowRule, ...]:
    """The rules a table of these column labels has."""
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
        rules.append(RowRule(holders, names(accounts), is_company, as_company, COMPANY_HINT))
    company = tuple(i for i, label in enumerate(labels)
                    if label and company_column(label, label_category(label)))
    if company:  # (a company's contact columns: whatever a row holds there is the company's)
        rules.append(RowRule(company, names(list(company)), bool, as_company))
    suffixes = tuple(map(role_suffix, labels))  # (whose a column is by its own label)
    subjects = tuple(i for i in columns("person_name") if not suffixes[i]  # the row's own
                     and not READING.search(labels[i] or "")
                     and not _REPRESENTATIVE.search(unicodedata.normalize("NFKC", labels[i])))
    rules += _company_row_rules(labels, suffixes, subjects, columns)
    # a row that is an organization's location (a staff list's 「所在地 | 所沢市立みどり台小学校
    # | 〒… | ADDR | TEL | FAX」 under the staff's header; its first cells say so): whatever it
    # holds is the organization's
    rules.append(RowRule(tuple(range(min(2, len(labels)))), frozenset(labels),
                         _is_location, as_company, _LOCATION_CELL))  # (unlabelled cells too)
    rules += _sole_trader_rules(labels, subjects)
    if len(labels) > 1 and labels[0] is not None:  # (a filling guide's row: nobody's)
        rules.append(RowRule((0,), frozenset(filter(None, labels)), _is_guide, as_sample,
                             _GUIDE_ROW))
    cards, codes = columns("credit_card_number"), columns("card_expiry", "card_security_code")
    if cards and codes:
        rules.append(RowRule(tuple(cards), names(codes), is_test_card, as_sample))
    if (animal := animal_columns(labels)) is not None:  # (a vet's ledger: its notes' illnesses)
        notes = tuple(i for i in columns(None, "sensitive") if i not in animal and labels[i])
        if notes:
            rules.append(RowRule(notes, names(list(notes)), bool, as_animal_row))
    return _with_joined_columns(rules, labels)


def _with_joined_columns(rules: list[RowRule], labels: tuple[str | None, ...]
                         ) -> tuple[RowRule, ...]:
    """``rules`` whose targets name a part of a value split over columns (住所1 | 住所2, read
    as one by the row reader: ``split_fields``) under its joined label too (住所)."""
    split = split_fields(labels)
    if split is None:
        return tuple(rules)
    joined = split.joined_labels()
    return tuple(replace(rule, targets=rule.targets | {
        label for label, columns in joined if any(labels[c] in rule.targets for c in columns)})
        for rule in rules)


def _company_row_rules(labels: tuple[str | None, ...], suffixes: tuple[str, ...],
                       subjects: tuple[int, ...], columns: Callable[..., list[int]]
                       ) -> list[RowRule]:
    """A company's row: the row's own name is a company's (a CRM's clients table: no one), or,
    with no column naming the row's own person but its 代表者, 担当者 or 医師, its 法人番号 or
    its organization's name is filled in (a client list, a list of clinics: what tells those
    people apart from a namesake elsewhere), or a party's name column names a company (a
    債権者一覧表's 債権者名): the row's own 所在地, 〒 and 電話 are the company's (and, in a
    table that names no person, its account: a lender's 振込先)."""
    contacts = frozenset(labels[i] for i in columns(*COMPANY_CONTACTS) if not suffixes[i]
                         and not _PERSONS_CONTACT.search(unicodedata.normalize("NFKC", labels[i])))
    if not contacts:
        return []
    if subjects:
        return [RowRule(subjects, contacts, _names_a_company, as_company,
                        f"{COMPANY_HINT}|{FIRM}")]
    named = tuple(i for i, label in enumerate(labels) if label
                  and _ORGANIZATION.search(unicodedata.normalize("NFKC", label)))
    corporate = tuple(columns("corporate_number"))
    rules = [RowRule(named + corporate, contacts, _has_digits if not named else _not_a_person,
                     as_company_row)] if named or corporate else []
    # a party's name column that names a company in the row (a 債権者一覧表's 債権者名
    # 「三井住友カード株式会社」): the row is the company's, no one's when the table names
    # no person
    people = columns("person_name")
    parties = tuple(i for i, label in enumerate(labels) if i not in named and label
                    and i not in people
                    and _PARTY_NAME.search(unicodedata.normalize("NFKC", label)))
    if parties:  # (and the party's own contacts: 債権者名 | 債権者住所)
        stems = tuple(re.sub(r"名称?$", "", unicodedata.normalize("NFKC", labels[i]))
                      for i in parties)
        own = frozenset(labels[i] for i in columns(*COMPANY_CONTACTS) if not suffixes[i]
                        and any(labels[i].startswith(stem) for stem in stems))
        accounts = frozenset() if people else frozenset(
            labels[i] for i in columns("bank_account") if not suffixes[i])
        rules.append(RowRule(parties, contacts | own | accounts, _names_a_company,
                             as_company if not people else as_company_row,
                             f"{COMPANY_HINT}|{FIRM}"))
    return rules


def _sole_trader_rules(labels: tuple[str | None, ...], subjects: tuple[int, ...]
                       ) -> list[RowRule]:
    """A row's own 登録番号 beside its own person's name (a client list's 個人事業主: 屋号 |
    氏名 | 登録番号) is that person's, not a 法人番号; a seller's (販売事業者登録番号) is not
    the row's."""
    own = frozenset(label for label in labels if label and _OWN_REGISTRATION.fullmatch(
        unicodedata.normalize("NFKC", label).lower()))
    return [RowRule(subjects, own, _is_persons, as_sole_trader)] if subjects and own else []


def _names_a_company(name: str) -> bool:
    """A company's or another business's (居宅介護支援事業所さくら, たじま整形外科), not a
    person's at a company (「株式会社…（一ノ瀬 舞様）」: the contact's)."""
    return (is_company(name) or _FIRM.search(name) is not None) \
        and _ADDRESSED.search(name) is None


def _is_location(text: str) -> bool:
    return _LOCATION.match(text) is not None


def _is_persons(name: str) -> bool:
    return not is_company(name)


def _is_guide(text: str) -> bool:
    return _GUIDE.match(text) is not None


def _has_digits(text: str) -> bool:
    return any(c.isdigit() for c in text)


# an organization's name column that names a person (a tax office's 顧問先マスタ: 法人名
# 「（個人）山口幹」 for a sole trader, 「（相続）青木英樹 様」 for an estate): theirs, not a firm's
_A_PERSON = re.compile(r"\s*[(（](?:個人|相続)[)）]")


def _not_a_person(text: str) -> bool:
    return bool(text) and _A_PERSON.match(text) is None


def apply_row_rules(rules: tuple[RowRule, ...], cell: Callable[[int], str],
                    units: list[TextUnit]) -> list[TextUnit]:
    """``units`` of a row (``cell``: its cell at a column, as text; only the rules' sources
    are read, as every table has a rule now), converted as its rules say."""
    for rule in rules:
        if rule.holds(cell):
            units = [rule.convert(u) if u.label in rule.targets else u for u in units]
    return units
