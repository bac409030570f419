"""Which extractor reads a file: magic bytes first, then the extension, then the content."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import olefile

HEAD_BYTES = 4096

_MAGIC = (
    (b"%PDF-", "pdf"),
    (b"SQLite format 3\x00", "sqlite"),
    (b"\x1f\x8b", "gzip"),
    (b"BZh", "bz2"),
    (b"\xfd7zXZ\x00", "xz"),
    (b"\x78\x9f\x3e\x22", "tnef"),  # winmail.dat
    (b"{\\rtf", "rtf"),
)
_UNSUPPORTED = (
    (b"7z\xbc\xaf\x27\x1c", "7z archive: not supported (extract it with 7z first)"),
    (b"Rar!\x1a\x07", "RAR archive: not supported (extract it with unrar first)"),
    (b"\x28\xb5\x2f\xfd", "zstd-compressed file: not supported"),
    (b"\x89PNG", "PNG image: no text layer (OCR is not supported)"),
    (b"\xff\xd8\xff", "JPEG image: no text layer (OCR is not supported)"),
    (b"GIF8", "GIF image: no text layer (OCR is not supported)"),
    (b"II*\x00", "TIFF image: no text layer (OCR is not supported)"),
    (b"MM\x00*", "TIFF image: no text layer (OCR is not supported)"),
)
_OOXML = {"xl/workbook.xml": "xlsx", "word/document.xml": "docx", "ppt/presentation.xml": "pptx"}
_ODF = {
    b"application/vnd.oasis.opendocument.spreadsheet": "ods",
    b"application/vnd.oasis.opendocument.text": "odt",
    b"application/vnd.oasis.opendocument.presentation": "odt",
}
_EXTENSIONS = {
    ".csv": "csv", ".tsv": "csv", ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".sql": "sql", ".eml": "eml", ".mbox": "mbox", ".mbx": "mbox", ".html": "html",
    ".htm": "html", ".xlsx": "xlsx", ".xlsm": "xlsx", ".docx": "docx", ".docm": "docx",
    ".pptx": "pptx", ".xls": "xls", ".msg": "msg", ".zip": "zip", ".ods": "ods", ".odt": "odt",
    ".odp": "odt", ".vcf": "vcard", ".xml": "xml",
}
_TEXTUAL = {"csv", "json", "jsonl", "sql", "eml", "mbox", "html", "vcard", "xml"}
_MAIL_HEADER = re.compile(
    rb"\A(?:(?:Return-Path|Received|From|To|Subject|Date|Message-ID|MIME-Version|"
    rb"Delivered-To|X-[\w-]+):[^\n]*\n(?:[ \t][^\n]*\n)*){2,}",
    re.IGNORECASE,
)
_SQL_DUMP = re.compile(
    rb"\A(?:\xef\xbb\xbf)?\s*--\s*(?:MySQL dump|MariaDB dump|PostgreSQL database dump)"
)


def sniff(path: Path) -> str:
    """The kind of `path`: an extractor name, or "unsupported:<why>"."""
    with path.open("rb") as handle:
        head = handle.read(HEAD_BYTES)
    extension = path.suffix.lower()
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _zip_kind(path, extension)
    if head.startswith(olefile.MAGIC):
        return _ole_kind(path, extension)
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    if head[257:262] == b"ustar":
        return "tar"
    for magic, why in _UNSUPPORTED:
        if head.startswith(magic):
            return f"unsupported:{why}"
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if extension in _EXTENSIONS and _EXTENSIONS[extension] in _TEXTUAL:
        kind = _EXTENSIONS[extension]
        return "zengin" if kind == "csv" and is_zengin_csv(head) else kind
    return _text_kind(head)


def _text_kind(head: bytes) -> str:
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"From ") and b"\n" in stripped:
        return "mbox"
    if _MAIL_HEADER.match(stripped):
        return "eml"
    if _SQL_DUMP.match(head):
        return "sql"
    if is_hl7(stripped):
        return "hl7"
    lowered = stripped[:200].lower()
    if lowered.startswith((b"<!doctype html", b"<html")):
        return "html"
    if lowered.startswith(b"begin:vcard"):
        return "vcard"
    if lowered.startswith(b"<?xml"):
        return "xml"
    lines = stripped.split(b"\n", 2)
    if len(lines) > 2 and all(line.strip().startswith(b"{") for line in lines[:2]):
        return "jsonl"
    if is_zengin(head):
        return "zengin"
    if is_receipt(head):
        return "receipt"
    return "text"


# an HL7 v2 message (or a batch of them): MSH, its field separator, encoding characters
# (^~\\& almost always), the separator again; an MLLP start-of-block byte may come first
_HL7 = re.compile(rb"\x0b?(?:FHS|BHS|MSH)([^\w\s])((?:(?!\1)[^\w\s]){1,5})\1")


def is_hl7(head: bytes) -> bool:
    """A file that starts with an HL7 v2 message header (``MSH|^~\\&|``)."""
    return _HL7.match(head) is not None


ZENGIN_RECORD_BYTES = 120
# bytes a record a line may run over (a header's requester code written a digit long): read
# by its first 120, the fields that say whose account it is being in them
ZENGIN_SLACK_BYTES = 4
_ZENGIN_SHORTEST = 50  # bytes of a data record up to its account number, trailing spaces cut
def zengin_line_fits(record: bytes) -> bool:
    """Whether a record written a line is one record: 120 bytes, a few over, or padded with
    spaces past its end (a tool that wrote every line 130 wide), but nothing written there."""
    return len(record) <= ZENGIN_RECORD_BYTES + ZENGIN_SLACK_BYTES \
        or not record[ZENGIN_RECORD_BYTES:].strip(b" ")


# a 全銀 header record: kind 1, a transfer kind (11 給与, 12 賞与, 21 総合, 91 口座振替 …), 0/1
_ZENGIN_HEADER = re.compile(rb"1[0-9]{2}[01 ]")


def is_receipt(head: bytes) -> bool:
    """A レセプト電算 (UKE) file: an institution record (``IR,``) first, a receipt after it."""
    return head.lstrip(b"\xef\xbb\xbf").startswith(b"IR,") and b"\nRE," in head


def is_zengin(head: bytes) -> bool:
    """A 全銀 header record, then a data or trailer record 120 bytes on (after CR LF, LF or
    nothing between them)."""
    if not _ZENGIN_HEADER.match(head):
        return False
    first = head[:ZENGIN_RECORD_BYTES]
    # a record a line, trailing spaces cut by the tool that wrote it, or a byte or two over
    if b"\n" in head[:ZENGIN_RECORD_BYTES + ZENGIN_SLACK_BYTES + 2]:
        lines = [line.rstrip(b"\r") for line in head.split(b"\n", 2)[:2]]
        return len(lines) == 2 and lines[1][:1] in (b"2", b"8") \
            and len(lines[1]) >= _ZENGIN_SHORTEST and zengin_line_fits(lines[1])
    if len(first) < ZENGIN_RECORD_BYTES:
        return False
    return head[ZENGIN_RECORD_BYTES:].lstrip(b"\r\n")[:1] in (b"2", b"8")


# the same records as comma-separated values (a bank's web service's 総合振込 CSV): a header
# record's kind, transfer kind and code kind, then a data or trailer record's
_ZENGIN_CSV = re.compile(rb"\A1,[0-9]{2},[01 ],[^\n]*\r?\n[28],")


def is_zengin_csv(head: bytes) -> bool:
    """A 全銀 transfer file written as CSV, one record a line (no header line)."""
    return _ZENGIN_CSV.match(head.lstrip(b"\xef\xbb\xbf")) is not None


def _zip_kind(path: Path, extension: str) -> str:
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
    except Exception:  # any damage: let the extractor named by the extension report it
        return _EXTENSIONS.get(extension, "zip")  # corrupt: say "corrupt xlsx", not "zip"
    for marker, kind in _OOXML.items():
        if marker in names:
            return kind
    if "mimetype" in names and "content.xml" in names:
        with zipfile.ZipFile(path) as archive:
            mimetype = archive.read("mimetype")[:100]
        for marker, kind in _ODF.items():
            if mimetype.startswith(marker):
                return kind
    return "zip"


def _ole_kind(path: Path, extension: str) -> str:
    try:
        with olefile.OleFileIO(str(path)) as ole:
            streams = {"/".join(entry) for entry in ole.listdir()}
    except Exception:  # olefile raises many kinds on damaged headers
        return _EXTENSIONS.get(extension, "unsupported:corrupt OLE compound file")
    if "EncryptionInfo" in streams or "EncryptedPackage" in streams:
        return "unsupported:password-protected Office document (encrypted); cannot read"
    if streams & {"Workbook", "Book"}:
        return "xls"
    if any(name.startswith("__substg1.0_") for name in streams):
        return "msg"
    return "legacy"
