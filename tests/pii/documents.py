"""Small documents written for a test, and what a scan says of their values."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import docx
from faker import Faker
from openpyxl import Workbook

from leakscope import pii


def distinct_names(count: int, seed: int) -> list[str]:
    """``count`` distinct 「姓 名」 names as Faker's ja_JP writes them, the same for one seed."""
    fake = Faker("ja_JP")
    fake.seed_instance(seed)
    names: list[str] = []
    while len(names) < count:
        name = f"{fake.last_name()} {fake.first_name()}"
        if name not in names:
            names.append(name)
    return names


def write_docx(path: Path, paragraphs: Iterable[str]) -> Path:
    """A .docx of one paragraph per line, at ``path``."""
    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    document.save(path)
    return path


def write_pdf(path: Path, body: str, size: str = "9pt") -> Path:
    """``body`` (HTML) as WeasyPrint lays it out in Noto Sans CJK JP, a PDF at ``path``."""
    import weasyprint

    html = (f"<html><body style='font-family: Noto Sans CJK JP; font-size: {size}'>{body}"
            "</body></html>")
    path.write_bytes(weasyprint.HTML(string=html).write_pdf())
    return path


def write_xlsx(path: Path, header: list, rows: Iterable[Iterable], title: str | None = None
               ) -> Path:
    """A one-sheet .xlsx of a header row and ``rows`` (the sheet named ``title``), at
    ``path``."""
    workbook = Workbook()
    sheet = workbook.active
    if title:
        sheet.title = title
    sheet.append(header)
    for row in rows:
        sheet.append(list(row))
    workbook.save(path)
    return path


def people_in(folder: Path, files: dict[str, str]) -> int:
    """The people (本人の数) a scan of ``folder`` counts once ``files`` (name: UTF-8 text) are
    written in it."""
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    run = pii.scan([folder], workers=1)
    list(run)
    return run.summary.subjects


def scanned(path: Path) -> tuple[list[pii.Finding], int]:
    """A scan of ``path`` in one worker: its findings, and the people it counts."""
    run = pii.scan([path], workers=1)
    found = [f for f in run if isinstance(f, pii.Finding)]
    return found, run.summary.subjects


def personal_of(path: Path) -> dict[tuple[str, str], bool]:
    """Per (category, value) a scan of ``path`` finds, whether it is reported personal."""
    return {(f.category, f.value): f.personal for f in pii.scan([path], workers=1)
            if isinstance(f, pii.Finding)}


def detected(text: str, category: str) -> list[str]:
    """The values of ``category`` that ``pii.detect`` finds in ``text``, in order."""
    return [f.value for f in pii.detect(text) if f.category == category]


def values_of(findings: Iterable[object], category: str) -> set[str]:
    """The distinct values of ``category`` among a scan's findings (its other items left out)."""
    return {f.value for f in findings if isinstance(f, pii.Finding) and f.category == category}
