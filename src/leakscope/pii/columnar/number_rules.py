"""Column rules for payment and government numbers: cards (Luhn + IIN), My Number (mod 11),
security codes and expiry dates, checked for a whole column with numpy.

Each canonical cell is one token of digits (and hyphens, or one slash for expiries) under its
own label: every rival number category is outvoted by the label, so the recognizer's own
validation alone decides (see rules.py).
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from ..published_samples import SAMPLE_MY_NUMBERS, TEST_CARDS
from .kernels import without
from .rules import EngineOnlyRule, Found, _found, _matches, digit_matrix

_MY_NUMBER_WEIGHTS = np.array([6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2])


def _bare(cells: pa.Array) -> pa.Array:
    return without(cells, "-")


class LabelOnlyRule(EngineOnlyRule):
    """A category counted only beside its label: canonical cells here, the rest the engine."""

    detector = ""

    def canonical(self, raw, where, facts):
        mask = _matches(raw, self.canonical_pattern)
        values = _bare(raw.filter(pa.array(mask)))
        return mask, [_found(self.valid(values), values, 0.99, self.detector, where[mask])]

    def valid(self, values: pa.Array) -> np.ndarray:
        return np.ones(len(values), dtype=bool)


class MyNumberRule(LabelOnlyRule):
    """マイナンバー / 個人番号: 12 digits (4-4-4 hyphens allowed), weighted mod-11 check."""

    category = "my_number"
    detector = "my_number_mod11"
    canonical_pattern = r"^[0-9]{4}-?[0-9]{4}-?[0-9]{4}$"

    def valid(self, values):
        if not len(values):
            return np.zeros(0, dtype=bool)
        digits = digit_matrix(values, 12)
        r = digits[:, :11] @ _MY_NUMBER_WEIGHTS % 11
        return (digits[:, 11] == np.where(r <= 1, 0, 11 - r)) \
            & ~_published(values, _SAMPLE_MY_NUMBERS)


class SecurityCodeRule(LabelOnlyRule):
    """セキュリティコード / CVV: three or four digits."""

    category = "card_security_code"
    detector = "cvv_context"
    canonical_pattern = r"^[0-9]{3,4}$"


class ExpiryRule(LabelOnlyRule):
    """有効期限: MM/YY, MM/YYYY, YYYY/MM, YYYY-MM, MMYY -> MM/YY."""

    category = "card_expiry"
    detector = "card_expiry_context"
    canonical_pattern = (r"^(?:(?:0[1-9]|1[0-2])/(?:[0-9]{2}|20[0-9]{2})|20[0-9]{2}[/\-]"
                         r"(?:0[1-9]|1[0-2])|(?:0[1-9]|1[0-2])[0-9]{2})$")

    def canonical(self, raw, where, facts):
        mask = _matches(raw, self.canonical_pattern)
        cells = raw.filter(pa.array(mask))
        year_first = pc.starts_with(cells, "20").to_numpy(zero_copy_only=False) & (
            pc.utf8_length(cells).to_numpy(zero_copy_only=False) == 7)
        month = pc.if_else(pa.array(year_first), pc.utf8_slice_codeunits(cells, 5, 7),
                           pc.utf8_slice_codeunits(cells, 0, 2))
        year = pc.if_else(pa.array(year_first), pc.utf8_slice_codeunits(cells, 2, 4),
                          pc.utf8_slice_codeunits(cells, -2))
        values = pc.binary_join_element_wise(month, year, "/")
        return mask, [Found(where[mask], values, 0.99, self.detector)]


class CardRule(EngineOnlyRule):
    """カード番号: 13-19 digits (or 4-4-4-n / 4-6-5 with hyphens), Luhn and a scheme's IIN."""

    category = "credit_card_number"
    canonical_pattern = (r"^(?:[0-9]{13,19}|[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{1,7}"
                         r"|[0-9]{4}-[0-9]{6}-[0-9]{4,5})$")
    ignores_context_words = True

    def canonical(self, raw, where, facts):
        mask = _matches(raw, self.canonical_pattern)
        values = _bare(raw.filter(pa.array(mask)))
        length = pc.utf8_length(values).to_numpy(zero_copy_only=False)
        valid = np.zeros(len(values), dtype=bool)
        for width in range(13, 20):
            rows = length == width
            if rows.any():
                valid[rows] = _card_ok(digit_matrix(values.filter(pa.array(rows)), width))
        valid &= ~_published(values, _TEST_CARDS)
        return mask, [_found(valid, values, 0.99, "luhn_iin", where[mask])]

    def clean(self, texts, where, facts):
        return np.ones(len(texts), dtype=bool), []  # no card shape matched: no card


def _published(values: pa.Array, samples: pa.Array) -> np.ndarray:
    """Which of ``values`` are published examples (``published_samples``)."""
    return pc.is_in(values, value_set=samples).to_numpy(zero_copy_only=False)


_TEST_CARDS = pa.array(sorted(TEST_CARDS), pa.string())
_SAMPLE_MY_NUMBERS = pa.array(sorted(SAMPLE_MY_NUMBERS), pa.string())


def _card_ok(digits: np.ndarray) -> np.ndarray:
    """``luhn_ok(d) and card_brand(d)`` for rows of one length."""
    n = digits.shape[1]
    doubled = digits[:, ::-1].copy()
    odd = doubled[:, 1::2] * 2
    doubled[:, 1::2] = np.where(odd > 9, odd - 9, odd)
    luhn = doubled.sum(axis=1) % 10 == 0
    prefix = digits[:, :6] @ (10 ** np.arange(5, -1, -1))
    p2, p3, p4, p6 = prefix // 10000, prefix // 1000, prefix // 100, prefix
    brand = (digits[:, 0] == 4) & (n in (16, 19))
    brand |= (((p2 >= 51) & (p2 <= 55)) | ((p4 >= 2221) & (p4 <= 2720))) & (n == 16)
    brand |= np.isin(p2, (34, 37)) & (n == 15)
    brand |= (p4 >= 3528) & (p4 <= 3589) & (16 <= n <= 19)
    brand |= (np.isin(p2, (36, 38, 39)) | ((p3 >= 300) & (p3 <= 305))) & (14 <= n <= 19)
    brand |= ((p4 == 6011) | (p2 == 65) | ((p3 >= 644) & (p3 <= 649))
              | ((p6 >= 622126) & (p6 <= 622925))) & (16 <= n <= 19)
    brand |= (p2 == 62) & (16 <= n <= 19)
    return luhn & brand
