"""Mailboxes of a role, not a person: info@, support@, contact00@, toiawase@.

They are still e-mail findings, but never a person's identifier in the people count: a
support desk in To of every inquiry would make all the senders one person, a B2B customer
list whose contacts share info@ one customer, a mis-sent mail's partner desks people.
"""

from __future__ import annotations

import re

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

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
)
# The local part is a role, maybe numbered or with a short suffix: contact00@, info-jp@.
ROLE_MAILBOX = rf"^(?:{'|'.join(re.escape(r) for r in _ROLES)})(?:[._-][a-z]{{2}})?[0-9]*@"
_ROLE = re.compile(ROLE_MAILBOX, re.IGNORECASE)


def is_role_mailbox(address: str) -> bool:
    return _ROLE.match(address) is not None


def role_mailboxes(addresses: pa.Array | pa.ChunkedArray) -> np.ndarray:
    """``is_role_mailbox`` of each address (a null is none)."""
    found = pc.match_substring_regex(addresses, ROLE_MAILBOX, ignore_case=True)
    return pc.fill_null(found, False).to_numpy(zero_copy_only=False)
