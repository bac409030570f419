"""Rows of a database that point at other rows: ``payment_methods.user_id`` names the row of
``users`` whose person holds the card, so a row that names no one is that row's person.

A table's own key is its declared primary key, else its ``id`` or ``<entity>_id`` column
(``dtb_customer.customer_id``); a column ``<entity>_id`` of another table, or a declared
foreign key, points at that entity's rows. Keys are scoped to one file. The linker joins them
(``subject_rows``) only where the row pointed at names someone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

_PREFIX = re.compile(r"^(?:dtb|mtb|plg|tbl|tb|t|m|wp)_")  # EC-CUBE's dtb_, WordPress's wp_
_POINTER = re.compile(r"^(?P<entity>[A-Za-z][A-Za-z0-9_]*?)(?:_id|_ID|(?<=[a-z])I[dD])$")
# user_id, userId, CustomerID: not paid, valid or uuid


@dataclass(frozen=True)
class RowKeys:
    """Per row of a batch of one file (``scope``): its record, its own key (or None) and the
    keys it points at."""

    scope: str
    records: tuple[str, ...]
    own: tuple[str | None, ...]
    refs: tuple[tuple[str, ...], ...]


def entity_of(table: str) -> str:
    """What one row of ``table`` is: ``users`` -> user, ``dtb_customer`` -> customer,
    ``addresses`` -> address, ``categories`` -> category."""
    name = _PREFIX.sub("", _snake(table.rsplit(".", 1)[-1]))
    if name.endswith("ies"):
        return name[:-3] + "y"
    if name.endswith(("sses", "xes", "ches", "shes")):
        return name[:-2]
    if name.endswith("s") and not name.endswith(("ss", "us")):
        return name[:-1]
    return name


@dataclass(frozen=True)
class KeyColumns:
    """Which columns of a table hold its rows' own key and which point at other tables'."""

    entity: str
    own: int | None
    pointers: tuple[tuple[int, str], ...]  # (column, entity pointed at)

    @classmethod
    def of(cls, table: str, columns: Sequence[str | None], primary: str | None = None,
           declared: dict[str, str] | None = None, elsewhere: dict[str, str] | None = None
           ) -> KeyColumns | None:
        """The key columns of ``table`` (``primary``: its declared primary key; ``declared``:
        column -> the table a declared foreign key points at; ``elsewhere``: column -> the
        table whose primary key it is, as ``payments.card_no`` is ``patients.card_no``), or
        None: it has none."""
        entity = entity_of(table)
        names = [(column or "").lower() for column in columns]
        wanted = [primary.lower()] if primary else ["id", f"{entity}_id", f"{entity}id"]
        own = next((names.index(name) for name in wanted if name in names), None)
        pointers = []
        for i, column in enumerate(columns):
            target = (declared or {}).get(column or "") if i != own else None
            if target is None and i != own:
                target = (elsewhere or {}).get((column or "").lower())
            if target is not None:
                pointers.append((i, entity_of(target)))
            elif i != own and (match := _POINTER.match(column or "")) \
                    and (other := entity_of(match["entity"])) != entity:
                pointers.append((i, other))
        if own is None and not pointers:
            return None
        return cls(entity, own, tuple(pointers))

    def keys(self, scope: str, record_prefix: str, rows: Sequence[Sequence], first: int
             ) -> RowKeys:
        """The keys of ``rows`` (numbered from ``first``, records ``record_prefix`` + number),
        scoped to ``scope`` (the file)."""
        own = tuple(_key(scope, self.entity, row, self.own) for row in rows)
        refs = tuple(tuple(key for i, entity in self.pointers
                           if (key := _key(scope, entity, row, i)) is not None)
                     for row in rows)
        records = tuple(f"{record_prefix}{number}" for number in range(first, first + len(rows)))
        return RowKeys(scope, records, own, refs)


def _snake(name: str) -> str:
    """PaymentMethods -> payment_methods: a table and a column pointing at it may be spelled
    either way."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).lower()


def _key(scope: str, entity: str, row: Sequence, column: int | None) -> str | None:
    value = row[column] if column is not None and column < len(row) else None
    if value is None or isinstance(value, bytes):
        return None
    text = str(value).strip()
    return f"{scope}#{entity}={text}" if text and text.upper() != "NULL" else None
