"""HL7 v2 field values: the separators a message declares, escape sequences, and the data
types that hold a person (XPN name, XAD address, XTN phone, TS date, CE coded text).

A value is read as the message writes it: MSH-1 and MSH-2 declare the field, component,
repetition, escape and subcomponent characters (``|^~\\&`` almost always, but not always),
and ``\\F\\ \\S\\ \\T\\ \\R\\ \\E\\`` stand for those characters inside a value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# MSH-18 character sets (HL7 table 0211 and what Japanese systems write; spaces dropped)
# -> Python codecs
_CHARSETS = {
    "ASCII": "ascii", "ISOIR6": "ascii", "8859/1": "latin-1", "ISOIR100": "latin-1",
    "UNICODEUTF-8": "utf-8", "UTF-8": "utf-8", "ISOIR192": "utf-8", "UTF8": "utf-8",
    "ISOIR87": "iso2022_jp", "ISOIR159": "iso2022_jp_1", "ISO2022-1994": "iso2022_jp",
    "ISO-2022-JP": "iso2022_jp", "JIS": "iso2022_jp",
    "SJIS": "cp932", "SHIFT_JIS": "cp932", "SHIFT-JIS": "cp932", "CP932": "cp932",
    "MS932": "cp932", "WINDOWS-31J": "cp932", "EUC-JP": "euc_jp", "EUCJP": "euc_jp",
    "UNICODEUTF-16": "utf-16", "UNICODE": "utf-16",
}
_KANA = re.compile(r"^[\u30a0-\u30ff\uff66-\uff9f\u3000 ・ー]+$")
_DATE = re.compile(r"^([0-9]{4})([0-9]{2})([0-9]{2})")


@dataclass(frozen=True)
class Delimiters:
    """The separators of one message (MSH-1, MSH-2)."""

    field: str = "|"
    component: str = "^"
    repetition: str = "~"
    escape: str = "\\"
    subcomponent: str = "&"

    @staticmethod
    def of(msh: str) -> Delimiters | None:
        """The separators an MSH segment declares; None when it declares none that work."""
        return _declared(msh[:9])  # ("MSH|^~\\&|": a feed's messages all declare the same)

    def fields(self, segment: str) -> list[str]:
        """A segment's fields numbered as HL7 numbers them: ``fields[5]`` is PID-5 (for MSH,
        ``fields[1]`` is MSH-1, the field separator itself)."""
        parts = segment.split(self.field)
        if parts[0] == "MSH":
            return ["MSH", self.field, *parts[1:]]
        return parts

    def repetitions(self, value: str) -> list[str]:
        return value.split(self.repetition) if self.repetition in value else [value]

    def components(self, value: str) -> list[str]:
        """A field's components, each its first non-empty subcomponent, escapes decoded."""
        return [self.text(part.split(self.subcomponent)[0] if self.subcomponent in part
                          else part) for part in value.split(self.component)]

    def text(self, value: str) -> str:
        """A value with its escape sequences decoded (``\\S\\`` is ``^``; ``\\.br\\`` a line
        break; ``\\X..\\`` hex bytes; formatting such as ``\\H\\`` dropped)."""
        if self.escape not in value or self.escape == "\x00":
            return value
        return _escapes(self.escape).sub(lambda m: self._escaped(m.group(1)), value)

    def _escaped(self, code: str) -> str:
        known = {"F": self.field, "S": self.component, "T": self.subcomponent,
                 "R": self.repetition, "E": self.escape, ".br": "\n"}
        if code in known:
            return known[code]
        if code[:1] == "X" and re.fullmatch(r"(?:[0-9A-Fa-f]{2})+", code[1:]):
            return bytes.fromhex(code[1:]).decode("utf-8", "replace")
        return ""  # \H\ \N\ (highlight), \.sp\, \Cxxyy\ (a charset switch, already decoded)


@lru_cache(maxsize=64)
def _declared(head: str) -> Delimiters | None:
    if len(head) < 4 or head[3].isalnum() or head[3].isspace():
        return None
    field = head[3]
    chars = head[4:].split(field, 1)[0][:4]
    if not chars or any(c.isalnum() or c.isspace() or c == field for c in chars) \
            or len(set(chars)) != len(chars):
        return None
    chars += "\x00" * (4 - len(chars))  # a character not declared: never in a value
    return Delimiters(field, chars[0], chars[1], chars[2], chars[3])


