"""``masking.mask`` over a whole Arrow column at once: same output, no Python per value.

With the C kernel (``_tablejson.c``) each value is masked by its category's rule in one pass;
without it, values are grouped by category and each rule of ``mask`` is applied to its group
with Arrow string kernels. Lengths and slices count code points, as Python's ``len`` and
slicing do.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from .arrow_strings import string_buffers
from .table_json import string_offsets

try:
    from . import _tablejson as KERNEL
except ImportError:  # built without a compiler: Arrow's kernels do it
    KERNEL = None

_STAR = "*"
_FIXED = ("credential", "card_security_code", "sensitive", "card_expiry")

Rule = Callable[[pa.Array], pa.Array]


def mask_array(values: pa.Array | pa.ChunkedArray, categories: pa.Array | pa.ChunkedArray
               ) -> pa.Array:
    """``mask(value, category)`` element-wise (null stays null, empty stays empty)."""
    return masked_by_rule(values, rule_numbers(categories))


def masked_by_rule(values: pa.Array | pa.ChunkedArray, numbers: np.ndarray) -> pa.Array:
    """``mask_array`` of values whose rules are known: each one's (``rule_numbers``)."""
    values = _plain(values)
    if KERNEL is not None and not values.null_count and values.nbytes < 1 << 29:
        return _masked_by_kernel(values, numbers)  # (its offsets are 32-bit)
    order, pieces = [], []
    for number, rule in _ARROW_RULES.items():
        rows = np.flatnonzero(numbers == number)
        if rows.size:
            order.append(rows)
            pieces.append(rule(values.take(pa.array(rows))))
    if not pieces:
        return values
    if len(pieces) == 1:  # one rule for all (a column): already in row order
        masked = pieces[0].cast(pa.string())
    else:
        inverse = np.empty(len(values), dtype=np.int64)
        inverse[np.concatenate(order)] = np.arange(len(values))
        masked = pa.concat_arrays([p.cast(pa.string()) for p in pieces])
        masked = masked.take(pa.array(inverse))
    if not values.null_count and not _any_empty(values):
        return masked
    unmasked = pc.or_kleene(values.is_null(), pc.equal(pc.utf8_length(values), 0))
    return pc.if_else(unmasked, values, masked)  # mask() gives "" and None back as they are


def rule_numbers(categories: pa.Array | pa.ChunkedArray) -> np.ndarray:
    """Each row's rule by number (a category without one, or null: the default rule)."""
    encoded = pc.dictionary_encode(_plain(categories))
    rule_of = np.array([_RULES.get(name, (_DEFAULT,))[0]
                        for name in encoded.dictionary.to_pylist()] + [_DEFAULT], np.int8)
    return rule_of[encoded.indices.fill_null(len(encoded.dictionary)).to_numpy(
        zero_copy_only=False)]


def _masked_by_kernel(values: pa.Array, rules: np.ndarray) -> pa.Array:
    offsets, data = string_buffers(values)
    out_offsets = np.empty(len(values) + 1, np.int32)
    out_data = bytearray(2 * (len(data) - int(offsets[0])) + 8 * len(values) + 1)
    used = KERNEL.masked(offsets - offsets[0], memoryview(data)[offsets[0]:offsets[-1]], rules,
                         out_offsets, out_data)
    return pa.StringArray.from_buffers(len(values), pa.py_buffer(out_offsets),
                                       pa.py_buffer(out_data)[:used])


def _any_empty(values: pa.Array) -> bool:
    offsets = string_offsets(values)
    return bool(np.any(offsets[1:] == offsets[:-1]))


def _plain(array: pa.Array | pa.ChunkedArray) -> pa.Array:
    """One array (a table's column of one chunk is that chunk, not a copy of it)."""
    if not isinstance(array, pa.ChunkedArray):
        return array
    return array.chunk(0) if array.num_chunks == 1 else array.combine_chunks()


def _length(values: pa.Array) -> pa.Array:
    return pc.utf8_length(values).cast(pa.int64())


def _stars(counts: pa.Array) -> pa.Array:
    """``"*" * n`` (a negative n gives "", as in Python), made straight from buffers.

    The offsets are the running sum of the counts over one run of stars: 8x faster than
    ``binary_repeat``. Null counts (null values) give "" (the value's null is kept later).
    """
    counts = np.maximum(pc.fill_null(counts, 0).to_numpy(zero_copy_only=False), 0)
    offsets = np.zeros(len(counts) + 1, np.int64)
    np.cumsum(counts, out=offsets[1:])
    stars = pa.Array.from_buffers(pa.large_string(), len(counts), [
        None, pa.py_buffer(offsets), pa.py_buffer(_STAR.encode() * int(offsets[-1]))])
    return stars.cast(pa.string())


