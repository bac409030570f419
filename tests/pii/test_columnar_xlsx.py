""".xlsx read by calamine and scanned column by column: the same findings as the row reader,
and workbooks calamine must not be trusted with go to openpyxl without taking the scan down."""

from __future__ import annotations

import datetime
import random
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest
from columnar_oracle import engine_reference, table_path
from corpus_gen import my_number
from faker import Faker

from leakscope import pii
from leakscope.pii.extract.base import cell_text
from leakscope.pii.extract.spreadsheet import _openpyxl_worksheets, calamine_worksheets
from leakscope.pii.extract.xlsx_guard import calamine_refusal

NOTES = ["山田 太郎様より電話 090-1111-2222", "病歴: 糖尿病", "", "  ", "マイナンバー 123456789018",
         "tel 03-1234-5678", "東京都千代田区1-1", "Taro@Example.JP", None]


def _hr_workbook(path: Path, rows: int = 260, seed: int = 7) -> Path:
    """An HR ledger: title rows, a header, dates and numbers as Excel stores them; a form
    sheet; a list without a header that starts at C5; a hidden sheet."""
    fake, rng = Faker("ja_JP"), random.Random(seed)
    fake.seed_instance(seed)
    book = openpyxl.Workbook()
    staff = book.active
    staff.title = "社員名簿"
    staff.append(["社員名簿"])
    staff.append(["2024年4月1日現在"])
    staff.append(["社員番号", "氏名", "フリガナ", "生年月日", "電話番号", "マイナンバー", "住所",
                  "メール", "口座番号", "備考"])
    for i in range(rows):
        phone = fake.phone_number()
        staff.append([
            1000 + i, fake.name(), fake.kana_name(), fake.date_of_birth(),
            int(phone.replace("-", "")) if i % 3 == 0 else phone,
            int(my_number(rng)) if i % 2 else my_number(rng), fake.address(), fake.email(),
            f"{rng.randint(0, 9999999):07d}", rng.choice(NOTES)])
        staff.cell(row=staff.max_row, column=4).number_format = 'yyyy"年"m"月"d"日"'
    form = book.create_sheet("申込書")
    for label, value in (("氏名", "佐藤 花子"), ("住所", "大阪府大阪市北区梅田1-2-3"),
                         ("電話番号", "06-1234-5678"), ("生年月日", datetime.date(1980, 5, 6))):
        form.append([label, value])
    loose = book.create_sheet("no header")
    for i in range(230):
        loose.cell(row=5 + i, column=3, value=fake.name())
        loose.cell(row=5 + i, column=4, value=fake.phone_number())
        loose.cell(row=5 + i, column=5, value=fake.email() if i % 4 else 3.5)
    hidden = book.create_sheet("hidden")
    hidden.sheet_state = "hidden"
    hidden.append(["メール"])
    hidden.append(["hidden@example.jp"])
    book.save(path)
    return path


def _cells(sheets) -> dict:
    return {title: {(r, c): cell_text(v) for r, row in enumerate(rows)
                    for c, v in enumerate(row) if cell_text(v)}
            for title, rows in sheets}


def test_calamine_reads_what_openpyxl_reads(tmp_path):
    path = _hr_workbook(tmp_path / "hr.xlsx")
    assert calamine_refusal(path) is None
    assert _cells(calamine_worksheets(path)) == _cells(_openpyxl_worksheets(path))


def test_a_workbook_equals_the_row_reader(tmp_path):
    path = _hr_workbook(tmp_path / "hr.xlsx")
    found, errors, tables = table_path(path)
    assert {t.base["sheet"] for t in tables} == {"社員名簿"}  # the only list with a header
    assert (found, errors) == engine_reference(path)
    assert {f[1] for f in found} >= {"person_name", "address", "email_address", "phone_number",
                                     "my_number", "date_of_birth", "sensitive"}
    assert ("email_address", "hidden@example.jp") in {(f[1], f[2]) for f in found}
    rows = {dict(f[3])["row"] for f in found if dict(f[3])["sheet"] == "社員名簿"}
    assert min(rows) == 4 and max(rows) == 263  # rows as Excel numbers them


def _run_scan(path: Path, guarded: bool = True) -> subprocess.CompletedProcess:
    """A scan in a child: if calamine were handed the workbook it would abort that process
    (``guarded=False``: the guard switched off, what calamine's own child process is for)."""
    unguard = ("import leakscope.pii.extract.spreadsheet as s, "
               "leakscope.pii.columnar.sheet_scan as t\n"
               "s.calamine_refusal = t.calamine_refusal = lambda path: None\n")
    code = ("import sys; from leakscope import pii\n" + ("" if guarded else unguard)
            + "for item in pii.scan([sys.argv[1]], workers=1):\n"
            "    print(type(item).__name__, getattr(item, 'category', ''), "
            "getattr(item, 'message', ''))\n")
    return subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True,
                          text=True, timeout=120)


