"""Mail (.eml, mbox, Outlook .msg) and HTML files.

Address headers are field units labelled by the header name (From/To/Cc/...); bodies are
text units (HTML bodies as visible text, never rendered); attachments go through the
registry again with the display path ``mail.eml!attachment.xlsx`` and the limits of the
top-level file, so an attached zip bomb is as harmless as a bare one.
"""

from __future__ import annotations

import codecs
import email
import email.parser
import email.policy
import io
from collections.abc import Iterable, Iterator
from dataclasses import replace
from email.message import Message
from email.utils import getaddresses
from pathlib import Path
from typing import BinaryIO

from leakscope.pii.extract.archive import unsafe_name
from leakscope.pii.extract.base import Context, Item, LimitExceeded, TableMember, printable_name
from leakscope.pii.extract.encoding import detect_encoding
from leakscope.pii.extract.hard_wrap import joined_lines
from leakscope.pii.extract.htmltext import html_units
from leakscope.pii.extract.mail_headers import (
    RECIPIENTS,
    address_text,
    business_address,
    greets_a_desk,
    header_text,
    raw_headers,
)
from leakscope.pii.extract.text import (
    decoded_chunks,
    extract_strings,
    line_blocks,
    sniff_encoding,
)
from leakscope.pii.units import CompanyText, ExtractError, TextUnit, as_company

HEADERS = ("From", "Sender", "Reply-To", "To", "Cc", "Bcc", "Delivered-To", "Subject")
# Mail is parsed without the default policy's header objects (see mail_headers: they cost
# two thirds of a mailbox scan); the headers read are decoded by mail_headers.
PARSING = email.policy.compat32
_OPENING = 400  # bytes of a body's start read for its salutation, before its headers go out


def _decode(data: bytes, charset: str | None) -> str:
    """A body in its declared charset, or the detected one when the label lies or is absent.

    Japanese mail often declares ISO-8859-1 or Windows-1252 over Shift_JIS bytes; those
    single-byte codecs decode anything, so a multibyte detection wins over them.
    """
    detected = detect_encoding(data[:65536]) if not data.isascii() else None
    if charset and detected and _single_byte(charset) and not _single_byte(detected):
        charset = detected
    for encoding in (charset, detected, "utf-8"):
        if not encoding:
            continue
        try:
            return data.decode(encoding)
        except (LookupError, UnicodeError):  # UnicodeError: the 'undefined' codec
            continue
    return data.decode("utf-8", errors="replace")


def _single_byte(encoding: str) -> bool:
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        return False
    return name.startswith(("iso8859", "cp125", "ascii", "mac-"))


def _attachment(ctx: Context, data: bytes, name: str, display: str
                ) -> Iterator[Item | TableMember]:
    from leakscope.pii.extract.registry import extract_copy  # registry imports us lazily

    shown = printable_name(name)
    member = f"{display}!{shown}"
    if shown != name or unsafe_name(name):
        yield ExtractError(member, "unsafe attachment name (a '..' or absolute path, or control "
                           "characters); never saved by name, content scanned from a private copy")
    try:
        with ctx.nested():
            copy = ctx.spill(io.BytesIO(data), name)
            try:
                yield from extract_copy(copy, member, ctx)
            finally:
                copy.unlink(missing_ok=True)
    except LimitExceeded as error:
        yield ExtractError(member, str(error))


def message_units(
    message: Message, display: str, ctx: Context, base: dict | None = None,
    businesses: frozenset[str] = frozenset(),
) -> Iterator[Item | TableMember]:
    """Headers, bodies and attachments of one parsed message; a message forwarded in it
    (message/rfc822) with its own headers, its place ``forwarded`` n (1.2 in the first).
    ``businesses``: the business addresses of the messages it is forwarded in."""
    base = base or {}
    headers = _desk_recipient(list(_header_units(message, display, base)), message)
    yield from headers
    businesses |= business_addresses(headers)
    owner = _owner(display, base)
    forwarded = 0
    for number, part in enumerate(_parts(message), 1):
        try:
            if part.is_multipart():  # a forwarded message
                forwarded += 1
                outer = base.get("forwarded")
                place = forwarded if outer is None else f"{outer}.{forwarded}"
                yield from _forwarded(part, display, ctx, {**base, "forwarded": place},
                                      businesses)
            else:
                yield from _part_units(part, number, display, owner, ctx, base, businesses)
        except Exception as error:  # one malformed part must not cost the others
            yield ExtractError(display, f"MIME part {number} unreadable: {error}")


def _desk_recipient(headers: list[Item], message: Message) -> list[Item]:
    """A mail to one address whose body greets a desk (「… 地域福祉係 様」, 「… 御中」): that
    address is the desk's, counted as no one (before: a person of its own)."""
    to = [i for i, unit in enumerate(headers) if isinstance(unit, TextUnit)
          and unit.location.get("header") in RECIPIENTS]
    if len(to) != 1 or headers[to[0]].__class__ is not TextUnit \
            or len(getaddresses([headers[to[0]].text])) != 1:
        return headers
    body = next((part for part in _parts(message) if not part.is_multipart()
                 and part.get_content_type() == "text/plain" and not part.get_filename()), None)
    opening = (body.get_payload(decode=True) or b"")[:_OPENING] if body is not None else b""
    if opening and greets_a_desk(_decode(opening, body.get_content_charset())):
        headers[to[0]] = as_company(headers[to[0]])
    return headers


