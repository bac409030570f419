"""What a recognizer declares: hyperscan candidate shapes, context words, a Python validator.

A recognizer never scans text itself. The engine compiles every recognizer's ``shapes`` into
one hyperscan database, and calls ``parse`` only where a shape matched; ``parse`` re-matches
the exact span with a small Python regex and validates it (check digits, ranges, dates).
Context (``context`` words, or the extractor's column label) is resolved by the engine:
the nearest label wins.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import ClassVar

# Characters that glue a number to something bigger (product codes, decimals, paths).
_LEFT = r"[^0-9A-Za-z_\-./]"
_LEFT_PY = r"(?<![0-9A-Za-z_\-./])"
_RIGHT = r"(?:[^0-9A-Za-z_\-/.]|\.[^0-9])"
_RIGHT_PY = r"(?![0-9A-Za-z_\-/]|\.[0-9])"
# ... a slash too, for values that a list writes with a slash after them (「TEL 03-…／FAX」,
# 「090…／soudan@…」): no path or date goes on so from one
_RIGHT_SLASHED = r"(?:[^0-9A-Za-z_\-.]|\.[^0-9])"
_RIGHT_SLASHED_PY = r"(?![0-9A-Za-z_\-]|\.[0-9])"


@dataclass(slots=True)
class Candidate:
    """A validated value at [start, end) of the normalized text."""

    start: int
    end: int
    value: str
    confidence: float | None = None  # None: the recognizer's default for the context found
    detector: str | None = None  # None: the recognizer's name
    personal: bool | None = None  # None: as the recognizer's values are (a company's line: no)
    # another person of the unit's record (a joint name's second: ``name_forms.CELL_PEOPLE``)
    person: str = ""


def bounded(core: str, slashed: bool = False) -> tuple[str, str]:
    """Hyperscan and Python forms of ``core`` that must stand alone as a token (or be followed
    by a slash, when ``slashed``)."""
    if slashed:
        return f"{_LEFT}{core}{_RIGHT_SLASHED}", f"{_LEFT_PY}(?:{core}){_RIGHT_SLASHED_PY}"
    return f"{_LEFT}{core}{_RIGHT}", f"{_LEFT_PY}(?:{core}){_RIGHT_PY}"


class Recognizer:
    """Base: subclasses set the class attributes and implement ``validate`` (or ``parse``)."""

    category: ClassVar[str]
    detector: ClassVar[str]
    shapes: ClassVar[tuple[str, ...]] = ()  # token shapes (bounded automatically)
    slashed: ClassVar[bool] = False  # a shape's token may end at a slash (``bounded``)
    triggers: ClassVar[tuple[str, ...]] = ()  # raw hyperscan patterns (parse() finds the span)
    context: ClassVar[tuple[str, ...]] = ()  # words that make a match trustworthy
    # words that label a value in running text only, too loose for a column header (期限)
    prose_context: ClassVar[tuple[str, ...]] = ()
    numeric: ClassVar[bool] = True  # competes with other number categories for labels
    negated: ClassVar[bool | None] = None  # hard-negative labels suppress it (default: numeric)
    # the categories of a column (its unit's own label) its values are never in: a card number
    # under 氏名/名称 is a misaligned row's booking number (a trip list's 手配番号)
    not_under: ClassVar[frozenset[str]] = frozenset()
    confidence: ClassVar[float] = 0.8  # without any label
    context_confidence: ClassVar[float] = 0.99  # own label nearest
    window: ClassVar[int] = 32  # characters of look-back for a label
    after_window: ClassVar[int] = 12  # characters of look-ahead for a label
    personal: ClassVar[bool] = True  # counts towards a person (corporate numbers do not)
    # a match that starts in a unit and runs into the next (a table's next cell) says
    # nothing of the first
    within_unit: ClassVar[bool] = False
    # triggers that match only across a line break (a wrapped name, a signature): no cell of
    # a table holds one, so the table path's vetting leaves them out
    line_spanning: ClassVar[tuple[str, ...]] = ()
    # a whole-cell value from the label replaces its own match of the same span (a 既往歴
    # column's 「糖尿病」 is the label's, kept without other personal data beside it)
    label_supersedes: ClassVar[bool] = False
    # hyperscan reports only where its triggers' matches end, and Python finds their starts
    # (``match_starts``): hyperscan's start tracking on the name triggers is half its scan
    starts_in_python: ClassVar[bool] = False

    _py: ClassVar[re.Pattern[str] | None] = None

    @classmethod
    def hyperscan_patterns(cls) -> list[str]:
        return [bounded(s, cls.slashed)[0] for s in cls.shapes] + list(cls.triggers)

    @classmethod
    def python_pattern(cls) -> re.Pattern[str]:
        if cls.__dict__.get("_py") is None:
            cls._py = re.compile("|".join(bounded(s, cls.slashed)[1] for s in cls.shapes))
        return cls._py

    def parse(self, text: str, start: int, end: int) -> Iterable[Candidate]:
        """Candidates in text[start:end] (a hyperscan match, boundary chars included)."""
        m = self.python_pattern().search(text, start, end + 1)
        if m is None:
            return ()
        value = self.validate(m.group(0))
        return () if value is None else (Candidate(m.start(), m.end(), value),)

    def validate(self, token: str) -> str | None:
        """Normalized value of ``token``, or None when it is not one."""
        raise NotImplementedError

    def from_label(self, text: str) -> Candidate | tuple[Candidate, ...] | None:
        """Whole-cell value when the extractor's label says the cell holds this category (or
        the values: a cell of joint names, 連名, holds two people's)."""
        return None

    def day_first_reader(self) -> Recognizer | None:
        """The recognizer that reads a day-first column's cells (``TextUnit.day_first``), when
        that changes what it reads (dates); None when it does not."""
        return None


def digits_only(token: str) -> str:
    return "".join(c for c in token if c.isdigit())


def consistent_separators(token: str) -> bool:
    """'1234-5678-9012' or '123456789012', not '1234-5678 9012'."""
    seps = {c for c in token if not c.isalnum()}
    return len(seps) <= 1


def said_before(words: Iterable[str], gap: int, reach: int) -> Callable[[str, int], bool]:
    """Whether one of ``words`` (a recognizer's context) stands on the line before ``at``,
    at most ``gap`` characters before it and within ``reach``: a shape trusted only after
    its category's word (a phone dialled from abroad, a card read out in a call)."""
    pattern = re.compile("(?i)(?:" + "|".join(map(re.escape, words)) + rf")[^\n]{{0,{gap}}}$")
    return lambda text, at: pattern.search(text, max(0, at - reach), at) is not None
