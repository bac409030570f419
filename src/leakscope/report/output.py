"""Write a document in one format, privately (0600), and record its SHA-256 in the ledger."""

from __future__ import annotations

from pathlib import Path

from leakscope.case import Case
from leakscope.case.private_fs import make_private_dir, write_private
from leakscope.report.document import FORMATS, Document
from leakscope.report.docx import to_docx
from leakscope.report.html import to_html, to_pdf


def render(doc: Document, fmt: str) -> bytes:
    if fmt == "md":
        return doc.markdown.encode("utf-8")
    if fmt == "html":
        return to_html(doc).encode("utf-8")
    if fmt == "docx":
        return to_docx(doc)
    if fmt == "pdf":
        return to_pdf(doc)
    raise ValueError(f"unknown format {fmt!r} (known: {', '.join(FORMATS)})")


def write_document(
    doc: Document, fmt: str, directory: Path, stem: str, *, case: Case | None = None,
    kind: str = "report",
) -> list[Path]:
    """Write `stem.fmt` (and, for Markdown, the pictures it names) into `directory`."""
    make_private_dir(directory)
    written = [write_private(directory / f"{stem}.{fmt}", render(doc, fmt))]
    if fmt == "md":
        written += [write_private(directory / name, png) for name, png in doc.images.items()]
    if case is not None:
        for path in written:
            case.record_output(path, "report_generated",
                               {"kind": kind, "format": fmt, "lang": doc.lang})
    return written