def _parts(message: Message) -> Iterator[Message]:
    """The leaf parts of ``message`` in order, and each forwarded message (message/rfc822)
    as one part, not walked into (`message_units` reads it as a message)."""
    for part in message.get_payload() if message.is_multipart() else (message,):
        if not part.is_multipart() or part.get_content_type() == "message/rfc822":
            yield part
        else:
            yield from _parts(part)


def _forwarded(part: Message, display: str, ctx: Context, base: dict,
               businesses: frozenset[str]) -> Iterator[Item | TableMember]:
    """A forwarded message: its headers (the customer's From), bodies and attachments, one
    level deeper. Forwards in forwards past the depth limit: their bodies and attachments
    still, without their headers."""
    try:
        with ctx.nested():
            for inner in part.get_payload():
                if isinstance(inner, Message):
                    yield from message_units(inner, display, ctx, base, businesses)
    except LimitExceeded as error:
        yield ExtractError(display, f"forwarded message: {error}; its parts read without "
                           "their headers")
        leaves = [leaf for leaf in part.walk() if not leaf.is_multipart()]
        for number, leaf in enumerate(leaves, 1):
            yield from _part_units(leaf, number, display, _owner(display, base), ctx, base,
                                   businesses)


def _owner(display: str, base: dict) -> str:
    """Whose attachments: the mail's, or in an mbox its message's."""
    return f"{display}!message-{base['message']}" if "message" in base else display


def _body_units(text: str, content_type: str, display: str, base: dict,
                businesses: frozenset[str] = frozenset()) -> Iterator[TextUnit]:
    """A mail's text body as a unit (its hard wraps read through); an HTML body's tables
    with headers cell by cell. Each knows the ``businesses`` its message's headers gave."""
    base = {**base, "body": content_type}
    if content_type == "text/html":
        units: Iterable[TextUnit] = html_units(text, display, base)
    elif text.strip():
        text, location = text.replace("\r\n", "\n"), {**base, "line": 1}
        units = (joined_lines(text, display, location) or TextUnit(text, display, location),)
    else:
        return
    for unit in units:
        yield replace(unit, business_mail=businesses) if businesses else unit


def _header_units(message: Message, display: str, base: dict) -> Iterator[Item]:
    for name, raw in raw_headers(message, HEADERS):
        try:
            value = (header_text if name == "Subject" else address_text)(raw, _detected)
        except Exception as error:  # a malformed header must not cost the rest of the mail
            yield ExtractError(display, f"header {name} unreadable: {error}")
            continue
        if value.strip():
            yield header_unit(value, display, {**base, "header": name}, name)


def header_unit(value: str, display: str, location: dict, name: str) -> TextUnit:
    """A header's text; a business's address (さくら塾駅前教室 <ekimae@…>) is no one's: its
    replies would join every parent it wrote to into one person."""
    unit = TextUnit(value, display, location, name)
    return as_company(unit) if name != "Subject" and business_address(value) else unit


def business_addresses(headers: Iterable[Item]) -> frozenset[str]:
    """The addresses ``header_unit`` found to be a business's among a message's headers."""
    return frozenset(business_address(unit.text) for unit in headers
                     if unit.__class__ is CompanyText)


def _detected(data: bytes) -> str:
    return _decode(data, None)


def _part_units(
    part: Message, number: int, display: str, owner: str, ctx: Context, base: dict,
    businesses: frozenset[str],
) -> Iterator[Item | TableMember]:
    """A text body becomes a unit; anything else (files, inline images, PDFs) is attached."""
    filename = part.get_filename()
    if filename:  # RFC 2231 is undone by get_filename; RFC 2047 words (Outlook's) here
        filename = header_text(filename, _detected)
    content_type = part.get_content_type()
    data = part.get_payload(decode=True) or b""
    is_body = part.get_content_disposition() != "attachment" and not filename
    if is_body and content_type in ("text/plain", "text/html"):
        yield from _body_units(_decode(data, part.get_content_charset()), content_type,
                               display, base, businesses)
    elif data:
        name = (filename or f"part-{number}").replace("!", "_")
        yield from _attachment(ctx, data, name, owner)


def extract_eml(path: Path, display: str, ctx: Context) -> Iterator[Item | TableMember]:
    try:
        with path.open("rb") as handle:
            message = email.message_from_binary_file(handle, policy=PARSING)
    except RecursionError:  # the stdlib parser recurses once per nested message/rfc822
        yield from _too_deep(path, display, ctx)
        return
    yield from message_units(message, display, ctx)


