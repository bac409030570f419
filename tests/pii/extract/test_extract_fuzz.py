"""Every format, cut short and with bytes flipped: never an exception, always items.

A scan of a leaked share meets broken files; whatever an extractor or its library does with
them, `extract` must come back with units and `ExtractError`s naming the file.
"""

from __future__ import annotations

import gzip
import io
import json
import random
import sqlite3
import tarfile
import zipfile
from email.message import EmailMessage

import docx
import openpyxl
import pptx
import pytest
from legacy_office import msg_file, xls_file

from leakscope.pii.extract import extract
from leakscope.pii.units import ExtractError, TextUnit

CSV = "氏名,メール\n山田太郎,taro@example.jp\n佐藤花子,hanako@example.jp\n"


def _xlsx() -> bytes:
    book = openpyxl.Workbook()
    for row in (["氏名", "メール"], ["山田太郎", "taro@example.jp"]):
        book.active.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _docx() -> bytes:
    document = docx.Document()
    document.add_paragraph("山田太郎様 taro@example.jp")
    document.add_table(rows=2, cols=2).cell(1, 1).text = "hanako@example.jp"
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _pptx() -> bytes:
    presentation = pptx.Presentation()
    slide = presentation.slides.add_slide(presentation.slide_layouts[1])
    slide.shapes.title.text = "顧客 taro@example.jp"
    buffer = io.BytesIO()
    presentation.save(buffer)
    return buffer.getvalue()


def _pdf() -> bytes:
    from test_extract_office import minimal_pdf

    return minimal_pdf(b"BT /F1 12 Tf 72 720 Td (Taro taro@example.jp) Tj ET")


def _eml() -> bytes:
    message = EmailMessage()
    message["From"] = "taro@example.jp"
    message.set_content("本文 090-1234-5678")
    message.add_attachment(CSV.encode(), maintype="text", subtype="csv", filename="a.csv")
    return bytes(message)


def _sqlite(tmp_path) -> bytes:
    path = tmp_path / "seed.db"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE t (name TEXT, email TEXT)")
    connection.executemany("INSERT INTO t VALUES (?, ?)", [("山田", "taro@example.jp")] * 50)
    connection.commit()
    connection.close()
    return path.read_bytes()


def _tar_gz() -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
        info = tarfile.TarInfo("x/list.csv")
        info.size = len(CSV.encode())
        archive.addfile(info, io.BytesIO(CSV.encode()))
    return buffer.getvalue()


def _zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("list.csv", CSV)
        archive.writestr("hr.xlsx", _xlsx())
    return buffer.getvalue()


def _ods(tmp_path) -> bytes:
    from test_extract_odf import _odf, _row

    path = tmp_path / "seed.ods"
    rows = _row("氏名", "メール") + _row("山田", "t@x.jp")
    sheet = f'<table:table table:name="s">{rows}</table:table>'
    _odf(path, "application/vnd.oasis.opendocument.spreadsheet",
         f"<office:spreadsheet>{sheet}</office:spreadsheet>")
    return path.read_bytes()


def _winmail() -> bytes:
    from test_extract_mail import _tnef

    return _tnef("本文 090-1234-5678".encode("cp932"), {"a.csv": CSV.encode()})


def samples(tmp_path) -> dict[str, bytes]:
    return {
        "list.ods": _ods(tmp_path),
        "list.csv": CSV.encode("cp932"),
        "hr.xlsx": _xlsx(),
        "letter.docx": _docx(),
        "deck.pptx": _pptx(),
        "scan.pdf": _pdf(),
        "mail.eml": _eml(),
        "box.mbox": b"From a@b Mon Jan  1 00:00:00 2024\n" + _eml(),
        "data.json": json.dumps([{"email": "taro@example.jp"}] * 20).encode(),
        "log.jsonl": b'{"email": "taro@example.jp"}\n' * 20,
        "dump.sql": b"CREATE TABLE t (\n  name text,\n  email text\n);\n"
        b"INSERT INTO t VALUES ('a','taro@example.jp'),('b','x@y.jp');\n",
        "app.db": _sqlite(tmp_path),
        "share.zip": _zip(),
        "backup.tar.gz": _tar_gz(),
        "list.csv.gz": gzip.compress(CSV.encode()),
        "old.xls": xls_file({"s": [["氏名"], ["山田"]]}),
        "winmail.dat": _winmail(),
        "letter.rtf": b"{\\rtf1\\ansi\\ansicpg932{\\fonttbl{\\f0 x;}}\\pard "
        + "".join(f"\\'{b:02x}" for b in "山田様".encode("cp932")).encode()
        + b" taro@example.jp\\par}",
        "note.msg": msg_file("件名", "taro@example.jp", "h@x.jp", "本文", {"a.csv": CSV.encode()}),
    }


def _variants(data: bytes, seed: int) -> list[bytes]:
    rng = random.Random(seed)
    cuts = [data[: len(data) * share // 10] for share in (1, 5, 9)]
    flips = []
    for _ in range(3):
        mutated = bytearray(data)
        for _ in range(max(1, len(data) // 200)):
            mutated[rng.randrange(len(mutated))] = rng.randrange(256)
        flips.append(bytes(mutated))
    return cuts + flips


def test_every_sample_reads_cleanly(tmp_path):
    for name, data in samples(tmp_path).items():
        path = tmp_path / name
        path.write_bytes(data)
        items = list(extract(path, name))
        assert not [i for i in items if isinstance(i, ExtractError)], (name, items)
        assert any(isinstance(i, TextUnit) for i in items), name


@pytest.mark.parametrize("seed", [1, 2])
def test_broken_variants_never_raise(tmp_path, seed):
    for name, data in samples(tmp_path).items():
        for number, variant in enumerate(_variants(data, seed)):
            path = tmp_path / f"v{number}-{name}"
            path.write_bytes(variant)
            items = list(extract(path, path.name))  # must not raise
            for item in items:
                assert isinstance(item, TextUnit | ExtractError)
                assert item.path.startswith(path.name)
