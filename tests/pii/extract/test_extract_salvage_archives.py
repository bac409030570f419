"""Damaged archives, Office and OLE files found by mutating good ones: what is still readable
is still found (the rest of test_extract_salvage's cases: containers and the scanned folder).
"""

from __future__ import annotations

import io
import os
import re
import struct
import zipfile
import zlib

from salvage_scan import CSV, scan


def _zip(members: dict[str, str], streamed: bool = False) -> bytes:
    """A zip of text members; ``streamed``: written as to a pipe (sizes after each member,
    in data descriptors, as `zip -` and many web exports write)."""
    buffer = io.BytesIO()
    target = _Unseekable(buffer) if streamed else buffer
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in members.items():
            archive.writestr(name, text)
    return buffer.getvalue()


class _Unseekable(io.RawIOBase):
    def __init__(self, sink: io.BytesIO) -> None:
        self.sink = sink

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        return self.sink.write(data)


def test_zip_cut_short_is_read_from_its_local_headers(tmp_path):
    for streamed in (False, True):
        data = _zip({"a.csv": CSV, "memo.txt": "連絡先 山田太郎様 090-1234-5678\n" + "x" * 4000,
                     "last.csv": CSV}, streamed)
        cut = tmp_path / f"cut{streamed:d}.zip"
        cut.write_bytes(data[: data.index(b"last.csv") + 40])  # inside the last member
        findings, errors = scan(cut)
        assert errors[0] == {"type": "error", "path": cut.name, "message":
                             "no zip directory at the end (file cut short?); members read "
                             "from their own headers"}
        assert {e["path"] for e in errors[1:]} == {f"{cut.name}!last.csv"}
        paths = {f["path"] for f in findings}
        assert paths == {f"{cut.name}!a.csv", f"{cut.name}!memo.txt"}, streamed
        assert len([f for f in findings if f["path"].endswith("a.csv")]) == 6


def test_zip_missing_its_last_byte_loses_no_member(tmp_path):
    data = _zip({"a.csv": CSV, "b.csv": CSV})
    path = tmp_path / "short.zip"
    path.write_bytes(data[:-1])
    findings, errors = scan(path)
    assert len(errors) == 1 and "no zip directory" in errors[0]["message"]
    assert len(findings) == 12


