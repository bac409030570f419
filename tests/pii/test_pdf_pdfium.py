"""PDF page text by PDFium in its child process: a real Japanese customer list through
`pii.scan` and the CLI, encrypted, truncated and text-less PDFs, and the child's death or
overrun (pypdf reads instead, or the pages before are kept and the rest named)."""

from __future__ import annotations

import json
import os
import signal
import sys
import time
from pathlib import Path

import pytest
from pypdf import PdfWriter
from typer.testing import CliRunner

from leakscope import pii
from leakscope.cli.main import app
from leakscope.pii.extract import extract, pdf
from leakscope.pii.extract.child_reader import ChildLimits
from leakscope.pii.units import TextUnit

PEOPLE = [  # (name as printed, phone, e-mail), three a page
    ("山田 太郎", "090-1234-5678", "taro.yamada@example.jp"),
    ("佐藤 花子", "080-2345-6789", "hanako@example.co.jp"),
    ("吉田 優子", "070-3456-7890", "yuko.yoshida@example.jp"),
    ("高橋 健一", "03-3456-7890", "k.takahashi@example.jp"),
    ("渡辺 裕子", "090-8765-4321", "watanabe@example.ne.jp"),
    ("伊藤 直樹", "080-1111-2222", "naoki.ito@example.jp"),
    ("中村 陽子", "090-2222-3333", "yoko.n@example.jp"),
    ("小林 翔太", "070-4444-5555", "shota@example.jp"),
    ("加藤 舞", "080-6666-7777", "mai.kato@example.jp"),
]


ADDRESSES = ["東京都千代田区千代田1丁目1番1号", "大阪府大阪市北区梅田3丁目1番3号",
             "愛知県名古屋市中区三の丸3丁目1番1号"]


def _page(rows: list[tuple[str, str, str]]) -> str:
    """A table as customer lists print it: the name cell so narrow that 姓 and 名 wrap."""
    cells = "".join(f"<tr><td style='width: 2.2em'>{name}</td>"
                    f"<td style='width: 11em'>{address}</td><td>{phone}</td><td>{mail}</td></tr>"
                    for (name, phone, mail), address in zip(rows, ADDRESSES, strict=True))
    return f"<table style='page-break-after: always'>{cells}</table>"


def customer_pdf(path: Path, pages: int = 3) -> Path:
    """A customer list as WeasyPrint (Noto Sans CJK JP) lays it out, three people a page."""
    import weasyprint

    body = "".join(_page(PEOPLE[3 * i:3 * i + 3]) for i in range(pages))
    html = ("<html><body style='font-family: Noto Sans CJK JP'><h1>顧客一覧</h1>"
            f"<p>担当 𠮷田</p>{body}</body></html>")  # 𠮷: outside the BMP
    path.write_bytes(weasyprint.HTML(string=html).write_pdf())
    return path


@pytest.fixture(scope="module")
def customers(tmp_path_factory) -> Path:
    return customer_pdf(tmp_path_factory.mktemp("pdf") / "顧客一覧.pdf")


def _scan(*paths: Path) -> tuple[list, list]:
    items = list(pii.scan(list(paths), workers=1))
    return ([i for i in items if isinstance(i, pii.Finding)],
            [(i.path, i.message) for i in items if isinstance(i, pii.ScanError)])


def _people(findings: list) -> set[tuple[str, str, str]]:
    """(category, value, page) of the names, phones and e-mails found."""
    return {(f.category, f.value, f.location["page"]) for f in findings
            if f.path.endswith(".pdf")
            and f.category in ("person_name", "phone_number", "email_address")}


def _expected(pages: int = 3) -> set[tuple[str, str, str]]:
    out = set()
    for index, (name, phone, mail) in enumerate(PEOPLE[:3 * pages]):
        page = index // 3 + 1
        out |= {("person_name", name.replace(" ", ""), page),
                ("phone_number", phone.replace("-", ""), page),
                ("email_address", mail, page)}
    return out


