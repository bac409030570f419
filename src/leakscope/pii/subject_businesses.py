"""本人の数 and a business's records: a row that holds a corporate number (法人番号; a vendor
master, a customer list of companies) is a company's, and its phone, address and bank account
are the company's too. Such a record is no person unless it names one (its 担当者) by more than
a surname: a supplier list's 「渡辺様」 beside the company's phone identifies no one.

Not an invoice registration number (T + 13 digits): an order export prints the seller's on
every customer's row.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from .name_lexicon import is_surname_alone
from .recognizers.corporate_number import CorporateNumberRecognizer
from .subject_alone import passing

if TYPE_CHECKING:
    from .subject_group_keys import GroupSummary

CORPORATE = "corporate_number"
BARE = CorporateNumberRecognizer.detector  # a 法人番号 as such, not an invoice's
# a detector's suffix for a value in a business's block of free text (``business_blocks``)
IN_BLOCK = ":business"
# ... for a company's contact in a company's row (``row_owners``): not personal, yet what tells
# the staff the row names apart from a namesake at another company (two clients' 山田 太郎)
AT_COMPANY = ":company"
# A company's contact in a record holding a card number and nothing else of a person's (a
# creditor list's 債権者住所 | 電話 | カード番号): the company's row, the card the debtor's
# account there, no one new.
COMPANY_ROW = ("address", "phone_number")
_COMPANY_ROW = pa.array(COMPANY_ROW)
CARD = "credit_card_number"


def business_rows(data: pa.Table, rows: np.ndarray, names: np.ndarray) -> np.ndarray | None:
    """Which of ``rows`` (findings of a person's category; ``names``: which of them are names)
    are in a record with a corporate number and no name, or None when no record has one."""
    category = data.column("category")
    corporate = pc.and_(pc.equal(category, CORPORATE), pc.equal(data.column("detector"), BARE))
    contact = pc.and_(pc.is_in(category, value_set=_COMPANY_ROW),
                      pc.invert(pc.fill_null(data.column("personal"), True)))
    if "record" not in data.schema.names or not pc.any(pc.or_(corporate, contact)).as_py():
        return None  # (no record to be a company's)
    records = data.column("record")
    companies = pc.unique(records.filter(corporate))
    if pc.any(contact).as_py():  # (a company's row holding a card and nothing of a person's)
        held = rows[np.asarray(pc.not_equal(category.take(rows), CARD))]
        carded = pc.unique(records.filter(contact))
        carded = carded.filter(pc.invert(pc.is_in(
            carded, value_set=pc.unique(records.take(held)))))
        companies = pc.unique(pa.chunked_array([companies, carded]))
    named = pc.unique(records.take(rows[names]))
    companies = companies.filter(pc.invert(pc.is_in(companies, value_set=named)))
    if len(companies) == 0:
        return None
    return pc.is_in(records.take(rows), value_set=companies).to_numpy(zero_copy_only=False)


class BusinessMail:
    """A mail address alone (a bare ``To: ekimae@…``) waits for the end of the scan: if any
    mail's header gave it under a business's name (``extract.mail.header_unit``), it is the
    business's and no one; else it is the person it always was. Known from the whole scan,
    not from what one worker read before it, so the count is the same with any workers."""

    def __init__(self) -> None:
        self.addresses: set[str] = set()
        # one group per address: groups of one key alone are one person however many (a
        # mail log's 10 million 「to=<…>」 lines hold as many addresses as it has people)
        self.waiting: dict[str, GroupSummary] = {}

    def waits(self, group: GroupSummary) -> bool:
        """Whether ``group`` is an address alone, kept here until ``people``."""
        keys = group.keys
        if len(keys) != 1 or group.named or group.name_keys or keys[0][0] != "email_address":
            return False
        self.waiting.setdefault(keys[0][1], group)
        return True

    def people(self) -> list[GroupSummary]:
        """The waiting groups whose address no business's header gave (the rest are no one)."""
        waiting, self.waiting = self.waiting, {}
        return [group for address, group in waiting.items() if address not in self.addresses]


def surnames_alone(data: pa.Table) -> np.ndarray:
    """Which findings are a name that is a surname alone (asked once per distinct name)."""
    names = pc.equal(data.column("category"), "person_name")
    return passing(pc.if_else(names, data.column("value"), None), is_surname_alone)