def test_stored_member_cut_keeps_the_text_before_the_cut(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("memo.txt", "顧客 山田太郎様 taro.yamada@example.jp\n" + "x" * 5000)
    path = tmp_path / "memo.zip"
    path.write_bytes(buffer.getvalue()[:2000])
    findings, errors = scan(path)
    assert "email_address" in {f["category"] for f in findings if f["path"] == "memo.zip!memo.txt"}
    assert any(e["path"] == "memo.zip!memo.txt" and "cut short" in e["message"] for e in errors)


def _one_stream_many_members(text: bytes, count: int) -> bytes:
    """A zip whose directory lists ``count`` members that all point at one deflate stream
    (the overlapping-entries bomb: a few KB that inflate to gigabytes)."""
    packed = zipfile.ZipInfo("a.csv")
    packed.compress_type = zipfile.ZIP_DEFLATED
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(packed, text)
    data = buffer.getvalue()
    at = data.index(b"PK\x01\x02")
    entry, end = data[at : data.index(b"PK\x05\x06")], data[data.index(b"PK\x05\x06"):]
    directory = entry * count
    return (data[:at] + directory + end[:8] + count.to_bytes(2, "little") * 2
            + len(directory).to_bytes(4, "little") + end[16:])


def test_members_sharing_one_stream_are_read_once(tmp_path):
    path = tmp_path / "bomb.zip"
    path.write_bytes(_one_stream_many_members(CSV.encode(), 40))
    findings, errors = scan(path)
    assert len(errors) == 1 and errors[0]["path"] == "bomb.zip"
    assert errors[0]["message"].startswith("zip bomb suspected: 39 members lie inside another")
    assert len(findings) == 6  # the stream read once: its two rows


def test_links_and_pipes_in_a_folder_are_named_not_skipped_silently(tmp_path):
    share = tmp_path / "share"
    share.mkdir()
    (share / "customers.csv").write_text(CSV)
    (share / "latest.csv").symlink_to("/srv/export/customers.csv")  # points off the evidence
    (share / "loop").symlink_to("loop")
    (share / "parent").symlink_to("..")  # a link to a folder
    os.mkfifo(share / "feed.csv")
    findings, errors = scan(share)
    assert {e["path"]: e["message"] for e in errors} == {
        "feed.csv": "not a regular file (a pipe, socket or device); skipped",
        "latest.csv": "symbolic link to /srv/export/customers.csv; not followed, not scanned",
        "loop": "symbolic link to loop; not followed, not scanned",
        "parent": "symbolic link to ..; not followed, not scanned",
    }
    assert {f["path"] for f in findings} == {"customers.csv"}


def test_office_files_cut_short_are_read_from_their_parts(tmp_path):
    import docx
    import openpyxl

    book = openpyxl.Workbook()
    for row in CSV.splitlines():
        book.active.append(row.split(","))
    book.save(tmp_path / "seed.xlsx")
    document = docx.Document()
    document.add_paragraph("連絡先 山田太郎様 taro.yamada@example.jp")
    document.save(tmp_path / "seed.docx")
    for name in ("seed.xlsx", "seed.docx"):
        data = (tmp_path / name).read_bytes()
        cut = tmp_path / f"cut-{name.removeprefix('seed.')}.{name.rsplit('.')[-1]}"
        cut.write_bytes(data[: data.rindex(b"PK\x01\x02") + 10])  # inside the directory
        findings, errors = scan(cut)
        assert [e["path"] for e in errors] == [cut.name]
        assert "no zip directory at the end" in errors[0]["message"]
        assert "email_address" in {f["category"] for f in findings}, name


def test_damaged_xls_and_msg_have_their_strings_scanned(tmp_path):
    from legacy_office import msg_file, xls_file

    rows = [list(row.split(",")) for row in CSV.splitlines()]
    damaged = {"old.xls": xls_file({"顧客": rows}), "mail.msg": msg_file(
        "ご連絡", "sender@example.com", "taro.yamada@example.jp", "090-1234-5678 まで", {})}
    for name, data in damaged.items():
        path = tmp_path / name
        path.write_bytes(data[: len(data) * 9 // 10])  # the OLE file's last sectors gone
        findings, errors = scan(path)
        assert {e["path"] for e in errors} == {name}
        assert errors[-1]["message"] == "nothing could be parsed; only printable strings scanned"
        assert "taro.yamada@example.jp"[-10:] in {f["value"][-10:] for f in findings}, name


def test_zip_member_with_a_bad_crc_is_said_and_still_read(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("a.csv", CSV)
        archive.writestr("b.csv", CSV)
    data = bytearray(buffer.getvalue())
    data[data.index("佐藤".encode())] ^= 0x01  # one bit of the first member's data
    path = tmp_path / "flipped.zip"
    path.write_bytes(data)
    findings, errors = scan(path)
    assert errors == [{"type": "error", "path": "flipped.zip!a.csv", "message":
                       "corrupt member (CRC-32 mismatch); what it holds is scanned as it is"}]
    assert len([f for f in findings if f["path"] == "flipped.zip!a.csv"]) >= 4


def test_a_damaged_size_field_is_no_bomb(tmp_path):
    data = bytearray(_zip({"a.csv": CSV, "b.csv": CSV, "c.csv": CSV}))
    at = data.index(b"PK\x01\x02") + 20  # the first member's compressed size, in the directory
    data[at : at + 4] = (len(data) // 2).to_bytes(4, "little")
    path = tmp_path / "damaged.zip"
    path.write_bytes(data)
    findings, errors = scan(path)
    assert not any("bomb" in e["message"] for e in errors)
    assert {"damaged.zip!b.csv", "damaged.zip!c.csv"} <= {f["path"] for f in findings}


def _rezipped(data: bytes, change) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    change(parts)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def test_office_file_its_reader_refuses_has_its_xml_text_scanned(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("連絡先 山田太郎様 taro.yamada@example.jp 090-1234-5678")
    document.save(tmp_path / "seed.docx")
    # a part its relationships name is gone: python-docx reads none of the document
    data = _rezipped((tmp_path / "seed.docx").read_bytes(),
                     lambda parts: parts.pop("word/numbering.xml"))
    path = tmp_path / "letter.docx"
    path.write_bytes(data)
    findings, errors = scan(path)
    assert {e["path"] for e in errors} == {"letter.docx"}
    assert errors[-1]["message"] == ("its reader gave up; the text of its XML parts is scanned "
                                     "instead (no labels)")
    assert {f["category"] for f in findings} >= {"email_address", "phone_number"}
    assert all(f["location"]["part"] == "word/document.xml" for f in findings)


def test_one_bad_shared_string_index_does_not_hide_the_workbook(tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    for row in CSV.splitlines():
        book.active.append(row.split(","))
    book.save(tmp_path / "seed.xlsx")

    def shared(parts):  # the sheet's strings in xl/sharedStrings.xml, one index out of range
        sheet = parts["xl/worksheets/sheet1.xml"].decode()
        strings = re.findall(r'<c r="\w+" t="inlineStr"><is><t>(.*?)</t></is></c>', sheet)
        for number, text in enumerate(strings):
            sheet = sheet.replace(f'<is><t>{text}</t></is>', f"<v>{number}</v>", 1)
        parts["xl/worksheets/sheet1.xml"] = sheet.replace('t="inlineStr"', 't="s"').replace(
            "<v>0</v>", "<v>999</v>", 1).encode()
        parts["xl/sharedStrings.xml"] = (
            '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            + "".join(f"<si><t>{text}</t></si>" for text in strings) + "</sst>").encode()
        parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
            b"</Types>", b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
            b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
        parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(
            b"</Relationships>", b'<Relationship Id="rIdS" Type="http://schemas.openxmlformats'
            b'.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
            b"</Relationships>")

    path = tmp_path / "list.xlsx"
    path.write_bytes(_rezipped((tmp_path / "seed.xlsx").read_bytes(), shared))
    findings, errors = scan(path)
    assert "unreadable" in errors[0]["message"] and "XML parts" in errors[-1]["message"]
    assert len([f for f in findings if f["category"] == "email_address"]) == 2
    assert {f["location"]["part"] for f in findings} == {"xl/sharedStrings.xml"}


def test_cut_member_is_inflated_no_further_than_a_bomb_may_go(tmp_path):
    """Its size is counted by inflating what is left: only as far as the ratio a bomb
    exceeds (it was up to 4 GB of work for any cut deflate stream)."""
    stream = zlib.compress(bytes(64 << 20), 9)[2:-4]  # 64 MB of zeros
    name = b"z.csv"  # sizes after the data (bit 3), deflated, and cut before its descriptor
    header = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0x8, 8, 0, 0, 0, 0, 0, len(name), 0)
    path = tmp_path / "cut.zip"
    path.write_bytes(header + name + stream)
    findings, errors = scan(path)
    bomb = next(e["message"] for e in errors if "bomb" in e["message"])
    declared = int(re.search(r"declares ([\d,]+) bytes", bomb)[1].replace(",", ""))
    assert (8 << 20) < declared < (32 << 20) and findings == []
