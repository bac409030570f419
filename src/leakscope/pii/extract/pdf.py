"""PDF: page text by PDFium (pypdfium2) in a forked child, form values by pypdf; one text unit
per page.

PDFium (Chrome's PDF engine, fuzzed by OSS-Fuzz) extracts page text several times faster
than pypdf, but it is C++ parsing hostile evidence, so it runs in a child process
(``child_reader``: an address-space limit, a time budget): a crash, an abort or a PDF that
never ends costs that child, not the scan. The same child reads the values typed into a form
(AcroForm, XFA) with pypdf, only where PDFium says the PDF has a form: PDFium's form API is
raw ctypes per annotation and this build of it has no XFA. A child that dies before its first
page leaves the PDF to pypdf in this process (as where there is no ``os.fork``); one that dies
later keeps the pages it read and names the rest as unread.
"""

from __future__ import annotations

import logging
import os
from collections import defaultdict
from collections.abc import Iterable, Iterator
from functools import partial
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from defusedxml.ElementTree import fromstring
from pypdf import PdfReader

from leakscope.pii.extract.base import Context, Item
from leakscope.pii.extract.child_reader import (
    ChildDied,
    ChildLimits,
    ChildTimedOut,
    Message,
    Receiver,
    start_child,
)
from leakscope.pii.extract.forms import document_table_units
from leakscope.pii.extract.pdf_layout import (
    page_rows,
    page_runs,
    text_layout,
)
from leakscope.pii.extract.samples import as_samples, marks_sample, with_samples_apart
from leakscope.pii.units import ExtractError, TextUnit

logging.getLogger("pypdf").setLevel(logging.ERROR)  # evidence is often malformed; we report it

# A page taking a minute, or a PDF five, is hostile (PDFium reads ~500 pages a second).
PDF_LIMITS = ChildLimits(extra_address_space=2 << 30, silence_seconds=60.0, wait_seconds=300.0)
ENCRYPTED = "encrypted PDF (password required)"
GIVE_UP_AFTER = 1000  # unreadable pages in a row: the rest are not tried (a lying /Count)

# number, text, why it is unreadable, its rows of cells when it holds a table (``pdf_layout``)
Page = tuple[int, str, str | None, list[list[str]] | None]


def extract_pdf(path: Path, display: str, ctx: Context) -> Iterator[Item]:
    if not hasattr(os, "fork"):
        yield from pypdf_items(path, display)
        return
    receiver = start_child(partial(_pdfium_messages, path, display), "the PDF reader",
                           PDF_LIMITS)
    try:
        try:
            opened = _opened(receiver)
        except ChildTimedOut as error:  # pypdf here would have no time limit
            yield ExtractError(display, str(error))
            return
        except ChildDied as error:  # before its first page: pypdf may read what PDFium did not
            receiver.close()  # (said: a PDF that crashes a browser's parser may be a weapon)
            yield ExtractError(display, f"{error}; read with pypdf instead")
            yield from pypdf_items(path, display)
            return
        if opened[0] == "unopened":
            yield ExtractError(display, _unopened(*opened[1:]))
            return
        _, total, forms = opened
        yield from _page_items(display, forms, _pdfium_pages(receiver), total)
    finally:
        receiver.close()


def _unopened(code: int | None, why: str) -> str:
    if code == pdfium_c.FPDF_ERR_PASSWORD:
        return ENCRYPTED
    if code == pdfium_c.FPDF_ERR_SECURITY:
        return "encrypted PDF (a security handler PDFium does not support)"
    return f"corrupt PDF: {why}"


def _opened(receiver: Receiver) -> Message:
    """The child's first message, once its first page has come (or the PDF has none)."""
    first = receiver.next()
    if first[0] == "failed":
        raise ChildDied(first[1])
    if first[0] == "opened" and first[1]:
        try:
            failed = receiver.peek()[0] == "failed"
        except ChildTimedOut:  # a hang on page 1: its form values are kept, its pages named
            return first
        if failed:
            raise ChildDied(receiver.next()[1])
    return first


def _pdfium_messages(path: Path, display: str) -> Iterator[Message]:
    """In the child: ("unopened", PDFium's error code, why), or ("opened", pages, form items)
    and one ("page", number, text, why unreadable) a page, or ("stopped", why) for the rest."""
    try:
        document = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as error:
        yield ("unopened", error.err_code, str(error))
        return
    try:
        total = len(document)
        has_form = document.get_formtype() != pdfium_c.FORMTYPE_NONE
        yield ("opened", total, _pypdf_form_items(path, display) if has_form else [])
        in_a_row = 0
        for index in range(total):
            text, unreadable, rows = _pdfium_text(document, index)
            yield ("page", index + 1, text, unreadable, rows)
            in_a_row = in_a_row + 1 if unreadable else 0
            if in_a_row == GIVE_UP_AFTER and index + 1 < total:
                yield ("stopped", f"the {GIVE_UP_AFTER} pages before were unreadable")
                return
    finally:
        document.close()


