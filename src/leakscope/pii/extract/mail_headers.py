"""Mail header text as a reader sees it, without the stdlib's header objects.

``email.policy.default`` builds a parse tree for every header it is asked for: in a mailbox
that was two thirds of the scan. Mail is parsed with ``compat32`` instead and the few headers
leakscope reads are decoded here: unfolded, RFC 2047 encoded words decoded (adjacent words
of one charset joined first, so a character split between two words survives, as ISO-2022-JP
mailers split them), raw 8-bit bytes (Shift_JIS from old mailers) decoded as a body is.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Callable
from email.message import Message
from email.utils import getaddresses

from leakscope.pii.recognizers.name_words import BUSINESS_NAME

# the headers naming a mail's recipients (grouped apart from its sender in the people count)
RECIPIENTS = frozenset({"To", "Cc", "Bcc", "Delivered-To"})
_FOLD = re.compile(r"\r?\n(?=[ \t])")
_ENCODED_WORD = re.compile(r"=\?([^?\s*]+)(?:\*[^?\s]*)?\?([QqBb])\?([^?\s]*)\?=")
_QUOTED_STRING = re.compile(r'"((?:[^"\\]|\\.)*)"')
_SPECIALS = re.compile(r'[()<>\[\]:;@\\,."]')


def raw_headers(message: Message, names: tuple[str, ...]) -> list[tuple[str, str]]:
    """(name as in ``names``, raw value) of the wanted headers, in the order of ``names``."""
    found: dict[str, list[str]] = {name.lower(): [] for name in names}
    for name, value in message.raw_items():
        values = found.get(name.lower())
        if values is not None:
            values.append(value)
    return [(name, value) for name in names for value in found[name.lower()]]


def header_text(raw: str, decode_bytes: Callable[[bytes], str]) -> str:
    """A raw header value (surrogates stand for 8-bit bytes) as text."""
    text = _FOLD.sub("", raw).strip()
    if not text.isascii():
        text = decode_bytes(text.encode("utf-8", "surrogateescape"))
    if "=?" in text:
        text = _decoded_words(text, decode_bytes)
    return text


def address_text(raw: str, decode_bytes: Callable[[bytes], str]) -> str:
    """An address header as text: quotes dropped from display names that need none
    (``"山田 太郎" <t@example.jp>`` reads ``山田 太郎 <t@example.jp>``)."""
    return _QUOTED_STRING.sub(_unquoted, header_text(raw, decode_bytes))


def business_address(text: str) -> str | None:
    """The one address, lower-cased, under a business's name (株式会社…, …センター, …教室):
    a desk's, not a person's. A list of addresses is left alone: its people's would go with it."""
    addresses = getaddresses([text])
    if len(addresses) != 1 or BUSINESS_NAME.search(addresses[0][0]) is None:
        return None
    return addresses[0][1].lower() or None


# A body's first line addressing an organization: 「社会福祉協議会 地域福祉係 様」, 「… 御中」
_SALUTATION = re.compile(r"^(.{2,40}?)[ 　]*(?:御中|(?:ご|御)?担当者?(?:様|各位)|様|殿|各位)$")
_TO_A_DESK = ("御中", "担当")


def greets_a_desk(body: str) -> bool:
    """Whether a mail's body opens by addressing an organization or its desk, not a person:
    then its one recipient's address is the desk's."""
    first = next((line.strip() for line in body.lstrip()[:200].splitlines() if line.strip()), "")
    m = _SALUTATION.match(first)
    if m is None:
        return False
    return any(word in first[m.end(1):] for word in _TO_A_DESK) \
        or BUSINESS_NAME.search(m.group(1)) is not None


def _unquoted(match: re.Match) -> str:
    inner = match.group(1)
    return match.group(0) if _SPECIALS.search(inner) else inner


def _decoded_words(text: str, decode_bytes: Callable[[bytes], str]) -> str:
    out: list[str] = []
    run: bytearray | None = None  # bytes of adjacent encoded words of one charset
    run_charset = ""
    end = 0
    for match in _ENCODED_WORD.finditer(text):
        charset, data = match.group(1).lower(), _word_bytes(match.group(2), match.group(3))
        if data is None:  # not a valid encoded word: left as it stands
            continue
        between = text[end:match.start()]
        adjacent = run is not None and not between.strip()  # the space between goes (RFC 2047)
        if run is not None and not (adjacent and charset == run_charset):
            out.append(_charset_text(bytes(run), run_charset, decode_bytes))
            run = None
        if run is None:
            if not adjacent:
                out.append(between)
            run, run_charset = bytearray(), charset
        run += data
        end = match.end()
    if run is not None:
        out.append(_charset_text(bytes(run), run_charset, decode_bytes))
    out.append(text[end:])
    return "".join(out)


def _word_bytes(encoding: str, payload: str) -> bytes | None:
    try:
        if encoding in "Bb":
            return base64.b64decode(payload + "=" * (-len(payload) % 4))
        return re.sub(rb"=([0-9A-Fa-f]{2})", lambda m: bytes([int(m.group(1), 16)]),
                      payload.replace("_", " ").encode("ascii"))
    except (binascii.Error, ValueError):
        return None


def _charset_text(data: bytes, charset: str, decode_bytes: Callable[[bytes], str]) -> str:
    try:
        return data.decode(charset)
    except (LookupError, UnicodeError):  # UnicodeError: the 'undefined' or 'punycode' codec
        return decode_bytes(data)  # a charset label that lies or that Python lacks
