"""Office documents: .docx (paragraphs, tables, headers/footers), .pptx (PDF: ``pdf``).

Prose becomes one unit per part (paragraphs joined by newlines, so detectors see context
across them; `locate` maps a match back to its paragraph or line). Tables become field
units, one row = one record, the first header-like row giving labels.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import docx
import pptx
from pptx.enum.shapes import MSO_SHAPE_TYPE

from leakscope.pii.extract.archive import check_container
from leakscope.pii.extract.base import Context, Item
from leakscope.pii.extract.forms import document_table_units
from leakscope.pii.extract.samples import as_samples, marks_sample, with_samples_apart
from leakscope.pii.units import ExtractError, TextUnit


def _paragraphs_text(texts: Iterable[str]) -> str:
    """Paragraph texts one per line (a line break inside one becomes a space)."""
    return "\n".join(text.replace("\n", " ") for text in texts)


def _paragraphs(paragraphs: Iterable) -> str:
    return _paragraphs_text(p.text for p in paragraphs)


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def _text_box_paragraphs(body) -> Iterator[str]:
    """Paragraph texts inside text boxes (address labels, letterheads), which
    python-docx's ``paragraphs`` does not include. The VML fallback copy of a box is skipped."""
    for box in body.iter(f"{_W}txbxContent"):
        if any(True for _ in box.iterancestors(_FALLBACK)):
            continue
        for paragraph in box.iter(f"{_W}p"):
            yield "".join(t.text or "" for t in paragraph.iter(f"{_W}t"))


def _docx_rows(table) -> Iterator[list[str]]:
    for row in table.rows:
        cells, previous = [], None
        for cell in row.cells:
            if previous is not None and cell._tc is previous:
                continue  # a merged cell repeats itself
            previous = cell._tc
            cells.append(cell.text)
        yield cells


def extract_docx(path: Path, display: str, ctx: Context) -> Iterator[Item]:
    check_container(path, ctx)
    document = docx.Document(str(path))
    body = _paragraphs(document.paragraphs)
    items = _docx_items(document, body, display)
    # a filling guide (「…請求書　記入例」, 「※上記は記入例です」): its values are nobody's; a
    # manual's example block or line (「記入例：氏名 社労 太郎…」) is
    yield from as_samples(items) if marks_sample(body) else with_samples_apart(items)


def _docx_items(document, body: str, display: str) -> Iterator[Item]:
    if body.strip():
        yield TextUnit(body, display, {"part": "body", "paragraph": 1})
    boxes = _paragraphs_text(_text_box_paragraphs(document.element.body))
    if boxes.strip():
        yield TextUnit(boxes, display, {"part": "text boxes", "paragraph": 1})
    for number, table in enumerate(document.tables, 1):
        base = {"table": number}
        rows = _docx_rows(table)
        yield from document_table_units(display, rows, f"{display}#table{number}!", base)
    for number, section in enumerate(document.sections, 1):
        for part_name, part in (("header", section.header), ("footer", section.footer)):
            if number > 1 and part.is_linked_to_previous:
                continue
            text = _paragraphs(part.paragraphs)
            if text.strip():
                location = {"part": f"{part_name} {number}", "paragraph": 1}
                yield TextUnit(text, display, location)


def _shapes(shapes: Iterable) -> Iterator:
    for shape in shapes:
        if shape.shape_type == MSO_SHAPE_TYPE.GROUP:
            yield from _shapes(shape.shapes)
        else:
            yield shape


def extract_pptx(path: Path, display: str, ctx: Context) -> Iterator[Item]:
    check_container(path, ctx)
    presentation = pptx.Presentation(str(path))
    for number, slide in enumerate(presentation.slides, 1):
        try:
            yield from _slide_units(slide, number, display)
        except Exception as error:  # one broken slide must not lose the others
            yield ExtractError(display, f"slide {number} unreadable: {error}")


def _slide_units(slide, number: int, display: str) -> Iterator[Item]:
    texts, tables = [], []
    for shape in _shapes(slide.shapes):
        if shape.has_text_frame:
            texts.append(shape.text_frame.text.replace("\v", " "))
        if getattr(shape, "has_table", False):
            tables.append(shape.table)
    if slide.has_notes_slide:
        texts.append(slide.notes_slide.notes_text_frame.text.replace("\v", " "))
    text = "\n".join(t for t in texts if t.strip())
    items = _slide_items(text, tables, number, display)
    # a slide stamped 記入例 (its title, or a box of the word alone): an example's values
    yield from as_samples(items) if marks_sample(text, marker_lines=True) else items


def _slide_items(text: str, tables: list, number: int, display: str) -> Iterator[Item]:
    if text:
        yield TextUnit(text, display, {"slide": number, "line": 1})
    for index, table in enumerate(tables, 1):
        rows = ([cell.text for cell in row.cells] for row in table.rows)
        record_prefix = f"{display}#slide{number}-table{index}!"
        base = {"slide": number, "table": index}
        yield from document_table_units(display, rows, record_prefix, base)
