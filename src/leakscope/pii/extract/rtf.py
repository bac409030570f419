"""RTF documents: the visible text, Japanese included.

Japanese RTF keeps its text as ``\\'82\\'a0`` byte escapes in the document's code page
(``\\ansicpg932``) or as ``\\u12354?`` code points; read as plain text, every name would be
lost. A tokenizer (no recursion, linear) drops font/colour/style tables, pictures, objects
and ignorable ``{\\*...}`` destinations, decodes escapes and turns \\par into lines.
"""

from __future__ import annotations

import codecs
import contextlib
import re
from collections.abc import Iterator
from pathlib import Path

from leakscope.pii.extract.base import Context, Item
from leakscope.pii.extract.text import line_blocks

_TOKEN = re.compile(
    rb"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?"  # control word
    rb"|\\'([0-9a-fA-F]{2})"  # a byte in the code page
    rb"|\\(.)"  # control symbol
    rb"|([{}])"
    rb"|[\r\n]+"
    rb"|([^\\{}\r\n]+)",  # text
    re.DOTALL,
)
_SKIP = {
    b"fonttbl", b"colortbl", b"stylesheet", b"info", b"pict", b"object", b"themedata",
    b"datastore", b"latentstyles", b"listtable", b"listoverridetable", b"rsidtbl",
    b"generator", b"xmlnstbl", b"mmathPr", b"colorschememapping", b"filetbl",
}
_BREAKS = {b"par": "\n", b"line": "\n", b"row": "\n", b"cell": "\t", b"tab": "\t", b"sect": "\n"}
MAX_RTF_BYTES = 256 << 20


def rtf_to_text(data: bytes) -> str:
    """The text of an RTF document."""
    codepage = "cp1252"
    if match := re.search(rb"\\ansicpg(\d{1,5})", data[:4096]):
        with contextlib.suppress(LookupError):  # unknown: Western, as Word assumes
            codepage = codecs.lookup(f"cp{int(match.group(1))}").name
    out: list[str] = []
    pending = bytearray()  # \'hh bytes: a CP932 character is two of them
    skip_depth = 0  # inside a skipped group: its depth
    depth = 0
    uc, to_skip = 1, 0  # \ucN: fallback characters after a \uN to drop

    def flush() -> None:
        if pending:
            out.append(bytes(pending).decode(codepage, "replace"))
            pending.clear()

    group_start = False  # the next token is the first of a group (a destination's name)
    for match in _TOKEN.finditer(data):
        word, arg, hexa, symbol, brace, text = match.groups()
        if brace:
            flush()
            if brace == b"{":
                depth += 1
                group_start = True
                continue
            if skip_depth and depth == skip_depth:
                skip_depth = 0
            depth -= 1
            continue
        if not (word or hexa or symbol or text):
            continue  # a line end in the source is not text
        first_in_group, group_start = group_start, False
        if skip_depth:
            continue
        if symbol == b"*" and first_in_group:
            skip_depth = depth
            continue
        if word:
            if word in _SKIP and first_in_group:
                flush()
                skip_depth = depth
            elif word == b"u" and arg:
                flush()
                code = int(arg) % 65536
                out.append("\ufffd" if 0xD800 <= code <= 0xDFFF else chr(code))
                to_skip = uc
            elif word == b"uc" and arg:
                uc = int(arg)
            elif word in _BREAKS:
                flush()
                out.append(_BREAKS[word])
            continue
        if hexa:
            if to_skip:
                to_skip -= 1
                continue
            pending.append(int(hexa, 16))
            continue
        flush()
        if symbol:
            if to_skip:
                to_skip -= 1
            elif symbol in b"\\{}":
                out.append(symbol.decode())
            elif symbol == b"~":
                out.append(" ")
            continue
        if text:
            if to_skip:
                text, to_skip = text[to_skip:], 0
            out.append(text.decode(codepage, "replace"))
    flush()
    return "".join(out)


def extract_rtf(path: Path, display: str, ctx: Context) -> Iterator[Item]:
    with path.open("rb") as handle:
        data = handle.read(MAX_RTF_BYTES)
    yield from line_blocks(iter([rtf_to_text(data)]), display)