def test_a_sheet_with_an_absurd_used_range_is_read_by_openpyxl(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet["A1"], sheet["A2"], sheet["XFD1048576"] = "電話番号", "090-1234-5678", "x"
    path = tmp_path / "far.xlsx"
    book.save(path)
    assert "used range of 17,179,869,184 cells" in calamine_refusal(path)
    run = _run_scan(path)
    assert run.returncode == 0, run.stderr
    assert "Finding phone_number" in run.stdout


def _rewrite(source: Path, target: Path, part: str, change) -> Path:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            data = old.read(info)
            new.writestr(info.filename, change(data) if info.filename == part else data)
    return target


def _small_book(path: Path) -> Path:
    book = openpyxl.Workbook()
    book.active.append(["メール"])
    book.active.append(["someone@example.jp"])
    book.save(path)
    return path


def test_cells_without_a_reference_are_read_by_openpyxl(tmp_path):
    source = _small_book(tmp_path / "plain.xlsx")
    path = _rewrite(source, tmp_path / "norefs.xlsx", "xl/worksheets/sheet1.xml",
                    lambda xml: xml.replace(b' r="A2"', b"").replace(b' r="A1"', b""))
    assert "cells without a reference" in calamine_refusal(path)
    run = _run_scan(path)
    assert run.returncode == 0, run.stderr
    assert "Finding email_address" in run.stdout


def test_a_part_that_inflates_past_its_declared_size_is_refused(tmp_path):
    path = _small_book(tmp_path / "liar.xlsx")
    data = bytearray(path.read_bytes())
    name = b"xl/worksheets/sheet1.xml"
    for at in range(len(data)):  # the declared size, in the local and the central header
        if data.startswith(name, at):
            if data[at - 30:at - 26] == b"PK\x03\x04":
                data[at - 8:at - 4] = (40).to_bytes(4, "little")
            elif data[at - 46:at - 42] == b"PK\x01\x02":
                data[at - 22:at - 18] = (40).to_bytes(4, "little")
    path.write_bytes(bytes(data))
    assert "inflates past its declared 40 bytes" in calamine_refusal(path)
    run = _run_scan(path)
    assert run.returncode == 0, run.stderr
    assert "ScanError" in run.stdout and "liar.xlsx" not in run.stderr


@pytest.mark.parametrize("cut", [0.3, 0.9])
def test_a_truncated_workbook_is_an_error_and_the_scan_goes_on(tmp_path, cut):
    whole = _hr_workbook(tmp_path / "whole.xlsx", rows=210).read_bytes()
    scanned = tmp_path / "scanned"
    scanned.mkdir()
    (scanned / "a_broken.xlsx").write_bytes(whole[: int(len(whole) * cut)])
    (scanned / "b.csv").write_text("氏名,メール\n山田太郎,taro@example.jp\n", encoding="utf-8")
    items = list(pii.scan([scanned], workers=1))
    assert {e.path for e in items if isinstance(e, pii.ScanError)} == {"a_broken.xlsx"}
    assert ("b.csv", "email_address", "taro@example.jp") in {
        (f.path, f.category, f.value) for f in items if isinstance(f, pii.Finding)}


_SHARED = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.'
           'openxmlformats.org/spreadsheetml/2006/main"><si><t>氏名</t></si><si><t>電話番号</t>'
           '</si><si><t>山田太郎</t><rPh sb="0" eb="2"><t>ヤマダ</t></rPh><rPh sb="2" eb="4">'
           '<t>タロウ</t></rPh><phoneticPr fontId="1"/></si><si><r><t>佐藤</t></r><r><rPr><b/>'
           '</rPr><t>花子</t></r><rPh sb="0" eb="2"><t>サトウ</t></rPh></si></sst>')
_CELLS = ('<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'
          '<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" t="e"><v>#N/A</v></c></row>'
          '<row r="3"><c r="A3" t="s"><v>3</v></c><c r="B3" t="str"><f>A3</f>'
          '<v>090-1111-2222</v></c></row></sheetData>')


