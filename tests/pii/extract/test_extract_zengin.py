"""全銀 transfer files: every payee's account and kana name, one person a record."""

from __future__ import annotations

import zipfile

import pytest

from conftest import Run, findings_and_people

PAYEES = [("0009", "ﾐﾂｲｽﾐﾄﾓ", "256", "ﾎﾝﾃﾝ", "1", "6484003", "ｵｶﾓﾄ ﾊﾅｺ", 70000),
          ("0005", "ﾐﾂﾋﾞｼﾕｰｴﾌｼﾞｪｲ", "020", "ｼﾝｼﾞｭｸ", "1", "2905210", "ｺﾊﾞﾔｼ ﾓﾓｺ", 250000),
          ("0001", "ﾐｽﾞﾎ", "112", "ﾄｳｷｮｳ", "2", "7133080", "ﾔﾏﾀﾞ ｼﾞｭﾝ", 31000)]


def _field(text: str, width: int, fill: str = " ") -> bytes:
    data = text.encode("cp932")
    assert len(data) <= width
    return data + fill.encode() * (width - len(data))


def zengin(kind: str = "21", breaks: bytes = b"\r\n") -> bytes:
    """A 総合振込 (21) or 給与振込 (11) request: header, data records, trailer, end."""
    header = (b"1" + kind.encode() + b"0" + _field("1234567890", 10) + _field("ｼﾔｶｲﾌｸｼｶ", 40)
              + b"0612" + b"0138" + _field("ﾖｺﾊﾏ", 15) + b"101" + _field("ｼﾔｸｼﾖ", 15) + b"1"
              + b"0012345" + _field("", 17))
    records = [header]
    for bank, bank_name, branch, branch_name, kind_code, account, name, amount in PAYEES:
        records.append(b"2" + bank.encode() + _field(bank_name, 15) + branch.encode()
                       + _field(branch_name, 15) + b"0000" + kind_code.encode()
                       + account.encode() + _field(name, 30) + f"{amount:010d}".encode()
                       + b"0" + _field("", 20) + b"7" + _field("", 8))
    total = sum(p[-1] for p in PAYEES)
    records.append(b"8" + f"{len(PAYEES):06d}".encode() + f"{total:012d}".encode()
                   + _field("", 101))
    records.append(b"9" + _field("", 119))
    assert all(len(r) == 120 for r in records)
    return breaks.join(records) + breaks



@pytest.mark.parametrize("breaks", [b"\r\n", b"\n", b""])
def test_every_payee_is_a_person_with_an_account(tmp_path, breaks):
    path = tmp_path / "FB_furikomi.txt"
    path.write_bytes(zengin(breaks=breaks))
    found, people = findings_and_people(path)
    assert found == [
        ("bank_account", "6484003", {"row": 2, "field": "口座番号"}),
        ("person_name", "オカモトハナコ", {"row": 2, "field": "受取人名"}),
        ("bank_account", "2905210", {"row": 3, "field": "口座番号"}),
        ("person_name", "コバヤシモモコ", {"row": 3, "field": "受取人名"}),
        ("bank_account", "7133080", {"row": 4, "field": "口座番号"}),
        ("person_name", "ヤマダジュン", {"row": 4, "field": "受取人名"})]
    assert people == 3  # the requesting company in the header is nobody


def test_records_a_line_with_their_trailing_spaces_cut(tmp_path):
    """A tool that wrote a record a line and cut its trailing spaces (a hospital's refund file:
    a 103-byte header, 117-byte records) is still a 全銀 file (before: read as text, nothing)."""
    lines = [line.rstrip(b" ") for line in zengin().split(b"\r\n") if line]
    path = tmp_path / "還付金振込.txt"
    path.write_bytes(b"\r\n".join(lines) + b"\r\n")
    found, people = findings_and_people(path)
    assert ("person_name", "オカモトハナコ", {"row": 2, "field": "受取人名"}) in found
    assert ("bank_account", "7133080", {"row": 4, "field": "口座番号"}) in found
    assert people == 3


def test_records_a_line_a_byte_over_or_under(tmp_path):
    """A tool that wrote its header's requester code a digit long (121 bytes) and cut its data
    records' last space (119), or padded every line with spaces past its end (blind corpus
    37's refund file: 129-byte records): read by their first 120 bytes (corpus 29's payroll
    files and corpus 37's: nothing found, no error); a line with more written past its end is
    still an error."""
    lines = [line for line in zengin().split(b"\r\n") if line]
    lines[0] = lines[0][:4] + b"0" + lines[0][4:]
    lines[1:4] = [line[:-1] for line in lines[1:4]]
    path = tmp_path / "振込データ_1225.txt"
    path.write_bytes(b"\r\n".join(lines) + b"\r\n")
    found, people = findings_and_people(path)
    assert [v for c, v, _ in found if c == "bank_account"] == ["6484003", "2905210", "7133080"]
    assert people == 3
    padded = [line + b" " * 10 if line[:1] == b"2" else line for line in lines]
    path.write_bytes(b"\r\n".join(padded) + b"\r\n")
    assert findings_and_people(path) == (found, 3)
    lines[2] += b" " * 20 + b"0"
    path.write_bytes(b"\r\n".join(lines) + b"\r\n")
    assert "record 3: " in Run(path).messages()


def test_a_payroll_file_inside_a_zip(tmp_path):
    archive = tmp_path / "kyuyo.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("KYUYO0625.dat", zengin(kind="11"))
    found, people = findings_and_people(archive)
    assert [v for c, v, _ in found if c == "person_name"] == [
        "オカモトハナコ", "コバヤシモモコ", "ヤマダジュン"]
    assert people == 3


def test_a_file_cut_mid_record_keeps_the_records_before(tmp_path):
    path = tmp_path / "cut.txt"
    path.write_bytes(zengin(breaks=b"")[:120 * 3 + 50])
    run = Run(path)
    assert [u.text for u in run.units if u.label == "受取人名"] == ["ｵｶﾓﾄ ﾊﾅｺ", "ｺﾊﾞﾔｼ ﾓﾓｺ"]
    assert run.messages() == "cut.txt: record 4: 50 bytes, not 120 (file cut short?); " \
        "the rest is not read"


def test_text_that_starts_like_a_header_is_text(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("1210 会議メモ\n山田様 090-1234-5678\n", encoding="utf-8")
    assert ("phone_number", "09012345678") in [(c, v) for c, v, _ in findings_and_people(path)[0]]
