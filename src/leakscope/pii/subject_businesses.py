"""本人の数 and a business's records: a row that holds a corporate number (法人番号; a vendor
master, a customer list of companies) is a company's, and its phone, address and bank account
are the company's too. Such a record is no person unless it names one (its 担当者).

Not an invoice registration number (T + 13 digits): an order export prints the seller's on
every customer's row.
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from .recognizers.corporate_number import CorporateNumberRecognizer

CORPORATE = "corporate_number"
BARE = CorporateNumberRecognizer.detector  # a 法人番号 as such, not an invoice's


def business_rows(data: pa.Table, rows: np.ndarray, names: np.ndarray) -> np.ndarray | None:
    """Which of ``rows`` (findings of a person's category; ``names``: which of them are names)
    are in a record with a corporate number and no name, or None when no record has one."""
    corporate = pc.equal(data.column("category"), CORPORATE)
    if not pc.any(corporate).as_py():
        return None
    corporate = pc.and_(corporate, pc.equal(data.column("detector"), BARE))
    records = data.column("record")
    companies = pc.unique(records.filter(corporate))
    named = pc.unique(records.take(rows[names]))
    companies = companies.filter(pc.invert(pc.is_in(companies, value_set=named)))
    if len(companies) == 0:
        return None
    return pc.is_in(records.take(rows), value_set=companies).to_numpy(zero_copy_only=False)