def test_phonetic_guides_and_error_cells_as_excel_writes_them(tmp_path):
    """Excel keeps the ふりがな typed with a name beside it in the shared strings: it is not
    part of the name. Error cells hold no PII (openpyxl gives #N/A, calamine nothing)."""
    source = _small_book(tmp_path / "plain.xlsx")
    path = tmp_path / "excel.xlsx"
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            data = old.read(info).decode()
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data[:data.index("<sheetData>")] + _CELLS \
                    + data[data.index("</sheetData>") + len("</sheetData>"):]
            elif info.filename == "[Content_Types].xml":
                data = data.replace("</Types>", '<Override PartName="/xl/sharedStrings.xml" '
                                    'ContentType="application/vnd.openxmlformats-officedocument.'
                                    'spreadsheetml.sharedStrings+xml"/></Types>')
            elif info.filename == "xl/_rels/workbook.xml.rels":
                data = data.replace("</Relationships>", '<Relationship Id="rIdS" Type="http://'
                                    'schemas.openxmlformats.org/officeDocument/2006/'
                                    'relationships/sharedStrings" Target="sharedStrings.xml"/>'
                                    "</Relationships>")
            new.writestr(info.filename, data)
        new.writestr("xl/sharedStrings.xml", _SHARED)
    assert calamine_refusal(path) is None
    texts = [[cell_text(v) for v in row] for _, rows in calamine_worksheets(path) for row in rows]
    assert texts == [["氏名", "電話番号"], ["山田太郎", ""], ["佐藤花子", "090-1111-2222"]]
    openpyxl_texts = [[cell_text(v) for v in row] for _, rows in _openpyxl_worksheets(path)
                      for row in rows]
    assert openpyxl_texts == [["氏名", "電話番号"], ["山田太郎", "#N/A"],
                              ["佐藤花子", "090-1111-2222"]]
    found = {(f.category, f.value) for f in pii.scan([path])}
    assert {("person_name", "山田太郎"), ("person_name", "佐藤花子"),
            ("phone_number", "09011112222")} <= found


_FAR = ' t="inlineStr"><is><t>x</t></is>'


@pytest.mark.parametrize(("name", "part", "change"), [
    ("second reference", "xl/worksheets/sheet1.xml",  # calamine takes the last r
     lambda xml: xml.replace(b'<c r="A2"', b'<c r="A2" r="XFD1048576"')),
    ("prefix not ASCII", "xl/worksheets/sheet1.xml",  # quick-xml's local name is still c
     lambda xml: xml.replace(b"</row>", f'<ñ:c r="XFD1048576"{_FAR}</ñ:c></row>'.encode(), 1)),
    ("quoted '>' before r", "xl/worksheets/sheet1.xml",
     lambda xml: xml.replace(b'<c r="A2"', b'<c r="A2" x=">" r="XFD1048576"')),
    ("shared strings claimed", "xl/sharedStrings.xml",  # calamine reserves them at open
     lambda _: b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
               b'uniqueCount="99999999999"><si><t>x</t></si></sst>'),
])
def test_what_would_abort_calamine_is_refused(tmp_path, name, part, change):
    source = _small_book(tmp_path / "plain.xlsx")
    if part == "xl/sharedStrings.xml":
        with zipfile.ZipFile(source, "a") as book:
            book.writestr(part, b"<sst/>")
    path = _rewrite(source, tmp_path / "hostile.xlsx", part, change)
    assert calamine_refusal(path) is not None, name
    run = _run_scan(path)
    assert run.returncode == 0, run.stderr[-400:]


def test_prefixed_cells_and_attributes_in_any_order_are_read_by_calamine(tmp_path):
    source = _small_book(tmp_path / "plain.xlsx")
    path = _rewrite(source, tmp_path / "prefixed.xlsx", "xl/worksheets/sheet1.xml",
                    lambda xml: xml.replace(b"<c ", b"<x:c ").replace(b"</c>", b"</x:c>")
                    .replace(b'r="A2" t="inlineStr"', b't="inlineStr" r="A2"'))
    assert calamine_refusal(path) is None
    assert _cells(calamine_worksheets(path)) == {"Sheet": {(0, 0): "メール",
                                                           (1, 0): "someone@example.jp"}}


def test_a_workbook_hidden_in_the_zip_comment_is_refused(tmp_path):
    """zipfile reads the benign workbook whose end record closes the file; the Rust zip crate
    passes over an end record on 'disk 1' and reads the hostile one that holds it as comment."""
    hostile = bytearray(_rewrite(
        _small_book(tmp_path / "plain.xlsx"), tmp_path / "far.xlsx", "xl/worksheets/sheet1.xml",
        lambda xml: xml.replace(b"</row>", f'<c r="XFD1048576"{_FAR}</c></row>'.encode(), 1))
        .read_bytes())
    benign = bytearray(_small_book(tmp_path / "benign.xlsx").read_bytes())
    benign[-18:-16] = (1).to_bytes(2, "little")  # its end record's disk number
    hostile[-2:] = len(benign).to_bytes(2, "little")  # the comment holds the benign workbook
    path = tmp_path / "hidden.xlsx"
    path.write_bytes(bytes(hostile + benign))
    assert zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml").count(b"<c ") == 2
    assert "end record" in calamine_refusal(path)
    run = _run_scan(path)
    assert run.returncode == 0, run.stderr[-400:]


