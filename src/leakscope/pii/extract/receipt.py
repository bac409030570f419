"""レセプト電算 (UKE) files: a clinic's or a pharmacy's monthly claims, one patient a receipt.

Comma-separated records in Shift_JIS, each line a record named by its first field: IR (the
medical institution), RE (a receipt: the patient's name, sex and birth date, era-coded:
3370412 is 昭和37年4月12日), HO (the insurer, and the patient's card symbol and number), KO
(public funding), SY (diagnoses) and the treatment lines after them. Each RE opens the
patient's record; the HO after it is theirs. Read as a form's labelled values, so the
detectors see 氏名, 生年月日 and 被保険者証記号・番号 as a bank's or a clinic's form writes them.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from leakscope.pii.extract.base import Context, Item
from leakscope.pii.extract.tables import row_units
from leakscope.pii.extract.text import long_line, open_text, sniff_encoding
from leakscope.pii.units import ExtractError

MAX_RECORD_CHARS = 1 << 16
_ERAS = {"1": "明治", "2": "大正", "3": "昭和", "4": "平成", "5": "令和"}
_PATIENT = ("氏名", "生年月日")
_CARD = ("被保険者証記号・番号",)


def extract_receipt(path: Path, display: str, ctx: Context) -> Iterator[Item]:
    """Each receipt's patient (RE) and insurance card (HO), the receipt one record
    (``a.UKE#receipt3``), at ``{"row": line, "field": label}``."""
    record = None
    with open_text(path, sniff_encoding(path) or "cp932") as handle:
        number = 0
        while line := handle.readline(MAX_RECORD_CHARS):
            number += 1
            if len(line) >= MAX_RECORD_CHARS and not line.endswith("\n"):
                yield ExtractError(display, f"line {number}: a record over "
                                   f"{MAX_RECORD_CHARS:,} characters; read as text")
                yield from long_line(handle, line, display, number, MAX_RECORD_CHARS)
                continue
            fields = line.rstrip("\r\n").split(",")
            if fields[0] == "RE" and len(fields) > 6:
                record = f"{display}#receipt{fields[1] or number}"
                yield row_units(display, [fields[4], _birth_date(fields[6])], _PATIENT,
                                number, record)
            elif fields[0] == "HO" and record is not None and len(fields) > 3:
                card = "・".join(part for part in fields[2:4] if part)
                yield row_units(display, [card], _CARD, number, record)


def _birth_date(written: str) -> str:
    """3370412 -> 昭和37年04月12日 (an era code and YYMMDD); as written when not one."""
    if len(written) != 7 or not written.isdigit() or written[0] not in _ERAS:
        return written
    return f"{_ERAS[written[0]]}{written[1:3]}年{written[3:5]}月{written[5:7]}日"
