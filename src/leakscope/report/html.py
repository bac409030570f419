"""HTML and PDF: one self-contained page (pictures inlined), printed by WeasyPrint with Noto CJK."""

from __future__ import annotations

import html as html_lib
import re
import shutil
import subprocess

from leakscope.report.document import Document, data_uri, markdown_parser

CSS = """
@page { size: A4; margin: 16mm 15mm 18mm 15mm;
        @top-right { content: "取扱注意 / Confidential"; font-size: 7.5pt; color: #8a1c1c; }
        @bottom-center { content: counter(page) " / " counter(pages); font-size: 8pt; } }
html { font-family: "Noto Sans CJK JP", "Noto Sans JP", "Hiragino Sans", "Yu Gothic",
       "Noto Sans", sans-serif; font-size: 10pt; line-height: 1.55; color: #1b1f24; }
body { max-width: 60em; margin: 0 auto; padding: 0 1em; }
h1 { font-size: 17pt; border-bottom: 2px solid #24476b; padding-bottom: .2em; }
h2 { font-size: 13pt; color: #24476b; margin-top: 1.4em; border-bottom: 1px solid #c9d3de; }
h3 { font-size: 11pt; }
table { border-collapse: collapse; width: 100%; margin: .6em 0; font-size: 8.8pt; }
th, td { border: 1px solid #b8c2cc; padding: 3px 5px; vertical-align: top; text-align: left;
         overflow-wrap: anywhere; }
th { background: #eef2f6; }
tr { break-inside: avoid; page-break-inside: avoid; }
code { font-family: "Noto Sans Mono CJK JP", "DejaVu Sans Mono", monospace; font-size: 8.5pt;
       overflow-wrap: anywhere; }
img { max-width: 100%; }
hr { border: 0; margin: 0; page-break-after: always; break-after: page; }
blockquote { border-left: 3px solid #d9822b; margin-left: 0; padding-left: .8em;
             color: #5c4a32; }
@media screen { hr { border-top: 1px dashed #c9d3de; margin: 2em 0; } }
"""


def to_html(doc: Document) -> str:
    body = markdown_parser().render(doc.markdown)
    for name, png in doc.images.items():
        body = body.replace(f'src="{html_lib.escape(name)}"', f'src="{data_uri(png)}"')
    return (
        f'<!DOCTYPE html>\n<html lang="{doc.lang}"><head><meta charset="utf-8">'
        f"<title>{html_lib.escape(doc.title)}</title><style>{CSS}</style></head>"
        f"<body>\n{body}</body></html>\n"
    )


def to_pdf(doc: Document) -> bytes:
    """PDF through WeasyPrint; only inline data: pictures load, nothing is fetched."""
    try:
        from weasyprint import HTML
        from weasyprint.urls import URLFetcher
    except (ImportError, OSError) as exc:  # WeasyPrint needs Pango from the system
        raise ValueError(f"PDF output needs WeasyPrint and Pango (Debian: libpango-1.0-0): "
                         f"{exc}; use --format html or docx meanwhile") from exc

    if _japanese_font_missing(doc):
        raise ValueError("PDF output of Japanese text needs a Japanese font (Debian: "
                         "fonts-noto-cjk) and fontconfig knows none, so every character would "
                         "print as a box; install it, or use --format html or docx meanwhile")
    fetcher = URLFetcher(allowed_protocols={"data"})
    return HTML(string=to_html(doc), url_fetcher=fetcher).write_pdf()


_JAPANESE = re.compile("[\u3040-\u30ff\u3400-\u9fff\uff01-\uffef]")


def _japanese_font_missing(doc: Document) -> bool:
    """Japanese text and no font fontconfig offers for it (WeasyPrint finds fonts there)."""
    if not _JAPANESE.search(doc.title + doc.markdown):
        return False
    fc_list = shutil.which("fc-list")
    if fc_list is None:  # cannot tell: let WeasyPrint do its best
        return False
    found = subprocess.run([fc_list, ":lang=ja", "family"], capture_output=True, text=True,
                           timeout=60, check=False)
    return found.returncode == 0 and not found.stdout.strip()