_ODS_CONTENT = (
    '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:'
    'tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet><table:table table:name='
    '"S"><table:table-row><table:table-cell office:value-type="string"><text:p>ods@example.jp'
    "</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet>"
    "</office:body></office:document-content>")


@pytest.mark.parametrize("suffix", [".ods", ".xlsb", ".XLSX", ""])
def test_the_workbook_the_guard_checked_is_the_one_read_whatever_its_name(tmp_path, suffix):
    """calamine picks its reader by the file's suffix: a workbook named .ods that also holds an
    OpenDocument sheet must not be read as that (unguarded) sheet, nor a good one go unread."""
    path = tmp_path / f"book{suffix}"
    with zipfile.ZipFile(_small_book(tmp_path / "plain.xlsx")) as old, \
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as new:
        new.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        new.writestr("content.xml", _ODS_CONTENT)
        for info in old.infolist():
            new.writestr(info, old.read(info))
    run = _run_scan(path)
    assert run.returncode == 0, run.stderr[-400:]
    assert "someone@example.jp" not in run.stdout  # masked; the category says it was read
    assert "Finding email_address" in run.stdout and "ScanError" not in run.stdout
    code = ("import sys; from pathlib import Path\n"
            "from leakscope.pii.extract.spreadsheet import calamine_worksheets\n"
            "print([list(rows) for _, rows in calamine_worksheets(Path(sys.argv[1]))])")
    read = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True,
                          text=True, timeout=120)
    assert "someone@example.jp" in read.stdout and "ods@" not in read.stdout, read.stderr[-400:]


def test_the_guard_holds_a_used_range_not_every_row(tmp_path, monkeypatch):
    """A tall sheet is checked piece by piece; what is kept between pieces is its bounds."""
    import tracemalloc

    from leakscope.pii.extract import xlsx_guard

    monkeypatch.setattr(xlsx_guard, "_CHUNK", 1 << 12)
    monkeypatch.setattr(xlsx_guard, "_PIECE", 1 << 16)
    sheet = "".join(f'<row r="{r}"><c r="A{r}"><v>{r}</v></c></row>' for r in range(1, 120_001))
    path = _rewrite(_small_book(tmp_path / "plain.xlsx"), tmp_path / "tall.xlsx",
                    "xl/worksheets/sheet1.xml",
                    lambda xml: xml[:xml.index(b"<sheetData>") + 11] + sheet.encode()
                    + xml[xml.index(b"</sheetData>"):])
    tracemalloc.start()
    try:
        assert calamine_refusal(path) is None
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 2 << 20, f"{peak:,} bytes"


@pytest.mark.parametrize("rows", [5, 400])  # cell by cell, and the table path
def test_calamine_aborting_ends_its_child_not_the_scan(tmp_path, rows):
    """Were the guard to miss a workbook, calamine aborts in its child process: the sheets
    read before stay found, the rest is an error naming why, the scan goes on."""
    book = openpyxl.Workbook()
    first = book.active
    first.title = "名簿"
    first.append(["氏名", "電話番号"])
    for i in range(rows):
        first.append(["山田太郎", f"090-{1000 + i:04d}-5678"])
    far = book.create_sheet("罠")
    far["A1"], far["XFD1048576"] = "x", "y"
    path = tmp_path / "trap.xlsx"
    book.save(path)
    assert "used range" in calamine_refusal(path)
    run = _run_scan(path, guarded=False)
    assert run.returncode == 0, run.stderr
    assert run.stdout.count("Finding phone_number") == rows
    assert "the workbook reader ended (SIGABRT" in run.stdout


def test_a_workbook_calamine_dies_on_at_once_is_read_by_openpyxl(tmp_path):
    book = openpyxl.Workbook()
    book.active["A1"], book.active["A2"] = "電話番号", "090-1234-5678"
    book.active["XFD1048576"] = "x"
    path = tmp_path / "far.xlsx"
    book.save(path)
    run = _run_scan(path, guarded=False)
    assert run.returncode == 0, run.stderr
    assert "Finding phone_number" in run.stdout and "Error" not in run.stdout
