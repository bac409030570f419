"""OpenDocument spreadsheets and text: written by hand (content.xml in a zip)."""

from __future__ import annotations

import zipfile

NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
)


def _odf(path, mimetype: str, body: str) -> None:
    content = f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NS}>' \
        f"<office:body>{body}</office:body></office:document-content>"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", mimetype)
        archive.writestr("content.xml", content)


def _row(*cells: str, repeat: int = 1) -> str:
    xml = "".join(
        f"<table:table-cell><text:p>{c}</text:p></table:table-cell>" if c else
        "<table:table-cell/>" for c in cells
    )
    padding = '<table:table-cell table:number-columns-repeated="16380"/>'
    head = f'<table:table-row table:number-rows-repeated="{repeat}">'
    return f"{head}{xml}{padding}</table:table-row>"


def test_ods_sheets_header_and_repeats(tmp_path, run):
    sheet = (
        '<table:table table:name="顧客">'
        + _row("顧客一覧")
        + _row("氏名", "電話")
        + _row("山田太郎", "090-1234-5678")
        + _row("", "", repeat=1048000)
        + _row("最終行", "03-0000-0000")
        + "</table:table>"
        '<table:table table:name="Sheet2">'
        '<table:table-row><table:table-cell office:value-type="float" office:value="42"/>'
        '<table:table-cell office:value-type="date" office:date-value="1985-01-02"/>'
        "</table:table-row></table:table>"
    )
    path = tmp_path / "list.ods"
    spreadsheet = f"<office:spreadsheet>{sheet}</office:spreadsheet>"
    _odf(path, "application/vnd.oasis.opendocument.spreadsheet", spreadsheet)
    result = run(path)
    assert result.errors == []
    first = [(u.location["row"], u.label, u.text) for u in result.units
             if u.location["sheet"] == "顧客"]
    assert first[:3] == [
        (1, None, "顧客一覧"), (3, "氏名", "山田太郎"), (3, "電話", "090-1234-5678"),
    ]
    assert first[3][1:] == ("氏名", "最終行")  # numbered after a capped run of empty rows
    assert [u.text for u in result.units if u.location["sheet"] == "Sheet2"] == ["42", "1985-01-02"]


def test_odt_paragraphs_and_table(tmp_path, run):
    body = (
        "<office:text><text:h>ご案内</text:h><text:p>山田<text:span>太郎</text:span>様</text:p>"
        "<table:table><table:table-row><table:table-cell><text:p>氏名</text:p></table:table-cell>"
        "<table:table-cell><text:p>メール</text:p></table:table-cell></table:table-row>"
        "<table:table-row><table:table-cell><text:p>鈴木</text:p></table:table-cell>"
        "<table:table-cell><text:p>s@example.jp</text:p></table:table-cell></table:table-row>"
        "</table:table><text:p>以上</text:p></office:text>"
    )
    path = tmp_path / "letter.odt"
    _odf(path, "application/vnd.oasis.opendocument.text", body)
    result = run(path)
    assert result.errors == []
    assert result.units[0].text == "ご案内\n山田太郎様\n以上"
    assert [(u.label, u.text) for u in result.units[1:]] == [
        ("氏名", "鈴木"), ("メール", "s@example.jp"),
    ]


def test_odf_with_an_entity_bomb_is_refused(tmp_path, run):
    path = tmp_path / "bomb.odt"
    content = (
        '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa">'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        f"<office:document-content {NS}><office:body><office:text>"
        "<text:p>&b;</text:p></office:text></office:body></office:document-content>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", content)
    result = run(path)
    assert result.units == []
    assert result.errors[0].path == "bomb.odt" and "Entities" in result.errors[0].message
