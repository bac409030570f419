"""Extractors: evidence files of every format a leaked share holds -> `TextUnit`s.

    for item in extract(path, "share/顧客.csv"):
        if isinstance(item, ExtractError): ...   # names the file and the problem
        else: detect(item.text, label=item.label) ...

Units come in two shapes. Field units (CSV/TSV, sheets, document tables, JSON values,
SQL and SQLite columns, mail headers) hold one value with its column/key as ``label``
and the row as ``record`` (same record = same person). Text units (text files, mail
bodies, PDF pages, document paragraphs, slides) hold many lines: ``location`` names
the first one; `locate(unit, start)` gives the exact line/column of a match, and
`is_repeat(unit, start)` says a match lies in the overlap of a window of a huge line
and was already reported in the previous unit.
"""

from leakscope.pii.extract.base import ArchiveLimits
from leakscope.pii.extract.location import is_repeat, locate
from leakscope.pii.extract.registry import extract

__all__ = ["ArchiveLimits", "extract", "is_repeat", "locate"]
