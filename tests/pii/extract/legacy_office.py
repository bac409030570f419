"""Legacy Office files written by hand for tests: .xls (BIFF8) and Outlook .msg.

No xlwt, LibreOffice or Outlook here, and both formats are OLE compound files: a small
writer of version-3 compound files (all streams in the mini stream, storages implied by
"/" in stream paths) serves both.
"""

from __future__ import annotations

import struct

END, FREE, FAT_SECTOR, NONE = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD, 0xFFFFFFFF
_EMPTY_ENTRY = b"\0" * 64 + struct.pack("<HBBIII", 0, 0, 0, NONE, NONE, NONE) + bytes(48)


def _chain(first: int, count: int) -> list[int]:
    return [first + i + 1 for i in range(count - 1)] + [END] if count else []


def _tree(streams: dict[str, bytes]) -> list[dict]:
    entries = [{"name": "Root Entry", "kind": 5, "children": [], "data": None}]
    index = {"": 0}
    for path, data in streams.items():
        parts = path.split("/")
        for depth in range(1, len(parts) + 1):
            key = "/".join(parts[:depth])
            if key in index:
                continue
            index[key] = len(entries)
            leaf = depth == len(parts)
            entries.append({
                "name": parts[depth - 1], "kind": 2 if leaf else 1, "children": [],
                "data": data if leaf else None,
            })
            entries[index["/".join(parts[: depth - 1])]]["children"].append(index[key])
    for entry in entries:  # children as a chain of right siblings (readers do not rebalance)
        children = entry["children"]
        entry["child"] = children[0] if children else NONE
        for position, child in enumerate(children):
            following = children[position + 1 : position + 2]
            entries[child]["right"] = following[0] if following else NONE
    return entries


