"""Which encoding a text file is in (UTF-8, CP932, EUC-JP, UTF-16, ...), or that it is binary.

Japanese first: for short Japanese text, statistical detectors often confuse Shift_JIS and
EUC-JP, so both are decoded strictly and the decode that reads as Japanese wins (EUC-JP bytes
read as CP932 turn into half-width katakana; CP932 bytes are rarely valid EUC-JP at all).
charset-normalizer is the fallback for everything else.
"""

from __future__ import annotations

import codecs
import re

SAMPLE_BYTES = 64 * 1024
_NUL_HOLE = re.compile(rb"\x00{16,}")

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_JIS_ESCAPES = (b"\x1b$B", b"\x1b$@", b"\x1b(J", b"\x1b$(D")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
# Characters that make up ordinary Japanese or English text.
_PLAUSIBLE = re.compile(
    r"[\t\n\r\x20-\x7e\u3000-\u30ff\u4e00-\u9fff\uff01-\uff5e\u2010-\u2312\u00a0-\u00ff]"
)
_HALFWIDTH_KANA = re.compile(r"[\uff61-\uff9f]")
_HALFWIDTH_WORD = re.compile(r"[\uff61-\uff9f]{3,}")


def _strict(sample: bytes, encoding: str) -> str | None:
    """Decode a sample that may end inside a character; None if the bytes are not valid."""
    try:
        return codecs.getincrementaldecoder(encoding)("strict").decode(sample, final=False)
    except UnicodeDecodeError:
        return None


def _japanese_score(text: str) -> float:
    """How much of `text` reads as Japanese/English text (1.0 = all of it)."""
    if not text:
        return 0.0
    plausible = len(_PLAUSIBLE.findall(text))
    halfwidth = len(_HALFWIDTH_KANA.findall(text))
    # words of half-width kana (a bank file's ｼﾔｲﾝﾊﾞﾝｺﾞｳ, ﾜﾀﾅﾍﾞ ｵｻﾑ) read as Japanese; a
    # stray one is as likely a Latin-1 capital (Ä, Ö, Ü decode so)
    words = sum(map(len, _HALFWIDTH_WORD.findall(text)))
    return (plausible + words + 0.2 * (halfwidth - words)) / len(text)


def _utf16_without_bom(sample: bytes) -> str | None:
    head = sample[:4096]
    if len(head) < 8:
        return None
    even, odd = head[0::2], head[1::2]
    even_zeros, odd_zeros = even.count(0) / len(even), odd.count(0) / len(odd)
    if odd_zeros > 0.3 and even_zeros < 0.05:
        return "utf-16-le"
    if even_zeros > 0.3 and odd_zeros < 0.05:
        return "utf-16-be"
    return None


def _utf8_after_utf16_bom(sample: bytes) -> bool:
    """UTF-16 text has NULs (every ASCII character, every line end) and is seldom valid
    UTF-8; text after the BOM with no NUL that is valid UTF-8 is UTF-8 (it read as CJK
    nonsense, and nothing in it was found)."""
    rest = sample[2:]
    return len(rest) >= 64 and b"\x00" not in rest and _strict(rest, "utf-8") is not None


