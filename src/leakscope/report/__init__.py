"""Investigation report and drafts: Markdown rendered to HTML, DOCX and PDF, charts as PNG."""

from leakscope.report.document import FORMATS, Document
from leakscope.report.output import render, write_document
from leakscope.report.writers import write_drafts, write_report

__all__ = ["FORMATS", "Document", "render", "write_document", "write_drafts", "write_report"]
