"""HTML to text without running anything: a tokenizer, not a browser.

`html.parser` only tokenizes: no script runs, no resource loads, no entity expansion beyond
HTML's named references, and nesting depth costs nothing (there is no tree and no
recursion). Script, style and template contents are dropped; block elements end lines; a
definition list's term and value share one (「お名前：鈴木 桃子」).

A table with a header row (a customer list pasted into a mail) is kept as a table: its cells
under their headers, one record a row, as a CSV's are read (``html_units``); a table without
one is text, a row a line and its cells apart.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from html.parser import HTMLParser

from ..units import TextUnit

_SKIP = {"script", "style", "template", "noscript", "object", "svg", "math"}
_BLOCK = {
    "p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table",
    "section", "article", "header", "footer", "blockquote", "pre", "hr", "title",
}
# A definition list is labels and their values (an admin page's <dt>お名前</dt><dd>…</dd>): a
# term and its value on one line, as a form writes them (お名前：鈴木 桃子).
_TERM_END = "："
_CELLS = {"td", "th"}
_BLANKS = re.compile(r"[ \t\r\f\v]+")
_NEWLINES = re.compile(r"\n\s*\n+")


class _Table:
    """One table's rows of cells as they are read (cell text in parts), and its header."""

    def __init__(self) -> None:
        self.rows: list[list[list[str]]] = []
        self.row_heads: list[bool] = []  # per row: whether its cells were all <th>

    def cells(self) -> list[list[str]]:
        return [[_clean("".join(cell)) for cell in row] for row in self.rows]


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping: dict[str, int] = {}
        self.open: list[_Table] = []  # tables being read, innermost last
        self.tables: list[_Table] = []

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in _SKIP:
            self.skipping[tag] = self.skipping.get(tag, 0) + 1
        table = self.open[-1] if self.open else None
        if tag == "table":
            self.open.append(_Table())
        elif table is not None and tag == "tr":
            table.rows.append([])
            table.row_heads.append(True)
        elif table is not None and tag in _CELLS:
            if not table.rows:
                table.rows.append([])
                table.row_heads.append(True)
            table.rows[-1].append([])
            table.row_heads[-1] &= tag == "th"
        elif tag in _BLOCK or tag == "dt":
            self._text("\n")

    def handle_endtag(self, tag: str) -> None:
        if self.skipping.get(tag):
            self.skipping[tag] -= 1
        if tag == "table" and self.open:
            self._close(self.open.pop())
        elif tag in _BLOCK or tag == "dd":
            self._text("\n")
        elif tag == "dt":
            self._text(_TERM_END)

    def handle_data(self, data: str) -> None:
        if not any(self.skipping.values()):
            self._text(data)

    def _text(self, data: str) -> None:
        table = self.open[-1] if self.open else None
        if table is not None and table.rows and table.rows[-1]:
            table.rows[-1][-1].append(data)  # inside a cell
        elif table is None:
            self.parts.append(data)

    def _close(self, table: _Table) -> None:
        """A table with a header row (its first, all <th>) is kept; any other is text."""
        rows = [row for row in table.cells() if any(row)]
        if len(rows) > 1 and table.row_heads and table.row_heads[0] and all(rows[0]):
            self.tables.append(table)
            return
        lines = "\n".join(_CELL_GAP.join(row) for row in rows)
        if self.open:  # a table in a cell: its text is that cell's
            self._text(f"\n{lines}\n")
        else:
            self.parts.append(f"\n{lines}\n")

    def close(self) -> None:
        super().close()
        while self.open:  # unclosed tables: what they held still counts
            self._close(self.open.pop())


def _clean(text: str) -> str:
    """Runs of blanks one space, of blank lines one newline; cells apart by a tab."""
    return _NEWLINES.sub("\n", _BLANKS.sub(" ", text)).strip().replace(_CELL_GAP, "\t")


_CELL_GAP = "\x1f"  # between a row's cells until the text is clean (HTML's own tabs are blanks)


def _parsed(html: str) -> _TextParser:
    parser = _TextParser()
    parser.feed(html)
    parser.close()
    return parser


def html_units(html: str, display: str, base: dict) -> Iterator[TextUnit]:
    """The visible text as one unit (``base`` and a line), then every cell of each table with
    a header row under its header, a record a row (``table`` n, ``row`` as a CSV's: 2 first)."""
    parser = _parsed(html)
    text = _clean("".join(parser.parts))
    if text:
        yield TextUnit(text, display, {**base, "line": 1})
    for number, table in enumerate(parser.tables, 1):
        header, *rows = [row for row in table.cells() if any(row)]
        where = "".join(f"{key}{value}/" for key, value in base.items() if key != "body")
        for row_number, row in enumerate(rows, 2):
            record = f"{display}#{where}table{number}/row{row_number}"
            for field, cell in zip(header, row, strict=False):
                if cell:
                    yield TextUnit(cell, display, {**base, "table": number, "row": row_number,
                                                   "field": field}, field, record)
