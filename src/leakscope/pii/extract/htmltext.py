"""HTML to text without running anything: a tokenizer, not a browser.

`html.parser` only tokenizes: no script runs, no resource loads, no entity expansion beyond
HTML's named references, and nesting depth costs nothing (there is no tree and no
recursion). Script, style and template contents are dropped; block elements end lines.

A table with a header row (a customer list pasted into a mail) is kept as a table: its cells
under their headers, one record a row, as a CSV's are read (``html_units``); a table without
one is text, a row a line and its cells apart. A definition list (an admin page's
``<dl><dt>お名前</dt><dd>小林 亮介</dd>…``) is a record too: each ``<dd>`` under its ``<dt>``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from html.parser import HTMLParser

from ..units import TextUnit

_SKIP = {"script", "style", "template", "noscript", "object", "svg", "math"}
_BLOCK = {
    "p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table",
    "section", "article", "header", "footer", "blockquote", "pre", "hr", "dd", "dt", "title",
}
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


class _Definitions:
    """One ``<dl>``'s terms and descriptions as they are read: (term, description) pairs; a
    term or a description without the other is text."""

    def __init__(self) -> None:
        self.pairs: list[tuple[str, str]] = []
        self.loose: list[str] = []  # a term with no description, a description with no term
        self.term: str | None = None
        self.reading: str | None = None  # "dt" or "dd" while inside one
        self.parts: list[str] = []

    def start(self, tag: str) -> None:
        self.end()
        self.reading, self.parts = tag, []

    def end(self) -> None:
        """The ``<dt>`` or ``<dd>`` being read ends (its end tag may be left out)."""
        if self.reading is None:
            return
        text = _clean("".join(self.parts))
        if self.reading == "dt":
            if self.term:
                self.loose.append(self.term)
            self.term = text or None
        elif text and self.term:
            self.pairs.append((self.term, text))
        elif text:
            self.loose.append(text)
        self.reading = None

    def close(self) -> None:
        self.end()
        if self.term and not any(term == self.term for term, _ in self.pairs):
            self.loose.append(self.term)


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping: dict[str, int] = {}
        self.open: list[_Table] = []  # tables being read, innermost last
        self.tables: list[_Table] = []
        self.lists: list[_Definitions] = []  # definition lists being read, innermost last
        self.definitions: list[_Definitions] = []

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in _SKIP:
            self.skipping[tag] = self.skipping.get(tag, 0) + 1
        table = self.open[-1] if self.open else None
        if table is None and tag == "dl":
            self.lists.append(_Definitions())
        elif table is None and self.lists and tag in ("dt", "dd"):
            self.lists[-1].start(tag)
        elif tag == "table":
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
        elif tag in _BLOCK:
            self._text("\n")

    def handle_endtag(self, tag: str) -> None:
        if self.skipping.get(tag):
            self.skipping[tag] -= 1
        if tag == "table" and self.open:
            self._close(self.open.pop())
        elif tag == "dl" and self.lists and not self.open:
            self._close_list(self.lists.pop())
        elif tag in ("dt", "dd") and self.lists and not self.open:
            self.lists[-1].end()
        elif tag in _BLOCK:
            self._text("\n")

    def handle_data(self, data: str) -> None:
        if not any(self.skipping.values()):
            self._text(data)

    def _text(self, data: str) -> None:
        table = self.open[-1] if self.open else None
        if table is not None and table.rows and table.rows[-1]:
            table.rows[-1][-1].append(data)  # inside a cell
        elif table is None and self.lists and self.lists[-1].reading:
            self.lists[-1].parts.append(data)  # inside a term or a description
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

    def _close_list(self, definitions: _Definitions) -> None:
        """A list's pairs are a record; the rest of it is text (of the list around it)."""
        definitions.close()
        if definitions.pairs:
            self.definitions.append(definitions)
        if definitions.loose:
            self._text("\n" + "\n".join(definitions.loose) + "\n")

    def close(self) -> None:
        super().close()
        while self.open:  # unclosed tables: what they held still counts
            self._close(self.open.pop())
        while self.lists:  # and unclosed lists
            self._close_list(self.lists.pop())


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
    a header row under its header, a record a row (``table`` n, ``row`` as a CSV's: 2 first),
    then each definition list's descriptions under their terms (``list`` n, ``entry``)."""
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
    for number, definitions in enumerate(parser.definitions, 1):
        yield from _definition_units(definitions, display, base, number)


def _definition_units(definitions: _Definitions, display: str, base: dict, number: int
                      ) -> Iterator[TextUnit]:
    """Each description under its term, a list one record (a term again begins the next
    record: a list of several people's details)."""
    where = "".join(f"{key}{value}/" for key, value in base.items() if key != "body")
    entry, seen = 1, set()
    for term, text in definitions.pairs:
        if term in seen:
            entry, seen = entry + 1, set()
        seen.add(term)
        yield TextUnit(text, display, {**base, "list": number, "entry": entry, "field": term},
                       term, f"{display}#{where}list{number}/entry{entry}")
