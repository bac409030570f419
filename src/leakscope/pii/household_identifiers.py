"""Identifiers of a household, not of one person: a fixed-line (landline) number.

A customer, patient or school list holds a family's members on rows of their own with the
home's number on each (自宅電話); linked by that number alone, a family counted as one person.
So a landline links people only together with a name, as an address does: the same name and
number are one person, two names at one number two. Where no name is beside it, it links as
any number does. Mobile (070/080/090), IP (050) and other non-geographic numbers stay a
person's own; the numbers of a business's desk are ``shared_identifiers``'.
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa

from .arrow_strings import leading_bytes

# Phone numbers as the scan normalizes them: national digits. A geographic number is ten
# digits, 0 and an area code that does not start with 0 (mobile and IP numbers are eleven).
_LANDLINE_DIGITS = 10
_DIGIT_1, _DIGIT_9, _ZERO = ord("1"), ord("9"), ord("0")


def is_landline(value: str) -> bool:
    """Whether a normalized phone number is a fixed line's."""
    return len(value) == _LANDLINE_DIGITS and value[0] == "0" and "1" <= value[1] <= "9"


def landline_at(values: pa.Array | pa.ChunkedArray, rows: np.ndarray) -> np.ndarray:
    """``is_landline`` of ``values[rows]`` (phone numbers of a table's findings), in numpy."""
    lead, length = leading_bytes(values, rows, 2)
    return (length == _LANDLINE_DIGITS) & (lead[:, 0] == _ZERO) & (lead[:, 1] >= _DIGIT_1) \
        & (lead[:, 1] <= _DIGIT_9)
