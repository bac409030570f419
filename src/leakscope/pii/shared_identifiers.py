"""Identifiers of a desk or a business, not a person: role mailboxes (info@, support@,
contact00@, toiawase@) and the numbers callers dial for a company (0120 / 0800 toll-free,
0570 navi dial, 0180, 0990).

They are still findings, but never a person's identifier in the people count: a support desk
in To of every inquiry would make all the senders one person, a customer list whose rows
share the shop's 0120 number or a partner's info@ one customer, a mis-sent mail's partner
desks people.
"""

from __future__ import annotations

import re

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from .arrow_strings import leading_bytes

_ROLES = (
    # English
    "info", "information", "contact", "contactus", "support", "helpdesk", "help", "service",
    "services", "customer", "customers", "cs", "sales", "admin", "administrator", "office",
    "webmaster", "postmaster", "hostmaster", "abuse", "security", "privacy", "noreply",
    "no-reply", "donotreply", "do-not-reply", "mailer-daemon", "inquiry", "inquiries",
    "enquiry", "enquiries", "marketing", "press", "pr", "hr", "recruit", "recruiting", "jobs",
    "careers", "billing", "accounts", "accounting", "finance", "legal", "team", "staff",
    "order", "orders", "shop", "store", "reception", "desk", "center", "centre", "newsletter",
    "news", "notification", "notifications", "system", "root",
    # Japanese, romanized (お問い合わせ, 受付, 総務, 人事, 経理, 営業, 採用, 窓口, 個人情報)
    "toiawase", "otoiawase", "uketsuke", "soumu", "somu", "jinji", "keiri", "eigyo", "eigyou",
    "saiyo", "saiyou", "madoguchi", "kojinjoho", "kojinjouhou", "honbu", "jimukyoku",
    # an insurer's or an agency's accident desk (事故受付: every claim mail is sent to it)
    "jiko", "jikouketsuke", "claim", "claims",
)
# Per category, the values that are a desk's (RE2 and Python alike; e-mail case-insensitive):
# a role's local part, maybe numbered or with a short suffix (contact00@, info-jp@); a number
# (as the scan normalizes phones: digits, national) that callers dial for a company.
SHARED = {
    "email_address": rf"(?i)^(?:{'|'.join(re.escape(r) for r in _ROLES)})(?:[._-][a-z]{{2}})?"
                     r"[0-9]*@",
    "phone_number": r"^0(?:120|800|570|180|990)",
}
_ROLE_NAMES = frozenset(_ROLES)
_DESK_NUMBERS = ("0120", "0800", "0570", "0180", "0990")


def is_shared(category: str, value: str) -> bool:
    """Whether ``value`` of ``category`` is a desk's or a business's, not a person's
    (``SHARED`` for one value, by string operations: free text asks it for every e-mail)."""
    if category == "phone_number":
        return value.startswith(_DESK_NUMBERS)
    if category != "email_address":
        return False
    at = value.find("@")
    local = value[:at].lower().rstrip("0123456789") if at > 0 else ""
    if local in _ROLE_NAMES:
        return True
    suffix = local[-2:]  # info-jp@
    return len(local) > 3 and local[-3] in "._-" and suffix.isascii() and suffix.isalpha() \
        and local[:-3] in _ROLE_NAMES


def shared_values(category: str, values: pa.Array | pa.ChunkedArray) -> np.ndarray:
    """``is_shared`` of each value (a null is not)."""
    found = pc.match_substring_regex(values, SHARED[category])
    return pc.fill_null(found, False).to_numpy(zero_copy_only=False)


def shared_at(category: str, values: pa.Array | pa.ChunkedArray, rows: np.ndarray
              ) -> np.ndarray:
    """``shared_values`` of ``values[rows]`` for a table's findings: the first four bytes,
    read in numpy, decide a desk's number and leave RE2 the few e-mails that may be a desk's
    (a role's first four letters; a two-letter role's, then '@', a digit or a separator)."""
    first, _ = leading_bytes(values, rows, 4)
    if category == "email_address":  # ASCII capitals lowercased
        first = np.where((first >= 65) & (first <= 90), first | 0x20, first)
    lead = first.astype(np.uint32) @ np.array([1 << 24, 1 << 16, 1 << 8, 1], np.uint32)
    if category == "phone_number":
        return _among(lead, _DESK_LEADS)
    maybe = _among(lead, _ROLE_LEADS) | (_among(lead >> 16, _SHORT_ROLE_LEADS)
                                         & _among(first[:, 2], _AFTER_SHORT_ROLE))
    found = np.zeros(rows.size, bool)
    if maybe.any():
        found[maybe] = shared_values(category, values.take(pa.array(rows[maybe])))
    return found


def _among(values: np.ndarray, sorted_set: np.ndarray) -> np.ndarray:
    at = np.minimum(np.searchsorted(sorted_set, values), len(sorted_set) - 1)
    return sorted_set[at] == values


def _lead(text: str) -> int:
    return int.from_bytes(text.encode("ascii"), "big")


# What a value must start with to be a desk's: a number's four digits (the whole rule for
# numbers: SHARED["phone_number"] is these and nothing more), a role's first four letters,
# or a two-letter role (cs, hr, pr: roles are two letters or four and more) and what may
# follow it.
_DESK_LEADS = np.array(sorted(_lead(n) for n in _DESK_NUMBERS), np.uint32)
_ROLE_LEADS = np.array(sorted({_lead(r[:4]) for r in _ROLES if len(r) >= 4}), np.uint32)
_SHORT_ROLE_LEADS = np.array(sorted({_lead(r) for r in _ROLES if len(r) < 4}), np.uint32)
_AFTER_SHORT_ROLE = np.array(sorted(b"@0123456789._-"), np.uint8)
