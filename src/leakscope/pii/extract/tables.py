"""Rows of a table (CSV, sheet, SQL, SQLite, document table) as field units: one row = one record.

A header cell becomes the `label` of every value under it: 「氏名」 over 「山田太郎」 is what
tells a detector that the value is a name.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache

from leakscope.pii.dates import DATE_ORDER_ROWS, day_first_columns
from leakscope.pii.extract.base import Batch, Item, cell_text, make_unit
from leakscope.pii.extract.row_people import (
    namesake_columns,
    other_people,
    reading_order,
    row_suffixes,
)
from leakscope.pii.extract.split_fields import SplitFields, split_fields
from leakscope.pii.units import ExtractError, TextUnit

HEADER_SCAN_ROWS = 10
_DATA_LIKE = re.compile(r"@|\d{3}|^\s*[\d,.\-/:+ ]+\s*$")


def looks_like_header(cells: Sequence[object]) -> bool:
    """A header row: at least one cell, all text, none that looks like a value."""
    texts = [c for c in cells if c is not None and str(c).strip()]
    if not texts or not all(isinstance(c, str) for c in texts):
        return False
    return all(len(c) <= 60 and not _DATA_LIKE.search(c) for c in texts)


def find_header(rows: Sequence[Sequence[object]]) -> int | None:
    """Index of the header among the first rows of a sheet (title rows may come before it;
    a row of group names over it is one of them: ``table_labels``)."""
    widest = max((_filled(r) for r in rows), default=0)
    for index, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        filled = _filled(row)
        if filled and filled >= min(2, widest) and looks_like_header(row):
            if index + 1 < len(rows) and _groups(row, rows[index + 1]):
                return index + 1
            if 2 * filled >= widest or not any(_filled(r) * 2 >= widest and looks_like_header(r)
                                               for r in rows[index + 1:HEADER_SCAN_ROWS]):
                return index
            continue  # a title row of two cells (出力日：… | 担当：…) over the header
        if filled and filled >= widest and not looks_like_header(row):
            return None  # the first full row is data: no header
    return None


def _groups(upper: Sequence[object], lower: Sequence[object]) -> bool:
    """``upper`` names groups of ``lower``'s columns (merged cells 申込者 | 連帯保証人 | 緊急連絡先
    over 氏名 | 生年月日 | … 氏名 | 続柄 | …): both headers, fewer cells above."""
    if not 2 <= _filled(upper) < _filled(lower):  # (one cell above is the sheet's title)
        return False
    texts = [c for c in lower if c is not None and str(c).strip()]
    labels = [c for c in texts if isinstance(c, str) and looks_like_header([c])]
    return len(labels) >= 0.8 * len(texts)  # (a summary beside the table: 申込件数 | 30)


def table_labels(rows: Sequence[Sequence[object]], header: int) -> tuple[str | None, ...]:
    """The header's labels, each after its group's name where a row of them is above it
    (連帯保証人氏名: the guarantor's name, another person in the row: ``row_people``)."""
    from leakscope.pii.context import label_category  # the detectors' label vocabulary

    labels = header_labels(rows[header])
    if header == 0 or not _groups(rows[header - 1], rows[header]):
        return tuple(labels)
    group, combined = None, []
    for column, label in enumerate(labels):
        above = rows[header - 1][column] if column < len(rows[header - 1]) else None
        group = cell_text(above).strip() or group if above is not None else group
        whole = f"{group}{label}" if group and label else label
        # the group says whose the column is, never what (申込者勤務先 is no name)
        combined.append(whole if label_category(whole) == label_category(label) else label)
    return tuple(combined)


def _filled(row: Sequence[object]) -> int:
    return sum(1 for c in row if c is not None and str(c).strip())


def header_labels(row: Sequence[object]) -> list[str | None]:
    return [cell_text(c).strip() or None for c in row]


def row_units(
    display: str,
    cells: Sequence[object],
    labels: Sequence[str | None],
    row: int,
    record: str,
    base: dict | None = None,
    day_first: frozenset[int] = frozenset(),
) -> list[TextUnit]:
    """One unit per non-empty cell, labelled by its column header (a batch: one record);
    the cells of the columns ``day_first`` names (as the row is read: ``day_first_cells``)
    read dates day first.

    The hot loop of every table format: a comprehension, no per-cell function but the
    unit's constructor. A value split over columns (姓 + 名) is one cell (``split_fields``).
    """
    layout = _layout(labels if labels.__class__ is tuple else tuple(labels), day_first) \
        if labels else None
    if layout is not None:
        return layout.units(display, list(cells), row, record, base)
    if len(labels) < len(cells):
        labels = [*labels, *([None] * (len(cells) - len(labels)))]
    return [
        make_unit(
            text,
            display,
            {**base, "row": row, "field": labels[index] or f"column {index + 1}"}
            if base
            else {"row": row, "field": labels[index] or f"column {index + 1}"},
            labels[index],
            record,
            index in day_first,
        )
        for index, value in enumerate(cells)
        if (text := value if value.__class__ is str else cell_text(value)) and not text.isspace()
    ]


class _RowLayout:
    """How a header's rows are read when it has a split value (``split_fields``) or another
    person's columns (``row_people``), worked out once a header (and its day-first date
    columns): the cells as read, another person's as records of their own, after the row's
    own."""

    def __init__(self, labels: tuple[str | None, ...], split: SplitFields | None,
                 day_first: frozenset[int]) -> None:
        self.split, self.day_first = split, day_first
        self.labels = split.labels if split is not None else labels
        self.suffixes = other_people(self.labels) or ("",) * len(self.labels)
        self.namesakes = namesake_columns(self.labels, self.suffixes)
        self.order = reading_order(self.suffixes)
        # where each person's cells begin in reading order (a namesake's join the person's)
        self.first = {}
        for position, column in enumerate(self.order):
            self.first.setdefault(self.suffixes[column], position)
        self.fields = [split.field(i) if split is not None else label or f"column {i + 1}"
                       for i, label in enumerate(self.labels)]

    def units(self, display: str, cells: list, row: int, record: str, base: dict | None
              ) -> list[TextUnit]:
        if self.split is not None:
            cells = self.split.cells(cells)
        width, units = len(self.labels), []
        same = self._same_people(cells)
        order = sorted(self.order, key=lambda c: self.first[same.get(
            self.suffixes[c], self.suffixes[c])]) if same else self.order
        for index in [*order, *range(width, len(cells))]:  # cells past the header last
            if index >= len(cells):
                continue
            value = cells[index]
            text = value if value.__class__ is str else cell_text(value)
            if not text or text.isspace():
                continue
            if index < width:
                label, field, suffix = self.labels[index], self.fields[index], self.suffixes[index]
            else:
                label, suffix = None, ""
                field = self.split.field(index) if self.split is not None \
                    else f"column {index + 1}"
            units.append(make_unit(text, display, {**(base or {}), "row": row, "field": field},
                                   label, record + same.get(suffix, suffix),
                                   index in self.day_first))
        return units

    def _same_people(self, cells: list) -> dict[str, str]:
        """The people of this row another of its people is (``row_people.row_suffixes``)."""
        if self.namesakes is None:
            return {}
        return row_suffixes([_cell_str(cells, column) for _, column in self.namesakes],
                            self.namesakes)


def _cell_str(cells: list, index: int) -> str:
    value = cells[index] if index < len(cells) else None
    return value if value.__class__ is str else cell_text(value)


@lru_cache(maxsize=256)
def _layout(labels: tuple[str | None, ...], day_first: frozenset[int] = frozenset()
            ) -> _RowLayout | None:
    """A header's ``_RowLayout``, or None when its rows are read cell by cell as they are."""
    split = split_fields(labels)
    if split is None and other_people(labels) is None:
        return None
    return _RowLayout(labels, split, day_first)


def day_first_cells(labels: tuple[str | None, ...], rows: Iterable[Sequence[object]]
                    ) -> frozenset[int]:
    """The columns (as ``row_units`` reads the rows under ``labels``: a split value is one)
    that write dates day first in ``rows`` (a table's first ``DATE_ORDER_ROWS``)."""
    split = split_fields(labels) if labels else None
    if split is not None:
        rows = (split.cells(list(row)) for row in rows)
    return day_first_columns(rows)


def table_units(
    display: str,
    rows: Iterable[Sequence[object] | ExtractError],
    record_prefix: str,
    base: dict | None = None,
    first_row: int = 1,
) -> Iterator[Item | Batch]:
    """Units of a table whose header (if any) is among its first rows.

    Rows are numbered from ``first_row`` as a spreadsheet shows them; rows above the header
    (titles) are read without labels; errors in `rows` pass through without taking a number.
    """
    rows = iter(rows)
    head: list[Sequence[object]] = []
    for item in rows:
        if isinstance(item, ExtractError | TextUnit):
            yield item
            continue
        head.append(item)
        if len(head) == HEADER_SCAN_ROWS:
            break
    header = find_header(head)
    labels = table_labels(head, header) if header is not None else ()
    # a column's first rows say how it writes dates (24/06/1963: day first, then 04/07/1963
    # is 4 July); read ahead that far
    ahead, failed = _read_ahead(rows, DATE_ORDER_ROWS)
    data = head[header + 1:] if header is not None else head
    day_first = day_first_cells(labels, itertools.islice(
        (item for item in itertools.chain(data, ahead)
         if not isinstance(item, ExtractError | TextUnit)), DATE_ORDER_ROWS))
    number = first_row - 1
    for item in itertools.chain(head, ahead, rows if failed is None else _raise(failed)):
        if isinstance(item, ExtractError | TextUnit):  # a line too long for a row: as text
            yield item
            continue
        number += 1
        if header is not None and number <= header + first_row:
            if number == header + first_row:
                continue  # the header itself
            yield row_units(display, item, (), number, f"{record_prefix}row{number}", base)
            continue  # a title row above the header
        yield row_units(display, item, labels, number, f"{record_prefix}row{number}", base,
                        day_first)


def _read_ahead(items: Iterator[object], count: int) -> tuple[list, Exception | None]:
    """The next ``count`` items, and the error reading them stopped at (a damaged sheet):
    raised once the items before it are read, as it would have been."""
    ahead: list = []
    try:
        ahead.extend(itertools.islice(items, count))
    except Exception as error:  # the sheet's reader decides what it means
        return ahead, error
    return ahead, None


def _raise(error: Exception) -> Iterator[object]:
    raise error
    yield  # a generator: raises where it is reached


FORM_MAX_ROWS = 200


def sheet_units(
    display: str, rows: Iterable[Sequence[object]], record_prefix: str, base: dict
) -> Iterator[Item | Batch]:
    """A worksheet: a small one may be a form (Excel 方眼紙 申込書), a long one is a list."""
    head, rest = sheet_head(rows)
    if rest is None:
        yield from document_table_units(display, head, record_prefix, base)
    else:
        yield from table_units(display, itertools.chain(head, rest), record_prefix, base)


def sheet_head(rows: Iterable[Sequence[object]]
               ) -> tuple[list[Sequence[object]], Iterator[Sequence[object]] | None]:
    """A sheet's first rows and the rest; the rest is None for a sheet of at most
    ``FORM_MAX_ROWS`` filled rows (all in the head): it may be a form."""
    rows = iter(rows)
    head, filled = [], 0
    for row in rows:  # empty rows (ODS repeats a million of them) do not count
        head.append(row)
        filled += bool(_filled(row))
        if filled > FORM_MAX_ROWS:
            return head, rows
    return head, None


def document_table_units(
    display: str, rows: Iterable[Sequence[object]], record_prefix: str, base: dict
) -> Iterator[Item | Batch]:
    """A table in a document or a small sheet: a list (header row, one person a row) or a
    form, or several of them one below the other (a 扶養控除 form and its table of
    dependants; two lists, each under its title and header), each read as what it is."""
    rows = [[cell_text(c).strip() for c in row] for row in rows]
    for start, block in _blocks(rows):
        yield from _block_units(display, block, start + 1, record_prefix, base)


def _blocks(rows: list[list[str]]) -> Iterator[tuple[int, list[list[str]]]]:
    """Runs of rows, cut where an empty row is followed by a header (maybe under a title)."""
    start = 0
    for index in range(1, len(rows)):
        if _filled(rows[index - 1]) or not _filled(rows[index]):
            continue
        after = [row for row in rows[index:index + 5] if _filled(row)][:3]
        titled = len(after) > 1 and _filled(after[0]) == 1
        if any(_list_header(row, below) for row, below in
               zip(after[:1 + titled], [*after[1:], None], strict=False)):
            yield start, rows[start:index]
            start = index
    yield start, rows[start:]


def _list_header(row: list[str], below: list[str] | None) -> bool:
    """A list's header over a row that does not start with a label (not a form's 「フリガナ |
    ヤマダ コウジ | 性別 | 男」 over 「氏名 | 山田 浩二 | …」)."""
    from leakscope.pii.context import label_category  # the detectors' label vocabulary

    first = next((c for c in below or () if c), None)
    return _labels_row(row) and first is not None and label_category(first) is None


def _labels_row(row: list[str]) -> bool:
    """Three labels or more, many of them the detectors': a header, with or without a list
    under it."""
    from leakscope.pii.context import label_category  # the detectors' label vocabulary

    cells = [c for c in row if c]
    return len(cells) >= 3 and looks_like_header(cells) \
        and sum(label_category(c) is not None for c in cells) >= 0.4 * len(cells)


def _block_units(display: str, rows: list[list[str]], first_row: int, record_prefix: str,
                 base: dict) -> Iterator[Item | Batch]:
    """Forms (申込書, 履歴書: 「氏名 | 山田太郎」「住所 | 東京都…」 row after row) describe one
    person: every value is labelled by the label cell before it, and the whole form is one
    record. A list's data rows rarely start with a label, a form's always do."""
    from leakscope.pii.context import label_category  # the detectors' label vocabulary

    def is_label(text: str) -> bool:  # (a value may hold a label word: 〒273-7159 千葉県…)
        return len(text) <= 30 and sum(c.isdigit() for c in text) < 3 \
            and label_category(text) is not None

    labelled = sum(  # (a two-row form's first row too: 氏名 | 井上 浩二 over 電話 | 070-…)
        1
        for row in (rows if len(rows) == 2 else rows[1:])
        if len(cells := [c for c in row if c]) >= 2
        and is_label(cells[0])
        and not is_label(cells[1])
    )
    if labelled < 2:
        yield from table_units(display, rows, record_prefix, base, first_row)
        return
    record = record_prefix.rstrip("!")
    last_row = first_row + max((i for i, row in enumerate(rows) if _filled(row)), default=0)
    for number, row in enumerate(rows, first_row):
        if number == last_row and _labels_row(row) \
                and all(_UNKNOWN_LABEL.match(c) for c in row if c):
            continue  # the header of an empty table below (区分 | 氏名 | フリガナ | 続柄 | …)
        label, after_value = None, False
        last = max((i for i, text in enumerate(row) if text), default=-1)
        values: list[tuple[int, str]] = []  # the current label's value cells
        for index, text in enumerate(row):
            if not text:
                continue
            # a label, or a word between two values that labels the next (性別 | 男: no name);
            # not a condition after its label (既往歴 | パニック障害: 障害 is a label's word too)
            if (is_label(text) and not _condition_after(label, values, text)) or (
                    after_value and index < last and len(text) <= 12
                    and _UNKNOWN_LABEL.match(text) and text not in _DATE_UNITS):
                yield from _form_values(display, base, number, label, values, record)
                label, after_value, values = text, False, []
                continue
            values.append((index, text))
            after_value = True
        yield from _form_values(display, base, number, label, values, record)


def _condition_after(label: str | None, values: list, text: str) -> bool:
    """Whether ``text`` is the first value of a 要配慮 label (既往歴, 傷病名) that reads like a
    label itself (パニック障害, 身体障害)."""
    from leakscope.pii.context import label_category  # the detectors' label vocabulary

    return label is not None and not values \
        and label_category(label) == "sensitive" == label_category(text)


def _form_values(display: str, base: dict, row: int, label: str | None,
                 values: list[tuple[int, str]], record: str) -> Iterator[TextUnit]:
    """A form's values after one label: a unit each, or one of them all where they are a
    value written a character a box (個人番号 | 2 | 9 | 3 | …), or a date in boxes after the
    era circled among those printed (明・大・昭・(平)・令 | 11 | 年 | 9 | 月 | 26 | 日)."""
    if sum(len(text) <= 2 for _, text in values) >= _BOXES or (len(values) >= _BOXES and all(
            text.isdigit() and len(text) <= 4 for _, text in values)):  # 080 | 9295 | 7209
        texts = [_chosen_era(text) for _, text in values]
        dated = any(text in _DATE_UNITS for text in texts)
        values = [(values[0][0], ("" if dated else " ").join(texts))]
    for index, text in values:
        location = {**base, "row": row, "field": label or f"column {index + 1}"}
        yield make_unit(text, display, location, label, record)


_BOXES = 3  # short cells after one label that make one value
_DATE_UNITS = frozenset("年月日")
_ERAS = {"明": "明治", "大": "大正", "昭": "昭和", "平": "平成", "令": "令和"}
_ERA_CHOICE = re.compile(r"[(（〇○◯]([明大昭平令])[)）]?|([明大昭平令])[)）]")


def _chosen_era(text: str) -> str:
    """The era a form's printed choice circles (明・大・昭・(平)・令: 平成); else the text."""
    if "・" not in text or not (m := _ERA_CHOICE.search(text)):
        return text
    return _ERAS[m.group(1) or m.group(2)]


_UNKNOWN_LABEL = re.compile(r"[^\d\s@]+$")  # one word, no digits
