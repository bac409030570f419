"""HTML to text without running anything: a tokenizer, not a browser.

`html.parser` only tokenizes: no script runs, no resource loads, no entity expansion beyond
HTML's named references, and nesting depth costs nothing (there is no tree and no
recursion). Script, style and template contents are dropped; block elements end lines.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_SKIP = {"script", "style", "template", "noscript", "object", "svg", "math"}
_BLOCK = {
    "p", "div", "br", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "table",
    "section", "article", "header", "footer", "blockquote", "pre", "hr", "dd", "dt", "title",
}
_BLANKS = re.compile(r"[ \t\r\f\v]+")
_NEWLINES = re.compile(r"\n\s*\n+")


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping: dict[str, int] = {}

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in _SKIP:
            self.skipping[tag] = self.skipping.get(tag, 0) + 1
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if self.skipping.get(tag):
            self.skipping[tag] -= 1
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not any(self.skipping.values()):
            self.parts.append(data)


def html_to_text(html: str) -> str:
    """The visible text of an HTML document or fragment."""
    parser = _TextParser()
    parser.feed(html)
    parser.close()
    text = _BLANKS.sub(" ", "".join(parser.parts))
    return _NEWLINES.sub("\n", text).strip()