def compound_file(streams: dict[str, bytes]) -> bytes:
    """A compound file holding `streams` ({"storage/stream": bytes}).

    Streams under 4096 bytes live in the mini stream, larger ones in sectors of their own,
    as the format requires. Small files only: one FAT sector (64 KiB).
    """
    entries = _tree(streams)
    mini, minifat, large = b"", [], []
    for entry in entries:
        data = entry["data"]
        if data is None:
            continue
        if len(data) >= 4096:
            large.append(entry)
            continue
        entry["start"] = len(mini) // 64 if data else END
        count = -(-len(data) // 64)
        minifat += _chain(len(minifat), count)
        mini += data + bytes(-len(data) % 64)
    mini += bytes(-len(mini) % 512)
    minifat_raw = struct.pack(f"<{len(minifat)}I", *minifat)
    minifat_raw += struct.pack("<I", FREE) * (-len(minifat) % 128)
    dir_sectors, minifat_sectors = -(-len(entries) // 4), len(minifat_raw) // 512
    first_minifat = 1 + dir_sectors
    first_mini = first_minifat + minifat_sectors
    mini_sectors = len(mini) // 512
    fat = [FAT_SECTOR, *_chain(1, dir_sectors), *_chain(first_minifat, minifat_sectors)]
    fat += _chain(first_mini, mini_sectors)
    body = minifat_raw + mini
    for entry in large:
        padded = entry["data"] + bytes(-len(entry["data"]) % 512)
        entry["start"] = len(fat)
        fat += _chain(len(fat), len(padded) // 512)
        body += padded
    assert len(fat) <= 128
    fat += [FREE] * (128 - len(fat))
    directory = b""
    for number, entry in enumerate(entries):
        name = entry["name"].encode("utf-16-le") + b"\0\0"
        if number == 0:
            start, size = (first_mini if mini_sectors else END), len(mini)
        elif entry["kind"] == 2:
            start, size = entry["start"], len(entry["data"])
        else:
            start, size = 0, 0
        fields = struct.pack(
            "<HBBIII", len(name), entry["kind"], 1, NONE, entry.get("right", NONE), entry["child"]
        )
        tail = struct.pack("<IQQIII", 0, 0, 0, start, size, 0)
        directory += name.ljust(64, b"\0") + fields + bytes(16) + tail
    directory += _EMPTY_ENTRY * (-len(entries) % 4)
    header = (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
        + bytes(16)
        + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
        + bytes(6)
        + struct.pack(
            "<9I", 0, 1, 1, 0, 4096, first_minifat if minifat_sectors else END,
            minifat_sectors, END, 0,
        )
        + struct.pack("<109I", 0, *[FREE] * 108)
    )
    return header + struct.pack("<128I", *fat) + directory + body


# --- .xls: a BIFF8 Workbook stream --------------------------------------------------------


def _record(kind: int, data: bytes = b"") -> bytes:
    return struct.pack("<HH", kind, len(data)) + data


def _bof(kind: int) -> bytes:
    return _record(0x0809, struct.pack("<HHHHII", 0x0600, kind, 0x0DBB, 0x07CC, 0, 6))


def _cell(row: int, col: int, value) -> bytes:
    if isinstance(value, str):
        head = struct.pack("<HHHHB", row, col, 0, len(value), 1)
        return _record(0x0204, head + value.encode("utf-16-le"))  # LABEL
    return _record(0x0203, struct.pack("<HHHd", row, col, 0, float(value)))  # NUMBER


def _boundsheet(offset: int, name: str) -> bytes:
    head = struct.pack("<IBBBB", offset, 0, 0, len(name), 1)
    return _record(0x0085, head + name.encode("utf-16-le"))


def xls_file(sheets: dict[str, list[list]]) -> bytes:
    """A .xls: globals (BOF, CODEPAGE, BOUNDSHEETs, EOF), then each sheet's cells."""
    bodies = [
        _bof(0x0010)
        + b"".join(
            _cell(r, c, value)
            for r, row in enumerate(rows)
            for c, value in enumerate(row)
            if value is not None
        )
        + _record(0x000A)
        for rows in sheets.values()
    ]
    start = [_bof(0x0005), _record(0x0042, struct.pack("<H", 1200))]
    offset = sum(map(len, start)) + sum(len(_boundsheet(0, n)) for n in sheets) + 4
    for name, body in zip(sheets, bodies, strict=True):
        start.append(_boundsheet(offset, name))
        offset += len(body)
    workbook = b"".join([*start, _record(0x000A), *bodies])
    return compound_file({"Workbook": workbook.ljust(4096, b"\0")})  # xlrd reads it from sectors


# --- .msg: MAPI properties as streams -------------------------------------------------------


def _properties(tags: list[tuple[int, int]], top: bool) -> bytes:
    head = struct.pack("<QIIIIQ", 0, 1, 1, 1, 1, 0) if top else bytes(8)
    return head + b"".join(struct.pack("<IIQ", tag, 6, value) for tag, value in tags)


def _utf16(text: str) -> bytes:
    return text.encode("utf-16-le")


def msg_file(subject: str, sender: str, to: str, body: str, attachments: dict[str, bytes]) -> bytes:
    """An Outlook message with one To recipient and attachments stored by value."""
    recipient = "__recip_version1.0_#00000000"
    streams = {
        "__properties_version1.0": _properties([], top=True),
        "__substg1.0_001A001F": _utf16("IPM.Note"),
        "__substg1.0_0037001F": _utf16(subject),
        "__substg1.0_0C1A001F": _utf16(sender),
        "__substg1.0_0E04001F": _utf16(to),
        "__substg1.0_1000001F": _utf16(body),
        "__nameid_version1.0/__substg1.0_00020102": b"",
        "__nameid_version1.0/__substg1.0_00030102": b"",
        "__nameid_version1.0/__substg1.0_00040102": b"",
        f"{recipient}/__properties_version1.0": _properties([(0x0C150003, 1)], top=False),
        f"{recipient}/__substg1.0_3001001F": _utf16(to),
        f"{recipient}/__substg1.0_3003001F": _utf16(to),
        f"{recipient}/__substg1.0_39FE001F": _utf16(to),
    }
    for number, (name, data) in enumerate(attachments.items()):
        storage = f"__attach_version1.0_#{number:08X}"
        streams[f"{storage}/__properties_version1.0"] = _properties([(0x37050003, 1)], top=False)
        streams[f"{storage}/__substg1.0_3707001F"] = _utf16(name)
        streams[f"{storage}/__substg1.0_37010102"] = data
    return compound_file(streams)
