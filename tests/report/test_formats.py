"""Every format renders from one Markdown source; the PDF carries Japanese glyphs."""

from __future__ import annotations

import io
import shutil
import subprocess

import docx
import pytest
from pypdf import PdfReader

from leakscope.report import Document, render

MARKDOWN = """# 調査報告書

概要: **不正アクセス** による漏えい

- 氏名
- メールアドレス

| 項目 | 件数 |
| --- | ---: |
| 氏名 | 1,500 |

---

## 次のページ
"""


def test_markdown_html_docx_pdf_all_render():
    doc = Document("調査報告書", MARKDOWN, "ja")
    html = render(doc, "html").decode("utf-8")
    assert "<table>" in html and "<h1>調査報告書</h1>" in html and 'lang="ja"' in html
    word = docx.Document(io.BytesIO(render(doc, "docx")))
    texts = [p.text for p in word.paragraphs]
    assert texts[:2] == ["調査報告書", "概要: 不正アクセス による漏えい"]
    assert [c.text for c in word.tables[0].rows[1].cells] == ["氏名", "1,500"]
    pdf = PdfReader(io.BytesIO(render(doc, "pdf")))
    assert len(pdf.pages) == 2  # the thematic break is a page break
    assert "調査報告書" in pdf.pages[0].extract_text()
    assert render(doc, "md").decode("utf-8") == MARKDOWN


def test_unknown_format_is_refused():
    with pytest.raises(ValueError, match="unknown format 'rtf'"):
        render(Document("t", "x"), "rtf")


def test_raw_html_in_markdown_stays_text():
    html = render(Document("t", "<script>alert(1)</script>\n\n<img src=x onerror=y>"),
                  "html").decode()
    assert "<script>" not in html and "<img src=x" not in html
    assert "&lt;script&gt;" in html


@pytest.mark.skipif(not shutil.which("pdffonts"), reason="poppler-utils not installed")
def test_pdf_embeds_noto_cjk(tmp_path):
    path = tmp_path / "r.pdf"
    path.write_bytes(render(Document("t", MARKDOWN, "ja"), "pdf"))
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True,
                           check=True).stdout
    assert "Noto-Sans-CJK-JP" in fonts


@pytest.mark.skipif(not shutil.which("pdftoppm"), reason="poppler-utils not installed")
def test_pdf_pages_become_pngs_with_ink(tmp_path):
    path = tmp_path / "r.pdf"
    path.write_bytes(render(Document("t", MARKDOWN, "ja"), "pdf"))
    subprocess.run(["pdftoppm", "-r", "40", "-png", str(path), str(tmp_path / "page")],
                   check=True)
    pages = sorted(tmp_path.glob("page-*.png"))
    assert len(pages) == 2
    from matplotlib.image import imread

    pixels = imread(pages[0])
    assert (pixels[..., :3] < 0.5).any()  # text was drawn, not an empty page


@pytest.mark.skipif(not shutil.which("fc-list"), reason="fontconfig tools not installed")
def test_pdf_without_a_japanese_font_is_refused_clearly(tmp_path):
    """With no CJK font every glyph would print as a box: say so instead of writing it."""
    import os
    import sys
    import textwrap

    fonts = tmp_path / "fonts.conf"
    fonts.write_text('<?xml version="1.0"?><fontconfig>'
                     "<dir>/usr/share/fonts/truetype/dejavu</dir>"
                     f"<cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>", encoding="utf-8")
    script = textwrap.dedent("""
        from leakscope.report import Document, render
        print(len(render(Document("t", "An English report", "en"), "pdf")) > 0)
        try:
            render(Document("調査報告書", "# 調査報告書", "ja"), "pdf")
        except ValueError as exc:
            print("refused:", exc)
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          env={**os.environ, "FONTCONFIG_FILE": str(fonts)}, timeout=120)
    assert done.stdout.startswith("True"), done.stderr[-2000:]  # English still prints
    assert "refused:" in done.stdout and "fonts-noto-cjk" in done.stdout, done.stderr[-2000:]


def test_docx_title_with_control_characters():
    """The title carries the organisation or case name, which may hold any character."""
    data = render(Document("株式会社\x01テスト\x0b", "# 報告書\n"), "docx")
    assert docx.Document(io.BytesIO(data)).core_properties.title == "株式会社\ufffdテスト\ufffd"
