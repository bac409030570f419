"""HL7 v2 messages: what hospitals, pharmacies and labs exchange and keep (ADT, OMP, ORU; a
SS-MIX2 標準化ストレージ is a folder tree of them, one message a file).

A message (MSH up to the next MSH) is one record: the patient's (PID) name, reading, date of
birth, address, postal code and numbers, their diagnoses, allergies and drugs (DG1, AL1, RXE),
each under the label a form gives it (``hl7_segments``), so a message reads like a row of a
patient table. A next of kin (NK1), an insured or a guarantor who is not the patient is a
person of their own in the message (``#msg3/NK1-1``). Segments end in CR, LF or CR LF (MLLP framing
bytes dropped); each message's separators and escapes are its own (``hl7_fields``). The file
is read a segment at a time in the encoding its bytes are in (MSH-18 checked against them).
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from pathlib import Path

from leakscope.pii.extract.base import Batch, Context, Item, make_unit
from leakscope.pii.extract.encoding import SAMPLE_BYTES
from leakscope.pii.extract.hl7_fields import Delimiters, charset_codec
from leakscope.pii.extract.hl7_segments import People, segment_values
from leakscope.pii.extract.text import open_text, record_lines, sniff_encoding
from leakscope.pii.units import ExtractError, TextUnit

MAX_SEGMENT_CHARS = 1 << 20  # a longer "segment" is read as text, a piece at a time
_SEGMENT_ID = re.compile(r"[A-Z][A-Z0-9]{2}\Z")
_FRAMING = "\x0b\x1c\x00"  # MLLP start and end of block; NUL padding
_BATCH = frozenset({"FHS", "BHS", "FTS", "BTS"})  # a batch's envelope: no message of its own


def extract_hl7(path: Path, display: str, ctx: Context) -> Iterator[Item | Batch]:
    """Each message's person-bearing values, the message one record (``a.hl7#msg2``), at
    ``{"message": 2, "segment_line": 9, "field": "PID-5"}``."""
    encoding, problem = _encoding(path)
    if problem:
        yield ExtractError(display, problem)
    messages, message, junk = 0, None, _Junk()
    with open_text(path, encoding) as handle:
        number, cut = 0, False  # cut: the last segment read has no terminator
        for item in record_lines(handle, display, MAX_SEGMENT_CHARS, "a segment"):
            if not isinstance(item, tuple):
                yield item
                continue
            number, line = item
            segment = line.rstrip("\r\n").strip(_FRAMING)
            if not segment or segment.isspace():
                continue
            cut = not line.endswith(("\r", "\n"))  # (only the file's last line may be)
            if segment.startswith("MSH"):
                if message is not None:
                    yield from message.close()
                messages += 1
                message = _Message(display, messages, number, Delimiters.of(segment))
                if message.delimiters is None:
                    yield ExtractError(display, f"message {messages} (line {number}): MSH "
                                       "declares no usable separators; message skipped")
                continue
            if message is None and segment[:3] in _BATCH:
                continue
            if message is None or message.delimiters is None:
                if message is None:
                    junk.add(number)
                continue
            if not message.is_segment(segment):
                junk.add(number)
                cut = False
                continue
            units = message.units(segment, number)
            if units:
                yield units
    if cut and message is not None and message.segments:  # (an MSH alone: `close` says it)
        # HL7 ends every segment in CR: the last one without it was cut short
        yield ExtractError(display, f"line {number}: the last segment has no segment "
                           "terminator (file cut short?); read as far as it goes")
    if message is not None:
        yield from message.close()
    if junk.count:
        yield ExtractError(display, f"{junk.count:,} line(s) are not HL7 segments (binary "
                           f"data or damage), the first at line {junk.first}; skipped")
    if not messages:
        yield ExtractError(display, "no HL7 message (no MSH segment) found")


class _Junk:
    """Lines that are not segments: counted, reported once for the file."""

    def __init__(self) -> None:
        self.count, self.first = 0, 0

    def add(self, line: int) -> None:
        self.count += 1
        self.first = self.first or line


class _Message:
    """One message being read: its separators, its people, its record.

    A record's findings must come together to be one person's: the patient's values come
    as their segments are read, everyone else's (a next of kin, an emergency contact) when
    the message ends, each person's together."""

    def __init__(self, display: str, number: int, line: int, delimiters: Delimiters | None
                 ) -> None:
        self.display, self.number, self.line = display, number, line
        self.delimiters = delimiters
        self.record = f"{display}#msg{number}"
        self.people = People()
        self.others: dict[str, list[TextUnit]] = {}  # suffix -> another person's units
        self.segments = 0

    def is_segment(self, segment: str) -> bool:
        name = segment[:3]
        return bool(_SEGMENT_ID.match(name)) and (
            len(segment) == 3 or segment[3] == self.delimiters.field)

    def units(self, segment: str, line: int) -> list[TextUnit]:
        """The patient's units of ``segment`` (another person's are kept for `close`)."""
        self.segments += 1
        name, d = segment[:3], self.delimiters
        base = {"message": self.number, "segment_line": line}
        own = []
        for value in segment_values(name, segment, d, self.people):
            unit = make_unit(value.text, self.display, {**base, "field": f"{name}-{value.field}"},
                             value.label, self.record + value.suffix)
            (self.others.setdefault(value.suffix, []) if value.suffix else own).append(unit)
        return own

    def close(self) -> Iterator[ExtractError | Batch]:
        yield from self.others.values()
        if self.delimiters is not None and not self.segments:
            yield ExtractError(self.display, f"message {self.number} (line {self.line}): "
                               "nothing after its MSH segment (cut short?)")


def _encoding(path: Path) -> tuple[str, str | None]:
    """The codec to read ``path`` in, and what is wrong with what the file says of it: the
    bytes decide (``text.sniff_encoding``); MSH-18 only where they cannot (binary data)."""
    with path.open("rb") as handle:
        sample = handle.read(SAMPLE_BYTES)
    declared, name = _declared(sample)
    detected = sniff_encoding(path)
    if detected is None:
        codec = declared or "utf-8"
        return codec, (f"binary data among the messages; read as {codec}, bytes that are "
                       "not text replaced")
    problem = None
    if declared and not _agree(sample, declared, detected):
        problem = (f"MSH-18 declares {name!r} ({declared}) but the bytes are {detected}; read "
                   f"as {detected}")
    # ISO-2022-JP as ISO-2022-JP-2 reads it: a name's JIS X 0212 kanji (ISO IR159) too
    return ("iso2022_jp_2" if detected == "iso2022_jp" else detected), problem


def _declared(sample: bytes) -> tuple[str | None, str]:
    """The codec the first MSH's MSH-18 names, and the name as written."""
    at = sample.find(b"MSH")
    if at < 0:
        return None, ""
    msh = re.split(rb"[\r\n]", sample[at:], maxsplit=1)[0].decode("latin-1")
    d = Delimiters.of(msh)
    if d is None:
        return None, ""
    fields = d.fields(msh)
    written = fields[18] if len(fields) > 18 else ""
    return charset_codec(written, d), written


def _agree(sample: bytes, declared: str, detected: str) -> bool:
    """Whether the sample reads the same in both codecs (ASCII is UTF-8 and ISO-2022-JP)."""
    sample = sample.removeprefix(codecs.BOM_UTF8)
    try:
        texts = [codecs.getincrementaldecoder(codec)("strict").decode(sample, final=False)
                 for codec in (declared, detected)]
    except (UnicodeDecodeError, LookupError):
        return False
    return texts[0] == texts[1]