def _too_deep(path: Path, display: str, ctx: Context) -> Iterator[Item]:
    """A mail nested too deep to parse: its headers, then its body scanned as plain text."""
    yield ExtractError(display, "MIME parts nested too deep to parse; headers read, the "
                       "body scanned as plain text")
    with path.open("rb") as handle:
        message = email.parser.BytesParser(policy=PARSING).parse(handle, headersonly=True)
    yield from _header_units(message, display, {})
    yield from line_blocks(decoded_chunks(path, sniff_encoding(path) or "utf-8"), display)


def _mbox_messages(path: Path, start: int = 0, end: int | None = None) -> Iterator[bytes]:
    """Raw messages of an mbox (of its bytes ``start`` to ``end``: a part cut at a message's
    "From " line), split on "From " lines, read without opening it for writing.

    (`mailbox.mbox` opens the file read-write; evidence is opened read-only.)
    """
    lines: list[bytes] = []
    with path.open("rb") as handle:
        handle.seek(start)
        for line in handle if end is None else _lines_until(handle, end - start):
            if line.startswith(b"From ") and (not lines or lines[-1] in (b"\n", b"\r\n")):
                if lines:
                    yield b"".join(lines)
                lines = []
                continue
            lines.append(line[1:] if line.startswith(b">From ") else line)
    if lines:
        yield b"".join(lines)


def _lines_until(handle: BinaryIO, size: int) -> Iterator[bytes]:
    for line in handle:
        if size <= 0:
            return
        size -= len(line)
        yield line


def extract_mbox(path: Path, display: str, ctx: Context, start: int = 0, end: int | None = None,
                 first: int = 1) -> Iterator[Item | TableMember]:
    """The messages of an mbox, numbered from 1; or of its bytes ``start`` to ``end``, a part
    whose first message is number ``first`` (`mbox_parts`)."""
    for number, raw in enumerate(_mbox_messages(path, start, end), first):
        try:
            message = email.message_from_bytes(raw, policy=PARSING)
        except Exception as error:
            yield ExtractError(display, f"message {number} unreadable: {error}")
            continue
        yield from message_units(message, display, ctx, {"message": number})


def extract_msg(path: Path, display: str, ctx: Context) -> Iterator[Item | TableMember]:
    import extract_msg  # heavy; only when an Outlook message is met

    message = extract_msg.openMsg(str(path), strict=False)
    try:
        yield from _msg_units(message, display, ctx)
    finally:
        message.close()


def _msg_units(message, display: str, ctx: Context) -> Iterator[Item | TableMember]:
    fields = (("From", "sender"), ("To", "to"), ("Cc", "cc"), ("Bcc", "bcc"))
    headers = [header_unit(str(value), display, {"header": name}, name)
               for name, attribute in (*fields, ("Subject", "subject"))
               if (value := getattr(message, attribute, None)) and str(value).strip()]
    yield from headers
    businesses = business_addresses(headers)
    body = getattr(message, "body", None) or ""
    if not body.strip() and getattr(message, "htmlBody", None):
        yield from _body_units(_decode(message.htmlBody, None), "text/html", display, {},
                               businesses)
    else:
        yield from _body_units(body, "text/plain", display, {}, businesses)
    for number, attachment in enumerate(getattr(message, "attachments", []), 1):
        name = attachment.longFilename or attachment.shortFilename or f"attachment-{number}"
        data = attachment.data
        if isinstance(data, bytes):
            yield from _attachment(ctx, data, name.replace("!", "_"), display)
        elif data is not None:  # an embedded Outlook message
            yield from _msg_units(data, f"{display}!{name}", ctx)


def extract_tnef(path: Path, display: str, ctx: Context) -> Iterator[Item | TableMember]:
    """winmail.dat (TNEF, Outlook's rich-text wrapper): its body and the real attachments."""
    from tnefparse import TNEF

    tnef = TNEF(path.read_bytes(), do_checksum=False)
    for kind, body in (("text/plain", tnef.body), ("text/html", tnef.htmlbody)):
        if not body:
            continue
        text = body if isinstance(body, str) else _decode(body, None)
        yield from _body_units(text, kind, display, {})
    for number, attachment in enumerate(tnef.attachments, 1):
        name = _tnef_name(attachment) or f"attachment-{number}"
        if attachment.data:
            yield from _attachment(ctx, attachment.data, name, display)


def _tnef_name(attachment) -> str:
    """The attachment's file name; tnefparse decodes the legacy title as UTF-8 only, so a
    Shift_JIS title from a Japanese Outlook is decoded here from its raw bytes."""
    try:
        name = attachment.long_filename() or attachment.name
    except UnicodeDecodeError:
        name = getattr(attachment, "_name", b"")
    if isinstance(name, bytes):
        name = _decode(name.rstrip(b"\0"), None)
    return (name or "").replace("!", "_")


def extract_html(path: Path, display: str, ctx: Context) -> Iterator[Item]:
    encoding = sniff_encoding(path)
    if encoding is None:
        yield from extract_strings(path, display, ctx)
        return
    yield from html_units(path.read_text(encoding, errors="replace"), display, {})