def _pdfium_text(document: pdfium.PdfDocument, index: int
                 ) -> tuple[str, str | None, list[list[str]] | None]:
    try:
        page = document[index]
        try:
            textpage = page.get_textpage()
            try:
                text = textpage.get_text_range().replace("\r\n", "\n")
                return text, None, _table_rows(textpage, text)
            finally:
                textpage.close()
        finally:
            page.close()
    except pdfium.PdfiumError as error:
        return "", str(error), None


def _table_rows(textpage: pdfium.PdfTextPage, text: str) -> list[list[str]] | None:
    """A page's rows of cells when it holds a form or a form's table (``pdf_layout``), else
    None (its text as it is, also where its runs cannot be placed)."""
    table, form = text_layout(text)
    if not (table or form):
        return None
    try:
        return page_rows(page_runs(textpage), form)
    except pdfium.PdfiumError:
        return None


def _pdfium_pages(receiver: Receiver) -> Iterator[Page]:
    """The pages the child sends; its death (or its giving up) raises ``ChildDied`` after the
    pages before."""
    while (message := receiver.next())[0] == "page":
        yield message[1:]
    if message[0] in ("failed", "stopped"):
        raise ChildDied(message[1])


def _page_items(display: str, forms: list[Item], pages: Iterable[Page], total: int
                ) -> Iterator[Item]:
    """Form values, then a unit a page with text; pages without text are one error, pages
    that cannot be read one for each reason."""
    yield from forms
    form_values = any(isinstance(item, TextUnit) for item in forms)
    empty, unreadable, number = [], defaultdict(list), 0
    sample = False  # a guide by its first page (「上記は記入例です」): every page
    try:
        for number, text, why, rows in pages:
            if why is not None:
                unreadable[why].append(number)
            elif rows is not None:  # a form and its table (扶養控除等申告書): as a document's
                marked = marks_sample(text, title=False)
                sample = sample or (marked and number == 1)
                units = document_table_units(display, rows, f"{display}#page{number}!",
                                             {"page": number})
                yield from as_samples(units) if sample or marked else units
            elif text.strip():
                page = TextUnit(text, display, {"page": number, "line": 1})
                # (a guide's 記入例 apart, the rest of its page read: a page that says it
                # is one, whole)
                marked = marks_sample(text, title=False)
                sample = sample or (marked and number == 1)
                yield from as_samples((page,)) if sample or marked \
                    else with_samples_apart((page,))
            else:
                empty.append(number)
    except ChildDied as error:  # the pages read before stay found
        if number >= total:
            yield ExtractError(display, f"{error} after its last page; every page was read")
        else:
            rest = f"page {total}" if number + 1 == total else f"pages {number + 1}-{total}"
            yield ExtractError(display, f"{rest} of {total} unread: {error}")
    for why, numbers in unreadable.items():
        if len(numbers) == 1:
            yield ExtractError(display, f"page {numbers[0]} unreadable: {why}")
        else:
            yield ExtractError(display, f"{len(numbers)} of {total} pages unreadable ({why}): "
                                        f"{_numbers(numbers)}")
    if total and len(empty) == total:
        if not form_values:  # a form's pages may hold nothing but its fields
            yield ExtractError(display, "no text layer (scanned image?); OCR is not supported")
    elif empty:
        yield ExtractError(display, f"{len(empty)} of {total} pages have no text layer "
                                    f"(scanned?): {_numbers(empty)}")


def _numbers(pages: list[int]) -> str:
    return ", ".join(map(str, pages[:20])) + (" ..." if len(pages) > 20 else "")


def pypdf_items(path: Path, display: str) -> Iterator[Item]:
    """The whole PDF by pypdf, in this process (the fallback)."""
    reader = PdfReader(str(path))
    if not _pypdf_decrypted(reader):
        yield ExtractError(display, ENCRYPTED)
        return
    forms = list(_form_units(reader, display))
    pages = (_pypdf_text(number, page) for number, page in enumerate(reader.pages, 1))
    yield from _page_items(display, forms, pages, len(reader.pages))


def _pypdf_decrypted(reader: PdfReader) -> bool:
    """Not encrypted, or opened with the empty user password (an owner password only)."""
    if not reader.is_encrypted:
        return True
    try:
        return bool(reader.decrypt(""))
    except Exception:  # unsupported cipher, broken dictionary
        return False


def _pypdf_text(number: int, page) -> Page:
    try:
        return number, page.extract_text() or "", None, None
    except Exception as error:
        return number, "", str(error), None


def _pypdf_form_items(path: Path, display: str) -> list[Item]:
    try:
        reader = PdfReader(str(path))
        if not _pypdf_decrypted(reader):
            raise ValueError("pypdf cannot decrypt it")
    except Exception as error:
        return [ExtractError(display, f"form fields unreadable: {type(error).__name__}: {error}")]
    return list(_form_units(reader, display))


def _form_units(reader: PdfReader, display: str) -> Iterator[Item]:
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
            yield TextUnit(text, display, {"form_field": str(name)}, label)  # not pypdf's str
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
