"""Column-aligned text reports (帳票): a mainframe's or a batch job's print file, a fixed-width
export. A header line of labels two or more spaces apart (通知番号  氏名  生年月日  住所), then
lines of as many fields: each such line is a row of a table, its fields under the header's
labels (a 生年月日 column's S39/07/24 is a birth date, its 岡本　花子 a name). Rule lines, page
headers and everything else stay text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from leakscope.pii.extract.base import Item
from leakscope.pii.extract.tables import row_units
from leakscope.pii.extract.text import open_text
from leakscope.pii.units import TextUnit

_GAP = re.compile(r" {2,}|\t")  # not an ideographic space: 岡本　花子 is one field
MIN_COLUMNS = 3
MIN_LABELLED = 2  # header fields that name a category of personal data
MAX_LINE_CHARS = 4096


def report_header(line: str) -> tuple[str, ...] | None:
    """The labels of a report's header line, or None when it is not one."""
    line = line.strip()
    if len(line) > MAX_LINE_CHARS or ("  " not in line and "\t" not in line):
        return None  # (fewer than two gaps: asked of every line a text file starts with)
    from leakscope.pii.context import label_category  # the detectors' label vocabulary

    fields = tuple(_GAP.split(line))
    if len(fields) < MIN_COLUMNS or any(len(f) > 20 or any(c.isdigit() for c in f)
                                        for f in fields):
        return None
    labelled = sum(label_category(f) not in (None, "negative") for f in fields)
    return fields if labelled >= MIN_LABELLED else None


def has_report(sample: str) -> bool:
    """Whether a text's first lines hold a report's header and a row under it."""
    lines = sample.splitlines()[:200]
    for index, line in enumerate(lines[:-1]):
        labels = report_header(line)
        if labels and any(len(_GAP.split(row.strip())) == len(labels)
                          for row in lines[index + 1:index + 6]):
            return True
    return False


def report_items(path: Path, display: str, encoding: str) -> Iterator[Item]:
    """Each line: a row under the last header whose fields it matches, else a line of text."""
    labels: tuple[str, ...] | None = None
    with open_text(path, encoding) as handle:
        for number, raw in enumerate(handle, 1):
            line = raw.rstrip("\r\n")
            if not line.strip():
                continue
            header = report_header(line)
            if header is not None:
                labels = header
                continue
            fields = _GAP.split(line.strip()) if len(line) <= MAX_LINE_CHARS else ()
            if labels is not None and len(fields) == len(labels):
                yield row_units(display, fields, labels, number, f"{display}#line{number}")
            else:
                yield TextUnit(line, display, {"line": number})