def _looks_textual(text: str) -> bool:
    return len(_CONTROL.findall(text[:SAMPLE_BYTES])) <= max(2, len(text) // 100)


def detect_encoding(sample: bytes) -> str | None:
    """The Python codec name for `sample` (the head of a file), or None if it is binary."""
    for bom, name in _BOMS:
        if sample.startswith(bom):
            if name == "utf-16" and _utf8_after_utf16_bom(sample):
                break  # a tool that wrote a UTF-16 BOM before UTF-8 text: read as what it is
            return name
    if b"\x00" in sample:
        utf16 = _utf16_without_bom(sample)
        # A crash in mid-write leaves a hole: a run of NULs in a text log. NULs scattered
        # one by one (random or compressed data) are binary, not a hole.
        text = _NUL_HOLE.sub(b"", sample)
        if utf16 or len(text) < 64:
            return utf16
        if b"\x00" in text:  # NULs padding fields of an export: text once they are dropped
            base = detect_encoding(text.replace(b"\x00", b""))
            return None if base is None or base == MIXED else WITHOUT_NUL + _canonical(base)
        return detect_encoding(text)
    if any(escape in sample for escape in _JIS_ESCAPES) and sample.isascii():
        return "iso2022_jp"
    utf8 = _strict(sample, "utf-8")
    if utf8 is not None:
        return "utf-8" if _looks_textual(utf8) else None
    if _mixed_utf8_cp932(sample):
        return MIXED
    scored = []
    for name in ("cp932", "euc_jp"):
        text = _strict(sample, name)
        if text is not None and _looks_textual(text):
            scored.append((_japanese_score(text), name))
    if scored:
        score, name = max(scored)
        if score >= 0.9:
            return name
    from charset_normalizer import from_bytes  # ~25 ms to import; most files never need it

    best = from_bytes(sample).best()
    if best is None or not _looks_textual(str(best)):
        return None
    return best.encoding


# A UTF-8 file with Shift_JIS lines pasted in (or the reverse): each line in its own encoding.
MIXED = "leakscope_utf8_cp932_lines"
_MIXED_TAIL_BYTES = 64 * 1024  # a longer run without a newline is decoded anyway


def _mixed_utf8_cp932(sample: bytes) -> bool:
    """Whole lines valid as UTF-8 and others valid only as CP932, both more than by chance."""
    utf8 = cp932 = 0
    for line in sample.split(b"\n")[:-1]:  # the last line may be cut
        if line.isascii():
            continue
        if _strict(line, "utf-8") is not None:
            utf8 += 1
        elif _strict(line, "cp932") is not None:
            cp932 += 1
    return utf8 >= 2 and cp932 >= 1 and utf8 >= 0.2 * (utf8 + cp932)


def _decode_lines(data: bytes, errors: str = "replace") -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    out = []
    for line in data.splitlines(keepends=True):
        try:
            out.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            out.append(line.decode("cp932", errors))
    return "".join(out)


class _MixedDecoder(codecs.BufferedIncrementalDecoder):
    def _buffer_decode(self, data: bytes, errors: str, final: bool) -> tuple[str, int]:
        cut = len(data) if final else data.rfind(b"\n") + 1
        if not cut and len(data) > _MIXED_TAIL_BYTES:
            cut = len(data) - 4  # a character cut here becomes U+FFFD; memory stays bounded
        return _decode_lines(data[:cut], errors), cut


# A text file with NULs in it (fields NUL-padded to their width): decoded without them.
WITHOUT_NUL = "leakscope_without_nul_"


def _canonical(name: str) -> str:
    return codecs.lookup(name).name.replace("-", "_")


class _WithoutNul(codecs.IncrementalDecoder):
    base = "utf-8"

    def __init__(self, errors: str = "strict") -> None:
        super().__init__(errors)
        self._decoder = codecs.getincrementaldecoder(self.base)(errors)

    def decode(self, data: bytes, final: bool = False) -> str:
        return self._decoder.decode(bytes(data).replace(b"\x00", b""), final)

    def reset(self) -> None:
        self._decoder.reset()


def _without_nul_codec(name: str) -> codecs.CodecInfo | None:
    if not name.startswith(WITHOUT_NUL):
        return None
    base = codecs.lookup(name.removeprefix(WITHOUT_NUL))
    decoder = type("WithoutNul", (_WithoutNul,), {"base": base.name})
    return codecs.CodecInfo(
        name=name,
        encode=base.encode,
        decode=lambda data, errors="strict": (decoder(errors).decode(data, True), len(data)),
        incrementalencoder=base.incrementalencoder,
        incrementaldecoder=decoder,
    )


def _mixed_codec(name: str) -> codecs.CodecInfo | None:
    if name != MIXED:
        return None
    utf8 = codecs.lookup("utf-8")
    return codecs.CodecInfo(
        name=MIXED,
        encode=utf8.encode,
        decode=lambda data, errors="strict": (_decode_lines(bytes(data), errors), len(data)),
        incrementalencoder=utf8.incrementalencoder,
        incrementaldecoder=_MixedDecoder,
    )


codecs.register(_mixed_codec)
codecs.register(_without_nul_codec)
