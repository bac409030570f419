"""Excel, Word, PowerPoint and PDF, including corrupt, truncated and text-less files."""

from __future__ import annotations

import datetime
import io
import zipfile

import docx
import openpyxl
import pptx
from pptx.util import Inches
from pypdf import PdfWriter

from leakscope.pii.extract import ArchiveLimits, locate


def _hr_workbook(fake) -> openpyxl.Workbook:
    book = openpyxl.Workbook()
    staff = book.active
    staff.title = "社員"
    staff.append(["社員名簿 2024年度"])
    staff.append([])
    staff.append(["氏名", "生年月日", "マイナンバー", "電話"])
    for _ in range(5):
        staff.append([fake.name(), datetime.date(1985, 1, 2), 123456789018, 9012345678.0])
    bank = book.create_sheet("口座")
    bank.append(["氏名", "銀行", "口座番号"])
    bank.append(["佐藤花子", "みずほ銀行", "1234567"])
    return book


def test_xlsx_header_below_a_title_labels_each_row(tmp_path, run, fake):
    path = tmp_path / "hr.xlsx"
    _hr_workbook(fake).save(path)
    result = run(path)
    assert result.errors == []
    title = result.units[0]
    assert (title.text, title.label) == ("社員名簿 2024年度", None)
    row = [u for u in result.units if u.location.get("row") == 4 and u.location["sheet"] == "社員"]
    assert [(u.label, u.text) for u in row][1:] == [
        ("生年月日", "1985-01-02"),
        ("マイナンバー", "123456789018"),
        ("電話", "9012345678"),
    ]
    assert len({u.record for u in row}) == 1
    bank = [u for u in result.units if u.location["sheet"] == "口座"]
    assert [(u.label, u.text) for u in bank][2] == ("口座番号", "1234567")


