"""全銀 (Zengin) transfer files: 総合振込, 給与・賞与振込 and 口座振替 requests a bank takes.

Fixed 120-byte records in JIS 8-bit / Shift_JIS half-width kana, with or without line
breaks: a header (1), data records (2), a trailer (8) and an end record (9). Each data record
is one payee (or payer): bank and branch code, account type and number, and the name in
kana. A payroll transfer file is a staff list with every account, so it is read as a table:
one row per data record, its fields labelled as a bank's form labels them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from leakscope.pii.extract.base import Context, Item
from leakscope.pii.extract.sniff import HEAD_BYTES, is_zengin_csv, zengin_line_fits
from leakscope.pii.extract.sniff import ZENGIN_RECORD_BYTES as RECORD_BYTES
from leakscope.pii.extract.sniff import ZENGIN_SLACK_BYTES as SLACK_BYTES
from leakscope.pii.extract.tables import row_units
from leakscope.pii.extract.text import open_text, sniff_encoding
from leakscope.pii.units import ExtractError

READ_BYTES = RECORD_BYTES * 8192
_LONGEST_LINE = 4 * RECORD_BYTES  # a line read at most (a longer one: no record, an error)
# (start, end, label) of a data record's fields that say whose account it is
_FIELDS = ((1, 5, "銀行コード"), (20, 23, "支店コード"), (43, 50, "口座番号"), (50, 80, "受取人名"))
_LABELS = tuple(label for _, _, label in _FIELDS)


def extract_zengin(path: Path, display: str, ctx: Context) -> Iterator[Item]:
    """Each data record's bank, branch, account and name, as a row of a table."""
    with path.open("rb") as handle:
        if is_zengin_csv(handle.read(HEAD_BYTES)):
            yield from _csv_records(path, display)
            return
    for number, record in enumerate(_records(path), 1):
        if len(record) != RECORD_BYTES:
            yield ExtractError(display, f"record {number}: {len(record)} bytes, not "
                               f"{RECORD_BYTES} (file cut short?); the rest is not read")
            return
        if record[:1] != b"2":
            continue
        cells = [record[start:end].decode("cp932", "replace").strip() or None
                 for start, end, _ in _FIELDS]
        yield row_units(display, cells, _LABELS, number,
                        f"{display}#record{number}")


def _csv_records(path: Path, display: str) -> Iterator[Item]:
    """A CSV's data records (2,銀行番号,銀行名,支店番号,支店名,[手形交換所番号,]種目,口座番号,
    受取人名,金額,…): the account is the seven digits after the account type's one."""
    unread: list[int] = []  # data records without an account (one error for them all)
    with open_text(path, sniff_encoding(path) or "cp932") as handle:  # (CP932 mostly)
        for number, line in enumerate(handle, 1):
            fields = [field.strip() for field in line.rstrip("\r\n").split(",")]
            if fields[0] != "2":
                continue
            at = next((i for i in range(3, len(fields) - 1) if _ACCOUNT.fullmatch(fields[i])
                       and fields[i - 1] in _ACCOUNT_TYPES), None)
            if at is None:
                unread.append(number)
                continue
            branch = fields[3] if len(fields[3]) == 3 and fields[3].isdigit() else None
            cells = [fields[1] or None, branch, fields[at], fields[at + 1] or None]
            yield row_units(display, cells, _LABELS, number, f"{display}#record{number}")
    if unread:
        listed = ", ".join(map(str, unread[:_LISTED]))
        more = f" and {len(unread) - _LISTED} more" if len(unread) > _LISTED else ""
        yield ExtractError(display, f"record {listed}{more}: no account type and number in "
                           "a data record; not read")


_ACCOUNT = re.compile(r"[0-9]{7}")
_LISTED = 10  # record numbers an error names
_ACCOUNT_TYPES = ("1", "2", "4", "9")  # 普通, 当座, 貯蓄, その他


def _records(path: Path) -> Iterator[bytes]:
    """The file's records, line breaks between them dropped (a last one may be short); a
    record a line may have lost its trailing spaces (padded back), run a byte or two over or
    be padded with spaces past its end (its first 120 read)."""
    pending = b""
    with path.open("rb") as handle:
        if b"\n" in handle.read(RECORD_BYTES + SLACK_BYTES + 2):
            handle.seek(0)
            while line := handle.readline(_LONGEST_LINE):  # (a longer line: an error)
                record = line.rstrip(b"\r\n")
                if record.strip(b"\x1a "):
                    yield record.ljust(RECORD_BYTES) if len(record) < RECORD_BYTES \
                        else record[:RECORD_BYTES] if zengin_line_fits(record) else record
            return
        handle.seek(0)
        while chunk := handle.read(READ_BYTES):
            pending += chunk.replace(b"\r", b"").replace(b"\n", b"")
            cut = len(pending) - len(pending) % RECORD_BYTES
            for at in range(0, cut, RECORD_BYTES):
                yield pending[at:at + RECORD_BYTES]
            pending = pending[cut:]
    if pending.strip(b"\x1a "):  # an EOF mark or padding is no record
        yield pending
