"""DOCX from the Markdown token stream: headings, paragraphs, lists, tables, pictures, breaks."""

from __future__ import annotations

import io
import re

from docx import Document as new_docx
from docx.enum.text import WD_BREAK
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from markdown_it.token import Token

from leakscope.report.document import Document, markdown_parser

JAPANESE_FONT = "Noto Sans CJK JP"
_XML_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
LATIN_FONT = "Noto Sans"


def to_docx(doc: Document) -> bytes:
    word = new_docx()
    _set_fonts(word)
    word.core_properties.title = _XML_UNSAFE.sub("\ufffd", doc.title)  # a case name may hold any
    section = word.sections[0]
    section.page_height, section.page_width = Mm(297), Mm(210)
    section.left_margin = section.right_margin = Mm(18)
    _Writer(word, doc).write(markdown_parser().parse(doc.markdown))
    out = io.BytesIO()
    word.save(out)
    return out.getvalue()


def _set_fonts(word) -> None:
    """Word picks the East Asian font separately; without it Japanese falls back unpredictably."""
    for name in ("Normal", "Heading 1", "Heading 2", "Heading 3", "Title"):
        style = word.styles[name]
        style.font.name = LATIN_FONT
        fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
        fonts.set(qn("w:eastAsia"), JAPANESE_FONT)
    word.styles["Normal"].font.size = Pt(10)


class _Writer:
    def __init__(self, word, doc: Document) -> None:
        self.word = word
        self.images = doc.images
        self.lists: list[str] = []  # "bullet" | "ordered", innermost last
        self.table: list[list[str]] | None = None
        self.header_rows = 0
        self.in_head = False

    def write(self, tokens: list[Token]) -> None:
        heading = None
        for token in tokens:
            kind = token.type
            if kind == "heading_open":
                heading = int(token.tag[1])
            elif kind == "heading_close":
                heading = None
            elif kind in ("bullet_list_open", "ordered_list_open"):
                self.lists.append("bullet" if kind.startswith("bullet") else "ordered")
            elif kind in ("bullet_list_close", "ordered_list_close"):
                self.lists.pop()
            elif kind == "table_open":
                self.table, self.header_rows = [], 0
            elif kind == "thead_open":
                self.in_head = True
            elif kind == "thead_close":
                self.in_head = False
            elif kind == "tr_open" and self.table is not None:
                self.table.append([])
                self.header_rows += self.in_head
            elif kind == "inline" and self.table is not None and self.table:
                self.table[-1].append(_plain(token))
            elif kind == "table_close":
                self._table()
            elif kind == "inline":
                self._paragraph(token, heading)
            elif kind in ("fence", "code_block"):
                para = self.word.add_paragraph()
                run = para.add_run(token.content.rstrip("\n"))
                run.font.name, run.font.size = "DejaVu Sans Mono", Pt(8)
            elif kind == "hr":
                self.word.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def _paragraph(self, token: Token, heading: int | None) -> None:
        if heading is not None:
            para = self.word.add_heading(level=min(heading, 3))
        elif self.lists:
            style = "List Bullet" if self.lists[-1] == "bullet" else "List Number"
            para = self.word.add_paragraph(style=style)
        else:
            para = self.word.add_paragraph()
        bold = italic = False
        for child in token.children or []:
            if child.type == "strong_open":
                bold = True
            elif child.type == "strong_close":
                bold = False
            elif child.type == "em_open":
                italic = True
            elif child.type == "em_close":
                italic = False
            elif child.type in ("text", "code_inline"):
                run = para.add_run(child.content)
                run.bold, run.italic = bold or None, italic or None
            elif child.type in ("softbreak", "hardbreak"):
                para.add_run().add_break()
            elif child.type == "image":
                png = self.images.get(child.attrGet("src") or "")
                if png is not None:
                    para.add_run().add_picture(io.BytesIO(png), width=Mm(170))

    def _table(self) -> None:
        rows, self.table = self.table or [], None
        if not rows:
            return
        width = max(len(r) for r in rows)
        grid = self.word.add_table(rows=len(rows), cols=width)
        grid.style = "Table Grid"
        for r, (row, grid_row) in enumerate(zip(rows, grid.rows, strict=True)):
            for text, cell in zip(row, grid_row.cells, strict=False):  # cells: once per row
                cell.text = text
                if r < self.header_rows:
                    for run in cell.paragraphs[0].runs:
                        run.bold = True
                for para in cell.paragraphs:
                    for run in para.runs:
                        run.font.size = Pt(8)


def _plain(token: Token) -> str:
    return "".join(c.content for c in token.children or [] if c.type in ("text", "code_inline"))
