"""Batches of one table's rows through the column rules, the engine reading the rest.

Shared by every table source (a CSV read by Arrow, a database table): one ``ColumnBatches``
per table holds a rule and a vetted hyperscan database per column, and turns each batch of
rows (an Arrow record batch of strings) into one ``FindingTable`` of every finding of those
rows, in the order the cell-by-cell path gives them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from ..context import (
    ACCOUNT_NAME,
    NEGATIVE,
    either_categories,
    label_category,
    names_a_destination,
    refers_to_person,
)
from ..dates import DATE_ORDER_ROWS, WRITTEN_DAY_FIRST, WRITTEN_MONTH_FIRST
from ..engine import Engine
from ..extract.base import cell_text, make_unit
from ..extract.child_names import child_names
from ..extract.deceased import DEATH_WORDS, DECEASED, NOTE, death_columns, says_died
from ..extract.row_people import SELF, namesake_columns, other_people
from ..extract.split_fields import split_fields
from ..extract.unread_columns import unread_columns
from ..finding import Finding, ScanError
from ..finding_table import CELL, FindingTable, TablePlace
from ..row_owners import row_rules
from .cellfacts import CellFacts, Fact, cell_facts
from .guard import Vetter
from .merged_findings import merged_findings
from .registry import rule_for
from .rules import CellRule, Found


def record_batch(rows: list[tuple] | list[list], width: int) -> pa.RecordBatch:
    """Rows (at least one) of Python values as string columns, each cell as the row reader
    writes it (a database's or a dump's rows)."""
    return pa.record_batch([_texts(column) for column in zip(*rows, strict=True)],
                           names=[f"c{i}" for i in range(width)])


def _texts(column: tuple) -> pa.Array:
    """A column's cells as ``cell_text`` writes them: Arrow takes text, UTF-8 bytes and NULL
    (as "") at once; a column with numbers or other bytes goes cell by cell."""
    try:
        texts = pa.array(column, pa.string())
    except (pa.ArrowTypeError, pa.ArrowInvalid):
        return pa.array([v if v.__class__ is str else cell_text(v) for v in column], pa.string())
    return pc.fill_null(texts, "") if texts.null_count else texts


class ColumnBatches:
    """One table's columns (``labels``) ready for batches of its rows.

    ``record_prefix`` + row number is each row's record; ``base`` holds the location keys
    every cell shares before row and field (``{"table": "users"}``); ``fields`` name the
    columns there (by default their labels), as ``place`` calls row and field. A column's
    record suffix makes its cells a record of their own in the row (a JSON record's list of
    recipients: ``#line12/to[0]``).

    ``date_order``: as the row reader of the table's source does (``tables.table_units``),
    a column whose first rows write a date day first (24/06/1963) reads its dates so; True:
    decided on the first batch's first ``DATE_ORDER_ROWS`` rows and kept for the table; or
    the columns the source decided on (a SQL dump: by a table's first INSERT).
    """

    def __init__(self, engine: Engine, display: str, labels: tuple[str | None, ...],
                 record_prefix: str, base: dict | None = None,
                 fields: tuple[str, ...] | None = None, place: TablePlace = CELL,
                 record_suffixes: tuple[str, ...] | None = None,
                 date_order: bool | frozenset[int] = False) -> None:
        # an animal's columns and a building's name are left unread, as the row reader does
        self.animal = unread_columns(tuple(labels), (base or {}).get("table")) \
            if fields is None and not record_suffixes else None
        # a value split over columns (姓 + 名) is one column, as the row reader reads it
        self.split = split_fields(labels) if fields is None and not record_suffixes else None
        if self.split is not None:
            labels, fields = self.split.labels, self.split.fields
        people = None  # other people's columns in a row (JSON's own records come given)
        self.death = None  # the columns that say the row's own person died
        if (fields is None or self.split is not None) and not record_suffixes:
            people = record_suffixes = other_people(labels)
            self.death = death_columns(tuple(labels))
        self.engine, self.display, self.labels = engine, display, labels
        self.record_prefix, self.base, self.place = record_prefix, base or {}, place
        self.suffixes = record_suffixes if record_suffixes and any(record_suffixes) else None
        self.namesakes = namesake_columns(labels, people) if people else None
        self.children = child_names(labels, people) if people else None
        self.fields = list(fields) if fields is not None else [
            label or f"column {i + 1}" for i, label in enumerate(labels)]
        self.rules = [self._rule(label) for label in labels]
        # cells that say whose others are (a payee's 株式会社…: its account), as the row
        # reader's ``row_units`` reads them
        self.row_rules = row_rules(tuple(labels))
        self.day_first: frozenset[int] | None = (
            None if date_order is True else date_order or frozenset())
        # a database per distinct pattern set
        self.vetters = [Vetter.cached(engine, self._expected(rule)) for rule in self.rules]

    def _rule(self, label: str | None) -> CellRule:
        category = label_category(label)
        searched = {r.category for r in self.engine.recognizers} | {None, NEGATIVE}
        engine_only = category in self.engine.label_only_categories or (
            category is None and label is not None and (
                ACCOUNT_NAME.search(label) is not None or bool(either_categories(label))))
        if category not in searched:  # --categories left it out: the engine knows what to do
            return rule_for(None, engine_only=True)
        rule = rule_for(category, engine_only)
        if category == "address" and names_a_destination(label):
            rule.destination = True
        return rule

    def _expected(self, rule: CellRule) -> frozenset[int]:
        ids = self.engine.pattern_ids(rule.expected) if rule.expected else frozenset()
        if rule.ignores_context_words:
            ids |= frozenset(self.engine.keyword_ids)
        return ids

    def scan(self, batch: pa.RecordBatch, first: int, numbers: np.ndarray | None = None
             ) -> Iterator[FindingTable | ScanError]:
        """The findings of ``batch``, whose first row is row number ``first`` and the rest
        follow (or whose rows are numbered ``numbers``: lines of JSON Lines)."""
        if numbers is None:
            numbers = np.arange(first, first + batch.num_rows)
        if self.animal is not None:
            blank = pa.array([""] * batch.num_rows, pa.string())
            batch = pa.record_batch([blank if c in self.animal else column
                                     for c, column in enumerate(batch.columns)],
                                    names=batch.schema.names)
        if self.split is not None:
            batch = self.split.batch(batch)
        if self.children is not None:
            batch = self.children.batch(batch)
        if self.day_first is None:
            self.day_first = _day_first_columns(batch.slice(0, DATE_ORDER_ROWS))
        found: list[tuple[int, Found]] = []
        slow: list[np.ndarray] = []  # per column: positions the engine reads
        facts = [cell_facts(column) for column in batch.columns]
        for c, (column, rule) in enumerate(zip(batch.columns, self.rules, strict=True)):
            decided, column_slow = self._column(column, facts[c], rule, self.vetters[c])
            found.extend((c, f) for f in decided)
            slow.append(column_slow)
        beside = _looked_back_at(batch, facts, slow)
        converted = self._row_rules(batch)
        if converted:  # (the engine reads them as what the row says they are)
            rows = [np.array([p for p, label in converted if label == mine], slow[0].dtype)
                    for mine in self.labels]
            beside = rows if beside is None else [
                np.union1d(at, extra) for at, extra in zip(beside, rows, strict=True)]
        if beside is not None:  # the engine reads those too, so no rule answers for them
            slow = [np.union1d(at, extra) for at, extra in zip(slow, beside, strict=True)]
            found = [(c, _without(f, beside[c])) for c, f in found]
        same = self._same_people(batch)
        engine_found, errors = self._engine_cells(batch, slow, numbers, same, converted)
        table, kinds = merged_findings(found, engine_found, numbers, self.record_prefix,
                                       self.fields, self.suffixes, same,
                                       self._pointing_at_people(batch))
        if table.num_rows:
            yield FindingTable(self.display, table, base=self.base, place=self.place,
                               kinds=kinds)
        yield from errors

    def _row_rules(self, batch: pa.RecordBatch) -> dict[tuple[int, str | None], Callable]:
        """Per (row position, label) of a cell the row's rules convert, how
        (``row_owners``)."""
        converted: dict[tuple[int, str | None], Callable] = {}
        normalized: dict[int, pa.Array] = {}  # (a column two rules ask, normalized once)
        for rule in self.row_rules:
            holds = np.zeros(batch.num_rows, dtype=bool)
            for c in rule.sources:  # (asked once per distinct cell, not per row)
                cells = batch.column(c).cast(pa.string())
                if rule.hint is not None and c not in normalized:
                    normalized[c] = pc.utf8_normalize(cells, "NFKC")
                asked = cells if rule.hint is None else cells.filter(pc.fill_null(
                    pc.match_substring_regex(normalized[c], rule.hint), False))
                says = [cell for cell in pc.unique(asked).to_pylist() if cell and rule.says(cell)]
                if says:
                    holds |= pc.fill_null(pc.is_in(cells, pa.array(says, pa.string())),
                                          False).to_numpy(zero_copy_only=False)
            for pos in np.flatnonzero(holds).tolist():
                converted.update({(pos, label): rule.convert for label in rule.targets})
        return converted

    def _pointing_at_people(self, batch: pa.RecordBatch) -> np.ndarray:
        """The rows whose cell under a column that points at a person (patient_id) is filled:
        a 要配慮 word in such a row is that person's (``engine.drop_lonely_sensitive``)."""
        rows = np.zeros(batch.num_rows, dtype=bool)
        for c, label in enumerate(self.labels):
            if refers_to_person(label):
                text = batch.column(c).cast(pa.string())
                blank = pc.or_(pc.equal(text, ""), pc.utf8_is_space(text))
                rows |= ~pc.fill_null(blank, True).to_numpy(zero_copy_only=False)
        return np.flatnonzero(rows)

    def _same_people(self, batch: pa.RecordBatch) -> dict[str, tuple[str, ...]]:
        """Per person of the rows (but the first), the record suffix of each row's person of
        the same name (its own where none: ``row_people.row_suffixes`` in Arrow), the row's
        own one who died where it says so (``deceased``)."""
        same = self._namesakes(batch)
        if self.death is None:
            return same
        died = np.zeros(batch.num_rows, bool)
        for c, kind in self.death:
            cells = batch.column(c).cast(pa.string())
            asked = cells if kind != NOTE else cells.filter(  # (a note: few speak of a death)
                pc.fill_null(pc.match_substring_regex(cells, DEATH_WORDS), False))
            says = [cell for cell in pc.unique(asked).to_pylist() if cell and says_died(cell, kind)]
            if says:
                died |= pc.fill_null(pc.is_in(cells, pa.array(says, pa.string())),
                                     False).to_numpy(zero_copy_only=False)
        if not died.any():
            return same
        own = ("",) * batch.num_rows
        return {person: tuple(DECEASED if gone and suffix == "" else suffix
                              for suffix, gone in zip(per_row, died, strict=True))
                for person, per_row in {**same, "": own}.items()}

    def _namesakes(self, batch: pa.RecordBatch) -> dict[str, tuple[str, ...]]:
        if self.namesakes is None:
            return {}
        people = self.namesakes
        suffixes = [suffix for suffix, _ in people] + [""]  # (the last: the row's own)
        names = [_without_spaces(batch.column(column)) for _, column in people]
        same = {}
        for i in range(1, len(people)):
            first = np.full(batch.num_rows, i)
            for j in range(i - 1, -1, -1):  # the first earlier person of the name wins
                equal = pc.and_(pc.equal(names[j], names[i]), pc.not_equal(names[i], ""))
                first[pc.fill_null(equal, False).to_numpy(zero_copy_only=False)] = j
            if people[i][0]:  # (「（本人実家）」: the row's own)
                own = pc.match_substring_regex(names[i].cast(pa.string()), SELF)
                first[pc.fill_null(own, False).to_numpy(zero_copy_only=False)] = len(people)
            same[people[i][0]] = tuple(suffixes[k] for k in first.tolist())
        return same

    def _column(self, column: pa.Array, facts: CellFacts, rule: CellRule, vetter: Vetter
                ) -> tuple[list[Found], np.ndarray]:
        where = np.flatnonzero(facts.chars > 0)
        raw = column
        if len(where) < len(column):  # empty cells hold nothing
            raw, facts = column.take(pa.array(where)), facts.take(where)
        known, decided = rule.canonical(raw, where, facts)
        multiline = facts.has(Fact.NEWLINE)
        single = ~known & ~multiline
        single_at = where[single]
        vet = vetter.vet_distinct if rule.values_repeat else vetter.vet
        vetted = vet(raw.filter(pa.array(single)), facts.take(single))
        clean = ~vetted.dirty
        texts = vetted.texts.filter(pa.array(clean))
        done, found = rule.clean(texts, single_at[clean], vetted.facts.take(clean))
        engine_reads = np.concatenate([where[~known & multiline], single_at[vetted.dirty],
                                       single_at[clean][~done]])
        return decided + found, engine_reads

    def _engine_cells(self, batch: pa.RecordBatch, slow: list[np.ndarray],
                      numbers: np.ndarray, same: dict[str, tuple[str, ...]],
                      converted: dict[tuple[int, str | None], Callable]
                      ) -> tuple[list[tuple[int, int, Finding]], list[ScanError]]:
        """The engine's findings for the cells no rule decided, with their position in the
        batch and their column (the units of those ``converted`` as their row says)."""
        cells = sorted((int(pos), c) for c, at in enumerate(slow) for pos in at)
        if not cells:
            return [], []
        columns = {c: batch.column(c) for _, c in cells}
        cell_of: dict[int, tuple[int, int]] = {}
        units = []
        place, base, fields, suffixes = self.place, self.base, self.fields, self.suffixes
        day_first = self.day_first
        for pos, c in cells:
            text = columns[c][pos].as_py()
            if text.isspace():
                continue
            row = int(numbers[pos])
            location = place.location(base, row, fields[c])
            cell_of[id(location)] = pos, c
            suffix = suffixes[c] if suffixes else ""
            if suffix in same:
                suffix = same[suffix][pos]
            unit = make_unit(text, self.display, location, self.labels[c],
                             f"{self.record_prefix}{row}{suffix}", c in day_first)
            convert = converted.get((pos, self.labels[c])) if converted else None
            units.append(unit if convert is None else convert(unit))
        out: list[tuple[int, int, Finding]] = []
        errors: list[ScanError] = []
        copied: dict[tuple, tuple[int, int]] = {}
        for item in self.engine.detect(units, keep_sensitive=True):
            if isinstance(item, ScanError):
                errors.append(item)
                continue
            cell = cell_of.get(id(item.location))  # the unit's own location dict
            if cell is None:  # one the engine copied (a long cell read in windows)
                copied = copied or {(u.location[place.row], u.location[place.field]):
                                    cell_of[id(u.location)] for u in units}
                cell = copied[item.location[place.row], item.location[place.field]]
            out.append((*cell, item))
        return out, errors


def _day_first_columns(batch: pa.RecordBatch) -> frozenset[int]:
    """``dates.day_first_columns`` of a batch's columns (only those with a slash are
    searched)."""
    def holds(column: pa.Array, pattern: str) -> bool:
        return bool(pc.any(pc.match_substring_regex(column, pattern)).as_py())

    return frozenset(c for c, column in enumerate(batch.columns)
                     if pc.any(pc.match_substring(column, "/")).as_py()
                     and holds(column, WRITTEN_DAY_FIRST)
                     and not holds(column, WRITTEN_MONTH_FIRST))


# A cell that starts with an honorific or 「です。」 makes the engine look back over the newline
# into the cells before it (a name before 「様」 in a 敬称 column, 「山田\nです。」): 14
# characters for the name, 20 more that GiNZA reads before it, and the newline. (An
# honorific further in sends nothing more: only GiNZA would read the cells before, and
# 「山田太郎 様」 columns must stay fast.)
_LOOK_BACK_CHARS = 35


def _looked_back_at(batch: pa.RecordBatch, facts: list[CellFacts], slow: list[np.ndarray]
                    ) -> list[np.ndarray] | None:
    """Per column, the cells before a cell that looks back (``Fact.LOOKS_BACK``, in row order,
    as the row reader makes units: empty and blank cells are none), up to
    ``_LOOK_BACK_CHARS`` characters; so the engine reads them beside it as the cell-by-cell
    path does. None when no cell does."""
    looks_back = [np.flatnonzero(column.has(Fact.LOOKS_BACK)) for column in facts]
    if not any(len(at) for at in looks_back):
        return None
    width = batch.num_columns
    extra: list[set[int]] = [set() for _ in range(width)]
    for c, at in enumerate(looks_back):
        for pos in at.tolist():
            extra[c].add(pos)
            chars, cell = 0, pos * width + c
            while chars < _LOOK_BACK_CHARS and cell > 0:
                cell -= 1
                row, column = divmod(cell, width)
                text = batch.column(column)[row].as_py()
                if text and not text.isspace():
                    extra[column].add(row)
                    chars += len(text) + 1
    return [np.array(sorted(rows), dtype=slow[0].dtype) for rows in extra]


def _without(found: Found, rows: np.ndarray) -> Found:
    keep = ~np.isin(found.index, rows)
    return found if keep.all() else Found(found.index[keep],
                                          found.values.filter(pa.array(keep)),
                                          found.confidence, found.detector)


def _without_spaces(column: pa.Array) -> pa.Array:
    return pc.replace_substring_regex(column, "[ \u3000]", "")
