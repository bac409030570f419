"""A document is Markdown plus the pictures it names: one source, four formats.

Templates write Markdown (readable as is, diffable, easy to correct by hand); HTML, DOCX and
PDF are rendered from its token stream, so the four formats never drift apart. Raw HTML in
Markdown is off: evidence paths and mail subjects are attacker-controlled text. A thematic
break (`---`) is a page break in print formats.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass, field

from markdown_it import MarkdownIt

FORMATS = ("md", "html", "docx", "pdf")


@dataclass(frozen=True)
class Document:
    title: str
    markdown: str
    lang: str = "ja"
    images: dict[str, bytes] = field(default_factory=dict)  # file name -> PNG bytes


def markdown_parser() -> MarkdownIt:
    return MarkdownIt("commonmark", {"html": False, "linkify": False}).enable("table")


def data_uri(png: bytes) -> str:
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii")
