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

from leakscope.pii.dates import ERAS
from leakscope.pii.extract.base import Context, Item
from leakscope.pii.extract.tables import row_units
from leakscope.pii.extract.text import open_text, record_lines, sniff_encoding

MAX_RECORD_CHARS = 1 << 16
_ERAS = dict(zip("12345", ERAS, strict=True))  # (an era code: 1 明治 … 5 令和)
_PATIENT = ("氏名", "生年月日")
_CARD = ("被保険者証記号・番号",)


def extract_receipt(path: Path, display: str, ctx: Context) -> Iterator[Item]:
    """Each receipt's patient (RE) and insurance card (HO), the receipt one record
    (``a.UKE#receipt3``), at ``{"row": line, "field": label}``."""
    record = None
    with open_text(path, sniff_encoding(path) or "cp932") as handle:
        for item in record_lines(handle, display, MAX_RECORD_CHARS, "a record"):
            if not isinstance(item, tuple):
                yield item
                continue
            number, line = item
            if not line.startswith(("RE,", "HO,")):  # (most lines: a treatment's)
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
