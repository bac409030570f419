"""Which fields of an HL7 v2 segment hold a person, whose they are and the label a form
would give them (氏名, 生年月日, 住所, 傷病名 ...), so the detectors read them as they read a
table's cells.

The patient's (PID) are the message's own person; a next of kin (NK1) is a person of their
own, and so are the insured (IN1) and the guarantor (GT1) unless they are the patient
(relationship ``SEL``/本人, or the patient's name), each told apart by name, not by set id
(``#msg1/NK1-2``, ``#msg1/被保険者1``); so is an emergency contact's number (XTN use ``EMR``)
in the patient's own field. JAHIS writes the insurance card's 記号・番号 in IN1-10/11.
A diagnosis (DG1, PRB), an allergy (AL1, IAM) and a drug prescribed, dispensed or given (RXE,
RXO, RXD, RXG, RXA) are the patient's 要配慮 medical history; an observation (OBX) with a text
value is read under its own name; a note (NTE) and a site's own Z segment as prose. Segments
of orders, visits and acknowledgements (their ids, codes and staff) are not read.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from typing import NamedTuple

from leakscope.pii.extract.hl7_fields import (
    Delimiters,
    address,
    birth_date,
    coded_text,
    person_name,
    phones,
)
from leakscope.pii.extract.value_parts import INSURANCE_LABEL

OWN = ""  # the message's own person (the patient)


class Value(NamedTuple):
    field: int  # the field's number: PID-5 is 5
    label: str | None
    text: str
    suffix: str  # the record suffix of whose it is (OWN: the patient's)


NAME, READING, BIRTH, ADDRESS, POSTAL = "氏名", "カナ", "生年月日", "住所", "郵便番号"
PHONE, WORK_PHONE, EMAIL, EMERGENCY = "電話番号", "勤務先電話番号", "メールアドレス", "緊急連絡先"
DIAGNOSIS, ALLERGY, MEDICATION = "傷病名", "病歴(アレルギー)", "病歴(処方薬)"
_SELF = frozenset({"SEL", "SELF", "本人"})
_CARD_PART = re.compile(r"[0-9]{1,10}")
# value types of an OBX whose value is text (a number or a code is no one's)
_CODED = frozenset({"CE", "CWE", "CNE"})
_TEXT_TYPES = frozenset({"ST", "TX", "FT", *_CODED})
# segments read as prose: notes; any other not named here (a site's own Z segments) too
_PROSE = frozenset({"NTE"})
_NOT_READ = frozenset({
    "MSH", "EVN", "PV1", "PV2", "PD1", "ROL", "MRG", "ORC", "OBR", "RXR", "RXC",
    "TQ1", "TQ2", "TXA", "SPM", "SAC", "MSA", "ERR", "QAK",
    "QPD", "QRD", "QRF", "RCP", "FHS", "FTS", "BHS", "BTS", "DSC", "ACC", "UB1", "UB2",
    "DB1", "IN2", "IN3", "FT1", "PR1", "SFT", "UAC", "ARV", "CTD", "ODS", "ODT",
})


class People:
    """Who the people of one message are: the patient's names (PID), and each other person's
    record suffix by role and name (an insured written in two IN1 segments is one person)."""

    def __init__(self) -> None:
        self.patient: set[str] = set()
        self._suffixes: dict[tuple[str, str], str] = {}
        self._counts: dict[str, int] = {}

    def suffix(self, role: str, names: list[str]) -> str:
        """OWN for a person the PID names, else the next number of ``role`` for a new one."""
        if self.patient.intersection(names):
            return OWN
        key = (role, names[0] if names else f"#{len(self._suffixes)}")  # (nameless: new)
        if key not in self._suffixes:
            count = self._counts[role] = self._counts.get(role, 0) + 1
            self._suffixes[key] = f"{role}{count}"
        return self._suffixes[key]


def segment_values(name: str, segment: str, d: Delimiters, people: People
                   ) -> Iterator[Value]:
    """The person-bearing values of one segment named ``name``; ``people``: the message's
    (`People`). A segment not read is not split."""
    reader = _READERS.get(name)
    if reader is not None:
        yield from reader(d.fields(segment), d, people)
    elif name not in _NOT_READ and (name in _PROSE or name[:1] == "Z"):
        yield from _prose(d.fields(segment), d)


def _field(fields: list[str], number: int) -> str:
    return fields[number] if number < len(fields) else ""


def _person(fields: list[str], d: Delimiters, suffix: str, *, name: int, birth: int = 0,
            addresses: tuple[int, ...] = (), home: tuple[int, ...] = (),
            work: tuple[int, ...] = ()) -> Iterator[Value]:
    for repetition in d.repetitions(_field(fields, name)):
        if (written := person_name(repetition, d)) is not None:
            yield Value(name, READING if written[1] else NAME, written[0], suffix)
    if birth and (born := birth_date(_field(fields, birth), d)):
        yield Value(birth, BIRTH, born, suffix)
    for number in addresses:
        for repetition in d.repetitions(_field(fields, number)):
            place, postal = address(repetition, d)
            if postal:
                yield Value(number, POSTAL, postal, suffix)
            if place:
                yield Value(number, ADDRESS, place, suffix)
    for numbers, label in ((home, PHONE), (work, WORK_PHONE)):
        for number in numbers:
            for repetition in d.repetitions(_field(fields, number)):
                for text, use in phones(repetition, d):
                    yield _phone(number, label, text, use, suffix)


def _phone(number: int, label: str, text: str, use: str, suffix: str) -> Value:
    """A number under the label its use code (XTN-2) gives it; an emergency contact's
    number in the patient's field is someone else's, as a 緊急連絡先 column is
    (``row_people``)."""
    if use == "NET":
        return Value(number, EMAIL, text, suffix)
    if use == "EMR":
        return Value(number, EMERGENCY, text, suffix or "/緊急連絡先")
    return Value(number, WORK_PHONE if use == "WPN" else label, text, suffix)


def _pid(fields: list[str], d: Delimiters, people: People) -> Iterator[Value]:
    values = list(_person(fields, d, OWN, name=5, birth=7, addresses=(11,), home=(13,),
                          work=(14,)))
    people.patient.update(v.text.replace(" ", "") for v in values
                          if v.label in (NAME, READING))
    yield from values
    for repetition in d.repetitions(_field(fields, 9)):  # aliases
        if (written := person_name(repetition, d)) is not None:
            yield Value(9, READING if written[1] else NAME, written[0], OWN)
    if ssn := d.text(_field(fields, 19)).strip():
        yield Value(19, "SSN", ssn, OWN)
    if licence := d.components(_field(fields, 20))[0].strip():
        yield Value(20, "運転免許証番号", licence, OWN)


def _nk1(fields: list[str], d: Delimiters, people: People) -> Iterator[Value]:
    suffix = _whose(fields, d, people, name=2, relation=3, role="/NK1-")
    yield from _person(fields, d, suffix, name=2, birth=16, addresses=(4,), home=(5,),
                       work=(6,))


def _in1(fields: list[str], d: Delimiters, people: People) -> Iterator[Value]:
    suffix = _whose(fields, d, people, name=16, relation=17, role="/被保険者")
    yield from _person(fields, d, suffix, name=16, birth=18, addresses=(19,))
    # JAHIS: IN1-10 and IN1-11 hold the card's 記号 and 番号 (elsewhere an employer's id and
    # name: not digits both)
    symbol, number = (unicodedata.normalize("NFKC", d.text(_field(fields, n))).strip()
                      for n in (10, 11))
    if _CARD_PART.fullmatch(symbol) and _CARD_PART.fullmatch(number):
        yield Value(10, INSURANCE_LABEL, f"{symbol}・{number}", suffix)


def _gt1(fields: list[str], d: Delimiters, people: People) -> Iterator[Value]:
    suffix = _whose(fields, d, people, name=3, relation=11, role="/保証人")
    yield from _person(fields, d, suffix, name=3, birth=8, addresses=(5,), home=(6,),
                       work=(7,))


def _whose(fields: list[str], d: Delimiters, people: People, *, name: int, relation: int,
           role: str) -> str:
    """OWN for the patient themself (relationship self, or the patient's name), else the
    record suffix of the person the segment names (``People.suffix``)."""
    code = [*d.components(_field(fields, relation)), ""]
    if code[0].strip().upper() in _SELF or code[1].strip() in _SELF:
        return OWN
    names = [written[0].replace(" ", "") for repetition in d.repetitions(_field(fields, name))
             if (written := person_name(repetition, d)) is not None]
    return people.suffix(role, names)


def _coded(field_numbers: tuple[int, ...], label: str
           ) -> Callable[[list[str], Delimiters, People], Iterator[Value]]:
    """A reader of coded conditions (DG1-3 code^text^system, DG1-4 its description): each
    text once, under ``label``."""

    def read(fields: list[str], d: Delimiters, people: People) -> Iterator[Value]:
        seen = set()
        for number in field_numbers:
            value = _field(fields, number)
            text = coded_text(value, d) if d.component in value else d.text(value).strip()
            if text and text not in seen:
                seen.add(text)
                yield Value(number, label, text, OWN)

    return read


def _obx(fields: list[str], d: Delimiters, people: People) -> Iterator[Value]:
    kind = _field(fields, 2).strip().upper()
    if kind not in _TEXT_TYPES:
        return
    label = coded_text(_field(fields, 3), d) or d.components(_field(fields, 3))[0].strip()
    for repetition in d.repetitions(_field(fields, 5)):
        text = coded_text(repetition, d) if kind in _CODED else \
            " ".join(p.strip() for p in d.components(repetition) if p.strip())
        if text:
            yield Value(5, label or None, text, OWN)


def _prose(fields: list[str], d: Delimiters) -> Iterator[Value]:
    for number, value in enumerate(fields[1:], 1):
        for repetition in d.repetitions(value):
            text = " ".join(p.strip() for p in d.components(repetition) if p.strip())
            if text and not text.isdigit():  # a set id, a sequence number
                yield Value(number, None, text, OWN)


_READERS: dict[str, Callable[[list[str], Delimiters, People], Iterator[Value]]] = {
    "PID": _pid, "NK1": _nk1, "IN1": _in1, "GT1": _gt1, "OBX": _obx,
    "DG1": _coded((3, 4), DIAGNOSIS), "PRB": _coded((3,), DIAGNOSIS),
    "AL1": _coded((3, 5), ALLERGY), "IAM": _coded((3, 5), ALLERGY),
    # the drug prescribed, dispensed or given (調剤 is 要配慮: APPI Enforcement Order 2(3))
    "RXE": _coded((2,), MEDICATION), "RXO": _coded((1,), MEDICATION),
    "RXD": _coded((2,), MEDICATION), "RXG": _coded((4,), MEDICATION),
    "RXA": _coded((5,), MEDICATION),
}
