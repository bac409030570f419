"""Office documents and PDF: .docx (paragraphs, tables, headers/footers), .pptx, PDF text.

Prose becomes one unit per part (paragraphs joined by newlines, so detectors see context
across them; `locate` maps a match back to its paragraph or line). Tables become field
units, one row = one record, the first header-like row giving labels.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from pathlib import Path

import docx
import pptx
from defusedxml.ElementTree import fromstring
from pptx.enum.shapes import MSO_SHAPE_TYPE
from pypdf import PdfReader

from leakscope.pii.extract.archive import check_container
from leakscope.pii.extract.base import Context, Item
from leakscope.pii.extract.tables import document_table_units
from leakscope.pii.units import ExtractError, TextUnit

logging.getLogger("pypdf").setLevel(logging.ERROR)  # evidence is often malformed; we report it


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
    if text:
        yield TextUnit(text, display, {"slide": number, "line": 1})
    for index, table in enumerate(tables, 1):
        rows = ([cell.text for cell in row.cells] for row in table.rows)
        record_prefix = f"{display}#slide{number}-table{index}!"
        base = {"slide": number, "table": index}
        yield from document_table_units(display, rows, record_prefix, base)


def extract_pdf(path: Path, display: str, ctx: Context) -> Iterator[Item]:
    reader = PdfReader(str(path))
    if reader.is_encrypted:
        try:
            opened = reader.decrypt("")
        except Exception:  # unsupported cipher, broken dictionary
            opened = 0
        if not opened:
            yield ExtractError(display, "encrypted PDF (password required)")
            return
    form = list(_pdf_form_units(reader, display))
    yield from form
    form_values = any(isinstance(item, TextUnit) for item in form)
    empty = []
    total = len(reader.pages)
    for number, page in enumerate(reader.pages, 1):
        try:
            text = page.extract_text() or ""
        except Exception as error:
            yield ExtractError(display, f"page {number} unreadable: {error}")
            continue
        if text.strip():
            yield TextUnit(text, display, {"page": number, "line": 1})
        else:
            empty.append(number)
    if total and len(empty) == total:
        if not form_values:  # a form's pages may hold nothing but its fields
            yield ExtractError(display, "no text layer (scanned image?); OCR is not supported")
    elif empty:
        pages = ", ".join(map(str, empty[:20])) + (" ..." if len(empty) > 20 else "")
        yield ExtractError(
            display, f"{len(empty)} of {total} pages have no text layer (scanned?): {pages}"
        )


def _pdf_form_units(reader: PdfReader, display: str) -> Iterator[Item]:
    """Values typed into a PDF form (AcroForm fields, XFA datasets): not in the page text.

    A field is labelled by its tooltip name (/TU, often 「氏名」) or its own name.
    """
    try:
        fields = reader.get_fields() or {}
    except Exception as error:  # hostile or broken form dictionaries
        yield ExtractError(display, f"form fields unreadable: {type(error).__name__}: {error}")
        fields = {}
    for name, field in fields.items():
        value = field.get("/V")
        values = value if isinstance(value, list) else [value]
        text = "\n".join(str(v) for v in values if isinstance(v, str) and not v.startswith("/"))
        if text.strip():
            label = str(field.get("/TU") or name.rsplit(".", 1)[-1])
            yield TextUnit(text, display, {"form_field": name}, label)
    try:
        datasets = (reader.xfa or {}).get("datasets")
        root = fromstring(datasets) if datasets else None
    except Exception as error:  # broken XFA; defusedxml refuses entities and DTDs on purpose
        yield ExtractError(display, f"XFA form data unreadable: {type(error).__name__}")
        return
    if root is not None:
        for element in root.iter():
            if len(element) == 0 and element.text and element.text.strip():
                label = element.tag.rsplit("}", 1)[-1]
                yield TextUnit(element.text.strip(), display, {"form_field": label}, label)
