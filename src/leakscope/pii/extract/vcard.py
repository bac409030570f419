"""vCard address books (.vcf: a phone's or a mail client's contacts export, 2.1 to 4.0).

Each card is one person: its name (FN, or N's family and given names in Japanese order), the
reading (X-PHONETIC-*, SORT-STRING), numbers, mail, the address (ADR's parts, the prefecture
first, the postal code apart), birthday and note, each under the label a form would give it.
Folded lines are unfolded; QUOTED-PRINTABLE and CHARSET (a feature phone's Shift_JIS) are
decoded. A photo or a key is skipped.
"""

from __future__ import annotations

import codecs
import quopri
import re
from collections.abc import Iterator
from pathlib import Path

from leakscope.pii.extract.base import Context, Item, make_unit
from leakscope.pii.extract.text import open_text, sniff_encoding
from leakscope.pii.units import ExtractError

MAX_CARD_LINES = 2000  # a card longer than this is not one (its rest is read as cards)
# property name -> the label a form gives its value
_LABELS = {"FN": "氏名", "TEL": "電話番号", "EMAIL": "メールアドレス", "BDAY": "生年月日",
           "NOTE": "備考", "SORT-STRING": "フリガナ", "URL": None, "X-SKYPE": None, "IMPP": None}
_PHONETIC = ("X-PHONETIC-LAST-NAME", "X-PHONETIC-FIRST-NAME")  # a reading in two halves
_PARAMETERS = re.compile(r";([^;:=]+)=([^;:]*)")
_BDAY = re.compile(r"^([0-9]{4})-?([0-9]{2})-?([0-9]{2})")


def extract_vcard(path: Path, display: str, ctx: Context) -> Iterator[Item]:
    """Each card's properties, the card one record (``{"record": "3", "key": "TEL"}``)."""
    encoding = sniff_encoding(path) or "utf-8"
    number, card = 0, None
    with open_text(path, encoding) as handle:
        for line in _unfolded(handle):
            upper = line[:12].upper()
            if upper.startswith("BEGIN:VCARD"):
                number, card = number + 1, []
            elif upper.startswith("END:VCARD"):
                if card:
                    yield list(_card_units(display, number, card))
                card = None
            elif card is not None:
                if len(card) >= MAX_CARD_LINES:
                    yield ExtractError(display, f"card {number}: over {MAX_CARD_LINES} lines "
                                       "without END:VCARD; read up to there")
                    yield list(_card_units(display, number, card))
                    card = None
                    continue
                card.append(line)
    if card:
        yield ExtractError(display, f"card {number}: no END:VCARD (file cut short?); "
                           "what it holds is read")
        yield list(_card_units(display, number, card))


def _unfolded(handle) -> Iterator[str]:
    """Logical lines: a line starting with a space or tab continues the one before; a
    QUOTED-PRINTABLE value's soft line break (``=`` at the end) too."""
    pending = None
    for raw in handle:
        line = raw.rstrip("\r\n")
        if pending is not None and line[:1] in (" ", "\t"):
            pending += line[1:]
            continue
        if pending is not None and pending.endswith("=") and "QUOTED-PRINTABLE" in \
                pending.partition(":")[0].upper():
            pending = pending[:-1] + line
            continue
        if pending is not None:
            yield pending
        pending = line
    if pending is not None:
        yield pending


def _card_units(display: str, number: int, lines: list[str]) -> Iterator:
    record = f"{display}#card{number}"
    values = [_property(line) for line in lines]
    named = any(name == "FN" for name, _ in values)
    reading = " ".join(value for phonetic in _PHONETIC for name, value in values
                       if name == phonetic and value)
    if reading:
        yield _unit(reading, display, number, "X-PHONETIC", "フリガナ", record)
    for name, value in values:
        if not value:
            continue
        if name == "N":
            if named:
                continue  # FN says it whole
            family, _, rest = value.partition(";")
            value, name = " ".join(p for p in (family, rest.partition(";")[0]) if p), "FN"
        elif name == "ADR":
            parts = value.split(";") + [""] * 7
            if parts[5].strip():
                yield _unit(parts[5].strip(), display, number, name, "郵便番号", record)
            value = " ".join(p.strip() for p in (parts[4], parts[3], parts[2], parts[1],
                                                 parts[0]) if p.strip())
            yield _unit(value, display, number, name, "住所", record)
            continue
        elif name == "BDAY" and (m := _BDAY.match(value)):
            value = f"{m.group(1)}-{m.group(2)}-{m.group(3)}"
        elif name not in _LABELS:
            continue
        yield _unit(value.replace("\\n", "\n").replace("\\,", ","), display, number, name,
                    _LABELS.get(name), record)


def _unit(text: str, display: str, number: int, key: str, label: str | None, record: str):
    return make_unit(text, display, {"record": str(number), "key": key}, label, record)


def _property(line: str) -> tuple[str, str]:
    """A content line's property name (its group and parameters dropped) and decoded value."""
    head, _, value = line.partition(":")
    name = head.split(";", 1)[0].rpartition(".")[2].upper()  # item1.TEL;TYPE=CELL
    if name in ("PHOTO", "LOGO", "SOUND", "KEY"):
        return name, ""
    parameters = {k.upper(): v for k, v in _PARAMETERS.findall(head)}
    if parameters.get("ENCODING", "").upper() == "QUOTED-PRINTABLE":
        raw = quopri.decodestring(value.encode("latin-1", "replace"))
        value = raw.decode(_codec(parameters.get("CHARSET", "utf-8")), "replace")
    return name, value.strip()


def _codec(charset: str) -> str:
    """A CHARSET parameter's codec (Shift_JIS as Windows writes it); UTF-8 for one Python
    does not know."""
    charset = charset.strip().lower()
    if charset in ("shift_jis", "shift-jis", "sjis", "x-sjis"):
        return "cp932"
    try:
        return codecs.lookup(charset).name
    except LookupError:
        return "utf-8"
