"""XML exports (a shop system's customers.xml, an EDI or 基幹 system's batch file) read as the
objects they hold: an element's children and attributes are its keys, repeated children a
list, so ``<customers><customer>…</customer>…`` is a list of records as a JSON export's
``{"customers": [...]}`` is, and the JSON reader's labels, name halves (``<family>`` +
``<given>``) and people lists apply.

Parsed by defusedxml (no entities, no DTDs, no network); the declared encoding (Shift_JIS,
EUC-JP) is decoded here, since expat reads none of Japan's. A file too large to hold as a tree,
or one that is not well-formed, is read as text and says so.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from defusedxml import ElementTree
from defusedxml.common import DefusedXmlException

from leakscope.pii.extract.base import Context, Item
from leakscope.pii.extract.delimited import extract_text_or_table
from leakscope.pii.extract.jsondoc import RecordList, object_records, record_units
from leakscope.pii.units import ExtractError

MAX_XML_BYTES = 128 << 20
_DECLARATION = re.compile(rb"^\s*<\?xml[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9_.:\-]+)[\"'][^>]*\?>")
_CODECS = {"shift_jis": "cp932", "shift-jis": "cp932", "sjis": "cp932", "x-sjis": "cp932",
           "windows-31j": "cp932", "euc-jp": "euc_jp", "x-euc-jp": "euc_jp"}


def extract_xml(path: Path, display: str, ctx: Context) -> Iterator[Item]:
    """The document's records (see the module's doc); text when it cannot be a tree."""
    size = path.stat().st_size
    if size > MAX_XML_BYTES:
        yield ExtractError(display, f"XML of {size:,} bytes is too large to read as a tree; "
                           "read as text")
        yield from extract_text_or_table(path, display, ctx)
        return
    try:
        root = ElementTree.fromstring(_decoded(path.read_bytes()))
        document = {_tag(root): _object(root)}
    except (ElementTree.ParseError, DefusedXmlException, ValueError, RecursionError) as error:
        why = "with entities or a DTD (not expanded)" if isinstance(
            error, DefusedXmlException) else "nested too deep" if isinstance(
            error, RecursionError) else f"not well-formed ({error})"
        yield ExtractError(display, f"XML {why}; read as text")
        yield from extract_text_or_table(path, display, ctx)
        return
    for item in object_records(document, display):
        if item.__class__ is RecordList:
            yield from record_units(display, item)
        else:
            yield item


def _decoded(data: bytes) -> str | bytes:
    """The text of a document whose declared encoding expat cannot read (its declaration
    dropped); UTF-8 and UTF-16 as they are."""
    m = _DECLARATION.match(data)
    if m is None:
        return data
    name = m.group(1).decode("ascii").lower()
    codec = _CODECS.get(name)
    if codec is None:
        return data
    return data[m.end():].decode(codec, "replace")


def _tag(element) -> str:
    return element.tag.rpartition("}")[2]  # {namespace}tag


def _object(element) -> object:
    """An element as JSON would hold it: its text alone, or an object of its attributes and
    children (a child's tag repeated: a list), its own text under its own tag; mixed content
    is its whole text."""
    children = list(element)
    text = (element.text or "").strip()
    if any(c.tail and c.tail.strip() for c in children):
        # mixed content (「<p>お問い合わせは <b>佐藤 花子</b> 様まで</p>」): one text
        children, text = [], "".join(element.itertext()).strip()
    if not children and not element.attrib:
        return text
    node: dict[str, object] = {key.rpartition("}")[2]: value
                               for key, value in element.attrib.items()}
    repeated: set[str] = set()  # keys made lists by a repeated child
    for child in children:
        tag, value = _tag(child), _object(child)
        if tag in repeated:
            node[tag].append(value)
        elif tag in node:
            node[tag] = [node[tag], value]
            repeated.add(tag)
        else:
            node[tag] = value
    if text:
        node.setdefault(_tag(element), text)
    return node
