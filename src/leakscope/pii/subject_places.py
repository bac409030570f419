"""Where a finding is, for cutting findings into people (``subject_groups``): its place in free
text, and the mail or letter it is in."""

from __future__ import annotations

import re
from functools import lru_cache

# Location keys that move within one place (a mail's sender and body are one place).
_WITHIN_PLACE = frozenset({"line", "column", "paragraph", "header", "body", "overlap"})
LETTERS = (".docx", ".docm", ".doc", ".odt", ".rtf")  # (not a mail: its From is the sender's)
_DOCUMENTS = (".eml", ".msg", ".mbox", ".mbx", *LETTERS)


# A record's last part, after which what is left names its list: a sheet (``a.xlsx#本店!row2``:
# ``a.xlsx#本店``), a document's table, a database's table (``d.sql#members:3``), else the file
# (``r.csv#row3/保護者``: ``r.csv``). RE2 and Python alike.
RECORD_IN_LIST = r"(?:[!:][^!:#]*|#[^!:#]*)$"
_RECORD_IN_LIST = re.compile(RECORD_IN_LIST)


def list_of(record: str) -> str:
    """The list a table's record is in: two sheets of one workbook are two lists, as two files
    are (``subject_compatible``: one name in two lists may be one person)."""
    return _RECORD_IN_LIST.sub("", record, count=1)


def free_place(path: str, location: dict) -> tuple:
    """A free-text finding's place: its location less the keys that move within one place."""
    loc = {k: v for k, v in location.items() if k not in _WITHIN_PLACE}
    return (path, tuple(sorted(loc.items(), key=lambda kv: kv[0])))


def document_of(path: str, location: dict) -> tuple | None:
    """The mail or letter a finding is in, where one full name is one person: a mail (one
    message of a mailbox), a word processor's document. Not a list (a table, a text file, a
    PDF), where two people may share a name."""
    return (path, location.get("message")) if _is_document(path) else None


@lru_cache(maxsize=4096)
def _is_document(path: str) -> bool:
    return path.lower().endswith(_DOCUMENTS)


@lru_cache(maxsize=4096)
def is_letter(path: str) -> bool:
    return path.lower().endswith(LETTERS)