def _join(*parts: pa.Array | str) -> pa.Array:
    return pc.binary_join_element_wise(*parts, "")


def _head_then_stars(keep: int, at_least: int | None) -> Rule:
    """``value[:keep] + "*" * (len - keep)``, at least ``at_least`` stars if given."""
    def rule(values: pa.Array) -> pa.Array:
        stars = pc.subtract(_length(values), keep)
        if at_least is not None:
            stars = pc.max_element_wise(stars, at_least)
        return _join(pc.utf8_slice_codeunits(values, 0, keep), _stars(stars))
    return rule


def _split(values: pa.Array, condition: pa.Array, then: Rule, otherwise: Rule) -> pa.Array:
    """``then`` where ``condition`` holds, ``otherwise`` elsewhere (each on its rows only)."""
    condition = pc.fill_null(condition, False)
    holds = pc.sum(condition).as_py() or 0
    if holds in (0, len(values)):  # the usual case: every e-mail has its @
        return (then if holds else otherwise)(values)
    out = pc.replace_with_mask(pa.nulls(len(values), pa.string()), pc.invert(condition),
                               otherwise(values.filter(pc.invert(condition))).cast(pa.string()))
    return pc.replace_with_mask(out, condition, then(values.filter(condition)).cast(pa.string()))


def _email(values: pa.Array) -> pa.Array:
    def rule(with_at: pa.Array) -> pa.Array:
        parts = pc.split_pattern(with_at, "@", max_splits=1)
        local, domain = pc.list_element(parts, 0), pc.list_element(parts, 1)
        stars = pc.max_element_wise(pc.subtract(_length(local), 1), 1)
        return _join(pc.utf8_slice_codeunits(local, 0, 1), _stars(stars), "@", domain)
    return _split(values, pc.match_substring(values, "@"), rule, _default)


def _date_of_birth(values: pa.Array) -> pa.Array:
    length = _length(values)
    return pc.if_else(pc.equal(length, 10),
                      _join(pc.utf8_slice_codeunits(values, 0, 4), "-**-**"), _stars(length))


def _fixed(values: pa.Array) -> pa.Array:
    return pa.repeat(pa.scalar(_STAR * 8), len(values))


def _ip_parts(sep: str) -> Rule:
    """The first two parts, the others as ``*``: ``192.168.*.*``."""
    def starred(many: pa.Array) -> pa.Array:
        parts = pc.split_pattern(many, sep, max_splits=2)
        rest = pc.subtract(pc.count_substring(many, sep).cast(pa.int64()), 1)
        return _join(pc.list_element(parts, 0), sep, pc.list_element(parts, 1),
                     pc.binary_repeat(sep + _STAR, rest))

    def rule(values: pa.Array) -> pa.Array:
        many = pc.greater_equal(pc.count_substring(values, sep), 2)
        return _split(values, many, starred, lambda few: few)
    return rule


def _ip_address(values: pa.Array) -> pa.Array:
    return _split(values, pc.match_substring(values, ":"), _ip_parts(":"), _ip_parts("."))


def _default(values: pa.Array) -> pa.Array:
    """Last 4 characters of values over 6 long, else the last third (none under 3)."""
    length = _length(values)
    if (pc.min(length).as_py() or 0) > 6:  # numbers, as they mostly are: the last 4
        return _join(_stars(pc.subtract(length, 4)), pc.utf8_slice_codeunits(values, -4))
    keep = pc.if_else(pc.greater(length, 6), 4, pc.divide(length, 3))
    last4 = pc.utf8_slice_codeunits(values, -4)
    tail = pc.case_when(
        pc.make_struct(pc.equal(keep, 4), pc.equal(keep, 2), pc.equal(keep, 1)),
        last4, pc.utf8_slice_codeunits(last4, -2), pc.utf8_slice_codeunits(last4, -1), "",
    )
    return _join(_stars(pc.subtract(length, keep)), tail)


# Each category's rule: its number in the C kernel (``_tablejson.c``) and the same rule in
# Arrow kernels; every other category has the default rule.
_DEFAULT = 8
_RULES: dict[str, tuple[int, Rule]] = {
    "email_address": (1, _email),
    "person_name": (2, _head_then_stars(1, 1)),
    "address": (3, _head_then_stars(3, 1)),  # the prefecture is not identifying
    "date_of_birth": (4, _date_of_birth),
    **dict.fromkeys(_FIXED, (5, _fixed)),
    "ip_address": (6, _ip_address),
    "postal_code": (7, _head_then_stars(3, None)),
}
_ARROW_RULES: dict[int, Rule] = {**dict(_RULES.values()), _DEFAULT: _default}
