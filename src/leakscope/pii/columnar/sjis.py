"""CP932 (Shift_JIS) to UTF-8 in C by a table read off Python's own codec.

Decoding a Shift_JIS export to ``str`` and encoding it again costs ~4 ns a byte, a sixth of
the table path; ``_sjis.c`` maps bytes to UTF-8 straight from a table. The table is built
from ``codecs`` (errors="replace") on first use, so the bytes are those the row reader
decodes, bad bytes included; where the extension did not build, the codec does the work.
"""

from __future__ import annotations

import codecs
from functools import cache

import numpy as np

try:
    from . import _sjis
except ImportError:  # built without a compiler
    _sjis = None

_LEAD = 0xFFFFFFFF
_PROBE = b"AA"  # after a pair: shows whether the codec read one byte of it or two


def _entry(text: str, reads: int) -> int:
    utf8 = text.encode("utf-8", "surrogatepass")
    if len(utf8) > 3:
        raise ValueError(f"cp932 gave {text!r}")
    return int.from_bytes(utf8, "little") | len(utf8) << 24 | reads << 28


@cache
def _table() -> np.ndarray:
    """Single bytes, lead + trail pairs, and lead bytes at the end, as ``_sjis.c`` reads them."""
    table = np.zeros(256 + 65536 + 256, np.uint32)
    leads = []
    for byte in range(256):
        decoder = codecs.getincrementaldecoder("cp932")("replace")
        text = decoder.decode(bytes([byte]), final=False)
        if text:
            table[byte] = _entry(text, 1)
        else:
            leads.append(byte)
            table[byte] = _LEAD
            table[256 + 65536 + byte] = _entry(bytes([byte]).decode("cp932", "replace"), 1)
    for lead in leads:
        for trail in range(256):
            whole = (bytes([lead, trail]) + _PROBE).decode("cp932", "replace")
            if whole[1:] == "AA":  # the codec read both bytes: a character or one error
                entry = _entry(whole[0], 2)
            elif whole == "\ufffd" + (bytes([trail]) + _PROBE).decode("cp932", "replace"):
                entry = _entry("\ufffd", 1)  # an error of the lead alone: the trail is read anew
            else:
                raise ValueError(f"cp932 read {lead:02x} {trail:02x} as {whole!r}")
            table[256 + (lead << 8) + trail] = entry
    return table


class Cp932ToUtf8:
    """An incremental decoder of CP932 chunks into UTF-8 bytes (a lead byte that ends a chunk
    waits for the next)."""

    valid_utf8 = True  # each entry of the table is a character the codec gave, or U+FFFD

    def __init__(self) -> None:
        self._held = b""
        self._out = bytearray()

    def decode(self, chunk: bytes, final: bool = False) -> bytes:
        data = self._held + chunk if self._held else chunk
        if len(self._out) < 3 * len(data) + 1:
            self._out = bytearray(3 * len(data) + 1)
        read, written = _sjis.to_utf8(_table(), data, self._out, final)
        self._held = data[read:]
        return bytes(memoryview(self._out)[:written])


class CodecToUtf8:
    """Chunks of ``encoding`` decoded by Python's codec (errors -> U+FFFD) and re-encoded."""

    def __init__(self, encoding: str) -> None:
        self._codec = codecs.getincrementaldecoder(encoding)(errors="replace")
        # Python's UTF-8 decoder replaces a surrogate's bytes; another codec may leave a lone
        # one in the text, which "surrogatepass" writes as bytes that are no UTF-8
        self.valid_utf8 = codecs.lookup(encoding).name in ("utf-8", "utf-8-sig")

    def decode(self, chunk: bytes, final: bool = False) -> bytes:
        return self._codec.decode(chunk, final=final).encode("utf-8", "surrogatepass")


def utf8_decoder(encoding: str) -> Cp932ToUtf8 | CodecToUtf8:
    """Chunks of a file in ``encoding`` to UTF-8, as the row reader decodes them: Shift_JIS by
    the C table where it was built, the rest (and Shift_JIS without it) by the codec."""
    if _sjis is not None and codecs.lookup(encoding).name == "cp932":
        return Cp932ToUtf8()
    return CodecToUtf8(encoding)
