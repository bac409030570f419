"""The contract between extractors (file formats) and detectors (PII recognizers).

Extractors in ``leakscope.pii.extract`` turn a file into ``TextUnit``s; the detection engine
scans each unit's text, using ``label`` as strong context and ``record`` to group findings of
one person. Anything that cannot be read becomes an ``ExtractError`` so a scan goes on.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeVar


@dataclass(frozen=True)
class TextUnit:
    """A piece of text from a file, with where it came from."""

    text: str  # text to scan
    path: str  # display path: relative path, archive members "a.zip!inner/x.csv"
    # {"line": n} | {"row": r, "field": "氏名"} | {"page": p} | {"record": id, "key": k}
    location: dict
    label: str | None = None  # column header / JSON key / SQL column: context for detection
    # id of the record (row) this text belongs to; same record = same person
    record: str | None = None
    # a cell of a column that writes dates day first (``dates.day_first_columns``): its
    # 04/07/1963 is 4 July
    day_first: bool = False
    # mail addresses its message's headers gave as a business's (``extract.mail``): their
    # copy in this text (a signature's 「Mail: ekimae@…」) is the business's too
    business_mail: frozenset[str] = frozenset()


@dataclass(frozen=True)
class JoinedLines(TextUnit):
    """Text whose hard wraps were read through (``extract.hard_wrap``): ``breaks`` are the
    offsets in ``text`` where a line break was taken out, so a location still names the line
    and column as written (``extract.location``)."""

    breaks: tuple[int, ...] = ()


@dataclass(frozen=True)
class SampleText(TextUnit):
    """Lines of a filling guide's example (記入例, 見本: ``extract.samples``): what is found in
    them is nobody's, kept as not personal and below the default confidence."""


@dataclass(frozen=True)
class CompanyText(TextUnit):
    """A cell of a table row whose account holder is a company (振込先 株式会社…:
    ``company_accounts``): a bank account in it is the company's, reported as not personal."""


@dataclass(frozen=True)
class SoleTraderText(TextUnit):
    """A named person's 登録番号 (a client list's 個人事業主 row, ``row_owners``): T and 13
    digits of the corporate check, but no 法人番号; not reported as one."""


def as_sole_trader(unit: TextUnit) -> SoleTraderText:
    return _recast(unit, SoleTraderText)


@dataclass(frozen=True)
class CompanyRowText(TextUnit):
    """A contact cell of a company's table row (``row_owners``): the company's, reported as
    not personal, yet still telling apart the staff the row names."""


@dataclass(frozen=True)
class AnimalRowText(TextUnit):
    """A note of a table row about an animal (a vet's ledger's 備考 「既往：糖尿病」 beside its
    ペット名: ``extract.animal_columns``): the illnesses in it are the animal's, no one's."""


def as_animal_row(unit: TextUnit) -> AnimalRowText:
    return _recast(unit, AnimalRowText)


def as_company_row(unit: TextUnit) -> CompanyRowText:
    return _recast(unit, CompanyRowText)


def as_company(unit: TextUnit) -> CompanyText:
    return _recast(unit, CompanyText)


def as_sample(unit: TextUnit) -> SampleText:
    return _recast(unit, SampleText)


_Recast = TypeVar("_Recast", bound=TextUnit)


def _recast(unit: TextUnit, kind: type[_Recast]) -> _Recast:
    """``unit`` as a ``kind``: what its row or its document says it is (a ``JoinedLines``'s
    breaks are not kept)."""
    return kind(unit.text, unit.path, unit.location, unit.label, unit.record, unit.day_first)


@dataclass(frozen=True)
class ExtractError:
    """Something in a file that could not be read; names the file and the problem."""

    path: str
    message: str  # names the problem: "encrypted zip", "corrupt xlsx: ..."
