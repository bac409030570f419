"""A child's given name under its guardian's surname: a school's 月謝 list writes 生徒名 「裕美子」
beside 保護者名 「青木 拓真」.

Read alone, the given name links to no one, and every such child was one more person than the
school has (blind corpus 10: +9 a list). Read as 「青木 裕美子」 it is the student of the roster,
as a 世帯員's given name is read under the head's surname and a joint name's second under the
first's (``recognizers.name_forms``). Both table paths read a child's row through
``ChildNames``, so they report alike.
"""

from __future__ import annotations

from functools import lru_cache

import pyarrow as pa

from leakscope.pii.extract.row_people import READING, is_child_row
from leakscope.pii.name_lexicon import is_partial_name, is_surname
from leakscope.pii.normalize import is_kanji
from leakscope.pii.recognizers.name_forms import surname_of
from leakscope.pii.recognizers.name_words import JOINT_SEPARATORS

_GIVEN_LONGEST = 4  # kanji of a given name written alone (美加子, 裕美子)
_GUARDIAN = "/保護者"


class ChildNames:
    """The row's own name column (a child's) and its guardian's name column."""

    def __init__(self, child: int, guardian: int) -> None:
        self.child, self.guardian = child, guardian

    def cells(self, cells: list) -> list:
        """A row's cells, the child's given name under the guardian's surname."""
        if max(self.child, self.guardian) >= len(cells):
            return cells
        own, guardian = cells[self.child], cells[self.guardian]
        if own.__class__ is not str or guardian.__class__ is not str:
            return cells
        full = under_surname(own, guardian)
        if full is None:
            return cells
        cells = list(cells)
        cells[self.child] = full
        return cells

    def batch(self, batch: pa.RecordBatch) -> pa.RecordBatch:
        """``cells`` for a batch of string columns."""
        own, guardian = batch.column(self.child), batch.column(self.guardian)
        if not (pa.types.is_string(own.type) and pa.types.is_string(guardian.type)):
            return batch  # (a column of numbers holds no name)
        names = own.to_pylist()
        full = [under_surname(name, parent) if name and parent else None
                for name, parent in zip(names, guardian.to_pylist(), strict=True)]
        if not any(full):
            return batch
        column = pa.array([f or name for f, name in zip(full, names, strict=True)], own.type)
        return batch.set_column(self.child, batch.schema.field(self.child), column)


def child_names(labels: tuple[str | None, ...], suffixes: tuple[str, ...]
                ) -> ChildNames | None:
    """The child's and the guardian's name columns of a child's row (``suffixes``: each
    column's person, ``row_people.other_people``), or None for any other row."""
    if not is_child_row(labels):
        return None
    from leakscope.pii.context import label_category  # the detectors' label vocabulary

    def name_column(suffix: str) -> int | None:
        return next((i for i, (label, s) in enumerate(zip(labels, suffixes, strict=True))
                     if s == suffix and label_category(label) == "person_name"
                     and not READING.search(label or "")), None)

    child, guardian = name_column(""), name_column(_GUARDIAN)
    return None if child is None or guardian is None else ChildNames(child, guardian)


@lru_cache(maxsize=1 << 12)
def under_surname(cell: str, guardian: str) -> str | None:
    """「青木 裕美子」 for a child's 「裕美子」 beside 「青木 拓真」 (the first of joint names too:
    「斎藤 修平、結衣」), or None when the child's cell is more than a given name or the
    guardian's has no kanji surname."""
    cell = cell.strip()
    first = next((i for i, c in enumerate(cell) if c in JOINT_SEPARATORS), len(cell))
    given = cell[:first]
    if not 1 <= len(given) <= _GIVEN_LONGEST or not all(map(is_kanji, given)) \
            or is_surname(given) or not is_partial_name(given):
        return None
    surname = surname_of(guardian.strip().replace("\u3000", " "))
    if surname is None or not all(map(is_kanji, surname)):
        return None
    return f"{surname} {cell}"
