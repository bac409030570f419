"""Rows of a table (CSV, sheet, SQL, SQLite, document table) as field units: one row = one record.

A header cell becomes the `label` of every value under it: 「氏名」 over 「山田太郎」 is what
tells a detector that the value is a name.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache

from leakscope.pii.dates import DATE_ORDER_ROWS, day_first_columns
from leakscope.pii.extract.base import Batch, Item, cell_text, make_unit
from leakscope.pii.extract.child_names import child_names
from leakscope.pii.extract.column_kinds import (
    first_row_is_data,
    inferred_labels,
    names_by_values,
)
from leakscope.pii.extract.deceased import DECEASED, death_columns, row_died
from leakscope.pii.extract.row_people import (
    namesake_columns,
    other_people,
    reading_order,
    row_suffixes,
)
from leakscope.pii.extract.split_fields import SplitFields, split_fields
from leakscope.pii.extract.unread_columns import unread_columns
from leakscope.pii.row_owners import apply_row_rules, row_rules
from leakscope.pii.units import ExtractError, TextUnit

HEADER_SCAN_ROWS = 10
_DATA_LIKE = re.compile(r"@|\d{3}|^\s*[\d,.\-/:+ ]+\s*$")


# a schedule's day over its column (シフト表's 氏名 | 担当 | 7/1 | 7/2(火) …)
_DAY = re.compile(r"\s*[0-9]{1,2}/[0-9]{1,2}(?:\s*[(（].[)）])?\s*")


def _is_day(cell: object) -> bool:
    return isinstance(cell, dt.date) or (isinstance(cell, str) and _DAY.fullmatch(cell) is not None)


_MONTH_DAY = re.compile(r"\s*(?:[1-9]|[12][0-9]|3[01])日?(?:\s*[(（].[)）])?\s*")
_WEEK = 7  # days of a month by their numbers alone a shift sheet's header holds at least


def _day_numbers(texts: list[object]) -> set[int]:
    """Where a shift sheet's days of the month stand by their numbers alone (1 | 2 | … | 31,
    1日 | 2日), when a week of them or more do; else nowhere."""
    numbers = {i for i, c in enumerate(texts) if (isinstance(c, int) and 1 <= c <= 31)
               or (isinstance(c, str) and _MONTH_DAY.fullmatch(c) is not None)}
    return numbers if len(numbers) >= _WEEK else set()


def looks_like_header(cells: Sequence[object]) -> bool:
    """A header row: at least one cell, all text, none that looks like a value; or a
    schedule's, whose days follow labels a person's columns have (氏名 | 7/1 | 7/2, a shift
    sheet's 氏名 | 部署 | 1 | 2 | … | 31)."""
    texts = [c for c in cells if c is not None and str(c).strip()]
    numbers = _day_numbers(texts)
    labels = [c for i, c in enumerate(texts) if not _is_day(c) and i not in numbers]
    if len(labels) < len(texts):
        from leakscope.pii.context import is_label  # the detectors' label vocabulary

        texts = labels
        if not any(isinstance(c, str) and is_label(c) for c in texts):
            return False
    if not texts or not all(isinstance(c, str) for c in texts):
        return False
    return all(len(c) <= 60 and not _DATA_LIKE.search(c) for c in texts)


def find_header(rows: Sequence[Sequence[object]]) -> int | None:
    """Index of the header among the first rows of a sheet (title rows may come before it;
    a row of group names over it is one of them: ``table_labels``)."""
    widest = max((filled_count(r) for r in rows), default=0)
    for index, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        filled = filled_count(row)
        if filled and filled >= min(2, widest) and looks_like_header(row):
            if index + 1 < len(rows) and names_groups(row, rows[index + 1]):
                return index + 1
            if 2 * filled >= widest or not any(  # (a wider header below: this is a title)
                    filled_count(r) * 2 >= widest and looks_like_header(r)
                    for r in rows[index + 1:HEADER_SCAN_ROWS]):
                return index
            continue  # a title row of two cells (出力日：… | 担当：…) over the header
        if filled and filled >= widest and not looks_like_header(row):
            if index + 1 < len(rows) and _labels_a_value(row) \
                    and looks_like_header(rows[index + 1]):
                continue  # a key | value line over a narrow list's header (title_units)
            return None  # the first full row is data: no header
    return None


def _labels_a_value(cells: Sequence[object]) -> bool:
    """Whether a row holds a label cell and a value after it (株式会社… | 法人番号 | 9177…)."""
    return any(label is not None for label in _title_labels(cells))


def head_labels(rows: Sequence[Sequence[object]]) -> tuple[int | None, tuple[str | None, ...]]:
    """The header's index among a table's first rows and its labels (``table_labels``); with
    no header, the labels its columns' values say (``column_kinds``: every row is data), or
    none. Every table path decides its labels here, so they read a file alike."""
    header = find_header(rows)
    if header is not None and header == len(rows) - 1 and 1 < len(rows) < HEADER_SCAN_ROWS:
        header = None  # (a small table's last row heads nothing: a letter's two-row form's
        # 「理由 | 傷病（双極性障害）により…」 under 「ケース番号 | C-2781」)
    if header == 0 and (labels := first_row_is_data(rows)):
        return None, labels  # (its first row only looked like a header: all words)
    if header is not None:
        return header, names_by_values(table_labels(rows, header), rows[header + 1:])
    return None, inferred_labels(rows) or ()


def names_groups(upper: Sequence[object], lower: Sequence[object]) -> bool:
    """``upper`` names groups of ``lower``'s columns (merged cells 申込者 | 連帯保証人 | 緊急連絡先
    over 氏名 | 生年月日 | … 氏名 | 続柄 | …): both headers, fewer cells above."""
    if filled_count(upper) < 2 or not looks_like_header(upper):
        return False  # (a title; a key | value line over the header: 株式会社… | 法人番号)
    texts = [c for c in lower if c is not None and str(c).strip()]
    if filled_count(upper) < len(texts):
        labels = [c for c in texts if isinstance(c, str) and looks_like_header([c])]
        return len(labels) >= 0.8 * len(texts)  # (a summary beside the table: 申込件数 | 30)
    return _names_parts(upper, lower, texts)


def _names_parts(upper: Sequence[object], lower: Sequence[object], texts: list) -> bool:
    """``lower`` names the parts of ``upper``'s merged cells (氏名 over ローマ字 | カタカナ,
    在留カード over 番号 | 在留資格 | 在留期限), the other columns' one label above (国籍)."""
    from leakscope.pii.context import is_label  # the detectors' label vocabulary

    if len(texts) < 2 or not looks_like_header(lower) \
            or sum(isinstance(c, str) and is_label(c) for c in texts) < 0.5 * len(texts):
        return False  # (half of them words the detectors know: 氏名 | フリガナ | 食事 | 備考)
    above = [bool(cell_text(cell).strip()) if cell is not None else False for cell in upper]
    return any(cell is not None and str(cell).strip() and not (i < len(above) and above[i])
               and any(above[:i]) for i, cell in enumerate(lower))


_NO_KIND = (None, "negative")  # a label's category that says no kind of value


def table_labels(rows: Sequence[Sequence[object]], header: int) -> tuple[str | None, ...]:
    """The header's labels, each after its group's name where a row of them is above it
    (連帯保証人氏名: the guarantor's name, another person in the row: ``row_people``)."""
    from leakscope.pii.context import label_category  # the detectors' label vocabulary

    labels = header_labels(rows[header])
    if header == 0 or not names_groups(rows[header - 1], rows[header]):
        return tuple(labels)
    groups = _group_spans(rows[header - 1], labels)
    combined = []
    for column, label in enumerate(labels):
        group = groups[column]
        if label is None and group is not None and group[1]:
            combined.append(group[0])  # (a cell merged down both rows: 国籍)
            continue
        whole = f"{group[0]}{label}" if group and label else label
        # the group says whose the column is, never what (申込者勤務先 is no name; 契約者情報 |
        # 車種 and 健康状態 | 服薬中の薬 are no name and no condition), but of a bare 番号 or 記号
        # what it numbers (在留カード | 番号)
        kind, whole_kind = label_category(label), label_category(whole)
        combined.append(whole if whole_kind == kind or (
            kind in _NO_KIND and whole_kind not in _NO_KIND
            and (whole_kind != label_category(group[0]) or _NUMBERING.fullmatch(label)))
            else label)
    return tuple(combined)


# a column's label that says only that it numbers what its group names (在留カード | 番号)
_NUMBERING = re.compile(r"(?:番号|記号|記号・?番号|番|no\.?|number|id|コード)", re.IGNORECASE)


def _group_spans(upper: Sequence[object], labels: Sequence[str | None]
                 ) -> list[tuple[str, bool] | None]:
    """Per column, its group's name and whether the group's cell is above it, or None. A
    group reaches to the next, and the last to the row's end, but where it repeats the group
    before it (男性会員 | 女性会員 over 会員番号 | 氏名 | 年齢 each): as wide as that one (and
    場所 | 結果 | 担当 after them are no one's of them: merged cells read as empty)."""
    width = len(labels)
    names = [cell_text(cell).strip() if cell is not None else "" for cell in upper[:width]]
    names += [""] * (width - len(names))
    starts = [column for column, name in enumerate(names) if name]
    spans: list[tuple[str, bool] | None] = [None] * width
    for at, start in enumerate(starts):
        end = starts[at + 1] if at + 1 < len(starts) else width
        if at + 1 == len(starts) and at:  # (the last: as wide as the one it repeats)
            previous = starts[at - 1]
            repeat = start + start - previous
            if repeat < width and labels[start:repeat] == labels[previous:start]:
                end = repeat
        for column in range(start, end):
            spans[column] = (names[start], column == start)
    return spans


def filled_count(row: Sequence[object]) -> int:
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
    labels = labels if labels.__class__ is tuple else tuple(labels)
    animal = unread_columns(labels, base.get("table") if base else None) if labels else None
    if animal is not None:  # (an animal's cells, a building's name: nobody's)
        cells = [None if i in animal else cell for i, cell in enumerate(cells)]
    units = _row_units(display, cells, labels, row, record, base, day_first)
    rules = row_rules(labels) if labels else ()
    if rules:  # (a company's row: its account is the company's; a test card's: its cvc)
        return apply_row_rules(rules, lambda i: _cell_str(cells, i), units)
    return units


def title_units(display: str, cells: Sequence[object], row: int, record: str,
                base: dict | None = None) -> list[TextUnit]:
    """A title row's units above a header: a cell after a label cell is that label's value
    (株式会社… | 法人番号 | 9177…, a roster's employer over its staff), as a form's pairs."""
    return _row_units(display, cells, _title_labels(cells), row, record, base, frozenset())


def _title_labels(cells: Sequence[object]) -> tuple[str | None, ...]:
    """Per cell of a title row, the label cell before it (a filled value's only; a label is
    no value: a two-row header's upper row 「氏名 | フリガナ | … | 連絡先」 names no one)."""
    from leakscope.pii.context import is_label  # the detectors' label vocabulary

    texts = [cell_text(c).strip() if c is not None else "" for c in cells]
    return tuple(texts[i - 1] if i and texts[i] and 0 < len(texts[i - 1]) <= 30
                 and is_label(texts[i - 1]) and not is_label(texts[i]) else None
                 for i in range(len(texts)))


def _row_units(display: str, cells: Sequence[object], labels: tuple[str | None, ...], row: int,
               record: str, base: dict | None, day_first: frozenset[int]) -> list[TextUnit]:
    layout = _layout(labels, day_first) if labels else None
    if layout is not None:
        return layout.units(display, list(cells), row, record, base)
    if len(labels) < len(cells):
        labels = (*labels, *([None] * (len(cells) - len(labels))))
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
        self.death = death_columns(self.labels)
        self.children = child_names(self.labels, self.suffixes)
        self.order = reading_order(self.suffixes)
        # where each person's cells begin in reading order (a namesake's join the person's)
        self.first = {}
        for position, column in enumerate(self.order):
            self.first.setdefault(self.suffixes[column], position)
        self.first[DECEASED] = self.first.get("", len(self.order))  # (in the own's place)
        self.fields = [split.field(i) if split is not None else label or f"column {i + 1}"
                       for i, label in enumerate(self.labels)]

    def units(self, display: str, cells: list, row: int, record: str, base: dict | None
              ) -> list[TextUnit]:
        if self.split is not None:
            cells = self.split.cells(cells)
        if self.children is not None:
            cells = self.children.cells(cells)
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
        """The people of this row another of its people is (``row_people.row_suffixes``),
        the row's own one who died where it says so (``deceased``)."""
        same = {} if self.namesakes is None else row_suffixes(
            [_cell_str(cells, column) for _, column in self.namesakes], self.namesakes)
        if self.death is not None and row_died(cells, self.death):
            same = {person: DECEASED if suffix == "" else suffix
                    for person, suffix in same.items()} | {"": DECEASED}
        return same


def _cell_str(cells: list, index: int) -> str:
    value = cells[index] if index < len(cells) else None
    return value if value.__class__ is str else cell_text(value)


@lru_cache(maxsize=256)
def _layout(labels: tuple[str | None, ...], day_first: frozenset[int] = frozenset()
            ) -> _RowLayout | None:
    """A header's ``_RowLayout``, or None when its rows are read cell by cell as they are."""
    split = split_fields(labels)
    if split is None and other_people(labels) is None and death_columns(labels) is None:
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
    rows_read: int = 0,
) -> Iterator[Item | Batch]:
    """Units of a table whose header (if any) is among its first rows.

    Rows are numbered from ``first_row`` as a spreadsheet shows them; rows above the header
    (titles) are read without labels; errors in `rows` pass through without taking a number.
    The first ``rows_read`` rows (the table path read them) are counted but make no units;
    the header, labels and date order still come from the first rows.
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
    header, labels = head_labels(head)
    # a column's first rows say how it writes dates (24/06/1963: day first, then 04/07/1963
    # is 4 July); read ahead that far
    ahead, failed = _read_ahead(rows, DATE_ORDER_ROWS)
    data = head[header + 1:] if header is not None else head
    day_first = day_first_cells(labels, itertools.islice(
        (item for item in itertools.chain(data, ahead)
         if not isinstance(item, ExtractError | TextUnit)), DATE_ORDER_ROWS))
    number, unread = first_row - 1, first_row + rows_read
    for item in itertools.chain(head, ahead, rows if failed is None else _raise(failed)):
        if isinstance(item, ExtractError | TextUnit):  # a line too long for a row: as text
            yield item
            continue
        number += 1
        if number < unread:
            continue
        if header is not None and number <= header + first_row:
            if number == header + first_row:
                continue  # the header itself
            yield title_units(display, item, number, f"{record_prefix}row{number}", base)
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