@lru_cache(maxsize=8)
def _escapes(escape: str) -> re.Pattern[str]:
    e = re.escape(escape)
    return re.compile(f"{e}([^{e}]{{1,64}}){e}")


def charset_codec(msh18: str, delimiters: Delimiters) -> str | None:
    """The codec MSH-18 declares (its repetitions: the first is often ASCII, the second the
    one Japanese text is in: ``~ISO IR87``); None when it declares none Python knows."""
    names = re.split(f"[{re.escape(delimiters.repetition + delimiters.component)}]", msh18)
    # (as written: ISO IR87, ISOIR87; ^ISO IR87 for ~ISO IR87)
    codecs = [_CHARSETS.get(name.replace(" ", "").upper()) for name in names]
    codecs = [c for c in codecs if c]
    wide = [c for c in codecs if c not in ("ascii", "latin-1")]
    return (wide or codecs or [None])[0]


def person_name(value: str, d: Delimiters) -> tuple[str, bool] | None:
    """An XPN repetition as written on a form: family name first (a Latin one given name
    first, as a Western form writes it); and whether it is the kana reading (XPN-8 ``P``,
    or kana only)."""
    parts = d.components(value) + [""] * 8
    family, given, middle = parts[0].strip(), parts[1].strip(), parts[2].strip()
    halves = [p for p in (family, given, middle) if p]
    if not halves:
        return None
    if all(p.isascii() for p in halves) and given:
        name = " ".join(p for p in (given, middle, family) if p)
    else:
        name = " ".join(halves)
    reading = parts[7].strip().upper() == "P" or bool(_KANA.match(name))
    return name, reading


def address(value: str, d: Delimiters) -> tuple[str, str]:
    """An XAD repetition as an address is written, and its postal code.

    A Japanese one prefecture first (XAD-4 state, XAD-3 city, XAD-1 street, XAD-2 the
    building); JAHIS writes the whole address in XAD-8 too, which wins when it holds more.
    Another country's in its own order: street, building, city, state.
    """
    parts = d.components(value) + [""] * 8
    street, other, city, state, postal, country = (p.strip() for p in parts[:6])
    whole = parts[7].strip()
    if country.upper() in ("JPN", "JP", "JAPAN", "日本") \
            or not (street + other + city + state + whole).isascii():
        assembled = "".join(p for p in (state, city, street, other) if p)
    else:
        assembled = ", ".join(p for p in (street, other, city, f"{state} {postal}".strip())
                              if p)
        postal = "" if postal and postal in assembled else postal
    if len(whole) > len(assembled) and not whole.isascii():
        assembled = whole
    return assembled, postal


def phones(value: str, d: Delimiters) -> list[tuple[str, str]]:
    """(number, use) of an XTN repetition: its written number (XTN-1, or XTN-12, the
    unformatted one JAHIS uses), or area code + local number, with its use code (XTN-2:
    PRN home, WPN work, EMR emergency contact); an e-mail (XTN-4) as ``("…", "NET")``."""
    parts = d.components(value) + [""] * 12
    use = parts[1].strip().upper()
    found = []
    number = parts[0].strip() or parts[11].strip()
    if not number and parts[6].strip():
        number = "".join(p.strip() for p in (parts[4], parts[5], parts[6]) if p.strip())
        if parts[4].strip():
            number = "+" + number
    if number:
        found.append((number, use))
    if "@" in parts[3]:
        found.append((parts[3].strip(), "NET"))
    return found


def birth_date(value: str, d: Delimiters) -> str:
    """A TS/DTM date as ISO 8601 (``19701110`` -> ``1970-11-10``); as written otherwise."""
    text = d.components(value)[0].strip()
    match = _DATE.match(text)
    return f"{match.group(1)}-{match.group(2)}-{match.group(3)}" if match else text


def coded_text(value: str, d: Delimiters) -> str:
    """A CE/CWE's text (``E11^2型糖尿病^I10`` -> ``2型糖尿病``), else its alternate text."""
    parts = d.components(value) + [""] * 5
    return parts[1].strip() or parts[4].strip()
