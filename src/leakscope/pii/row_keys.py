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

import pyarrow as pa
import pyarrow.compute as pc

_PREFIX = re.compile(r"^(?:dtb|mtb|plg|tbl|tb|t|m|wp)_")  # EC-CUBE's dtb_, WordPress's wp_
_POINTER = re.compile(r"^(?P<entity>[A-Za-z][A-Za-z0-9_]*?)(?:_id|_ID|(?<=[a-z])I[dD])$")
# user_id, userId, CustomerID: not paid, valid or uuid


@dataclass(frozen=True)
class RowKeys:
    """A batch of one file's (``scope``) rows, records ``prefix`` + ``first``, ``first`` + 1, …:
    per row its own key and the keys it points at (null: none)."""

    scope: str
    prefix: str
    first: int
    count: int
    own: pa.Array | None
    refs: tuple[pa.Array, ...]


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
        declared, elsewhere = declared or {}, elsewhere or {}
        pointers = []
        for i, column in enumerate(columns):
            if i == own:
                continue
            target = declared.get(column or "") or elsewhere.get(names[i])
            if target is not None:
                pointers.append((i, entity_of(target)))
            elif (match := _POINTER.match(column or "")) \
                    and (other := entity_of(match["entity"])) != entity:
                pointers.append((i, other))
        if own is None and not pointers:
            return None
        return cls(entity, own, tuple(pointers))

    def keys(self, scope: str, record_prefix: str, batch: pa.RecordBatch, first: int
             ) -> RowKeys:
        """The keys of a batch of rows (string columns, numbered from ``first``: records
        ``record_prefix`` + number), scoped to ``scope`` (the file)."""
        own = None if self.own is None else _keys(scope, self.entity, batch, self.own)
        refs = tuple(_keys(scope, entity, batch, i) for i, entity in self.pointers)
        return RowKeys(scope, record_prefix, first, batch.num_rows, own, refs)


def _snake(name: str) -> str:
    """PaymentMethods -> payment_methods: a table and a column pointing at it may be spelled
    either way."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).lower()


def _keys(scope: str, entity: str, batch: pa.RecordBatch, column: int) -> pa.Array:
    """``scope#entity=value`` per cell of ``column`` (null where the cell is empty)."""
    if column >= batch.num_columns:
        return pa.nulls(batch.num_rows, pa.string())
    values = pc.utf8_trim_whitespace(batch.column(column))
    values = pc.if_else(pc.equal(values, ""), pa.scalar(None, pa.string()), values)
    return pc.binary_join_element_wise(f"{scope}#{entity}=", values, "")