def test_a_corrupt_sheet_does_not_lose_the_other(tmp_path, run, fake):
    good = io.BytesIO()
    _hr_workbook(fake).save(good)
    path = tmp_path / "half-broken.xlsx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(path, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "xl/worksheets/sheet2.xml":
                data = data[: len(data) // 2]  # cut in the middle of the XML
            target.writestr(info, data)
    result = run(path)
    assert "みずほ銀行" not in result.texts()
    assert sum(1 for u in result.units if u.location["sheet"] == "社員") >= 20
    assert len(result.errors) == 1
    assert result.errors[0].path == "half-broken.xlsx"
    assert "口座" in result.errors[0].message


def test_a_truncated_xlsx_is_an_error_naming_the_file(tmp_path, run, fake):
    whole = io.BytesIO()
    _hr_workbook(fake).save(whole)
    path = tmp_path / "cut.xlsx"
    path.write_bytes(whole.getvalue()[:1500])
    result = run(path)
    assert all("part" in unit.location for unit in result.units)  # its XML parts' text only
    assert {error.path for error in result.errors} == {"cut.xlsx"}
    assert "no zip directory" in result.errors[0].message  # what the cut left is still read
    assert "corrupt or unreadable xlsx" in result.messages()


def test_a_corrupt_xls_is_an_error(tmp_path, run):
    path = tmp_path / "old.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    result = run(path)
    assert result.units == [] and "xls" in result.messages()


def test_docx_prose_tables_and_header(tmp_path, run):
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "株式会社テスト 人事部"
    document.add_paragraph("山田太郎様")
    document.add_paragraph("ご住所: 東京都千代田区千代田1-1")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "氏名", "メール"
    table.cell(1, 0).text, table.cell(1, 1).text = "鈴木一郎", "ichiro@example.jp"
    path = tmp_path / "letter.docx"
    document.save(path)
    result = run(path)
    body = next(u for u in result.units if u.location.get("part") == "body")
    start = body.text.index("東京都")
    assert locate(body, start)["paragraph"] == 2
    cells = [(u.label, u.text, u.record) for u in result.units if "table" in u.location]
    assert cells == [
        ("氏名", "鈴木一郎", "letter.docx#table1!row2"),
        ("メール", "ichiro@example.jp", "letter.docx#table1!row2"),
    ]
    assert any("人事部" in u.text for u in result.units if u.location.get("part") == "header 1")


def test_pptx_text_notes_and_table(tmp_path, run):
    presentation = pptx.Presentation()
    slide = presentation.slides.add_slide(presentation.slide_layouts[5])
    slide.shapes.title.text = "漏えい顧客 一覧"
    shape = slide.shapes.add_table(2, 2, Inches(1), Inches(2), Inches(6), Inches(1))
    cells = shape.table
    cells.cell(0, 0).text, cells.cell(0, 1).text = "氏名", "電話"
    cells.cell(1, 0).text, cells.cell(1, 1).text = "高橋 健", "03-5555-1234"
    slide.notes_slide.notes_text_frame.text = "担当: hanako@example.jp"
    path = tmp_path / "deck.pptx"
    presentation.save(path)
    result = run(path)
    prose = next(u for u in result.units if "line" in u.location)
    assert "漏えい顧客" in prose.text and "hanako@example.jp" in prose.text
    assert [(u.label, u.text) for u in result.units if "table" in u.location] == [
        ("氏名", "高橋 健"),
        ("電話", "03-5555-1234"),
    ]


def minimal_pdf(content: bytes) -> bytes:
    """A one-page PDF written by hand: `content` is the page's content stream."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return out


def test_pdf_text_layer_per_page(tmp_path, run):
    path = tmp_path / "invoice.pdf"
    path.write_bytes(minimal_pdf(b"BT /F1 12 Tf 72 720 Td (Taro Yamada taro@example.jp) Tj ET"))
    result = run(path)
    assert result.errors == []
    (unit,) = result.units
    assert "taro@example.jp" in unit.text and unit.location["page"] == 1


def test_pdf_without_text_layer_is_reported(tmp_path, run):
    path = tmp_path / "scan.pdf"
    path.write_bytes(minimal_pdf(b"0 0 1 rg 72 72 400 600 re f"))
    result = run(path)
    assert result.units == []
    assert result.errors[0].path == "scan.pdf"
    assert "no text layer (scanned image?)" in result.errors[0].message


def test_encrypted_and_corrupt_pdfs_are_errors(tmp_path, run):
    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    writer.encrypt("secret", algorithm="RC4-128")
    locked = tmp_path / "locked.pdf"
    with locked.open("wb") as handle:
        writer.write(handle)
    assert "encrypted PDF" in run(locked).messages()
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 9 0 R >> garbage")
    result = run(broken)
    assert result.units == [] and result.errors[0].path == "broken.pdf"


def test_legacy_xls_sheets_and_header(tmp_path, run, make_xls):
    path = tmp_path / "old.xls"
    path.write_bytes(make_xls({
        "社員": [["社員名簿"], [], ["氏名", "電話"], ["山田太郎", 9012345678]],
        "口座": [["name", "account"], ["Hanako Sato", "1234567"]],
    }))
    result = run(path)
    assert result.errors == []
    assert [(u.location["sheet"], u.label, u.text) for u in result.units] == [
        ("社員", None, "社員名簿"),
        ("社員", "氏名", "山田太郎"),
        ("社員", "電話", "9012345678"),
        ("口座", "name", "Hanako Sato"),
        ("口座", "account", "1234567"),
    ]
    assert result.units[1].record == "old.xls#社員!row4"


def test_an_xlsx_that_is_a_zip_bomb_is_refused_before_parsing(tmp_path, run, fake):
    good = io.BytesIO()
    _hr_workbook(fake).save(good)
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            out.writestr(info.filename, source.read(info))
        out.writestr("xl/media/padding.bin", bytes(20 << 20))
    result = run(path, limits=ArchiveLimits(ratio_floor_bytes=1 << 20))
    assert result.units == []
    assert "zip bomb suspected" in result.messages() and "padding.bin" in result.messages()


def test_legacy_word_document_gives_its_utf16_text(tmp_path, run):
    from legacy_office import compound_file

    text = "山田太郎様\r電話 090-1234-5678\rメール taro@example.jp\r".encode("utf-16-le")
    path = tmp_path / "old.doc"
    path.write_bytes(compound_file({"WordDocument": bytes(range(1, 201)) + text + bytes(300)}))
    result = run(path)
    assert "legacy Office binary format" in result.messages()
    assert any("山田太郎様" in t and "090-1234-5678" in t for t in result.texts())


def test_docx_text_boxes_are_read_once(tmp_path, run):
    from docx.oxml import parse_xml

    document = docx.Document()
    document.add_paragraph("本文")
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    mc = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    box = (
        f'<w:txbxContent xmlns:w="{w}"><w:p><w:r><w:t>〒100-0001 東京都千代田区1-1</w:t>'
        "</w:r></w:p><w:p><w:r><w:t>山田太郎 様</w:t></w:r></w:p></w:txbxContent>"
    )
    run_xml = parse_xml(
        f'<w:r xmlns:w="{w}" xmlns:mc="{mc}"><mc:AlternateContent>'
        f"<mc:Choice Requires=\"wps\"><w:drawing>{box}</w:drawing></mc:Choice>"
        f"<mc:Fallback><w:pict>{box}</w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )
    document.paragraphs[0]._p.append(run_xml)
    path = tmp_path / "label.docx"
    document.save(path)
    result = run(path)
    (boxes,) = [u for u in result.units if u.location.get("part") == "text boxes"]
    assert boxes.text == "〒100-0001 東京都千代田区1-1\n山田太郎 様"
    assert locate(boxes, boxes.text.index("山田"))["paragraph"] == 2


def test_password_protected_xlsx_says_so(tmp_path, run):
    from legacy_office import compound_file

    path = tmp_path / "給与.xlsx"  # Excel saves a protected workbook as an OLE file
    path.write_bytes(compound_file({"EncryptionInfo": b"\x04\x00\x04\x00" + bytes(60),
                                    "EncryptedPackage": bytes(600)}))
    (error,) = run(path).errors
    assert error.path == "給与.xlsx" and "password-protected" in error.message


def test_a_form_table_is_one_person_with_labelled_values(tmp_path, run):
    document = docx.Document()
    document.add_paragraph("入社申込書")
    cells = [
        ["氏名", "山田 太郎", "フリガナ", "ヤマダ タロウ"],
        ["生年月日", "1985年1月2日", "電話番号", "090-1234-5678"],
        ["住所", "東京都千代田区千代田1-1", "", ""],
        ["備考", "特になし", "", ""],
    ]
    table = document.add_table(rows=len(cells), cols=4)
    for r, row in enumerate(cells):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    path = tmp_path / "form.docx"
    document.save(path)
    units = [u for u in run(path).units if "table" in u.location]
    assert [(u.label, u.text) for u in units] == [
        ("氏名", "山田 太郎"),
        ("フリガナ", "ヤマダ タロウ"),
        ("生年月日", "1985年1月2日"),
        ("電話番号", "090-1234-5678"),
        ("住所", "東京都千代田区千代田1-1"),
        ("備考", "特になし"),  # (a word first on its row labels the value after it)
    ]
    assert {u.record for u in units} == {"form.docx#table1"}


def test_an_excel_form_sheet_is_one_person(tmp_path, run):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "申込書"
    sheet.append(["会員登録申込書"])
    sheet.append([])
    sheet.append(["氏名", None, None, "山田 太郎"])
    sheet.append(["生年月日", None, None, datetime.date(1985, 1, 2)])
    sheet.append(["電話番号", None, None, "090-1234-5678", "メール", "taro@example.jp"])
    path = tmp_path / "申込書.xlsx"
    book.save(path)
    units = run(path).units
    assert [(u.label, u.text) for u in units] == [
        (None, "会員登録申込書"),
        ("氏名", "山田 太郎"),
        ("生年月日", "1985-01-02"),
        ("電話番号", "090-1234-5678"),
        ("メール", "taro@example.jp"),
    ]
    assert {u.record for u in units} == {"申込書.xlsx#申込書"}
    assert units[1].location == {"sheet": "申込書", "row": 3, "field": "氏名"}


def test_japanese_rtf_gives_its_text(tmp_path, run):
    def escaped(text: str) -> str:
        return "".join(f"\\'{b:02x}" for b in text.encode("cp932"))

    rtf = (
        "{\\rtf1\\ansi\\ansicpg932\\deff0{\\fonttbl{\\f0\\fnil\\fcharset128 MS Mincho;}}"
        "{\\colortbl;\\red0\\green0\\blue0;}{\\*\\generator Riched20 10.0;}"
        "{\\info{\\author hidden@example.jp}}\\viewkind4\\uc1\\pard\\f0\\fs21 "
        + escaped("山田太郎様") + "\\par\n"
        + "\\uc2 \\u38651\\'93\\'64\\u35441\\'98\\'62 090-1234-5678\\par\n"
        "{\\pict\\pngblip 89504e470d0a1a0a}mail: taro@example.jp\\par}"
    )
    path = tmp_path / "letter.rtf"
    path.write_bytes(rtf.encode("ascii"))
    (unit,) = run(path).units
    assert unit.text == "山田太郎様\n電話 090-1234-5678\nmail: taro@example.jp\n"
    assert "hidden@example.jp" not in unit.text  # the info group is not body text


XFA_DATA = (b"<xfa:datasets xmlns:xfa='http://www.xfa.org/schema/xfa-data/1.0/'>"
            b"<xfa:data><form><mail>hanako@example.jp</mail></form></xfa:data></xfa:datasets>")


def _form_pdf(path, xfa_data: bytes = XFA_DATA) -> None:
    """A filled form: an AcroForm text field, XFA datasets and an open action with JavaScript."""
    from pypdf.generic import (
        ArrayObject,
        DecodedStreamObject,
        DictionaryObject,
        NameObject,
        NumberObject,
        TextStringObject,
    )

    writer = PdfWriter()
    page = writer.add_blank_page(300, 300)
    field = writer._add_object(DictionaryObject({
        NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/Widget"),
        NameObject("/FT"): NameObject("/Tx"), NameObject("/T"): TextStringObject("name1"),
        NameObject("/TU"): TextStringObject("氏名"),
        NameObject("/V"): TextStringObject("山田 太郎"),
        NameObject("/Rect"): ArrayObject([NumberObject(10)] * 4),
    }))
    page[NameObject("/Annots")] = ArrayObject([field])
    datasets = DecodedStreamObject()
    datasets.set_data(xfa_data)
    writer._root_object[NameObject("/AcroForm")] = writer._add_object(DictionaryObject({
        NameObject("/Fields"): ArrayObject([field]),
        NameObject("/XFA"): ArrayObject([TextStringObject("datasets"),
                                         writer._add_object(datasets)]),
    }))
    writer._root_object[NameObject("/OpenAction")] = writer._add_object(DictionaryObject({
        NameObject("/S"): NameObject("/JavaScript"),
        NameObject("/JS"): TextStringObject("app.alert('x');"),
    }))
    writer.write(path)


def test_pdf_form_field_and_xfa_values_are_scanned(tmp_path, run):
    path = tmp_path / "application.pdf"
    _form_pdf(path)
    result = run(path)
    values = {(u.label, u.text) for u in result.units}
    assert ("氏名", "山田 太郎") in values
    assert ("mail", "hanako@example.jp") in values


def test_pdf_xfa_with_an_entity_bomb_is_refused_and_the_fields_kept(tmp_path, run):
    bomb = (b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa">'
            b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><d>&b;</d>')
    path = tmp_path / "bomb.pdf"
    _form_pdf(path, bomb)
    result = run(path)
    assert ("氏名", "山田 太郎") in {(u.label, u.text) for u in result.units}
    assert [e.path for e in result.errors] == ["bomb.pdf"]
    assert "XFA form data unreadable" in result.messages()