def test_a_customer_list_is_found_page_by_page(customers):
    findings, errors = _scan(customers)
    assert errors == []
    assert _people(findings) == _expected()
    assert {f.path for f in findings} == {"顧客一覧.pdf"}
    units = [u for u in extract(customers, "顧客一覧.pdf") if isinstance(u, TextUnit)]
    assert [u.location for u in units] == [{"page": n, "line": 1} for n in (1, 2, 3)]
    assert units[0].text.startswith("顧客一覧\n担当 𠮷田\n")  # lines end in \n, not \r\n


def test_the_cli_reports_the_list_and_an_unreadable_pdf_beside_it(customers, tmp_path):
    share = tmp_path / "share"
    share.mkdir()
    (share / "list.pdf").write_bytes(customers.read_bytes())
    data = customers.read_bytes()
    (share / "cut.pdf").write_bytes(data[: len(data) // 2])
    (share / "note.txt").write_text("連絡先 090-9999-0000\n", "utf-8")
    result = CliRunner().invoke(app, ["scan", str(share), "--json", "--reveal"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.output.splitlines() if line.startswith("{")]
    found = {(r["category"], r["value"], r["location"]["page"]) for r in records
             if r["type"] == "finding" and r["path"] == "list.pdf"}
    assert _expected() <= found
    assert any(r["type"] == "finding" and r["path"] == "note.txt" for r in records)
    errors = [(r["path"], r["message"]) for r in records if r["type"] == "error"]
    assert errors == [("cut.pdf", "corrupt PDF: Failed to load document "
                                  "(PDFium: Data format error).")]
    summary = records[-1]
    assert summary["type"] == "summary" and summary["errors"] == 1


def test_an_encrypted_pdf_is_named_and_an_owner_password_alone_is_read(customers, tmp_path):
    for name, user in (("locked.pdf", "secret"), ("owner-only.pdf", "")):
        writer = PdfWriter(clone_from=customers)
        writer.encrypt(user, owner_password="owner", algorithm="AES-256")
        writer.write(tmp_path / name)
    findings, errors = _scan(tmp_path / "locked.pdf", tmp_path / "owner-only.pdf")
    assert errors == [("locked.pdf", "encrypted PDF (password required)")]
    assert _people(findings) == _expected()


def test_a_pdf_without_a_text_layer_on_some_pages(tmp_path):
    import weasyprint

    html = ("<html><body style='font-family: Noto Sans CJK JP'><p>山田太郎 090-1234-5678</p>"
            "<div style='page-break-before: always; width: 5cm; height: 5cm; "
            "background: black'></div></body></html>")
    path = tmp_path / "half-scanned.pdf"
    path.write_bytes(weasyprint.HTML(string=html).write_pdf())
    blank = tmp_path / "scan.pdf"
    blank.write_bytes(weasyprint.HTML(string=html.replace("<p>", "<p style='display:none'>"))
                      .write_pdf())
    findings, errors = _scan(path, blank)
    assert {f.value for f in findings if f.category == "phone_number"} == {"09012345678"}
    assert errors == [
        ("half-scanned.pdf", "1 of 2 pages have no text layer (scanned?): 2"),
        ("scan.pdf", "no text layer (scanned image?); OCR is not supported"),
    ]


def _die_on_page(number: int, how):
    """``_pdfium_text`` that runs ``how`` in the child when it reaches page ``number``."""
    real = pdf._pdfium_text

    def text(document, index):
        if index + 1 == number:
            how()
        return real(document, index)
    return text


def _kill() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def _allocate() -> None:
    bytearray(8 << 30)  # past the child's address-space limit: MemoryError at once


DEATHS = {
    "killed": (_kill, "the PDF reader ended (SIGKILL: out of memory or a parser abort)"),
    "memory": (_allocate, "MemoryError: out of memory (the reader's address-space limit)"),
}


@pytest.mark.parametrize("death", DEATHS)
def test_the_reader_dead_mid_pdf_keeps_the_pages_before(customers, monkeypatch, tmp_path,
                                                        death):
    how, why = DEATHS[death]
    monkeypatch.setattr(pdf, "_pdfium_text", _die_on_page(2, how))
    other = tmp_path / "other.txt"
    other.write_text("連絡先 090-9999-0000\n", "utf-8")
    findings, errors = _scan(customers, other)
    assert _people(findings) == {f for f in _expected() if f[2] == 1}
    assert "09099990000" in {f.value for f in findings}  # the next file is scanned
    assert errors == [("顧客一覧.pdf", f"pages 2-3 of 3 unread: {why}")]


@pytest.mark.parametrize("death", DEATHS)
def test_a_reader_dead_on_its_first_page_leaves_the_pdf_to_pypdf(customers, monkeypatch,
                                                                   death):
    how, why = DEATHS[death]
    monkeypatch.setattr(pdf, "_pdfium_text", _die_on_page(1, how))
    fallback, read = pdf.pypdf_items, []
    monkeypatch.setattr(pdf, "pypdf_items", lambda *a: read.append(a) or fallback(*a))
    findings, errors = _scan(customers)
    assert errors == [("顧客一覧.pdf", f"{why}; read with pypdf instead")] and len(read) == 1
    assert {f[:2] for f in _expected()} <= {f[:2] for f in _people(findings)}


def test_a_pdf_without_fork_is_read_by_pypdf(customers, monkeypatch):
    monkeypatch.delattr(os, "fork")
    findings, errors = _scan(customers)
    assert errors == [] and {f[:2] for f in _expected()} <= {f[:2] for f in _people(findings)}


@pytest.mark.parametrize("page", [1, 2])
def test_a_reader_that_never_ends_is_stopped(customers, monkeypatch, page):
    """A PDF PDFium would loop on: the child is killed after its budget, the pages before are
    kept, and a hang before the first page is not handed to pypdf (it has no time limit)."""
    monkeypatch.setattr(pdf, "PDF_LIMITS", ChildLimits(silence_seconds=0.5, wait_seconds=1.0))
    monkeypatch.setattr(pdf, "_pdfium_text", _die_on_page(page, lambda: time.sleep(60)))
    started = time.monotonic()
    findings, errors = _scan(customers)
    assert time.monotonic() - started < 10
    assert _people(findings) == {f for f in _expected() if f[2] < page}
    assert errors == [("顧客一覧.pdf", f"pages {page}-3 of 3 unread: the PDF reader was silent "
                                       "for 0.5 s; stopped")]


def test_a_page_count_the_pdf_does_not_hold_is_not_tried_to_the_end(customers, tmp_path):
    """/Count 5,000 over 3 pages: PDFium trusts it; after 1,000 unreadable pages in a row the
    child stops, and the pages are two error records, not 4,997."""
    from pypdf.generic import NameObject, NumberObject

    writer = PdfWriter(clone_from=customers)
    writer.root_object["/Pages"][NameObject("/Count")] = NumberObject(5000)
    path = tmp_path / "lying.pdf"
    writer.write(path)
    findings, errors = _scan(path)
    assert _people(findings) == _expected()
    missing = ", ".join(map(str, range(4, 24)))
    assert errors == [
        ("lying.pdf", "pages 1004-5000 of 5000 unread: the 1000 pages before were unreadable"),
        ("lying.pdf", f"1000 of 5000 pages unreadable (Failed to load page.): {missing} ..."),
    ]


def test_a_reader_dead_after_its_last_page_keeps_every_page(customers, monkeypatch):
    real = pdf._pdfium_messages

    def dying(path, display):
        yield from real(path, display)
        _kill()  # in closing the document, say

    monkeypatch.setattr(pdf, "_pdfium_messages", dying)
    findings, errors = _scan(customers)
    assert _people(findings) == set(_expected())
    assert errors == [("顧客一覧.pdf", f"{DEATHS['killed'][1]} after its last page; every page "
                                       "was read")]


def test_a_form_keeps_its_values_when_its_first_page_hangs(tmp_path, monkeypatch):
    sys.path.insert(0, str(Path(__file__).parent / "extract"))
    from test_extract_office import _form_pdf

    path = tmp_path / "申込書.pdf"
    _form_pdf(path)
    monkeypatch.setattr(pdf, "PDF_LIMITS", ChildLimits(silence_seconds=0.5, wait_seconds=1.0))
    monkeypatch.setattr(pdf, "_pdfium_text", _die_on_page(1, lambda: time.sleep(60)))
    findings, errors = _scan(path)
    assert ("person_name", "山田太郎") in {(f.category, f.value) for f in findings}
    assert errors == [("申込書.pdf", "page 1 of 1 unread: the PDF reader was silent for 0.5 s; "
                                    "stopped")]
